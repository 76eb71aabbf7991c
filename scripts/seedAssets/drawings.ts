/*
 * Flat demo drawings as SVG (rendered to PNG by the asset script): simple shapes that match the
 * alt texts in cms/src/seed/media.ts. 1600 × 1000, so the CMS makes every responsive width.
 */

const frame = (background: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 1600 1000">` +
  `<rect width="1600" height="1000" fill="${background}"/>${body}</svg>`;

const person = (x: number, colour: string) =>
  `<circle cx="${x}" cy="430" r="55" fill="#f2c4a0"/>` +
  `<rect x="${x - 60}" y="490" width="120" height="220" rx="50" fill="${colour}"/>` +
  `<rect x="${x - 45}" y="690" width="35" height="170" rx="15" fill="#34495e"/>` +
  `<rect x="${x + 10}" y="690" width="35" height="170" rx="15" fill="#34495e"/>`;

export const drawings: Record<string, string> = {
  meter: frame(
    '#e8f4f8',
    '<ellipse cx="800" cy="820" rx="330" ry="120" fill="#f2c4a0"/>' +
      '<rect x="600" y="180" width="400" height="640" rx="60" fill="#2c3e50"/>' +
      '<rect x="650" y="240" width="300" height="220" rx="20" fill="#d5f5e3"/>' +
      '<text x="800" y="390" font-family="DejaVu Sans" font-size="120" text-anchor="middle" fill="#1e3a2f">6,4</text>' +
      '<text x="800" y="440" font-family="DejaVu Sans" font-size="40" text-anchor="middle" fill="#1e3a2f">mmol/l</text>' +
      '<circle cx="800" cy="620" r="70" fill="#7f8c8d"/><rect x="780" y="110" width="40" height="90" fill="#ecf0f1"/>',
  ),
  plate: frame(
    '#fdf2e9',
    '<circle cx="800" cy="500" r="400" fill="#ffffff" stroke="#d5d8dc" stroke-width="16"/>' +
      '<path d="M800 500 L800 140 A360 360 0 0 0 800 860 Z" fill="#58d68d"/>' +
      '<path d="M800 500 L800 140 A360 360 0 0 1 1160 500 Z" fill="#f5cba7"/>' +
      '<path d="M800 500 L1160 500 A360 360 0 0 1 800 860 Z" fill="#85c1e9"/>',
  ),
  walk: frame(
    '#d6eaf8',
    '<circle cx="1350" cy="180" r="100" fill="#f9e79f"/><rect y="760" width="1600" height="240" fill="#82e0aa"/>' +
      '<path d="M500 1000 Q800 760 1100 760 L1200 760 Q900 800 800 1000 Z" fill="#f5deb3"/>' +
      person(680, '#e74c3c') +
      person(900, '#2e86c1'),
  ),
  pulse: frame(
    '#fdedec',
    '<path d="M800 880 C420 620 300 420 420 280 C540 150 720 200 800 330 C880 200 1060 150 1180 280 C1300 420 1180 620 800 880 Z" fill="#e74c3c"/>' +
      '<polyline points="200,520 560,520 640,380 720,660 800,300 880,600 940,520 1400,520" fill="none" stroke="#ffffff" stroke-width="22" stroke-linejoin="round"/>',
  ),
  lungs: frame(
    '#eaf2f8',
    '<rect x="770" y="120" width="60" height="300" rx="25" fill="#a9cce3"/>' +
      '<path d="M770 400 L640 480 M830 400 L960 480" stroke="#a9cce3" stroke-width="40" stroke-linecap="round"/>' +
      '<path d="M720 360 C520 330 380 560 420 820 C450 900 700 880 730 800 Z" fill="#f1948a"/>' +
      '<path d="M880 360 C1080 330 1220 560 1180 820 C1150 900 900 880 870 800 Z" fill="#f1948a"/>',
  ),
  inhaler: frame(
    '#f4ecf7',
    '<rect x="650" y="160" width="240" height="560" rx="60" fill="#5dade2"/>' +
      '<path d="M650 640 L650 820 Q650 860 690 860 L1000 860 Q1040 860 1040 820 L1040 720 L890 720 L890 640 Z" fill="#2874a6"/>' +
      '<rect x="700" y="120" width="140" height="70" rx="20" fill="#f8c471"/>',
  ),
  bicycle: frame(
    '#e9f7ef',
    '<circle cx="480" cy="680" r="190" fill="none" stroke="#2c3e50" stroke-width="28"/>' +
      '<circle cx="1120" cy="680" r="190" fill="none" stroke="#2c3e50" stroke-width="28"/>' +
      '<polyline points="480,680 700,680 960,420 640,420 480,680" fill="none" stroke="#c0392b" stroke-width="30" stroke-linejoin="round"/>' +
      '<polyline points="700,680 600,360 700,360" fill="none" stroke="#c0392b" stroke-width="30"/>' +
      '<polyline points="960,420 1120,680" fill="none" stroke="#c0392b" stroke-width="30"/>' +
      '<polyline points="960,420 930,300 1020,300" fill="none" stroke="#2c3e50" stroke-width="24"/>' +
      '<path d="M1030 300 L1260 300 L1230 430 L1060 430 Z" fill="#d68910"/>',
  ),
  laptop: frame(
    '#eef2f3',
    '<rect x="360" y="170" width="880" height="560" rx="30" fill="#2c3e50"/>' +
      '<rect x="400" y="210" width="800" height="480" fill="#d6eaf8"/>' +
      '<line x1="800" y1="210" x2="800" y2="690" stroke="#2c3e50" stroke-width="8"/>' +
      '<line x1="400" y1="450" x2="1200" y2="450" stroke="#2c3e50" stroke-width="8"/>' +
      [
        [600, 330, '#e74c3c'],
        [1000, 330, '#27ae60'],
        [600, 570, '#8e44ad'],
        [1000, 570, '#f39c12'],
      ]
        .map(
          ([x, y, colour]) =>
            `<circle cx="${x}" cy="${Number(y) - 30}" r="45" fill="#f2c4a0"/><rect x="${Number(x) - 70}" y="${Number(y) + 20}" width="140" height="80" rx="40" fill="${colour}"/>`,
        )
        .join('') +
      '<path d="M240 760 L1360 760 L1300 830 L300 830 Z" fill="#566573"/>',
  ),
  phone: frame(
    '#fef9e7',
    '<rect x="600" y="90" width="400" height="820" rx="60" fill="#2c3e50"/>' +
      '<rect x="630" y="170" width="340" height="660" fill="#ffffff"/>' +
      '<rect x="650" y="240" width="230" height="110" rx="30" fill="#aed6f1"/>' +
      '<rect x="720" y="420" width="230" height="110" rx="30" fill="#abebc6"/>',
  ),
};

/** A video's still picture: the clip's title on a calm background. */
export function titleCard(title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">` +
    `<rect width="640" height="360" fill="#1f5f7a"/><rect x="40" y="250" width="120" height="8" fill="#f9e79f"/>` +
    `<text x="40" y="200" font-family="DejaVu Sans" font-size="26" fill="#ffffff">${escaped}</text></svg>`
  );
}

import type { ImageSize } from 'payload';

/*
 * Responsive copies of every picture, in AVIF (smallest) and WebP (for older browsers): phone,
 * tablet and desktop widths. Never enlarged; metadata (a phone photo's GPS position) is dropped.
 */

const widths = [480, 960, 1440] as const;
const formats = [
  { format: 'avif', options: { quality: 50, effort: 4 } },
  { format: 'webp', options: { quality: 75 } },
] as const;

export const imageSizeName = (format: string, width: number) => `${format}${width}`;

export const responsiveImageSizes: ImageSize[] = formats.flatMap(({ format, options }) =>
  widths.map((width) => ({
    name: imageSizeName(format, width),
    width,
    withoutEnlargement: true,
    formatOptions: { format, options },
  })),
);

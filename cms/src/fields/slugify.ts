const danishLetters: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** "Mål dit blodsukker" → "maal-dit-blodsukker": Danish letters spelt out, then ASCII only. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => danishLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The `lang` attribute for a piece of content: "da" when Danish stands in for a missing translation. */
export function textLang(item: { fallback: boolean }): 'da' | undefined {
  return item.fallback ? 'da' : undefined;
}

/** Danish adjectives for the content languages, as in "den engelske tekst", for refusals and reports. */
export const languageAdjective = (locale: string): string => ({ da: 'danske', en: 'engelske' })[locale] ?? locale;

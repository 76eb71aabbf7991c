import da from './da.json';
import en from './en.json';
import { fillPlaceholders } from './fill.ts';
import { asLocale, type Locale } from './locales.ts';

/* Interface text as flat dotted keys, Danish first. `{name}` placeholders are filled from `values`. */
export type MessageKey = keyof typeof da;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

// Typed so that a key missing from the English file fails the type check.
const messages: Record<Locale, Record<MessageKey, string>> = { da, en };

export function translator(locale: Locale): Translate {
  const table = messages[locale];
  return (key, values = {}) => fillPlaceholders(table[key], values);
}

/** For components: `const t = useT(Astro.currentLocale)`. */
export const useT = (currentLocale: string | undefined): Translate => translator(asLocale(currentLocale));

/** The texts under `prefix.` with these names, for a custom element's data attribute. */
export function messagesFor(t: Translate, prefix: string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, t(`${prefix}.${name}` as MessageKey)]));
}

import da from './da.json';

/* Interface text as flat dotted keys; Danish first. `{name}` placeholders are filled from `values`. */
export type MessageKey = keyof typeof da;

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return da[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

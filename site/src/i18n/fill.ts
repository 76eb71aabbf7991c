/* `{name}` placeholders filled from `values`; unknown ones are left as written. Server and browser. */
export const fillPlaceholders = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

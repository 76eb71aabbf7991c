/*
 * The reader's data (export_my_data's JSON) as a page they can read, save and print: a standalone
 * HTML document, every value escaped, each part under a heading in the reader's language, nested
 * parts (a conversation's messages) as nested lists. The JSON file goes beside it, for machines.
 */

import { escapeHtml } from '@sundhed/supabase/escapeHtml';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

const label = (key: string) => escapeHtml(key.replaceAll('_', ' '));

function render(value: Value, none: string): string {
  if (value === null || value === '') return `<span class="none">${escapeHtml(none)}</span>`;
  if (Array.isArray(value)) {
    return value.length === 0
      ? `<span class="none">${escapeHtml(none)}</span>`
      : `<ol>${value.map((item) => `<li>${render(item, none)}</li>`).join('')}</ol>`;
  }
  if (typeof value === 'object') {
    return `<dl>${Object.entries(value)
      .map(([key, item]) => `<dt>${label(key)}</dt><dd>${render(item, none)}</dd>`)
      .join('')}</dl>`;
  }
  return escapeHtml(String(value));
}

export type DocumentTexts = {
  /** The document's title, e.g. "Mine data fra Sundhedscenter". */
  title: string;
  /** Said when a part is empty. */
  none: string;
  /** Headings for the export's parts, by key; a part without one is headed by its key. */
  parts: Record<string, string>;
};

export function myDataDocument(data: Record<string, Value>, texts: DocumentTexts, lang: 'da' | 'en'): string {
  const parts = Object.entries(data)
    .map(
      ([key, value]) =>
        `<section><h2>${escapeHtml(texts.parts[key] ?? key)}</h2>${render(value, texts.none)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(texts.title)}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}dt{font-weight:700}dd{margin:0 0 .5rem 1rem}.none{color:#555}</style></head>
<body><h1>${escapeHtml(texts.title)}</h1>
${parts}
</body></html>
`;
}

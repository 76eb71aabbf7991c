import { slugSchema } from '@sundhed/content';
import type { TextField } from 'payload';
import { slugify } from './slugify.ts';

/**
 * The document's address on the site and its file name in content/. Filled from the title when
 * left empty; checked with the same schema the export is validated against.
 */
export function slugField(fromField = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { da: 'Adresse (slug)', en: 'Slug' },
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: { da: 'Udfyldes fra titlen, hvis feltet er tomt.', en: 'Filled from the title when empty.' },
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return value.trim();
          const source = data?.[fromField];
          return typeof source === 'string' ? slugify(source) : value;
        },
      ],
    },
    validate: (value: unknown) => {
      const result = slugSchema.safeParse(value);
      return result.success || (result.error.issues[0]?.message ?? 'Ugyldig adresse');
    },
  };
}

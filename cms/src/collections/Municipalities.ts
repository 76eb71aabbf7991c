import type { CollectionConfig } from 'payload';
import { contentAccess } from '../access/contentAccess.ts';
import { slugField } from '../fields/slug.ts';
import { publishHooks } from './publishing.ts';

export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: { singular: { da: 'Kommune', en: 'Municipality' }, plural: { da: 'Kommuner', en: 'Municipalities' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  access: contentAccess,
  hooks: publishHooks,
  fields: [{ name: 'name', type: 'text', label: { da: 'Navn', en: 'Name' }, required: true }, slugField('name')],
};

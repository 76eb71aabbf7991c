import type { CollectionConfig } from 'payload';
import { isLoggedIn } from '../access/isLoggedIn.ts';
import { isPlatformAdmin } from '../access/isPlatformAdmin.ts';
import { slugField } from '../fields/slug.ts';
import { publishHooks } from './publishing.ts';

/** Municipalities and patient associations: every document belongs to one of them. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { da: 'Organisation', en: 'Organisation' },
    plural: { da: 'Organisationer', en: 'Organisations' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'slug'] },
  // Names of organisations are not secret: editors need them to share content.
  access: { read: isLoggedIn, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  hooks: publishHooks,
  fields: [
    { name: 'name', type: 'text', label: { da: 'Navn', en: 'Name' }, required: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      label: { da: 'Type', en: 'Kind' },
      required: true,
      defaultValue: 'municipality',
      options: [
        { value: 'municipality', label: { da: 'Kommune', en: 'Municipality' } },
        { value: 'association', label: { da: 'Patientforening', en: 'Patient association' } },
      ],
    },
  ],
};

import type { GlobalConfig } from 'payload';
import { isPlatformAdmin } from '../access/isPlatformAdmin.ts';

/*
 * What the latest export left out, and why: written by the export (server code), shown on each
 * user's dashboard for their own organisations' documents only. Platform admins may read all of it
 * through the API; nobody writes it but the export, so a report cannot be forged or cleared.
 */
export const ExportReport: GlobalConfig = {
  slug: 'export-report',
  label: { da: 'Seneste eksport', en: 'Latest export' },
  access: { read: isPlatformAdmin, update: () => false },
  admin: { hidden: true },
  fields: [
    { name: 'exportedAt', type: 'date', label: { da: 'Eksporteret', en: 'Exported at' } },
    {
      name: 'leftOut',
      type: 'array',
      label: { da: 'Ikke udgivet', en: 'Left out' },
      fields: [
        { name: 'collection', type: 'text', required: true },
        { name: 'documentId', type: 'text', required: true },
        { name: 'title', type: 'text' },
        { name: 'owner', type: 'relationship', relationTo: 'organisations' },
        { name: 'reason', type: 'textarea', required: true },
      ],
    },
  ],
};

import type { Block } from 'payload';

/** Who to call or write to, inside a lesson. */
export const ContactCardBlock: Block = {
  slug: 'contact',
  labels: { singular: { da: 'Kontaktkort', en: 'Contact card' }, plural: { da: 'Kontaktkort', en: 'Contact cards' } },
  fields: [
    { name: 'name', type: 'text', label: { da: 'Navn eller team', en: 'Name or team' }, required: true },
    { name: 'role', type: 'text', label: { da: 'Rolle', en: 'Role' } },
    { name: 'phone', type: 'text', label: { da: 'Telefon', en: 'Phone' } },
    { name: 'email', type: 'email', label: { da: 'E-mail', en: 'E-mail' } },
    { name: 'hours', type: 'text', label: { da: 'Telefontid', en: 'Opening hours' } },
  ],
};

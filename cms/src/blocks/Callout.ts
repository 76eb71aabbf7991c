import type { Block } from 'payload';

/** "Kontakt din læge, hvis ..." and other boxes that must stand out from the text. */
export const CalloutBlock: Block = {
  slug: 'callout',
  labels: { singular: { da: 'Faktaboks', en: 'Callout' }, plural: { da: 'Faktabokse', en: 'Callouts' } },
  fields: [
    {
      name: 'tone',
      type: 'select',
      label: { da: 'Type', en: 'Tone' },
      required: true,
      defaultValue: 'info',
      options: [
        { value: 'info', label: { da: 'Godt at vide', en: 'Good to know' } },
        { value: 'warning', label: { da: 'Vær opmærksom', en: 'Warning' } },
        { value: 'contact-doctor', label: { da: 'Kontakt din læge', en: 'Contact your doctor' } },
      ],
    },
    { name: 'title', type: 'text', label: { da: 'Overskrift (valgfri)', en: 'Title (optional)' } },
    { name: 'text', type: 'textarea', label: { da: 'Tekst', en: 'Text' }, required: true },
  ],
};

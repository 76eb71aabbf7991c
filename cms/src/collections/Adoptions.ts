import type { CollectionConfig, Validate } from 'payload';
import { createOwnContent } from '../access/createOwnContent.ts';
import { deleteOwnContent } from '../access/deleteOwnContent.ts';
import { isOfferedTo } from '../access/offeredTo.ts';
import { readOwnOrganisation } from '../access/readOwnOrganisation.ts';
import { readOwnOrganisationVersions } from '../access/readOwnOrganisationVersions.ts';
import { updateOwnContent } from '../access/updateOwnContent.ts';
import { textEditor } from '../editor.ts';
import { ownerField } from '../fields/ownerField.ts';
import { fitsContentContract } from '../hooks/fitsContentContract.ts';
import { relationKey as idOf } from '../relationId.ts';
import { publishersOnly } from '../workflow/publishersOnly.ts';
import { draftsAndVersions, publishHooks } from './publishing.ts';

/*
 * A municipality's adoption of a program: it points at the shared program (never a copy) and adds
 * what is local. The shared lessons stay the owner's, so their next publish reaches every adopter.
 */

/** Only a program the adopting organisation may offer: its own, national, or shared with it. */
const programOfferedToOwner: Validate = async (value, { req, data }) => {
  if (value === null || value === undefined) return 'Vælg forløbet, der tilpasses.';
  const owner = idOf((data as { owner?: unknown }).owner);
  const program = await req.payload
    .findByID({ collection: 'programs', id: idOf(value), depth: 0, draft: true, overrideAccess: true, req })
    .catch(() => undefined);
  if (!program) return 'Forløbet findes ikke.';
  return isOfferedTo(program, owner) || 'Forløbet er ikke delt med din organisation.';
};

export const Adoptions: CollectionConfig = {
  slug: 'adoptions',
  labels: {
    singular: { da: 'Lokal tilpasning', en: 'Local adaptation' },
    plural: { da: 'Lokale tilpasninger', en: 'Local adaptations' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'program', 'owner', '_status'] },
  access: {
    create: createOwnContent,
    read: readOwnOrganisation,
    readVersions: readOwnOrganisationVersions,
    update: updateOwnContent,
    delete: deleteOwnContent,
  },
  versions: draftsAndVersions,
  hooks: { ...publishHooks, beforeChange: [fitsContentContract, publishersOnly] },
  fields: [
    { name: 'title', type: 'text', label: { da: 'Navn (internt)', en: 'Name (internal)' }, required: true },
    ownerField,
    {
      name: 'program',
      type: 'relationship',
      relationTo: 'programs',
      label: { da: 'Forløb', en: 'Program' },
      required: true,
      index: true,
      validate: programOfferedToOwner,
    },
    {
      name: 'localIntro',
      type: 'richText',
      label: { da: 'Lokal introduktion', en: 'Local introduction' },
      editor: textEditor,
      localized: true,
    },
    {
      name: 'contact',
      type: 'group',
      label: { da: 'Kontaktkort', en: 'Contact card' },
      fields: [
        { name: 'name', type: 'text', label: { da: 'Navn eller team', en: 'Name or team' } },
        { name: 'role', type: 'text', label: { da: 'Rolle', en: 'Role' }, localized: true },
        { name: 'phone', type: 'text', label: { da: 'Telefon', en: 'Phone' } },
        { name: 'email', type: 'email', label: { da: 'E-mail', en: 'E-mail' } },
        { name: 'hours', type: 'text', label: { da: 'Telefontid', en: 'Opening hours' }, localized: true },
      ],
    },
    {
      name: 'practicalNotes',
      type: 'richText',
      label: { da: 'Praktiske oplysninger', en: 'Practical notes' },
      editor: textEditor,
      localized: true,
    },
  ],
};

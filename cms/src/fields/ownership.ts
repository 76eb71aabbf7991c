import type { Field, Validate } from 'payload';
import { authorRoles, organisationsWith } from '../access/memberships.ts';

/*
 * Every shareable document has an owner organisation and a visibility. The owner is one of the
 * author's own organisations when the document is made, and only a platform admin moves it.
 */

const ownerIsAuthorsOrganisation: Validate = (value, { req, operation, previousValue, overrideAccess }) => {
  if (overrideAccess || (req.user && 'platformAdmin' in req.user && req.user.platformAdmin)) return true;
  if (value === null || value === undefined) return 'Vælg den organisation, der ejer dokumentet.';
  const id = typeof value === 'object' && 'id' in value ? value.id : value;
  const previousId =
    typeof previousValue === 'object' && previousValue && 'id' in previousValue ? previousValue.id : previousValue;
  if (operation === 'update' && String(id) === String(previousId)) return true;
  const allowed = organisationsWith(req.user, authorRoles).map(String);
  return allowed.includes(String(id)) || 'Du kan kun oprette indhold for en organisation, du skriver for.';
};

export const ownershipFields: Field[] = [
  {
    name: 'owner',
    type: 'relationship',
    relationTo: 'organisations',
    label: { da: 'Ejer', en: 'Owner' },
    required: true,
    index: true,
    admin: { position: 'sidebar' },
    defaultValue: ({ user }) => organisationsWith(user, authorRoles)[0],
    validate: ownerIsAuthorsOrganisation,
  },
  {
    name: 'visibility',
    type: 'select',
    label: { da: 'Deling', en: 'Sharing' },
    required: true,
    index: true,
    defaultValue: 'own',
    admin: { position: 'sidebar' },
    options: [
      { value: 'own', label: { da: 'Kun egen organisation', en: 'Own organisation only' } },
      { value: 'selected', label: { da: 'Udvalgte kommuner', en: 'Selected municipalities' } },
      { value: 'national', label: { da: 'Alle kommuner (nationalt)', en: 'All municipalities (national)' } },
    ],
  },
  {
    name: 'sharedWith',
    type: 'relationship',
    relationTo: 'organisations',
    hasMany: true,
    index: true,
    label: { da: 'Delt med', en: 'Shared with' },
    admin: { position: 'sidebar', condition: (data) => data?.visibility === 'selected' },
  },
];

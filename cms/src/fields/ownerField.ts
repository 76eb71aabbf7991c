import type { RelationshipField, Validate } from 'payload';
import { authorRoles, organisationsWith } from '../access/memberships.ts';

/*
 * The organisation that owns a document. It is one of the author's own organisations when the
 * document is made, and only a platform admin moves it to another.
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

export const ownerField: RelationshipField = {
  name: 'owner',
  type: 'relationship',
  relationTo: 'organisations',
  label: { da: 'Ejer', en: 'Owner' },
  required: true,
  index: true,
  admin: { position: 'sidebar' },
  defaultValue: ({ user }) => organisationsWith(user, authorRoles)[0],
  validate: ownerIsAuthorsOrganisation,
};

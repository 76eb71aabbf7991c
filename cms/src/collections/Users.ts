import type { CollectionConfig, FieldAccess } from 'payload';
import { isPlatformAdmin } from '../access/isPlatformAdmin.ts';
import { organisationRoles, platformAdmin } from '../access/memberships.ts';
import { readSelfOrAdmin } from '../access/readSelfOrAdmin.ts';

const roleLabels: Record<(typeof organisationRoles)[number], { da: string; en: string }> = {
  editor: { da: 'Kommunal redaktør', en: 'Municipality editor' },
  reviewer: { da: 'Klinisk reviewer', en: 'Clinical reviewer' },
  contributor: { da: 'Bidragyder fra patientforening', en: 'Association contributor' },
  professional: { da: 'Fagperson', en: 'Professional' },
};

/** Roles and memberships decide what a user may do: only platform admins change them. */
const onlyPlatformAdmins: FieldAccess = ({ req }) => platformAdmin(req.user);

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { da: 'Bruger', en: 'User' }, plural: { da: 'Brugere', en: 'Users' } },
  // depth 0: memberships hold organisation ids, which is what the access rules compare.
  auth: { depth: 0 },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'platformAdmin'] },
  access: { create: isPlatformAdmin, read: readSelfOrAdmin, update: readSelfOrAdmin, delete: isPlatformAdmin },
  fields: [
    { name: 'name', type: 'text', label: { da: 'Navn', en: 'Name' } },
    {
      name: 'platformAdmin',
      type: 'checkbox',
      label: { da: 'Platformsadministrator', en: 'Platform admin' },
      defaultValue: false,
      saveToJWT: true,
      access: { create: onlyPlatformAdmins, update: onlyPlatformAdmins },
    },
    {
      name: 'memberships',
      type: 'array',
      label: { da: 'Medlemskaber', en: 'Memberships' },
      labels: { singular: { da: 'Medlemskab', en: 'Membership' }, plural: { da: 'Medlemskaber', en: 'Memberships' } },
      access: { create: onlyPlatformAdmins, update: onlyPlatformAdmins },
      fields: [
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: { da: 'Organisation', en: 'Organisation' },
          required: true,
        },
        {
          name: 'role',
          type: 'select',
          label: { da: 'Rolle', en: 'Role' },
          required: true,
          options: organisationRoles.map((role) => ({ value: role, label: roleLabels[role] })),
        },
      ],
    },
  ],
};

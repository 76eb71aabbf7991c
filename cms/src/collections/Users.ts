import type { CollectionConfig, FieldAccess } from 'payload';
import { isAdmin } from '../access/isAdmin.ts';
import { isAdminOrSelf } from '../access/isAdminOrSelf.ts';

const onlyAdmins: FieldAccess = ({ req }) => req.user?.roles?.includes('admin') ?? false;

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { da: 'Bruger', en: 'User' }, plural: { da: 'Brugere', en: 'Users' } },
  auth: true,
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'] },
  access: { create: isAdmin, read: isAdminOrSelf, update: isAdminOrSelf, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: { da: 'Navn', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      label: { da: 'Roller', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      access: { create: onlyAdmins, update: onlyAdmins },
      options: [
        { value: 'admin', label: { da: 'Platformsadministrator', en: 'Platform admin' } },
        { value: 'editor', label: { da: 'Redaktør', en: 'Editor' } },
      ],
    },
  ],
};

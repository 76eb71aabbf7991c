import type { Access } from 'payload';

export const isAdmin: Access = ({ req }) => req.user?.roles?.includes('admin') ?? false;

/*
 * What each persona may do, written out as the rules say it, independent of the access code.
 * Scope is seen from the persona's own organisation: own; shared with it (selected); shared
 * nationally; foreign (another organisation's, not shared with it).
 */

export const personas = [
  'admin',
  'editor',
  'reviewer',
  'contributor',
  'professional',
  'unaffiliated',
  'anonymous',
] as const;
export const actions = ['read', 'create', 'update', 'delete', 'publish'] as const;
export const scopes = ['own', 'shared', 'national', 'foreign'] as const;
export const matrixCollections = ['programs', 'modules', 'lessons', 'articles', 'glossary'] as const;

export type Persona = (typeof personas)[number];
export type Action = (typeof actions)[number];
export type Scope = (typeof scopes)[number];

const members: Persona[] = ['editor', 'reviewer', 'contributor', 'professional'];

export function allowed(persona: Persona, action: Action, scope: Scope): boolean {
  if (persona === 'admin') return true;
  if (!members.includes(persona)) return false;
  switch (action) {
    case 'read':
      return scope !== 'foreign';
    case 'create':
      return scope === 'own' && (persona === 'editor' || persona === 'contributor');
    case 'update':
      return scope === 'own' && persona !== 'professional';
    case 'delete':
      return scope === 'own' && persona === 'editor';
    case 'publish':
      // Of content a clinical reviewer has approved: only the owning municipality's editors.
      return scope === 'own' && persona === 'editor';
  }
}

/*
 * Version history and drafts: every past state of a document, and its next one. Whoever may read
 * the document sees them, nobody else. Adoptions (a municipality's local parts of a program) are
 * never shared: only the owning organisation's members and the platform admins see them.
 */

export const versionedCollections = [...matrixCollections, 'adoptions'] as const;
export const historyReads = ['versions', 'draft'] as const;

export type VersionedCollection = (typeof versionedCollections)[number];
export type HistoryRead = (typeof historyReads)[number];

/** Adoptions have no sharing: they are one's own or another organisation's. */
export const scopesOf = (collection: VersionedCollection): readonly Scope[] =>
  collection === 'adoptions' ? ['own', 'foreign'] : scopes;

export function seesHistory(persona: Persona, collection: VersionedCollection, scope: Scope): boolean {
  if (persona === 'admin') return true;
  if (!members.includes(persona)) return false;
  return collection === 'adoptions' ? scope === 'own' : scope !== 'foreign';
}

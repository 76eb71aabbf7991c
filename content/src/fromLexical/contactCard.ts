import type { ContactCard } from '../schema/organisation.ts';

/** A contact card's filled-in fields only; null when none is filled in. */
export function contactCard(value: unknown): ContactCard | null {
  const fields = (value ?? {}) as Record<string, unknown>;
  const card = Object.fromEntries(
    (['name', 'role', 'phone', 'email', 'hours'] as const)
      .map((key) => [key, typeof fields[key] === 'string' ? fields[key].trim() : ''] as const)
      .filter(([, text]) => text !== ''),
  );
  return Object.keys(card).length > 0 ? card : null;
}

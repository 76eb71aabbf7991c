import type { FreeSlot } from '@sundhed/supabase/schedulingRows';
import { meetingWhen } from '../lib/meetingTimes.ts';

/**
 * "Startsamtale tirsdag den 1. december kl. 9.00–9.30 med Karen Holm (sygeplejerske)": a session
 * as the sessions page and "Mit forløb" say it. `text` gives the words `kind.start`, `kind.end`
 * and `with` (with `{name}`) in the reader's language.
 */
export function describeSession(
  slot: FreeSlot,
  locale: 'da' | 'en',
  text: (key: string, values?: Record<string, string>) => string,
): string {
  const { day, hours } = meetingWhen(slot.startsAt, slot.endsAt, locale);
  const { name, title } = slot.professional;
  const who = text('with', { name: title ? `${name} (${title.toLowerCase()})` : name });
  return `${text(`kind.${slot.kind}`)} ${day} ${hours} ${who}`;
}

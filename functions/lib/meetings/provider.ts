import type { MeetingAccess } from '../../../supabase/src/meetings.ts';

/*
 * What every video meeting provider does: turn the database's "this person may join, as this role"
 * into the address their browser opens. Who may join is never decided here (that is SQL's,
 * meeting_for_me); a provider only says how.
 */

export type ProviderName = 'fixed' | 'bigbluebutton' | 'jitsi';

export interface MeetingProvider {
  readonly name: ProviderName;
  joinUrl(access: MeetingAccess, now?: Date): Promise<string>;
}

/**
 * The name a person joins under. In a webinar the citizens (viewers) see each other, and taking
 * part tells what they are treated for, so a viewer joins under their first name only (the first
 * word of their name); staff, and both people in a one-to-one session, under their full name.
 */
export function nameShown(access: MeetingAccess): string {
  if (access.kind !== 'webinar' || access.role !== 'viewer') return access.displayName;
  return access.displayName.trim().split(/\s+/)[0] || 'Deltager';
}

/** The team has not pasted a link for this meeting yet (fixed-link provider only). */
export class NoMeetingLink extends Error {
  constructor() {
    super('The team has not set a meeting link yet.');
    this.name = 'NoMeetingLink';
  }
}

/** The provider's server refused or did not answer. The message carries no secret and no address. */
export class ProviderFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderFailed';
  }
}

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

import { type MeetingProvider, NoMeetingLink } from './provider.ts';

/*
 * A fixed link per webinar and slot, pasted by staff (set_meeting_link): a MedCom VDX (Pexip) room
 * or a Teams meeting. The provider's own lobby and roles apply; we only hand the link to whoever
 * the database lets join, when it lets them.
 */

export const fixedLink = (): MeetingProvider => ({
  name: 'fixed',
  async joinUrl(access) {
    if (!access.fixedUrl) throw new NoMeetingLink();
    return access.fixedUrl;
  },
});

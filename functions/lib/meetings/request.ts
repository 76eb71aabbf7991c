import { z } from 'zod';
import { meetingKinds } from '../../../supabase/src/meetings.ts';

/*
 * What the site sends to /api/moede: which meeting, nothing else. Strict, so a field the function
 * does not read (a role, a name) is refused rather than silently ignored: the role and the name
 * come from the database.
 */

/** A meeting request is two short fields; anything near this is not one. */
export const meetingRequestLimit = 2048;

export const meetingRequestSchema = z.strictObject({
  kind: z.enum(meetingKinds),
  id: z.uuid(),
});
export type MeetingRequest = z.infer<typeof meetingRequestSchema>;

/** The first problem, worded with its field: "kind: ..." */
export const firstIssue = (error: z.ZodError): string => {
  const [issue] = error.issues;
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body';
};

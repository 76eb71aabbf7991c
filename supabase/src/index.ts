/* The backend as the site's islands and the Netlify functions use it. */
export * from './calendarFeed.ts';
export * from './chat.ts';
export * from './client.ts';
export * from './cohorts.ts';
export type { Database, Json } from './database.types.ts';
export * from './errors.ts';
export * from './evaluation.ts';
export * from './icalendar.ts';
export * from './inbox.ts';
export * from './meetings.ts';
export * from './myAccount.ts';
export * from './notifications.ts';
export * from './progress.ts';
export * from './scheduling.ts';
export * from './session.ts';
export * from './signIn.ts';
export * from './staffScheduling.ts';

import { inboxAdapter } from '@sundhed/supabase';
import { backend } from '../account/backend.ts';

/*
 * The staff pages' backend calls, loaded with those pages (they bring supabase-js). A refusal is
 * worded as in the chat (chat/chatActions.ts).
 */

export { chatRefusalOf } from '../chat/chatActions.ts';

export const inbox = () => inboxAdapter(backend());

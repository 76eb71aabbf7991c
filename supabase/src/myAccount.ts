import type { SundhedClient } from './client.ts';
import type { Database, Json } from './database.types.ts';
import { unwrap } from './errors.ts';

/*
 * "Min konto": the name others see, which e-mails to get, everything the platform keeps about the
 * reader (export_my_data), who has read their data (the audit log, as on sundhed.dk), and erasing
 * the account. Only for the signed-in person: every call is theirs alone in SQL.
 */

export type MyProfile = { id: string; display_name: string; role: Database['public']['Enums']['user_role'] };
export type EmailChoices = { webinars: boolean; messages: boolean };
export type ReadOfMyData = {
  at: string;
  action: string;
  by_name: string | null;
  by_role: Database['public']['Enums']['user_role'] | null;
};

const defaults: EmailChoices = { webinars: true, messages: true };

export function myAccountAdapter(client: SundhedClient) {
  const me = async () => {
    const { data } = await client.auth.getSession();
    const id = data.session?.user.id;
    if (!id) throw Object.assign(new Error('Not signed in'), { kind: 'not-allowed' });
    return id;
  };
  return {
    async profile(): Promise<MyProfile> {
      const id = await me();
      return unwrap(await client.from('profiles').select('id, display_name, role').eq('id', id).single());
    },
    /** The name shown to the team and the group (1–80 characters, checked by the database). */
    async setDisplayName(name: string): Promise<void> {
      unwrap(
        await client
          .from('profiles')
          .update({ display_name: name.trim() })
          .eq('id', await me()),
      );
    },
    async emailChoices(): Promise<EmailChoices> {
      const row = unwrap(
        await client
          .from('notification_choices')
          .select('webinars, messages')
          .eq('profile_id', await me())
          .maybeSingle(),
      );
      return row ?? defaults;
    },
    async setEmailChoices(choices: EmailChoices): Promise<void> {
      unwrap(await client.from('notification_choices').upsert({ profile_id: await me(), ...choices }));
    },
    async exportMyData(): Promise<Json> {
      return unwrap(await client.rpc('export_my_data'));
    },
    async readsOfMyData(): Promise<ReadOfMyData[]> {
      return unwrap(await client.rpc('reads_of_my_data')) as ReadOfMyData[];
    },
    /** Push notices on in this browser: its subscription (PushSubscription.toJSON()) is saved. */
    async savePushSubscription(subscription: { endpoint: string; keys: { p256dh: string; auth: string } }) {
      const { endpoint, keys } = subscription;
      unwrap(await client.rpc('save_push_subscription', { endpoint, p256dh: keys.p256dh, auth: keys.auth }));
    },
    async removePushSubscription(endpoint: string): Promise<void> {
      unwrap(await client.rpc('remove_push_subscription', { endpoint }));
    },
    /** Erases the account and signs this device out; it cannot be undone. */
    async deleteMyAccount(): Promise<void> {
      unwrap(await client.rpc('delete_my_account'));
      await client.auth.signOut({ scope: 'local' });
    },
  };
}

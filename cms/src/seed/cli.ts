import config from '@payload-config';
import { getPayload } from 'payload';
import { describeLogins, newDemoLogins, readDemoLogins, saveDemoLogins } from './demoLogin.ts';
import { isEmpty, seedDemo } from './seed.ts';

/** `npm run seed`: fills an empty database with demo content and prints the demo log-ins. */
const payload = await getPayload({ config });
try {
  if (await isEmpty(payload)) {
    const logins = newDemoLogins();
    await seedDemo(payload, logins);
    saveDemoLogins(logins);
    console.log('Demoindhold indlæst (demo, ikke medicinsk rådgivning).');
    console.log(`Log ind i CMS:\n${describeLogins(logins)}`);
  } else {
    const logins = readDemoLogins();
    console.log('Databasen har allerede indhold: intet indlæst.');
    if (logins) console.log(`Log ind i CMS:\n${describeLogins(logins)}`);
  }
} finally {
  await payload.destroy();
}
process.exit(0);

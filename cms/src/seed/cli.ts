import config from '@payload-config';
import { getPayload } from 'payload';
import { newDemoLogin, readDemoLogin, saveDemoLogin } from './demoLogin.ts';
import { isEmpty, seedDemo } from './seed.ts';

/** `npm run seed`: fills an empty database with demo content and prints the admin log-in. */
const payload = await getPayload({ config });
try {
  if (await isEmpty(payload)) {
    const login = newDemoLogin();
    await seedDemo(payload, login);
    saveDemoLogin(login);
    console.log('Demoindhold indlæst (demo, ikke medicinsk rådgivning).');
    console.log(`Log ind i CMS: ${login.email} / ${login.password}`);
  } else {
    const login = readDemoLogin();
    console.log('Databasen har allerede indhold: intet indlæst.');
    if (login) console.log(`Log ind i CMS: ${login.email} / ${login.password}`);
  }
} finally {
  await payload.destroy();
}
process.exit(0);

import { rmSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { DEMO_COUNCIL, DEMO_HR, DEMO_LEADER, seedDemo, setDemoCadence } from '../demo/seed';
import { fixedClock, systemClock } from '../lib/clock';
import { OutboxMailer } from '../mail/outbox';
import { nodeDeps } from './node-deps';
import { startScheduler } from './scheduler';
import { withStatic } from './static';

/**
 * `npm run demo`: a fresh demo database (data/demo.db, replaced at every start) with the demo company,
 * seven closed waves of history and one open wave whose invitations wait in the outbox.
 */
async function main() {
  const env = {
    DATABASE_URL: 'file:data/demo.db',
    PULS_SEAL_KEY_FILE: 'data/demo-seal.key',
    PULS_ADMIN_TOKEN: 'demo-admin-token',
    COMPANY_NAME: 'Muster Maschinenbau GmbH',
    ...process.env,
  };
  const config = loadConfig(env);
  const file = /^file:(.+)$/.exec(config.databaseUrl)?.[1];
  if (file) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const { deps } = await nodeDeps(config);
  const outbox = new OutboxMailer();
  const clock = fixedClock(Date.now());
  console.log('Seeding the demo company (about 120 people, 8 waves)…');
  const started = Date.now();
  const seeded = await seedDemo({ ...deps, clock, mailer: new OutboxMailer() }, { history: 7, now: systemClock.now(), currentMailer: outbox });
  await setDemoCadence({ ...deps, clock }, clock.now());
  console.log(`Seeded ${seeded.people} people and ${seeded.waves} waves in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  const served = { ...deps, mailer: outbox, clock: systemClock };
  const app = createApp(served);
  startScheduler(served);
  serve({ fetch: withStatic(app).fetch, port: config.port, hostname: process.env.HOST ?? "127.0.0.1" });
  console.log(`
  Puls demo is running: ${config.publicUrl}/admin
  Sign in with the admin token:  ${config.adminToken}
  Invitations of the running wave: ${config.publicUrl}/outbox (open a link to answer as that person)
  Results: ${config.publicUrl}/results
  Works council: ask for a sign-in link for ${DEMO_COUNCIL} at ${config.publicUrl}/login; it waits in the outbox
  Montage's leader: the same with ${DEMO_LEADER}. Close the running wave on its admin page, and the digests for
  Montage's leader and the HR admin (${DEMO_HR}) wait in the outbox too.
`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

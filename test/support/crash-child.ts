import { eq } from 'drizzle-orm';
import { loadConfig } from '../../src/config';
import { openLibsql } from '../../src/db/libsql';
import { staff, waves } from '../../src/db/schema';
import type { Deps } from '../../src/deps';
import { deriveKeys } from '../../src/lib/keys';
import { silentLogger } from '../../src/lib/log';
import { cryptoRandom } from '../../src/lib/random';
import { deliverDue } from '../../src/mail/delivery';
import { ResendMailer } from '../../src/mail/resend';
import { importStaff } from '../../src/staff/staff.service';
import { openWave, resumeOpening } from '../../src/waves/waves.service';
import { TEST_SEAL_KEY } from './deps';
import { nodeAead } from '../../src/entry/node-aead';

/**
 * One life of the Puls process for the crash test: import 5,000 people, open a wave (or finish opening it) and
 * send until nothing is left. The test kills it with SIGKILL at random moments and starts it again.
 * argv: database url, fake Resend url, clock offset in ms (each restart runs later than the last, as a restart
 * after a crash does: the dead sender's 60 s claim has run out by then).
 */
const [url, resendUrl, offset] = process.argv.slice(2);
const PEOPLE = 5000;

async function main() {
  console.log('started');
  const handle = await openLibsql(url);
  const deps: Deps = {
    db: handle.db,
    mailer: new ResendMailer({ apiKey: 're_test', from: 'Puls <puls@muster.de>', baseUrl: resendUrl, minIntervalMs: 0 }),
    clock: { now: () => Date.now() + Number(offset) },
    random: cryptoRandom,
    config: loadConfig({ PULS_SEAL_KEY: TEST_SEAL_KEY, PUBLIC_URL: 'http://puls.test', COMPANY_NAME: 'Muster GmbH' }),
    keys: await deriveKeys(TEST_SEAL_KEY, { aead: nodeAead }),
    log: silentLogger,
  };
  const [anyone] = await deps.db.select({ id: staff.id }).from(staff).limit(1);
  if (!anyone) {
    const rows = ['email,name,team,role'];
    for (let i = 0; i < PEOPLE; i++) rows.push(`person${i}@muster.de,Person ${i},Team ${i % 40},basic`);
    await importStaff(deps, rows.join('\n'));
    console.log('imported');
  }
  const [wave] = await deps.db.select().from(waves).limit(1);
  if (!wave) await openWave(deps, { closesAt: Date.parse('2030-01-01T00:00:00Z'), title: 'Crash' });
  else if (wave.status === 'opening') await resumeOpening(deps, wave);
  console.log('opened');
  for (;;) {
    const result = await deliverDue(deps, { maxBatches: 5 });
    if (result.remaining === 0) break;
  }
  const [done] = await deps.db.select().from(waves).where(eq(waves.status, 'open'));
  console.log(done ? 'done' : 'no open wave');
  handle.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

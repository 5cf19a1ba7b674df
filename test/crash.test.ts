import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, uniform } from '../src/lib/random';
import { startFakeResend, type FakeResend } from './support/fake-resend';

/**
 * Crash safety (issue 5): the process that opens a wave of 5,000 and sends it is killed with SIGKILL at random
 * moments, at least 20 times, and started again. Afterwards every invitation reached the fake Resend server exactly
 * once — counted by the message key each mail carries and by recipient — and none is missing.
 */
let resend: FakeResend;
beforeAll(async () => {
  // A little latency per request, as a real API has, so that kills also land while batches are in flight.
  resend = await startFakeResend({ latencyMs: 80 });
});
afterAll(async () => {
  await resend?.close();
});

/** One life of the process; killed `killAfterMs` after it starts, or after it says `afterLine` when that is given. */
function life(url: string, offset: number, killAfterMs?: number, afterLine?: string): Promise<{ killed: boolean; out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-child.ts', url, resend.url, String(offset)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (killAfterMs !== undefined && !timer) timer = setTimeout(() => (killed = child.kill('SIGKILL')), killAfterMs);
    };
    child.stdout.on('data', (d) => {
      out += d;
      if (afterLine && out.includes(afterLine)) arm();
    });
    child.stderr.on('data', (d) => (out += d));
    if (!afterLine) arm();
    const limit = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      clearTimeout(limit);
      resolve({ killed: killed && !out.includes('done'), out, code });
    });
  });
}

describe('a wave of 5,000 survives being killed', () => {
  it('mails every invitation exactly once after at least 20 SIGKILLs', { timeout: 600_000 }, async () => {
    const url = `file:${join(mkdtempSync(join(tmpdir(), 'puls-crash-')), 'puls.db')}`;
    const random = seededRandom(4242);
    let kills = 0;
    let restarts = 0;
    let offset = 0;
    // Kill at random moments while there is work: every other life soon after it started (during migrations,
    // import and opening), the others at a random moment after the wave is open, while batches are being sent.
    // The windows are short, so 20 kills land before the 50 batches are all out on a fast machine as on a slow one.
    while (kills < 20 && restarts < 60) {
      offset += 5 * 60_000;
      restarts++;
      const result =
        restarts % 2 === 1
          ? await life(url, offset, Math.floor(uniform(random) * 600), 'started')
          : await life(url, offset, Math.floor(uniform(random) * 250), 'opened');
      if (result.killed) kills++;
      else if (result.out.includes('done')) break;
      else if (result.code !== null && result.code !== 0) throw new Error(`the process failed: ${result.out}`);
    }
    const final = await life(url, offset + 5 * 60_000);
    expect(final.out).toContain('done');
    expect(kills).toBeGreaterThanOrEqual(20);

    const byKey = new Map<string, number>();
    const byRecipient = new Map<string, number>();
    for (const mail of resend.delivered) {
      byKey.set(mail.messageKey!, (byKey.get(mail.messageKey!) ?? 0) + 1);
      for (const to of mail.to) byRecipient.set(to, (byRecipient.get(to) ?? 0) + 1);
    }
    expect(byRecipient.size).toBe(5000);
    expect(byKey.size).toBe(5000);
    expect([...byRecipient.values()].every((n) => n === 1)).toBe(true);
    expect([...byKey.values()].every((n) => n === 1)).toBe(true);
    // More requests than the 50 batches means some batches were sent again after a kill, and deduplicated.
    expect(resend.requests()).toBeGreaterThan(50);
    console.log(`crash test: ${kills} kills in ${restarts} lives, ${resend.requests()} requests, ${resend.delivered.length} mails delivered`);
  });
});

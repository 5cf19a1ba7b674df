import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { ResendMailer } from '../src/mail/resend';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

/** Starts the fake as its own process, the way the crash test and the Workers e2e run it, and reads its URL. */
async function spawnFake(): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'test/support/fake-resend.ts'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) if (line.startsWith('http://')) return line.trim();
  throw new Error('the fake Resend process printed no URL');
}

describe('fake Resend as a process', () => {
  it('prints its URL, takes mail from the SDK, lists it at /__delivered and takes faults at /__faults', async () => {
    const url = await spawnFake();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const mailer = new ResendMailer({ apiKey: 're_test', from: 'Puls <puls@muster.example>', baseUrl: url });
    const mail = { key: 'login/l1', to: 'a@muster.example', subject: 'S', text: 'T', html: '<p>T</p>' };

    await fetch(`${url}/__faults`, { method: 'POST', body: JSON.stringify({ failNext: { n: 1, status: 429, headers: { 'retry-after': '2' } } }) });
    expect(await mailer.send([mail], 'login/l1/1')).toMatchObject({ ok: false, retryable: true, retryAfterMs: 2000 });
    expect(await mailer.send([mail], 'login/l1/1')).toMatchObject({ ok: true });

    const delivered = await (await fetch(`${url}/__delivered`)).json();
    expect(delivered).toMatchObject([{ to: ['a@muster.example'], subject: 'S', idempotencyKey: 'login/l1/1', messageKey: 'login/l1' }]);
    expect(await (await fetch(`${url}/__stats`)).json()).toEqual({ requests: 2, delivered: 1 });
  });
});

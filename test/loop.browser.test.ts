import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResendMailer } from '../src/mail/resend';
import { launchBrowser, serveApp } from './support/browser';
import { adminHeaders, testDeps } from './support/deps';
import { startFakeResend, type FakeResend } from './support/fake-resend';

/**
 * The foundation's whole loop with real parts: staff imported over the API, a wave opened, the invitation mailed
 * through the real resend SDK to a local fake Resend server, the mailed link opened on a phone-sized Chromium,
 * answered, thanked; the same link again says it was used.
 */
let browser: Browser;
let resend: FakeResend;

beforeAll(async () => {
  resend = await startFakeResend();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await resend?.close();
});

const CSV = '\uFEFFE-Mail;Name;Abteilung;Rolle;Sprache\r\nanna.mueller@muster.de;Anna Müller;Werk Nord/Montage;Basis-Nutzer;de\r\nben.koch@muster.de;Ben Koch;Vertrieb;Power-User;en\r\n';

describe('a wave goes out and a person answers on a phone', () => {
  it('mails a personal link that works once', async () => {
    const mailer = new ResendMailer({ apiKey: 're_test', from: 'Puls <puls@muster.de>', baseUrl: resend.url, minIntervalMs: 0 });
    const { app, clock } = await testDeps({ mailer });
    const imported = await app.request('/api/v1/staff', { method: 'PUT', headers: adminHeaders({ 'content-type': 'text/csv' }), body: CSV });
    expect(await imported.json()).toEqual({ created: 2, updated: 0, deactivated: 0, total: 2 });

    const closesAt = new Date(clock.now() + 5 * 86_400_000).toISOString();
    const opened = await app.request('/api/v1/waves', { method: 'POST', headers: adminHeaders({ 'content-type': 'application/json' }), body: JSON.stringify({ closesAt, module: 'pulse' }) });
    expect(opened.status).toBe(201);
    expect(await opened.json()).toMatchObject({ status: 'open', invited: 2, closesAt });

    expect(resend.delivered.map((d) => d.to[0]).sort()).toEqual(['anna.mueller@muster.de', 'ben.koch@muster.de']);
    const mail = resend.delivered.find((d) => d.to[0] === 'anna.mueller@muster.de')!;
    expect(mail.text).not.toContain('Anna');
    const link = /http:\/\/puls\.test(\/s\/[\w-]+)/.exec(mail.text)![1];

    const server = await serveApp(app);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(server.url + link);
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      const names = [...new Set(await page.locator('input[type=radio]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name)))];
      expect(names.length).toBe(16);
      for (const name of names) {
        // The middle option of every question, tapped like a person would.
        const options = page.locator(`input[type=radio][name="${name}"]`);
        await options.nth(Math.floor((await options.count()) / 2)).check();
      }
      await page.locator('button[type=submit]').last().click();
      await page.waitForLoadState('load');
      expect(await page.locator('h1').innerText()).toMatch(/Dank/);
      await page.screenshot({ path: 'screenshots/survey-thanks-390.png', fullPage: true });

      const again = await page.goto(server.url + link);
      expect(again?.status()).toBe(409);
      expect(await page.locator('main').innerText()).toMatch(/Zu diesem Link liegt Ihre Antwort schon vor/);
    } finally {
      await page.close();
      await server.close();
    }

    const [listed] = (await (await app.request('/api/v1/waves', { headers: adminHeaders() })).json()) as { id: string }[];
    const wave = await app.request(`/api/v1/waves/${listed.id}`, { headers: adminHeaders() });
    // One answer of two: under k, so the running count is not shown to anyone, admins included (DESIGN rule 8).
    expect(await wave.json()).toMatchObject({ invited: 2, responded: null, status: 'open' });
  });
});

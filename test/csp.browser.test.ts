import { and, eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestLoginLink } from '../src/auth/login-link';
import { mailedLoginToken, signedIn } from '../src/auth/testing';
import { invitations, usedLinks, users } from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import { linkToken, usedMarker } from '../src/lib/keys';
import { launchBrowser, serveApp } from './support/browser';
import { testDeps } from './support/deps';

/**
 * The Content-Security-Policy (issue 11, finding 8) on the pages people use, in a real Chromium: every page carries
 * the policy, and the browser refuses nothing on any of them — no inline script, no inline style, no foreign source.
 * A violation is caught twice: Chromium's console message and the page's `securitypolicyviolation` event.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveApp>>;
let seeded: Awaited<ReturnType<typeof testDeps>>;
let adminCookie: string;
let surveyToken: string;
let loginToken: string;
let waveId: string;

beforeAll(async () => {
  seeded = await testDeps();
  const { currentWaveId } = await seedDemo(seeded.deps, { history: 4, now: seeded.clock.now() });
  waveId = currentWaveId;
  adminCookie = (await signedIn(seeded.deps, { role: 'admin', email: 'chefin@muster.de' })).cookie;
  // Someone invited in German who has not answered yet (the page then speaks German).
  const invited = await seeded.deps.db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.waveId, waveId), eq(invitations.language, 'de')));
  const used = new Set((await seeded.deps.db.select({ marker: usedLinks.marker }).from(usedLinks)).map((u) => u.marker));
  const unused = invited.find((i) => !used.has(usedMarker(seeded.deps.keys, i.id)))!;
  surveyToken = linkToken(seeded.deps.keys, 'survey', unused.id);
  await seeded.deps.db.insert(users).values({ id: 'u-lead', email: 'leitung@muster.de', role: 'leader', teamId: null, language: 'de', createdAt: 0 });
  await requestLoginLink(seeded.deps, 'leitung@muster.de');
  loginToken = mailedLoginToken(seeded.outbox, 'leitung@muster.de')!;
  server = await serveApp(seeded.app);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function watched(context: BrowserContext): Promise<{ page: Page; violations: string[] }> {
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  // Injected by the devtools protocol before any page script: the page's policy does not govern it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy event: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, violations };
}

async function visit(path: string, signedIn: boolean, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  if (signedIn) {
    const [name, value] = adminCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
  }
  const { page, violations } = await watched(context);
  const res = await page.goto(server.url + path);
  return { page, violations, res: res!, close: () => context.close() };
}

describe('the Content-Security-Policy in Chromium', () => {
  const pages: [string, () => string, boolean][] = [
    ['sign-in', () => '/login', false],
    ['sign-in link confirmation', () => `/login/${loginToken}`, false],
    ['survey', () => `/s/${surveyToken}`, false],
    ['not found', () => '/gibt-es-nicht', false],
    ['admin home', () => '/admin', true],
    ['wave', () => `/admin/waves/${waveId}`, true],
    ['staff', () => '/admin/staff', true],
    ['people', () => '/admin/people', true],
    ['schedule', () => '/admin/schedule', true],
    ['outbox', () => '/outbox', true],
    ['results', () => '/results', true],
    ['retrospectives', () => '/admin/retrospectives', true],
    ['printable report', () => '/admin/retrospectives/2026-Q4', true],
  ];

  for (const [name, path, signedIn] of pages) {
    it(`refuses nothing on the ${name} page, which carries the policy`, async () => {
      for (const width of [1280, 390]) {
        const { res, violations, close } = await visit(path(), signedIn, width);
        try {
          expect([200, 404]).toContain(res.status());
          const policy = (await res.allHeaders())['content-security-policy'];
          expect(policy).toMatch(/^default-src 'none'; script-src 'none'; style-src 'self' 'nonce-[\w-]{22}'; /);
          expect(policy).not.toContain('unsafe');
          expect(violations).toEqual([]);
        } finally {
          await close();
        }
      }
    });
  }

  it('applies the report’s inline print style only through its nonce', async () => {
    const { page, violations, close } = await visit('/admin/retrospectives/2026-Q4', true);
    try {
      await page.emulateMedia({ media: 'print' });
      const rules = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.sheet?.cssRules.length ?? -1));
      expect(rules).toEqual([2]);
      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('refuses nothing while a person answers: the warning about a name, then the thanks', async () => {
    const { page, violations, close } = await visit(`/s/${surveyToken}`, false, 390);
    try {
      const names = [...new Set(await page.locator('input[type=radio]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name)))];
      for (const name of names) await page.locator(`input[type=radio][name="${name}"]`).first().check();
      await page.locator('textarea').first().fill('Frau Weber hat uns sehr geholfen.');
      await page.locator('button[type=submit]').last().click();
      await page.waitForLoadState('load');
      expect(await page.locator('.item-warning').count()).toBe(1);
      await page.locator('button[type=submit]').last().click();
      await page.waitForLoadState('load');
      expect(await page.locator('h1').innerText()).toMatch(/Dank/);
      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sends the same security headers with static files', async () => {
    const res = await fetch(`${server.url}/static/puls.css`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

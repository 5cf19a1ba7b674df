import { mkdirSync, writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type TestSession } from '../src/auth/testing';
import { auditLog } from '../src/db/schema';
import { DEMO_COUNCIL, seedDemo } from '../src/demo/seed';
import { changeSettings } from '../src/settings/settings.service';
import { BANK } from '../src/survey/questions';
import { actorOf } from '../src/audit/audit.service';
import { launchBrowser, seriousViolations, serveApp } from './support/browser';
import { testDeps } from './support/deps';

/**
 * What the works council sees, in Chromium: the audit log (and that it turns red when a row is edited), the annex to
 * the works agreement on screen and printed to A4 in German and English, and approving a change that lowers k.
 * Screenshots and PDFs go to screenshots/ for a person to look at.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveApp>>;
let env: Awaited<ReturnType<typeof testDeps>>;
let admin: TestSession;
let council: TestSession;

async function as(who: TestSession, width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const [name, value] = who.cookie.split('=');
  await context.addCookies([{ name, value, url: server.url }]);
  return context;
}

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
/** Every page's size in PDF points. */
const mediaBoxes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);

beforeAll(async () => {
  env = await testDeps();
  await seedDemo(env.deps, { history: 3, now: env.clock.now() });
  admin = await signedIn(env.deps, { role: 'admin', email: 'personal@muster-maschinenbau.de' });
  council = await signedIn(env.deps, { role: 'council', email: 'br-vorsitz@muster-maschinenbau.de' });
  server = await serveApp(env.app);
  browser = await launchBrowser();
  mkdirSync('screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the audit log in Chromium', () => {
  it('lists what happened, verified, for the council in German and English, at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const context = await as(council, width);
      const page = await context.newPage();
      try {
        const res = await page.goto(`${server.url}/admin/audit?lang=de`);
        expect(res?.status()).toBe(200);
        const banner = page.getByTestId('verification');
        expect(await banner.innerText()).toMatch(/Prüfung bestanden: \d+ Einträge, keiner verändert oder entfernt\./);
        const actions = await page.locator('table.audit tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
        for (const action of ['staff.imported', 'user.added', 'wave.opened', 'wave.closed']) expect(actions).toContain(action);
        const imported = await page.locator('tr[data-action="staff.imported"]').innerText();
        expect(imported).toContain('Belegschaft importiert');
        expect(imported).toMatch(/122 neu, 0 geändert, 0 nicht mehr auf der Liste; 122 aktiv/);
        expect(await page.locator('tr[data-action="wave.opened"]').first().innerText()).toMatch(/„Puls KW \d+\/2026“ · Puls · k = 5, Kommentare ab 10 · bis .* · 122 eingeladen/);
        // The demo adds the council, Montage's leader and an HR admin: the council's entry names its role.
        const added = await page.locator('tr[data-action="user.added"]').allInnerTexts();
        expect(added.filter((row) => row.includes(`${DEMO_COUNCIL} (Betriebsrat)`))).toHaveLength(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `screenshots/audit-de-${width}.png`, fullPage: true });

        await page.goto(`${server.url}/admin/audit?lang=en`);
        expect(await page.getByTestId('verification').innerText()).toMatch(/Check passed: \d+ entries, none changed or removed\./);
        expect(await page.locator('tr[data-action="wave.closed"]').first().innerText()).toContain('Wave closed');
        await page.screenshot({ path: `screenshots/audit-en-${width}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    }
  });

  it('turns red when a row was edited behind its back', async () => {
    const [row] = await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'staff.imported'));
    const original = row.details;
    await env.deps.db.update(auditLog).set({ details: original.replace(/"created":\d+/, '"created":1') }).where(eq(auditLog.seq, row.seq));
    const context = await as(council);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/admin/audit?lang=de`);
      const banner = page.getByTestId('verification');
      expect(await banner.innerText()).toContain(`Prüfung fehlgeschlagen: Ab Eintrag ${row.seq} wurde das Protokoll verändert`);
      expect(await banner.getAttribute('class')).toBe('notice error');
      await page.screenshot({ path: 'screenshots/audit-broken-de.png' });
    } finally {
      await env.deps.db.update(auditLog).set({ details: original }).where(eq(auditLog.seq, row.seq));
      await context.close();
    }
  });
});

describe('company-wide results for the council', () => {
  it('shows the company and its roles, and no team', async () => {
    for (const width of [1280, 390]) {
      const context = await as(council, width);
      const page = await context.newPage();
      try {
        expect((await page.goto(`${server.url}/results?lang=de`))?.status()).toBe(200);
        const body = await page.locator('main').innerText();
        expect(body).toContain('Muster GmbH');
        for (const team of ['Vertrieb', 'Werk Nord', 'Montage', 'Geschäftsführung', 'Entwicklung']) expect(body).not.toContain(team);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `screenshots/results-council-de-${width}.png`, fullPage: true });
        expect((await page.goto(`${server.url}/results?team=nope&lang=de`))?.status()).toBe(404);
      } finally {
        await context.close();
      }
    }
  });
});

describe('the agreement annex in Chromium', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`shows and prints the annex to A4 in ${lang === 'de' ? 'German' : 'English'}`, async () => {
      const context = await browser.newContext({ viewport: { width: 680, height: 1000 } });
      const [name, value] = council.cookie.split('=');
      await context.addCookies([{ name, value, url: server.url }]);
      const page = await context.newPage();
      try {
        expect((await page.goto(`${server.url}/admin/agreement?lang=${lang}`))?.status()).toBe(200);
        const json = (await (await page.request.get(`${server.url}/api/v1/agreement`)).json()) as { hash: string; k: number };
        expect(await page.getByTestId('annex-hash').innerText()).toBe(json.hash);
        const section = (s: string) => page.locator(`[data-section="${s}"]`).innerText();
        if (lang === 'de') {
          expect(await section('title')).toContain('Anlage zur Betriebsvereinbarung');
          expect(await section('rules')).toContain('Ergebnisse erscheinen nur für Gruppen mit mindestens 5 Antworten (k = 5; nie unter 3).');
          expect(await section('retention')).toContain('Freie Kommentare werden 12 Monate nach dem Ende ihrer Welle gelöscht.');
          expect(await section('audit')).toMatch(/Prüfung bestanden: \d+ Einträge/);
          expect(await section('roles')).toContain('Betriebsrat');
        } else {
          expect(await section('title')).toContain('Annex to the works agreement');
          expect(await section('rules')).toContain('Results appear only for groups with at least 5 answers (k = 5; never below 3).');
          expect(await section('retention')).toContain("A wave's results are deleted 5 years after it ended.");
          expect(await section('audit')).toMatch(/Check passed: \d+ entries/);
        }
        // Every question of the bank, each with its 64-digit hash.
        const rows = await page.locator('table.questions tbody tr').evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-question'), tr.querySelector('td.hash code')?.textContent ?? '']),
        );
        expect(rows.map((r) => r[0])).toEqual(BANK.questions.map((q) => q.id));
        for (const [, hash] of rows) expect(hash).toMatch(/^[0-9a-f]{64}$/);

        await page.screenshot({ path: `screenshots/annex-${lang}-screen.png`, fullPage: true });
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['header.top', '.annex-tools', 'form.signout']) expect(await page.locator(selector).isVisible()).toBe(false);
        // Nothing wider than the A4 column, so Chromium never shrinks the printed page.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
        const breaks = await page.locator('[data-section="questions"], [data-section="signatures"]').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
        expect(breaks).toEqual(['page', 'page']);
        // The page size comes from the annex's own CSS (a named A4 page): 595 × 842 points.
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        writeFileSync(`screenshots/annex-${lang}.pdf`, pdf);
        const boxes = mediaBoxes(pdf);
        expect(boxes.length).toBe(pageCount(pdf));
        expect(new Set(boxes.map((b) => b.join('x')))).toEqual(new Set(['595x842']));
        expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
        expect(pageCount(pdf)).toBeLessThanOrEqual(10);
        for (const s of ['title', 'purpose', 'data', 'roles', 'rules', 'retention', 'measures', 'questions', 'audit', 'signatures']) {
          await page.locator(`[data-section="${s}"]`).screenshot({ path: `screenshots/annex-${lang}-print-${s}.png` });
        }
      } finally {
        await context.close();
      }
    });
  }

  it('reads at 390 px without overflow or serious axe findings', async () => {
    const context = await as(council, 390);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/admin/agreement?lang=de`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: 'screenshots/annex-de-390.png', fullPage: true });
    } finally {
      await context.close();
    }
  });
});

describe('the works council approves', () => {
  it('sees a lowered k waiting, approves it in the page, and the settings show it', async () => {
    const { pending } = await changeSettings(env.deps, await actorOf(env.deps, { role: 'admin', teamId: null, userId: admin.userId, csrf: '' }), { k: 4 });
    expect(pending?.pending).toBe(true);
    for (const width of [1280, 390]) {
      const context = await as(council, width);
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/admin/approvals?lang=${width === 390 ? 'en' : 'de'}`);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `screenshots/approvals-${width === 390 ? 'en' : 'de'}-${width}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    }
    const context = await as(council);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/admin/approvals?lang=de`);
      const card = page.locator(`[data-change="${pending!.id}"]`);
      expect(await card.innerText()).toContain('Mindestzahl an Antworten (k): 5 → 4');
      expect(await card.innerText()).toContain('Beantragt von personal@muster-maschinenbau.de');
      await card.getByRole('button', { name: 'Freigeben' }).click();
      await page.waitForURL(/\/admin\/approvals\?done=approved/);
      expect(await page.locator('.notice.ok').innerText()).toBe('Die Änderung ist freigegeben und gilt jetzt. Wer dadurch Zugang erhält, bekommt eine Willkommens-E-Mail mit Anmeldelink.');
      await page.goto(`${server.url}/admin/settings?lang=de`);
      expect(await page.locator('#k').inputValue()).toBe('4');
      expect(await page.locator('#k').isDisabled()).toBe(true);
      expect(await page.locator('form.settings-form button').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: 'screenshots/settings-council-de.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('shows the admin the settings form at both widths', async () => {
    for (const [width, lang] of [[1280, 'de'], [390, 'en']] as const) {
      const context = await as(admin, width);
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/admin/settings?lang=${lang}`);
        expect(await page.locator('form.settings-form button[type="submit"]').count()).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `screenshots/settings-admin-${lang}-${width}.png`, fullPage: true });
        await page.goto(`${server.url}/privacy?lang=${lang}`);
        await page.screenshot({ path: `screenshots/privacy-${lang}-${width}.png`, fullPage: true });
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

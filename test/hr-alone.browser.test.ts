import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../src/audit/chain';
import { signedIn } from '../src/auth/testing';
import { sealedAnswers, staff, waves } from '../src/db/schema';
import { changeSettings } from '../src/settings/settings.service';
import { importStaff } from '../src/staff/staff.service';
import { insertWave, invite } from '../src/survey/testing';
import { launchBrowser, seriousViolations, serveApp } from './support/browser';
import { ADMIN_TOKEN, testDeps } from './support/deps';

/**
 * What a new HR admin, a leader and a member of staff do in Chromium: import with a preview, check the staff list,
 * keep their language from page to page, run into the wave guards, and answer on a phone with the first question on
 * the first screen.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const people = (n: number, team = 'Werk Nord/Montage') => Array.from({ length: n }, (_, i) => `p${i}@muster.de;Person ${i};${team};Basis-Nutzer;de`);
const HEADER = 'E-Mail;Name;Abteilung;Rolle;Sprache';

async function adminPage(url: string, options: { width?: number; locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: options.locale ?? 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.fill('#token', ADMIN_TOKEN);
  await page.click('form[action="/login"] button');
  await page.waitForURL(/\/admin$/);
  return { context, page };
}

/** The page is no wider than the screen: nothing to scroll sideways. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('HR runs Puls alone', () => {
  it('previews an import, warns in red when more than a fifth would become inactive, and applies only on confirmation', async () => {
    const { app, deps } = await testDeps();
    await importStaff(deps, [HEADER, ...people(10)].join('\n'));
    const server = await serveApp(app);
    const dir = mkdtempSync(join(tmpdir(), 'puls-import-'));
    try {
      const { context, page } = await adminPage(server.url);
      await page.click('nav a[href="/admin/staff"]');
      await page.click('a[href="/admin/staff/import"]');
      // Two rows of a file that should have had twelve: eight people would become inactive.
      const file = join(dir, 'liste.csv');
      writeFileSync(file, '\uFEFF' + [HEADER, 'p0@muster.de;Person 0;Werk Nord/Montage;Basis-Nutzer;de', 'neu@muster.de;Müller, Jürgen;Werk Süd;KI-Champion;de'].join('\r\n'));
      await page.setInputFiles('#file', file);
      await page.click('form[action="/admin/staff/import"] button[type=submit]');
      await expect.poll(() => page.textContent('h1')).toBe('Vorschau des Imports');
      expect(await page.textContent('[data-testid=preview-summary]')).toContain('1 neu, 0 geändert, 9 werden inaktiv. Danach sind 2 Personen aktiv.');
      const warning = page.locator('[data-testid=preview-warning]');
      expect(await warning.textContent()).toContain('Achtung: 9 von 10 aktiven Personen (90 %) würden inaktiv');
      expect(await warning.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe('rgb(179, 38, 30)');
      expect(await seriousViolations(page)).toEqual([]);
      // Nothing changed yet.
      expect((await deps.db.select().from(staff)).filter((s) => s.active)).toHaveLength(10);

      // Applying without ticking the box is stopped by the browser (required), so tick it, as a person would.
      await page.check('input[name=confirmDeactivation]');
      await page.click('button:has-text("Import übernehmen")');
      await page.waitForURL(/\/admin\/staff\?imported=1$/);
      expect(await page.textContent('p.notice.ok')).toContain('Der Import ist übernommen.');
      expect((await deps.db.select().from(staff)).filter((s) => s.active)).toHaveLength(2);
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('finds "Müller, Jürgen" on the staff list by search and filters, on a desktop and on a phone', async () => {
    const { app, deps } = await testDeps();
    await importStaff(deps, [HEADER, 'juergen@muster.de;"Müller, Jürgen";Werk Süd/Lager;KI-Champion;de', ...people(70)].join('\n'));
    const server = await serveApp(app);
    try {
      for (const width of [1280, 390]) {
        const { context, page } = await adminPage(server.url, { width });
        await page.goto(`${server.url}/admin/staff`);
        expect(await page.textContent('[data-testid=found]')).toContain('71 Personen gefunden.');
        expect(await page.locator('[data-testid=staff] tbody tr').count()).toBe(50);
        await page.fill('#q', 'jürgen müller');
        await page.click('form.filters button[type=submit]');
        expect(await page.textContent('[data-testid=found]')).toContain('Eine Person gefunden.');
        expect(await page.locator('[data-testid=staff] tbody tr').innerText()).toContain('Müller, Jürgen');
        await page.fill('#q', '');
        await page.selectOption('#role', 'champion');
        await page.click('form.filters button[type=submit]');
        expect(await page.locator('[data-testid=staff] tbody tr').count()).toBe(1);
        const csv = page.locator('a[download]');
        expect(await csv.getAttribute('href')).toBe('/api/v1/staff?role=champion&active=yes&format=csv&lang=de');
        const download = await page.request.get(`${server.url}${await csv.getAttribute('href')}`);
        expect((await download.text()).split('\r\n')[1]).toBe('juergen@muster.de;Müller, Jürgen;Werk Süd/Lager;KI-Champion;de;;E-Mail;ja');
        expect(await fitsWidth(page)).toBe(true);
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      }
    } finally {
      await server.close();
    }
  });

  it('keeps the chosen language from page to page for an admin, a leader and staff, and honours Accept-Language q-values', async () => {
    const { app, deps } = await testDeps();
    await importStaff(deps, [HEADER, ...people(3)].join('\n'));
    const server = await serveApp(app);
    try {
      // An English browser that prefers English over German gets English without asking.
      const english = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'fr-CH, en;q=0.8, de;q=0.5' } });
      const first = await english.newPage();
      await first.goto(`${server.url}/login`);
      expect(await first.getAttribute('html', 'lang')).toBe('en');
      await english.close();

      const { context, page } = await adminPage(server.url);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      await page.click('a.lang-switch');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      for (const link of ['/admin/staff', '/admin/schedule', '/admin/settings', '/admin/people', '/admin']) {
        await page.click(`nav a[href="${link}"]`);
        expect(await page.getAttribute('html', 'lang'), link).toBe('en');
        expect(await page.locator('a.lang-switch').textContent()).toBe('Deutsch');
      }
      await page.click('a.lang-switch');
      await page.click('nav a[href="/admin/staff"]');
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      await context.close();

      // A leader, signed in by cookie, switches on the results page and stays in English.
      const leader = await signedIn(deps, { role: 'leader', teamId: (await deps.db.select().from(staff))[0].teamId });
      const leaderContext = await browser.newContext({ locale: 'de-DE' });
      await leaderContext.addCookies([{ name: leader.cookie.split('=')[0], value: leader.cookie.split('=')[1], url: server.url }]);
      const leaderPage = await leaderContext.newPage();
      await leaderPage.goto(`${server.url}/results`);
      expect(await leaderPage.getAttribute('html', 'lang')).toBe('de');
      await leaderPage.click('a.lang-switch');
      await leaderPage.click('nav a[href="/glossary"]');
      expect(await leaderPage.getAttribute('html', 'lang')).toBe('en');
      expect(await leaderPage.textContent('h1')).toBe('Terms');
      await leaderContext.close();

      // Staff: the invitation's language first; once switched, the next survey page keeps the switch.
      const wave = await insertWave(deps);
      const inv = await invite(deps, wave.id, { language: 'en' });
      const staffContext = await browser.newContext({ locale: 'de-DE' });
      const survey = await staffContext.newPage();
      await survey.goto(`${server.url}/s/${inv.token}`);
      expect(await survey.getAttribute('html', 'lang')).toBe('en');
      await survey.click('.lang-list a[hreflang="de"]');
      expect(await survey.getAttribute('html', 'lang')).toBe('de');
      await survey.goto(`${server.url}/s/${inv.token}`);
      expect(await survey.getAttribute('html', 'lang')).toBe('de');
      await staffContext.close();
    } finally {
      await server.close();
    }
  });

  it('refuses a second running wave with a message and keeps the form; confirms before closing and before discarding', async () => {
    const { app, deps } = await testDeps();
    await importStaff(deps, [HEADER, ...people(4)].join('\n'));
    const server = await serveApp(app);
    try {
      for (const width of [1280, 390]) {
        await deps.db.delete(waves);
        const { context, page } = await adminPage(server.url, { width });
        await page.fill('#closesAt', '2026-11-07T17:00');
        await page.fill('#title', 'Erste');
        await page.click('form[action="/admin/waves"] button[type=submit]');
        await page.waitForURL(/\/admin\/waves\/[\w-]+\?opened=1$/);
        expect(await page.textContent('p.notice.ok')).toContain('Die Welle „Erste“ läuft: 4 Personen sind eingeladen.');

        await page.click('nav a[href="/admin"]');
        await page.fill('#closesAt', '2026-11-08T17:00');
        await page.fill('#title', 'Zweite');
        await page.click('form[action="/admin/waves"] button[type=submit]');
        expect(await page.textContent('.card p.notice.error')).toContain('Die Welle „Erste“ läuft noch. Eine zweite Welle würde alle ein zweites Mal einladen.');
        expect(await page.inputValue('#title')).toBe('Zweite');
        expect(await page.inputValue('#closesAt')).toBe('2026-11-08T17:00');
        expect(await deps.db.select().from(waves)).toHaveLength(1);
        expect(await fitsWidth(page)).toBe(true);
        expect(await seriousViolations(page)).toEqual([]);

        // Closing asks on a page of its own; "Cancel" changes nothing.
        await page.click('[data-testid=waves] a:has-text("Erste")');
        await page.click('a:has-text("Jetzt beenden")');
        expect(await page.textContent('h1')).toBe('Welle „Erste“ jetzt beenden?');
        expect(await seriousViolations(page)).toEqual([]);
        await page.click('a:has-text("Abbrechen")');
        expect((await deps.db.select().from(waves))[0].status).toBe('open');
        await page.click('a:has-text("Jetzt beenden")');
        await page.click('button:has-text("Ja, jetzt beenden")');
        expect(await page.textContent('p.notice.ok')).toContain('Die Welle „Erste“ ist beendet.');
        expect((await deps.db.select().from(waves))[0].status).toBe('closed');

        // Nobody answered: it can be discarded, after a question, and is gone.
        await page.click('a:has-text("Welle verwerfen")');
        expect(await page.textContent('h1')).toBe('Welle „Erste“ verwerfen?');
        await page.click('button:has-text("Ja, verwerfen")');
        await page.waitForURL(/\/admin\?discarded=/);
        expect(await page.textContent('p.notice.ok')).toContain('Die Welle „Erste“ ist verworfen');
        expect(await deps.db.select().from(waves)).toHaveLength(0);
        await context.close();
      }
    } finally {
      await server.close();
    }
  });

  it('shows the first question on a phone without scrolling, the anonymity explanation one tap away, and thanks after a reload or Back', async () => {
    const { app, deps } = await testDeps();
    await changeSettings(deps, SYSTEM, { company: { contact: 'Personalabteilung, Frau Schmidt, Tel. 0711 123-45' } });
    const wave = await insertWave(deps);
    const inv = await invite(deps, wave.id, { language: 'de' });
    const server = await serveApp(app);
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(`${server.url}/s/${inv.token}`);
      const first = page.locator('fieldset.item').first();
      const box = await first.boundingBox();
      // The first question, its statement and every answer option, fully on the first screen.
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      expect(await first.locator('legend').textContent()).toContain('In meinem Team kann ich offen sagen');
      // The explanation is closed, and one tap shows it in full.
      const panel = page.locator('details.anonymity');
      expect(await panel.getAttribute('open')).toBeNull();
      await page.tap('details.anonymity summary');
      expect(await panel.getAttribute('open')).toBe('');
      expect(await panel.locator('li').count()).toBe(7);
      expect(await panel.locator('li').last().isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);

      for (const name of await page.$$eval('fieldset.item', (els) => els.map((e) => e.id.slice(2)))) {
        await page.locator(`input[name="${name}"][value="${name === 'gap.use' ? 'weekly' : '4'}"]`).tap();
      }
      await page.click('button[type=submit]');
      await page.waitForURL(/\/thanks$/);
      expect(await page.textContent('h1')).toBe('Vielen Dank!');
      expect(await page.textContent('.survey-contact')).toContain('Frau Schmidt');
      await page.reload();
      expect(await page.textContent('h1')).toBe('Vielen Dank!');
      expect(await page.textContent('main')).not.toContain('bereits geantwortet');
      await page.goBack();
      expect(await page.textContent('h1')).toBe('Vielen Dank!');
      expect(await page.textContent('main')).toContain('Zu diesem Link liegt Ihre Antwort schon vor');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await deps.db.select().from(sealedAnswers)).toHaveLength(1);
      await context.close();
    } finally {
      await server.close();
    }
  });
});

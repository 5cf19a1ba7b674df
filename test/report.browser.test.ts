import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../src/auth/testing';
import { seedDemo } from '../src/demo/seed';
import { launchBrowser, seriousViolations, serveApp } from './support/browser';
import { testDeps } from './support/deps';

/**
 * The printable retrospective as an admin prints it: Chromium renders the report page in print media, the test reads
 * its sections from the DOM, prints it to an A4 PDF and counts the pages. Each section is also saved as a PNG (and the
 * PDF beside them) under screenshots/ for a person to look at.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveApp>>;
let cookie: { name: string; value: string };

const SECTIONS = ['title', 'summary', 'charts', 'teams', 'comments', 'actions', 'glossary', 'anonymity'] as const;

beforeAll(async () => {
  const { deps, app, clock } = await testDeps();
  await seedDemo(deps, { history: 4, now: clock.now() });
  const admin = await signedIn(deps, { role: 'admin' });
  const [name, value] = admin.cookie.split('=');
  cookie = { name, value };
  server = await serveApp(app);
  browser = await launchBrowser();
  mkdirSync('screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The report in print media on a viewport as wide as an A4 page's column (210 mm − 2 × 15 mm at 96 dpi). */
async function printed(lang: 'de' | 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 680, height: 1000 } });
  await context.addCookies([{ ...cookie, url: server.url }]);
  const page = await context.newPage();
  const res = await page.goto(`${server.url}/admin/retrospectives/2026-Q4?lang=${lang}`);
  expect(res?.status()).toBe(200);
  await page.emulateMedia({ media: 'print' });
  return page;
}

const text = (page: Page, section: string) => page.locator(`[data-section="${section}"]`).innerText();
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe('the printable retrospective', () => {
  it('prints in German: title page, summary, charts, tables, comments and rules, each on its own page', async () => {
    const page = await printed('de');
    try {
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      // Print media: no navigation, no toolbar, no sign-out; every section after the title starts a page.
      for (const selector of ['header.top', '.report-tools', 'form.signout']) expect(await page.locator(selector).isVisible()).toBe(false);
      for (const section of SECTIONS) expect(await page.locator(`[data-section="${section}"]`).isVisible(), section).toBe(true);
      // Nothing is wider than the page's column, so Chromium never shrinks the printed page to fit.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
      const breaks = await page.locator('.report-section').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
      expect(breaks).toEqual(['page', 'page', 'page', 'page', 'page', 'page', 'page']);

      const title = await text(page, 'title');
      expect(title).toContain('Muster GmbH');
      expect(title).toContain('KI-Quartalsrückblick');
      expect(title).toContain('4. Quartal 2026');
      expect(title).toContain('Zeitraum: 1. Oktober 2026 bis 31. Dezember 2026');
      expect(title).toContain('Zahlen nur für Gruppen ab 5 Personen, Kommentare ab 10 Personen.');
      expect(title).toMatch(/Puls KW 41\/2026 · .* · mit Quartalsrückblick/);

      const summary = await text(page, 'summary');
      expect(summary).toMatch(/Ausgewertet wurden 2 Wellen, davon 1 mit Quartalsrückblick\. Im Schnitt antworteten \d+ Personen pro Welle \(\d+ % der Eingeladenen\)\./);
      expect(summary).toMatch(/Nach eigener Einschätzung spart KI im Schnitt \d+,\d Stunden pro Woche/);
      expect(summary).toMatch(/Hohe Sorgen bei niedrigem Vertrauen zeigen: |Keine veröffentlichte Gruppe zeigt zugleich/);
      expect(summary).toContain('Kennzahlen des Unternehmens');
      expect(summary).toContain('Gesparte Stunden pro Woche');

      const charts = await text(page, 'charts');
      expect(charts).toContain('Vertrauen, Sorgen und KI-Lücke je Welle');
      expect(charts).toContain('Reifegrad je Dimension');
      expect(charts).toContain('Verteilung auf die Stufen');
      expect(await page.locator('[data-section="charts"] svg.chart').count()).toBeGreaterThanOrEqual(4);

      const teams = await text(page, 'teams');
      expect(teams).toContain('Ergebnisse nach Teams');
      expect(teams).toContain('Nicht veröffentlicht');
      expect(teams).toContain('Geschäftsführung');
      expect(teams).toContain('weniger als 5 Antworten');
      expect(teams).toContain('Ergebnisse nach Rollen');

      const comments = await text(page, 'comments');
      expect(comments).toContain('Was funktioniert mit KI bei Ihnen schon gut? (freiwillig)');
      expect(comments).toContain('Wo hakt es – was bremst Sie beim Einsatz von KI? (freiwillig)');
      expect(comments).toContain('Welche Unterstützung bräuchten Sie? (freiwillig)');
      expect(await page.locator('[data-section="comments"] ul.comments li').count()).toBeGreaterThan(10);

      const glossaryText = await text(page, 'glossary');
      for (const term of ['Befragung', 'Sorgen', 'KI-Lücke', 'Nicht veröffentlicht', '95-%-Intervall']) expect(glossaryText).toContain(term);
      const rules = await text(page, 'anonymity');
      expect(rules).toContain('Zahlen gibt es nur für Gruppen von mindestens 5 Personen.');
      expect(rules).toContain('Kommentare erscheinen nur für Gruppen mit mindestens 10 Antworten');

      for (const section of SECTIONS) {
        await page.locator(`[data-section="${section}"]`).screenshot({ path: `screenshots/retrospective-de-${section}.png` });
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync('screenshots/retrospective-de.pdf', pdf);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(SECTIONS.length);
      expect(pages).toBeLessThanOrEqual(14);
    } finally {
      await page.context().close();
    }
  });

  it('prints in English with the same sections', async () => {
    const page = await printed('en');
    try {
      expect(await text(page, 'title')).toContain('AI quarterly retrospective');
      expect(await text(page, 'title')).toContain('Q4 2026');
      expect(await text(page, 'summary')).toMatch(/2 waves were evaluated, 1 with the quarterly retrospective\./);
      expect(await text(page, 'teams')).toContain('Results by team');
      expect(await text(page, 'comments')).toContain('What already works well with AI for you? (optional)');
      expect(await text(page, 'anonymity')).toContain('Numbers exist only for groups of at least 5 people.');
      await page.locator('[data-section="summary"]').screenshot({ path: 'screenshots/retrospective-en-summary.png' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync('screenshots/retrospective-en.pdf', pdf);
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(SECTIONS.length);
    } finally {
      await page.context().close();
    }
  });

  for (const width of [1280, 390]) {
    it(`reads on screen at ${width} px: links to the data, no overflow, no serious axe findings`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addCookies([{ ...cookie, url: server.url }]);
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/admin/retrospectives/2026-Q4?lang=de`);
        expect(await page.locator('.report-tools').isVisible()).toBe(true);
        expect(await page.locator('.report-tools a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
          '/api/v1/retrospectives/2026-Q4?format=csv&lang=de',
          '/api/v1/retrospectives/2026-Q4?format=csv&lang=en',
          '/api/v1/retrospectives/2026-Q4?format=json&lang=de',
        ]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await seriousViolations(page)).toEqual([]);
        await page.goto(`${server.url}/admin/retrospectives?lang=de`);
        expect(await page.locator('a[href="/admin/retrospectives/2026-Q4?lang=de"]').count()).toBe(1);
        expect(await page.locator('header nav a[href="/admin/retrospectives"]').count()).toBe(1);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signedIn } from '../src/auth/testing';
import { seedDemo } from '../src/demo/seed';
import { trend } from '../src/results/results.service';
import { launchBrowser, seriousViolations, serveApp } from './support/browser';
import { testDeps } from './support/deps';

const SHOTS = 'screenshots';

describe('the results page in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveApp>>;
  let cookie: { name: string; value: string; url: string };
  let latestTrust: string;
  let seeded: Awaited<ReturnType<typeof testDeps>>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    seeded = await testDeps();
    await seedDemo(seeded.deps, { history: 7, now: seeded.clock.now() });
    const admin = await signedIn(seeded.deps, { role: 'admin' });
    server = await serveApp(seeded.app);
    const [name, value] = admin.cookie.split('=');
    cookie = { name, value, url: server.url };
    const company = await trend(seeded.deps, { role: 'admin', teamId: null, userId: null, csrf: '' }, {});
    latestTrust = String(Math.round(company.waves.at(-1)!.scores!.trust.value));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const size of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it(`reads well at ${size.width} px: charts, tables, no overflow, no serious axe findings`, async () => {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, isMobile: size.width < 500, locale: 'de-DE' });
      await context.addCookies([cookie]);
      const page = await context.newPage();
      await page.goto(`${server.url}/results`);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await page.textContent('h1')).toBe('Ergebnisse: Muster GmbH');

      // Three charts, each an image with a summary and followed by a table of the same numbers.
      const charts = await page.$$eval('.trend svg.chart', (els) => els.map((e) => ({ role: e.getAttribute('role'), label: e.getAttribute('aria-label'), width: e.getBoundingClientRect().width })));
      expect(charts).toHaveLength(3);
      for (const c of charts) {
        expect(c.role).toBe('img');
        expect(c.label).toMatch(/über 7 Wellen/);
        expect(c.width).toBeGreaterThan(300);
      }
      expect(charts[0].label).toContain(`Zuletzt ${latestTrust} `);
      const firstTable = await page.$eval('.trend table', (t) => ({ visible: (t as HTMLElement).offsetHeight > 0, caption: t.querySelector('caption')?.textContent }));
      expect(firstTable).toEqual({ visible: true, caption: 'Vertrauen je Welle' });

      // Geschäftsführung (4 people) is hatched with its reason, not blank.
      const gf = page.locator('table.heatmap tr', { hasText: 'Geschäftsführung' }).locator('td.suppressed');
      expect(await gf.textContent()).toBe('nicht veröffentlicht: weniger als 5 Antworten in diesem Team (sichtbar ab 5)');
      expect(await gf.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('repeating-linear-gradient');

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/results-${size.name}.png`, fullPage: true });

      // The English page, through the switch.
      await page.click('a.lang-switch');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('h1')).toBe('Results: Muster GmbH');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/results-${size.name}-en.png`, fullPage: true });
      await context.close();
    });
  }

  it('opens a team from the heatmap and keeps the language', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([cookie]);
    const page = await context.newPage();
    await page.goto(`${server.url}/results?lang=en`);
    await page.click('table.heatmap a:text-is("Werk Nord")');
    expect(await page.textContent('h1')).toBe('Results: Werk Nord');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.$$eval('table.heatmap tbody tr', (rows) => rows.map((r) => r.querySelector('th')!.textContent!.trim()))).toEqual([
      'Werk Nord',
      'Logistik',
      'Montage',
    ]);
    expect(await page.$$eval('.trail a', (links) => links.map((a) => a.textContent))).toEqual(['Muster GmbH']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/results-team-en.png`, fullPage: true });
    await context.close();
  });
});

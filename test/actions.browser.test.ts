import { mkdirSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../src/auth/testing';
import { invitations, teams, waves } from '../src/db/schema';
import { linkToken } from '../src/lib/keys';
import { seedDemo } from '../src/demo/seed';
import { formatQuarter, quarterOf } from '../src/lib/quarter';
import { launchBrowser, seriousViolations, serveApp } from './support/browser';
import { testDeps } from './support/deps';

const SHOTS = 'screenshots';

const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/**
 * The demo as a leader or admin sees it: Montage logged an AI buddy system and AI office hours before the fifth wave,
 * the company set milestones per role. In Chromium, at desktop and phone width, in German and English.
 */
describe('actions and milestones in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveApp>>;
  let env: Awaited<ReturnType<typeof testDeps>>;
  let cookie: { name: string; value: string; url: string };
  let montage: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    env = await testDeps();
    await seedDemo(env.deps, { history: 7, now: env.clock.now() });
    const admin = await signedIn(env.deps, { role: 'admin' });
    server = await serveApp(env.app);
    const [name, value] = admin.cookie.split('=');
    cookie = { name, value, url: server.url };
    [{ id: montage }] = await env.deps.db.select({ id: teams.id }).from(teams).where(eq(teams.path, 'Werk Nord/Montage'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (size: (typeof SIZES)[number], path: string, locale = 'de-DE') => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, isMobile: size.width < 500, locale });
    await context.addCookies([cookie]);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    return { page, context };
  };

  for (const size of SIZES) {
    it(`marks Montage's actions on its charts and shows their effect at ${size.width} px`, async () => {
      const { page, context } = await open(size, `/results?team=${montage}`);
      expect(await page.textContent('h1')).toBe('Ergebnisse: Montage');

      // The fear chart: seven published waves, the two actions between the fourth and fifth, and the fear milestone.
      const fear = page.locator('.trend').nth(1).locator('svg.chart');
      const dots = await fear.locator('circle.dot').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cx'))));
      expect(dots).toHaveLength(7);
      const marks = await fear.locator('.action-mark').evaluateAll((els) => els.map((e) => ({ x: Number(e.querySelector('line')!.getAttribute('x1')), n: e.querySelector('text')!.textContent })));
      expect(marks.map((m) => m.n).sort()).toEqual(['1', '2']);
      for (const m of marks) {
        expect(m.x).toBeGreaterThan(dots[3]);
        expect(m.x).toBeLessThan(dots[4]);
      }
      expect(await fear.locator('.target-line').count()).toBe(1);
      expect(await fear.getAttribute('aria-label')).toMatch(/Senkrechte Linien markieren den Beginn von 2 Maßnahmen\. Die gestrichelte waagerechte Linie ist das Ziel: Ziel ≤ 45 bis 31\.03\.2027\.$/);
      // The marks are drawn, visibly: an amber dashed line of real height.
      const line = fear.locator('.action-mark line').first();
      expect(await line.evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
      expect((await line.boundingBox())!.height).toBeGreaterThan(size.width < 500 ? 100 : 150);
      expect(await page.locator('.trend').nth(1).locator('.action-key').textContent()).toContain('KI-Buddy-System');

      // The list: the buddy system's effect on fear and trust, each with its interval and verdict.
      const buddy = page.locator('article.action:has(h3:has-text("KI-Buddy-System"))');
      const rows = await buddy.locator('table.effects tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ measure: tr.querySelector('th')!.textContent!.trim(), effect: tr.querySelectorAll('td')[0].textContent!.trim(), verdict: tr.querySelector('td.verdict')!.textContent! })),
      );
      expect(rows.map((r) => r.measure)).toEqual(['Sorgen ↓', 'Vertrauen ↑', 'Sorge, zurückzufallen ↓', 'Wissen ↑']);
      expect(rows[0].effect).toMatch(/^−\d+ \(−\d+ bis −\d+\)$/);
      expect(rows[0].verdict).toMatch(/^verbessert, über die Unsicherheit hinaus/);
      expect(rows[1].effect).toMatch(/^\+\d+ \(\+\d+ bis \+\d+\)$/);
      expect(rows[1].verdict).toMatch(/^verbessert, über die Unsicherheit hinaus/);
      expect(rows[0].verdict).toContain('Gleichzeitig zielte auch „KI-Sprechstunde“ auf diese Kennzahl');

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/actions-montage-${size.name}.png`, fullPage: true });

      await page.click('a.lang-switch');
      expect(await page.textContent('h1')).toBe('Results: Montage');
      expect(await page.locator('article.action:has(h3:has-text("AI buddy system"))').locator('td.verdict').first().textContent()).toMatch(/^improved beyond its uncertainty/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/actions-montage-${size.name}-en.png`, fullPage: true });
      await context.close();
    });

    it(`draws the company's milestones with their targets at ${size.width} px`, async () => {
      const { page, context } = await open(size, '/results');
      const milestones = page.locator('figure.milestone');
      expect(await milestones.count()).toBe(2);
      const captions = await milestones.locator('figcaption strong').allTextContents();
      expect(captions).toEqual(['Power-User: Reifegrad: Tool-Kenntnisse mindestens Stufe 2 bis 30.06.2027', 'Muster GmbH: Nutzungsquote (wöchentlich oder täglich) mindestens 60 % bis 30.06.2027']);
      for (let i = 0; i < 2; i++) {
        const chart = milestones.nth(i).locator('svg.chart');
        expect(await chart.locator('.target-line').count()).toBe(1);
        expect(await chart.locator('.target-flag').count()).toBe(1);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('section.actions-panel').screenshot({ path: `${SHOTS}/actions-company-${size.name}.png` });
      await context.close();
    });

    it(`lets a leader log an action on a phone-sized and a desktop page (${size.width} px)`, async () => {
      for (const lang of ['de', 'en'] as const) {
        const { page, context } = await open(size, `/actions?team=${montage}&lang=${lang}`, lang === 'de' ? 'de-DE' : 'en-GB');
        expect(await page.textContent('h1')).toBe(lang === 'de' ? 'Maßnahmen: Montage' : 'Actions: Montage');
        expect(await page.locator('table.data tbody tr').count()).toBe(2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/actions-list-${size.name}-${lang}.png`, fullPage: true });
        await context.close();
      }
    });

    it(`tells a Montage person on the survey page what was done (${size.width} px)`, async () => {
      // A Montage person of the running wave who has not answered yet (the demo answers for a third of them). Montage
      // reads on paper: the link is the one its letters carry as a QR code.
      let link = '';
      const invited = await env.deps.db
        .select({ id: invitations.id })
        .from(invitations)
        .innerJoin(waves, eq(waves.id, invitations.waveId))
        .where(and(eq(invitations.teamId, montage), eq(waves.status, 'open')));
      for (const { id } of invited) {
        link = `/s/${linkToken(env.deps.keys, 'survey', id)}`;
        if ((await env.app.request(link)).status === 200) break;
      }
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, isMobile: size.width < 500 });
      const page = await context.newPage();
      await page.goto(`${server.url}${link}?lang=de`);
      const news = page.locator('section.news');
      expect(await news.locator('h2').textContent()).toBe('Sie haben gesagt, wir haben gehandelt');
      expect(await news.locator('li').allTextContents()).toEqual([
        expect.stringMatching(/^Montage: KI-Sprechstunde \(seit .+\); KI-Buddy-System \(seit .+\)$/),
        expect.stringMatching(/^Im ganzen Unternehmen: Klare Regeln für Werkzeuge und Daten \(seit .+\)$/),
      ]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/survey-news-${size.name}.png` });
      await context.close();
    });
  }

  it('puts actions, effects and milestones into the quarterly report', async () => {
    const quarter = formatQuarter(quarterOf(env.clock.now()));
    const { page, context } = await open(SIZES[0], `/admin/retrospectives/${quarter}`);
    const section = page.locator('[data-section="actions"]');
    expect(await section.locator('h2').textContent()).toBe('Maßnahmen, Wirkung und Meilensteine');
    expect(await section.locator('.report-action h4').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^KI-Buddy-System · Montage · seit /), expect.stringMatching(/^KI-Sprechstunde · Montage · seit /)]),
    );
    expect(await section.locator('table.milestones-table tbody tr').count()).toBe(3);
    expect(await section.locator('svg.chart .target-line').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await section.screenshot({ path: `${SHOTS}/report-actions.png` });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${SHOTS}/report.pdf`, format: 'A4' });
    await context.close();
  });
});

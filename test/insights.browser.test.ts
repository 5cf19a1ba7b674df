import { mkdirSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type TestSession } from '../src/auth/testing';
import { actions, teams, waves } from '../src/db/schema';
import { DEMO_HR, DEMO_LEADER, seedDemo } from '../src/demo/seed';
import { deliverDue } from '../src/mail/delivery';
import { closeWave } from '../src/results/close.service';
import { launchBrowser, seriousViolations, serveApp } from './support/browser';
import { testDeps } from './support/deps';

const SHOTS = 'screenshots/insights';
const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Issue 17 in the demo, as its people see it: the admin's home names Montage's rising fear (the camera inspection was
 * announced in the last closed wave), Montage's leader sees it first and logs a fitting action from it, the guide
 * prints on one page, and closing the running wave sends the leader a digest.
 */
describe('insights in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveApp>>;
  let env: Awaited<ReturnType<typeof testDeps>>;
  let admin: TestSession;
  let leader: TestSession;
  let montage: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    env = await testDeps();
    await seedDemo(env.deps, { history: 7, now: env.clock.now() });
    [{ id: montage }] = await env.deps.db.select({ id: teams.id }).from(teams).where(eq(teams.path, 'Werk Nord/Montage'));
    admin = await signedIn(env.deps, { role: 'admin' });
    leader = await signedIn(env.deps, { role: 'leader', teamId: montage });
    server = await serveApp(env.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (who: TestSession, size: (typeof SIZES)[number], path: string) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, isMobile: size.width < 500 });
    const [name, value] = who.cookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    return { page, context };
  };

  for (const size of SIZES) {
    for (const lang of ['de', 'en'] as const) {
      it(`shows the admin the running wave, and Montage's rising fear first among the teams (${lang}, ${size.width} px)`, async () => {
        const { page, context } = await open(admin, size, `/admin?lang=${lang}`);
        const home = page.locator('section.home-status');
        expect(await home.locator('h2').allTextContents()).toEqual(
          lang === 'de' ? ['Laufende Welle (ganzes Unternehmen)', 'Nächste Welle'] : ['Running wave (whole company)', 'Next wave'],
        );
        // The demo answered for 35 % of the running wave: more than k, so the rate shows.
        expect(await home.locator('.big').textContent()).toMatch(lang === 'de' ? /^Rücklauf bisher \d+\s%/ : /^Response rate so far \d+%/);
        const first = page.locator('section.findings article.finding').first();
        expect(await first.locator('h4').textContent()).toBe(
          lang === 'de' ? 'Warnsignal: Sorgen steigen, Regeln werden unklarer' : 'Warning sign: worries rise as rules grow unclear',
        );
        expect(await first.locator('p').first().textContent()).toMatch(
          lang === 'de' ? /^In Montage steigen seit „Puls KW \d+\/\d+“ die Sorgen \(\+\d+ Punkte/ : /^In Montage, worries have risen since “Puls KW \d+\/\d+” \(\+\d+ points/,
        );
        for (const box of [await home.boundingBox(), await page.locator('section.findings').boundingBox()]) expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/admin-home-${lang}-${size.name}.png`, fullPage: true });
        await context.close();
      });

      it(`shows Montage's leader the findings before the charts (${lang}, ${size.width} px)`, async () => {
        const { page, context } = await open(leader, size, `/results?lang=${lang}`);
        expect((await page.locator('main h2').allTextContents())[0]).toBe(lang === 'de' ? 'Was sich zeigt' : 'What stands out');
        const cards = page.locator('section.findings > article.finding');
        expect(await cards.count()).toBe(3);
        expect(await cards.locator('h3').allTextContents()).toEqual(
          lang === 'de'
            ? ['Warnsignal: Sorgen steigen, Regeln werden unklarer', 'Warnsignal: hoher Druck ohne Anleitung', 'Sorge um den Arbeitsplatz: gestiegen']
            : ['Warning sign: worries rise as rules grow unclear', 'Warning sign: high pressure without guidance', 'Fear for one’s job: up'],
        );
        expect(await page.locator('details.more-findings summary').textContent()).toMatch(lang === 'de' ? /^\d+ weitere Befunde$/ : /^\d+ more findings$/);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/leader-home-${lang}-${size.name}.png`, fullPage: false });
        await context.close();
      });
    }
  }

  it('lets the leader log the suggested action from a finding, filled in', async () => {
    const { page, context } = await open(leader, SIZES[0], '/results?lang=de');
    await page.locator('section.findings article.finding').first().getByRole('link', { name: 'Maßnahme eintragen' }).click();
    await page.waitForURL(/\/actions\?/);
    expect(await page.locator('#a-kind').inputValue()).toBe('monthly-update');
    expect(await page.locator('#a-team').inputValue()).toBe(montage);
    expect(await page.locator('input[name="targets"]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
      'trust.rules',
      'trust.transparency',
      'fear',
      'fear.job',
    ]);
    await page.click('form.action-form button[type=submit]');
    await page.waitForURL(/\/actions\/[\w-]+(\?|$)/);
    const [logged] = await env.deps.db.select().from(actions).where(and(eq(actions.teamId, montage), eq(actions.kind, 'monthly-update')));
    expect(JSON.parse(logged.targets)).toEqual(['trust.rules', 'trust.transparency', 'fear', 'fear.job']);
    await context.close();
  });

  it('prints each finding’s conversation guide on one A4 page, in German and English', async () => {
    const latest = (await env.deps.db.select({ id: waves.id, closedAt: waves.closedAt }).from(waves).where(eq(waves.status, 'closed'))).sort((a, b) => b.closedAt! - a.closedAt!)[0];
    for (const lang of ['de', 'en'] as const) {
      const { page, context } = await open(leader, SIZES[0], `/insights/guide?wave=${latest.id}&team=${montage}&rank=0&lang=${lang}`);
      expect(await page.locator('ol.questions li').count()).toBe(3);
      const pdf = await page.pdf({ format: 'A4', path: `${SHOTS}/guide-${lang}.pdf` });
      expect(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]).toBe('1');
      await context.close();
    }
  });

  it('sends Montage’s leader and the HR admin a digest when the running wave closes', async () => {
    const [running] = await env.deps.db.select().from(waves).where(eq(waves.status, 'open'));
    env.clock.set(running.closesAt + 60_000);
    await closeWave(env.deps, running.id);
    await deliverDue(env.deps);
    // The signed-in sessions of this test are users too, and get their digests; the demo's own are these two.
    const digests = env.outbox.entries.filter((m) => m.subject.includes(running.title) && [DEMO_HR, DEMO_LEADER].includes(m.to));
    expect(digests.map((m) => [m.to, m.subject]).sort()).toEqual([
      [DEMO_HR, `Puls: Ergebnisse der Welle „${running.title}“ für das Unternehmen`],
      [DEMO_LEADER, `Puls: Ergebnisse der Welle „${running.title}“ für Montage`],
    ]);
    const forLeader = digests.find((m) => m.to === DEMO_LEADER)!;
    expect(forLeader.text).toMatch(/^Die \d wichtigsten Befunde:$/m);
    expect(forLeader.text).toContain('In Montage');
    expect(forLeader.text).toContain('http://puls.test/login?next=%2Fresults&lang=de');
  });
});

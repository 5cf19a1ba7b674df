import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousViolations, serveApp } from '../../test/support/browser';
import { testDeps } from '../../test/support/deps';
import { sealedAnswers } from '../db/schema';
import { insertWave, invite } from './testing';

describe('the survey on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('can be answered with taps alone, has no serious axe findings, and fits 390 px', async () => {
    const { app, deps } = await testDeps();
    const wave = await insertWave(deps);
    const inv = await invite(deps, wave.id, { language: 'de' });
    const server = await serveApp(app);
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      await page.goto(`${server.url}/s/${inv.token}`);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await seriousViolations(page)).toEqual([]);
      // Nothing wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Every option box is a comfortable touch target.
      const boxes = await page.$$eval('.scale-option, .choice-option', (els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
      );
      expect(Math.min(...boxes)).toBeGreaterThanOrEqual(44);

      // The language switch keeps a working form.
      await page.click('.lang-list a[hreflang="en"]');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await seriousViolations(page)).toEqual([]);

      for (const name of await page.$$eval('fieldset.item', (els) => els.map((e) => e.id.slice(2)))) {
        const value = name === 'gap.use' ? 'weekly' : '4';
        await page.locator(`input[name="${name}"][value="${value}"]`).tap();
      }
      await page.fill('textarea', 'More examples from our own work, please.');
      await page.click('button[type=submit]');
      await expect.poll(() => page.textContent('h1')).toBe('Thank you!');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await deps.db.select().from(sealedAnswers)).toHaveLength(1);
      await page.screenshot({ path: '/tmp/survey-thanks.png' });
    } finally {
      await server.close();
    }
  });
});

import { mkdirSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../src/auth/testing';
import { formatCode, letterCode } from '../src/codes/codes';
import { sealedAnswers } from '../src/db/schema';
import { paperCompany } from '../src/letters/testing';
import { linkToken } from '../src/lib/keys';
import { launchBrowser, seriousViolations, serveApp } from './support/browser';
import { adminHeaders } from './support/deps';

/**
 * The paper channel as people meet it: a survey answered in Turkish through a letter's QR link and in Ukrainian
 * through its typed code, on a phone; the letters printed to A4, one page each, their QR codes read back from the
 * printed pixels.
 */
const SHOTS = 'screenshots/paper';

async function answerAll(page: Page) {
  for (const name of await page.$$eval('fieldset.item', (els) => els.map((e) => e.id.slice(2)))) {
    const value = name === 'gap.use' ? 'tried' : '3';
    await page.locator(`input[name="${name}"][value="${value}"]`).tap();
  }
}

/** The QR code in an element's screenshot, as a scanner reads it. */
async function scan(page: Page, selector: string, index: number): Promise<string | null> {
  const png = PNG.sync.read(await page.locator(selector).nth(index).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

describe('paper, in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers a survey in Turkish (letter link) and in Ukrainian (typed code) on a phone', async () => {
    const t = await paperCompany();
    const server = await serveApp(t.app);
    try {
      const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
      const turkish = t.paper.find((p) => p.language === 'tr')!;
      const page = await browser.newPage(phone);
      // A step that cannot happen fails by name, well inside the test's own time.
      page.setDefaultTimeout(15_000);
      await page.goto(`${server.url}/s/${linkToken(t.deps.keys, 'survey', turkish.id)}`);
      expect(await page.getAttribute('html', 'lang')).toBe('tr');
      expect(await page.textContent('h1')).toBe('Yapay zekâ nabzınız');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${SHOTS}/survey-tr-390.png`, fullPage: false });
      await answerAll(page);
      await page.fill('textarea', 'Daha fazla eğitim istiyorum.');
      await page.click('button.survey-submit');
      expect(await page.textContent('h1')).toBe('Çok teşekkürler!');

      const ukrainian = t.paper.find((p) => p.language === 'uk')!;
      const code = formatCode(letterCode(t.deps.keys, ukrainian.id));
      const typed = await browser.newPage(phone);
      typed.setDefaultTimeout(15_000);
      await typed.goto(`${server.url}/c`);
      await typed.click('.lang-list a[hreflang="uk"]');
      expect(await typed.textContent('h1')).toBe('Введіть код');
      expect(await seriousViolations(typed)).toEqual([]);
      await typed.screenshot({ path: `${SHOTS}/code-uk-390.png` });
      await typed.fill('#code', code.toLowerCase());
      await typed.click('form.code-form button[type=submit]');
      expect(await typed.getAttribute('html', 'lang')).toBe('uk');
      expect(await typed.textContent('legend >> nth=2')).toBeTruthy();
      expect(typed.url()).toBe(`${server.url}/c`);
      expect(await seriousViolations(typed)).toEqual([]);
      expect(await typed.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await typed.screenshot({ path: `${SHOTS}/survey-uk-390.png` });
      await answerAll(typed);
      await typed.click('button.survey-submit');
      expect(await typed.textContent('h1')).toBe('Щиро дякуємо!');
      // Neither URL ever held the code.
      expect(typed.url()).not.toContain(code);
      expect(await t.deps.db.select().from(sealedAnswers)).toHaveLength(2);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('prints the letters to A4, one page each, and their printed QR codes scan to each person’s link', async () => {
    const t = await paperCompany();
    const admin = await signedIn(t.deps, { role: 'admin' });
    const server = await serveApp(t.app);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
      await context.addCookies([{ name: admin.cookie.split('=')[0], value: admin.cookie.split('=').slice(1).join('='), url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin/waves/${t.wave.id}`);
      await page.screenshot({ path: `${SHOTS}/wave-paper-1280.png`, fullPage: true });
      await page.click('text=Alle Briefe drucken');
      expect(await page.locator('article.letter').count()).toBe(7);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/letters-1280.png`, fullPage: false });
      await page.emulateMedia({ media: 'print' });
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(7);
      const staff = await page.$$eval('article.letter', (els) => els.map((e) => e.getAttribute('data-staff')));
      for (const [i, staffId] of staff.entries()) {
        const invitation = t.paper.find((p) => p.staffId === staffId)!;
        expect(await scan(page, 'svg.qr', i)).toBe(`http://puls.test/s/${linkToken(t.deps.keys, 'survey', invitation.id)}`);
      }
      await page.screenshot({ path: `${SHOTS}/letters-print.png`, fullPage: false });

      // A team-code sheet prints as slips, ten to a page.
      const res = await t.app.request(`/api/v1/waves/${t.wave.id}/team-codes`, {
        method: 'POST',
        headers: adminHeaders({ 'content-type': 'application/json' }),
        body: JSON.stringify({ teamId: t.paper[0].teamId, count: 12 }),
      });
      const { sheet } = (await res.json()) as { sheet: string };
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${server.url}${sheet}`);
      expect(await page.locator('section.slip').count()).toBe(12);
      await page.screenshot({ path: `${SHOTS}/sheet-1280.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      const slips = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      expect(slips.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
      await context.close();
    } finally {
      await server.close();
    }
  }, 60_000);
});

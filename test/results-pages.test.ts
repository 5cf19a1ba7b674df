import type { App } from '../src/app';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../src/auth/testing';
import { teams } from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import type { Viewer } from '../src/lib/context';
import { TrendChart, TrendTable } from '../src/results/charts';
import { fmt, interval, pct } from '../src/results/cells';
import { closedWaves, trend, waveViews, type WaveOutcome } from '../src/results/results.service';
import { runningWave } from '../src/results/running';
import { testDeps } from './support/deps';

/* A few regex helpers over preact's predictable markup: enough to read tables without a DOM library. */
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const text = (s: string) => decode(s.replace(/<[^>]+>/g, '')).replace(/[ \t\r\n]+/g, ' ').trim();
const all = (re: RegExp, s: string) => [...s.matchAll(re)];
const headings = (html: string, level: 1 | 2) => all(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, 'g'), html).map((m) => text(m[1]));
interface Cell {
  tag: string;
  attrs: string;
  text: string;
}
const cells = (row: string): Cell[] => all(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/g, row).map((m) => ({ tag: m[1], attrs: m[2], text: text(m[3]) }));
const bodyRows = (table: string) => all(/<tr>([\s\S]*?)<\/tr>/g, table.slice(table.indexOf('<tbody>'))).map((m) => cells(m[1]));
const tableWith = (html: string, marker: string) => all(/<table[\s\S]*?<\/table>/g, html).map((m) => m[0]).find((t) => t.includes(marker))!;
const attr = (attrs: string, name: string) => decode(new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? '');

const ADMIN: Viewer = { role: 'admin', teamId: null, userId: null, csrf: '' };
/** Every reason a page may give for a suppressed value, at k = 5 (German). */
const REASONS = new Set(
  [
    'weniger als 5 Antworten in diesem Team (sichtbar ab 5)',
    'in dieser Welle ausgeblendet: Im Vergleich mit früheren Wellen ließen sich sonst die Antworten einzelner Personen erkennen, die ins Team gekommen oder gegangen sind. Die Antworten zählen in der übergeordneten Einheit mit.',
    'aus diesem Team war niemand eingeladen',
    'in dieser Welle nicht gezeigt: Die Aufteilung ließe Rückschlüsse auf weniger als 5 Personen zu',
  ].map((r) => `nicht veröffentlicht: ${r}`),
);

describe('the results pages', () => {
  let env: Awaited<ReturnType<typeof testDeps>>;
  let app: App;
  let admin: { cookie: string };
  let team: (path: string) => { id: string; name: string };
  const page = async (url: string, cookie = admin.cookie) => {
    const res = await app.request(url, { headers: { cookie } });
    return { status: res.status, html: await res.text(), res };
  };

  beforeAll(async () => {
    env = await testDeps();
    await seedDemo(env.deps, { history: 7, now: env.clock.now() });
    app = env.app;
    admin = await signedIn(env.deps, { role: 'admin' });
    const rows = await env.deps.db.select().from(teams);
    team = (path) => rows.find((t) => t.path === path)!;
  });

  it('shows an admin the company in German by default, with the stored numbers', async () => {
    const { status, html } = await page('/results');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="de">');
    expect(headings(html, 1)).toEqual(['Ergebnisse: Muster GmbH']);
    expect(headings(html, 2)).toEqual([
      'Was sich zeigt',
      'Laufende Welle (ganzes Unternehmen)',
      'Kennzahlen',
      'Verlauf über alle Wellen',
      'Teams im Vergleich',
      'Rollen',
      'Nutzende und Nicht-Nutzende',
      'Maßnahmen und ihre Wirkung',
      'Meilensteine',
    ]);

    // The trust table holds the stored trend, newest first.
    const company = await trend(env.deps, ADMIN, {});
    expect(company.waves).toHaveLength(7);
    const rows = bodyRows(tableWith(html, 'Vertrauen je Welle'));
    expect(rows).toHaveLength(7);
    const latest = company.waves.at(-1)!;
    const trust = latest.scores!.trust;
    expect(rows[0].map((c) => c.text).slice(0, 4)).toEqual([
      `${latest.title} ${new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date(latest.closedAt))}`,
      fmt('de', trust.value),
      interval('de', trust),
      String(latest.respondents),
    ]);
    expect(trust.value).toBeGreaterThan(40);
    expect(trust.value).toBeLessThan(80);

    // Three trend charts, each an image with a summary of its latest value (the milestones' charts come later).
    const trends = html.slice(html.indexOf('id="trends"'), html.indexOf('id="actions"'));
    const svgs = all(/<svg class="chart"[^>]*>/g, trends).map((m) => m[0]);
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) expect(attr(svg, 'role')).toBe('img');
    expect(attr(svgs[0], 'aria-label')).toContain(`Vertrauen über 7 Wellen. Zuletzt ${fmt('de', trust.value)} (95-%-Intervall ${fmt('de', trust.low)} bis ${fmt('de', trust.high)}) in ${latest.title}.`);

    // Respondents and response rate of the latest wave; the running wave's rate, published once ≥ k answered.
    expect(text(html)).toContain(`Antworten${latest.respondents}Rücklauf${pct('de', latest.responseRate! * 100)} (${latest.respondents} von ${latest.invited})`);
    const running = await runningWave(env.deps);
    expect(running?.published).toBe(true);
    if (running?.published) {
      expect(text(html)).toContain(`Rücklauf bisher ${pct('de', running.responseRate * 100)} (${running.responded} von ${running.invited} Eingeladenen).`);
    }
  });

  it('speaks English with ?lang=en and keeps the team in the language switch', async () => {
    const { html } = await page(`/results?lang=en`);
    expect(html).toContain('<html lang="en">');
    expect(headings(html, 1)).toEqual(['Results: Muster GmbH']);
    expect(headings(html, 2)).toEqual(['What stands out', 'Running wave (whole company)', 'Key figures', 'Trend over all waves', 'Teams side by side', 'Roles', 'Adopters and non-users', 'Actions and their effect', 'Milestones']);
    expect(html).toContain('href="/results?lang=de"');
    const vertrieb = team('Vertrieb');
    const teamPage = await page(`/results?team=${vertrieb.id}&lang=en`);
    expect(headings(teamPage.html, 1)).toEqual(['Results: Vertrieb']);
    expect(teamPage.html).toContain(`href="/results?team=${vertrieb.id}&amp;lang=de"`);
  });

  it('hatches Geschäftsführung (4 people < k) with its reason, never a number', async () => {
    const gf = team('Geschäftsführung');
    const { html } = await page('/results');
    const row = bodyRows(tableWith(html, 'class="data heatmap"')).find((r) => r[0].text === 'Geschäftsführung')!;
    expect(row).toHaveLength(2);
    expect(row[0].attrs).toContain('scope="row"');
    expect(row[0]).toMatchObject({ tag: 'th' });
    expect(row[1]).toMatchObject({ tag: 'td', text: 'nicht veröffentlicht: weniger als 5 Antworten in diesem Team (sichtbar ab 5)' });
    expect(row[1].attrs).toContain('class="suppressed"');
    expect(html).toContain(`<a href="/results?team=${gf.id}">Geschäftsführung</a>`);

    // Its own page: every wave suppressed in every table, no point drawn, a hatched gap per wave and chart.
    const own = await page(`/results?team=${gf.id}`);
    expect(own.status).toBe(200);
    for (const caption of ['Vertrauen je Welle', 'Sorgen je Welle', 'KI-Lücke je Welle']) {
      const rows = bodyRows(tableWith(own.html, caption));
      expect(rows).toHaveLength(7);
      for (const r of rows) expect(r[1]).toMatchObject({ text: 'nicht veröffentlicht: weniger als 5 Antworten in diesem Team (sichtbar ab 5)' });
    }
    expect(own.html).not.toContain('<circle');
    expect(all(/class="gap-stripe"/g, own.html)).toHaveLength(21);
    expect(text(own.html)).toContain('Für dieses Team wurde bisher in keiner Welle etwas veröffentlicht');
  });

  it('puts no number in any suppressed cell, on any team page', async () => {
    let suppressed = 0;
    for (const path of ['', 'Geschäftsführung', 'Vertrieb', 'Vertrieb/Innendienst', 'Marketing', 'Entwicklung', 'Werk Nord', 'Verwaltung', 'Verwaltung/IT']) {
      const { html } = await page(`/results?team=${team(path).id}`);
      for (const m of all(/<(td|span) class="suppressed(?: short)?"([^>]*)>([\s\S]*?)<\/\1>/g, html)) {
        const title = attr(m[2], 'title');
        expect(REASONS).toContain(title);
        expect(text(m[3]).replace(title, '')).not.toMatch(/\d/);
        suppressed++;
      }
    }
    expect(suppressed).toBeGreaterThan(30);
  });

  it('shows the heatmap with the stored values of every team below', async () => {
    const { html } = await page('/results');
    const latest = (await closedWaves(env.deps)).at(-1)!;
    const rows = bodyRows(tableWith(html, 'class="data heatmap"'));
    expect(rows).toHaveLength(16);
    expect(rows.map((r) => r[0].text).slice(0, 4)).toEqual(['Muster GmbH', 'Entwicklung', 'Konstruktion', 'Software']);
    let published = 0;
    const ids = all(/<th scope="row" class="team depth-\d"><a href="\/results\?team=([^"]+)"/g, html).map((m) => m[1]);
    expect(ids).toHaveLength(16);
    const views = await waveViews(env.deps, latest.id, ids.map((teamId) => ({ teamId, role: '' })));
    ids.forEach((id, i) => {
      const view = views.find((v) => v.teamId === id)!;
      if (!view.published) {
        expect(rows[i][1].text).toMatch(/^nicht veröffentlicht: /);
        return;
      }
      published++;
      expect(rows[i].slice(1, 4).map((c) => c.text)).toEqual(['trust', 'fear', 'gap'].map((m) => fmt('de', view.scores![m].value)));
      expect(rows[i][5].text).toBe(String(view.respondents));
      expect(rows[i][1].attrs).toMatch(/class="num heat tone-[1-5]"/);
    });
    expect(published).toBeGreaterThanOrEqual(2);
  });

  it('compares adopters with non-users and the roles for the company, and says why not for a team', async () => {
    const { html } = await page('/results');
    const company = await trend(env.deps, ADMIN, {});
    const section = html.slice(html.indexOf('id="split"'), html.indexOf('class="hint explain"'));
    // The demo's company view is large and mixed enough: the comparison is shown with its group sizes.
    const split = company.waves.filter((w) => w.published).at(-1)!.split!;
    expect(section).toContain(`Nutzende (n = ${fmt('de', split.adopters.trust.n)})`);
    expect(section).toContain(`Nicht-Nutzende (n = ${fmt('de', split.nonusers.trust.n)})`);
    expect(bodyRows(tableWith(html, 'Basis-Nutzer')).map((r) => r[0].text)).toEqual(['Basis-Nutzer', 'Power-User', 'KI-Champion']);
    const own = await page(`/results?team=${team('Werk Nord').id}`);
    const teamSection = own.html.slice(own.html.indexOf('id="split"'), own.html.indexOf('class="hint explain"'));
    expect(text(teamSection)).toContain('gibt es nur für das ganze Unternehmen');
    expect(own.html).not.toContain('id="roles"');
  });

  it('lets a leader see their subtree and nothing else, on the pages and the API', async () => {
    const vertrieb = team('Vertrieb');
    const leader = await signedIn(env.deps, { role: 'leader', teamId: vertrieb.id });
    const home = await page('/results', leader.cookie);
    expect(home.status).toBe(200);
    expect(headings(home.html, 1)).toEqual(['Ergebnisse: Vertrieb']);
    expect(home.html).not.toContain('href="/admin/staff"');
    expect(home.html).not.toContain('Laufende Welle');
    expect(bodyRows(tableWith(home.html, 'class="data heatmap"')).map((r) => r[0].text)).toEqual(['Vertrieb', 'Außendienst', 'Innendienst']);

    const child = await page(`/results?team=${team('Vertrieb/Innendienst').id}`, leader.cookie);
    expect(child.status).toBe(200);
    expect(headings(child.html, 1)).toEqual(['Ergebnisse: Innendienst']);
    expect(child.html).toContain(`<a href="/results?team=${vertrieb.id}">Vertrieb</a>`);
    expect(child.html).not.toContain('Muster GmbH</a>');

    for (const outside of [team('Marketing').id, team('').id]) {
      const denied = await page(`/results?team=${outside}`, leader.cookie);
      expect(denied.status).toBe(403);
      expect(denied.res.headers.get('content-type')).toContain('text/html');
      expect(text(denied.html)).toContain('Dieses Team gehört nicht zu Ihrem Bereich.');
      const api = await app.request(`/api/v1/results?team=${outside}`, { headers: { cookie: leader.cookie } });
      expect(api.status).toBe(403);
      expect(await api.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    const apiChild = await app.request(`/api/v1/results?team=${team('Vertrieb/Innendienst').id}`, { headers: { cookie: leader.cookie } });
    expect(apiChild.status).toBe(200);

    expect((await page('/results?team=no-such-team', leader.cookie)).status).toBe(404);
    expect((await page('/results?team=no-such-team')).status).toBe(404);
  });

  it('sends readers without a session to sign in', async () => {
    const res = await app.request('/results');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fresults');
  });
});

describe('the trend chart and table', () => {
  const wave = (i: number, trust: number | null, change?: 'up' | 'down'): WaveOutcome => ({
    waveId: `w${i}`,
    title: `Puls ${i}`,
    closedAt: new Date(Date.UTC(2026, 0, 1 + 14 * i)).toISOString(),
    k: 5,
    ...(trust === null
      ? { published: false, reason: 'too-few' as const }
      : { published: true, respondents: 12, scores: { trust: { value: trust, low: trust - 5, high: trust + 5, n: 12, ...(change ? { change } : {}) } } }),
  });
  const waves = [wave(0, 50), wave(1, null), wave(2, 52), wave(3, 70, 'up'), wave(4, 55, 'down')];

  it('marks only changes beyond their uncertainty, in words, and shows a suppressed wave as a reason', () => {
    const html = render(h(TrendTable, { lang: 'de', metric: 'trust', waves }));
    const rows = bodyRows(html).map((r) => r.map((c) => c.text));
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['55', '50 bis 60', '12', '▼ deutlich gesunken'],
      ['70', '65 bis 75', '12', '▲ deutlich gestiegen'],
      ['52', '47 bis 57', '12', 'keine deutliche Veränderung'],
      ['nicht veröffentlicht: weniger als 5 Antworten in diesem Team (sichtbar ab 5)'],
      ['50', '45 bis 55', '12', 'keine deutliche Veränderung'],
    ]);
    expect(render(h(TrendTable, { lang: 'en', metric: 'trust', waves }))).toContain('▲ rose clearly');
  });

  it('breaks the line at a suppressed wave and draws it as a hatched gap', () => {
    const svg = render(h(TrendChart, { lang: 'en', metric: 'trust', waves }));
    expect(all(/<polyline/g, svg)).toHaveLength(1); // waves 2–4
    expect(all(/class="whisker"/g, svg)).toHaveLength(1); // wave 0 alone
    expect(all(/class="gap-stripe"/g, svg)).toHaveLength(1);
    expect(all(/<circle/g, svg)).toHaveLength(4);
    expect(all(/class="marker (up|down)"/g, svg).map((m) => m[1])).toEqual(['up', 'down']);
    expect(attr(svg, 'aria-label')).toBe(
      'Trust over 5 waves. Latest 55 (95% interval 50 to 60) in Puls 4. 1 wave is not published. The numbers are in the table below.',
    );
  });
});

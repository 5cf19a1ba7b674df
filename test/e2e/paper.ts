import jsQR from 'jsqr';
import { expect } from 'vitest';
import { answersOf, Client, type Target } from './client';
import { PEOPLE } from './company';

/**
 * Paper on this runtime: a person without email is invited on paper, their letter renders with a QR code (the QR
 * library must run on Workers too), the QR code reads back to a survey link, and the letter's code answers at /c once.
 */
export async function paperFlow(t: Target, api: Client): Promise<void> {
  const header = 'E-Mail;Personalnummer;Name;Abteilung;Rolle;Sprache;Kanal';
  const rows = [...PEOPLE.map((p) => [p[0], '', ...p.slice(1), ''].join(';')), ';M-1;Mehmet Kaya;Werk Nord/Montage;Basis-Nutzer;tr;Papier'];
  const imported = await api.json('/api/v1/staff', { method: 'PUT', type: 'text/csv', body: [header, ...rows].join('\r\n') });
  expect(imported).toEqual({ created: 1, updated: 0, deactivated: 0, total: 13 });

  const closesAt = new Date(Date.now() + 86_400_000).toISOString();
  const wave = await api.json<{ id: string; invited: number }>('/api/v1/waves', { method: 'POST', type: 'application/json', body: JSON.stringify({ closesAt, title: 'E2E Papier' }) }, 201);
  expect(wave.invited).toBe(13);
  const list = await api.json(`/api/v1/waves/${wave.id}/letters`);
  expect(list).toMatchObject({ count: 1, letters: [{ name: 'Mehmet Kaya', employeeId: 'M-1', language: 'tr', team: 'Werk Nord/Montage' }] });

  const page = await (await api.request(`/admin/waves/${wave.id}/letters`)).text();
  expect(page).toContain('<article class="letter" lang="tr"');
  const code = /<p class="code" data-testid="code">([^<]+)<\/p>/.exec(page)![1];
  const link = decodeSvg(/<svg class="qr"[\s\S]*?<\/svg>/.exec(page)![0]);
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  const token = link!.split('/s/')[1];

  const form = (path: string, fields: Record<string, string | number>) =>
    fetch(t.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: t.url },
      body: new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])),
    });
  const survey = await form('/c', { code });
  expect(survey.status).toBe(200);
  expect(await survey.text()).toContain('<html lang="tr">');
  const answers = answersOf(await api.questions(token), 1);
  const thanks = await form('/c/answers', { code, ...answers });
  expect(thanks.status).toBe(200);
  expect(await thanks.text()).toContain('Çok teşekkürler!');
  expect((await form('/c/answers', { code, ...answers })).status).toBe(409);
  // The letter's QR link shares the code's invitation: it is used too.
  expect((await api.request(`/api/v1/survey/${token}`, { token: null })).status).toBe(409);

  const sheet = await api.json(`/api/v1/waves/${wave.id}/team-codes`, { method: 'POST', type: 'application/json', body: JSON.stringify({ teamId: list.letters[0].teamId, count: 3 }) }, 201);
  expect(sheet).toMatchObject({ count: 3 });
  expect(await api.json(`/api/v1/waves/${wave.id}/close`, { method: 'POST' })).toMatchObject({ status: 'closed', invited: 13 });
}

/** Reads the letter's QR code back from its SVG path, rendered to pixels as a scanner would see them. */
function decodeSvg(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const scale = 4;
  const px = size * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const [, x, y, run] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(run) * scale; dx++) data.fill(0, ((Number(y) * scale + dy) * px + Number(x) * scale + dx) * 4, ((Number(y) * scale + dy) * px + Number(x) * scale + dx) * 4 + 3);
    }
  }
  return jsQR(data, px, px)?.data ?? null;
}

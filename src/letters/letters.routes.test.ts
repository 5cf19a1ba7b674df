import { count, eq } from 'drizzle-orm';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { adminHeaders } from '../../test/support/deps';
import { signedIn } from '../auth/testing';
import { formatCode, letterCode } from '../codes/codes';
import { auditLog, invitations, messages, teams } from '../db/schema';
import { linkToken } from '../lib/keys';
import { closeWave } from '../results/close.service';
import { sendDueReminders } from '../schedule/reminders';
import { changeSettings } from '../settings/settings.service';
import { SYSTEM } from '../audit/chain';
import { openInvitation, submitTo } from '../survey/survey.service';
import { answersFor } from '../survey/testing';
import { qrMatrix } from './qr';
import { paperCompany } from './testing';

const DAY = 86_400_000;

/** Renders a module matrix as the RGBA image a scanner sees (4 px per module) and decodes it with jsQR. */
function decode(matrix: boolean[][]): string | null {
  const scale = 4;
  const size = matrix.length * scale;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const v = matrix[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255;
      data.set([v, v, v, 255], (y * size + x) * 4);
    }
  }
  return jsQR(data, size, size)?.data ?? null;
}

/** The QR code of a rendered letter, read back from its SVG path (as drawn, not from the encoder). */
function matrixOfSvg(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const matrix = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const [, x, y, run] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) matrix[Number(y)][Number(x) + i] = true;
  }
  return matrix;
}

describe('the print channel', () => {
  it('invites people on paper without mail: an invitation with a code hash, no message, no reminder mail', async () => {
    const { deps, wave, paper, clock } = await paperCompany();
    expect(paper).toHaveLength(7);
    expect(wave.invited).toBe(13);
    const queued = await deps.db.select({ recipient: messages.recipient }).from(messages).where(eq(messages.waveId, wave.id));
    expect(queued).toHaveLength(6);
    expect(queued.every((m) => m.recipient.startsWith('buero'))).toBe(true);
    await deps.db.update(messages).set({ status: 'sent' });
    clock.set(wave.openedAt + DAY);
    await deps.db.update(invitations).set({ remindersSent: 0 });
    await deps.db.run(`update waves set reminders = '[3600000]' where id = '${wave.id}'`);
    expect(await sendDueReminders(deps, clock.now())).toBe(6);
    const reminders = await deps.db.select({ n: count() }).from(messages).where(eq(messages.kind, 'reminder'));
    expect(reminders[0].n).toBe(6);
  });

  it('prints one letter per person in their language, whose QR code decodes to their link and whose code is theirs', async () => {
    const { app, deps, wave, paper } = await paperCompany();
    const admin = await signedIn(deps, { role: 'admin' });
    const res = await app.request(`/admin/waves/${wave.id}/letters`, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    const page = await res.text();
    const letters = [...page.matchAll(/<article class="letter" lang="(\w+)" data-staff="([^"]+)">([\s\S]*?)<\/article>/g)];
    expect(letters).toHaveLength(7);
    for (const [, lang, staffId, body] of letters) {
      const invitation = paper.find((p) => p.staffId === staffId)!;
      expect(lang).toBe(invitation.language);
      const link = `http://puls.test/s/${linkToken(deps.keys, 'survey', invitation.id)}`;
      const svg = /<svg class="qr"[\s\S]*?<\/svg>/.exec(body)![0];
      expect(decode(matrixOfSvg(svg))).toBe(link);
      expect(body).toContain(`<p class="code" data-testid="code">${formatCode(letterCode(deps.keys, invitation.id))}</p>`);
      expect(body).toContain('puls.test/c');
      expect(body).toContain(invitation.name);
    }
    // Turkish and Ukrainian letters speak their language.
    expect(page).toContain('Görüşünüz önemli');
    expect(page).toContain('Ваша думка важлива');
    const [entry] = await deps.db.select().from(auditLog).where(eq(auditLog.action, 'letters.printed'));
    expect(JSON.parse(entry.details)).toEqual({ reminder: false, team: null });
    for (const l of letters) expect(entry.details).not.toContain(l[2]);
  });

  it('decodes every QR code the encoder makes back to its text (long links, every staff language path)', () => {
    for (const text of ['http://puls.test/s/abc', `https://puls.muster-maschinenbau.de/s/${'x'.repeat(43)}`]) expect(decode(qrMatrix(text))).toBe(text);
  });

  it('prints a team’s letters, and reminder letters for everyone by default, only for the unanswered when targeted', async () => {
    const { app, deps, wave, paper } = await paperCompany({ office: 6, hall: 6 });
    const admin = await signedIn(deps, { role: 'admin' });
    const [hall] = await deps.db.select().from(teams).where(eq(teams.path, 'Werk/Montage'));
    const [office] = await deps.db.select().from(teams).where(eq(teams.path, 'Verwaltung'));
    const list = async (query: string) =>
      (await (await app.request(`/api/v1/waves/${wave.id}/letters${query}`, { headers: adminHeaders() })).json()) as { count: number; letters: { name: string }[] };
    expect((await list(`?team=${hall.id}`)).count).toBe(6);
    expect((await list(`?team=${office.id}`)).count).toBe(0);
    // A team's subtree: the plant holds the hall, the root everyone on paper.
    const [plant] = await deps.db.select().from(teams).where(eq(teams.path, 'Werk'));
    const [root] = await deps.db.select().from(teams).where(eq(teams.path, ''));
    expect((await list(`?team=${plant.id}`)).count).toBe(6);
    expect((await list(`?team=${root.id}`)).count).toBe(6);

    // The one who answers reads German, so the Turkish letter is among the reminders (invitation order is random).
    const answered = paper.find((p) => p.language === 'de')!;
    const open = await openInvitation(deps, linkToken(deps.keys, 'survey', answered.id));
    await submitTo(deps, open, answersFor(open.questions));
    expect((await list('?reminder=1')).count).toBe(6);
    await changeSettings(deps, SYSTEM, { remindEveryone: false });
    const targeted = await list('?reminder=1');
    expect(targeted.count).toBe(5);
    expect(targeted.letters.map((l) => l.name)).not.toContain(answered.name);
    const page = await (await app.request(`/admin/waves/${wave.id}/letters?reminder=1`, { headers: { cookie: admin.cookie } })).text();
    expect(page.match(/<article class="letter"/g)).toHaveLength(5);
    expect(page).toContain('Hatırlatma');
  });
});

describe('GET /api/v1/waves/:id/letters', () => {
  it('lists who gets a letter, never a code or a link', async () => {
    const { app, deps, wave, paper } = await paperCompany();
    const res = await app.request(`/api/v1/waves/${wave.id}/letters`, { headers: adminHeaders() });
    expect(res.status).toBe(200);
    const body = await res.text();
    const json = JSON.parse(body);
    expect(json).toMatchObject({ waveId: wave.id, reminder: false, count: 7 });
    expect(Object.keys(json.letters[0]).sort()).toEqual(['employeeId', 'language', 'name', 'staffId', 'team', 'teamId']);
    expect(json.letters.map((l: { team: string }) => l.team)).toEqual(Array(7).fill('Werk/Montage'));
    for (const p of paper) {
      expect(body).not.toContain(letterCode(deps.keys, p.id));
      expect(body).not.toContain(linkToken(deps.keys, 'survey', p.id));
      expect(body).not.toContain(p.id);
    }
  });

  it('answers 400 for a bad query, 404 for an unknown wave or team, 409 once the wave closed', async () => {
    const { app, deps, wave } = await paperCompany();
    const get = (path: string) => app.request(path, { headers: adminHeaders() });
    const bad = await get(`/api/v1/waves/${wave.id}/letters?reminder=yes`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_REQUEST', details: [{ path: 'reminder' }] } });
    expect((await get('/api/v1/waves/nope/letters')).status).toBe(404);
    const team = await get(`/api/v1/waves/${wave.id}/letters?team=nope`);
    expect(team.status).toBe(404);
    expect(await team.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: 'team not found' } });
    await closeWave(deps, wave.id);
    const closed = await get(`/api/v1/waves/${wave.id}/letters`);
    expect(closed.status).toBe(409);
    expect(await closed.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('is for admins only: 401 without credentials, 403 for a leader and the works council, pages redirect to sign-in', async () => {
    const { app, deps, wave } = await paperCompany();
    expect((await app.request(`/api/v1/waves/${wave.id}/letters`)).status).toBe(401);
    for (const role of ['leader', 'council'] as const) {
      const who = await signedIn(deps, { role });
      expect((await app.request(`/api/v1/waves/${wave.id}/letters`, { headers: { cookie: who.cookie } })).status).toBe(403);
      expect((await app.request(`/admin/waves/${wave.id}/letters`, { headers: { cookie: who.cookie } })).status).toBe(403);
    }
    const page = await app.request(`/admin/waves/${wave.id}/letters`);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/login\?next=/);
  });
});

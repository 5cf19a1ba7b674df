import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/deps';
import { invitations, staff } from '../db/schema';
import { linkToken } from '../lib/keys';
import { deliverDue } from '../mail/delivery';
import { importStaff } from '../staff/staff.service';
import { openWave } from '../waves/waves.service';
import { createAction } from './actions.service';
import { buildDigest, newsFor } from './news';
import { waveDigest } from './news.service';
import { insertActionTree, insertClosedWave, insertView, sums } from './testing';

const ADMIN = { role: 'admin' as const, teamId: null, userId: null, csrf: '' };
const DAY = 86_400_000;

const CSV = [
  'email,name,team,role,language',
  'anna@muster.de,Anna Weiß,Werk Nord/Montage,basic,de',
  'ben@muster.de,Ben Krause,Werk Süd/Lager,basic,de',
  'cem@muster.de,Cem Aydın,Werk Nord/Montage,power,en',
].join('\n');

/**
 * The small org with staff in Montage and Lager, a closed wave in which Montage's view was published and Lager's
 * was not, and actions of Montage, Lager and the company logged since.
 */
async function company(options: { closedWave: boolean }) {
  const s = await testDeps();
  await insertActionTree(s.deps);
  await importStaff(s.deps, CSV);
  if (options.closedWave) {
    await insertClosedWave(s.deps, 'w1', '2026-10-20');
    await insertView(s.deps, 'w1', 'montage', { trust: sums(9, 50) });
    await insertView(s.deps, 'w1', 'lager', null);
    await insertView(s.deps, 'w1', 'root', { trust: sums(30, 50) });
  }
  await createAction(s.deps, ADMIN, { teamId: 'montage', kind: 'buddy', startsOn: '2026-10-28' });
  await createAction(s.deps, ADMIN, { teamId: 'montage', title: 'KI-Stammtisch', startsOn: '2026-09-01', endsOn: '2026-10-01', targets: ['trust'] });
  await createAction(s.deps, ADMIN, { teamId: 'lager', kind: 'office-hours', startsOn: '2026-10-29' });
  await createAction(s.deps, ADMIN, { teamId: 'root', kind: 'rules', startsOn: '2026-10-30' });
  return s;
}

async function invitationMails(s: Awaited<ReturnType<typeof testDeps>>) {
  const wave = await openWave(s.deps, { closesAt: s.clock.now() + 4 * DAY, title: 'Puls KW 45' });
  await deliverDue(s.deps, { maxBatches: 10 });
  return { wave, mailTo: (email: string) => s.outbox.entries.find((m) => m.to === email)!.text };
}

describe('"you said, we did" in the invitation mail', () => {
  it('tells a team’s actions where its results were published, the company’s always, and nothing that ended before the last wave', async () => {
    const s = await company({ closedWave: true });
    const { mailTo } = await invitationMails(s);
    expect(mailTo('anna@muster.de')).toContain(
      [
        'Sie haben gesagt, wir haben gehandelt. Was seit der letzten Befragung läuft:',
        'Montage: KI-Buddy-System (seit 28.10.2026).',
        'Im ganzen Unternehmen: Klare Regeln für Werkzeuge und Daten (seit 30.10.2026).',
        'Ihre Antworten sind anonym',
      ].join('\n\n'),
    );
    // Lager's view of the last wave was suppressed: its office hours are not told, the company's rules are.
    const ben = mailTo('ben@muster.de');
    expect(ben).toContain('Sie haben gesagt, wir haben gehandelt. Was seit der letzten Befragung läuft:\n\nIm ganzen Unternehmen: Klare Regeln');
    expect(ben).not.toContain('Sprechstunde');
    expect(ben).not.toContain('Lager');
    expect(mailTo('cem@muster.de')).toContain('Montage: AI buddy system (since 28 Oct 2026).\n\nAcross the company: Clear rules for tools and data (since 30 Oct 2026).');
  });

  it('tells only the company’s actions before any wave has closed (no team’s results are published yet)', async () => {
    const s = await company({ closedWave: false });
    const { mailTo } = await invitationMails(s);
    for (const email of ['anna@muster.de', 'ben@muster.de']) {
      const text = mailTo(email);
      expect(text).toContain('Im ganzen Unternehmen: Klare Regeln für Werkzeuge und Daten (seit 30.10.2026).');
      expect(text).not.toContain('Buddy');
      expect(text).not.toContain('Sprechstunde');
    }
    // Without any action there is no such paragraph at all.
    const bare = await testDeps();
    await insertActionTree(bare.deps);
    await importStaff(bare.deps, CSV);
    const { mailTo: bareMail } = await invitationMails(bare);
    expect(bareMail('anna@muster.de')).not.toContain('gehandelt');
  });

  it('is fixed per wave, so a retried batch and the survey page say what the first mail said', async () => {
    const s = await company({ closedWave: true });
    const { wave, mailTo } = await invitationMails(s);
    const before = await waveDigest(s.deps, wave.id);
    await createAction(s.deps, ADMIN, { teamId: 'montage', kind: 'promptathon', startsOn: '2026-11-01' });
    expect(await waveDigest(s.deps, wave.id)).toEqual(before);

    const [anna] = await s.deps.db
      .select({ id: invitations.id })
      .from(invitations)
      .innerJoin(staff, eq(staff.id, invitations.staffId))
      .where(eq(staff.email, 'anna@muster.de'));
    const page = await (await s.app.request(`/s/${linkToken(s.deps.keys, 'survey', anna.id)}`)).text();
    expect(page).toContain('<h2 id="news">Sie haben gesagt, wir haben gehandelt</h2>');
    expect(page).toContain('<strong>Montage:</strong> KI-Buddy-System (seit 28.10.2026)');
    expect(page).not.toContain('Promptathon');
    expect(mailTo('anna@muster.de')).not.toContain('Promptathon');
  });
});

describe('the digest (pure)', () => {
  const teams = [
    { id: 'root', name: 'Muster GmbH', path: '' },
    { id: 'nord', name: 'Werk Nord', path: 'Werk Nord' },
    { id: 'montage', name: 'Montage', path: 'Werk Nord/Montage' },
  ];
  const action = (teamId: string, startsOn: string, kind = 'buddy', endsOn: string | null = null) => ({ teamId, kind, version: '2026.1', title: null, startsOn, endsOn, createdAt: 0 });

  it('lists the person’s team and the teams above it (published only), nearest first, three actions each and a count', () => {
    const digest = buildDigest({
      rootId: 'root',
      companyName: 'Muster GmbH',
      teams,
      actions: [action('nord', '2026-10-01', 'rules'), ...['01', '02', '03', '04', '05'].map((d) => action('montage', `2026-10-${d}`)), action('montage', '2026-12-01')],
      published: new Set(['nord', 'montage']),
      since: '2026-09-01',
      until: '2026-11-01',
    });
    const news = newsFor(digest, 'Werk Nord/Montage/Linie 2');
    expect(news.teams.map((t) => [t.name, t.items.map((i) => i.startsOn), t.more])).toEqual([
      ['Montage', ['2026-10-05', '2026-10-04', '2026-10-03'], 2],
      ['Werk Nord', ['2026-10-01'], 0],
    ]);
    expect(news.company).toBeNull();
    expect(newsFor(digest, undefined)).toEqual({ teams: [], company: null });
  });
});

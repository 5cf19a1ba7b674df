import { Hono } from 'hono';
import { z } from 'zod';
import { actorOf, record } from '../audit/audit.service';
import { requirePageViewer, requireViewer } from '../auth/guard';
import { CODE_PATH } from '../codes/codes.pages';
import { createTeamCodes, MAX_TEAM_CODES, printTeamCodes, teamCodeTeams } from '../codes/team-codes.service';
import { ROLES, teams } from '../db/schema';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { isStaffLang, pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { mailPrivacy } from '../privacy/notice';
import { getWaveRow, type WaveRow } from '../waves/waves.service';
import { eq } from 'drizzle-orm';
import { letterRecipients, letters } from './letters.service';
import { LettersDocument, TeamCodeSheetPage, type LetterContext } from './letters.pages';

const idParam = z.object({ id: z.string().min(1).max(64) });
const sheetParam = z.object({ id: z.string().min(1).max(64), batch: z.string().min(1).max(64) });
const lettersQuery = z.object({
  team: z.string().min(1).max(64).optional(),
  reminder: z.enum(['0', '1']).optional(),
});
const teamCodesBody = z.object({
  teamId: z.string().min(1).max(64),
  count: z.coerce.number().int().min(1).max(MAX_TEAM_CODES),
  role: z.enum(ROLES).default('basic'),
});

/**
 * Paper: letters for people without email, and team-code sheets (kiosk). Admins only — a letter holds a personal
 * link and a code, a sheet holds codes that answer; every printed page is in the audit log. The API lists who gets a
 * letter, never a code or a link.
 */
export function paperRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  for (const path of ['/api/v1/waves/:id/letters', '/api/v1/waves/:id/team-codes']) app.use(path, requireViewer(deps));
  for (const path of ['/admin/waves/:id/letters', '/admin/waves/:id/team-codes', '/admin/waves/:id/team-codes/*']) {
    app.use(path, requirePageViewer(deps));
  }

  const context = async (wave: WaveRow): Promise<LetterContext> => {
    const url = new URL(deps.config.publicUrl);
    const privacy = await mailPrivacy(deps);
    return { wave, company: deps.config.companyName, privacy, codeAddress: `${url.host}${url.pathname.replace(/\/$/, '')}${CODE_PATH}` };
  };
  const teamPath = async (teamId: string | undefined) =>
    teamId === undefined ? null : ((await deps.db.select({ path: teams.path }).from(teams).where(eq(teams.id, teamId)))[0]?.path ?? null);

  app.get('/api/v1/waves/:id/letters', validate('param', idParam), validate('query', lettersQuery), async (c) => {
    const wave = await getWaveRow(deps, c.req.valid('param').id);
    const query = c.req.valid('query');
    const recipients = await letterRecipients(deps, wave, { teamId: query.team, reminder: query.reminder === '1' });
    return c.json({ waveId: wave.id, reminder: query.reminder === '1', count: recipients.length, letters: recipients });
  });

  app.get('/api/v1/waves/:id/team-codes', validate('param', idParam), async (c) => {
    const wave = await getWaveRow(deps, c.req.valid('param').id);
    return c.json({ waveId: wave.id, teams: await teamCodeTeams(deps, wave) });
  });

  app.post('/api/v1/waves/:id/team-codes', validate('param', idParam), validate('json', teamCodesBody), async (c) => {
    const wave = await getWaveRow(deps, c.req.valid('param').id);
    const sheet = await createTeamCodes(deps, await actorOf(deps, c.get('viewer')), wave, c.req.valid('json'));
    return c.json({ count: sheet.count, batch: sheet.id, sheet: `/admin/waves/${wave.id}/team-codes/${sheet.id}` }, 201);
  });

  app.get('/admin/waves/:id/letters', validate('param', idParam), validate('query', lettersQuery), async (c) => {
    const wave = await getWaveRow(deps, c.req.valid('param').id);
    const query = c.req.valid('query');
    const reminder = query.reminder === '1';
    const printed = await letters(deps, wave, { teamId: query.team, reminder });
    // Logged without a count: with targeted reminders, how many reminder letters there are is how many have not answered.
    const details = { reminder, team: await teamPath(query.team) };
    await record(deps, { actor: await actorOf(deps, c.get('viewer')), action: 'letters.printed', target: wave.id, details });
    const page = <LettersDocument lang={pickLang(c)} letters={printed} reminder={reminder} context={await context(wave)} backHref={`/admin/waves/${wave.id}`} />;
    return c.html(html(page));
  });

  app.post('/admin/waves/:id/team-codes', validate('param', idParam), validate('form', teamCodesBody), async (c) => {
    const wave = await getWaveRow(deps, c.req.valid('param').id);
    const sheet = await createTeamCodes(deps, await actorOf(deps, c.get('viewer')), wave, c.req.valid('form'));
    return c.redirect(`/admin/waves/${wave.id}/team-codes/${sheet.id}`, 303);
  });

  app.get('/admin/waves/:id/team-codes/:batch', validate('param', sheetParam), async (c) => {
    const { id, batch } = c.req.valid('param');
    const wave = await getWaveRow(deps, id);
    const sheet = await printTeamCodes(deps, await actorOf(deps, c.get('viewer')), wave, batch);
    const slip = c.req.query('slip');
    const page = (
      <TeamCodeSheetPage
        lang={pickLang(c)}
        slipLang={isStaffLang(slip) ? slip : 'de'}
        sheet={sheet}
        context={await context(wave)}
        path={`/admin/waves/${wave.id}/team-codes/${sheet.id}`}
        backHref={`/admin/waves/${wave.id}`}
      />
    );
    return c.html(html(page));
  });

  return app;
}

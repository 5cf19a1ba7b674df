import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { actorOf, auditBatch } from '../audit/audit.service';
import { requirePageViewer, requireViewer } from '../auth/guard';
import { ROLES } from '../db/schema/org';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { problemError } from '../lib/errors';
import { readForm } from '../lib/form';
import { isLang, pickLang } from '../lib/i18n';
import { validate } from '../lib/validate';
import { deactivatesMany, importPage, previewPage } from './import.pages';
import { listStaff, staffCsv, type StaffQuery } from './list';
import { staffPage } from './staff.pages';
import { importStaff, lastImport, listTeams, previewImport, StaffFileRefused } from './staff.service';
import { dropUpload, keepUpload, readUpload } from './upload';

/** 100,000 people at ~100 bytes a line, with room to spare. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The app applies it (app.tsx, before any guard reads the body) instead of its default limit for forms and JSON. */
export const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES,
  onError: () => {
    throw problemError('PAYLOAD_TOO_LARGE', 'file_too_large', `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, {
      limitMb: MAX_UPLOAD_BYTES / 1024 / 1024,
    });
  },
});

/** People per page of the staff list; the API's default and largest page. */
const PAGE_SIZE = 50;
const API_LIMIT = 1000;
const MAX_API_LIMIT = 10_000;

/** The list's filters as the API and the page take them; `active` is yes, no or all (default: yes on the page). */
const listQuery = z.object({
  q: z.string().max(200).optional(),
  team: z.string().max(500).optional(),
  role: z.union([z.enum(ROLES), z.literal('')]).optional(),
  active: z.enum(['yes', 'no', 'all', 'true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_API_LIMIT).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  format: z.enum(['json', 'csv']).optional(),
  lang: z.string().optional(),
  dryRun: z.enum(['1', 'true', '0', 'false']).optional(),
});

const toQuery = (q: z.output<typeof listQuery>, defaultActive: boolean | undefined): StaffQuery => ({
  q: q.q?.trim() || undefined,
  team: q.team || undefined,
  role: q.role || undefined,
  active: q.active === undefined ? defaultActive : q.active === 'all' ? undefined : q.active === 'yes' || q.active === 'true',
});

const confirmForm = z.object({
  created: z.coerce.number().int().min(0),
  updated: z.coerce.number().int().min(0),
  deactivated: z.coerce.number().int().min(0),
  confirmDeactivation: z.literal('yes').optional(),
});

export function staffRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  /** `?dryRun=1`: the same counts, nothing written. A refused file is 422 either way. */
  app.put('/api/v1/staff', requireViewer(deps), requireCsv, validate('query', listQuery.pick({ dryRun: true })), async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const dry = ['1', 'true'].includes(c.req.valid('query').dryRun ?? '');
    const result = await importStaff(deps, bytes, await actorOf(deps, c.get('viewer')), { dryRun: dry });
    return c.json(dry ? { ...result, dryRun: true } : result);
  });

  /**
   * The staff list: `[{ id, email, name, team, role, language, active }]`, by name, `limit` (default 1,000) from
   * `offset`; `X-Total-Count` says how many match. `format=csv` is the whole list as a file (German Excel for `lang=de`).
   */
  app.get('/api/v1/staff', requireViewer(deps), validate('query', listQuery), async (c) => {
    const q = c.req.valid('query');
    const query = toQuery(q, undefined);
    if (q.format === 'csv') {
      const lang = isLang(q.lang) ? q.lang : pickLang(c);
      const { people } = await listStaff(deps, query, { limit: 1_000_000, offset: 0 });
      // Downloading names and addresses is logged, with how many and nothing else.
      await auditBatch(deps, { actor: await actorOf(deps, c.get('viewer')), action: 'staff.exported', details: { people: people.length } });
      c.header('Content-Disposition', `attachment; filename="${lang === 'de' ? 'belegschaft' : 'staff'}.csv"`);
      return c.body(staffCsv(people, lang), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }
    const { total, people } = await listStaff(deps, query, { limit: q.limit ?? API_LIMIT, offset: q.offset ?? 0 });
    c.header('X-Total-Count', String(total));
    return c.json(people);
  });

  app.get('/api/v1/teams', requireViewer(deps), async (c) => c.json(await listTeams(deps)));

  app.get('/admin/staff', requirePageViewer(deps), validate('query', listQuery), async (c) => {
    const q = c.req.valid('query');
    const query = toQuery(q, true);
    const offset = ((q.page ?? 1) - 1) * PAGE_SIZE;
    const [teams, last, list] = await Promise.all([listTeams(deps), lastImport(deps), listStaff(deps, query, { limit: PAGE_SIZE, offset })]);
    return c.html(
      staffPage({ lang: pickLang(c), viewer: c.get('viewer'), teams, last, imported: c.req.query('imported') === '1', query, ...list, offset, pageSize: PAGE_SIZE }),
    );
  });

  app.get('/admin/staff/import', requirePageViewer(deps), (c) => c.html(importPage({ lang: pickLang(c), viewer: c.get('viewer') })));

  /**
   * Step one: the file is read and checked, kept for an hour, and what importing it would change is shown. Nothing
   * changes yet. A refused file comes back with every problem (422) and the pasted text kept.
   * (The upload limit is applied by the app before this guard, which reads the form for its CSRF field.)
   */
  app.post('/admin/staff/import', requirePageViewer(deps), async (c) => {
    const form = await readForm(c);
    const file = form.file;
    const pasted = typeof form.csv === 'string' ? form.csv : '';
    const chosen = file instanceof File && file.size > 0;
    const csv = chosen ? new Uint8Array(await file.arrayBuffer()) : pasted;
    const lang = pickLang(c);
    try {
      const preview = await previewImport(deps, csv);
      // Kept decoded: the confirmation re-reads exactly this text.
      const text = typeof csv === 'string' ? csv : new TextDecoder('utf-8', { fatal: true }).decode(csv);
      const uploadId = await keepUpload(deps, text);
      return c.html(previewPage({ lang, viewer: c.get('viewer'), uploadId, preview }));
    } catch (err) {
      if (!(err instanceof StaffFileRefused)) throw err;
      const refused = { problems: err.problems, total: err.total };
      return c.html(importPage({ lang, viewer: c.get('viewer'), refused, pasted: chosen ? undefined : pasted, hadFile: chosen }), 422);
    }
  });

  /**
   * Step two: applies the previewed file, if the staff list has not changed meanwhile (else the new preview) and, when
   * more than a fifth become inactive, only with that confirmed. Post/redirect/get to the list with the result.
   */
  app.post('/admin/staff/import/:id', requirePageViewer(deps), async (c) => {
    const id = c.req.param('id');
    const lang = pickLang(c);
    const viewer = c.get('viewer');
    const parsed = confirmForm.safeParse(await readForm(c));
    const text = await readUpload(deps, id);
    if (text === null || !parsed.success) {
      throw problemError('GONE', 'upload_expired', 'the previewed file has expired or was already imported; upload it again');
    }
    const preview = await previewImport(deps, text);
    const seen = parsed.data;
    if (preview.created !== seen.created || preview.updated !== seen.updated || preview.deactivated !== seen.deactivated) {
      return c.html(previewPage({ lang, viewer, uploadId: id, preview, problem: 'staff_changed' }), 409);
    }
    if (deactivatesMany(preview) && seen.confirmDeactivation !== 'yes') {
      return c.html(previewPage({ lang, viewer, uploadId: id, preview, problem: 'deactivation_unconfirmed' }), 422);
    }
    await importStaff(deps, text, await actorOf(deps, viewer));
    await dropUpload(deps, id);
    return c.redirect('/admin/staff?imported=1', 303);
  });

  return app;
}

/** Only CSV is read; a JSON or form body is a client mistake worth naming, not a file with odd rows. */
async function requireCsv(c: Context<AppEnv>, next: () => Promise<void>) {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/csv') throw problemError('UNSUPPORTED_MEDIA_TYPE', 'unsupported_media_type', 'send the file with Content-Type: text/csv');
  await next();
}

import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { actorOf } from '../audit/audit.service';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { AppError } from '../lib/errors';
import { pickLang } from '../lib/i18n';
import { staffPage } from './staff.pages';
import { importStaff, lastImport, listTeams, StaffFileRefused } from './staff.service';
import { readForm } from '../lib/form';

/** 100,000 people at ~100 bytes a line, with room to spare. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The app applies it (app.tsx, before any guard reads the body) instead of its default limit for forms and JSON. */
export const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES,
  onError: () => {
    throw new AppError('PAYLOAD_TOO_LARGE', `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  },
});

export function staffRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.put('/api/v1/staff', requireViewer(deps), requireCsv, async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await importStaff(deps, bytes, await actorOf(deps, c.get('viewer'))));
  });

  app.get('/api/v1/teams', requireViewer(deps), async (c) => c.json(await listTeams(deps)));

  const renderPage = async (c: Context<AppEnv>, refused?: StaffFileRefused) =>
    staffPage({
      lang: pickLang(c),
      viewer: c.get('viewer'),
      teams: await listTeams(deps),
      last: await lastImport(deps),
      refused: refused && { problems: refused.problems, total: refused.total },
    });

  app.get('/admin/staff', requirePageViewer(deps), async (c) => c.html(await renderPage(c)));

  // The upload limit is applied by the app before this guard, which reads the form for its CSRF field.
  app.post('/admin/staff', requirePageViewer(deps), async (c) => {
    const form = await readForm(c);
    const file = form.file;
    const pasted = typeof form.csv === 'string' ? form.csv : '';
    const csv = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : pasted;
    try {
      await importStaff(deps, csv, await actorOf(deps, c.get('viewer')));
    } catch (err) {
      if (err instanceof StaffFileRefused) return c.html(await renderPage(c, err), 422);
      throw err;
    }
    // Post/redirect/get: reloading the result page must not import the file again.
    return c.redirect('/admin/staff', 303);
  });

  return app;
}

/** Only CSV is read; a JSON or form body is a client mistake worth naming, not a file with odd rows. */
async function requireCsv(c: Context<AppEnv>, next: () => Promise<void>) {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/csv') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the file with Content-Type: text/csv');
  await next();
}

import { Hono, type Context } from 'hono';
import { listChanges } from '../approvals/pending';
import { actorOf } from '../audit/audit.service';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { readForm } from '../lib/form';
import { pickLang } from '../lib/i18n';
import { validate } from '../lib/validate';
import { formValues, settingsPage, type FormValues } from './settings.pages';
import { patchFromForm, settingsPatch } from './settings.schema';
import { changeSettings } from './settings.service';
import { loadSettings } from './settings';

/**
 * `GET|PUT /api/v1/settings` and the page /admin/settings. Admins change, the works council reads. A change that
 * lowers protection answers 202 `{ pending: true, id, settings }` (what else was sent applies at once).
 */
export function settingsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/api/v1/settings', requireViewer(deps, ['admin', 'council']), async (c) => c.json(await loadSettings(deps)));
  app.put('/api/v1/settings', requireViewer(deps), validate('json', settingsPatch), async (c) => {
    const result = await changeSettings(deps, await actorOf(deps, c.get('viewer')), c.req.valid('json'));
    if (result.pending) return c.json({ ...result.pending, settings: result.settings }, 202);
    return c.json(result.settings);
  });

  const render = async (c: Context<AppEnv>, refused?: { values: FormValues; invalid: string[]; problems: Record<string, Record<string, unknown>> }) => {
    const notice = c.req.query('saved') === '1' ? 'saved' : c.req.query('pending') === '1' ? 'pending' : undefined;
    const page = settingsPage({
      lang: pickLang(c),
      viewer: c.get('viewer'),
      values: refused?.values ?? formValues(await loadSettings(deps), pickLang(c)),
      invalid: refused?.invalid,
      problems: refused?.problems,
      waiting: (await listChanges(deps, null, 0)).pending.length,
      notice: refused ? undefined : notice,
    });
    return c.html(page, refused ? 422 : 200);
  };

  app.get('/admin/settings', requirePageViewer(deps, ['admin', 'council']), (c) => render(c));
  app.post('/admin/settings', requirePageViewer(deps), async (c) => {
    const form = await readForm(c);
    const parsed = settingsPatch.safeParse(patchFromForm(form));
    if (!parsed.success) {
      const invalid = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))];
      const problems = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), (i as { params?: Record<string, unknown> }).params ?? {}]));
      const values = Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string')) as FormValues;
      return render(c, { values, invalid, problems });
    }
    const result = await changeSettings(deps, await actorOf(deps, c.get('viewer')), parsed.data);
    return c.redirect(`/admin/settings?${result.pending ? 'pending' : 'saved'}=1&lang=${pickLang(c)}`, 303);
  });

  return app;
}

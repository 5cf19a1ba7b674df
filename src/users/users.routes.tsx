import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { AppError } from '../lib/errors';
import { pickLang } from '../lib/i18n';
import { validate } from '../lib/validate';
import { listTeams } from '../staff/staff.service';
import { peoplePage, removePage, type PeopleError, type PeopleForm, type PeopleNotice } from './users.pages';
import { addUser, listUsers, removeUser, type User, type UserRole } from './users.service';
import { actorOf } from '../audit/audit.service';
import type { Pending } from '../approvals/pending';
import { readForm } from '../lib/form';
import { runInBackground } from '../lib/background';
import { deliverDue } from '../mail/delivery';

const email = z.string().trim().max(254).pipe(z.email('email must be an email address'));
const language = z.enum(['de', 'en']).optional();
const leaderBody = z.object({ email, teamId: z.string().trim().min(1).max(64), language });
const adminBody = z.object({ email, language });
const idParam = z.object({ id: z.string().min(1).max(64) });

/**
 * The people who sign in by link: the admin API (`/api/v1/leaders`, `/api/v1/admins`, `/api/v1/council`) and the admin
 * page `/admin/people`. Admins only; the deployment token stays as the break-glass way in and is not a user. A new
 * admin, a further council member and removing a council member wait for a second person: 202 `{ pending, id }`.
 */
export function userRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  for (const path of ['/api/v1/leaders', '/api/v1/leaders/*', '/api/v1/admins', '/api/v1/admins/*', '/api/v1/council', '/api/v1/council/*']) {
    app.use(path, requireViewer(deps));
  }
  app.use('/admin/people', requirePageViewer(deps));
  app.use('/admin/people/*', requirePageViewer(deps));

  const actor = (c: Context<AppEnv>) => actorOf(deps, c.get('viewer'));
  /** A welcome mail was queued with the access: sent after the response, the scheduler's tick retries it. */
  const sendWelcome = () => runInBackground(deps, 'welcome.mail', () => deliverDue(deps, { maxBatches: 3 }));
  const added = (c: Context<AppEnv>, result: User | Pending) => {
    if ('pending' in result) return c.json(result, 202);
    sendWelcome();
    return c.json(result, 201);
  };
  const removed = (c: Context<AppEnv>, result: Pending | null) => (result ? c.json(result, 202) : c.body(null, 204));

  const api: [string, UserRole, typeof leaderBody | typeof adminBody][] = [
    ['/api/v1/leaders', 'leader', leaderBody],
    ['/api/v1/admins', 'admin', adminBody],
    ['/api/v1/council', 'council', adminBody],
  ];
  for (const [path, role, body] of api) {
    app.post(path, validate('json', body), async (c) => added(c, await addUser(deps, { ...c.req.valid('json'), role }, await actor(c))));
    app.get(path, async (c) => c.json(await listUsers(deps, role)));
    app.delete(`${path}/:id`, validate('param', idParam), async (c) => removed(c, await removeUser(deps, c.req.valid('param').id, role, await actor(c))));
  }

  const render = async (c: Context<AppEnv>, refused: { form?: PeopleForm; error?: PeopleError } = {}, status: 200 | 404 | 409 | 422 = 200) => {
    const [leaders, admins, council, teams] = await Promise.all([
      listUsers(deps, 'leader'),
      listUsers(deps, 'admin'),
      listUsers(deps, 'council'),
      listTeams(deps),
    ]);
    const said = c.req.query('done');
    const notice = (['welcome', 'pending', 'removed', 'removalPending'] as const).find((n) => n === said) as PeopleNotice | undefined;
    return c.html(peoplePage({ lang: pickLang(c), viewer: c.get('viewer'), leaders, admins, council, teams, ...refused, notice }), status);
  };

  app.get('/admin/people', (c) => render(c));

  /**
   * Post/redirect/get on success, saying what happened (welcome mail sent, or waiting for a second person); a refused
   * form comes back with what was typed and the reason beside its field, in the reader's language.
   */
  const addFromForm = (role: UserRole) => async (c: Context<AppEnv>) => {
    const form = await readForm(c);
    const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const which = ({ leader: 'leaders', admin: 'admins', council: 'council' } as const)[role];
    const refuse = (field: 'email' | 'teamId', problem: PeopleError, status: 404 | 409 | 422) =>
      render(c, { form: { role: which, values: { email: text('email'), teamId: text('teamId'), language: text('language') }, error: { field, problem } } }, status);
    const parsed = (role === 'leader' ? leaderBody : adminBody).safeParse(form);
    if (!parsed.success) {
      const badTeam = parsed.error.issues.every((i) => i.path[0] === 'teamId');
      return badTeam ? refuse('teamId', 'team', 422) : refuse('email', 'email', 422);
    }
    let result: User | Pending;
    try {
      result = await addUser(deps, { ...parsed.data, role }, await actor(c));
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return refuse('teamId', 'team', 404);
      if (err instanceof AppError && err.code === 'CONFLICT') return refuse('email', 'conflict', 409);
      throw err;
    }
    if ('pending' in result) return c.redirect('/admin/people?done=pending', 303);
    sendWelcome();
    return c.redirect('/admin/people?done=welcome', 303);
  };
  app.post('/admin/people/leaders', addFromForm('leader'));
  app.post('/admin/people/admins', addFromForm('admin'));
  app.post('/admin/people/council', addFromForm('council'));

  // Removing asks first (a page, no script), then says what it did.
  app.get('/admin/people/:id/delete', async (c) => {
    const id = c.req.param('id');
    const all = [...(await listUsers(deps, 'leader')), ...(await listUsers(deps, 'admin')), ...(await listUsers(deps, 'council'))];
    const person = all.find((p) => p.id === id);
    if (!person) return render(c, { error: 'gone' }, 404);
    return c.html(removePage({ lang: pickLang(c), viewer: c.get('viewer'), person }));
  });

  app.post('/admin/people/:id/delete', async (c) => {
    let result: Pending | null;
    try {
      result = await removeUser(deps, c.req.param('id'), undefined, await actor(c));
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return render(c, { error: 'gone' }, 404);
      throw err;
    }
    return c.redirect(result ? '/admin/people?done=removalPending' : '/admin/people?done=removed', 303);
  });

  return app;
}

import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { AppError } from '../lib/errors';
import { pickLang } from '../lib/i18n';
import { validate } from '../lib/validate';
import { listTeams } from '../staff/staff.service';
import { peoplePage, type PeopleError } from './users.pages';
import { addUser, listUsers, removeUser, type NewUser } from './users.service';
import { readForm } from '../lib/form';

const email = z.string().trim().max(254).pipe(z.email('email must be an email address'));
const language = z.enum(['de', 'en']).optional();
const leaderBody = z.object({ email, teamId: z.string().trim().min(1).max(64), language });
const adminBody = z.object({ email, language });
const idParam = z.object({ id: z.string().min(1).max(64) });

/**
 * The people who sign in by link: the admin API (`/api/v1/leaders`, `/api/v1/admins`) and the admin page
 * `/admin/people`. Admins only; the deployment token stays as the break-glass way in and is not a user.
 */
export function userRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  for (const path of ['/api/v1/leaders', '/api/v1/leaders/*', '/api/v1/admins', '/api/v1/admins/*']) {
    app.use(path, requireViewer(deps));
  }
  app.use('/admin/people', requirePageViewer(deps));
  app.use('/admin/people/*', requirePageViewer(deps));

  app.post('/api/v1/leaders', validate('json', leaderBody), async (c) => {
    const user = await addUser(deps, { ...c.req.valid('json'), role: 'leader' });
    return c.json(user, 201);
  });
  app.get('/api/v1/leaders', async (c) => c.json(await listUsers(deps, 'leader')));
  app.delete('/api/v1/leaders/:id', validate('param', idParam), async (c) => {
    await removeUser(deps, c.req.valid('param').id, 'leader');
    return c.body(null, 204);
  });

  app.post('/api/v1/admins', validate('json', adminBody), async (c) => {
    const user = await addUser(deps, { ...c.req.valid('json'), role: 'admin' });
    return c.json(user, 201);
  });
  app.get('/api/v1/admins', async (c) => c.json(await listUsers(deps, 'admin')));
  app.delete('/api/v1/admins/:id', validate('param', idParam), async (c) => {
    await removeUser(deps, c.req.valid('param').id, 'admin');
    return c.body(null, 204);
  });

  const render = async (c: Context<AppEnv>, error?: PeopleError, status: 200 | 404 | 409 | 422 = 200) => {
    const [leaders, admins, teams] = await Promise.all([listUsers(deps, 'leader'), listUsers(deps, 'admin'), listTeams(deps)]);
    return c.html(peoplePage({ lang: pickLang(c), viewer: c.get('viewer'), leaders, admins, teams, error }), status);
  };

  app.get('/admin/people', (c) => render(c));

  /** Post/redirect/get on success; a refused form comes back with the reason, in the reader's language. */
  const addFromForm = (role: NewUser['role']) => async (c: Context<AppEnv>) => {
    const form = await readForm(c);
    const parsed = (role === 'leader' ? leaderBody : adminBody).safeParse(form);
    if (!parsed.success) {
      const badTeam = parsed.error.issues.every((i) => i.path[0] === 'teamId');
      return render(c, badTeam ? 'team' : 'email', 422);
    }
    try {
      await addUser(deps, { ...parsed.data, role });
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return render(c, 'team', 404);
      if (err instanceof AppError && err.code === 'CONFLICT') return render(c, 'conflict', 409);
      throw err;
    }
    return c.redirect('/admin/people', 303);
  };
  app.post('/admin/people/leaders', addFromForm('leader'));
  app.post('/admin/people/admins', addFromForm('admin'));

  app.post('/admin/people/:id/delete', async (c) => {
    try {
      await removeUser(deps, c.req.param('id'));
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return render(c, 'gone', 404);
      throw err;
    }
    return c.redirect('/admin/people', 303);
  });

  return app;
}

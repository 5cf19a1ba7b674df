import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { actorOf } from '../audit/audit.service';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { AppError } from '../lib/errors';
import { pickLang } from '../lib/i18n';
import { validate } from '../lib/validate';
import { runInBackground } from '../lib/background';
import { deliverDue } from '../mail/delivery';
import { approvalsPage } from './approvals.pages';
import { approveChange, rejectChange } from './approvals.service';
import { listChanges } from './pending';

const idParam = z.object({ id: z.string().min(1).max(64) });
const ROLES = ['admin', 'council'] as ('admin' | 'council')[];

/**
 * Four eyes: `GET /api/v1/approvals`, `POST /api/v1/approvals/:id` (approve: 200 and applied; 403 for the person who
 * asked and for the admin token), `POST /api/v1/approvals/:id/reject`, and the page /admin/approvals. Admins and the
 * works council; approving is the one write the council may do.
 */
export function approvalRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/api/v1/approvals', requireViewer(deps, ROLES));
  app.use('/api/v1/approvals/*', requireViewer(deps, ROLES));
  app.use('/admin/approvals', requirePageViewer(deps, ROLES));
  app.use('/admin/approvals/*', requirePageViewer(deps, ROLES));

  const actor = (c: Context<AppEnv>) => actorOf(deps, c.get('viewer'));

  app.get('/api/v1/approvals', async (c) => c.json(await listChanges(deps, c.get('viewer').userId)));
  /** An approved new admin or council member got a welcome mail queued with the access: sent after the response. */
  const sendWelcome = () => runInBackground(deps, 'welcome.mail', () => deliverDue(deps, { maxBatches: 3 }));
  app.post('/api/v1/approvals/:id', validate('param', idParam), async (c) => {
    const view = await approveChange(deps, await actor(c), c.req.valid('param').id);
    sendWelcome();
    return c.json(view);
  });
  app.post('/api/v1/approvals/:id/reject', validate('param', idParam), async (c) =>
    c.json(await rejectChange(deps, await actor(c), c.req.valid('param').id)),
  );

  const render = async (c: Context<AppEnv>, error?: 'forbidden' | 'conflict' | 'gone', status: 200 | 403 | 404 | 409 = 200) => {
    const { pending, decided } = await listChanges(deps, c.get('viewer').userId);
    const done = c.req.query('done');
    return c.html(
      approvalsPage({
        lang: pickLang(c),
        viewer: c.get('viewer'),
        pending,
        decided,
        done: done === 'approved' || done === 'rejected' ? done : undefined,
        error,
      }),
      status,
    );
  };

  app.get('/admin/approvals', (c) => render(c));

  /** Post/redirect/get; a refused decision comes back on the page with its reason in the reader's language. */
  const decideFromForm = (decide: typeof approveChange, done: 'approved' | 'rejected') => async (c: Context<AppEnv>) => {
    try {
      await decide(deps, await actor(c), c.req.param('id') ?? '');
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === 'FORBIDDEN') return render(c, 'forbidden', 403);
      if (err.code === 'NOT_FOUND') return render(c, 'gone', 404);
      if (err.code === 'CONFLICT') return render(c, 'conflict', 409);
      throw err;
    }
    if (done === 'approved') sendWelcome();
    return c.redirect(`/admin/approvals?done=${done}&lang=${pickLang(c)}`, 303);
  };
  app.post('/admin/approvals/:id/approve', decideFromForm(approveChange, 'approved'));
  app.post('/admin/approvals/:id/reject', decideFromForm(rejectChange, 'rejected'));

  return app;
}

import { Hono } from 'hono';
import { z } from 'zod';
import { requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { validate } from '../lib/validate';
import { actionBody, actionPatch, milestoneBody, milestonePatch } from './actions.schema';
import { actionJson, createAction, deleteAction, findAction, listActions, updateAction } from './actions.service';
import { CATALOGUE } from './catalogue';
import { actionEffect, effectContext } from './effect.service';
import { MEASURES } from './measures';
import { createMilestone, deleteMilestone, milestoneJson, milestonesWithReadings, updateMilestone } from './milestones.service';

const lang = z.enum(['de', 'en']).default('en');
const listQuery = z.object({ team: z.string().min(1).max(64).optional(), lang });
const langQuery = z.object({ lang });
const idParam = z.object({ id: z.string().min(1).max(64) });


/**
 * The actions API: leaders log and change the actions of their own subtree (403 elsewhere), admins all; the effect
 * of an action from published views only. Milestones: admins set them, leaders read those of their subtree.
 */
export function actionRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  for (const path of ['/api/v1/actions', '/api/v1/actions/*', '/api/v1/milestones', '/api/v1/milestones/*']) {
    app.use(path, requireViewer(deps, ['admin', 'leader']));
  }

  app.get('/api/v1/actions/catalogue', validate('query', langQuery), (c) => {
    const l = c.req.valid('query').lang;
    return c.json({
      version: CATALOGUE.version,
      kinds: CATALOGUE.kinds.map((k) => ({ id: k.id, title: k.title[l], description: k.description[l], targets: k.targets })),
      measures: MEASURES,
    });
  });

  app.get('/api/v1/actions', validate('query', listQuery), async (c) => {
    const q = c.req.valid('query');
    const { actions, scope } = await listActions(deps, c.get('viewer'), q.team);
    return c.json({ actions: actions.map((a) => actionJson(a, q.lang, scope.byId.get(a.teamId))) });
  });

  app.post('/api/v1/actions', validate('query', langQuery), validate('json', actionBody), async (c) => {
    const row = await createAction(deps, c.get('viewer'), c.req.valid('json'));
    const { scope } = await findAction(deps, c.get('viewer'), row.id);
    return c.json(actionJson(row, c.req.valid('query').lang, scope.byId.get(row.teamId)), 201);
  });

  app.get('/api/v1/actions/:id', validate('param', idParam), validate('query', langQuery), async (c) => {
    const { row, scope } = await findAction(deps, c.get('viewer'), c.req.valid('param').id);
    return c.json(actionJson(row, c.req.valid('query').lang, scope.byId.get(row.teamId)));
  });

  app.patch('/api/v1/actions/:id', validate('param', idParam), validate('query', langQuery), validate('json', actionPatch), async (c) => {
    const viewer = c.get('viewer');
    const row = await updateAction(deps, viewer, c.req.valid('param').id, c.req.valid('json'));
    const { scope } = await findAction(deps, viewer, row.id);
    return c.json(actionJson(row, c.req.valid('query').lang, scope.byId.get(row.teamId)));
  });

  app.delete('/api/v1/actions/:id', validate('param', idParam), async (c) => {
    await deleteAction(deps, c.get('viewer'), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.get('/api/v1/actions/:id/effect', validate('param', idParam), validate('query', langQuery), async (c) => {
    const { row, scope } = await findAction(deps, c.get('viewer'), c.req.valid('param').id);
    const measures = await actionEffect(deps, await effectContext(deps, scope.all), row);
    return c.json({ action: actionJson(row, c.req.valid('query').lang, scope.byId.get(row.teamId)), measures });
  });

  app.get('/api/v1/milestones', validate('query', listQuery), async (c) => {
    const q = c.req.valid('query');
    const list = await milestonesWithReadings(deps, c.get('viewer'), { teamId: q.team });
    return c.json({ milestones: list.map(milestoneJson) });
  });

  // Writing milestones needs an admin (403 for a leader, before the body is even read).
  const adminOnly = requireViewer(deps, ['admin']);

  app.post('/api/v1/milestones', adminOnly, validate('json', milestoneBody), async (c) => {
    const row = await createMilestone(deps, c.req.valid('json'));
    const [created] = (await milestonesWithReadings(deps, c.get('viewer'), { teamId: row.teamId })).filter((m) => m.id === row.id);
    return c.json(milestoneJson(created), 201);
  });

  app.patch('/api/v1/milestones/:id', adminOnly, validate('param', idParam), validate('json', milestonePatch), async (c) => {
    const row = await updateMilestone(deps, c.req.valid('param').id, c.req.valid('json'));
    const [updated] = (await milestonesWithReadings(deps, c.get('viewer'), { teamId: row.teamId })).filter((m) => m.id === row.id);
    return c.json(milestoneJson(updated));
  });

  app.delete('/api/v1/milestones/:id', adminOnly, validate('param', idParam), async (c) => {
    await deleteMilestone(deps, c.req.valid('param').id);
    return c.body(null, 204);
  });

  return app;
}

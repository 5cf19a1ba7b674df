import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requirePageViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { AppError } from '../lib/errors';
import { readForm } from '../lib/form';
import { pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { visibleTeams } from '../results/results.service';
import { ActionPage, ActionsPage, type ActionFormError, type ActionFormValues } from './actions.pages';
import { actionBody, actionPatch, milestoneBody, REASONS } from './actions.schema';
import { createAction, deleteAction, findAction, listActions, titleOf, updateAction } from './actions.service';
import { KIND_IDS, kindOf } from './catalogue';
import { dayOf } from './days';
import { MEASURE_IDS } from './measures';
import { actionEffect, effectContext } from './effect.service';
import { MilestonesPage, type MilestoneFormError } from './milestones.pages';
import { createMilestone, deleteMilestone, milestonesWithReadings } from './milestones.service';

const pageQuery = z.object({
  team: z.string().min(1).max(64).optional(),
  lang: z.enum(['de', 'en']).optional(),
  removed: z.literal('1').optional(),
  // A finding's "log an action" (src/insights): the suggested kind and the finding's measure, filled into the form.
  kind: z.enum(KIND_IDS).optional(),
  targets: z.enum(MEASURE_IDS).optional(),
});
const actionQuery = z.object({ lang: z.enum(['de', 'en']).optional(), saved: z.literal('1').optional() });

type Form = Record<string, string | File | (string | File)[]>;
const one = (form: Form, name: string) => {
  const v = form[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : '';
};
const many = (form: Form, name: string) => [form[name] ?? []].flat().filter((v): v is string => typeof v === 'string');

/** What the action form sent, as typed: empty fields are absent, so the schema's defaults apply. */
function formValues(form: Form): ActionFormValues {
  return {
    teamId: one(form, 'teamId'),
    kind: one(form, 'kind'),
    title: one(form, 'title'),
    startsOn: one(form, 'startsOn'),
    endsOn: one(form, 'endsOn'),
    targets: many(form, 'targets'),
    note: one(form, 'note'),
  };
}

/** The form's refusal in words the reader can act on: which rule of `actionBody` it broke. */
function formError(issues: { message: string }[]): ActionFormError {
  const messages = issues.map((i) => i.message);
  if (messages.includes(REASONS.kindOrTitle)) return 'ownNeedsTitle';
  if (messages.includes(REASONS.ownTargets)) return 'ownNeedsTargets';
  if (messages.includes(REASONS.endsBeforeStart)) return 'endsBeforeStart';
  return 'invalid';
}

const keep = (c: Context) => (c.req.query('lang') ? `lang=${pickLang(c)}` : '');
const withQuery = (path: string, ...parts: string[]) => {
  const q = parts.filter(Boolean).join('&');
  return q ? `${path}${path.includes('?') ? '&' : '?'}${q}` : path;
};

/**
 * The pages for actions (leaders: their subtree; admins: all) and milestones (admins). Forms post and redirect; a
 * refused form comes back with the reason in the reader's language and what was entered (422).
 */
export function actionPageRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/actions', requirePageViewer(deps, ['admin', 'leader']));
  app.use('/actions/*', requirePageViewer(deps, ['admin', 'leader']));
  app.use('/admin/milestones', requirePageViewer(deps));
  app.use('/admin/milestones/*', requirePageViewer(deps));

  const listPage = async (c: Context<AppEnv>, teamId: string | undefined, extra: { values?: ActionFormValues; error?: ActionFormError; removed?: boolean } = {}) => {
    const viewer = c.get('viewer');
    const { team, scope, actions } = await listActions(deps, viewer, teamId);
    const page = (
      <ActionsPage
        lang={pickLang(c)}
        viewer={viewer}
        team={team}
        teams={scope.all}
        actions={actions}
        keepLang={c.req.query('lang') !== undefined}
        values={extra.values && { ...extra.values, teamId: extra.values.teamId || team.id }}
        error={extra.error}
        notice={extra.removed ? 'removed' : undefined}
      />
    );
    return c.html(html(page), extra.error ? 422 : 200);
  };

  const actionPage = async (c: Context<AppEnv>, id: string, extra: { values?: ActionFormValues; error?: ActionFormError; saved?: boolean } = {}) => {
    const viewer = c.get('viewer');
    const lang = pickLang(c);
    const { row, scope } = await findAction(deps, viewer, id);
    const effects = await actionEffect(deps, await effectContext(deps, scope.all), row);
    const { actions } = await listActions(deps, viewer, row.teamId);
    const page = (
      <ActionPage
        lang={lang}
        viewer={viewer}
        action={row}
        team={scope.byId.get(row.teamId)!}
        teams={scope.all}
        effects={effects}
        titles={new Map(actions.map((a) => [a.id, titleOf(a, lang)]))}
        keepLang={c.req.query('lang') !== undefined}
        values={extra.values}
        error={extra.error}
        saved={extra.saved}
      />
    );
    return c.html(html(page), extra.error ? 422 : 200);
  };

  app.get('/actions', validate('query', pageQuery), (c) => {
    const q = c.req.valid('query');
    const suggested = q.kind ? kindOf(q.kind) : undefined;
    const values: ActionFormValues | undefined = suggested && {
      teamId: q.team,
      kind: suggested.id,
      startsOn: dayOf(deps.clock.now()),
      targets: [...new Set([...suggested.targets.map((t) => t.measure), ...(q.targets ? [q.targets] : [])])],
    };
    return listPage(c, q.team, { removed: q.removed === '1', values });
  });

  app.post('/actions', async (c) => {
    const values = formValues(await readForm(c, { all: true }));
    const parsed = actionBody.safeParse({
      teamId: values.teamId,
      kind: values.kind || undefined,
      title: values.title || undefined,
      startsOn: values.startsOn,
      endsOn: values.endsOn || undefined,
      targets: values.targets?.length ? values.targets : undefined,
      note: values.note || undefined,
    });
    if (!parsed.success) return listPage(c, values.teamId || undefined, { values, error: formError(parsed.error.issues) });
    const row = await createAction(deps, c.get('viewer'), parsed.data);
    return c.redirect(withQuery(`/actions/${encodeURIComponent(row.id)}`, keep(c)), 303);
  });

  app.get('/actions/:id', validate('query', actionQuery), (c) => actionPage(c, c.req.param('id'), { saved: c.req.valid('query').saved === '1' }));

  app.post('/actions/:id', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await readForm(c, { all: true }));
    const kind = values.kind || null;
    const targets = values.targets?.length ? values.targets : kind ? kindOf(kind)?.targets.map((t) => t.measure) : undefined;
    if (!targets) return actionPage(c, id, { values, error: 'ownNeedsTargets' });
    const parsed = actionPatch.safeParse({
      teamId: values.teamId,
      kind,
      title: values.title || null,
      startsOn: values.startsOn,
      endsOn: values.endsOn || null,
      targets,
      note: values.note || null,
    });
    if (!parsed.success) return actionPage(c, id, { values, error: formError(parsed.error.issues) });
    try {
      await updateAction(deps, c.get('viewer'), id, parsed.data);
    } catch (err) {
      if (err instanceof AppError && err.code === 'UNPROCESSABLE') return actionPage(c, id, { values, error: formError(err.details as { message: string }[]) });
      throw err;
    }
    return c.redirect(withQuery(`/actions/${encodeURIComponent(id)}`, 'saved=1', keep(c)), 303);
  });

  app.post('/actions/:id/delete', async (c) => {
    const { row } = await findAction(deps, c.get('viewer'), c.req.param('id'));
    await deleteAction(deps, c.get('viewer'), row.id);
    return c.redirect(withQuery(`/actions?team=${encodeURIComponent(row.teamId)}`, 'removed=1', keep(c)), 303);
  });

  const milestonesPage = async (c: Context<AppEnv>, error?: MilestoneFormError) => {
    const viewer = c.get('viewer');
    const milestones = await milestonesWithReadings(deps, viewer);
    const { all } = await visibleTeams(deps, viewer);
    return c.html(html(<MilestonesPage lang={pickLang(c)} viewer={viewer} milestones={milestones} teams={all} error={error} />), error ? 422 : 200);
  };

  app.get('/admin/milestones', (c) => milestonesPage(c));

  app.post('/admin/milestones', async (c) => {
    const form = await readForm(c);
    const parsed = milestoneBody.safeParse({
      teamId: one(form, 'teamId') || undefined,
      role: one(form, 'role') || null,
      measure: one(form, 'measure'),
      target: one(form, 'target') === '' ? NaN : Number(one(form, 'target').replace(',', '.')),
      comparator: one(form, 'comparator') || undefined,
      dueOn: one(form, 'dueOn'),
    });
    if (!parsed.success) return milestonesPage(c, 'invalid');
    try {
      await createMilestone(deps, parsed.data);
    } catch (err) {
      if (err instanceof AppError && err.code === 'UNPROCESSABLE') return milestonesPage(c, 'roleNeedsCompany');
      throw err;
    }
    return c.redirect('/admin/milestones', 303);
  });

  app.post('/admin/milestones/:id/delete', async (c) => {
    await deleteMilestone(deps, c.req.param('id'));
    return c.redirect('/admin/milestones', 303);
  });

  return app;
}

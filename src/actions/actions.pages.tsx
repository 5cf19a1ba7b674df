import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { Scroll } from '../results/cells';
import type { TeamRef } from '../results/results.service';
import { nestTeams, subtreeIds } from '../teams/tree';
import { flatten } from '../staff/staff.pages';
import { targetsOf, titleOf, type ActionRow } from './actions.service';
import { actionsText } from './actions.text';
import { CATALOGUE, kindOf } from './catalogue';
import type { MeasureEffect } from './effect.service';
import { WINDOW } from './effect.service';
import { measureName } from './format';
import { familyOf, MEASURES } from './measures';
import { EffectTable, periodText } from './panel.pages';

/** The pages where leaders and admins log actions, see their effect and change or delete them. */

export type ActionFormError = keyof (typeof actionsText)['de']['errors'];

export interface ActionFormValues {
  teamId?: string;
  kind?: string;
  title?: string;
  startsOn?: string;
  endsOn?: string;
  targets?: string[];
  note?: string;
}

const withLang = (path: string, lang: Lang, keepLang: boolean) => (keepLang ? `${path}${path.includes('?') ? '&' : '?'}lang=${lang}` : path);

/** The teams a form may offer: the reader's subtree (a leader's own team and below, an admin's whole tree). */
function teamOptions(viewer: Viewer, teams: readonly TeamRef[]) {
  const home = viewer.role === 'leader' ? viewer.teamId : teams.find((t) => t.parentId === null)?.id;
  const visible = new Set(home ? subtreeIds(teams, home) : []);
  return flatten(nestTeams(teams.filter((t) => visible.has(t.id)).map((t) => (t.id === home ? { ...t, parentId: null } : t))));
}

function ActionForm(props: { lang: Lang; viewer: Viewer; teams: readonly TeamRef[]; values: ActionFormValues; action: string; submit: string }) {
  const { lang, viewer, values } = props;
  const t = actionsText[lang].form;
  const families = ['trust', 'fear', 'gap', 'maturity', 'kpi'] as const;
  return (
    <form method="post" action={props.action} class="stack action-form">
      <input type="hidden" name="_csrf" value={viewer.csrf} />
      <label for="a-team">{t.team}</label>
      <select id="a-team" name="teamId" required>
        {teamOptions(viewer, props.teams).map(({ id, name, depth }) => (
          <option value={id} selected={id === values.teamId}>
            {'\u2003'.repeat(depth) + name}
          </option>
        ))}
      </select>
      <label for="a-kind">{t.kind}</label>
      <select id="a-kind" name="kind">
        {CATALOGUE.kinds.map((k) => (
          <option value={k.id} selected={k.id === values.kind}>
            {k.title[lang]}
          </option>
        ))}
        <option value="" selected={values.kind === ''}>
          {t.own}
        </option>
      </select>
      <label for="a-title">{t.ownTitle}</label>
      <input id="a-title" name="title" maxLength={120} value={values.title ?? ''} aria-describedby="a-title-hint" />
      <p class="hint" id="a-title-hint">
        {t.ownTitleHint}
      </p>
      <label for="a-start">{t.startsOn}</label>
      <input id="a-start" name="startsOn" type="date" required value={values.startsOn ?? ''} />
      <label for="a-end">{t.endsOn}</label>
      <input id="a-end" name="endsOn" type="date" value={values.endsOn ?? ''} aria-describedby="a-end-hint" />
      <p class="hint" id="a-end-hint">
        {t.endsOnHint}
      </p>
      <fieldset class="targets" aria-describedby="a-targets-hint">
        <legend>{t.targets}</legend>
        <p class="hint" id="a-targets-hint">
          {t.targetsHint}
        </p>
        {families.map((f) => (
          <div class="target-group">
            {MEASURES.filter((m) => familyOf(m.id) === f).map((m) => (
              <label>
                <input type="checkbox" name="targets" value={m.id} checked={values.targets?.includes(m.id)} /> {measureName(lang, m.id)}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <label for="a-note">{t.note}</label>
      <textarea id="a-note" name="note" rows={3} maxLength={1000} aria-describedby="a-note-hint" value={values.note ?? ''} />
      <p class="hint" id="a-note-hint">
        {t.noteHint}
      </p>
      <button type="submit">{props.submit}</button>
    </form>
  );
}

function Catalogue({ lang }: { lang: Lang }) {
  const t = actionsText[lang];
  return (
    <details class="catalogue">
      <summary>{t.catalogue(CATALOGUE.version)}</summary>
      <p class="hint">{t.catalogueIntro}</p>
      <dl>
        {CATALOGUE.kinds.map((k) => (
          <>
            <dt>{k.title[lang]}</dt>
            <dd>
              {k.description[lang]}{' '}
              <span class="aims">
                {t.aims}: {k.targets.map((x) => `${measureName(lang, x.measure)} ${x.direction === 'up' ? '↑' : '↓'}`).join(', ')}
              </span>
            </dd>
          </>
        ))}
      </dl>
    </details>
  );
}

export function ActionsPage(props: {
  lang: Lang;
  viewer: Viewer;
  team: TeamRef;
  teams: readonly TeamRef[];
  actions: ActionRow[];
  keepLang: boolean;
  values?: ActionFormValues;
  error?: ActionFormError;
  notice?: 'removed';
}) {
  const { lang, viewer, team, keepLang } = props;
  const t = actionsText[lang];
  const byId = new Map(props.teams.map((x) => [x.id, x]));
  const path = `/actions?team=${encodeURIComponent(team.id)}`;
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.heading(team.name)} path={path}>
      <div class="results actions-page">
        <h1>{t.heading(team.name)}</h1>
        <p>{t.intro}</p>
        {props.notice && <p class="notice ok">{t.form.removed}</p>}
        {props.actions.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <Scroll lang={lang} label={t.title}>
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t.cols.action}</th>
                  <th scope="col">{t.cols.team}</th>
                  <th scope="col">{t.cols.period}</th>
                  <th scope="col">{t.cols.targets}</th>
                </tr>
              </thead>
              <tbody>
                {props.actions.map((a) => (
                  <tr>
                    <td>
                      <a href={withLang(`/actions/${encodeURIComponent(a.id)}`, lang, keepLang)}>{titleOf(a, lang)}</a>
                    </td>
                    <td>{byId.get(a.teamId)?.name}</td>
                    <td>{periodText(lang, a)}</td>
                    <td>{targetsOf(a).map((m) => measureName(lang, m)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        )}
        <p>
          <a href={withLang(`/results?team=${encodeURIComponent(team.id)}`, lang, keepLang)}>{t.toResults}</a>
        </p>
        <section class="card" aria-labelledby="add">
          <h2 id="add">{t.form.add}</h2>
          {props.error && (
            <p class="notice error" role="alert">
              {t.errors[props.error]}
            </p>
          )}
          <ActionForm lang={lang} viewer={viewer} teams={props.teams} values={props.values ?? { teamId: team.id }} action={withLang('/actions', lang, keepLang)} submit={t.form.create} />
          <Catalogue lang={lang} />
        </section>
      </div>
    </SignedInLayout>
  );
}

export function ActionPage(props: {
  lang: Lang;
  viewer: Viewer;
  action: ActionRow;
  team: TeamRef;
  teams: readonly TeamRef[];
  effects: MeasureEffect[];
  titles: ReadonlyMap<string, string>;
  keepLang: boolean;
  values?: ActionFormValues;
  error?: ActionFormError;
  saved?: boolean;
}) {
  const { lang, viewer, action, keepLang } = props;
  const t = actionsText[lang];
  const title = titleOf(action, lang);
  const kind = action.kind ? kindOf(action.kind, action.catalogueVersion) : undefined;
  const self = `/actions/${encodeURIComponent(action.id)}`;
  const values: ActionFormValues = props.values ?? {
    teamId: action.teamId,
    kind: action.kind ?? '',
    title: action.title ?? '',
    startsOn: action.startsOn,
    endsOn: action.endsOn ?? '',
    targets: targetsOf(action),
    note: action.note ?? '',
  };
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={title} path={self}>
      <div class="results actions-page">
        <p>
          <a href={withLang(`/actions?team=${encodeURIComponent(action.teamId)}`, lang, keepLang)}>{t.heading(props.team.name)}</a>
        </p>
        <h1>{title}</h1>
        <p class="action-meta">
          {props.team.name} · {periodText(lang, action)}
        </p>
        {kind && <p class="hint">{kind.description[lang]}</p>}
        {action.note && <p class="action-note">{action.note}</p>}
        {props.saved && <p class="notice ok">{t.form.saved}</p>}
        <h2>{t.effects.heading}</h2>
        <p class="hint">{t.effects.intro}</p>
        <EffectTable lang={lang} effects={props.effects} titles={props.titles} />
        <p class="hint">{t.effects.method(WINDOW)}</p>
        <section class="card" aria-labelledby="edit">
          <h2 id="edit">{t.form.edit}</h2>
          {props.error && (
            <p class="notice error" role="alert">
              {t.errors[props.error]}
            </p>
          )}
          <ActionForm lang={lang} viewer={viewer} teams={props.teams} values={values} action={withLang(self, lang, keepLang)} submit={t.form.save} />
          <form method="post" action={withLang(`${self}/delete`, lang, keepLang)} class="delete">
            <input type="hidden" name="_csrf" value={viewer.csrf} />
            <button type="submit" class="danger" aria-label={t.form.removeLabel(title)}>
              {t.form.remove}
            </button>
          </form>
        </section>
      </div>
    </SignedInLayout>
  );
}

import { SignedInLayout } from '../layout/signed-in';
import { ROLES } from '../db/schema';
import type { Viewer } from '../lib/context';
import { formatDay, type Lang } from '../lib/i18n';
import { ChartLegend, TrendChart } from '../results/charts';
import { waveLabel } from '../results/cells';
import { nestTeams } from '../teams/tree';
import { flatten } from '../staff/staff.pages';
import { actionsText } from './actions.text';
import { targetOverlay } from './chart-marks';
import { measureName, numberText, valueText } from './format';
import { MEASURES } from './measures';
import type { MilestoneWithReading } from './milestones.service';

/** Milestones: the admin page that sets them, and the list with a chart each (results page and report). */

type Milestone = Pick<MilestoneWithReading, 'role' | 'measure' | 'comparator' | 'target' | 'dueOn'> & { team: { name: string; parentId: string | null } };

export function milestoneLabel(lang: Lang, m: Milestone): string {
  const t = actionsText[lang];
  const view = m.role ? t.roles[m.role as keyof typeof t.roles] : m.team.name;
  return t.milestones.label(view, measureName(lang, m.measure), m.comparator, valueText(lang, m.measure, m.target), formatDay(lang, m.dueOn));
}

/** A chart's value range that holds the data and the target: hours and tasks from 0 up, the gap as the chart does. */
function domainFor(m: MilestoneWithReading): [number, number] | undefined {
  if (m.measure === 'gap') return undefined;
  if (!m.measure.startsWith('kpi.')) return [0, 100];
  const highs = m.waves.flatMap((w) => (w.published && w.scores?.[m.measure] ? [w.scores[m.measure].high] : []));
  return [0, Math.max(4, Math.ceil((Math.max(m.target, ...highs) * 1.2) / 4) * 4)];
}

export function MilestoneList({ lang, milestones, idPrefix }: { lang: Lang; milestones: MilestoneWithReading[]; idPrefix: string }) {
  const t = actionsText[lang].milestones;
  return (
    <div class="milestones">
      {milestones.map((m, i) => {
        const label = milestoneLabel(lang, m);
        const target = t.targetBy(m.comparator, valueText(lang, m.measure, m.target), formatDay(lang, m.dueOn));
        const latest = m.reading.latest;
        return (
          <figure class="milestone chart-box">
            <figcaption>
              <strong>{label}</strong> <span class={`status ${m.reading.status}`}>{t.status[m.reading.status]}</span>
              {latest && (
                <small>
                  {t.latest(valueText(lang, m.measure, latest.value), `${numberText(lang, m.measure, latest.low)}–${numberText(lang, m.measure, latest.high)}`, waveLabel(lang, latest))}
                </small>
              )}
            </figcaption>
            <TrendChart
              lang={lang}
              metric={m.measure}
              label={measureName(lang, m.measure)}
              waves={m.waves}
              domain={domainFor(m)}
              idPrefix={`${idPrefix}${i}-`}
              tickLabel={m.measure.startsWith('maturity') ? (v) => numberText(lang, m.measure, v) : undefined}
              overlay={targetOverlay(m.waves, { measure: m.measure, value: m.target, dueOn: m.dueOn, label: target })}
              overlaySummary={actionsText[lang].marks.target(label)}
            />
            <ChartLegend lang={lang} />
          </figure>
        );
      })}
    </div>
  );
}

export type MilestoneFormError = keyof (typeof actionsText)['de']['milestones']['errors'];

/** Admins set and remove milestones; everything a milestone says is shown with its current reading. */
export function MilestonesPage(props: {
  lang: Lang;
  viewer: Viewer;
  milestones: MilestoneWithReading[];
  teams: { id: string; parentId: string | null; name: string }[];
  error?: MilestoneFormError;
}) {
  const { lang, viewer, milestones } = props;
  const t = actionsText[lang].milestones;
  const options = flatten(nestTeams(props.teams));
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin/milestones">
      <div class="results actions-page">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        {props.error && (
          <p class="notice error" role="alert">
            {t.errors[props.error]}
          </p>
        )}
        {milestones.length === 0 ? <p>{t.none}</p> : <MilestoneTable lang={lang} viewer={viewer} milestones={milestones} />}
        {milestones.length > 0 && <MilestoneList lang={lang} milestones={milestones} idPrefix="admin-" />}
        <section class="card">
          <h2>{t.form.add}</h2>
          <form method="post" action="/admin/milestones" class="stack">
            <input type="hidden" name="_csrf" value={viewer.csrf} />
            <label for="ms-team">{t.form.team}</label>
            <select id="ms-team" name="teamId">
              {options.map(({ id, name, depth }) => (
                <option value={id}>{'\u2003'.repeat(depth) + name}</option>
              ))}
            </select>
            <label for="ms-role">{t.form.role}</label>
            <select id="ms-role" name="role">
              <option value="">{t.everyone}</option>
              {ROLES.map((r) => (
                <option value={r}>{actionsText[lang].roles[r]}</option>
              ))}
            </select>
            <label for="ms-measure">{t.form.measure}</label>
            <select id="ms-measure" name="measure">
              {MEASURES.map((m) => (
                <option value={m.id}>{measureName(lang, m.id)}</option>
              ))}
            </select>
            <label for="ms-comparator">{t.form.comparator}</label>
            <select id="ms-comparator" name="comparator">
              <option value="">{t.form.byMeasure}</option>
              <option value="atLeast">{t.form.atLeast}</option>
              <option value="atMost">{t.form.atMost}</option>
            </select>
            <label for="ms-target">{t.form.target}</label>
            <input id="ms-target" name="target" type="number" step="any" min="-100" max="100" required aria-describedby="ms-target-hint" />
            <p class="hint" id="ms-target-hint">
              {t.form.targetHint}
            </p>
            <label for="ms-due">{t.form.due}</label>
            <input id="ms-due" name="dueOn" required aria-describedby="ms-due-hint" placeholder="2027-06-30" />
            <p class="hint" id="ms-due-hint">
              {t.form.dueHint}
            </p>
            <button type="submit">{t.form.create}</button>
          </form>
        </section>
      </div>
    </SignedInLayout>
  );
}

function MilestoneTable({ lang, viewer, milestones }: { lang: Lang; viewer: Viewer; milestones: MilestoneWithReading[] }) {
  const t = actionsText[lang].milestones;
  return (
    <table class="data">
      <thead>
        <tr>
          <th scope="col">{t.cols.milestone}</th>
          <th scope="col">{t.cols.status}</th>
          <th scope="col">{t.cols.action}</th>
        </tr>
      </thead>
      <tbody>
        {milestones.map((m) => {
          const label = milestoneLabel(lang, m);
          return (
            <tr>
              <td>{label}</td>
              <td class={`status ${m.reading.status}`}>{t.status[m.reading.status]}</td>
              <td>
                <form method="post" action={`/admin/milestones/${encodeURIComponent(m.id)}/delete`}>
                  <input type="hidden" name="_csrf" value={viewer.csrf} />
                  <button type="submit" class="link" aria-label={t.form.removeLabel(label)}>
                    {t.form.remove}
                  </button>
                </form>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

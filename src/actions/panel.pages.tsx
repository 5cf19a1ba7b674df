import type { ComponentChildren } from 'preact';
import { formatDay, type Lang } from '../lib/i18n';
import { Scroll } from '../results/cells';
import type { TrendMetric } from '../results/charts';
import type { WaveOutcome } from '../results/results.service';
import { actionsText } from './actions.text';
import { actionOverlay, overlays, targetOverlay } from './chart-marks';
import type { MeasureEffect } from './effect.service';
import { WINDOW } from './effect.service';
import { intervalText, measureName, signedText, unitWord, valueText } from './format';
import { MilestoneList } from './milestones.pages';
import { marksFor, type ActionsPanel, type ListedAction } from './panel';

/** The results page's parts about actions: marks on the trend charts, the list with effects, the milestones. */

/** What a trend chart draws of the panel: the actions aimed at its family and this team's milestones on it. */
export function trendMarks(lang: Lang, panel: ActionsPanel, metric: TrendMetric, waves: WaveOutcome[]) {
  const t = actionsText[lang];
  const marks = marksFor(panel, metric);
  const targets = panel.milestones.filter((m) => m.role === '' && m.measure === metric);
  if (marks.length === 0 && targets.length === 0) return null;
  const labels = targets.map((m) => t.milestones.targetBy(m.comparator, valueText(lang, m.measure, m.target), formatDay(lang, m.dueOn)));
  return {
    chart: {
      overlay: overlays(actionOverlay(waves, marks), ...targets.map((m, i) => targetOverlay(waves, { measure: m.measure, value: m.target, dueOn: m.dueOn, label: labels[i] }))),
      overlaySummary: [marks.length ? t.marks.actions(marks.length) : '', ...labels.map((l) => t.marks.target(l))].filter(Boolean).join(' '),
    },
    caption:
      marks.length > 0 ? (
        <p class="action-key">
          <span class="visually-hidden">{t.marks.key}: </span>
          {marks.map((m) => (
            <span class="item">
              <span class="badge" aria-hidden="true">
                {m.number}
              </span>{' '}
              {m.title} ({formatDay(lang, m.startsOn)})
            </span>
          ))}
        </p>
      ) : null,
  };
}

/** A cell that names its column, so a phone can show each row as a card (web/actions.css). */
function Cell(props: { label: string; class: string; children: ComponentChildren }) {
  return (
    <td class={props.class} data-label={props.label}>
      <div class="v">{props.children}</div>
    </td>
  );
}

/** One action's effects, a row per measure it aims at. */
export function EffectTable({ lang, effects, titles }: { lang: Lang; effects: MeasureEffect[]; titles: ReadonlyMap<string, string> }) {
  const t = actionsText[lang];
  const c = t.cols;
  return (
    <Scroll lang={lang} label={t.effects.heading}>
      <table class="data compact effects">
        <thead>
          <tr>
            <th scope="col">{c.measure}</th>
            <th scope="col" class="num">
              {c.effect}
            </th>
            <th scope="col">{c.verdict}</th>
            <th scope="col" class="num">
              {c.beforeAfter}
            </th>
            <th scope="col" class="num">
              {c.teamChange}
            </th>
            <th scope="col" class="num">
              {c.comparison}
            </th>
            <th scope="col" class="num">
              {c.detectable}
            </th>
          </tr>
        </thead>
        <tbody>
          {effects.map((e) => {
            const others = e.alongside.map((id) => titles.get(id)).filter(Boolean);
            return (
              <tr>
                <th scope="row">
                  {measureName(lang, e.measure)} <span class="aim">{e.direction === 'up' ? '↑' : '↓'}</span>
                </th>
                <Cell label={c.effect} class="num">
                  {e.effect !== undefined ? (
                    <>
                      <strong>{signedText(lang, e.measure, e.effect)}</strong> <small class="ci">({intervalText(lang, e.measure, e.low!, e.high!)})</small>
                    </>
                  ) : (
                    '–'
                  )}
                </Cell>
                <Cell label={c.verdict} class={`verdict ${e.verdict}`}>
                  {t.effects.verdict[e.verdict]}
                  {e.peers > 0 && <small>{t.effects.comparison(e.peers)}</small>}
                  {others.length > 0 && <small>{t.effects.alongside(others.map((o) => (lang === 'de' ? `„${o}“` : `“${o}”`)).join(', '))}</small>}
                </Cell>
                <Cell label={c.beforeAfter} class="num">
                  {e.before !== undefined ? valueText(lang, e.measure, e.before) : '–'} → {e.after !== undefined ? valueText(lang, e.measure, e.after) : '–'}
                  <small class="waves">{t.effects.waves(e.wavesBefore, e.wavesAfter)}</small>
                </Cell>
                <Cell label={c.teamChange} class="num">
                  {e.change !== undefined ? signedText(lang, e.measure, e.change) : '–'}
                </Cell>
                <Cell label={c.comparison} class="num">
                  {e.comparison !== undefined ? signedText(lang, e.measure, e.comparison) : '–'}
                </Cell>
                <Cell label={c.detectable} class="num">
                  {e.detectable !== undefined ? t.effects.detectable(signedText(lang, e.measure, e.detectable).replace(/^[+]/, ''), unitWord(lang, e.measure)) : '–'}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Scroll>
  );
}

export function periodText(lang: Lang, row: { startsOn: string; endsOn: string | null }) {
  const t = actionsText[lang];
  if (row.endsOn === row.startsOn) return t.on(formatDay(lang, row.startsOn));
  return row.endsOn ? t.span(formatDay(lang, row.startsOn), formatDay(lang, row.endsOn)) : t.since(formatDay(lang, row.startsOn));
}

function ListedActionView({ lang, action, titles, href }: { lang: Lang; action: ListedAction; titles: ReadonlyMap<string, string>; href: string }) {
  return (
    <article class="action">
      <h3>
        <span class="badge" aria-hidden="true">
          {action.number}
        </span>{' '}
        <a href={href}>{action.title}</a>
      </h3>
      <p class="action-meta">
        {action.team.name} · {periodText(lang, action.row)}
      </p>
      {action.row.note && <p class="action-note">{action.row.note}</p>}
      <EffectTable lang={lang} effects={action.effects} titles={titles} />
    </article>
  );
}

/** The results page's list of actions in the subtree with their effects, and the team's milestones. */
export function ActionsSection({ lang, panel, teamId, keepLang }: { lang: Lang; panel: ActionsPanel; teamId: string; keepLang: boolean }) {
  const t = actionsText[lang];
  const suffix = keepLang ? `lang=${lang}` : '';
  const manage = `/actions?team=${encodeURIComponent(teamId)}${suffix ? `&${suffix}` : ''}`;
  return (
    <section class="actions-panel" aria-labelledby="actions">
      <h2 id="actions">{t.effects.heading}</h2>
      <p class="hint">{t.effects.intro}</p>
      {panel.actions.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        panel.actions.map((a) => <ListedActionView lang={lang} action={a} titles={panel.titles} href={`/actions/${encodeURIComponent(a.row.id)}${suffix ? `?${suffix}` : ''}`} />)
      )}
      <p>
        <a href={manage}>{t.manage}</a>
        {panel.total > panel.actions.length ? ` (${panel.total})` : ''}
      </p>
      <p class="hint">{t.effects.method(WINDOW)}</p>
      {panel.milestones.length > 0 && (
        <>
          <h2 id="milestones">{t.milestones.heading}</h2>
          <p class="hint">{t.milestones.intro}</p>
          <MilestoneList lang={lang} milestones={panel.milestones} idPrefix="ms-" />
        </>
      )}
    </section>
  );
}

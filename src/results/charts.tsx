import type { ComponentChildren } from 'preact';
import { timeAxis } from '../lib/axis';
import type { Lang } from '../lib/i18n';
import { Change, Scroll, Suppressed, WaveCell, axisDate, fmt, interval, reasonOf } from './cells';
import { pagesText } from './pages.text';
import type { Score, WaveOutcome } from './results.service';

/**
 * A trend as a server-rendered SVG line chart: the value as a line, its 95% interval as a band, suppressed waves as
 * hatched gaps that break the line (never a zero), ▲/▼ where a change exceeds its uncertainty. The viewBox is about
 * as wide as a phone, so text stays readable there and the chart scales up (to a CSS cap) on a desktop.
 */

const W = 400;
const H = 220;
const M = { left: 34, right: 10, top: 16, bottom: 30 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

export type TrendMetric = 'trust' | 'fear' | 'gap';

interface Point {
  i: number;
  score: Score;
}

/** 0–100 for the scores; the gap gets a range that holds its data, in steps of 25, always including 0. */
export function domainOf(metric: TrendMetric, scores: Score[]): [number, number] {
  if (metric !== 'gap') return [0, 100];
  const lo = Math.min(0, ...scores.map((s) => s.low));
  const hi = Math.max(50, ...scores.map((s) => s.high));
  return [Math.max(-100, Math.floor(lo / 25) * 25), Math.min(100, Math.ceil(hi / 25) * 25)];
}

/** Where a chart's plot is, for what others draw on it (actions/chart-marks.tsx: actions and milestones). */
export interface ChartFrame {
  x: (i: number) => number;
  y: (v: number) => number;
  step: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TrendChartProps {
  lang: Lang;
  /** trust, fear or gap; another stored measure (`maturity.tools`, `adopter`) with `label` and `domain`. */
  metric: TrendMetric | string;
  waves: WaveOutcome[];
  label?: string;
  domain?: [number, number];
  /** Drawn over the plot (markers of actions, a milestone's target); `overlaySummary` says it to screen readers. */
  overlay?: (frame: ChartFrame) => ComponentChildren;
  overlaySummary?: string;
  /** Keeps ids apart when one measure is charted twice on a page. */
  idPrefix?: string;
  /** How the value axis is labelled (maturity in levels); numbers by default. */
  tickLabel?: (value: number) => string;
}

export function TrendChart({ lang, metric, waves, label, domain, overlay, overlaySummary, idPrefix = '', tickLabel }: TrendChartProps) {
  const t = pagesText[lang];
  const n = waves.length;
  // By date, labels thinned so none collide (a day label is about 34 units wide at the tick size).
  const axis = timeAxis(waves.map((w) => Date.parse(w.closedAt)), M.left, M.left + PLOT_W, 34);
  const step = axis.minStep;
  const x = (i: number) => axis.x[i];
  const points: (Point | null)[] = waves.map((w, i) => (w.published && w.scores?.[metric] ? { i, score: w.scores[metric] } : null));
  const present = points.filter((p): p is Point => p !== null);
  const [lo, hi] = domain ?? domainOf(metric as TrendMetric, present.map((p) => p.score));
  const y = (v: number) => M.top + PLOT_H - ((v - lo) / (hi - lo)) * PLOT_H;
  const tickStep = hi - lo > 100 ? 50 : hi - lo >= 50 ? 25 : (hi - lo) / 4;
  const ticks = Array.from({ length: Math.round((hi - lo) / tickStep) + 1 }, (_, j) => lo + j * tickStep);
  const runs = groupRuns(points);
  const last = present.at(-1);
  const latest = last ? t.chartLatest(fmt(lang, last.score.value), fmt(lang, last.score.low), fmt(lang, last.score.high), waves[last.i].title) : '';
  const hatch = `${idPrefix}hatch-${metric}`;
  const name = label ?? t.metric[metric as TrendMetric];
  const stripe = Math.min(step * 0.7, 36);

  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.chartSummary(name, n, latest, n - present.length) + (overlaySummary ? ` ${overlaySummary}` : '')}>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" class="hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
        </pattern>
      </defs>
      {ticks.map((v) => (
        <g>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} class={v === 0 ? 'axis zero' : 'grid'} />
          <text x={M.left - 6} y={y(v) + 4} class="tick" text-anchor="end">
            {tickLabel ? tickLabel(v) : fmt(lang, v)}
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        p ? null : <rect x={x(i) - stripe / 2} y={M.top} width={stripe} height={PLOT_H} fill={`url(#${hatch})`} class="gap-stripe" />,
      )}
      {runs.map((run) =>
        run.length > 1 ? (
          <g>
            <path class="band" d={bandPath(run, x, y)} />
            <polyline class="line" points={run.map((p) => `${x(p.i)},${y(p.score.value)}`).join(' ')} />
          </g>
        ) : (
          <line class="whisker" x1={x(run[0].i)} x2={x(run[0].i)} y1={y(run[0].score.low)} y2={y(run[0].score.high)} />
        ),
      )}
      {present.map((p) => (
        <circle class="dot" cx={x(p.i)} cy={y(p.score.value)} r="3.5" />
      ))}
      {present
        .filter((p) => p.score.change)
        .map((p) => (
          <text class={`marker ${p.score.change}`} x={x(p.i)} y={y(p.score.high) - 5} text-anchor="middle">
            {p.score.change === 'up' ? '▲' : '▼'}
          </text>
        ))}
      {overlay?.({ x, y, step, left: M.left, right: W - M.right, top: M.top, bottom: M.top + PLOT_H })}
      {waves.map((w, i) =>
        axis.labelled[i] ? (
          <text class="tick" x={x(i)} y={H - 10} text-anchor="middle">
            {axisDate(lang, w.closedAt)}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** Consecutive published waves: the line and band are drawn per run, so a suppressed wave is a visible break. */
function groupRuns(points: (Point | null)[]): Point[][] {
  const runs: Point[][] = [];
  for (const p of points) {
    if (!p) continue;
    const run = runs.at(-1);
    if (run && run.at(-1)!.i === p.i - 1) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

function bandPath(run: Point[], x: (i: number) => number, y: (v: number) => number) {
  const upper = run.map((p) => `${x(p.i)},${y(p.score.high)}`);
  const lower = run.map((p) => `${x(p.i)},${y(p.score.low)}`).reverse();
  return `M${upper.join('L')}L${lower.join('L')}Z`;
}

/** The chart's numbers as a real table: what a screen reader reads, and what a printout keeps. */
export function TrendTable({ lang, metric, waves }: { lang: Lang; metric: TrendMetric; waves: WaveOutcome[] }) {
  const t = pagesText[lang];
  return (
    <Scroll lang={lang} label={t.tableCaption(t.metric[metric])}>
      <table class="data compact">
        <caption>{t.tableCaption(t.metric[metric])}</caption>
        <thead>
          <tr>
            <th scope="col">{t.cols.wave}</th>
            <th scope="col" class="num">
              {t.cols.value}
            </th>
            <th scope="col" class="num">
              {t.cols.interval}
            </th>
            <th scope="col" class="num">
              {t.cols.respondents}
            </th>
            <th scope="col">{t.cols.change}</th>
          </tr>
        </thead>
        <tbody>
          {[...waves].reverse().map((w) => {
            const score = w.published ? w.scores?.[metric] : undefined;
            return (
              <tr>
                <WaveCell lang={lang} wave={w} />
                {score ? (
                  <>
                    <td class="num">{fmt(lang, score.value)}</td>
                    <td class="num">{interval(lang, score)}</td>
                    <td class="num">{fmt(lang, w.respondents ?? score.n)}</td>
                    <td>
                      <Change lang={lang} score={score} />
                    </td>
                  </>
                ) : (
                  <Suppressed lang={lang} reason={reasonOf(lang, w)} colSpan={4} />
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Scroll>
  );
}

/** What the chart's marks mean, for sighted readers and on paper. */
export function ChartLegend({ lang }: { lang: Lang }) {
  const t = pagesText[lang].legend;
  return (
    <p class="legend" aria-hidden="true">
      <span class="item">
        <span class="key line-key" /> {t.value}
      </span>{' '}
      <span class="item">
        <span class="key band-key" /> {t.band}
      </span>{' '}
      <span class="item">
        <span class="key hatch-key" /> {t.suppressed}
      </span>{' '}
      <span class="item">
        <span class="marker-key">▲▼</span> {t.change}
      </span>
    </p>
  );
}

import { timeAxis, weekLabel } from '../lib/axis';
import { formatNumber, type Lang } from '../lib/i18n';
import { exportText } from './export.text';
import { asLevel, fmt } from './format';
import { DIMENSIONS } from './measures';
import { isWithheld, type LevelDistribution, type QuarterScore, type ViewModel, type Withheld } from './model';
import { reportText } from './report.text';

/*
 * The report's charts: plain SVG rendered on the server, sized for an A4 column (about 680 px), with a <title> and
 * text for screen readers and colours that survive black-and-white printing (shapes and labels carry the meaning).
 */

const COLOURS: Record<string, string> = { trust: '#1f5fbf', fear: '#b45309', gap: '#6b3fa0' };
/** Also in report.css, for the legend's swatches (`.swatch.level-1` …). */
const LEVEL_FILL = ['#d6e4f7', '#7ea6e0', '#1f4f99'];
const LEVEL_INK = ['#1d2430', '#1d2430', '#ffffff'];
const n0 = (lang: Lang, x: number) => formatNumber(lang, x, 0);

/** One small panel per measure: the quarter's waves with intervals, the quarter mean and the previous quarter's. */
export function TrendPanels({ lang, view }: { lang: Lang; view: ViewModel }) {
  const t = reportText[lang].charts;
  const x = exportText[lang];
  const measures = ['trust', 'fear', 'gap'];
  const W = 220;
  const H = 190;
  const pad = { l: 30, r: 8, t: 24, b: 38 };
  return (
    <div class="trend-panels">
      {measures.map((m) => {
        const [min, max] = m === 'gap' ? [-100, 100] : [0, 100];
        const y = (v: number) => pad.t + ((max - v) / (max - min)) * (H - pad.t - pad.b);
        const waves = view.waves;
        // Placed by the day each wave closed; week labels ("KW 41", about 26 units wide) only where they fit.
        const axis = timeAxis(waves.map((w) => Date.parse(w.closedAt)), pad.l, W - pad.r, 26);
        const cx = (i: number) => axis.x[i];
        const q = view.quarter[m];
        const quarter = q && !isWithheld(q) ? q : undefined;
        const ticks = m === 'gap' ? [-100, -50, 0, 50, 100] : [0, 25, 50, 75, 100];
        const id = `trend-${m}`;
        return (
          <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby={`${id}-t`} class="chart">
            <title id={`${id}-t`}>
              {`${x.measures[m]}: ${waves.map((w) => (w.published && w.scores?.[m] ? `${w.title} ${n0(lang, w.scores[m].value)}` : `${w.title} ${t.suppressed}`)).join(', ')}`}
            </title>
            <text x={pad.l} y={14} class="chart-title">
              {x.measures[m].split(' (')[0]}
            </text>
            {ticks.map((v) => (
              <g>
                <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} class={v === 0 ? 'axis' : 'grid'} />
                <text x={pad.l - 4} y={y(v) + 3} class="tick" text-anchor="end">
                  {n0(lang, v)}
                </text>
              </g>
            ))}
            {quarter?.previous && (
              <g class="prev">
                <line x1={pad.l} x2={W - pad.r} y1={y(quarter.previous.value)} y2={y(quarter.previous.value)} stroke-dasharray="4 3" />
              </g>
            )}
            {quarter && <line x1={pad.l} x2={W - pad.r} y1={y(quarter.value)} y2={y(quarter.value)} stroke={COLOURS[m]} stroke-width="1.5" opacity="0.6" />}
            {waves.map((w, i) => {
              const s = w.published ? w.scores?.[m] : undefined;
              const label = weekLabel(lang, w.closedAt);
              return (
                <g>
                  {s ? (
                    <>
                      <line x1={cx(i)} x2={cx(i)} y1={y(s.low)} y2={y(s.high)} stroke={COLOURS[m]} stroke-width="2" />
                      <circle cx={cx(i)} cy={y(s.value)} r="4.5" fill={COLOURS[m]} />
                      <text x={cx(i) + 7} y={y(s.value) + 4} class="value">
                        {n0(lang, s.value)}
                      </text>
                    </>
                  ) : (
                    <text x={cx(i)} y={y(min) - 4} class="tick" text-anchor="middle">
                      <title>{t.suppressed}</title>–
                    </text>
                  )}
                  {axis.labelled[i] && (
                    <text x={cx(i)} y={H - pad.b + 14} class="tick" text-anchor="middle">
                      {label}
                    </text>
                  )}
                </g>
              );
            })}
            <text x={pad.l} y={H - 6} class="legend-text">
              {quarter ? `${t.quarterMean} ${n0(lang, quarter.value)}` : ''}
              {quarter?.previous ? ` · ${t.previousQuarter} ${n0(lang, quarter.previous.value)}` : ''}
            </text>
          </svg>
        );
      })}
    </div>
  );
}

/** Mean level per maturity dimension (1–3) with its interval, and the previous quarter's as a hollow mark. */
export function MaturityProfile({ lang, view }: { lang: Lang; view: ViewModel }) {
  const x = exportText[lang];
  const W = 680;
  const row = 30;
  const pad = { l: 170, r: 60, t: 26, b: 10 };
  const H = pad.t + DIMENSIONS.length * row + pad.b;
  const px = (level: number) => pad.l + ((level - 1) / 2) * (W - pad.l - pad.r);
  const scores = DIMENSIONS.map((d) => view.kpis.maturity[d].score);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="profile-t" class="chart">
      <title id="profile-t">
        {DIMENSIONS.map((d, i) => `${x.dimensions[d]}: ${isWithheld(scores[i]) ? (scores[i] as Withheld).reasonText : formatNumber(lang, asLevel((scores[i] as QuarterScore).value), 1)}`).join(', ')}
      </title>
      {[1, 2, 3].map((l) => (
        <g>
          <line x1={px(l)} x2={px(l)} y1={pad.t - 6} y2={H - pad.b} class="grid" />
          <text x={px(l)} y={pad.t - 10} class="tick" text-anchor="middle">
            {x.level(l)}
          </text>
        </g>
      ))}
      {DIMENSIONS.map((d, i) => {
        const s = scores[i];
        const cy = pad.t + row * i + row / 2;
        return (
          <g>
            <text x={pad.l - 10} y={cy + 4} class="label" text-anchor="end">
              {x.dimensions[d]}
            </text>
            {isWithheld(s) ? (
              <text x={px(1)} y={cy + 4} class="tick">
                {s.reasonText}
              </text>
            ) : (
              <>
                {s.previous && <circle cx={px(asLevel(s.previous.value))} cy={cy} r="5" class="prev-dot" />}
                <line x1={px(asLevel(s.low))} x2={px(asLevel(s.high))} y1={cy} y2={cy} stroke="#1f4f99" stroke-width="2.5" />
                <circle cx={px(asLevel(s.value))} cy={cy} r="5.5" fill="#1f4f99" />
                <text x={W - pad.r + 8} y={cy + 4} class="value">
                  {formatNumber(lang, asLevel(s.value), 1)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** A small stacked bar of one distribution, for a table cell; its title carries the numbers for screen readers. */
export function MiniLevels({ lang, dist }: { lang: Lang; dist: LevelDistribution }) {
  const x = exportText[lang];
  const W = 64;
  let left = 0;
  return (
    <svg viewBox={`0 0 ${W} 14`} width={W} height="14" role="img" class="chart mini">
      <title>{dist.shares.map((s, l) => `${x.level(l + 1)} ${fmt(lang, s, 'percent')}`).join(', ')}</title>
      {dist.shares.map((share, l) => {
        const w = (share / 100) * W;
        const x0 = left;
        left += w;
        return (
          <g>
            <rect x={x0} y={0} width={w} height={14} fill={LEVEL_FILL[l]} stroke="#1d2430" stroke-width="0.4" />
            {w >= 28 && (
              <text x={x0 + w / 2} y={10.5} fill={LEVEL_INK[l]} class="mini-text" text-anchor="middle">
                {fmt(lang, share, 'percent')}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Stacked bars of the levels per dimension; a dimension whose distribution rule 4 withholds is drawn empty, labelled. */
export function LevelBars({ lang, view, compact = false }: { lang: Lang; view: ViewModel; compact?: boolean }) {
  const x = exportText[lang];
  const t = reportText[lang].charts;
  const W = 680;
  const row = compact ? 22 : 30;
  const pad = { l: 170, r: 10, t: compact ? 4 : 24, b: 4 };
  const H = pad.t + DIMENSIONS.length * row + pad.b;
  const width = W - pad.l - pad.r;
  const levels = DIMENSIONS.map((d) => view.kpis.maturity[d].levels);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`levels-${view.key}`} class="chart">
      <title id={`levels-${view.key}`}>
        {DIMENSIONS.map((d, i) => `${x.dimensions[d]}: ${isWithheld(levels[i]) ? t.withheld : (levels[i] as LevelDistribution).shares.map((s, l) => `${x.level(l + 1)} ${fmt(lang, s, 'percent')}`).join(', ')}`).join('; ')}
      </title>
      {!compact &&
        [1, 2, 3].map((l, i) => (
          <g>
            <rect x={pad.l + i * 110} y={4} width="12" height="12" fill={LEVEL_FILL[i]} stroke="#1d2430" stroke-width="0.5" />
            <text x={pad.l + i * 110 + 16} y={14} class="tick">
              {x.level(l)}
            </text>
          </g>
        ))}
      {DIMENSIONS.map((d, i) => {
        const dist = levels[i];
        const top = pad.t + row * i + 3;
        const h = row - 6;
        let left = pad.l;
        return (
          <g>
            <text x={pad.l - 10} y={top + h / 2 + 4} class="label" text-anchor="end">
              {x.dimensions[d]}
            </text>
            {isWithheld(dist) ? (
              <>
                <rect x={pad.l} y={top} width={width} height={h} class="withheld-bar" />
                <text x={pad.l + 8} y={top + h / 2 + 4} class="tick">
                  {dist.reasonText}
                </text>
              </>
            ) : (
              dist.shares.map((share, l) => {
                const w = (share / 100) * width;
                const x0 = left;
                left += w;
                return (
                  <g>
                    <rect x={x0} y={top} width={w} height={h} fill={LEVEL_FILL[l]} stroke="#ffffff" stroke-width="1" />
                    {w > 34 && (
                      <text x={x0 + w / 2} y={top + h / 2 + 4} fill={LEVEL_INK[l]} class="bar-text" text-anchor="middle">
                        {fmt(lang, share, 'percent')}
                      </text>
                    )}
                  </g>
                );
              })
            )}
          </g>
        );
      })}
    </svg>
  );
}

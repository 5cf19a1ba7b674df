import type { Lang } from '../lib/i18n';
import { Scroll, ScoreText, Suppressed, fmt, interval, pct, reasonOf, waveLabel, range } from './cells';
import { adoption, type HeatRow, type ResultsPageData } from './page-data';
import { pagesText, type Metric } from './pages.text';
import type { Score } from './results.service';

/** Side by side at the latest closed wave: the teams below (a heatmap), the roles, adopters against non-users. */

/**
 * Five tones from less to more favourable, fixed per measure so a colour means the same in every wave and team.
 * Fear and the gap are better when lower. The palette runs orange → grey → blue: it stays distinct for the common
 * colour-vision deficiencies, every tone is light enough for dark text (≥ 7:1), and the number is always printed too.
 */
const TONE_STEPS: Record<Metric, { cuts: [number, number, number, number]; higherIsBetter: boolean }> = {
  trust: { cuts: [40, 50, 60, 70], higherIsBetter: true },
  fear: { cuts: [30, 40, 50, 60], higherIsBetter: false },
  gap: { cuts: [10, 20, 30, 40], higherIsBetter: false },
  adoption: { cuts: [20, 35, 50, 65], higherIsBetter: true },
};

export function toneOf(metric: Metric, value: number): 1 | 2 | 3 | 4 | 5 {
  const { cuts, higherIsBetter } = TONE_STEPS[metric];
  const above = cuts.filter((c) => value >= c).length;
  return (higherIsBetter ? above + 1 : 5 - above) as 1 | 2 | 3 | 4 | 5;
}

const HEAT_METRICS: Metric[] = ['trust', 'fear', 'gap', 'adoption'];

export function Heatmap({ lang, data, href }: { lang: Lang; data: ResultsPageData; href: (teamId: string) => string }) {
  const t = pagesText[lang];
  if (!data.latest || data.heat.length === 0) return null;
  return (
    <section aria-labelledby="heatmap">
      <h2 id="heatmap">{t.heatmap}</h2>
      <p class="hint">{t.heatmapIntro(waveLabel(lang, data.latest))}</p>
      <HeatLegend lang={lang} />
      {data.heat.length < data.heatTotal && <p class="hint">{t.heatmapTruncated(data.heat.length, data.heatTotal)}</p>}
      <Scroll lang={lang} label={t.heatmap}>
        <table class="data heatmap">
          <caption class="visually-hidden">{t.heatmapIntro(waveLabel(lang, data.latest))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.team}</th>
              {HEAT_METRICS.map((m) => (
                <th scope="col" class="num">
                  {t.short[m]} <span aria-hidden="true">{TONE_STEPS[m].higherIsBetter ? '↑' : '↓'}</span>
                  <span class="visually-hidden">({TONE_STEPS[m].higherIsBetter ? t.higherBetter : t.lowerBetter})</span>
                </th>
              ))}
              <th scope="col" class="num">
                {t.short.respondents}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.heat.map((row) => (
              <HeatmapRow lang={lang} row={row} href={href} current={row.team.id === data.team.id} />
            ))}
          </tbody>
        </table>
      </Scroll>
    </section>
  );
}

function HeatmapRow({ lang, row, href, current }: { lang: Lang; row: HeatRow; href: (id: string) => string; current: boolean }) {
  const t = pagesText[lang];
  const o = row.outcome;
  const value = (m: Metric): Score | undefined => (m === 'adoption' ? adoption(o) : o.scores?.[m]);
  return (
    <tr>
      <th scope="row" class={`team depth-${Math.min(row.depth, 6)}`}>
        <a href={href(row.team.id)} aria-current={current ? 'page' : undefined}>
          {row.team.name}
        </a>
      </th>
      {!o.published ? (
        <Suppressed lang={lang} reason={reasonOf(lang, o)} colSpan={HEAT_METRICS.length + 1} />
      ) : (
        <>
          {HEAT_METRICS.map((m) => {
            const s = value(m);
            if (!s) return <Suppressed lang={lang} reason={reasonOf(lang, { reason: 'no-data', k: o.k })} short="–" />;
            return (
              <td class={`num heat tone-${toneOf(m, s.value)}`} title={`${t.cols.interval}: ${m === 'adoption' ? range(lang, pct(lang, s.low), pct(lang, s.high)) : interval(lang, s)}`}>
                {m === 'adoption' ? pct(lang, s.value) : fmt(lang, s.value)}
              </td>
            );
          })}
          <td class="num">{fmt(lang, o.respondents ?? 0)}</td>
        </>
      )}
    </tr>
  );
}

function HeatLegend({ lang }: { lang: Lang }) {
  const t = pagesText[lang].heatmapLegend;
  return (
    <p class="heat-legend">
      <span>{t.worse}</span>
      {[1, 2, 3, 4, 5].map((n) => (
        <span class={`swatch tone-${n}`} aria-hidden="true" />
      ))}
      <span>{t.better}</span>
      <span class="swatch suppressed" aria-hidden="true" />
      <span>{t.note}</span>
    </p>
  );
}

export function Roles({ lang, data }: { lang: Lang; data: ResultsPageData }) {
  const t = pagesText[lang];
  if (!data.latest || !data.isCompany) return null;
  const metrics = ['trust', 'fear', 'gap'] as const;
  return (
    <section aria-labelledby="roles">
      <h2 id="roles">{t.roles}</h2>
      <p class="hint">{t.rolesIntro(waveLabel(lang, data.latest))}</p>
      <Scroll lang={lang} label={t.roles}>
        <table class="data compact">
          <thead>
            <tr>
              <th scope="col">{t.role}</th>
              <th scope="col" class="num">
                {t.respondents}
              </th>
              {metrics.map((m) => (
                <th scope="col" class="num">
                  {t.short[m]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.roles.map(({ role, outcome }) => (
              <tr>
                <th scope="row">{t.roleNames[role]}</th>
                {outcome.published ? (
                  <>
                    <td class="num">{fmt(lang, outcome.respondents ?? 0)}</td>
                    {metrics.map((m) => (
                      <td class="num">{outcome.scores?.[m] ? <ScoreText lang={lang} score={outcome.scores[m]} /> : <Suppressed lang={lang} inline reason={reasonOf(lang, { reason: 'no-data', k: outcome.k })} />}</td>
                    ))}
                  </>
                ) : (
                  <Suppressed lang={lang} reason={reasonOf(lang, outcome)} colSpan={metrics.length + 1} />
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </section>
  );
}

/**
 * Adopters against non-users: the company only, where the comparison cannot be subtracted down to fewer than k people
 * (splits.ts); otherwise the reason, no numbers.
 */
export function Split({ lang, data }: { lang: Lang; data: ResultsPageData }) {
  const t = pagesText[lang];
  const wave = data.latestPublished;
  if (!data.latest) return null;
  if (!data.isCompany) {
    return (
      <section aria-labelledby="split">
        <h2 id="split">{t.comparisons}</h2>
        <p class="notice">{t.companyOnly}</p>
      </section>
    );
  }
  const split = wave?.split;
  const groups = split ? ([['adopters', split.adopters], ['nonusers', split.nonusers]] as const) : [];
  const metrics = ['trust', 'fear', 'gap'] as const;
  return (
    <section aria-labelledby="split">
      <h2 id="split">{t.split}</h2>
      {wave && <p class="hint">{t.splitIntro(waveLabel(lang, wave))}</p>}
      {!split ? (
        <p class="notice suppressed-note">{t.splitAbsent(wave?.k ?? data.k)}</p>
      ) : (
        <Scroll lang={lang} label={t.split}>
          <table class="data compact">
            <thead>
              <tr>
                <th scope="col">{t.cols.measure}</th>
                {groups.map(([name, scores]) => (
                  <th scope="col" class="num">
                    {t[name]} {scores.trust ? `(n = ${fmt(lang, scores.trust.n)})` : ''}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {metrics.map((m) => (
                <tr>
                  <th scope="row">{t.metric[m]}</th>
                  {groups.map(([, scores]) => (
                    <td class="num">{scores[m] ? <ScoreText lang={lang} score={scores[m]} /> : <span class="hint">{t.nobody}</span>}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </section>
  );
}

import type { ActionsPanel } from '../actions/panel';
import { FindingsSection } from '../insights/insights.pages';
import type { Insights } from '../insights/insights.service';
import { ActionsSection, trendMarks } from '../actions/panel.pages';
import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { Change, Scroll, Suppressed, WaveCell, fmt, longDate, pct, reasonOf } from './cells';
import { ChartLegend, TrendChart, TrendTable, type TrendMetric } from './charts';
import { Heatmap, Roles, Split } from './compare.pages';
import { Overview } from './overview.pages';
import { adoption, type ResultsPageData } from './page-data';
import { glossary } from '../glossary/glossary.text';
import { pagesText } from './pages.text';
import type { runningWave } from './running';

export interface ResultsPageProps {
  lang: Lang;
  viewer: Viewer;
  data: ResultsPageData;
  /** The team asked for in the URL, kept by the language switch. */
  teamParam?: string;
  /** Whether the URL named a language: then links carry it on, since nothing else remembers it. */
  keepLang: boolean;
  /** The subtree's actions with their effects and the team's milestones (actions/panel.ts). */
  actions?: ActionsPanel;
  /** What the latest closed wave shows beyond its uncertainty (src/insights): shown first. */
  insights?: Insights;
}

/** The leader's home: one team's subtree over time, its teams side by side, its roles, adopters against non-users. */
export function ResultsPage({ lang, viewer, data, teamParam, keepLang, actions, insights }: ResultsPageProps) {
  const t = pagesText[lang];
  const href = (teamId: string) => `/results?team=${encodeURIComponent(teamId)}${keepLang ? `&lang=${lang}` : ''}`;
  const query = teamParam ? `team=${encodeURIComponent(teamParam)}` : '';
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.heading(data.team.name)} path={`/results${query ? `?${query}` : ''}`}>
      <div class="results">
      {data.trail.length > 1 && (
        <nav aria-label={t.breadcrumb} class="trail">
          <ol>
            {data.trail.map((team) => (
              <li>
                {team.id === data.team.id ? <span aria-current="page">{team.name}</span> : <a href={href(team.id)}>{team.name}</a>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1>{t.heading(data.team.name)}</h1>
      {insights && <FindingsSection lang={lang} viewer={viewer} insights={insights} keepLang={keepLang} />}
      {data.running && <RunningWave lang={lang} wave={data.running.wave} />}
      {!data.latest ? (
        <p class="notice">{t.noWaves}</p>
      ) : (
        <>
          <Overview lang={lang} data={data} />
          <Trends lang={lang} data={data} actions={actions} />
          <Heatmap lang={lang} data={data} href={href} />
          <Roles lang={lang} data={data} />
          <Split lang={lang} data={data} />
        </>
      )}
      {actions && <ActionsSection lang={lang} panel={actions} teamId={data.team.id} keepLang={keepLang} />}
      {data.isCompany && data.latestPublished?.leftOut ? (
        <p class="hint">{t.leftOut(fmt(lang, data.latestPublished.leftOut), data.latestPublished.k)}</p>
      ) : null}
      <p class="hint explain">
        {t.explain(data.k)} <a href="/glossary">{glossary[lang].title}</a>
      </p>
      </div>
    </SignedInLayout>
  );
}

function RunningWave({ lang, wave }: { lang: Lang; wave: Awaited<ReturnType<typeof runningWave>> }) {
  const t = pagesText[lang];
  return (
    <section class="card running" aria-labelledby="running">
      <h2 id="running">{t.running}</h2>
      {!wave ? (
        <p>{t.runningNone}</p>
      ) : (
        <>
          <p>{t.runningMeta(wave.title, longDate(lang, wave.closesAt))}</p>
          {wave.published ? (
            <p class="running-rate">
              <strong>{t.runningRate(pct(lang, wave.responseRate * 100), fmt(lang, wave.responded), fmt(lang, wave.invited))}</strong>
            </p>
          ) : (
            <p class="suppressed block">{t.runningSuppressed(wave.k)}</p>
          )}
        </>
      )}
    </section>
  );
}

const TRENDS: TrendMetric[] = ['trust', 'fear', 'gap'];

function Trends({ lang, data, actions }: { lang: Lang; data: ResultsPageData; actions?: ActionsPanel }) {
  const t = pagesText[lang];
  return (
    <section aria-labelledby="trends">
      <h2 id="trends">{t.trends}</h2>
      <p class="hint">{t.trendsIntro}</p>
      {TRENDS.map((metric) => {
        const marks = actions ? trendMarks(lang, actions, metric, data.waves) : null;
        return (
        <div class="trend" id={`trend-${metric}`}>
          <h3>{t.metric[metric]}</h3>
          <p class="hint">{t.about[metric]}</p>
          <div class="trend-grid">
            <figure class="chart-box">
              <TrendChart lang={lang} metric={metric} waves={data.waves} {...marks?.chart} />
              <figcaption>
                <ChartLegend lang={lang} />
                {marks?.caption}
              </figcaption>
            </figure>
            <TrendTable lang={lang} metric={metric} waves={data.waves} />
          </div>
        </div>
        );
      })}
      <h3 id="more">{t.moreCaption}</h3>
      <MoreTable lang={lang} data={data} />
    </section>
  );
}

/** Participation, adoption and the human and system gap per wave: the rest of the trend, as a table only. */
function MoreTable({ lang, data }: { lang: Lang; data: ResultsPageData }) {
  const t = pagesText[lang];
  const gaps = ['gap.human', 'gap.system'] as const;
  return (
    <Scroll lang={lang} label={t.moreCaption}>
      <table class="data compact">
        <thead>
          <tr>
            <th scope="col">{t.cols.wave}</th>
            <th scope="col" class="num">
              {t.cols.respondents}
            </th>
            <th scope="col" class="num">
              {t.cols.rate}
            </th>
            <th scope="col" class="num">
              {t.metric.adoption}
            </th>
            <th scope="col" class="num">
              {t.facetNames['gap.human']}
            </th>
            <th scope="col" class="num">
              {t.facetNames['gap.system']}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...data.waves].reverse().map((w) => {
            if (!w.published) {
              return (
                <tr>
                  <WaveCell lang={lang} wave={w} />
                  <Suppressed lang={lang} reason={reasonOf(lang, w)} colSpan={5} />
                </tr>
              );
            }
            const adopters = adoption(w);
            return (
              <tr>
                <WaveCell lang={lang} wave={w} />
                <td class="num">{fmt(lang, w.respondents ?? 0)}</td>
                <td class="num">{w.responseRate !== undefined ? pct(lang, w.responseRate * 100) : '–'}</td>
                <td class="num">{adopters ? pct(lang, adopters.value) : '–'}</td>
                {gaps.map((g) =>
                  w.scores?.[g] ? (
                    <td class="num">
                      {fmt(lang, w.scores[g].value)} <Change lang={lang} score={w.scores[g]} />
                    </td>
                  ) : (
                    <Suppressed lang={lang} reason={reasonOf(lang, { reason: 'no-data', k: w.k })} short="–" />
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Scroll>
  );
}

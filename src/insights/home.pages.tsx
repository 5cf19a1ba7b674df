import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { fmt, longDate, pct } from '../results/cells';
import { pagesText } from '../results/pages.text';
import type { AdminOverview } from './home';
import { FindingCard } from './insights.pages';
import { present } from './insights.service';
import { insightsText } from './insights.text';

/**
 * The top of the admin's home: how the running wave is doing (its rate only from k answers on), when the next one
 * starts, and what the latest closed wave shows — the company's own findings and the teams that need attention.
 */
export function AdminOverviewSection({ lang, viewer, overview }: { lang: Lang; viewer: Viewer; overview: AdminOverview }) {
  const t = insightsText[lang];
  const p = pagesText[lang];
  const { running, insights } = overview;
  const wave = insights?.wave;
  return (
    <>
      <section class="home-status" aria-label={p.running}>
        <div class="card">
          <h2>{p.running}</h2>
          {!running ? (
            <p>{p.runningNone}</p>
          ) : (
            <>
              <p>{p.runningMeta(running.title, longDate(lang, running.closesAt))}</p>
              {running.published ? (
                <p class="big">{p.runningRate(pct(lang, running.responseRate * 100), fmt(lang, running.responded), fmt(lang, running.invited))}</p>
              ) : (
                <p class="suppressed block">{p.runningSuppressed(running.k)}</p>
              )}
            </>
          )}
        </div>
        <div class="card">
          <h2>{t.home.next}</h2>
          {overview.nextWave !== null ? (
            <p>{t.home.nextAt(formatDate(lang, overview.nextWave))}</p>
          ) : (
            <p>
              {t.home.noSchedule} <a href="/admin/schedule">{t.home.schedule}</a>
            </p>
          )}
        </div>
      </section>
      {wave && insights && (
        <section class="findings" aria-labelledby="findings">
          <h2 id="findings">{t.title}</h2>
          <p class="hint">{t.intro(wave.title)}</p>
          {!insights.computed && <p class="notice">{t.notYet}</p>}
          <h3>{t.home.urgent}</h3>
          {overview.urgent.length === 0 ? (
            <p>{t.home.urgentNone}</p>
          ) : (
            overview.urgent.map(({ top, concerns }) => (
              <div class="urgent-team">
                <FindingCard lang={lang} finding={present(lang, wave.id, top)} canAct={true} keepLang={false} heading="h4" />
                <p class="hint">
                  <a href={`/results?team=${encodeURIComponent(top.team.id)}`}>{top.team.name}</a>: {t.home.concerns(concerns)}
                </p>
              </div>
            ))
          )}
          <h3>{t.home.companyTitle}</h3>
          {overview.company.length === 0 ? (
            <p>{t.home.companyNone}</p>
          ) : (
            overview.company.map((f) => <FindingCard lang={lang} finding={present(lang, wave.id, f)} canAct={viewer.role === 'admin'} keepLang={false} heading="h4" />)
          )}
        </section>
      )}
    </>
  );
}

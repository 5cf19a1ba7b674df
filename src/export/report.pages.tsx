import { ReportActionsSection, type ReportActions } from '../actions/report.section';
import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { parseQuarter } from '../lib/quarter';
import { isWithheld, type Retrospective, type Withheld } from './model';
import { LevelBars, MaturityProfile, TrendPanels } from './report.charts';
import { LevelTable } from './report.levels';
import { KpiTable, ViewTable } from './report.tables';
import { reportText } from './report.text';
import { summarize } from './summary';
import { GlossaryList } from '../glossary/glossary.pages';
import { glossary } from '../glossary/glossary.text';

const day = (lang: Lang, ms: number) =>
  formatDate(lang, ms, 'long');

/** Identical comments once, with how often they were written (the JSON lists each); first appearance keeps the order. */
function countSame(comments: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const c of comments) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts];
}

export const reportPath = (quarter: string) => `/admin/retrospectives/${quarter}`;
export const exportPath = (quarter: string, format: 'csv' | 'json', lang: Lang) => `/api/v1/retrospectives/${quarter}?format=${format}&lang=${lang}`;

/**
 * The printable retrospective (A4): a title page, the summary in plain words with the key figures, charts, per-team
 * and per-role tables, the comments by question and the anonymity rules with the k in force. Every section starts on
 * a new page when printed; navigation and links are screen-only. Made from the same model as the JSON and CSV.
 */
export function ReportPage({ lang, viewer, model, actions, nonce }: { lang: Lang; viewer: Viewer; model: Retrospective; actions?: ReportActions; nonce: string }) {
  const t = reportText[lang];
  const { year, q } = parseQuarter(model.quarter)!;
  const company = model.views.find((v) => v.kind === 'company')!;
  const teams = model.views.filter((v) => v.kind === 'team').sort((a, b) => a.team.path.localeCompare(b.team.path));
  const roles = model.views.filter((v) => v.kind === 'role' || v.kind === 'team-role');
  const retro = model.waves.some((w) => w.module === 'quarterly');
  const withLevels = model.views.filter((v) => v.kind !== 'company' && Object.values(v.kpis.maturity).some((m) => !isWithheld(m.levels)));
  // Only the quarter (validated) goes into CSS: the company name comes from an HR file and stays out of style sheets.
  const footer = `@page { @bottom-left { content: "Puls · ${model.quarter}"; } } @page :first { @bottom-left { content: none; } }`;
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={`${t.title} ${model.quarter}`} path={reportPath(model.quarter)}>
      <link rel="stylesheet" href="/static/report.css" />
      {/* Inline, so it carries the response's CSP nonce (lib/security.ts). */}
      <style nonce={nonce} dangerouslySetInnerHTML={{ __html: footer }} />
      <article class="report" lang={lang}>
        <nav class="report-tools no-print" aria-label={t.sections.summary}>
          <p>{t.toolbar.print}</p>
          <p>
            <a href={exportPath(model.quarter, 'csv', 'de')}>{t.toolbar.csvDe}</a> · <a href={exportPath(model.quarter, 'csv', 'en')}>{t.toolbar.csvEn}</a> ·{' '}
            <a href={exportPath(model.quarter, 'json', lang)}>{t.toolbar.json}</a>
          </p>
        </nav>

        <section class="report-title" data-section="title">
          <p class="company">{model.company}</p>
          <h1>{t.title}</h1>
          <p class="quarter">{t.quarterName(year, q)}</p>
          <p>{t.subtitle(model.quarter)}</p>
          <p>{t.period(day(lang, Date.parse(model.period.from)), day(lang, Date.parse(model.period.to) - 1))}</p>
          <p>{t.generated(day(lang, Date.parse(model.generatedAt)))}</p>
          <p class="k-in-force">{t.kInForce(model.k, model.kComments)}</p>
          <h2>{t.wavesIncluded}</h2>
          <ul>
            {model.waves.map((w) => (
              <li>
                {w.title} · {day(lang, Date.parse(w.closedAt))}
                {w.module === 'quarterly' ? ` · ${t.retrospectiveWave}` : ''}
              </li>
            ))}
          </ul>
        </section>

        <section class="report-section" id="summary" data-section="summary">
          <h2>{t.sections.summary}</h2>
          {summarize(model).map((p) => (
            <p>{p}</p>
          ))}
          <h3>{t.sections.kpis}</h3>
          <KpiTable lang={lang} model={model} view={company} />
        </section>

        <section class="report-section" id="charts" data-section="charts">
          <h2>{t.sections.charts}</h2>
          <h3>{t.charts.trendTitle}</h3>
          <p class="hint">{t.charts.trendIntro}</p>
          <TrendPanels lang={lang} view={company} />
          {retro && (
            <>
              <h3>{t.charts.maturityProfile}</h3>
              <p class="hint">{t.charts.maturityProfileIntro}</p>
              <MaturityProfile lang={lang} view={company} />
              <h3>{t.charts.maturityLevels}</h3>
              <p class="hint">{t.charts.maturityLevelsIntro(model.k)}</p>
              {Object.values(company.kpis.maturity).every((m) => isWithheld(m.levels)) ? (
                <p class="withheld-note">{t.charts.companyLevelsWithheld((Object.values(company.kpis.maturity)[0].levels as Withheld).reasonText)}</p>
              ) : (
                <LevelBars lang={lang} view={company} />
              )}
              <h3>{t.charts.levelsByTeam}</h3>
              {withLevels.length === 0 ? <p>{t.charts.noLevels}</p> : <LevelTable lang={lang} views={withLevels} />}
            </>
          )}
        </section>

        <section class="report-section" id="teams" data-section="teams">
          <h2>{t.sections.teams}</h2>
          <p class="hint">{t.teams.intro}</p>
          <ViewTable lang={lang} model={model} views={teams} head={t.teams.team} />
          {/* A heading stays with its table when printed: the block breaks before the heading, never after it. */}
          <div class="keep-with-table">
            <h2>{t.sections.roles}</h2>
            <p class="hint">{t.teams.rolesIntro}</p>
            <ViewTable lang={lang} model={model} views={roles} head={t.teams.role} />
          </div>
        </section>

        <section class="report-section" id="comments" data-section="comments">
          <h2>{t.sections.comments}</h2>
          <p class="hint">{t.comments.intro(model.kComments)}</p>
          {company.comments.allowed ? (
            company.comments.groups.map((g) => (
              <div class="comment-group">
                <h3>{g.question}</h3>
                <ul class="comments">
                  {countSame(g.comments).map(([c, n]) => (
                    <li>
                      {c}
                      {n > 1 && <span class="times">{` (${n}×)`}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          ) : (
            <p>{t.comments.withheld(company.comments.reasonText)}</p>
          )}
          {company.comments.allowed && company.comments.groups.length === 0 && <p>{t.comments.none}</p>}
        </section>

        {actions && <ReportActionsSection lang={lang} data={actions} />}
        <section class="report-section" id="glossary" data-section="glossary">
          <h2>{glossary[lang].title}</h2>
          <p class="hint">{glossary[lang].intro}</p>
          <GlossaryList lang={lang} />
        </section>

        <section class="report-section" id="anonymity" data-section="anonymity">
          <h2>{t.sections.anonymity}</h2>
          <p class="k-in-force">{t.kInForce(model.k, model.kComments)}</p>
          <ul class="rules">
            {t.anonymity(model.k, model.kComments).map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </section>
      </article>
    </SignedInLayout>
  );
}

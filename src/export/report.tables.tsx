import { formatNumber, type Lang } from '../lib/i18n';
import { exportText } from './export.text';
import { asLevel, fmt, fmtInterval, fmtScore } from './format';
import type { Unit } from './measures';
import { isWithheld, type QuarterScore, type Retrospective, type ViewModel, type Withheld } from './model';
import { reportText } from './report.text';
import { viewLabel } from './summary';

const unitOf = (model: Retrospective, id: string): Unit => model.measures.find((m) => m.id === id)?.unit ?? 'score';

function Change({ lang, s }: { lang: Lang; s: QuarterScore }) {
  const t = reportText[lang].change;
  if (!s.change) return null;
  return <span class={`change ${s.change}`} title={t[s.change]}>{s.change === 'up' ? ' ▲' : ' ▼'}</span>;
}

/** A table cell: value, interval below, ▲/▼ for a measurable change; a withheld value shows a dash with its reason. */
function Cell({ lang, s, unit }: { lang: Lang; s: QuarterScore | Withheld | undefined; unit: Unit }) {
  if (!s || isWithheld(s)) return <td class="num withheld" title={s?.reasonText}>–</td>;
  const interval = fmtInterval(lang, s, unit);
  return (
    <td class="num">
      {fmt(lang, s.value, unit)}
      <Change lang={lang} s={s} />
      {interval && <span class="ci">{interval}</span>}
    </td>
  );
}

/** Answers per published wave, and in how many of the quarter's waves the view was published when not in all. */
function Answers({ lang, model, view }: { lang: Lang; model: Retrospective; view: ViewModel }) {
  const t = reportText[lang].teams;
  const published = view.waves.filter((w) => w.published).length;
  const perWave = published > 0 ? (view.respondents ?? 0) / published : 0;
  return (
    <td class="num">
      {formatNumber(lang, perWave)}
      {published < model.waves.length && <span class="ci">{t.shownIn(published, model.waves.length)}</span>}
    </td>
  );
}

/** The company's key figures this quarter against the previous one. */
export function KpiTable({ lang, model, view }: { lang: Lang; model: Retrospective; view: ViewModel }) {
  const t = reportText[lang];
  const x = exportText[lang];
  const ids = ['trust', 'fear', 'gap', 'gap.human', 'gap.system', 'adopter', 'kpi.hours', 'kpi.tasks', 'maturity', 'maturity.tools', 'maturity.breadth', 'maturity.independence', 'maturity.innovation', 'maturity.sharing'].filter(
    (id) => model.measures.some((m) => m.id === id),
  );
  return (
    <table class="data kpis">
      <thead>
        <tr>
          <th scope="col">{t.kpiCols.measure}</th>
          <th scope="col" class="num">{t.kpiCols.quarter}</th>
          <th scope="col" class="num">{t.kpiCols.previous}</th>
          <th scope="col">{t.kpiCols.change}</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const s = view.quarter[id];
          const unit = unitOf(model, id);
          const level = id.startsWith('maturity') && s && !isWithheld(s) ? ` · ${t.meanLevel(formatNumber(lang, asLevel(s.value), 1))}` : '';
          return (
            <tr>
              <th scope="row">{x.measures[id]}</th>
              {!s || isWithheld(s) ? (
                <td class="num withheld" colSpan={3}>
                  {s?.reasonText ?? '–'}
                </td>
              ) : (
                <>
                  <td class="num">
                    {fmtScore(lang, s, unit)}
                    {level}
                  </td>
                  <td class="num">{s.previous ? fmt(lang, s.previous.value, unit) : t.change.na}</td>
                  <td class={s.change ? `change ${s.change}` : ''}>{s.previous ? t.change[s.change ?? 'none'] : t.change.na}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const COLUMNS = ['trust', 'fear', 'gap', 'gap.human', 'gap.system', 'adopter', 'kpi.hours', 'maturity'];
/** Column heads with soft hyphens (U+00AD), so narrow A4 columns break words where German and English allow it. */
const SHORT: Record<Lang, Record<string, string>> = {
  de: {
    answers: 'Ant\u00adworten je Welle',
    trust: 'Ver\u00adtrauen',
    fear: 'Sor\u00adgen',
    gap: 'KI-Lücke',
    'gap.human': 'menschl. Lücke',
    'gap.system': 'struk\u00adturelle Lücke',
    adopter: 'Nut\u00adzung',
    'kpi.hours': 'Std. pro Woche',
    maturity: 'Reife\u00adgrad',
  },
  en: {
    answers: 'An\u00adswers per wave',
    trust: 'Trust',
    fear: 'Fear',
    gap: 'GenAI gap',
    'gap.human': 'Human gap',
    'gap.system': 'System gap',
    adopter: 'Adop\u00adtion',
    'kpi.hours': 'Hours per week',
    maturity: 'Matu\u00adrity',
  },
};

/** A team path that may break after each '/', never inside a name. */
const breakable = (label: string) => label.split('/').flatMap((part, i) => (i === 0 ? [part] : ['/', <wbr />, part]));

/** Published views with their quarter values; suppressed ones below with the reason, never as zeros. */
export function ViewTable({ lang, model, views, head }: { lang: Lang; model: Retrospective; views: readonly ViewModel[]; head: string }) {
  const t = reportText[lang].teams;
  const columns = COLUMNS.filter((id) => model.measures.some((m) => m.id === id));
  const shown = views.filter((v) => v.coverage !== 'none');
  const hidden = views.filter((v) => v.coverage === 'none');
  const shownPaths = new Set(shown.filter((v) => v.kind === 'team').map((v) => v.team.path));
  // A team sits indented under its parent when the parent's row is there; otherwise it shows its whole path.
  const underParent = (v: ViewModel) => v.kind === 'team' && shownPaths.has(v.team.path.slice(0, Math.max(0, v.team.path.lastIndexOf('/'))));
  return (
    <>
      <table class="data views">
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" class="num">{SHORT[lang].answers}</th>
            {columns.map((id) => (
              <th scope="col" class="num">{SHORT[lang][id]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((v) => (
            <tr>
              <th scope="row" class={underParent(v) ? 'child' : undefined}>
                {underParent(v) ? v.team.name : breakable(viewLabel(lang, v))}
                {v.coverage === 'partial' && <span class="partial">*</span>}
              </th>
              <Answers lang={lang} model={model} view={v} />
              {columns.map((id) => (
                <Cell lang={lang} s={v.quarter[id]} unit={unitOf(model, id)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.some((v) => v.coverage === 'partial') && <p class="hint footnote">{t.partial}</p>}
      {hidden.length > 0 && (
        <table class="data suppressed-list">
          <caption>{t.suppressedTitle}</caption>
          <tbody>
            {hidden.map((v) => (
              <tr>
                <th scope="row">{breakable(viewLabel(lang, v))}</th>
                <td>{v.reasonText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { formatNumber, type Lang } from '../lib/i18n';
import { exportText } from './export.text';
import { asLevel, fmt } from './format';
import { DIMENSIONS } from './measures';
import { isWithheld, type QuarterScore, type Retrospective, type ViewModel } from './model';
import { reportText } from './report.text';

/** Measures the summary reports changes of, in this order (facets only when they moved measurably). */
const HEADLINE = ['trust', 'fear', 'gap', 'gap.human', 'gap.system', 'adopter', 'maturity', 'kpi.hours', 'kpi.tasks'];
const GAPS = ['gap', 'gap.human', 'gap.system'];
/** "High fear" and "low trust": the mean answer leans to agreeing with the fear items and away from the trust items. */
export const HIGH_FEAR = 50;
export const LOW_TRUST = 50;

const score = (v: ViewModel, id: string): QuarterScore | undefined => {
  const s = v.quarter[id];
  return s && !isWithheld(s) ? s : undefined;
};

export const viewLabel = (lang: Lang, v: ViewModel) => {
  const t = exportText[lang];
  const team = v.kind === 'company' || v.kind === 'role' ? t.company : v.team.path;
  return v.role ? `${team} (${t.roles[v.role]})` : team;
};

/**
 * The report's summary in plain words, generated from the numbers: participation, what rose and what fell (only
 * changes beyond their uncertainty), where the GenAI gap widened, which published groups combine high fear with low
 * trust, and the KPIs. Only published views are named; a suppressed one is never mentioned. Pure.
 */
export function summarize(model: Retrospective): string[] {
  const lang = model.language;
  const t = reportText[lang].summary;
  const x = exportText[lang];
  const company = model.views.find((v) => v.kind === 'company')!;
  const unit = (id: string) => model.measures.find((m) => m.id === id)?.unit ?? 'score';
  const out: string[] = [];

  const published = company.waves.filter((w) => w.published);
  if (published.length === 0) {
    out.push(t.participationSuppressed);
  } else {
    const per = published.reduce((s, w) => s + (w.respondents ?? 0), 0) / published.length;
    const invited = published.reduce((s, w) => s + (w.invited ?? 0), 0);
    const answered = published.reduce((s, w) => s + (w.respondents ?? 0), 0);
    const rate = invited > 0 ? fmt(lang, (answered / invited) * 100, 'percent') : null;
    const retro = model.waves.filter((w) => w.module === 'quarterly').length;
    out.push(t.participation(model.waves.length, retro, formatNumber(lang, per, 0), rate));
  }

  if (!model.previousQuarter) out.push(t.noPrevious);
  else if (published.length > 0) {
    const ids = [...HEADLINE, ...model.measures.map((m) => m.id).filter((id) => !HEADLINE.includes(id) && id.includes('.'))];
    const moved = (dir: 'up' | 'down') =>
      ids
        .map((id) => ({ id, s: score(company, id) }))
        .filter(({ s }) => s?.change === dir && s.previous)
        .map(({ id, s }) => t.change(x.measures[id] ?? id, fmt(lang, s!.previous!.value, unit(id)), fmt(lang, s!.value, unit(id))));
    const [rose, fell] = [moved('up'), moved('down')];
    if (rose.length) out.push(t.rose(rose.join('; ')));
    if (fell.length) out.push(t.fell(fell.join('; ')));
    if (!rose.length && !fell.length) out.push(t.noChange);

    const gapItems = (dir: 'up' | 'down') =>
      GAPS.filter((id) => score(company, id)?.change === dir).map((id) => {
        const s = score(company, id)!;
        return t.change(x.measures[id], fmt(lang, s.previous!.value, unit(id)), fmt(lang, s.value, unit(id)));
      });
    const [wider, narrower] = [gapItems('up'), gapItems('down')];
    if (wider.length) out.push(t.gapWidened(wider.join('; ')));
    if (narrower.length) out.push(t.gapNarrowed(narrower.join('; ')));
    if (!wider.length && !narrower.length) out.push(t.gapSteady);
    const teams = model.views.filter((v) => (v.kind === 'team' || v.kind === 'team-role') && score(v, 'gap')?.change === 'up');
    if (teams.length) out.push(t.teamsGapWidened(teams.map((v) => viewLabel(lang, v)).join(', ')));
  }

  const worried = model.views.filter((v) => {
    if (v.kind !== 'team' && v.kind !== 'team-role') return false;
    const [fear, trust] = [score(v, 'fear'), score(v, 'trust')];
    return !!fear && !!trust && fear.value >= HIGH_FEAR && trust.value < LOW_TRUST;
  });
  const label = (v: ViewModel) =>
    `${viewLabel(lang, v)} (${x.measures.fear} ${fmt(lang, score(v, 'fear')!.value, 'score')}, ${x.measures.trust} ${fmt(lang, score(v, 'trust')!.value, 'score')})`;
  out.push(worried.length ? t.fearTrust(worried.map(label).join('; ')) : t.fearTrustNone);
  out.push(t.fearTrustRule);

  const adoption = company.kpis.adoptionRate;
  if (published.length > 0) out.push(isWithheld(adoption) ? t.adoptionWithheld(adoption.reasonText) : t.adoption(fmt(lang, adoption.value, 'percent')));
  if (!model.waves.some((w) => w.module === 'quarterly')) out.push(t.notAsked);
  else {
    const hours = company.kpis.hoursSaved;
    const tasks = company.kpis.tasks;
    if (!isWithheld(hours)) {
      const h = (v: number) => fmt(lang, v, 'hours');
      out.push(t.hours(h(hours.value), h(hours.low), h(hours.high), isWithheld(tasks) ? null : fmt(lang, tasks.value, 'tasks')));
    }
    const dims = DIMENSIONS.map((d) => ({ d, s: company.kpis.maturity[d].score })).filter((e): e is { d: (typeof DIMENSIONS)[number]; s: QuarterScore } => !isWithheld(e.s));
    if (dims.length >= 2) {
      const sorted = [...dims].sort((a, b) => b.s.value - a.s.value);
      const [best, worst] = [sorted[0], sorted[sorted.length - 1]];
      const lvl = (s: QuarterScore) => formatNumber(lang, asLevel(s.value), 1);
      out.push(t.maturity(x.dimensions[best.d], lvl(best.s), x.dimensions[worst.d], lvl(worst.s)));
    }
  }
  out.push(t.method);
  return out;
}

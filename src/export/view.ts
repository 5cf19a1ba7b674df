import type { viewResults } from '../db/schema';
import type { Lang } from '../lib/i18n';
import { reasonText } from '../results/results.text';
import { toOutcomes, type WaveOutcome } from '../results/results.service';
import type { Aggregate } from '../results/stats';
import type { StoredMeasures } from '../results/view-results';
import type { SuppressReason } from '../results/views';
import { exportText } from './export.text';
import { levelDistribution } from './maturity';
import { DIMENSIONS, LEVELS, type Unit } from './measures';
import type { LevelDistribution, QuarterScore, ViewModel, WaveEntry, Withheld, WithheldReason } from './model';
import { isWithheld } from './model';
import { pool, pooledScore, quarterChange } from './pooling';

export type StoredView = typeof viewResults.$inferSelect;

export interface WaveInfo {
  id: string;
  title: string;
  module: 'pulse' | 'quarterly';
  bankVersion: string;
  openedAt: number;
  closedAt: number;
  k: number;
  kComments: number;
  /** The measures this wave's questions produce. */
  catalog: { id: string; unit: Unit }[];
}

export interface ViewInput {
  lang: Lang;
  waves: readonly WaveInfo[];
  previousWaves: readonly WaveInfo[];
  /** The view's stored rows (any order); a wave without a row counts as `no-data`. */
  rows: readonly StoredView[];
  catalog: readonly { id: string }[];
}

const withheld = (lang: Lang, reason: WithheldReason, k: number): Withheld => ({
  withheld: true,
  reason,
  reasonText: exportText[lang].withheld(reason, k),
});

/**
 * One view of the retrospective: its waves (with the change against its previous published wave, also across the
 * quarter's start), the quarter's pooled values against the previous quarter's, and the KPIs. Pure.
 */
export function buildView(input: ViewInput): Pick<ViewModel, 'coverage' | 'respondents' | 'reason' | 'reasonText' | 'waves' | 'quarter' | 'kpis'> {
  const { lang, waves, previousWaves } = input;
  const k = Math.max(...waves.map((w) => w.k));
  const all = [...previousWaves, ...waves];
  const byWave = new Map(input.rows.map((r) => [r.waveId, r]));
  const stored = all.map((w) => byWave.get(w.id) ?? noRow(w));
  const outcomes = toOutcomes(stored.map((r, i) => ({ ...r, wave: { id: all[i].id, title: all[i].title, closedAt: all[i].closedAt, k: all[i].k } })));
  const current = outcomes.slice(previousWaves.length);
  const entries = current.map((o, i) => entry(lang, o, waves[i], input));

  const published = entries.filter((e) => e.published);
  const coverage = published.length === 0 ? 'none' : published.length === entries.length ? 'full' : 'partial';
  const latest = entries[entries.length - 1];

  const parsed = new Map(input.rows.filter((r) => r.published && r.measures).map((r) => [r.waveId, JSON.parse(r.measures!) as StoredMeasures]));
  const aggregates = (list: readonly WaveInfo[], measure: string) =>
    list.flatMap((w) => {
      const m = parsed.get(w.id)?.[measure];
      return m ? [{ n: m[0], sum: m[1], sumSq: m[2] } as Aggregate] : [];
    });

  /** Why a measure has no quarter value: not asked, or asked only in waves where the view is suppressed. */
  const missing = (measure: string): WithheldReason => {
    const askedIn = entries.filter((_, i) => waves[i].catalog.some((m) => m.id === measure));
    if (askedIn.length === 0) return 'not-asked';
    const shown = askedIn.filter((e) => e.published);
    if (shown.length === 0) return askedIn[askedIn.length - 1].reason ?? 'no-data';
    return 'no-data';
  };
  const quarter: ViewModel['quarter'] = {};
  for (const { id } of input.catalog) {
    const now = pool(aggregates(waves, id));
    if (!now) {
      quarter[id] = withheld(lang, missing(id), k);
      continue;
    }
    const score: QuarterScore = pooledScore(now, id);
    const before = pool(aggregates(previousWaves, id));
    if (before) {
      const { change: _, ...prev } = pooledScore(before, id);
      score.previous = prev;
      const change = quarterChange(before, now);
      if (change) score.change = change;
    }
    quarter[id] = score;
  }

  const pick = (id: string) => quarter[id] ?? withheld(lang, 'not-asked', k);
  const maturity: ViewModel['kpis']['maturity'] = {};
  for (const dim of DIMENSIONS) {
    const score = pick(`maturity.${dim}`);
    maturity[dim] = { score, levels: isWithheld(score) ? score : quarterLevels(lang, dim, entries, k) };
  }
  return {
    coverage,
    ...(published.length > 0 ? { respondents: published.reduce((s, e) => s + (e.respondents ?? 0), 0) } : {}),
    ...(coverage === 'none' && latest ? { reason: latest.reason, reasonText: latest.reasonText } : {}),
    waves: entries,
    quarter,
    kpis: {
      adoptionRate: pick('adopter'),
      hoursSaved: pick('kpi.hours'),
      tasks: pick('kpi.tasks'),
      humanGap: pick('gap.human'),
      systemGap: pick('gap.system'),
      maturity,
    },
  };
}

function noRow(w: WaveInfo): StoredView {
  return { waveId: w.id, teamId: '', role: '', published: false, reason: 'no-data', respondents: null, invited: 0, measures: null, counts: null };
}

function entry(lang: Lang, o: WaveOutcome, wave: WaveInfo, input: ViewInput): WaveEntry {
  const base = { waveId: o.waveId, title: o.title, module: wave.module, closedAt: o.closedAt, k: o.k };
  if (!o.published) {
    const reason = o.reason as SuppressReason;
    return { ...base, published: false, reason, reasonText: reasonText[lang][reason](o.k) };
  }
  const scores: Record<string, NonNullable<WaveOutcome['scores']>[string]> = {};
  for (const { id } of wave.catalog) {
    const score = o.scores?.[id];
    if (score) scores[id] = score;
  }
  const out: WaveEntry = {
    ...base,
    published: true,
    respondents: o.respondents,
    invited: o.invited,
    ...(o.responseRate !== undefined ? { responseRate: Math.round(o.responseRate * 1000) / 10 } : {}),
    scores,
  };
  if (wave.module === 'quarterly') {
    const row = input.rows.find((r) => r.waveId === wave.id);
    const counts = row?.counts ? (JSON.parse(row.counts) as Record<string, Record<string, number>>) : {};
    out.maturity = {};
    for (const dim of DIMENSIONS) out.maturity[dim] = levelDistribution(counts[`maturity.${dim}`]) ?? withheld(lang, 'no-data', o.k);
  }
  return out;
}

/** The quarter's level counts: summed over the retrospective waves where the view is published. */
function quarterLevels(lang: Lang, dim: string, entries: readonly WaveEntry[], k: number): LevelDistribution | Withheld {
  const shown = entries.map((e) => e.maturity?.[dim]).filter((d): d is LevelDistribution => !!d && !isWithheld(d));
  if (shown.length === 0) return withheld(lang, 'no-data', k);
  const counts = [0, 0, 0] as [number, number, number];
  for (const d of shown) for (let l = 0; l < LEVELS; l++) counts[l] += d.counts[l];
  const n = counts[0] + counts[1] + counts[2];
  const share = (c: number) => Math.round((c / n) * 1000) / 10;
  return { counts, n, shares: [share(counts[0]), share(counts[1]), share(counts[2])] };
}

import { MEASURES, measureInfo } from '../actions/measures';
import type { Aggregate } from '../results/stats';
import { buildTree, type TeamRef } from '../teams/tree';
import type { StoredMeasures } from '../results/view-results';
import { againstPoint, beyond, difference, differenceOfDifferences, discoveries, meanOf, tenth, type Evidence } from './evidence';
import { suggestActions } from './suggest';

/**
 * What changed, what stands apart and which warning signs show, per team and for the company, in one closed wave.
 *
 * Pure, and a function of published views only: a suppressed view is skipped whatever numbers it might carry, so a
 * finding never says more than the charts do (each finding is a difference of two published views, or of a
 * published view and a fixed point). "Beyond its uncertainty" means the 95 % interval of the difference excludes 0
 * *and* the test survives Benjamini–Hochberg at 5 % over everything tested for that team in that wave (evidence.ts).
 *
 * Kinds:
 * - `change`: a measure moved since the team's last wave in which it was published.
 * - `apart`: a team differs from the rest of the company on a headline measure (the company's view minus the team's:
 *   a union of whole blocks, partition.ts, so itself ≥ k people or empty).
 * - `fear-rules`: fear up while clarity of the rules goes down (both point the bad way, one beyond its uncertainty).
 * - `hoarding`: knowledge shared less while adoption rises: knowledge becoming private property.
 * - `gap-widening`: adopters and non-users drift apart (the company's view, where the split is published twice).
 * - `pressure`: "pressure without guidance" above the scale's midpoint beyond its uncertainty.
 * A pattern absorbs the change findings of its measures (pressure: its own rise, as `other`).
 */
export type FindingKind = 'change' | 'apart' | 'fear-rules' | 'hoarding' | 'gap-widening' | 'pressure';
export const PATTERNS: readonly FindingKind[] = ['fear-rules', 'hoarding', 'gap-widening', 'pressure'];

export interface Finding {
  teamId: string;
  kind: FindingKind;
  /** The measure the numbers are about first; a pattern names its second measure after it. */
  measures: string[];
  direction: 'up' | 'down';
  tone: 'worse' | 'better';
  /** The difference (points, percentage points …) with its 95 % interval. */
  effect: number;
  low: number;
  high: number;
  /** The level now, and what it is compared with: the earlier wave's, the rest of the company's, the midpoint 50. */
  value: number;
  compared: number;
  /** The wave compared with (`change`, patterns, `gap-widening`). */
  since?: string;
  /** A pattern's second measure: its change. */
  other?: { measure: string; effect: number };
  /** Catalogue action kinds that aim at this (none for good news). */
  actions: string[];
}

/** A view as stored at close: its measures only if it was published. */
export interface ViewStats {
  published: boolean;
  measures: StoredMeasures | null;
}

export interface FindingsInput {
  teams: readonly TeamRef[];
  /** This wave's team views (all roles), by team id. */
  current: ReadonlyMap<string, ViewStats>;
  /** Earlier closed waves, newest first. */
  earlier: readonly { waveId: string; views: ReadonlyMap<string, ViewStats> }[];
}

/** False discovery rate per team and wave. */
export const FDR = 0.05;
/** The scale's midpoint: as many agree as disagree. */
const MIDPOINT = 50;
const WIDENING = ['gap.knowledge', 'fear', 'trust'];
/**
 * A team is compared with the rest of the company on its headline measures only: teams differ on many facets at once,
 * and twenty "apart" findings would bury the one change that matters. The charts show the facets.
 */
const HEADLINE: ReadonlySet<string> = new Set(['trust', 'fear', 'gap', 'adopter', 'maturity', 'kpi.hours']);

const agg = (m: StoredMeasures | null | undefined, key: string): Aggregate | null => {
  const v = m?.[key];
  return v ? { n: v[0], sum: v[1], sumSq: v[2] } : null;
};
const published = (v: ViewStats | undefined) => (v?.published && v.measures ? v.measures : null);

interface Candidate extends Omit<Finding, 'actions' | 'tone' | 'direction' | 'effect' | 'low' | 'high'> {
  e: Evidence;
}

export function computeFindings(input: FindingsInput): Finding[] {
  const tree = buildTree(input.teams);
  const company = published(input.current.get(tree.root));
  const out: Finding[] = [];
  for (const team of input.teams) {
    const now = published(input.current.get(team.id));
    if (now) out.push(...teamFindings(team.id, now, team.id === tree.root ? null : company, input.earlier));
  }
  return out;
}

function teamFindings(teamId: string, now: StoredMeasures, company: StoredMeasures | null, earlier: FindingsInput['earlier']): Finding[] {
  const tests: Candidate[] = [];
  const changes = new Map<string, Candidate>();
  for (const { id } of MEASURES) {
    const curr = agg(now, id);
    if (!curr) continue;
    const before = earlier.find((w) => agg(published(w.views.get(teamId)), id));
    if (before) {
      const prev = agg(published(before.views.get(teamId)), id)!;
      const e = difference(curr, prev);
      if (e) {
        const c = { teamId, kind: 'change' as const, measures: [id], value: meanOf(curr), compared: meanOf(prev), since: before.waveId, e };
        tests.push(c);
        changes.set(id, c);
      }
    }
    const all = agg(company, id);
    if (all && all.n > curr.n && HEADLINE.has(id)) {
      const rest = { n: all.n - curr.n, sum: all.sum - curr.sum, sumSq: all.sumSq - curr.sumSq };
      const e = difference(curr, rest);
      if (e) tests.push({ teamId, kind: 'apart', measures: [id], value: meanOf(curr), compared: meanOf(rest), e });
    }
  }
  const pressure = agg(now, 'fear.pressure');
  const level = pressure && againstPoint(pressure, MIDPOINT);
  if (level) tests.push({ teamId, kind: 'pressure', measures: ['fear.pressure'], value: meanOf(pressure), compared: MIDPOINT, e: level });
  if (!company) tests.push(...widening(teamId, now, earlier));

  const passed = discoveries(tests.map((t) => t.e.p), FDR);
  const found = new Set(tests.filter((t, i) => passed.has(i) && beyond(t.e)));
  const results: Candidate[] = [];
  const absorbed = new Set<string>();
  const pattern = (kind: FindingKind, bad: [string, 'up' | 'down'], also: [string, 'up' | 'down']) => {
    const [a, b] = [changes.get(bad[0]), changes.get(also[0])];
    if (!a || !b || !pointsTo(a.e, bad[1]) || !pointsTo(b.e, also[1]) || !(found.has(a) || found.has(b))) return;
    const [first, second] = found.has(a) ? [a, b] : [b, a];
    results.push({ ...first, kind, measures: [first.measures[0], second.measures[0]], other: { measure: second.measures[0], effect: tenth(second.e.effect) } });
    absorbed.add(a.measures[0]).add(b.measures[0]);
  };
  pattern('fear-rules', ['fear', 'up'], ['trust.rules', 'down']);
  pattern('hoarding', ['trust.sharing', 'down'], ['adopter', 'up']);
  const high = [...found].find((t) => t.kind === 'pressure' && t.e.effect > 0);
  const rising = changes.get('fear.pressure');
  if (high && rising && found.has(rising) && rising.e.effect > 0) {
    // Pressure high *and* rising: one finding that says both.
    results.push({ ...high, since: rising.since, other: { measure: 'fear.pressure', effect: tenth(rising.e.effect) } });
    absorbed.add('fear.pressure');
  } else if (high) results.push(high);
  for (const t of found) {
    if (t.kind === 'pressure' || (t.kind === 'change' && absorbed.has(t.measures[0]))) continue;
    results.push(t);
  }
  return results.map(finish).sort(byImportance);
}

const pointsTo = (e: Evidence, way: 'up' | 'down') => (way === 'up' ? e.effect > 0 : e.effect < 0);

/** The company's adopters against its non-users, now and in the last wave where that comparison was published. */
function widening(teamId: string, now: StoredMeasures, earlier: FindingsInput['earlier']): Candidate[] {
  const out: Candidate[] = [];
  for (const m of WIDENING) {
    const [a2, n2] = [agg(now, `adopters|${m}`), agg(now, `nonusers|${m}`)];
    if (!a2 || !n2) continue;
    const before = earlier.find((w) => agg(published(w.views.get(teamId)), `adopters|${m}`) && agg(published(w.views.get(teamId)), `nonusers|${m}`));
    if (!before) continue;
    const then = published(before.views.get(teamId));
    const [a1, n1] = [agg(then, `adopters|${m}`)!, agg(then, `nonusers|${m}`)!];
    const gapNow = meanOf(a2) - meanOf(n2);
    const gapThen = meanOf(a1) - meanOf(n1);
    const e = differenceOfDifferences(a2, n2, a1, n1);
    // Widening: the same side ahead both times, and further ahead now. Turned so the effect is the growth of the gap.
    if (!e || gapNow * gapThen < 0 || Math.abs(gapNow) <= Math.abs(gapThen)) continue;
    const sign = Math.sign(gapNow);
    out.push({ teamId, kind: 'gap-widening', measures: [m], value: Math.abs(gapNow), compared: Math.abs(gapThen), since: before.waveId, e: { ...e, effect: sign * e.effect } });
  }
  return out;
}

function finish(c: Candidate): Finding {
  const { e, ...rest } = c;
  const direction = e.effect > 0 ? 'up' : 'down';
  const better = measureInfo(c.measures[0])?.better ?? 'up';
  const tone = PATTERNS.includes(c.kind) ? 'worse' : direction === better ? 'better' : 'worse';
  const finding: Finding = {
    ...rest,
    value: tenth(c.value),
    compared: tenth(c.compared),
    direction,
    tone,
    effect: tenth(e.effect),
    low: tenth(e.effect - e.half),
    high: tenth(e.effect + e.half),
    actions: [],
  };
  return { ...finding, actions: suggestActions(finding) };
}

/** Warning patterns, then things getting worse (changes before differences), then good news; constructs first. */
const GROUP: Record<FindingKind, number> = { 'fear-rules': 0, hoarding: 0, 'gap-widening': 0, pressure: 0, change: 1, apart: 2 };
const groupOf = (f: Finding) => GROUP[f.kind] + (f.tone === 'better' ? 3 : 0);

/** Within a group: fear first (what Puls exists to see early), then the other headline measures, then facets. */
const FIRST = ['fear', 'trust', 'adopter', 'gap', 'maturity', 'kpi.hours'];
const priority = (f: Finding) => (FIRST.includes(f.measures[0]) ? FIRST.indexOf(f.measures[0]) : FIRST.length);

export function byImportance(a: Finding, b: Finding): number {
  return (
    groupOf(a) - groupOf(b) ||
    priority(a) - priority(b) ||
    Math.abs(b.effect) - Math.abs(a.effect) ||
    (a.measures[0] < b.measures[0] ? -1 : a.measures[0] > b.measures[0] ? 1 : 0) ||
    (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0)
  );
}

/** Whether a finding asks for attention: a warning or something getting worse. */
export const isConcern = (f: Pick<Finding, 'tone'>) => f.tone === 'worse';

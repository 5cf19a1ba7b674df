import { CATALOGUE, type ActionCatalogue } from '../actions/catalogue';
import { measureInfo, related } from '../actions/measures';
import type { Finding } from './findings';

type Aim = { measure: string; direction: 'up' | 'down' };

/** At most this many suggestions per finding. */
export const SUGGESTIONS = 3;

/**
 * What a finding asks for, most important first: the better direction of its measure, and for a warning pattern
 * what the seeds name as the remedy (rules where fear grows, shared knowledge where it becomes private, time and
 * someone to ask under pressure, bringing non-users along where the gap widens).
 */
export function aimsOf(finding: Pick<Finding, 'kind' | 'measures' | 'tone'>): Aim[] {
  if (finding.tone !== 'worse') return [];
  const better = (measure: string): Aim => ({ measure, direction: measureInfo(measure)?.better ?? 'up' });
  switch (finding.kind) {
    case 'fear-rules':
      return [better('trust.rules'), better('fear'), better('trust.transparency')];
    case 'hoarding':
      return [better('trust.sharing'), better('gap.help')];
    case 'pressure':
      return [better('fear.pressure'), better('gap.time'), better('gap.help')];
    case 'gap-widening':
      return [better('gap.knowledge'), better('trust.sharing'), better('fear.behind'), better('adopter')];
    default:
      return [better(finding.measures[0])];
  }
}

/**
 * The catalogue actions that aim at a finding, best first: an action scores for each of its targets that moves an
 * aim's measure (or that measure's construct or facet) the aimed way; earlier aims and exact measures count more.
 * Ties keep the catalogue's order. Good news suggests nothing.
 */
export function suggestActions(finding: Pick<Finding, 'kind' | 'measures' | 'tone'>, catalogue: ActionCatalogue = CATALOGUE): string[] {
  const aims = aimsOf(finding);
  const scored = catalogue.kinds.map((kind, order) => {
    let score = 0;
    aims.forEach((aim, i) => {
      const weight = aims.length - i;
      for (const target of kind.targets) {
        if (target.direction !== aim.direction) continue;
        if (target.measure === aim.measure) score += 2 * weight;
        else if (related(target.measure, aim.measure)) score += weight;
      }
    });
    return { id: kind.id, score, order };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, SUGGESTIONS)
    .map((s) => s.id);
}

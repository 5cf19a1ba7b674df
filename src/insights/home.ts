import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';
import { runningWave } from '../results/running';
import { getSchedule, upcoming } from '../schedule/schedule.service';
import { isConcern } from './findings';
import { readInsights, type Insight, type Insights } from './insights.service';

/** Teams named on the admin's home; the rest are one click away on the results pages. */
export const URGENT_TEAMS = 5;
/** The company's own findings shown there. */
export const COMPANY_FINDINGS = 3;

export interface AdminOverview {
  running: Awaited<ReturnType<typeof runningWave>>;
  /** When the next planned wave opens (ms); null without a schedule. */
  nextWave: number | null;
  insights: Insights | null;
  company: Insight[];
  /** Teams with concerns, the most urgent first, each with its most important one and how many it has. */
  urgent: { top: Insight; concerns: number }[];
}

/**
 * What an HR admin sees first: the running wave's response rate (from k answers on), the next planned wave, the
 * latest wave's findings for the company and the teams with the most urgent ones.
 */
export async function adminOverview(deps: Deps, viewer: Viewer): Promise<AdminOverview> {
  const running = await runningWave(deps);
  const schedule = await getSchedule(deps);
  const now = deps.clock.now();
  const next = schedule ? (await upcoming(deps, schedule, now, 3)).find((s) => s.opensAt > now && !s.skip) : undefined;
  const insights = await readInsights(deps, viewer).catch(() => null);
  const findings = insights?.findings ?? [];
  const company = findings.filter((f) => f.team.isCompany).slice(0, COMPANY_FINDINGS);
  const byTeam = new Map<string, Insight[]>();
  for (const f of findings) {
    if (f.team.isCompany || !isConcern(f)) continue;
    byTeam.set(f.team.id, [...(byTeam.get(f.team.id) ?? []), f]);
  }
  // Findings arrive most important first, so each team's first concern is its most urgent and the teams keep that order.
  const urgent = [...byTeam.values()].slice(0, URGENT_TEAMS).map((list) => ({ top: list[0], concerns: list.length }));
  return { running, nextWave: next?.opensAt ?? null, insights, company, urgent };
}

/**
 * "You said, we did": what the invitation mail and the survey page tell a person about actions taken since the last
 * wave — for the company always, for their team (and the teams above it) only where that team's results of the
 * latest closed wave were published. Pure. The digest is fixed per wave (news.service.ts) and holds no person, no
 * count and nothing about who answered: only actions, which teams log for everyone in them to see.
 */

/** Per scope at most this many actions, newest first; the rest is counted. */
export const MAX_ITEMS = 3;
/** At most this many teams above the company (the person's own team and its parents, nearest first). */
export const MAX_TEAMS = 2;

export interface NewsItem {
  kind: string | null;
  version: string;
  title: string | null;
  startsOn: string;
  endsOn: string | null;
}

export interface NewsScope {
  name: string;
  items: NewsItem[];
  /** Further actions of the scope, not listed. */
  more: number;
}

export interface Digest {
  v: 1;
  company: NewsScope | null;
  /** By team path: teams whose view of the latest closed wave was published and that have actions to tell. */
  teams: Record<string, NewsScope>;
}

export interface DigestInput {
  rootId: string;
  companyName: string;
  teams: readonly { id: string; name: string; path: string }[];
  actions: readonly (NewsItem & { teamId: string; createdAt: number })[];
  /** Teams whose all-roles view was published in the latest closed wave. */
  published: ReadonlySet<string>;
  /** The day the latest closed wave closed (null: none has), and the day this wave opened. */
  since: string | null;
  until: string;
}

function scope(name: string, list: NewsItem[]): NewsScope {
  return { name, items: list.slice(0, MAX_ITEMS), more: Math.max(0, list.length - MAX_ITEMS) };
}

export function buildDigest(input: DigestInput): Digest {
  const byTeam = new Map<string, (NewsItem & { createdAt: number })[]>();
  for (const a of input.actions) {
    if (a.startsOn > input.until || (input.since !== null && a.endsOn !== null && a.endsOn < input.since)) continue;
    const list = byTeam.get(a.teamId) ?? [];
    list.push(a);
    byTeam.set(a.teamId, list);
  }
  const strip = (list: (NewsItem & { createdAt: number })[]) =>
    list
      .sort((a, b) => (a.startsOn === b.startsOn ? b.createdAt - a.createdAt : a.startsOn < b.startsOn ? 1 : -1))
      .map(({ kind, version, title, startsOn, endsOn }) => ({ kind, version, title, startsOn, endsOn }));
  const teams: Record<string, NewsScope> = {};
  for (const t of input.teams) {
    const list = byTeam.get(t.id);
    if (!list || t.id === input.rootId || !input.published.has(t.id)) continue;
    teams[t.path] = scope(t.name, strip(list));
  }
  const company = byTeam.get(input.rootId);
  return { v: 1, company: company ? scope(input.companyName, strip(company)) : null, teams };
}

/** What one person is told: their team and the teams above it that have news (nearest first), and the company. */
export function newsFor(digest: Digest, teamPath: string | undefined): { teams: NewsScope[]; company: NewsScope | null } {
  const teams: NewsScope[] = [];
  if (teamPath) {
    const segments = teamPath.split('/');
    for (let i = segments.length; i > 0 && teams.length < MAX_TEAMS; i--) {
      const hit = digest.teams[segments.slice(0, i).join('/')];
      if (hit) teams.push(hit);
    }
  }
  return { teams, company: digest.company };
}

export const isEmpty = (news: { teams: NewsScope[]; company: NewsScope | null }) => news.teams.length === 0 && !news.company;

import type { Random } from '../lib/random';
import { uniform } from '../lib/random';

/**
 * The demo company: a German Mittelstand machine builder of about 120 people in 15 teams. Geschäftsführung
 * (4 people) is smaller than k on purpose, so its cells show as suppressed. Each team has a mood that drifts
 * over the waves: most warm up to AI, Montage stays afraid, Software runs ahead.
 */
export interface DemoTeam {
  path: string;
  size: number;
  /** Shares of power users and champions; the rest are basic users. */
  power: number;
  champion: number;
  trust: number;
  fear: number;
  use: number;
  /** Change per wave of trust (fear moves the other way, use follows trust). */
  drift: number;
  /** From this wave on, the team's actions work (demo/actions.ts): trust up and fear down by these amounts. */
  lift?: { from: number; trust: number; fear: number };
  /**
   * From this wave on, something unsettles the team (Montage: camera-based quality inspection is announced for the
   * hall, and nobody says what the pictures may be used for): fear for the job and pressure without guidance up by
   * `fear`, clarity of the rules down by `rules`. The admin home's findings name it.
   */
  setback?: { from: number; fear: number; rules: number };
}

export const DEMO_TEAMS: DemoTeam[] = [
  { path: 'Geschäftsführung', size: 4, power: 0.5, champion: 0.25, trust: 3.6, fear: 1.8, use: 3.2, drift: 0.05 },
  { path: 'Vertrieb/Innendienst', size: 12, power: 0.25, champion: 0.08, trust: 3.0, fear: 2.9, use: 2.2, drift: 0.1 },
  { path: 'Vertrieb/Außendienst', size: 10, power: 0.2, champion: 0.1, trust: 2.8, fear: 2.6, use: 2.0, drift: 0.08 },
  { path: 'Marketing', size: 8, power: 0.4, champion: 0.15, trust: 3.4, fear: 2.2, use: 3.3, drift: 0.06 },
  { path: 'Entwicklung/Software', size: 16, power: 0.45, champion: 0.2, trust: 3.7, fear: 1.9, use: 3.8, drift: 0.05 },
  { path: 'Entwicklung/Konstruktion', size: 14, power: 0.3, champion: 0.07, trust: 3.1, fear: 2.5, use: 2.4, drift: 0.09 },
  { path: 'Werk Nord/Montage', size: 22, power: 0.05, champion: 0.04, trust: 2.3, fear: 3.7, use: 1.2, drift: -0.02, lift: { from: 4, trust: 0.8, fear: 0.8 }, setback: { from: 6, fear: 1.1, rules: 0.8 } },
  { path: 'Werk Nord/Logistik', size: 12, power: 0.15, champion: 0.08, trust: 2.7, fear: 3.1, use: 1.8, drift: 0.07 },
  { path: 'Verwaltung/Personal', size: 8, power: 0.25, champion: 0.12, trust: 3.2, fear: 2.7, use: 2.3, drift: 0.08 },
  { path: 'Verwaltung/Finanzen', size: 9, power: 0.2, champion: 0.1, trust: 2.9, fear: 3.0, use: 2.0, drift: 0.04 },
  { path: 'Verwaltung/IT', size: 7, power: 0.45, champion: 0.3, trust: 3.8, fear: 1.7, use: 3.9, drift: 0.03 },
];

const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Felix', 'Greta', 'Hannes', 'Ines', 'Jonas', 'Katrin', 'Lukas', 'Mara', 'Niklas', 'Olga', 'Paul', 'Rosa', 'Stefan', 'Tanja', 'Uwe', 'Vera', 'Wolfgang', 'Yasemin', 'Zoe', 'Jürgen', 'Sören', 'Björn', 'Leonie'];
const LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Yilmaz', 'Kaya', 'Nowak'];

export interface DemoPerson {
  /** What orders people (the address they would have): the seeded draws go to the same people whatever the channel. */
  key: string;
  /** Null on paper. */
  email: string | null;
  employeeId: string;
  channel: 'email' | 'print';
  name: string;
  team: DemoTeam;
  role: 'basic' | 'power' | 'champion';
  language: 'de' | 'en' | 'tr' | 'pl' | 'ru' | 'uk';
}

/** The production team on paper: nobody in assembly has company email, and many read another language more easily. */
export const PAPER_TEAM = 'Werk Nord/Montage';
const PAPER_LANGUAGES = ['de', 'tr', 'de', 'pl', 'ru', 'de', 'uk', 'tr', 'de', 'pl', 'de'] as const;

const ascii = (s: string) =>
  s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]/g, '');

export function demoPeople(random: Random): DemoPerson[] {
  const people: DemoPerson[] = [];
  const used = new Set<string>();
  for (const team of DEMO_TEAMS) {
    for (let i = 0; i < team.size; i++) {
      let first: string, last: string, email: string;
      do {
        first = FIRST[Math.floor(uniform(random) * FIRST.length)];
        last = LAST[Math.floor(uniform(random) * LAST.length)];
        email = `${ascii(first)}.${ascii(last)}@muster-maschinenbau.de`;
      } while (used.has(email));
      used.add(email);
      const r = i / team.size;
      const role = r < team.champion ? 'champion' : r < team.champion + team.power ? 'power' : 'basic';
      const language = uniform(random) < 0.12 ? 'en' : 'de';
      const employeeId = `P-${String(1001 + people.length)}`;
      const person = { key: email, employeeId, name: `${first} ${last}`, team, role } as const;
      if (team.path === PAPER_TEAM) people.push({ ...person, email: null, channel: 'print', language: PAPER_LANGUAGES[i % PAPER_LANGUAGES.length] });
      else people.push({ ...person, email, channel: 'email', language });
    }
  }
  return people;
}

/**
 * The CSV an HR department would export from Excel: semicolons, German headers, German role names, the personnel
 * number, and the channel (assembly on paper, without email).
 */
export function demoCsv(people: DemoPerson[]): string {
  const roleName = { basic: 'Basis-Nutzer', power: 'Power-User', champion: 'KI-Champion' } as const;
  const channelName = { email: 'E-Mail', print: 'Papier' } as const;
  const lines = people.map((p) => [p.email ?? '', p.employeeId, p.name, p.team.path, roleName[p.role], p.language, channelName[p.channel]].join(';'));
  return '\uFEFFE-Mail;Personalnummer;Name;Abteilung;Rolle;Sprache;Kanal\r\n' + lines.join('\r\n') + '\r\n';
}

/**
 * Finds what could make a person recognisable in an open answer (DESIGN rule 5: "the page warns before submit not to
 * write names"): an email address, a phone number, or a name from the staff list. Pure; the staff names come in as a
 * prepared index and never leave it — a finding is always a piece of the text the person typed themselves.
 *
 * Names are matched as whole words, ignoring case: a first and last name together ("Anna Müller", "Müller Anna"),
 * a title with any staff surname ("Frau Klein"), or a staff surname alone when it is distinctive — not an ordinary
 * word ("Klein", "Koch", "Montag" are surnames too, but flagging them would cry wolf) and at least three letters.
 * A first name alone is not flagged: too many are ordinary words or shared by hundreds of people.
 */

export type IdentifierKind = 'name' | 'email' | 'phone';

export interface Finding {
  kind: IdentifierKind;
  /** Exactly as it stands in the person's text. */
  text: string;
}

export interface NameIndex {
  /** "anna müller" and "müller anna", lower case. */
  pairs: ReadonlySet<string>;
  /** Every surname, lower case: matched after a title. */
  surnames: ReadonlySet<string>;
  /** Surnames that are not ordinary words: matched alone. */
  distinctive: ReadonlySet<string>;
}

/** Ordinary German and English words that are also common surnames or first names, and words of the survey's world. */
const COMMON = new Set(
  `
  klein lang lange kurz groß gross weiß weiss schwarz braun roth rot grün gruen wolf fuchs hahn vogel koch bauer becker
  fischer weber schneider müller mueller meyer meier schmidt schmitt richter wagner jäger jaeger schäfer schaefer keller
  kaiser könig koenig graf herzog fürst fuerst ritter engel teufel winter sommer herbst frühling fruehling mai märz april
  august ernst frank franz paul otto may will mark art bill rose rosa sonne mond stern stein berg busch baum wald bach see
  feld haus hof dorf kirch kirche burg brand horn kern kraft kuhn kühn kuehn frei freund mann neumann hartmann hoffmann
  zimmermann kaufmann lehmann schuster schreiber beck krause kraus haas hase hirsch adler strauß strauss thoma jung alt neu
  arnold martin marx beyer bayer sauer süß suess bitter rau glas gold silber eisen kupfer blei zinn holz seide wolle
  schulz schulze schubert lorenz albrecht simon wendt voigt böhm boehm morgen abend tag nacht woche monat jahr
  montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar juni juli september oktober november dezember
  team teams daten zeit arbeit ki ai tool tools chef chefin leitung führung fuehrung kollege kollegin kollegen abteilung
  werk nord süd sued ost west mitte linie montage logistik vertrieb marketing personal finanzen verwaltung entwicklung
  software konstruktion schulung hilfe frage fragen prompt prompts chatgpt copilot gemini claude excel word outlook teams
  young white green brown black long little cook king bell wood hill stone hall ward baker butler carter cooper fisher
  hunter miller smith taylor turner walker mason page rich price love moon star summer spring winter day
  dank danke bitte mehr weniger gut schlecht besser neue neuen alles nichts immer nie oft
  `
    .split(/\s+/)
    .filter(Boolean),
);

const TITLES = new Set(['herr', 'herrn', 'frau', 'hr', 'fr', 'dr', 'prof', 'mr', 'mrs', 'ms', 'miss']);
const MIN_SURNAME = 3;

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('de');

/** Words of a name or a text: letters with inner hyphens or apostrophes ("Anna-Lena", "O'Brien"). */
const WORD = /\p{L}(?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?/gu;

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((m) => ({ word: lower(m[0]), start: m.index!, end: m.index! + m[0].length }));
}

/** Prepares the staff names ("Anna Müller", "Dr. Jürgen Schmidt-Weber") for `findIdentifiers`. */
export function buildNameIndex(names: readonly string[]): NameIndex {
  const pairs = new Set<string>();
  const surnames = new Set<string>();
  const distinctive = new Set<string>();
  for (const name of names) {
    const parts = words(name)
      .map((w) => w.word)
      .filter((w) => !TITLES.has(w));
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    surnames.add(last);
    if (last.length >= MIN_SURNAME && !COMMON.has(last)) distinctive.add(last);
    for (const first of parts.slice(0, -1)) {
      pairs.add(`${first} ${last}`);
      pairs.add(`${last} ${first}`);
    }
  }
  return { pairs, surnames, distinctive };
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A separator inside a phone number: a space, or a hyphen or slash with optional spaces around it. */
const SEP = String.raw`(?: ?[-/] ?| )?`;
/**
 * International (+49 30 1234567, 0049 (0)171 1234567) or national with a leading 0 (030 1234567, (030) 123 45 67,
 * 0171-1234567, 07151/123456). Dates (12.03.2026), times (09:00), years, versions and ranges (10–15) never match:
 * they lack the leading + / 0 or use dots and colons.
 */
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:(?:\+|00)[1-9]\d{0,2}${SEP}(?:\(0\)${SEP})?|\(?0[1-9]\d{1,4}\)?${SEP})\d(?:${SEP}\d){4,13}(?!\p{N})`,
  'gu',
);
const PHONE_DIGITS = { min: 6, max: 15 };

/** Everything in `text` that could identify someone; each distinct finding once, in the order they appear. */
export function findIdentifiers(text: string, index: NameIndex): Finding[] {
  const found: (Finding & { at: number })[] = [];
  const emailSpans: [number, number][] = [];
  for (const m of text.matchAll(EMAIL)) {
    found.push({ kind: 'email', text: m[0], at: m.index! });
    emailSpans.push([m.index!, m.index! + m[0].length]);
  }
  const inEmail = (at: number) => emailSpans.some(([s, e]) => at >= s && at < e);
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max && !inEmail(m.index!)) {
      found.push({ kind: 'phone', text: m[0].trim(), at: m.index! });
    }
  }
  const ws = words(text).filter((w) => !inEmail(w.start));
  const named = new Set<number>();
  for (let i = 0; i + 1 < ws.length; i++) {
    const [a, b] = [ws[i], ws[i + 1]];
    if (!/^[\s.]*$/.test(text.slice(a.end, b.start))) continue;
    const pair = index.pairs.has(`${a.word} ${b.word}`);
    const titled = TITLES.has(a.word) && index.surnames.has(b.word);
    if (pair || titled) {
      found.push({ kind: 'name', text: text.slice(a.start, b.end), at: a.start });
      named.add(i).add(i + 1);
    }
  }
  ws.forEach((w, i) => {
    if (!named.has(i) && index.distinctive.has(w.word)) found.push({ kind: 'name', text: text.slice(w.start, w.end), at: w.start });
  });
  const seen = new Set<string>();
  return found
    .sort((x, y) => x.at - y.at)
    .filter((f) => {
      const key = `${f.kind}:${lower(f.text)}`;
      return !seen.has(key) && !!seen.add(key);
    })
    .map(({ kind, text: t }) => ({ kind, text: t }));
}

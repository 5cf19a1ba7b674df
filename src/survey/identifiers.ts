import { FIRST_NAMES } from './first-names';

/**
 * Finds what could make a person recognisable in an open answer (DESIGN rule 5: "the page warns before submit not to
 * write names"): an email address, a phone number, or something written like a person's name. Pure, and it knows
 * nobody: it never looks at the staff list, so whether it warns says nothing about who works here (a link holder
 * could otherwise test names against the list), and its cost grows with the text alone — one pass over the words,
 * one look at each '@', and a phone pattern of bounded length.
 *
 * A name is a common first name followed by a capitalised word ("Anna Müller", "Mehmet Yılmaz", "Anna M."), or a
 * title followed by one ("Frau Klein", "Hr. Koch", "Dr. Nowak", "Frau Dr. Weber"). German capitalises every noun,
 * so two capitalised words in a row are not enough ("Die Schulung", "Microsoft Copilot"); a first name alone is not
 * flagged either ("Anna und Ben haben geholfen"). The person still decides: it is a warning, never a refusal.
 */

export type IdentifierKind = 'name' | 'email' | 'phone';

export interface Finding {
  kind: IdentifierKind;
  /** Exactly as it stands in the person's text. */
  text: string;
}

const TITLES = new Set(['herr', 'herrn', 'frau', 'hr', 'fr', 'dr', 'prof', 'mr', 'mrs', 'ms', 'miss']);

const lower = (s: string) => s.toLocaleLowerCase('de');

/** Words: letters with inner hyphens or apostrophes ("Anna-Lena", "O'Brien"). */
const WORD = /\p{L}(?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?/gu;

/** Written as a name is: a capital and at least one small letter (Müller, McKenzie); acronyms (KI, IT, SAP) are not. */
const capitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

interface Word {
  word: string;
  start: number;
  end: number;
}

interface Span {
  kind: IdentifierKind;
  start: number;
  end: number;
}

/** Characters of an address before and after its '@'. */
const LOCAL = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}.-]/u;
const DOMAIN_SHAPE = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

/** Email addresses, found from each '@' outwards: linear even in a long run of letters without any '@'. */
function emails(text: string): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN.test(text[end])) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1])) end--;
    while (start < at && text[start] === '.') start++;
    if (start < at && DOMAIN_SHAPE.test(text.slice(at + 1, end))) found.push({ kind: 'email', start, end });
  }
  return found;
}

/** A separator inside a phone number: a space, or a hyphen or slash with optional spaces around it. */
const SEP = String.raw`(?: ?[-/] ?| )?`;
/**
 * International (+49 30 1234567, 0049 (0)171 1234567) or national with a leading 0 (030 1234567, (030) 123 45 67,
 * 0171-1234567, 07151/123456). Dates (12.03.2026), times (09:00), years, versions and ranges (10–15) never match:
 * they lack the leading + / 0 or use dots and colons. Every repetition is bounded, so a match costs a constant.
 */
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:(?:\+|00)[1-9]\d{0,2}${SEP}(?:\(0\)${SEP})?|\(?0[1-9]\d{1,4}\)?${SEP})\d(?:${SEP}\d){4,13}(?!\p{N})`,
  'gu',
);
const PHONE_DIGITS = { min: 6, max: 15 };

function phones(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    const trimmed = m[0].trimEnd();
    if (digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max) found.push({ kind: 'phone', start: m.index!, end: m.index! + trimmed.length });
  }
  return found;
}

/** A first name and what follows it, or a title (or two) and what follows them. */
function names(text: string, words: Word[]): Span[] {
  const found: Span[] = [];
  const gap = (a: Word, b: Word) => text.slice(a.end, b.start);
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (!capitalised(w.word)) continue;
    if (TITLES.has(lower(w.word))) {
      let j = i + 1;
      while (j < words.length && TITLES.has(lower(words[j].word)) && /^\.?\s+$/.test(gap(words[j - 1], words[j]))) j++;
      if (j < words.length && capitalised(words[j].word) && /^\.?\s+$/.test(gap(words[j - 1], words[j]))) {
        found.push({ kind: 'name', start: w.start, end: words[j].end });
      }
      continue;
    }
    if (!FIRST_NAMES.has(lower(w.word.split('-')[0]))) continue;
    const next = words[i + 1];
    if (!/^[ \t]+$/.test(gap(w, next))) continue;
    if (capitalised(next.word)) found.push({ kind: 'name', start: w.start, end: next.end });
    // An initial: "Anna M."
    else if (/^\p{Lu}$/u.test(next.word) && text[next.end] === '.') found.push({ kind: 'name', start: w.start, end: next.end + 1 });
  }
  return found;
}

/** Overlapping name spans become one ("Herr Hans" and "Hans Müller" are "Herr Hans Müller"). */
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && last.kind === s.kind && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Everything in `text` that could identify someone; each distinct finding once, in the order they appear. */
export function findIdentifiers(text: string): Finding[] {
  const mails = emails(text);
  const inMail = (at: number) => mails.some((m) => at >= m.start && at < m.end);
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length })).filter((w) => !inMail(w.start));
  const spans = [...mails, ...phones(text).filter((p) => !inMail(p.start)), ...merge(names(text, words))].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const s of spans) {
    const found = text.slice(s.start, s.end);
    const key = `${s.kind}:${lower(found)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: s.kind, text: found });
  }
  return out;
}

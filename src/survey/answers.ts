import type { Question } from './bank.types';

/** A clean answer set: scale answers are integers, choices an option's value, texts trimmed and non-empty. */
export type Answers = Record<string, number | string>;

export type ProblemCode = 'unknown' | 'type' | 'range' | 'option' | 'required' | 'too_long';

/** One thing wrong with a submitted answer; `code` lets a page say it in the reader's language. */
export interface AnswerProblem {
  questionId: string;
  code: ProblemCode;
  message: string;
}

export type CheckResult = { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] };

/** The limit for a text question without its own `maxLength`. */
export const TEXT_MAX = 1000;

export const maxLengthOf = (q: Question) => q.maxLength ?? TEXT_MAX;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters other than tab and line breaks: nothing a person types, and they break CSV and terminals.
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Normalises free text: browsers send textarea line breaks as CRLF but count them as one character for `maxlength`,
 * so CRLF becomes LF before counting. Control characters go and lone surrogates become U+FFFD, which also bounds
 * every code point to at most 4 bytes of JSON — the sealed size relies on that.
 */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD').trim();
}

export const codePoints = (text: string) => [...text].length;

/** Checks submitted answers against a wave's questions. Pure; every problem is reported, not just the first. */
export function checkAnswers(questions: readonly Question[], input: Record<string, unknown>): CheckResult {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  const answers: Answers = {};
  const problem = (questionId: string, code: ProblemCode, message: string) =>
    problems.push({ questionId, code, message });

  for (const id of Object.keys(input)) {
    if (!byId.has(id)) problem(id, 'unknown', 'unknown question');
  }

  for (const q of questions) {
    const value = Object.hasOwn(input, q.id) ? input[q.id] : undefined;
    if (value === undefined || value === null) {
      if (q.required) problem(q.id, 'required', 'an answer is required');
      continue;
    }
    if (q.kind === 'scale') {
      const min = q.min ?? 1;
      const max = q.max ?? 5;
      if (typeof value !== 'number') problem(q.id, 'type', 'expected a number');
      else if (!Number.isInteger(value) || value < min || value > max)
        problem(q.id, 'range', `expected a whole number from ${min} to ${max}`);
      else answers[q.id] = value;
      continue;
    }
    if (typeof value !== 'string') {
      problem(q.id, 'type', 'expected a string');
      continue;
    }
    if (q.kind === 'choice') {
      const choice = value.trim();
      if (choice === '') {
        if (q.required) problem(q.id, 'required', 'an answer is required');
      } else if (!q.options?.some((o) => o.value === choice)) {
        problem(q.id, 'option', `expected one of ${(q.options ?? []).map((o) => o.value).join(', ')}`);
      } else answers[q.id] = choice;
      continue;
    }
    const text = cleanText(value);
    const max = maxLengthOf(q);
    if (text === '') {
      if (q.required) problem(q.id, 'required', 'an answer is required');
    } else if (codePoints(text) > max) {
      problem(q.id, 'too_long', `at most ${max} characters`);
    } else answers[q.id] = text;
  }

  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

type FormValue = string | File | (string | File)[];

/**
 * Turns an HTML form post (every value a string) into the shape the API takes: scale answers become numbers, an
 * empty field counts as unanswered. Anything odd (a repeated field, a file) is passed on for `checkAnswers` to refuse.
 */
export function parseAnswerForm(questions: readonly Question[], form: Record<string, FormValue>): Record<string, unknown> {
  const kinds = new Map(questions.map((q) => [q.id, q.kind]));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (typeof value !== 'string') {
      out[key] = value;
      continue;
    }
    const kind = kinds.get(key);
    if (kind === 'scale') {
      const v = value.trim();
      if (v === '') continue;
      out[key] = /^-?\d{1,6}$/.test(v) ? Number(v) : v;
    } else if (kind === 'choice' && value.trim() === '') {
      continue;
    } else {
      out[key] = value;
    }
  }
  return out;
}

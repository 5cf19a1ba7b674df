import { describe, expect, it } from 'vitest';
import { checkAnswers, cleanText, parseAnswerForm, type AnswerProblem } from './answers';
import { questionsFor } from './questions';
import { fullAnswers } from './testing';

const questions = questionsFor('pulse');
const problems = (input: Record<string, unknown>): Omit<AnswerProblem, 'message'>[] => {
  const r = checkAnswers(questions, input);
  return r.ok ? [] : r.problems.map(({ questionId, code }) => ({ questionId, code }));
};

describe('checkAnswers', () => {
  it('accepts a complete answer set and keeps it in question order', () => {
    const input = fullAnswers({ 'comment.pulse': '  Mehr Zeit zum Üben.  ' });
    const result = checkAnswers(questions, input);
    expect(result).toEqual({ ok: true, answers: { ...fullAnswers(), 'comment.pulse': 'Mehr Zeit zum Üben.' } });
    if (result.ok) expect(Object.keys(result.answers)).toEqual(questions.map((q) => q.id));
  });

  it.each([
    ['unknown id', { 'trust.nope': 3 }, [{ questionId: 'trust.nope', code: 'unknown' }]],
    ['scale as a string', { 'trust.safety': '3' }, [{ questionId: 'trust.safety', code: 'type' }]],
    ['scale above the range', { 'trust.safety': 6 }, [{ questionId: 'trust.safety', code: 'range' }]],
    ['scale below the range', { 'fear.job': 0 }, [{ questionId: 'fear.job', code: 'range' }]],
    ['scale not an integer', { 'fear.job': 2.5 }, [{ questionId: 'fear.job', code: 'range' }]],
    ['scale not finite', { 'fear.job': Number.NaN }, [{ questionId: 'fear.job', code: 'range' }]],
    ['choice not an option', { 'gap.use': 'hourly' }, [{ questionId: 'gap.use', code: 'option' }]],
    ['choice as a number', { 'gap.use': 3 }, [{ questionId: 'gap.use', code: 'type' }]],
    ['required choice left empty', { 'gap.use': '  ' }, [{ questionId: 'gap.use', code: 'required' }]],
    ['text as a number', { 'comment.pulse': 5 }, [{ questionId: 'comment.pulse', code: 'type' }]],
    ['text over 1,000 characters', { 'comment.pulse': 'x'.repeat(1001) }, [{ questionId: 'comment.pulse', code: 'too_long' }]],
    ['a boolean', { 'trust.rules': true }, [{ questionId: 'trust.rules', code: 'type' }]],
  ])('refuses %s', (_name, over, expected) => {
    expect(problems(fullAnswers(over as Record<string, number | string>))).toEqual(expected);
  });

  it('reports every missing required question, and only those', () => {
    const { 'trust.safety': _a, 'gap.use': _b, ...rest } = fullAnswers();
    expect(problems(rest)).toEqual([
      { questionId: 'trust.safety', code: 'required' },
      { questionId: 'gap.use', code: 'required' },
    ]);
    expect(problems({}).length).toBe(16);
  });

  it('counts code points, not UTF-16 units: 1,000 emoji are allowed, 1,001 are not', () => {
    expect(checkAnswers(questions, fullAnswers({ 'comment.pulse': '😀'.repeat(1000) })).ok).toBe(true);
    expect(problems(fullAnswers({ 'comment.pulse': '😀'.repeat(1001) }))).toEqual([
      { questionId: 'comment.pulse', code: 'too_long' },
    ]);
  });

  it('drops an empty optional text and trims the others', () => {
    expect(checkAnswers(questions, fullAnswers({ 'comment.pulse': ' \n ' }))).toEqual({ ok: true, answers: fullAnswers() });
    const r = checkAnswers(questions, fullAnswers({ 'gap.use': ' daily ' }));
    expect(r.ok && r.answers['gap.use']).toBe('daily');
  });

  it('gives readable messages', () => {
    const r = checkAnswers(questions, fullAnswers({ 'trust.safety': 9, 'comment.pulse': 'x'.repeat(1001) }));
    expect(r).toEqual({
      ok: false,
      problems: [
        { questionId: 'trust.safety', code: 'range', message: 'expected a whole number from 1 to 5' },
        { questionId: 'comment.pulse', code: 'too_long', message: 'at most 1000 characters' },
      ],
    });
  });
});

describe('cleanText', () => {
  it('turns CRLF into LF before counting, drops control characters and repairs lone surrogates', () => {
    expect(cleanText('  eins\r\nzwei\rdrei\u0000\u0007 ')).toBe('eins\nzwei\ndrei');
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb');
    expect(cleanText('tab\there')).toBe('tab\there');
  });

  it('counts a line break as one character, as the browser did for maxlength', () => {
    // 1,000 characters in the textarea, 1,400 code points on the wire.
    const text = 'a\r\n'.repeat(400) + 'b'.repeat(200);
    expect(checkAnswers(questions, fullAnswers({ 'comment.pulse': text })).ok).toBe(true);
    expect(problems(fullAnswers({ 'comment.pulse': text + 'b' }))).toEqual([{ questionId: 'comment.pulse', code: 'too_long' }]);
  });
});

describe('parseAnswerForm', () => {
  it('turns form strings into the API shape', () => {
    const form = { 'trust.safety': '4', 'gap.use': 'daily', 'comment.pulse': 'Hallo', 'fear.job': '' };
    expect(parseAnswerForm(questions, form)).toEqual({ 'trust.safety': 4, 'gap.use': 'daily', 'comment.pulse': 'Hallo' });
  });

  it('passes odd values on for checkAnswers to refuse', () => {
    const parsed = parseAnswerForm(questions, { 'trust.safety': 'viel', 'fear.job': ['1', '2'], extra: 'x' });
    expect(parsed).toEqual({ 'trust.safety': 'viel', 'fear.job': ['1', '2'], extra: 'x' });
    const r = checkAnswers(questions, fullAnswers(parsed as Record<string, string>));
    expect(r.ok ? [] : r.problems.map((p) => `${p.questionId}:${p.code}`)).toEqual([
      'extra:unknown',
      'trust.safety:type',
      'fear.job:type',
    ]);
  });
});

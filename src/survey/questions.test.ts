import { describe, expect, it } from 'vitest';
import { BANK, questionById, questionsFor } from './questions';

describe('question bank', () => {
  it('has the pulse module: 5 trust, 5 fear, 6 gap items and one optional comment', () => {
    const pulse = questionsFor('pulse');
    expect(BANK.version).toBe('2026.1');
    expect(pulse.map((q) => q.id)).toEqual([
      'trust.safety',
      'trust.rules',
      'trust.transparency',
      'trust.sharing',
      'trust.support',
      'fear.job',
      'fear.behind',
      'fear.gaps',
      'fear.pressure',
      'fear.mistakes',
      'gap.potential',
      'gap.use',
      'gap.knowledge',
      'gap.motivation',
      'gap.time',
      'gap.help',
      'comment.pulse',
    ]);
    expect(pulse.filter((q) => q.required).length).toBe(16);
    expect(questionById('comment.pulse')).toMatchObject({ kind: 'text', required: false, maxLength: 1000, facet: 'pulse' });
  });

  it('marks the human and the system side of the GenAI gap', () => {
    const side = (s: string) => BANK.questions.filter((q) => q.gapSide === s).map((q) => q.id);
    expect(side('human')).toEqual(['trust.support', 'gap.knowledge', 'gap.motivation']);
    expect(side('system')).toEqual(['trust.rules', 'gap.time', 'gap.help']);
  });

  it('scores use frequency 0–100 from never to daily', () => {
    const use = questionById('gap.use')!;
    expect(use.options!.map((o) => [o.value, o.score])).toEqual([
      ['never', 0],
      ['tried', 25],
      ['monthly', 50],
      ['weekly', 75],
      ['daily', 100],
    ]);
  });

  it('has every text in German and English, ids matching construct and facet, scales 1–5 with anchors', () => {
    for (const q of BANK.questions) {
      expect(q.id).toBe(`${q.construct}.${q.facet}`);
      expect(q.text.de.length).toBeGreaterThan(10);
      expect(q.text.en.length).toBeGreaterThan(10);
      expect(q.text.de).not.toBe(q.text.en);
      if (q.kind === 'scale') {
        expect([q.min, q.max]).toEqual([1, 5]);
        expect(q.anchors).toEqual({ de: ['stimme gar nicht zu', 'stimme voll zu'], en: ['strongly disagree', 'strongly agree'] });
      }
    }
    expect(new Set(BANK.questions.map((q) => q.id)).size).toBe(BANK.questions.length);
  });

  it('gives a quarterly wave the pulse plus the (still empty) retrospective module', () => {
    expect(questionsFor('quarterly')).toEqual(questionsFor('pulse'));
    expect(() => questionsFor('pulse', '1999.1')).toThrow('unknown question bank version 1999.1');
  });
});

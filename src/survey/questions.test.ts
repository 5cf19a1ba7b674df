import { describe, expect, it } from 'vitest';
import { BANK, questionById, questionsFor } from './questions';

describe('question bank', () => {
  it('has the pulse module: 5 trust, 5 fear, 6 gap items and one optional comment', () => {
    const pulse = questionsFor('pulse');
    expect(BANK.version).toBe('2026.2');
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

  it('gives a quarterly wave the pulse plus the retrospective module; the first bank keeps its empty module', () => {
    const quarterly = questionsFor('quarterly');
    expect(quarterly.slice(0, 17)).toEqual(questionsFor('pulse'));
    expect(quarterly.slice(17).map((q) => q.id)).toEqual([
      'maturity.tools',
      'maturity.breadth',
      'maturity.independence',
      'maturity.innovation',
      'maturity.sharing',
      'kpi.hours',
      'kpi.tasks',
      'comment.works',
      'comment.stalls',
      'comment.support',
    ]);
    // A wave opened with bank 2026.1 keeps its questions — and so its sealed size — after the module arrived.
    expect(questionsFor('quarterly', '2026.1')).toEqual(questionsFor('pulse'));
    expect(questionsFor('pulse', '2026.1')).toEqual(questionsFor('pulse', '2026.2'));
    expect(() => questionsFor('pulse', '1999.1')).toThrow('unknown question bank version 1999.1');
  });

  it('asks the five maturity dimensions with three levels scored 0 / 50 / 100, all required', () => {
    const maturity = questionsFor('quarterly').filter((q) => q.construct === 'maturity');
    expect(maturity.map((q) => q.facet)).toEqual(['tools', 'breadth', 'independence', 'innovation', 'sharing']);
    for (const q of maturity) {
      expect(q).toMatchObject({ kind: 'choice', required: true, module: 'quarterly' });
      expect(q.options!.map((o) => [o.value, o.score])).toEqual([['level1', 0], ['level2', 50], ['level3', 100]]);
    }
    expect(questionById('maturity.tools')!.options!.map((o) => o.label.en)).toEqual([
      'Basic prompting – I ask simple questions',
      'Advanced techniques – such as examples, roles or step-by-step instructions',
      'Tool integration – I connect AI with other tools and workflows',
    ]);
    expect(questionById('maturity.sharing')!.text.de).toBe('Wissensteilung: Wie gehen Sie mit Wissen über KI um?');
  });

  it('asks hours and tasks as ranges whose midpoints are amounts, not 0–100 scores', () => {
    const hours = questionById('kpi.hours')!;
    expect(hours.options!.map((o) => [o.value, o.amount, o.score])).toEqual([
      ['0', 0, undefined],
      ['lt1', 0.5, undefined],
      ['1-2', 1.5, undefined],
      ['2-5', 3.5, undefined],
      ['5+', 6, undefined],
    ]);
    expect(questionById('kpi.tasks')!.options!.map((o) => [o.value, o.amount])).toEqual([
      ['0', 0],
      ['1', 1],
      ['2-3', 2.5],
      ['4-6', 5],
      ['7+', 8],
    ]);
    for (const facet of ['works', 'stalls', 'support']) {
      expect(questionById(`comment.${facet}`)).toMatchObject({ kind: 'text', required: false, maxLength: 1000, module: 'quarterly' });
    }
  });
});

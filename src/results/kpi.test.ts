import { describe, expect, it } from 'vitest';
import { questionById, questionsFor } from '../survey/questions';
import { answersFor } from '../survey/testing';
import { amountOf } from './kpi';
import { accumulate, scoreResponse, summarize } from './stats';

const quarterly = questionsFor('quarterly');

describe('KPI measures of the retrospective', () => {
  it('scores hours and tasks as the chosen range’s midpoint, not on 0–100', () => {
    const scores = scoreResponse(quarterly, answersFor(quarterly, { 'kpi.hours': '5+', 'kpi.tasks': '2-3' }));
    expect(scores['kpi.hours']).toBe(6);
    expect(scores['kpi.tasks']).toBe(2.5);
    expect(scores.kpi).toBeUndefined();
    expect(amountOf(questionById('kpi.hours')!, 'lt1')).toBe(0.5);
    expect(amountOf(questionById('gap.use')!, 'weekly')).toBeUndefined();
  });

  it('scores maturity 0 / 50 / 100 per dimension and their mean as the construct', () => {
    const scores = scoreResponse(quarterly, answersFor(quarterly, { 'maturity.tools': 'level3', 'maturity.breadth': 'level1' }));
    expect([scores['maturity.tools'], scores['maturity.breadth'], scores['maturity.independence']]).toEqual([100, 0, 50]);
    expect(scores.maturity).toBe((100 + 0 + 50 + 50 + 50) / 5);
  });

  it('gives the mean hours of a block with a t interval in hours', () => {
    const hours = ['0', 'lt1', '1-2', '2-5', '5+'].map((h) => scoreResponse(quarterly, answersFor(quarterly, { 'kpi.hours': h })));
    const s = summarize(accumulate(hours)['kpi.hours'], 'kpi.hours')!;
    expect(s.value).toBeCloseTo((0 + 0.5 + 1.5 + 3.5 + 6) / 5, 10);
    expect(s.n).toBe(5);
    expect(s.low).toBe(0);
    expect(s.high).toBeCloseTo(2.3 + 2.7764 * (Math.sqrt((0 + 0.25 + 2.25 + 12.25 + 36 - 5 * 2.3 ** 2) / 4) / Math.sqrt(5)), 6);
  });
});

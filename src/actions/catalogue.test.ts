import { describe, expect, it } from 'vitest';
import { questionsFor } from '../survey/questions';
import { scoreResponse } from '../results/stats';
import { answersFor } from '../survey/testing';
import { CATALOGUE, kindOf } from './catalogue';
import { MEASURES, measureInfo } from './measures';

describe('the action catalogue', () => {
  it('names in both languages what each action is and aims at, moving its measures the better way', () => {
    expect(CATALOGUE.kinds).toHaveLength(11);
    for (const k of CATALOGUE.kinds) {
      for (const lang of ['de', 'en'] as const) {
        expect(k.title[lang].length).toBeGreaterThan(3);
        expect(k.description[lang].length).toBeGreaterThan(30);
      }
      expect(k.targets.length).toBeGreaterThan(0);
      for (const t of k.targets) expect([k.id, t.measure, t.direction]).toEqual([k.id, t.measure, measureInfo(t.measure)!.better]);
    }
    expect(kindOf('office-hours')!.targets).toEqual([
      { measure: 'fear.gaps', direction: 'down' },
      { measure: 'trust.sharing', direction: 'up' },
      { measure: 'gap.help', direction: 'up' },
    ]);
  });

  it('keeps actions logged with a version it knows, and none it does not', () => {
    expect(kindOf('buddy', '2026.1')?.title.de).toBe('KI-Buddy-System');
    expect(kindOf('buddy', '2025.9')).toBeUndefined();
    expect(kindOf('yoga')).toBeUndefined();
  });

  it('offers as targets exactly the measures a retrospective wave stores (plus nothing made up)', () => {
    const stored = Object.keys(scoreResponse(questionsFor('quarterly'), answersFor(questionsFor('quarterly'))));
    const offered = MEASURES.map((m) => m.id);
    // `nonuser` is the complement of `adopter`, not a goal of its own.
    expect(offered.sort()).toEqual(stored.filter((m) => m !== 'nonuser').sort());
  });
});

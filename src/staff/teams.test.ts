import { describe, expect, it } from 'vitest';
import { normaliseTeamPath, parentPath, pathPrefixes, planTeams } from './teams';

describe('normaliseTeamPath', () => {
  it('trims segments and folds inner whitespace', () => {
    expect(normaliseTeamPath('  Werk  Nord /\tMontage ')).toEqual({ ok: true, path: 'Werk Nord/Montage' });
  });

  it('rejects empty teams, empty segments, more than 8 levels and segments over 80 characters', () => {
    expect(normaliseTeamPath(' ')).toEqual({ ok: false, code: 'team_empty', message: 'team is empty' });
    expect(normaliseTeamPath('/Werk Nord')).toEqual({ ok: false, code: 'team_empty_segment', params: { value: '/Werk Nord' }, message: 'team path "/Werk Nord" has an empty segment' });
    expect(normaliseTeamPath('a/b/c/d/e/f/g/h').ok).toBe(true);
    expect(normaliseTeamPath('a/b/c/d/e/f/g/h/i')).toEqual({ ok: false, code: 'team_too_deep', params: { levels: 9, max: 8 }, message: 'team path has 9 levels; at most 8 are allowed' });
    expect(normaliseTeamPath('x'.repeat(80)).ok).toBe(true);
    expect(normaliseTeamPath('x'.repeat(81)).ok).toBe(false);
  });
});

describe('paths', () => {
  it('lists prefixes shortest first and finds parents up to the root', () => {
    expect(pathPrefixes('A/B/C')).toEqual(['A', 'A/B', 'A/B/C']);
    expect(pathPrefixes('')).toEqual([]);
    expect(parentPath('A/B')).toBe('A');
    expect(parentPath('A')).toBe('');
    expect(parentPath('')).toBeNull();
  });
});

describe('planTeams', () => {
  it('creates the root and every missing prefix once, keeping existing ids', () => {
    let n = 0;
    const existing = [
      { id: 'root', path: '' },
      { id: 'wn', path: 'Werk Nord' },
    ];
    const plan = planTeams(existing, ['Werk Nord/Montage', 'Werk Nord/Montage/Linie 2', 'Werk Nord/Montage', 'Verwaltung'], () => `t${++n}`, 'Muster GmbH');
    expect(plan.create).toEqual([
      { id: 't1', parentId: 'wn', name: 'Montage', path: 'Werk Nord/Montage' },
      { id: 't2', parentId: 't1', name: 'Linie 2', path: 'Werk Nord/Montage/Linie 2' },
      { id: 't3', parentId: 'root', name: 'Verwaltung', path: 'Verwaltung' },
    ]);
    expect(plan.idByPath.get('Werk Nord')).toBe('wn');
  });

  it('makes the root from the company name in an empty database', () => {
    let n = 0;
    const plan = planTeams([], ['A'], () => `t${++n}`, 'Muster GmbH');
    expect(plan.create).toEqual([
      { id: 't1', parentId: null, name: 'Muster GmbH', path: '' },
      { id: 't2', parentId: 't1', name: 'A', path: 'A' },
    ]);
  });
});

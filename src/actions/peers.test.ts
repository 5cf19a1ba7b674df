import { describe, expect, it } from 'vitest';
import { MAX_PEERS, candidatesFor, peersFor, type AimedAction } from './peers';

/**
 *   root ─┬─ nord ─┬─ montage ── linie2
 *         │        └─ logistik
 *         ├─ sued ─┬─ lager
 *         │        └─ versand
 *         └─ gf
 */
const TEAMS = [
  { id: 'root', parentId: null, path: '' },
  { id: 'nord', parentId: 'root', path: 'Nord' },
  { id: 'montage', parentId: 'nord', path: 'Nord/Montage' },
  { id: 'linie2', parentId: 'montage', path: 'Nord/Montage/Linie 2' },
  { id: 'logistik', parentId: 'nord', path: 'Nord/Logistik' },
  { id: 'sued', parentId: 'root', path: 'Süd' },
  { id: 'lager', parentId: 'sued', path: 'Süd/Lager' },
  { id: 'versand', parentId: 'sued', path: 'Süd/Versand' },
  { id: 'gf', parentId: 'root', path: 'GF' },
];
const PERIOD = { from: '2026-08-01', to: '2026-10-31' };
const ids = (list: { id: string }[]) => list.map((t) => t.id);
const aimed = (teamId: string, targets: string[], startsOn = '2026-09-01', endsOn: string | null = null): AimedAction => ({ teamId, targets, startsOn, endsOn });

describe('comparison teams', () => {
  it('are the teams on the same level, siblings first, never the team, its parents or its sub-teams', () => {
    expect(ids(candidatesFor(TEAMS, 'montage'))).toEqual(['logistik', 'lager', 'versand']);
    expect(ids(candidatesFor(TEAMS, 'nord'))).toEqual(['gf', 'sued']);
    expect(candidatesFor(TEAMS, 'root')).toEqual([]);
  });

  it('leave out teams with an action aimed at the same measure in the period, in, below or above them', () => {
    // Lager's own action leaves it out; Nord's reaches Montage as well, so it cancels out and Logistik stays.
    const actions = [aimed('lager', ['fear']), aimed('nord', ['fear']), aimed('montage', ['fear'])];
    expect(ids(peersFor(TEAMS, 'montage', 'fear', actions, PERIOD))).toEqual(['logistik', 'versand']);
    expect(ids(peersFor(TEAMS, 'montage', 'fear', [...actions, aimed('sued', ['fear'])], PERIOD))).toEqual(['logistik']);
    // An action below a candidate touches it too: Linie 2 is below Montage, compared from Logistik.
    expect(ids(peersFor(TEAMS, 'logistik', 'fear', [aimed('linie2', ['fear'])], PERIOD))).toEqual(['lager', 'versand']);
  });

  it('count an action on a facet against its construct, and the other way round', () => {
    expect(ids(peersFor(TEAMS, 'montage', 'fear', [aimed('lager', ['fear.gaps'])], PERIOD))).toEqual(['logistik', 'versand']);
    expect(ids(peersFor(TEAMS, 'montage', 'fear.gaps', [aimed('lager', ['fear'])], PERIOD))).toEqual(['logistik', 'versand']);
    expect(ids(peersFor(TEAMS, 'montage', 'fear.gaps', [aimed('lager', ['fear.job'])], PERIOD))).toEqual(['logistik', 'lager', 'versand']);
  });

  it('keep teams whose actions aim elsewhere or fall outside the period', () => {
    const actions = [aimed('lager', ['trust']), aimed('versand', ['fear'], '2026-11-01'), aimed('logistik', ['fear'], '2026-01-01', '2026-07-31')];
    expect(ids(peersFor(TEAMS, 'montage', 'fear', actions, PERIOD))).toEqual(['logistik', 'lager', 'versand']);
  });

  it('stop at MAX_PEERS, nearest first', () => {
    const many = [
      { id: 'root', parentId: null, path: '' },
      ...Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, parentId: 'root', path: `T${String(i).padStart(2, '0')}` })),
    ];
    const peers = peersFor(many, 't5', 'fear', [], PERIOD);
    expect(peers).toHaveLength(MAX_PEERS);
    expect(peers[0].id).toBe('t0');
  });
});

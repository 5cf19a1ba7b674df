import { seededRandom, shuffle } from '../lib/random';

/**
 * Which views may show their comments in one wave (DESIGN rule 5, with rule 3's subtraction argument applied to
 * text). A comment is a unique string, so a reader who sees the comments of two views also sees those of their
 * intersection and of their difference — a group that may be far under `kComments` (the company's comments minus a
 * big team's are the comments of everyone else, possibly five people). So views are admitted one by one, in order
 * of priority, and only while every cell of the partition they cut the wave's blocks into ("atom") keeps at least
 * `min` respondents: then every set a reader can form from the shown comments is a union of atoms, ≥ `min`.
 */
export interface CommentCandidate {
  key: string;
  blockIds: readonly string[];
}

export function commentViews(respondentsByBlock: ReadonlyMap<string, number>, candidates: readonly CommentCandidate[], min: number): Set<string> {
  const size = (ids: Iterable<string>) => {
    let n = 0;
    for (const id of ids) n += respondentsByBlock.get(id) ?? 0;
    return n;
  };
  let atoms: Set<string>[] = [new Set(respondentsByBlock.keys())];
  const accepted = new Set<string>();
  for (const candidate of candidates) {
    const view = new Set(candidate.blockIds);
    if (view.size === 0 || size(view) < min) continue;
    const next: Set<string>[] = [];
    let ok = true;
    for (const atom of atoms) {
      const inside = new Set([...atom].filter((id) => view.has(id)));
      const outside = new Set([...atom].filter((id) => !view.has(id)));
      if (inside.size > 0 && outside.size > 0 && (size(inside) < min || size(outside) < min)) {
        ok = false;
        break;
      }
      next.push(...[inside, outside].filter((s) => s.size > 0));
    }
    if (!ok) continue;
    atoms = next;
    accepted.add(candidate.key);
  }
  return accepted;
}

/** A 32-bit FNV-1a hash: a stable seed from a text. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The order comments are shown in: shuffled, and the same every time the same export is made (so the report, the
 * JSON and a second download agree and cannot be diffed for anything). Stored ids are random, so sorting by them
 * first only makes the input order independent of how the rows were read.
 */
export function commentOrder<T extends { id: string }>(comments: readonly T[], seed: string): T[] {
  const sorted = [...comments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return shuffle(seededRandom(fnv1a(seed)), sorted);
}

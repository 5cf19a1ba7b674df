import { describe, expect, it } from 'vitest';
import { nodeAead } from '../entry/node-aead';
import { deriveKeys, generateSecret } from '../lib/keys';
import { seededRandom } from '../lib/random';
import { questionsFor } from './questions';
import { seal, sealedLength, sealedSize, unseal, type SealedPayload } from './seal';
import { fullAnswers } from './testing';

const TEST_KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
const questions = questionsFor('pulse');
const size = sealedSize(questions);

describe('seal', () => {
  it('round-trips a payload with exactly the team, the role and the answers', async () => {
    const keys = await deriveKeys(TEST_KEY);
    const payload: SealedPayload = {
      teamId: 'team-montage',
      role: 'champion',
      answers: fullAnswers({ 'comment.pulse': 'Mehr Schulungen, bitte – gern auch „vor Ort“. 🚀' }),
    };
    const bytes = await seal(keys, seededRandom(1), payload, size);
    expect(await unseal(keys, bytes)).toEqual(payload);
    // D1 hands blobs back as plain arrays of numbers.
    expect(await unseal(keys, Array.from(bytes))).toEqual(payload);
  });

  it('gives short and long answers the same sealed length', async () => {
    const keys = await deriveKeys(TEST_KEY);
    const short = await seal(keys, seededRandom(2), { teamId: 't', role: 'basic', answers: {} }, size);
    const full = await seal(keys, seededRandom(3), { teamId: 't', role: 'basic', answers: fullAnswers() }, size);
    // The worst case: 1,000 astral code points, 4 bytes of UTF-8 each.
    const longest = await seal(
      keys,
      seededRandom(4),
      { teamId: 'a-22-character-team-id', role: 'champion', answers: fullAnswers({ 'comment.pulse': '😀'.repeat(1000) }) },
      size,
    );
    expect(size).toBe(4608);
    expect(sealedLength(size)).toBe(4636);
    expect([short.length, full.length, longest.length]).toEqual([4636, 4636, 4636]);
  });

  it('uses a fresh IV from the given randomness, so equal answers seal differently', async () => {
    const keys = await deriveKeys(TEST_KEY);
    const payload: SealedPayload = { teamId: 't', role: 'power', answers: fullAnswers() };
    const random = seededRandom(5);
    const a = await seal(keys, random, payload, size);
    const b = await seal(keys, random, payload, size);
    expect(a.slice(0, 12)).not.toEqual(b.slice(0, 12));
    expect(a).not.toEqual(b);
  });

  it('refuses a payload that would not fit instead of sealing a row of another size', async () => {
    const keys = await deriveKeys(TEST_KEY);
    const payload: SealedPayload = { teamId: 't', role: 'basic', answers: { 'comment.pulse': 'x'.repeat(size) } };
    await expect(seal(keys, seededRandom(6), payload, size)).rejects.toThrow('larger than the sealed size');
  });

  it('cannot be opened with another key or after a bit flips', async () => {
    const keys = await deriveKeys(TEST_KEY);
    const bytes = await seal(keys, seededRandom(7), { teamId: 't', role: 'basic', answers: fullAnswers() }, size);
    await expect(unseal(await deriveKeys(generateSecret()), bytes)).rejects.toThrow();
    const flipped = bytes.slice();
    flipped[40] ^= 1;
    await expect(unseal(keys, flipped)).rejects.toThrow();
  });

  it("opens with Node's synchronous AES-GCM what WebCrypto sealed, and the other way round (Workers and Node share a database)", async () => {
    const web = await deriveKeys(TEST_KEY);
    const node = await deriveKeys(TEST_KEY, { aead: nodeAead });
    const payload: SealedPayload = { teamId: 'team-lager', role: 'power', answers: fullAnswers({ 'comment.pulse': 'gut' }) };
    const byWeb = await seal(web, seededRandom(4), payload, size);
    const byNode = await seal(node, seededRandom(4), payload, size);
    // The same IV (the same seeded randomness): the very same bytes.
    expect(Buffer.from(byNode).equals(Buffer.from(byWeb))).toBe(true);
    expect(await unseal(node, byWeb)).toEqual(payload);
    expect(await unseal(web, byNode)).toEqual(payload);
    byNode[40] ^= 1;
    await expect(unseal(node, byNode)).rejects.toThrow();
    await expect(unseal(await deriveKeys(generateSecret(), { aead: nodeAead }), byWeb)).rejects.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { readJson, signedIn } from '../auth/testing';
import { sha256Hex, SYSTEM } from '../audit/chain';
import { changeSettings } from '../settings/settings.service';
import type { Question } from '../survey/bank.types';
import { BANK, questionById } from '../survey/questions';
import type { Annex } from './agreement.service';
import { annexHash } from './agreement.service';
import { catalogue, questionHash, translationHash } from './questions';
import { TR_1 } from '../survey/translations/tr';
import { PL_1 } from '../survey/translations/pl';
import { RU_1 } from '../survey/translations/ru';
import { UK_1 } from '../survey/translations/uk';

const safety = questionById('trust.safety')!;
const use = questionById('gap.use')!;

describe('question hashes', () => {
  it('hash each translation apart: a fixed Turkish wording is a new Turkish version and changes nothing else', () => {
    const items = catalogue(BANK.questions, BANK.version);
    const fixed = { ...TR_1, version: 'tr.2', questions: { ...TR_1.questions, 'trust.safety': { text: 'Ekibimde yapay zekâ hakkında bilmediğimi açıkça söyleyebilirim.' } } };
    const use = questionById('gap.use')!;
    expect(translationHash(safety, BANK.version, fixed)).not.toBe(items[0].translations.tr!.hash);
    expect(translationHash(safety, BANK.version, { ...TR_1 })).toBe(items[0].translations.tr!.hash);
    // The German and English hash, and the other languages' hashes, do not move.
    expect(items[0].hash).toBe(questionHash(safety, BANK.version));
    expect(translationHash(safety, BANK.version, PL_1)).toBe(items[0].translations.pl!.hash);
    // An option label is part of what a reader sees.
    const relabelled = { ...TR_1, questions: { ...TR_1.questions, 'gap.use': { ...TR_1.questions['gap.use'], options: { ...TR_1.questions['gap.use'].options, daily: 'Hep' } } } };
    expect(translationHash(use, BANK.version, relabelled)).not.toBe(translationHash(use, BANK.version, TR_1));
  });

  it('are SHA-256 over the documented input', () => {
    const expected = sha256Hex(JSON.stringify(['trust.safety', '2026.2', safety.text.de, safety.text.en, [safety.anchors!.de, safety.anchors!.en], null]));
    expect(questionHash(safety, '2026.2')).toBe(expected);
    expect(questionHash(safety, '2026.2')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('change when a wording changes, in either language, an option label or the bank version, and only then', () => {
    const base = questionHash(safety, '2026.2');
    expect(questionHash({ ...safety }, '2026.2')).toBe(base);
    const variants: Question[] = [
      { ...safety, text: { ...safety.text, de: safety.text.de.replace('offen', 'ehrlich') } },
      { ...safety, text: { ...safety.text, en: `${safety.text.en} ` } },
      { ...safety, anchors: { de: ['nein', 'ja'], en: safety.anchors!.en } },
    ];
    for (const q of variants) expect(questionHash(q, '2026.2')).not.toBe(base);
    expect(questionHash(safety, '2026.3')).not.toBe(base);
    const options = use.options!.map((o, i) => (i === 0 ? { ...o, label: { ...o.label, de: 'gar nicht' } } : o));
    expect(questionHash({ ...use, options }, '2026.2')).not.toBe(questionHash(use, '2026.2'));
  });

  it('make the annex hash change with the wording, too', () => {
    const body = { version: 1, k: 5, kComments: 10, retention: { commentsMonths: 12, resultsYears: 5, inactiveStaffMonths: 6 }, roles: [], dataCategories: [], notStored: [] };
    const before = annexHash({ ...body, questions: catalogue([safety], '2026.2') });
    const reworded = { ...safety, text: { ...safety.text, de: 'Anders formuliert.' } };
    expect(annexHash({ ...body, questions: catalogue([reworded], '2026.2') })).not.toBe(before);
    expect(annexHash({ ...body, questions: catalogue([safety], '2026.2') })).toBe(before);
  });
});

describe('GET /api/v1/agreement', () => {
  it('has exactly the fields of the issue, from the live configuration', async () => {
    const { app, deps } = await testDeps();
    const annex = await readJson<Annex>(app.request('/api/v1/agreement', { headers: adminHeaders() }));
    expect(Object.keys(annex)).toEqual(['generatedAt', 'version', 'k', 'kComments', 'retention', 'roles', 'dataCategories', 'notStored', 'questions', 'hash']);
    expect(annex).toMatchObject({
      generatedAt: '2026-11-02T08:00:00.000Z',
      version: 2,
      k: 5,
      kComments: 10,
      retention: { commentsMonths: 12, resultsYears: 5, inactiveStaffMonths: 6 },
    });
    expect(annex.roles.map((r) => r.role)).toEqual(['staff', 'leader', 'admin', 'council']);
    for (const list of [annex.roles.map((r) => r.sees), annex.dataCategories.map((c) => c.text), annex.notStored.map((c) => c.text)]) {
      for (const text of list) expect(Object.keys(text)).toEqual(['de', 'en']);
    }
    expect(annex.questions).toHaveLength(BANK.questions.length);
    expect(annex.questions[0]).toEqual({
      id: 'trust.safety',
      bankVersion: BANK.version,
      text: { de: safety.text.de, en: safety.text.en },
      hash: questionHash(safety, BANK.version),
      translations: Object.fromEntries(
        [TR_1, PL_1, RU_1, UK_1].map((t) => [t.lang, { version: t.version, text: t.questions['trust.safety'].text, hash: translationHash(safety, BANK.version, t) }]),
      ),
    });
    const { generatedAt: _g, hash, ...body } = annex;
    expect(hash).toBe(sha256Hex(JSON.stringify(body)));

    // A raised k applies at once and gives another annex; the same configuration later gives the same hash.
    await changeSettings(deps, SYSTEM, { k: 7, retention: { commentsMonths: 6 } });
    const after = await readJson<Annex>(app.request('/api/v1/agreement', { headers: adminHeaders() }));
    expect(after).toMatchObject({ k: 7, kComments: 10, retention: { commentsMonths: 6 } });
    expect(after.hash).not.toBe(annex.hash);
    expect((await readJson<Annex>(app.request('/api/v1/agreement', { headers: adminHeaders() }))).hash).toBe(after.hash);
  });

  it('is for admins and the council: 401 without sign-in, 403 for a leader, JSON errors', async () => {
    const { app, deps } = await testDeps();
    expect((await app.request('/api/v1/agreement')).status).toBe(401);
    const leader = await signedIn(deps, { role: 'leader', teamId: null });
    const res = await app.request('/api/v1/agreement', { headers: { cookie: leader.cookie } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'this needs an admin', details: [{ code: 'admin_only' }] } });
    expect((await app.request('/admin/agreement', { headers: { cookie: leader.cookie } })).status).toBe(403);
    expect((await app.request('/api/v1/agreement/x', { headers: adminHeaders() })).status).toBe(404);
  });

  it('lists the question catalogue with its hashes for the council', async () => {
    const { app, deps } = await testDeps();
    const council = await signedIn(deps, { role: 'council' });
    const body = await readJson<{ bankVersion: string; questions: { id: string; hash: string }[] }>(
      app.request('/api/v1/questions', { headers: { cookie: council.cookie } }),
    );
    expect(body.bankVersion).toBe(BANK.version);
    expect(body.questions.map((q) => q.id)).toEqual(BANK.questions.map((q) => q.id));
  });
});

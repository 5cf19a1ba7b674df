import { afterEach, describe, expect, it } from 'vitest';
import { BANK, questionById, questionsFor } from '../questions';
import { currentTranslations, TRANSLATIONS, translationFor, waveWords } from './index';
import { TR_1 } from './tr';
import type { BankTranslation } from './types';

const TR_2: BankTranslation = { ...TR_1, version: 'tr.2', questions: { ...TR_1.questions, 'fear.job': { text: 'Yapay zekâ yüzünden işimi kaybetmekten korkuyorum.' } } };
const versions = TRANSLATIONS.tr as BankTranslation[];

afterEach(() => {
  while (versions.length > 1) versions.pop();
});

describe('translations of the question bank', () => {
  it('are recorded by a wave when it opens, and a wave keeps its version when a fix arrives', () => {
    expect(currentTranslations(BANK.version)).toEqual({ tr: 'tr.1', pl: 'pl.1', ru: 'ru.1', uk: 'uk.1' });
    const running = { bankVersion: BANK.version, translations: JSON.stringify(currentTranslations(BANK.version)) };
    versions.push(TR_2);
    // A new wave would show the fix; the running one keeps what it opened with, and Polish is untouched.
    expect(currentTranslations(BANK.version)).toEqual({ tr: 'tr.2', pl: 'pl.1', ru: 'ru.1', uk: 'uk.1' });
    const job = questionById('fear.job')!;
    expect(waveWords(running, questionsFor('pulse'), 'tr')(job).text).toBe(TR_1.questions['fear.job'].text);
    const next = { bankVersion: BANK.version, translations: JSON.stringify(currentTranslations(BANK.version)) };
    expect(waveWords(next, questionsFor('pulse'), 'tr')(job).text).toBe(TR_2.questions['fear.job'].text);
  });

  it('give a wave opened before translations existed the first version, and German and English the bank itself', () => {
    versions.push(TR_2);
    expect(translationFor('tr', BANK.version, '{}')?.version).toBe('tr.1');
    expect(translationFor('de', BANK.version, '{}')).toBeUndefined();
    const job = questionById('fear.job')!;
    const words = waveWords({ bankVersion: BANK.version, translations: '{}' }, questionsFor('pulse'), 'uk');
    expect(words(job).text).toBe('Я непокоюся, що ШІ загрожує моєму робочому місцю.');
    expect(words(questionById('trust.safety')!).anchors).toEqual(['зовсім не згоден(-на)', 'повністю згоден(-на)']);
    expect(words(questionById('gap.use')!).option('daily')).toBe('Щодня');
    expect(waveWords({ bankVersion: BANK.version, translations: '{}' }, questionsFor('pulse'), 'en')(job).text).toBe(job.text.en);
  });
});

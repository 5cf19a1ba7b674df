import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../db/schema/org';
import { letterText } from '../letters/letters.text';
import { invitationMail, reminderMail } from '../mail/templates';
import { mailText } from '../mail/templates.text';
import { privacyNote } from '../privacy/privacy.text';
import { BANK, questionsFor } from '../survey/questions';
import { surveyText } from '../survey/survey.text';
import { TRANSLATED, TRANSLATIONS } from '../survey/translations';
import { STAFF_LANGS, type StaffLang } from './i18n';

/**
 * Every staff language has every text: each dictionary is walked key by key against German, functions are called
 * with sample arguments, and what comes back must be text (no empty string, no "undefined", no leftover German where
 * the language is another). A missing key fails here even where the type would let a cast through.
 */
const SAMPLE_ARGS = [7, 12, 'Anna Müller', 'x'];

function leaves(value: unknown, path: string, out: Map<string, string>) {
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const args = path.endsWith('identifying.field')
      ? [[{ kind: 'name', text: 'Anna Müller' }, { kind: 'phone', text: '0171 1234567' }]]
      : path.endsWith('effort')
        ? ['KW 45', 2, 16, 'Freitag']
        : path.endsWith('blocks')
          ? [{ privacy: { controller: 'Muster GmbH', href: 'https://x/privacy' }, company: 'Muster GmbH', title: 'KW 45', link: 'https://x/s/a', until: 'Fr', minutes: 2, questions: 16 }]
          : SAMPLE_ARGS;
    leaves(fn(...args), `${path}()`, out);
  } else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  else throw new Error(`${path} is ${String(value)}`);
}

const DICTIONARIES: Record<string, Record<StaffLang, unknown>> = { surveyText, mailText, letterText, privacyNote };

describe('every staff language', () => {
  it('is the list the staff CSV accepts', () => {
    expect([...LANGUAGES]).toEqual([...STAFF_LANGS]);
  });

  for (const [name, dictionary] of Object.entries(DICTIONARIES)) {
    it(`has every text of ${name}, and none of it empty or left in German`, () => {
      const german = new Map<string, string>();
      leaves(dictionary.de, name, german);
      expect(german.size).toBeGreaterThan(2);
      for (const lang of STAFF_LANGS) {
        expect(Object.keys(dictionary), name).toContain(lang);
        const texts = new Map<string, string>();
        leaves(dictionary[lang], name, texts);
        expect([...texts.keys()], `${name}.${lang}`).toEqual([...german.keys()]);
        for (const [path, text] of texts) {
          expect(text.trim(), `${lang} ${path}`).not.toBe('');
          expect(text, `${lang} ${path}`).not.toMatch(/undefined|NaN|\[object/);
          // Names, codes, addresses and numbers may be the same in every language; sentences may not.
          if (lang !== 'de' && text.split(' ').length > 3) expect(text, `${lang} ${path} is still German`).not.toBe(german.get(path));
        }
      }
    });
  }

  it('has the whole question bank of every version it names: every item, option and scale end', () => {
    for (const lang of TRANSLATED) {
      expect(TRANSLATIONS[lang].length).toBeGreaterThan(0);
      for (const t of TRANSLATIONS[lang]) {
        expect(t.lang).toBe(lang);
        expect(t.version).toMatch(new RegExp(`^${lang}\\.\\d+$`));
        expect(t.agree.every((a) => a.trim().length > 0)).toBe(true);
        for (const bank of t.banks) {
          for (const q of questionsFor('quarterly', bank)) {
            const item = t.questions[q.id];
            expect(item?.text.trim(), `${t.version} ${q.id}`).toBeTruthy();
            expect(item.text).not.toBe(q.text.de);
            expect(item.text).not.toBe(q.text.en);
            for (const o of q.options ?? []) expect(item.options?.[o.value]?.trim(), `${t.version} ${q.id} ${o.value}`).toBeTruthy();
          }
        }
        // Nothing translated that the bank does not ask.
        const ids = new Set(BANK.questions.map((q) => q.id));
        for (const id of Object.keys(t.questions)) expect(ids.has(id), `${t.version} ${id}`).toBe(true);
      }
    }
  });

  it('writes invitation and reminder mails with the link, the closing time and the privacy notice', () => {
    for (const lang of STAFF_LANGS) {
      const input = {
        lang,
        companyName: 'Muster GmbH',
        title: 'KW 45',
        link: 'https://puls.test/s/abc',
        closesAt: Date.UTC(2026, 10, 6, 16, 0),
        privacy: { controller: 'Muster GmbH', url: 'https://puls.test/privacy' },
      };
      for (const mail of [invitationMail(input), reminderMail(input)]) {
        expect(mail.html).toContain(`<html lang="${lang}">`);
        expect(mail.text).toContain('https://puls.test/s/abc');
        expect(mail.text).toContain('2026');
        expect(mail.text).toContain('17:00');
        expect(mail.text).toContain(`https://puls.test/privacy?lang=${lang === 'en' ? 'en' : 'de'}`);
        expect(mail.text).not.toMatch(/undefined/);
      }
    }
    expect(invitationMail({ lang: 'ru', companyName: 'M', title: 'T', link: 'l', closesAt: Date.UTC(2026, 10, 6, 16), privacy: { controller: 'M', url: 'u' } }).text).toContain(
      'пятница, 6 ноября 2026 г., 17:00 (по берлинскому времени)',
    );
  });
});

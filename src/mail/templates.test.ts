import { describe, expect, it } from 'vitest';
import { formatClosing, invitationMail, loginMail, reminderMail, type SurveyMailInput } from './templates';

const LINK = 'https://puls.muster.example/s/Zm9vYmFyLXRva2VuLTEyMzQ1Njc4OTA';
/** Friday 2026-11-06 17:00 in Berlin (CET, UTC+1). */
const CLOSES_AT = Date.UTC(2026, 10, 6, 16, 0);
const PRIVACY = { controller: 'Muster GmbH', url: 'https://puls.muster.example/privacy' };
const base: SurveyMailInput = { lang: 'de', companyName: 'Muster GmbH', title: 'Puls November', link: LINK, closesAt: CLOSES_AT, privacy: PRIVACY };

describe('invitation mail', () => {
  it('in German names the company, the effort, the closing time, anonymity and the link, and nothing personal else', () => {
    const mail = invitationMail(base);
    expect(mail.subject).toBe('Muster GmbH: Wie erleben Sie KI bei der Arbeit?');
    expect(mail.text).toBe(
      [
        'Guten Tag,',
        'im Auftrag von Muster GmbH bitten wir Sie über Puls um Ihre Einschätzung: Wie erleben Sie künstliche Intelligenz in Ihrem Arbeitsalltag?',
        'Die Befragung „Puls November“ dauert etwa 2 Minuten (rund 16 kurze Fragen) und ist bis Freitag, 6. November 2026, 17:00 Uhr geöffnet.',
        'Ihre Antworten sind anonym: Niemand – weder Ihre Führungskraft noch die Administration – kann sehen, was Sie persönlich geantwortet haben.',
        `Zur Befragung:\n${LINK}`,
        'Dieser Link gilt nur für Sie und nur einmal; bitte leiten Sie diese E-Mail nicht weiter.',
        'Vielen Dank für Ihre Zeit!',
        'Datenschutz: Verantwortlich ist Muster GmbH. Ihre E-Mail-Adresse wird nur für diesen Link und Erinnerungen verwendet, Ihre Antworten werden anonym ausgewertet. Zweck, Rechtsgrundlage, Speicherdauer und Ihre Rechte:\nhttps://puls.muster.example/privacy?lang=de',
        '-- \nPuls – im Auftrag von Muster GmbH',
      ].join('\n\n') + '\n',
    );
    expect(mail.html).toContain(`<a href="${LINK}"`);
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain('Freitag, 6. November 2026, 17:00 Uhr');
    expect(mail.html).toContain('<a href="https://puls.muster.example/privacy?lang=de"');
  });

  it('in English says the same', () => {
    const mail = invitationMail({ ...base, lang: 'en' });
    expect(mail.subject).toBe('Muster GmbH: How do you experience AI at work?');
    expect(mail.text).toContain('on behalf of Muster GmbH, we are asking for your view via Puls');
    expect(mail.text).toContain(
      'The survey “Puls November” takes about 2 minutes (around 16 short questions) and is open until Friday, 6 November 2026, 17:00 (Berlin time).',
    );
    expect(mail.text).toContain('Your answers are anonymous');
    expect(mail.text).toContain(`Open the survey:\n${LINK}`);
    expect(mail.html).toContain(`href="${LINK}"`);
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).toContain(
      'Privacy: Muster GmbH is responsible. Your email address is used only for this link and reminders; your answers are evaluated anonymously. Purpose, legal basis, retention and your rights:\nhttps://puls.muster.example/privacy?lang=en',
    );
  });

  it('escapes everything it puts into HTML', () => {
    const mail = invitationMail({ ...base, companyName: 'Müller & <Söhne>', title: '"Q4" <b>', link: `${LINK}?a=1&b="2"` });
    expect(mail.html).toContain('Müller &amp; &lt;Söhne&gt;');
    expect(mail.html).toContain('&quot;Q4&quot; &lt;b&gt;');
    expect(mail.html).toContain(`href="${LINK}?a=1&amp;b=&quot;2&quot;"`);
    expect(mail.html).not.toContain('<Söhne>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.text).toContain('Müller & <Söhne>');
  });

  it('tells the longer effort of the quarterly retrospective', () => {
    expect(invitationMail({ ...base, module: 'quarterly' }).text).toContain('etwa 5 Minuten (rund 25 kurze Fragen)');
  });
});

describe('reminder mail', () => {
  it('repeats the facts gently and reveals nothing about anybody else', () => {
    for (const lang of ['de', 'en'] as const) {
      const mail = reminderMail({ ...base, lang });
      expect(mail.text).toContain(LINK);
      expect(mail.text).toContain('Muster GmbH');
      expect(mail.text).toContain(formatClosing(lang, CLOSES_AT));
      // The Art. 13 notice is in every reminder too.
      expect(mail.text).toContain(`${PRIVACY.url}?lang=${lang}`);
      // Without the link, the closing time and the effort, no number is left: no counts, no shares.
      const rest = mail.text
        .replace(LINK, '')
        .replace(formatClosing(lang, CLOSES_AT), '')
        .replace(/\b(2|16)\b/g, '');
      expect(rest).not.toMatch(/\d/);
      expect(rest).not.toMatch(/%|Kolleg|colleague|andere|others|most|meisten|bereits \w+ von/i);
    }
    expect(reminderMail(base).subject).toBe('Erinnerung: Muster GmbH bittet um Ihre Einschätzung zu KI');
    expect(reminderMail({ ...base, lang: 'en' }).subject).toBe('Reminder: Muster GmbH would like your view on AI');
  });
});

describe('login mail', () => {
  it('carries a single-use link valid for 15 minutes, and the privacy notice before the signature', () => {
    const link = 'https://puls.muster.example/login/abc_DEF-123';
    const de = loginMail({ lang: 'de', link, privacy: PRIVACY });
    expect(de.subject).toBe('Ihr Anmeldelink für Puls');
    expect(de.text).toContain('Er ist 15 Minuten gültig und lässt sich nur einmal verwenden.');
    expect(de.text).toContain(`Jetzt anmelden:\n${link}`);
    expect(de.text).toContain(
      'Datenschutz: Verantwortlich ist Muster GmbH. Ihre E-Mail-Adresse wird nur für die Anmeldung bei Puls und die Zusammenfassungen nach einer Befragung verwendet. Zweck, Rechtsgrundlage, Speicherdauer und Ihre Rechte:\nhttps://puls.muster.example/privacy?lang=de\n\n-- \nPuls',
    );
    const en = loginMail({ lang: 'en', link, privacy: PRIVACY });
    expect(en.subject).toBe('Your sign-in link for Puls');
    expect(en.text).toContain('It is valid for 15 minutes and works only once.');
    expect(en.html).toContain(`href="${link}"`);
    expect(en.html).toContain('<a href="https://puls.muster.example/privacy?lang=en"');
  });
});

describe('formatClosing', () => {
  it('writes Berlin time in winter and in summer', () => {
    expect(formatClosing('de', CLOSES_AT)).toBe('Freitag, 6. November 2026, 17:00 Uhr');
    expect(formatClosing('en', CLOSES_AT)).toBe('Friday, 6 November 2026, 17:00 (Berlin time)');
    // 2026-07-03 15:00 UTC is 17:00 in Berlin (CEST, UTC+2).
    expect(formatClosing('de', Date.UTC(2026, 6, 3, 15, 0))).toBe('Freitag, 3. Juli 2026, 17:00 Uhr');
    expect(formatClosing('en', Date.UTC(2026, 0, 1, 8, 5))).toBe('Thursday, 1 January 2026, 09:05 (Berlin time)');
  });
});

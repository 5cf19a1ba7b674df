import { describe, expect, it } from 'vitest';
import { findIdentifiers as find } from './identifiers';

const names = (text: string) => find(text).filter((f) => f.kind === 'name').map((f) => f.text);

describe('finding names, emails and phone numbers in open answers, without any staff list', () => {
  it('finds a first name followed by a capitalised word, in the languages our staff write', () => {
    expect(names('Die Zusammenarbeit mit Anna Müller ist gut.')).toEqual(['Anna Müller']);
    expect(names('Die Zusammenarbeit mit Ayşe Demir ist gut.')).toEqual(['Ayşe Demir']);
    expect(names('Frag Mehmet Yılmaz, der kennt sich mit Copilot aus.')).toEqual(['Mehmet Yılmaz']);
    expect(names('Seit Agnieszka Nowak die Schulung macht, läuft es.')).toEqual(['Agnieszka Nowak']);
    expect(names('Sergej Iwanow und Oleksandr Kovalenko haben uns die Prompts gezeigt.')).toEqual(['Sergej Iwanow', 'Oleksandr Kovalenko']);
    expect(names('Anna-Lena Schmidt-Weber erklärt es am besten.')).toEqual(['Anna-Lena Schmidt-Weber']);
    expect(names('Danke an Jan K. aus der Montage!')).toEqual(['Jan K.']);
    expect(names('Ask John Smith, he knows the tools.')).toEqual(['John Smith']);
  });

  it('finds a title followed by a capitalised word, with its first name when there is one', () => {
    expect(names('Frau Klein hat uns sehr geholfen.')).toEqual(['Frau Klein']);
    expect(names('Hr. Koch erklärt es gut, Fr. Özdemir auch.')).toEqual(['Hr. Koch', 'Fr. Özdemir']);
    expect(names('Bitte an Frau Dr. Weber wenden.')).toEqual(['Frau Dr. Weber']);
    expect(names('Herr Hans Becker nimmt sich Zeit.')).toEqual(['Herr Hans Becker']);
    expect(names('Mrs Taylor runs the office hours.')).toEqual(['Mrs Taylor']);
  });

  it('raises no alarm on ordinary German sentences, where every noun is capitalised', () => {
    const calm = [
      'Die Schulung zu ChatGPT hat unserem Team sehr geholfen.',
      'Am Montag haben wir KI im Team ausprobiert.',
      'Unsere Abteilung braucht klare Regeln für Datenschutz und Urheberrecht.',
      'Der Betriebsrat sollte früher eingebunden werden, nicht erst bei der Einführung.',
      'Mit Microsoft Copilot Studio bauen wir jetzt eigene Agenten.',
      'Im August Urlaub, danach die Copilot Schulung.',
      'Die Art Prompts zu schreiben hat sich verändert.',
      'Anna und Ben haben viel gezeigt.',
      'Nur Zeit fehlt uns, die Werkzeuge sind gut.',
      'Herr der Lage sind wir noch nicht.',
      'Jede Frau und jeder Mann sollte Zugang zu den Werkzeugen haben.',
      'Claude Code und Gemini Advanced dürfen wir nicht nutzen.',
      'Große Sprachmodelle Helfen beim Schreiben von E-Mails an Kunden.',
      'Wir sparen etwa 2 Stunden pro Woche, seit Version 3.5 sogar 10–15 Minuten am Tag.',
      'Termin am 12.03.2026 um 09:00 Uhr, Raum 0815, ISO 27001, Kostenstelle 4711.',
      'Unklar, welche Daten wir in ChatGPT eingeben dürfen. Die IT sagt nichts dazu.',
      'May I suggest More Time for learning? The Copilot Training was great.',
    ];
    for (const text of calm) expect(find(text), text).toEqual([]);
  });

  it('finds email addresses, without reading their parts as names', () => {
    expect(find('Schreibt an Anna.Mueller@muster-maschinenbau.de oder it-hilfe@firma.com.')).toEqual([
      { kind: 'email', text: 'Anna.Mueller@muster-maschinenbau.de' },
      { kind: 'email', text: 'it-hilfe@firma.com' },
    ]);
    expect(find('Mail: elif.yilmaz@muster.de')).toEqual([{ kind: 'email', text: 'elif.yilmaz@muster.de' }]);
    expect(find('Preis @ 5 Euro, Treffen @Kantine, a@b')).toEqual([]);
  });

  it('finds German and international phone numbers', () => {
    for (const phone of ['+49 30 1234567', '+49 (0)171 1234567', '0049 89 123456', '030/1234567', '(030) 123 45 67', '0171-1234567', '07151 / 123456', '0151 12345678']) {
      expect(find(`Ruft an: ${phone}, danke.`), phone).toEqual([{ kind: 'phone', text: phone }]);
    }
  });

  it('reports each finding once, in the order of the text, exactly as typed', () => {
    expect(find('Anna Müller, 0171 1234567, anna müller und nochmal Anna Müller; elif@x.de')).toEqual([
      { kind: 'name', text: 'Anna Müller' },
      { kind: 'phone', text: '0171 1234567' },
      { kind: 'email', text: 'elif@x.de' },
    ]);
  });

  it('takes time in proportion to the text, even for text made to be slow', () => {
    const nasty = ['a'.repeat(64_000), 'a@'.repeat(32_000), '0'.repeat(64_000), 'Anna '.repeat(12_800), '+49 '.repeat(16_000), `${'x.'.repeat(32_000)}@`];
    for (const text of nasty) {
      const started = performance.now();
      find(text);
      // A scan from every position (a regex that backtracks over the run) takes seconds on 64 KB.
      expect(performance.now() - started, text.slice(0, 10)).toBeLessThan(250);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { buildNameIndex, findIdentifiers } from './identifiers';

const index = buildNameIndex([
  'Anna Müller',
  'Jürgen Schmidt-Weber',
  'Elif Yilmaz',
  'Ben Koch',
  'Katrin Klein',
  'Hannes Montag',
  'Dr. Sören Nowak',
  'Mara Li',
]);
const find = (text: string) => findIdentifiers(text, index);

describe('finding names, emails and phone numbers in open answers', () => {
  it('finds a first and last name from the staff list, in either order, ignoring case', () => {
    expect(find('Anna Müller hat uns die Prompts gezeigt.')).toEqual([{ kind: 'name', text: 'Anna Müller' }]);
    expect(find('Danke an müller anna!')).toEqual([{ kind: 'name', text: 'müller anna' }]);
    expect(find('Mara Li weiß, wie es geht.')).toEqual([{ kind: 'name', text: 'Mara Li' }]);
  });

  it('finds a distinctive surname alone, and hyphenated names as one word', () => {
    expect(find('Frag am besten Yilmaz, die kennt sich aus.')).toEqual([{ kind: 'name', text: 'Yilmaz' }]);
    expect(find('Seit Schmidt-Weber die Schulung macht, läuft es.')).toEqual([{ kind: 'name', text: 'Schmidt-Weber' }]);
    expect(find('nowak hat das eingeführt')).toEqual([{ kind: 'name', text: 'nowak' }]);
  });

  it('finds a common-word surname only after a title', () => {
    expect(find('Frau Klein hat uns sehr geholfen.')).toEqual([{ kind: 'name', text: 'Frau Klein' }]);
    expect(find('Herr Koch erklärt es gut.')).toEqual([{ kind: 'name', text: 'Herr Koch' }]);
    expect(find('Dr. Nowak')).toEqual([{ kind: 'name', text: 'Dr. Nowak' }]);
  });

  it('raises no alarm on ordinary German words, weekdays, KI or first names alone', () => {
    const calm = [
      'Am Montag haben wir KI im Team ausprobiert.',
      'Die Schulung war klein, aber fein; der Koch in der Kantine nutzt auch KI.',
      'Ein kleiner Schritt: lange Prompts funktionieren besser als kurze.',
      'Anna und Ben haben viel gezeigt.',
      'Wir sparen etwa 2 Stunden pro Woche, seit Version 3.5 sogar 10–15 Minuten am Tag.',
      'Termin am 12.03.2026 um 09:00 Uhr, Raum 0815, ISO 27001, Kostenstelle 4711.',
      'Unklar, welche Daten wir in ChatGPT eingeben dürfen.',
    ];
    for (const text of calm) expect(find(text), text).toEqual([]);
  });

  it('finds email addresses, without reading their parts as names', () => {
    expect(find('Schreibt an anna.mueller@muster-maschinenbau.de oder it-hilfe@firma.com.')).toEqual([
      { kind: 'email', text: 'anna.mueller@muster-maschinenbau.de' },
      { kind: 'email', text: 'it-hilfe@firma.com' },
    ]);
    expect(find('Mail: elif.yilmaz@muster.de')).toEqual([{ kind: 'email', text: 'elif.yilmaz@muster.de' }]);
  });

  it('finds German and international phone numbers', () => {
    for (const phone of ['+49 30 1234567', '+49 (0)171 1234567', '0049 89 123456', '030/1234567', '(030) 123 45 67', '0171-1234567', '07151 / 123456', '0151 12345678']) {
      expect(find(`Ruft an: ${phone}, danke.`), phone).toEqual([{ kind: 'phone', text: phone }]);
    }
  });

  it('reports each finding once, in the order of the text, exactly as typed', () => {
    expect(find('Yilmaz, 0171 1234567, yilmaz und nochmal Yilmaz; elif@x.de')).toEqual([
      { kind: 'name', text: 'Yilmaz' },
      { kind: 'phone', text: '0171 1234567' },
      { kind: 'email', text: 'elif@x.de' },
    ]);
  });

  it('keeps single-word and title-only staff entries out of the index', () => {
    const small = buildNameIndex(['Admin', 'Dr. Weber', 'Hannes Montag']);
    expect(small.pairs).toEqual(new Set(['hannes montag', 'montag hannes']));
    expect(small.distinctive).toEqual(new Set());
    expect(small.surnames).toEqual(new Set(['montag']));
  });
});

import type { Texts } from '../lib/i18n';
import type { RoleId } from './content';

export const agreementText: Texts<{
  title: string;
  subtitle: string;
  generated: (date: string) => string;
  version: (v: number) => string;
  annexHash: string;
  print: string;
  json: string;
  sections: {
    purpose: string;
    data: string;
    notStored: string;
    roles: string;
    rules: string;
    retention: string;
    measures: string;
    questions: string;
    audit: string;
    signatures: string;
  };
  controller: string;
  dpo: string;
  dpoMissing: string;
  purpose: string;
  legalBasis: string;
  roleNames: Record<RoleId, string>;
  retentionItems: { comments: (n: number) => string; results: (n: number) => string; staff: (n: number) => string };
  retentionNote: string;
  questionCols: { id: string; text: string; hash: string };
  modules: { pulse: string; quarterly: string };
  bank: (version: string) => string;
  hashNote: string;
  translations: (versions: string) => string;
  auditOk: (n: number) => string;
  auditBroken: (seq: number) => string;
  auditHead: string;
  signEmployer: string;
  signCouncil: string;
  placeDate: string;
}> = {
  de: {
    title: 'Anlage zur Betriebsvereinbarung',
    subtitle: 'Anonyme Mitarbeiterbefragung zum Einsatz von KI mit Puls',
    generated: (d) => `Erzeugt am ${d} aus der laufenden Konfiguration`,
    version: (v) => `Fassung ${v} des Anlagenformats`,
    annexHash: 'Prüfsumme dieser Anlage',
    print: 'Zum Drucken oder Speichern als PDF: Drucken im Browser (A4).',
    json: 'Als JSON',
    sections: {
      purpose: '1. Zweck und Rechtsgrundlage',
      data: '2. Verarbeitete Daten',
      notStored: '3. Was nie gespeichert wird',
      roles: '4. Wer was sieht',
      rules: '5. Anonymitätsregeln',
      retention: '6. Aufbewahrung und Löschung',
      measures: '7. Technische und organisatorische Maßnahmen',
      questions: '8. Fragenkatalog',
      audit: '9. Protokoll',
      signatures: 'Unterschriften',
    },
    controller: 'Verantwortlicher',
    dpo: 'Datenschutzbeauftragte/r',
    dpoMissing: 'nicht hinterlegt',
    purpose: 'Zweck',
    legalBasis: 'Rechtsgrundlage',
    roleNames: { staff: 'Beschäftigte', leader: 'Führungskräfte', admin: 'Administration', council: 'Betriebsrat' },
    retentionItems: {
      comments: (n) => `Freie Kommentare werden ${n} ${n === 1 ? 'Monat' : 'Monate'} nach dem Ende ihrer Welle gelöscht.`,
      results: (n) => `Die Ergebnisse einer Welle werden ${n} ${n === 1 ? 'Jahr' : 'Jahre'} nach ihrem Ende gelöscht.`,
      staff: (n) =>
        `Wer nicht mehr auf der Personalliste steht, verliert ${n} ${n === 1 ? 'Monat' : 'Monate'} danach Name und E-Mail-Adresse; zusammengefasste Ergebnisse bleiben.`,
    },
    retentionNote: 'Puls löscht selbsttätig und vermerkt jede Löschung im Protokoll. Jede Änderung dieser Fristen braucht eine zweite Person.',
    questionCols: { id: 'Kennung', text: 'Wortlaut', hash: 'Prüfsumme (SHA-256)' },
    modules: { pulse: 'Puls (jede Welle)', quarterly: 'Quartalsrückblick (erste Welle im Quartal)' },
    bank: (v) => `Fragenkatalog, Fassung ${v}`,
    translations: (v) =>
      `Übersetzungen für die Belegschaft: ${v}. Jede Übersetzung hat eigene Fassungen und Prüfsummen (im JSON der Anlage); eine korrigierte Übersetzung ändert nur deren Prüfsummen.`,
    hashNote:
      'Die Prüfsumme eines Items ist SHA-256 über JSON.stringify([Kennung, Fassung, Text deutsch, Text englisch, Skalenenden, Antwortoptionen]). Ändert sich ein Wortlaut, ändert sich die Prüfsumme.',
    auditOk: (n) => `Prüfung bestanden: ${n} ${n === 1 ? 'Eintrag' : 'Einträge'}, keiner verändert oder entfernt.`,
    auditBroken: (seq) => `Prüfung fehlgeschlagen ab Eintrag ${seq}.`,
    auditHead: 'Prüfsumme des neuesten Eintrags',
    signEmployer: 'Für den Arbeitgeber',
    signCouncil: 'Für den Betriebsrat',
    placeDate: 'Ort, Datum',
  },
  en: {
    title: 'Annex to the works agreement',
    subtitle: 'Anonymous staff survey on the use of AI with Puls',
    generated: (d) => `Generated on ${d} from the live configuration`,
    version: (v) => `Version ${v} of the annex format`,
    annexHash: 'Checksum of this annex',
    print: 'To print or save as PDF: print from the browser (A4).',
    json: 'As JSON',
    sections: {
      purpose: '1. Purpose and legal basis',
      data: '2. Data processed',
      notStored: '3. What is never stored',
      roles: '4. Who sees what',
      rules: '5. Anonymity rules',
      retention: '6. Retention and deletion',
      measures: '7. Technical and organisational measures',
      questions: '8. Question catalogue',
      audit: '9. Audit log',
      signatures: 'Signatures',
    },
    controller: 'Controller',
    dpo: 'Data protection officer',
    dpoMissing: 'not set',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    roleNames: { staff: 'Staff', leader: 'Leaders', admin: 'Administrators', council: 'Works council' },
    retentionItems: {
      comments: (n) => `Open comments are deleted ${n} month${n === 1 ? '' : 's'} after their wave ended.`,
      results: (n) => `A wave's results are deleted ${n} year${n === 1 ? '' : 's'} after it ended.`,
      staff: (n) => `Whoever is no longer on the staff list loses name and email address ${n} month${n === 1 ? '' : 's'} later; combined results stay.`,
    },
    retentionNote: 'Puls deletes on its own and notes every deletion in the audit log. Every change of these periods needs a second person.',
    questionCols: { id: 'Id', text: 'Wording', hash: 'Checksum (SHA-256)' },
    modules: { pulse: 'Pulse (every wave)', quarterly: 'Quarterly retrospective (first wave of a quarter)' },
    bank: (v) => `Question catalogue, version ${v}`,
    translations: (v) =>
      `Translations for staff: ${v}. Each translation has versions and hashes of its own (in the annex JSON); a corrected translation changes only its own hashes.`,
    hashNote:
      "An item's checksum is SHA-256 over JSON.stringify([id, version, German text, English text, scale ends, answer options]). When a wording changes, its checksum changes.",
    auditOk: (n) => `Check passed: ${n} ${n === 1 ? 'entry' : 'entries'}, none changed or removed.`,
    auditBroken: (seq) => `Check failed from entry ${seq} on.`,
    auditHead: 'Checksum of the newest entry',
    signEmployer: 'For the employer',
    signCouncil: 'For the works council',
    placeDate: 'Place, date',
  },
};

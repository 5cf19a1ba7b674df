/** The company of the end-to-end checks, as HR exports it. */

const BOM = '\uFEFF';
const HEADER = 'E-Mail;Name;Abteilung;Rolle;Sprache';

/** Twelve people: seven in Werk Nord/Montage, five in Vertrieb; German and English, all three roles. */
export const PEOPLE = [
  ['anna.mueller@muster.de', 'Anna Müller', 'Werk Nord/Montage', 'Basis-Nutzer', 'de'],
  ['ben.koch@muster.de', 'Ben Koch', 'Werk Nord/Montage', 'Power-User', 'de'],
  ['clara.weiss@muster.de', 'Clara Weiß', 'Werk Nord/Montage', 'Basis-Nutzer', 'de'],
  ['deniz.yilmaz@muster.de', 'Deniz Yılmaz', 'Werk Nord/Montage', 'KI-Champion', 'en'],
  ['emil.schaefer@muster.de', 'Emil Schäfer', 'Werk Nord/Montage', 'Basis-Nutzer', 'de'],
  ['frieda.braun@muster.de', 'Frieda Braun', 'Werk Nord/Montage', 'Power-User', 'de'],
  ['gustav.lang@muster.de', 'Gustav Lang', 'Werk Nord/Montage', 'Basis-Nutzer', 'de'],
  ['hanna.roth@muster.de', 'Hanna Roth', 'Vertrieb', 'Power-User', 'en'],
  ['ivo.petrov@muster.de', 'Ivo Petrov', 'Vertrieb', 'Basis-Nutzer', 'en'],
  ['jana.novak@muster.de', 'Jana Novák', 'Vertrieb', 'KI-Champion', 'de'],
  ['kai.becker@muster.de', 'Kai Becker', 'Vertrieb', 'Basis-Nutzer', 'de'],
  ['lea.vogel@muster.de', 'Lea Vogel', 'Vertrieb', 'Power-User', 'de'],
] as const;

export const EMAILS: string[] = PEOPLE.map((p) => p[0]);
export const nameOf = (email: string) => PEOPLE.find((p) => p[0] === email)![1];

/** The current export: BOM, semicolons, German headers and role names, CRLF. */
export const companyCsv = () => BOM + [HEADER, ...PEOPLE.map((p) => p.join(';'))].join('\r\n') + '\r\n';

/**
 * An earlier, larger export: the twelve in an old team, and 2,488 more who have left since. Large enough that every
 * write of the import is chunked (D1 binds at most 100 parameters per statement, a JSON chunk holds 1,000 people).
 */
export const BULK = 2500;
export function bulkCsv() {
  const rows = PEOPLE.map((p) => [p[0], p[1], 'Alt/Bestand', p[3], p[4]].join(';'));
  for (let i = PEOPLE.length; i < BULK; i++) {
    rows.push(`person${String(i).padStart(5, '0')}@muster.de;Person ${i};Werk ${i % 5}/Team ${i % 50};Basis-Nutzer;de`);
  }
  return [HEADER, ...rows].join('\r\n');
}

/** A malformed file: a bad email and an empty name in its only row. */
export const MALFORMED_CSV = 'email,name,team,role\nx,,T,basic\n';

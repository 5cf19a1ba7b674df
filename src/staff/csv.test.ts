import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseStaffCsv } from './csv';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

describe('parseStaffCsv', () => {
  it('reads a German Excel export: ";", BOM, CRLF, German headers, quoted ";", umlauts, German role names', () => {
    const file =
      '\uFEFF' +
      crlf([
        'E-Mail;Name;Abteilung;Rolle;Sprache',
        'Juergen.Gross@Muster.de;Jürgen Groß;Werk Nord/Montage;Basis-Nutzer;de',
        'anna@muster.de;"Weiß; Anna";"Werk Nord / Montage ";power-user;EN',
        ' lena@muster.de ;Lena Öztürk;Verwaltung;KI-Champion;',
      ]);
    expect(parseStaffCsv(file)).toEqual({
      ok: true,
      rows: [
        { line: 2, email: 'juergen.gross@muster.de', name: 'Jürgen Groß', team: 'Werk Nord/Montage', role: 'basic', language: 'de', employeeId: null, channel: 'email' },
        { line: 3, email: 'anna@muster.de', name: 'Weiß; Anna', team: 'Werk Nord/Montage', role: 'power', language: 'en', employeeId: null, channel: 'email' },
        { line: 4, email: 'lena@muster.de', name: 'Lena Öztürk', team: 'Verwaltung', role: 'champion', language: 'de', employeeId: null, channel: 'email' },
      ],
    });
  });

  it('reads a comma file with English headers in another order, extra columns and no language column', () => {
    const file = ['Employee No,Role, EMAIL ,Full Name,Team', '17,champion,a@x.io,"Smith, Ann",Sales/EMEA', '18,BASIC,b@x.io,Bo,Sales'];
    const result = parseStaffCsv(file.join('\n'));
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, email: 'a@x.io', name: 'Smith, Ann', team: 'Sales/EMEA', role: 'champion', language: 'de', employeeId: null, channel: 'email' },
        { line: 3, email: 'b@x.io', name: 'Bo', team: 'Sales', role: 'basic', language: 'de', employeeId: null, channel: 'email' },
      ],
    });
  });

  it('counts lines as an editor does: empty lines, rows of only delimiters and newlines inside quotes', () => {
    const file = crlf(['Mail;Name;Team;Role', '', 'a@x.de;"Ann', 'Marie";T;basic', ';;;', 'b@x.de;Bob;T;nobody']);
    expect(parseStaffCsv(file)).toEqual({
      ok: false,
      problems: [{ line: 6, column: 'Role', code: 'role_unknown', params: { value: 'nobody' }, message: 'unknown role "nobody"; use basic, power or champion (Basis-Nutzer, Power-User, KI-Champion)' }],
    });
  });

  it('reports every bad row with its line and the column as written in the header', () => {
    const file = [
      'E-Mail;Name;Abteilung;Rolle;Sprache',
      'ok@x.de;Ok;A/B;basic;de',
      'not-an-email;Bad;A;basic;de',
      'OK@x.de;Twice;A;basic;de',
      'c@x.de; ;A//B;chef;fr',
      'd@x.de;D;' + Array.from({ length: 9 }, (_, i) => `L${i}`).join('/') + ';power;en',
      'e@x.de;E;' + 'x'.repeat(81) + ';power;en',
      ';E;A;power;en;surplus',
    ].join('\n');
    const result = parseStaffCsv(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { line: 3, column: 'E-Mail', code: 'email_invalid', params: { value: 'not-an-email' }, message: '"not-an-email" is not an email address' },
      { line: 4, column: 'E-Mail', code: 'email_duplicate', params: { first: 2 }, message: 'duplicate email, first on line 2' },
      { line: 5, column: 'Name', code: 'name_empty', message: 'name is empty' },
      { line: 5, column: 'Abteilung', code: 'team_empty_segment', params: { value: 'A//B' }, message: 'team path "A//B" has an empty segment' },
      { line: 5, column: 'Rolle', code: 'role_unknown', params: { value: 'chef' }, message: 'unknown role "chef"; use basic, power or champion (Basis-Nutzer, Power-User, KI-Champion)' },
      { line: 5, column: 'Sprache', code: 'language_unknown', params: { value: 'fr' }, message: 'unknown language "fr"; use de, en, tr, pl, ru or uk' },
      { line: 6, column: 'Abteilung', code: 'team_too_deep', params: { levels: 9, max: 8 }, message: 'team path has 9 levels; at most 8 are allowed' },
      { line: 7, column: 'Abteilung', code: 'team_name_too_long', params: { value: 'xxxxxxxxxxxxxxxxxxxx…', max: 80 }, message: 'team name "xxxxxxxxxxxxxxxxxxxx…" is longer than 80 characters' },
      { line: 8, column: null, code: 'extra_fields', params: { fields: 6, header: 5 }, message: 'row has 6 fields, the header has 5' },
      { line: 8, column: 'E-Mail', code: 'email_empty', message: 'email is empty' },
    ]);
  });

  it('reports missing and repeated header columns on line 1 and checks no rows then', () => {
    const result = parseStaffCsv('Email,Mail,Name\nx,y,z\n');
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 1, column: 'Mail', code: 'column_repeated', params: { first: 'Email' }, message: 'column "Mail" repeats "Email" (email)' },
        { line: 1, column: 'team', code: 'column_missing', message: 'missing column "team"' },
        { line: 1, column: 'role', code: 'column_missing', message: 'missing column "role"' },
      ],
    });
  });

  it('finds the header below blank lines and reports header problems on its line', () => {
    const result = parseStaffCsv('\n\nemail,name,team\na@x.de,A,T\n');
    expect(result).toEqual({ ok: false, problems: [{ line: 3, column: 'role', code: 'column_missing', message: 'missing column "role"' }] });
  });

  it('reports an unclosed quote at the line where the broken record starts', () => {
    const file = crlf(['email;name;team;role', 'a@x.de;A;T;basic', '', 'b@x.de;"Bob;T;basic', 'c@x.de;C;T;basic']);
    const result = parseStaffCsv(file);
    expect(result.ok).toBe(false);
    const [problem] = !result.ok ? result.problems : [];
    expect(problem.line).toBe(4);
    expect(problem.column).toBeNull();
    expect(problem.message).toMatch(/^a quoted field opened in this record is never closed \(parser: Quote Not Closed/);
  });

  it('passes on other parser errors with the parser line, rather than guessing what a stray quote meant', () => {
    const closing = parseStaffCsv('email,name,team,role\na@x.de,A,T,basic\nb@x.de,"B"x,T,basic\n');
    expect(closing).toEqual({
      ok: false,
      problems: [{ line: 3, column: null, code: 'csv_unreadable', message: expect.stringMatching(/^Invalid Closing Quote: got "x" at line 3/) }],
    });
    const opening = parseStaffCsv('email;name;team;role\r\na@x.de;Max "Maxi" Muster;T;basic\r\n');
    expect(opening).toEqual({
      ok: false,
      problems: [{ line: 2, column: null, code: 'csv_unreadable', message: expect.stringMatching(/^Invalid Opening Quote: a quote is found on field 1 at line 2/) }],
    });
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(parseStaffCsv('\uFEFF \r\n')).toEqual({ ok: false, problems: [{ line: 1, column: null, code: 'file_empty', message: 'the file is empty' }] });
    expect(parseStaffCsv('email;name;team;role\r\n;;;\r\n')).toEqual({
      ok: false,
      problems: [{ line: 1, column: null, code: 'no_rows', message: 'the file has a header but no staff rows' }],
    });
  });

  it('folds whitespace in names so nothing can break a mail header', () => {
    const result = parseStaffCsv('email,name,team,role\na@x.de,"Ann\nBcc: x@y.z",T,basic\n');
    expect(result.ok && result.rows[0].name).toBe('Ann Bcc: x@y.z');
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter the header uses most', () => {
    expect(detectDelimiter('E-Mail;Name;Team, Abteilung;Rolle')).toBe(';');
    expect(detectDelimiter('email,name,team,role')).toBe(',');
    expect(detectDelimiter('email\tname\tteam')).toBe('\t');
    expect(detectDelimiter('email')).toBe(';');
  });

  it('reads employee numbers and channels: a row needs an email or a number, people without email are on paper', () => {
    const file = crlf([
      'E-Mail;Personalnummer;Name;Abteilung;Rolle;Sprache;Kanal',
      'anna@muster.de;4711;Anna Weiß;Verwaltung;Basis-Nutzer;de;',
      ';4712;Mehmet Yılmaz;Werk Nord/Montage;Basis-Nutzer;Türkisch;',
      'olga@muster.de;4713;Olga Nowak;Werk Nord/Montage;Power-User;pl;Papier',
      ';M-0815;Iryna Koval;Werk Nord/Montage;Basis-Nutzer;uk;print',
      'ben@muster.de;;Ben Fischer;Vertrieb;KI-Champion;ru;E-Mail',
    ]);
    const rows = parseStaffCsv(file);
    expect(rows.ok && rows.rows.map((r) => [r.email, r.employeeId, r.channel, r.language])).toEqual([
      ['anna@muster.de', '4711', 'email', 'de'],
      [null, '4712', 'print', 'tr'],
      ['olga@muster.de', '4713', 'print', 'pl'],
      [null, 'M-0815', 'print', 'uk'],
      ['ben@muster.de', null, 'email', 'ru'],
    ]);
  });

  it('reads a file with numbers and no email column at all', () => {
    const rows = parseStaffCsv('employee_id,name,team,role,language\n17,Ann,Hall 1,basic,en\n18,Bo,Hall 1,basic,\n');
    expect(rows.ok && rows.rows.map((r) => [r.email, r.employeeId, r.channel])).toEqual([
      [null, '17', 'print'],
      [null, '18', 'print'],
    ]);
  });

  it('refuses rows without email and number, mail without an address, unknown channels and repeated numbers', () => {
    const file = [
      'E-Mail;Personalnummer;Name;Abteilung;Rolle;Kanal',
      ';;Niemand;A;basic;',
      ';17;Ohne Mail;A;basic;E-Mail',
      'a@x.de;18;Brieftaube;A;basic;Taube',
      'b@x.de;18;Doppelt;A;basic;',
      'c@x.de;' + '9'.repeat(65) + ';Lang;A;basic;',
    ].join('\n');
    const result = parseStaffCsv(file);
    expect(!result.ok && result.problems).toEqual([
      { line: 2, column: 'E-Mail', code: 'contact_missing', message: 'a row needs an email or an employee number' },
      { line: 3, column: 'Kanal', code: 'channel_without_email', message: 'channel is email but the row has no email' },
      { line: 4, column: 'Kanal', code: 'channel_unknown', params: { value: 'Taube' }, message: 'unknown channel "Taube"; use email or print (E-Mail, Papier)' },
      { line: 5, column: 'Personalnummer', code: 'employee_id_duplicate', params: { first: 4 }, message: 'duplicate employee number, first on line 4' },
      { line: 6, column: 'Personalnummer', code: 'employee_id_too_long', params: { max: 64 }, message: 'employee number is longer than 64 characters' },
    ]);
  });

  it('needs a column for the email or for the number', () => {
    expect(parseStaffCsv('Name;Team;Rolle\nA;B;basic\n')).toEqual({
      ok: false,
      problems: [{ line: 1, column: 'email', code: 'column_missing', message: 'missing column "email" (or "employee_id" for people without email)' }],
    });
  });
});

import type { ComponentChildren } from 'preact';
import { formatCode } from '../codes/codes';
import { LANGUAGE_NAMES, STAFF_LANGS, type Lang, type StaffLang } from '../lib/i18n';
import { Layout } from '../lib/render';
import { EFFORT, formatClosing } from '../mail/templates';
import { privacyNote } from '../privacy/privacy.text';
import type { WaveRow } from '../waves/waves.service';
import type { TeamCodeSheet } from '../codes/team-codes.service';
import { letterText } from './letters.text';
import type { Letter } from './letters.service';
import { paperText } from './paper.text';
import { QrCode } from './qr';

/** What every letter of a wave shares: who asks, where the code is typed, the privacy notice. */
export interface LetterContext {
  wave: WaveRow;
  company: string;
  /** The controller of the Art. 13 notice and its page. */
  privacy: { controller: string; url: string };
  /** `https://puls.example.de/c`, as printed. */
  codeAddress: string;
}

/**
 * All letters of a wave (or of a team's subtree) as one HTML document: one A4 page per letter (web/letters.css sets
 * the page and the breaks), each in its person's language, ready to print or save as PDF from the browser. The
 * toolbar is for the screen only.
 */
export function LettersDocument(props: { lang: Lang; letters: Letter[]; reminder: boolean; context: LetterContext; backHref: string }) {
  const t = paperText[props.lang];
  return (
    <Layout lang={props.lang} title={t.lettersTitle(props.letters.length)}>
      <PrintToolbar lang={props.lang} title={t.lettersTitle(props.letters.length)} backHref={props.backHref} />
      <div class="letters">
        {props.letters.map((l) => (
          <LetterPage letter={l} reminder={props.reminder} context={props.context} />
        ))}
      </div>
    </Layout>
  );
}

function PrintToolbar({ lang, title, backHref, children }: { lang: Lang; title: string; backHref: string; children?: ComponentChildren }) {
  const t = paperText[lang];
  return (
    <div class="print-toolbar">
      <h1>{title}</h1>
      <p>{t.print}</p>
      <p class="hint">{t.printHint}</p>
      {children}
      <p>
        <a href={backHref}>{t.back}</a>
      </p>
    </div>
  );
}

function LetterPage({ letter, reminder, context }: { letter: Letter; reminder: boolean; context: LetterContext }) {
  const lang: StaffLang = letter.language;
  const t = letterText[lang];
  const { wave, company } = context;
  const effort = EFFORT[wave.module];
  return (
    <article class="letter" lang={lang} data-staff={letter.staffId}>
      <header class="letter-head">
        <p class="letter-from">{company}</p>
        <dl class="letter-to">
          <dt>{t.recipient.name}</dt>
          <dd>{letter.name}</dd>
          <dt>{t.recipient.team}</dt>
          <dd>{letter.team || company}</dd>
          {letter.employeeId && (
            <>
              <dt>{t.recipient.employeeId}</dt>
              <dd>{letter.employeeId}</dd>
            </>
          )}
        </dl>
      </header>
      <h2>{reminder ? t.reminderTitle : t.title}</h2>
      <p>{t.why(company)}</p>
      <p>{t.effort(wave.title, effort.minutes, effort.questions, formatClosing(lang, wave.closesAt))}</p>
      {reminder && <p>{t.reminderNote}</p>}
      <section class="letter-how">
        <h3>{t.howTitle}</h3>
        <div class="letter-codes">
          <figure class="letter-qr">
            <QrCode text={letter.link} label={t.scan} />
            <figcaption>{t.scan}</figcaption>
          </figure>
          <div class="letter-code">
            <p>{t.orType(context.codeAddress)}</p>
            <p class="code" data-testid="code">
              {formatCode(letter.code)}
            </p>
          </div>
        </div>
        <p class="letter-personal">{t.personal}</p>
      </section>
      <section class="letter-anonymity">
        <h3>{t.anonymityTitle}</h3>
        <p>{t.anonymity(wave.k).join(' ')}</p>
      </section>
      <p class="letter-languages">
        {t.languages} {STAFF_LANGS.map((l) => LANGUAGE_NAMES[l]).join(' · ')}
      </p>
      <p>{t.thanks}</p>
      <p class="letter-sign">{t.sign(company)}</p>
      <p class="letter-privacy">
        {privacyNote[lang].letter(context.privacy.controller)} {context.privacy.url}
      </p>
    </article>
  );
}

/**
 * A sheet of team codes: slips to cut apart (ten to an A4 page), each with the address, its code and what it is for,
 * in the chosen language. No QR code: the codes must not travel in a URL, and the address is short.
 */
export function TeamCodeSheetPage(props: {
  lang: Lang;
  slipLang: StaffLang;
  sheet: TeamCodeSheet & { codes: string[] };
  context: LetterContext;
  path: string;
  backHref: string;
}) {
  const t = paperText[props.lang];
  const s = letterText[props.slipLang].slip;
  const { wave, company } = props.context;
  const until = formatClosing(props.slipLang, wave.closesAt);
  return (
    <Layout lang={props.lang} title={t.sheetTitle(props.sheet.team || company, props.sheet.count)}>
      <PrintToolbar lang={props.lang} title={t.sheetTitle(props.sheet.team || company, props.sheet.count)} backHref={props.backHref}>
        <nav class="slip-languages" aria-label={t.slipLanguage}>
          {t.slipLanguage}:{' '}
          {STAFF_LANGS.map((l) => (
            <>
              {l === props.slipLang ? <strong>{LANGUAGE_NAMES[l]}</strong> : <a href={`${props.path}?slip=${l}`}>{LANGUAGE_NAMES[l]}</a>}{' '}
            </>
          ))}
        </nav>
      </PrintToolbar>
      <div class="slips" lang={props.slipLang}>
        {props.sheet.codes.map((code) => (
          <section class="slip">
            <h2>{s.title}</h2>
            <p class="slip-team">{props.sheet.team || company}</p>
            <p>{s.open(props.context.codeAddress)}</p>
            <p class="code">{formatCode(code)}</p>
            <p>{s.valid(until)}</p>
            <p class="slip-small">{s.anonymous}</p>
            <p class="slip-small">{STAFF_LANGS.map((l) => LANGUAGE_NAMES[l]).join(' · ')}</p>
          </section>
        ))}
      </div>
    </Layout>
  );
}

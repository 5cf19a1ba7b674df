import type { StaffTexts, Texts } from '../lib/i18n';
import type { Retention } from '../settings/fields';

const months = (n: number, de: boolean) => (de ? `${n} ${n === 1 ? 'Monat' : 'Monaten'}` : `${n} month${n === 1 ? '' : 's'}`);
const years = (n: number, de: boolean) => (de ? `${n} ${n === 1 ? 'Jahr' : 'Jahren'}` : `${n} year${n === 1 ? '' : 's'}`);

/**
 * The Art. 13 GDPR notice: the public page /privacy and the short notice in every survey mail. The company's own
 * facts (controller, data protection officer, purpose, legal basis) come from the settings; the rest is how Puls works.
 */
export const privacyText: Texts<{
  title: string;
  intro: string;
  controller: string;
  dpo: string;
  dpoMissing: string;
  purpose: string;
  legalBasis: string;
  data: string;
  dataPoints: (k: number, kComments: number) => string[];
  recipients: string;
  recipientPoints: (k: number) => string[];
  retention: string;
  retentionPoints: (r: Retention) => string[];
  rights: string;
  rightsText: string;
  rightsAnonymous: string;
  voluntary: string;
  voluntaryText: string;
}> = {
  de: {
    title: 'Datenschutzhinweise zur Befragung',
    intro: 'Informationen nach Art. 13 DSGVO zu den anonymen Kurzbefragungen mit Puls.',
    controller: 'Verantwortlicher',
    dpo: 'Datenschutzbeauftragte/r',
    dpoMissing: 'Die Kontaktdaten erhalten Sie bei der Personalabteilung oder beim Betriebsrat.',
    purpose: 'Zweck',
    legalBasis: 'Rechtsgrundlage',
    data: 'Welche Daten verarbeitet werden',
    dataPoints: (k, kComments) => [
      'Für die Einladung: Ihre E-Mail-Adresse oder Personalnummer, Ihr Name, Ihr Team, Ihre KI-Rolle und Ihre Sprache aus der Personalliste. Wer keine E-Mail-Adresse hat, bekommt einen gedruckten Brief.',
      'Ihr persönlicher Link und der Code auf Ihrem Brief werden nur als Prüfsumme gespeichert.',
      `Ihre Antworten werden ohne Bezug zu Ihrer Person gespeichert, während der Befragung verschlüsselt. Ausgewertet wird nur in Gruppen von mindestens ${k} Personen; freie Kommentare erscheinen nur für Gruppen ab ${kComments} Personen, ohne jede Zuordnung.`,
      'Nicht gespeichert werden: IP-Adressen, der Zeitpunkt Ihrer Antwort und jede Verbindung zwischen Ihnen und Ihren Antworten.',
    ],
    recipients: 'Wer die Daten sieht',
    recipientPoints: (k) => [
      `Führungskräfte sehen nur zusammengefasste Ergebnisse ihres Bereichs, und nur für Gruppen mit mindestens ${k} Antworten; der Betriebsrat sieht die Ergebnisse des ganzen Unternehmens.`,
      'Die Administration sieht die Personalliste und wer eingeladen wurde, aber nie, was jemand geantwortet hat.',
      'Ein E-Mail-Dienstleister versendet Einladungen und Erinnerungen in unserem Auftrag (Auftragsverarbeitung nach Art. 28 DSGVO).',
    ],
    retention: 'Wie lange die Daten gespeichert werden',
    retentionPoints: (r) => [
      `Freie Kommentare: ${months(r.commentsMonths, true)} nach dem Ende der Befragungswelle.`,
      `Zusammengefasste Ergebnisse einer Welle: ${years(r.resultsYears, true)} nach ihrem Ende.`,
      `Name, E-Mail-Adresse und Personalnummer: solange Sie auf der Personalliste stehen und ${months(r.inactiveStaffMonths, true)} darüber hinaus.`,
    ],
    rights: 'Ihre Rechte',
    rightsText:
      'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21) sowie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77).',
    rightsAnonymous:
      'Ihre Antworten lassen sich Ihnen nicht zuordnen – auch von uns nicht. Deshalb können wir sie Ihnen weder zeigen noch einzeln löschen (Art. 11 DSGVO).',
    voluntary: 'Freiwilligkeit',
    voluntaryText: 'Die Teilnahme ist freiwillig. Wer nicht teilnimmt, hat keine Nachteile. Es gibt keine automatisierten Entscheidungen über Personen.',
  },
  en: {
    title: 'Privacy notice for the survey',
    intro: 'Information under Art. 13 GDPR about the short anonymous surveys run with Puls.',
    controller: 'Controller',
    dpo: 'Data protection officer',
    dpoMissing: 'You can get the contact details from HR or the works council.',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    data: 'What data is processed',
    dataPoints: (k, kComments) => [
      'For the invitation: your email address or employee number, your name, your team, your AI role and your language from the staff list. People without an email address get a printed letter.',
      'Your personal link and the code on your letter are stored only as checksums.',
      `Your answers are stored without any reference to you, encrypted while the survey runs. They are evaluated only in groups of at least ${k} people; open comments appear only for groups of ${kComments} or more, without any attribution.`,
      'Not stored: IP addresses, the time of your answer, and any link between you and your answers.',
    ],
    recipients: 'Who sees the data',
    recipientPoints: (k) => [
      `Leaders see only combined results of their area, and only for groups with at least ${k} answers; the works council sees company-wide results.`,
      'Administrators see the staff list and who was invited, but never what anyone answered.',
      'A mail service sends invitations and reminders on our behalf (processing on behalf under Art. 28 GDPR).',
    ],
    retention: 'How long the data is kept',
    retentionPoints: (r) => [
      `Open comments: ${months(r.commentsMonths, false)} after the survey wave ends.`,
      `Combined results of a wave: ${years(r.resultsYears, false)} after it ends.`,
      `Name, email address and employee number: as long as you are on the staff list and ${months(r.inactiveStaffMonths, false)} beyond.`,
    ],
    rights: 'Your rights',
    rightsText:
      'You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18) and to object (Art. 21), and the right to lodge a complaint with a data protection supervisory authority (Art. 77).',
    rightsAnonymous:
      'Your answers cannot be attributed to you, not even by us. That is why we can neither show them to you nor delete them one by one (Art. 11 GDPR).',
    voluntary: 'Voluntary',
    voluntaryText: 'Taking part is voluntary. Not taking part has no consequences. No automated decisions are made about anyone.',
  },
};

/**
 * The short Art. 13 notice where staff meet Puls: in every invitation and reminder mail, on every letter, beside the
 * anonymity explanation of the survey page. The notice page itself (`/privacy`) is German and English: its company
 * parts are written by the company in those two languages, so the other languages link the German page and say so.
 */
export const privacyNote: StaffTexts<{
  /** Who is responsible, what the address is used for, where to read more. */
  mail: (controller: string) => string;
  /** The same on a printed letter: no address, the staff list's data. */
  letter: (controller: string) => string;
  /** The link beside the anonymity explanation on the survey page. */
  surveyLink: string;
}> = {
  de: {
    mail: (controller) =>
      `Datenschutz: Verantwortlich ist ${controller}. Ihre E-Mail-Adresse wird nur für diesen Link und Erinnerungen verwendet, Ihre Antworten werden anonym ausgewertet. Zweck, Rechtsgrundlage, Speicherdauer und Ihre Rechte:`,
    letter: (controller) =>
      `Datenschutz: Verantwortlich ist ${controller}. Ihr Name und Ihr Team werden nur für diesen Brief verwendet, Ihre Antworten werden anonym ausgewertet. Zweck, Rechtsgrundlage, Speicherdauer und Ihre Rechte:`,
    surveyLink: 'Datenschutzhinweise (Art. 13 DSGVO)',
  },
  en: {
    mail: (controller) =>
      `Privacy: ${controller} is responsible. Your email address is used only for this link and reminders; your answers are evaluated anonymously. Purpose, legal basis, retention and your rights:`,
    letter: (controller) =>
      `Privacy: ${controller} is responsible. Your name and team are used only for this letter; your answers are evaluated anonymously. Purpose, legal basis, retention and your rights:`,
    surveyLink: 'Privacy notice (Art. 13 GDPR)',
  },
  tr: {
    mail: (controller) =>
      `Veri koruma: Sorumlu ${controller}. E-posta adresiniz yalnızca bu bağlantı ve hatırlatmalar için kullanılır, yanıtlarınız anonim olarak değerlendirilir. Amaç, hukuki dayanak, saklama süresi ve haklarınız (Almanca):`,
    letter: (controller) =>
      `Veri koruma: Sorumlu ${controller}. Adınız ve ekibiniz yalnızca bu mektup için kullanılır, yanıtlarınız anonim olarak değerlendirilir. Amaç, hukuki dayanak, saklama süresi ve haklarınız (Almanca):`,
    surveyLink: 'Veri koruma bildirimi (GDPR md. 13, Almanca)',
  },
  pl: {
    mail: (controller) =>
      `Ochrona danych: administratorem jest ${controller}. Twój adres e-mail służy wyłącznie do wysłania tego linku i przypomnień, a odpowiedzi są analizowane anonimowo. Cel, podstawa prawna, okres przechowywania i Twoje prawa (po niemiecku):`,
    letter: (controller) =>
      `Ochrona danych: administratorem jest ${controller}. Twoje imię i nazwisko oraz zespół służą wyłącznie do przygotowania tego listu, a odpowiedzi są analizowane anonimowo. Cel, podstawa prawna, okres przechowywania i Twoje prawa (po niemiecku):`,
    surveyLink: 'Informacja o ochronie danych (art. 13 RODO, po niemiecku)',
  },
  ru: {
    mail: (controller) =>
      `Защита данных: ответственное лицо — ${controller}. Ваш адрес электронной почты используется только для этой ссылки и напоминаний, Ваши ответы обрабатываются анонимно. Цель, правовое основание, срок хранения и Ваши права (на немецком языке):`,
    letter: (controller) =>
      `Защита данных: ответственное лицо — ${controller}. Ваше имя и команда используются только для этого письма, Ваши ответы обрабатываются анонимно. Цель, правовое основание, срок хранения и Ваши права (на немецком языке):`,
    surveyLink: 'Информация о защите данных (ст. 13 GDPR, на немецком языке)',
  },
  uk: {
    mail: (controller) =>
      `Захист даних: відповідальна особа — ${controller}. Вашу адресу електронної пошти використовують лише для цього посилання та нагадувань, Ваші відповіді обробляють анонімно. Мета, правова підстава, строк зберігання та Ваші права (німецькою мовою):`,
    letter: (controller) =>
      `Захист даних: відповідальна особа — ${controller}. Ваше ім’я та команду використовують лише для цього листа, Ваші відповіді обробляють анонімно. Мета, правова підстава, строк зберігання та Ваші права (німецькою мовою):`,
    surveyLink: 'Інформація про захист даних (ст. 13 GDPR, німецькою мовою)',
  },
};

/** The notice in the mails of people with access (sign-in links, welcome): what their address is used for. */
export const accountNote: Texts<(controller: string) => string> = {
  de: (controller) =>
    `Datenschutz: Verantwortlich ist ${controller}. Ihre E-Mail-Adresse wird nur für die Anmeldung bei Puls und die Zusammenfassungen nach einer Befragung verwendet. Zweck, Rechtsgrundlage, Speicherdauer und Ihre Rechte:`,
  en: (controller) =>
    `Privacy: ${controller} is responsible. Your email address is used only for signing in to Puls and for the summaries after a survey. Purpose, legal basis, retention and your rights:`,
};

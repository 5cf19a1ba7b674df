import type { Texts } from '../lib/i18n';
import type { LinkProblem } from './login-link';

export const authText: Texts<{
  title: string;
  emailTitle: string;
  emailIntro: string;
  emailLabel: string;
  emailSubmit: string;
  badEmail: string;
  tokenTitle: string;
  intro: string;
  tokenLabel: string;
  submit: string;
  wrong: string;
  signOut: string;
  sentTitle: string;
  sent: string;
  sentHint: string;
  confirmTitle: string;
  confirmIntro: string;
  confirmSubmit: string;
  problemTitle: string;
  problems: Record<LinkProblem, string>;
  newLink: string;
}> = {
  de: {
    title: 'Anmelden',
    emailTitle: 'Mit Ihrer E-Mail-Adresse',
    emailIntro: 'Für Führungskräfte, Administration und Betriebsrat: Wir schicken Ihnen einen Anmeldelink, der 15 Minuten gültig ist.',
    emailLabel: 'E-Mail-Adresse',
    emailSubmit: 'Anmeldelink senden',
    badEmail: 'Bitte geben Sie eine vollständige E-Mail-Adresse ein.',
    tokenTitle: 'Mit dem Admin-Token',
    intro: 'Für Administratorinnen und Administratoren: Melden Sie sich mit dem Admin-Token dieser Installation an.',
    tokenLabel: 'Admin-Token',
    submit: 'Anmelden',
    wrong: 'Dieses Token stimmt nicht. Bitte prüfen Sie die Eingabe.',
    signOut: 'Abmelden',
    sentTitle: 'Bitte sehen Sie in Ihr Postfach',
    sent: 'Falls diese Adresse sich anmelden darf, ist ein Anmeldelink unterwegs.',
    sentHint:
      'Der Link ist 15 Minuten gültig und lässt sich einmal verwenden. Kommt nichts an, sehen Sie bitte auch im Spam-Ordner nach oder fordern Sie in einer Minute einen neuen Link an.',
    confirmTitle: 'Anmeldung bestätigen',
    confirmIntro: 'Sie haben einen Anmeldelink für Puls geöffnet. Bestätigen Sie, um sich auf diesem Gerät anzumelden.',
    confirmSubmit: 'Jetzt anmelden',
    problemTitle: 'Dieser Link funktioniert nicht',
    problems: {
      unknown: 'Diesen Anmeldelink kennen wir nicht. Vielleicht wurde er beim Kopieren abgeschnitten.',
      used: 'Dieser Anmeldelink wurde bereits verwendet. Jeder Link funktioniert nur einmal.',
      expired: 'Dieser Anmeldelink ist abgelaufen oder wurde durch einen neueren ersetzt.',
    },
    newLink: 'Neuen Anmeldelink anfordern',
  },
  en: {
    title: 'Sign in',
    emailTitle: 'With your email address',
    emailIntro: 'For leaders, administrators and the works council: we send you a sign-in link that is valid for 15 minutes.',
    emailLabel: 'Email address',
    emailSubmit: 'Send me a sign-in link',
    badEmail: 'Please enter a complete email address.',
    tokenTitle: 'With the admin token',
    intro: "For administrators: sign in with this installation's admin token.",
    tokenLabel: 'Admin token',
    submit: 'Sign in',
    wrong: 'That token is not right. Please check it.',
    signOut: 'Sign out',
    sentTitle: 'Please check your inbox',
    sent: 'If this address may sign in, a link is on its way.',
    sentHint:
      'The link is valid for 15 minutes and works once. If nothing arrives, please look in your spam folder too, or ask for a new link in a minute.',
    confirmTitle: 'Confirm sign-in',
    confirmIntro: 'You opened a sign-in link for Puls. Confirm to sign in on this device.',
    confirmSubmit: 'Sign in now',
    problemTitle: 'This link does not work',
    problems: {
      unknown: 'We do not know this sign-in link. Perhaps it was cut off when it was copied.',
      used: 'This sign-in link has already been used. Each link works only once.',
      expired: 'This sign-in link has expired or was replaced by a newer one.',
    },
    newLink: 'Ask for a new sign-in link',
  },
};

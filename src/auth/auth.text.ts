import type { Texts } from '../lib/i18n';

export const authText: Texts<{
  title: string;
  intro: string;
  tokenLabel: string;
  submit: string;
  wrong: string;
  signOut: string;
}> = {
  de: {
    title: 'Anmelden',
    intro: 'Für Administratorinnen und Administratoren: Melden Sie sich mit dem Admin-Token dieser Installation an.',
    tokenLabel: 'Admin-Token',
    submit: 'Anmelden',
    wrong: 'Dieses Token stimmt nicht. Bitte prüfen Sie die Eingabe.',
    signOut: 'Abmelden',
  },
  en: {
    title: 'Sign in',
    intro: "For administrators: sign in with this installation's admin token.",
    tokenLabel: 'Admin token',
    submit: 'Sign in',
    wrong: 'That token is not right. Please check it.',
    signOut: 'Sign out',
  },
};

import type { Texts } from '../lib/i18n';

export const usersText: Texts<{
  title: string;
  intro: string;
  leaders: string;
  admins: string;
  noLeaders: string;
  noAdmins: string;
  cols: { email: string; team: string; language: string; since: string; action: string };
  languages: { de: string; en: string };
  remove: string;
  removeLabel: (email: string) => string;
  addLeader: string;
  addLeaderIntro: string;
  addAdmin: string;
  addAdminIntro: string;
  email: string;
  team: string;
  language: string;
  add: string;
  noTeams: string;
  errors: { email: string; team: string; conflict: string; gone: string };
}> = {
  de: {
    title: 'Personen mit Zugang',
    intro:
      'Führungskräfte sehen die Ergebnisse ihres Teams und aller Teams darunter, Administratorinnen und Administratoren alles. Beide melden sich mit einem Link per E-Mail an.',
    leaders: 'Führungskräfte',
    admins: 'Administration',
    noLeaders: 'Noch keine Führungskraft.',
    noAdmins: 'Noch niemand; bisher meldet sich die Administration nur mit dem Admin-Token an.',
    cols: { email: 'E-Mail', team: 'Team', language: 'Sprache', since: 'Seit', action: 'Aktion' },
    languages: { de: 'Deutsch', en: 'Englisch' },
    remove: 'Entfernen',
    removeLabel: (email) => `${email} entfernen`,
    addLeader: 'Führungskraft hinzufügen',
    addLeaderIntro: 'Wählen Sie das Team, dessen Ergebnisse (samt aller Teams darunter) die Person sehen soll.',
    addAdmin: 'Administrator/in hinzufügen',
    addAdminIntro: 'Administratorinnen und Administratoren sehen alle Teams und verwalten Befragungen und Personen.',
    email: 'E-Mail-Adresse',
    team: 'Team',
    language: 'Sprache der E-Mails',
    add: 'Hinzufügen',
    noTeams: 'Importieren Sie zuerst die Belegschaft; erst dann gibt es Teams.',
    errors: {
      email: 'Bitte geben Sie eine vollständige E-Mail-Adresse ein.',
      team: 'Dieses Team gibt es nicht (mehr). Bitte wählen Sie eines aus der Liste.',
      conflict: 'Diese Adresse hat bereits Zugang. Um das Team zu ändern, entfernen Sie die Person und fügen sie neu hinzu.',
      gone: 'Diese Person hat keinen Zugang (mehr).',
    },
  },
  en: {
    title: 'People with access',
    intro:
      'Leaders see the results of their team and every team below it, administrators see everything. Both sign in with a link sent by email.',
    leaders: 'Leaders',
    admins: 'Administrators',
    noLeaders: 'No leader yet.',
    noAdmins: 'Nobody yet; so far administrators sign in only with the admin token.',
    cols: { email: 'Email', team: 'Team', language: 'Language', since: 'Since', action: 'Action' },
    languages: { de: 'German', en: 'English' },
    remove: 'Remove',
    removeLabel: (email) => `Remove ${email}`,
    addLeader: 'Add a leader',
    addLeaderIntro: 'Choose the team whose results (with every team below it) this person should see.',
    addAdmin: 'Add an administrator',
    addAdminIntro: 'Administrators see every team and manage surveys and people.',
    email: 'Email address',
    team: 'Team',
    language: 'Language of emails',
    add: 'Add',
    noTeams: 'Import your staff first; only then are there teams.',
    errors: {
      email: 'Please enter a complete email address.',
      team: 'This team does not exist (any more). Please choose one from the list.',
      conflict: 'This address already has access. To change the team, remove the person and add them again.',
      gone: 'This person has no access (any more).',
    },
  },
};

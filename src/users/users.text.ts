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
  council: string;
  noCouncil: string;
  addCouncil: string;
  addCouncilIntro: string;
  pendingLink: string;
  email: string;
  team: string;
  language: string;
  add: string;
  noTeams: string;
  errors: { email: string; team: string; conflict: string; gone: string };
  notAdded: string;
  toField: string;
  welcomeHint: string;
  welcomeAfterApproval: string;
  notices: { welcome: string; pending: string; removed: string; removalPending: string };
  removeTitle: (email: string) => string;
  removeBody: Record<'admin' | 'leader' | 'council', string>;
  removeYes: string;
  cancel: string;
}> = {
  de: {
    title: 'Personen mit Zugang',
    intro:
      'Führungskräfte sehen die Ergebnisse ihres Teams und aller Teams darunter, Administratorinnen und Administratoren alles, der Betriebsrat die unternehmensweiten Ergebnisse. Alle melden sich mit einem Link per E-Mail an.',
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
    addAdminIntro:
      'Administratorinnen und Administratoren sehen alle Teams und verwalten Befragungen und Personen. Eine neue Administratorin oder ein neuer Administrator erhält erst Zugang, wenn eine zweite Person zustimmt (Vier-Augen-Prinzip).',
    council: 'Betriebsrat',
    noCouncil: 'Noch kein Mitglied des Betriebsrats. Ohne Betriebsrat kann nur eine zweite Administratorin oder ein zweiter Administrator Änderungen freigeben.',
    addCouncil: 'Mitglied des Betriebsrats hinzufügen',
    addCouncilIntro:
      'Der Betriebsrat sieht die Einstellungen, den Fragenkatalog, das Protokoll, die Anlage zur Betriebsvereinbarung und die Ergebnisse des ganzen Unternehmens, aber keine Teamergebnisse und keine Personenlisten. Er gibt Änderungen frei, die den Schutz senken. Das erste Mitglied erhält sofort Zugang, jedes weitere nach Zustimmung einer zweiten Person.',
    pendingLink: 'Zu den Freigaben',
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
    notAdded: 'Die Person wurde nicht hinzugefügt.',
    toField: 'Zum markierten Feld',
    welcomeHint: 'Die Person erhält sofort eine Willkommens-E-Mail mit einem Anmeldelink (drei Tage gültig).',
    welcomeAfterApproval: 'Die Willkommens-E-Mail mit Anmeldelink geht hinaus, sobald eine zweite Person zugestimmt hat.',
    notices: {
      welcome: 'Hinzugefügt. Die Person hat eine Willkommens-E-Mail mit einem Anmeldelink erhalten (drei Tage gültig); später meldet sie sich unter /login mit ihrer E-Mail-Adresse an.',
      pending: 'Diese Änderung wartet auf die Zustimmung einer zweiten Person. Die Willkommens-E-Mail geht hinaus, sobald zugestimmt ist.',
      removed: 'Der Zugang ist entfernt; laufende Anmeldungen der Person sind beendet.',
      removalPending: 'Das Entfernen wartet auf die Zustimmung einer zweiten Person.',
    },
    removeTitle: (email) => `Zugang von ${email} entfernen?`,
    removeBody: {
      leader: 'Die Führungskraft sieht danach keine Ergebnisse mehr; laufende Anmeldungen enden sofort. Um das Team zu ändern, fügen Sie sie danach neu hinzu.',
      admin: 'Die Person kann Puls danach nicht mehr verwalten; laufende Anmeldungen enden sofort.',
      council: 'Das Mitglied des Betriebsrats verliert den Zugang, sobald eine zweite Person zustimmt.',
    },
    removeYes: 'Ja, Zugang entfernen',
    cancel: 'Abbrechen',
  },
  en: {
    title: 'People with access',
    intro:
      'Leaders see the results of their team and every team below it, administrators everything, the works council company-wide results. All sign in with a link sent by email.',
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
    addAdminIntro:
      'Administrators see every team and manage surveys and people. A new administrator gets access only once a second person approves (four eyes).',
    council: 'Works council',
    noCouncil: 'No works council member yet. Without one, only a second administrator can approve changes.',
    addCouncil: 'Add a works council member',
    addCouncilIntro:
      'The works council sees the settings, the question catalogue, the audit log, the annex to the works agreement and company-wide results, but no team results and no lists of people. It approves changes that lower protection. The first member gets access at once, every further one after a second person approves.',
    pendingLink: 'Go to approvals',
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
    notAdded: 'The person was not added.',
    toField: 'Go to the marked field',
    welcomeHint: 'The person gets a welcome email at once, with a sign-in link valid for three days.',
    welcomeAfterApproval: 'The welcome email with a sign-in link goes out once a second person has approved.',
    notices: {
      welcome: 'Added. The person got a welcome email with a sign-in link (valid for three days); later they sign in at /login with their email address.',
      pending: 'This change waits for a second person to approve it. The welcome email goes out once it is approved.',
      removed: 'Access removed; the person’s open sessions have ended.',
      removalPending: 'The removal waits for a second person to approve it.',
    },
    removeTitle: (email) => `Remove the access of ${email}?`,
    removeBody: {
      leader: 'The leader sees no results afterwards; open sessions end at once. To change the team, add them again afterwards.',
      admin: 'The person can no longer manage Puls; open sessions end at once.',
      council: 'The works council member loses access once a second person approves.',
    },
    removeYes: 'Yes, remove access',
    cancel: 'Cancel',
  },
};

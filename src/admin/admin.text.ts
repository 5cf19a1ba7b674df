import type { Texts } from '../lib/i18n';

export const adminText: Texts<{
  title: string;
  nav: {
    home: string;
    staff: string;
    people: string;
    outbox: string;
    results: string;
    retrospectives: string;
    schedule: string;
    settings: string;
    approvals: string;
    audit: string;
    agreement: string;
    signOut: string;
  };
  waves: string;
  noWaves: string;
  cols: { title: string; status: string; invited: string; responded: string; closes: string };
  status: Record<'opening' | 'open' | 'closing' | 'closed', string>;
  openTitle: string;
  openIntro: string;
  closesAt: string;
  waveTitle: string;
  module: string;
  modules: { auto: string; pulse: string; quarterly: string };
  open: string;
  openingBusy: string;
  close: string;
  closeConfirm: string;
  progress: string;
  sent: string;
  failed: string;
  pending: string;
  failures: string;
  respondedNote: (k: number) => string;
  respondedHidden: (k: number) => string;
  leftOut: (n: number, k: number) => string;
}> = {
  de: {
    title: 'Übersicht',
    nav: { home: 'Übersicht', staff: 'Belegschaft', people: 'Zugänge', outbox: 'Postausgang', results: 'Ergebnisse', retrospectives: 'Quartalsrückblicke', schedule: 'Rhythmus', settings: 'Einstellungen', approvals: 'Freigaben', audit: 'Protokoll', agreement: 'Anlage BV', signOut: 'Abmelden' },
    waves: 'Befragungswellen',
    noWaves: 'Noch keine Welle. Importieren Sie zuerst die Belegschaft, dann starten Sie hier die erste Welle.',
    cols: { title: 'Titel', status: 'Status', invited: 'Eingeladen', responded: 'Geantwortet', closes: 'Endet' },
    status: { opening: 'wird eröffnet', open: 'läuft', closing: 'wird ausgewertet', closed: 'abgeschlossen' },
    openTitle: 'Neue Welle starten',
    openIntro: 'Alle aktiven Mitarbeitenden erhalten einen persönlichen Link per E-Mail.',
    closesAt: 'Endet am (Zeit in Europe/Berlin)',
    waveTitle: 'Titel (optional)',
    module: 'Fragen',
    modules: { auto: 'Automatisch (erste Welle im Quartal mit Quartalsrückblick)', pulse: 'Puls (ca. 2 Minuten)', quarterly: 'Puls + Quartalsrückblick' },
    open: 'Welle starten',
    openingBusy: 'Gerade wird eine andere Welle eröffnet. Warten Sie ein paar Minuten, bis sie läuft, und starten Sie die neue Welle dann noch einmal.',
    close: 'Jetzt beenden',
    closeConfirm: 'Die Welle endet sofort; danach sind keine Antworten mehr möglich.',
    progress: 'Versand',
    sent: 'Versendet',
    failed: 'Fehlgeschlagen',
    pending: 'Ausstehend',
    failures: 'Nicht zustellbar',
    respondedNote: (k) =>
      `Antworten werden erst nach dem Ende der Welle ausgewertet. Die Zahl der Antworten erscheint für das ganze Unternehmen, sobald es mindestens ${k} sind – so verrät sie nie, ob einer der ersten Kolleginnen oder Kollegen geantwortet hat.`,
    respondedHidden: (k) => `noch unter ${k}`,
    leftOut: (n, k) => `${n} Antworten aus Gruppen mit weniger als ${k} Antworten sind in keiner Zahl dieser Welle enthalten.`,
  },
  en: {
    title: 'Overview',
    nav: { home: 'Overview', staff: 'Staff', people: 'Access', outbox: 'Outbox', results: 'Results', retrospectives: 'Retrospectives', schedule: 'Cadence', settings: 'Settings', approvals: 'Approvals', audit: 'Audit log', agreement: 'Agreement annex', signOut: 'Sign out' },
    waves: 'Survey waves',
    noWaves: 'No wave yet. Import your staff first, then start the first wave here.',
    cols: { title: 'Title', status: 'Status', invited: 'Invited', responded: 'Responded', closes: 'Closes' },
    status: { opening: 'opening', open: 'open', closing: 'being evaluated', closed: 'closed' },
    openTitle: 'Start a new wave',
    openIntro: 'Every active member of staff receives a personal link by email.',
    closesAt: 'Closes at (time in Europe/Berlin)',
    waveTitle: 'Title (optional)',
    module: 'Questions',
    modules: { auto: 'Automatic (the first wave of a quarter adds the retrospective)', pulse: 'Pulse (about 2 minutes)', quarterly: 'Pulse + quarterly retrospective' },
    open: 'Start wave',
    openingBusy: 'Another wave is being opened right now. Wait a few minutes until it is running, then start the new wave again.',
    close: 'Close now',
    closeConfirm: 'The wave ends at once; no answers are possible afterwards.',
    progress: 'Delivery',
    sent: 'Sent',
    failed: 'Failed',
    pending: 'Pending',
    failures: 'Undeliverable',
    respondedNote: (k) =>
      `Answers are evaluated only after the wave has closed. The number of answers appears for the whole company once there are at least ${k}, so it never tells whether one of the first colleagues answered.`,
    respondedHidden: (k) => `fewer than ${k} so far`,
    leftOut: (n, k) => `${n} answers from groups with fewer than ${k} answers are in no figure of this wave.`,
  },
};

import type { Texts } from '../lib/i18n';

export const adminText: Texts<{
  title: string;
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
  running: (title: string, until: string) => string;
  allowParallel: string;
  allowParallelHint: string;
  notSaved: string;
  actions: string;
  remind: string;
  remindHint: (sent: number, planned: number, max: number, everyone: boolean) => string;
  remindLimit: (max: number) => string;
  discard: string;
  discardHint: string;
  cancel: string;
  back: string;
  confirmClose: { title: (wave: string) => string; body: string; until: (date: string) => string; invited: (n: number) => string; yes: string };
  confirmDiscard: { title: (wave: string) => string; body: string; links: string; audit: string; yes: string };
  notices: {
    opened: (title: string, invited: number) => string;
    closed: (title: string) => string;
    reminded: (n: number, max: number) => string;
    discarded: (title: string) => string;
  };
}> = {
  de: {
    title: 'Übersicht',
    waves: 'Befragungswellen',
    noWaves: 'Noch keine Welle. Importieren Sie zuerst die Belegschaft, dann starten Sie hier die erste Welle.',
    cols: { title: 'Titel', status: 'Status', invited: 'Eingeladen', responded: 'Geantwortet', closes: 'Endet' },
    status: { opening: 'wird eröffnet', open: 'läuft', closing: 'wird ausgewertet', closed: 'abgeschlossen' },
    openTitle: 'Neue Welle starten',
    openIntro: 'Alle aktiven Mitarbeitenden erhalten einen persönlichen Link: per E-Mail, oder wer auf Papier eingeladen wird, als Brief mit QR-Code.',
    closesAt: 'Endet am (Zeit in Europe/Berlin)',
    waveTitle: 'Titel (optional)',
    module: 'Fragen',
    modules: { auto: 'Automatisch (erste Welle im Quartal mit Quartalsrückblick)', pulse: 'Puls (ca. 2 Minuten)', quarterly: 'Puls + Quartalsrückblick' },
    open: 'Welle starten',
    openingBusy: 'Gerade wird eine andere Welle eröffnet. Warten Sie ein paar Minuten, bis sie läuft, und starten Sie die neue Welle dann noch einmal.',
    close: 'Jetzt beenden …',
    closeConfirm: 'Sie werden noch einmal gefragt. Danach endet die Welle sofort, und es sind keine Antworten mehr möglich.',
    progress: 'Versand',
    sent: 'Versendet',
    failed: 'Fehlgeschlagen',
    pending: 'Ausstehend',
    failures: 'Nicht zustellbar',
    respondedNote: (k) =>
      `Antworten werden erst nach dem Ende der Welle ausgewertet. Die Zahl der Antworten erscheint für das ganze Unternehmen, sobald es mindestens ${k} sind – so verrät sie nie, ob einer der ersten Kolleginnen oder Kollegen geantwortet hat.`,
    respondedHidden: (k) => `noch unter ${k}`,
    leftOut: (n, k) => `${n} Antworten aus Gruppen mit weniger als ${k} Antworten sind in keiner Zahl dieser Welle enthalten.`,
    running: (title, until) => `Die Welle „${title}“ läuft noch bis ${until}.`,
    allowParallel: 'Trotzdem eine zweite Welle daneben starten',
    allowParallelHint: 'Dann werden alle aktiven Mitarbeitenden ein zweites Mal eingeladen, während die erste Welle noch läuft. Meist ist es besser, die laufende Welle zuerst zu beenden.',
    notSaved: 'Die Welle wurde nicht gestartet. Bitte prüfen Sie die markierten Felder.',
    actions: 'Aktionen',
    remind: 'Jetzt erinnern',
    remindHint: (sent, planned, max, everyone) =>
      `Bisher ${sent === 0 ? 'keine Erinnerung' : sent === 1 ? 'eine Erinnerung' : `${sent} Erinnerungen`}${planned > sent ? `, ${planned - sent} weitere geplant` : ''}; höchstens ${max} je Welle. Die Erinnerung geht ${everyone ? 'an alle Eingeladenen' : 'an alle, die noch nicht geantwortet haben'}.`,
    remindLimit: (max) => `Diese Welle hat schon ${max} Erinnerungen (geplante mitgezählt); mehr gibt es nicht.`,
    discard: 'Welle verwerfen …',
    discardHint: 'Nur möglich, solange niemand geantwortet hat. Sie werden noch einmal gefragt.',
    cancel: 'Abbrechen',
    back: 'Zurück zur Welle',
    confirmClose: {
      title: (wave) => `Welle „${wave}“ jetzt beenden?`,
      body: 'Danach sind keine Antworten mehr möglich; die Antworten werden ausgewertet, und die Ergebnisse erscheinen für alle Gruppen mit genug Antworten. Das lässt sich nicht rückgängig machen.',
      until: (date) => `Geplantes Ende: ${date}.`,
      invited: (n) => `Eingeladen: ${n}.`,
      yes: 'Ja, jetzt beenden',
    },
    confirmDiscard: {
      title: (wave) => `Welle „${wave}“ verwerfen?`,
      body: 'Die Welle verschwindet mit ihren Einladungen aus der Übersicht, den Ergebnissen, den Quartalsrückblicken und allen Exporten. Das geht nur, solange niemand geantwortet hat, und lässt sich nicht rückgängig machen.',
      links: 'Bereits verschickte Einladungs-Links funktionieren danach nicht mehr.',
      audit: 'Im Protokoll bleibt der Eintrag, dass die Welle verworfen wurde.',
      yes: 'Ja, verwerfen',
    },
    notices: {
      opened: (title, invited) => `Die Welle „${title}“ läuft: ${invited} Personen sind eingeladen.`,
      closed: (title) => `Die Welle „${title}“ ist beendet.`,
      reminded: (n, max) => `Die ${n}. Erinnerung (von höchstens ${max}) ist unterwegs.`,
      discarded: (title) => `Die Welle „${title}“ ist verworfen; sie erscheint nirgends mehr. Im Protokoll steht der Eintrag.`,
    },
  },
  en: {
    title: 'Overview',
    waves: 'Survey waves',
    noWaves: 'No wave yet. Import your staff first, then start the first wave here.',
    cols: { title: 'Title', status: 'Status', invited: 'Invited', responded: 'Responded', closes: 'Closes' },
    status: { opening: 'opening', open: 'open', closing: 'being evaluated', closed: 'closed' },
    openTitle: 'Start a new wave',
    openIntro: 'Every active member of staff receives a personal link: by email, or for those invited on paper, as a letter with a QR code.',
    closesAt: 'Closes at (time in Europe/Berlin)',
    waveTitle: 'Title (optional)',
    module: 'Questions',
    modules: { auto: 'Automatic (the first wave of a quarter adds the retrospective)', pulse: 'Pulse (about 2 minutes)', quarterly: 'Pulse + quarterly retrospective' },
    open: 'Start wave',
    openingBusy: 'Another wave is being opened right now. Wait a few minutes until it is running, then start the new wave again.',
    close: 'Close now …',
    closeConfirm: 'You will be asked once more. Then the wave ends at once, and no answers are possible afterwards.',
    progress: 'Delivery',
    sent: 'Sent',
    failed: 'Failed',
    pending: 'Pending',
    failures: 'Undeliverable',
    respondedNote: (k) =>
      `Answers are evaluated only after the wave has closed. The number of answers appears for the whole company once there are at least ${k}, so it never tells whether one of the first colleagues answered.`,
    respondedHidden: (k) => `fewer than ${k} so far`,
    leftOut: (n, k) => `${n} answers from groups with fewer than ${k} answers are in no figure of this wave.`,
    running: (title, until) => `The wave “${title}” is running until ${until}.`,
    allowParallel: 'Start a second wave alongside anyway',
    allowParallelHint: 'Then every active member of staff is invited a second time while the first wave is still running. It is usually better to close the running wave first.',
    notSaved: 'The wave was not started. Please check the marked fields.',
    actions: 'Actions',
    remind: 'Remind now',
    remindHint: (sent, planned, max, everyone) =>
      `${sent === 0 ? 'No reminder' : sent === 1 ? 'One reminder' : `${sent} reminders`} so far${planned > sent ? `, ${planned - sent} more planned` : ''}; at most ${max} per wave. The reminder goes to ${everyone ? 'everyone invited' : 'everyone who has not answered yet'}.`,
    remindLimit: (max) => `This wave already has ${max} reminders (planned ones included); there are no more.`,
    discard: 'Discard wave …',
    discardHint: 'Only possible while nobody has answered. You will be asked once more.',
    cancel: 'Cancel',
    back: 'Back to the wave',
    confirmClose: {
      title: (wave) => `Close the wave “${wave}” now?`,
      body: 'No answers are possible afterwards; the answers are evaluated and results appear for every group with enough answers. This cannot be undone.',
      until: (date) => `Planned end: ${date}.`,
      invited: (n) => `Invited: ${n}.`,
      yes: 'Yes, close now',
    },
    confirmDiscard: {
      title: (wave) => `Discard the wave “${wave}”?`,
      body: 'The wave and its invitations disappear from the overview, the results, the quarterly retrospectives and every export. This is possible only while nobody has answered, and it cannot be undone.',
      links: 'Invitation links already sent stop working.',
      audit: 'The audit log keeps the entry that the wave was discarded.',
      yes: 'Yes, discard',
    },
    notices: {
      opened: (title, invited) => `The wave “${title}” is running: ${invited} people are invited.`,
      closed: (title) => `The wave “${title}” has closed.`,
      reminded: (n, max) => `Reminder ${n} (of at most ${max}) is on its way.`,
      discarded: (title) => `The wave “${title}” is discarded and no longer appears anywhere. The audit log has the entry.`,
    },
  },
};

import type { Texts } from '../lib/i18n';
import type { Every } from './cadence';
import type { State } from './days';

/** The German states by name, for the settings and the schedule. */
export const stateNames: Texts<Record<State, string>> = {
  de: {
    BW: 'Baden-Württemberg', BY: 'Bayern', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg', HE: 'Hessen',
    MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NW: 'Nordrhein-Westfalen', RP: 'Rheinland-Pfalz', SL: 'Saarland',
    SN: 'Sachsen', ST: 'Sachsen-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thüringen',
  },
  en: {
    BW: 'Baden-Württemberg', BY: 'Bavaria', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg', HE: 'Hesse',
    MV: 'Mecklenburg-Western Pomerania', NI: 'Lower Saxony', NW: 'North Rhine-Westphalia', RP: 'Rhineland-Palatinate',
    SL: 'Saarland', SN: 'Saxony', ST: 'Saxony-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thuringia',
  },
};

export type Field = 'every' | 'weekday' | 'time' | 'timezone' | 'openDays' | 'reminders' | 'k';

export const scheduleText: Texts<{
  title: string;
  intro: string;
  paused: string;
  active: (every: string, weekday: string, time: string, zone: string, openDays: number) => string;
  nextTitle: string;
  cols: { opens: string; closes: string; reminders: string };
  moved: string;
  running: string;
  none: string;
  formTitle: string;
  labels: Record<Field, string>;
  reminderN: (n: number) => string;
  every: Record<Every, string>;
  weekdays: string[];
  hints: Record<Field, string>;
  kHelp: string;
  save: string;
  pause: string;
  pauseHint: string;
  pauseTitle: string;
  pauseConfirm: string;
  cancel: string;
  back: string;
  notices: { saved: string; paused: string };
  skipped: { overlap: (title: string) => string; discarded: string };
  calendar: (state: string | null, closures: string) => string;
  calendarLink: string;
  invalid: string;
  rulesTitle: string;
  rules: { rhythm: string; dst: string; holidays: string; missed: string; reminders: string };
}> = {
  de: {
    title: 'Rhythmus',
    intro:
      'Puls öffnet Befragungswellen nach diesem Rhythmus von selbst, erinnert an die laufende Welle und beendet jede ' +
      'Welle pünktlich.',
    paused: 'Kein Rhythmus eingestellt: Es werden keine Wellen automatisch geöffnet.',
    active: (every, weekday, time, zone, openDays) =>
      `${every}, ${weekday} um ${time} Uhr (${zone}), jeweils ${openDays === 1 ? 'einen Tag' : `${openDays} Tage`} offen.`,
    nextTitle: 'Die nächsten Wellen',
    cols: { opens: 'Beginnt', closes: 'Endet', reminders: 'Erinnerungen' },
    moved: 'verschoben (Wochenende oder Feiertag)',
    running: 'läuft gerade',
    none: 'keine',
    formTitle: 'Rhythmus einstellen',
    labels: {
      every: 'Wie oft',
      weekday: 'Wochentag',
      time: 'Uhrzeit',
      timezone: 'Zeitzone',
      openDays: 'Offen für (Tage)',
      reminders: 'Erinnerungen (Tage nach dem Start, bis zu drei)',
      k: 'Mindestgröße einer Gruppe (k)',
    },
    reminderN: (n) => `${n}. Erinnerung`,
    every: { '1w': 'Jede Woche', '2w': 'Alle 2 Wochen', '4w': 'Alle 4 Wochen', '12w': 'Alle 12 Wochen (Quartal)' },
    weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    hints: {
      every: 'Bitte einen Rhythmus wählen.',
      weekday: 'Bitte einen Wochentag wählen.',
      time: 'Bitte eine Uhrzeit wie 09:00 angeben.',
      timezone: 'Bitte eine Zeitzone wie Europe/Berlin angeben.',
      openDays: 'Eine Welle ist 1 bis 28 Tage offen und kürzer als der Abstand zwischen zwei Wellen.',
      reminders: 'Höchstens drei Erinnerungen, aufsteigend, jede vor dem Ende der Welle (Tag 1 bis Dauer − 1).',
      k: 'k liegt zwischen 3 und 50.',
    },
    kHelp:
      'Ergebnisse werden nur für Gruppen ab k Personen gezeigt. Eine Änderung gilt ab der nächsten Welle; ' +
      'abgeschlossene Wellen behalten ihr k und ändern sich nie.',
    save: 'Speichern',
    pause: 'Pausieren …',
    pauseHint: 'Pausieren stoppt neue Wellen. Laufende Wellen erinnern und enden wie geplant.',
    pauseTitle: 'Rhythmus pausieren?',
    pauseConfirm: 'Ja, pausieren',
    cancel: 'Abbrechen',
    back: 'Zurück zum Rhythmus',
    notices: {
      saved: 'Der Rhythmus ist gespeichert. Die nächsten Wellen stehen unten.',
      paused: 'Der Rhythmus ist pausiert: Es werden keine neuen Wellen mehr geöffnet. Laufende Wellen enden wie geplant.',
    },
    skipped: {
      overlap: (title) => `– entfällt: Dann läuft noch die Welle „${title}“, und niemand soll zweimal zugleich eingeladen werden.`,
      discarded: '– entfällt: Ihre Welle wurde verworfen.',
    },
    calendar: (state, closures) =>
      `Puls plant um Wochenenden, die bundesweiten Feiertage${state ? `, die Feiertage in ${state}` : ''} und ${closures ? `die Betriebsferien (${closures})` : 'Betriebsferien (keine eingetragen)'} herum.`,
    calendarLink: 'Bundesland und Betriebsferien einstellen',
    invalid: 'Der Rhythmus wurde nicht gespeichert. Bitte prüfen Sie die markierten Felder:',
    rulesTitle: 'So plant Puls',
    rules: {
      rhythm:
        'Gezählt wird ab dem Speichern: Die erste Welle beginnt am nächsten gewählten Wochentag zur gewählten Uhrzeit, ' +
        'danach im gewählten Abstand. Eine Welle endet spätestens, wenn die nächste beginnt.',
      dst:
        'Die Uhrzeit gilt in der gewählten Zeitzone, auch über die Zeitumstellung hinweg: 09:00 bleibt 09:00. ' +
        'Liegt die Uhrzeit in der Stunde, die es bei der Umstellung auf Sommerzeit nicht gibt (etwa 02:30 Ende März), ' +
        'beginnt die Welle um 03:00. Gibt es die Uhrzeit bei der Umstellung auf Winterzeit zweimal, gilt die erste.',
      holidays:
        'Fällt der Starttag auf ein Wochenende, einen bundesweiten Feiertag (Neujahr, Karfreitag, Ostermontag, ' +
        '1. Mai, Christi Himmelfahrt, Pfingstmontag, 3. Oktober, 1. und 2. Weihnachtstag), einen Feiertag des ' +
        'eingestellten Bundeslands oder in die Betriebsferien, beginnt die Welle am nächsten Werktag zur selben ' +
        'Uhrzeit. Erinnerungen an solchen Tagen kommen ebenfalls am nächsten Werktag. Das Ende liegt die eingestellte ' +
        'Zahl von Tagen nach dem tatsächlichen Start; fiele es in die Betriebsferien, endet die Welle am ersten Tag ' +
        'danach. Läuft zur Startzeit schon eine andere Welle, entfällt der Termin, damit niemand doppelt eingeladen wird.',
      missed:
        'War Puls zur Startzeit nicht erreichbar, wird die Welle nachgeholt, solange sie noch laufen würde, mit ' +
        'demselben Ende. Ist ihr Ende schon vorbei, entfällt sie.',
      reminders:
        'Erinnerungen gehen an alle Eingeladenen (oder, wenn in den Einstellungen abgeschaltet, nur an alle, die noch ' +
        'nicht geantwortet haben) und verraten nichts darüber, wer sonst geantwortet hat.',
    },
  },
  en: {
    title: 'Cadence',
    intro: 'Puls opens survey waves on this cadence by itself, sends reminders about the running wave, and closes each wave on time.',
    paused: 'No cadence set: no waves are opened automatically.',
    active: (every, weekday, time, zone, openDays) =>
      `${every}, ${weekday} at ${time} (${zone}), open for ${openDays === 1 ? 'one day' : `${openDays} days`} each.`,
    nextTitle: 'Next waves',
    cols: { opens: 'Opens', closes: 'Closes', reminders: 'Reminders' },
    moved: 'moved (weekend or public holiday)',
    running: 'running now',
    none: 'none',
    formTitle: 'Set the cadence',
    labels: {
      every: 'How often',
      weekday: 'Weekday',
      time: 'Time',
      timezone: 'Time zone',
      openDays: 'Open for (days)',
      reminders: 'Reminders (days after opening, up to three)',
      k: 'Smallest group size (k)',
    },
    reminderN: (n) => `Reminder ${n}`,
    every: { '1w': 'Every week', '2w': 'Every 2 weeks', '4w': 'Every 4 weeks', '12w': 'Every 12 weeks (quarterly)' },
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    hints: {
      every: 'Please choose how often.',
      weekday: 'Please choose a weekday.',
      time: 'Please give a time such as 09:00.',
      timezone: 'Please give a time zone such as Europe/Berlin.',
      openDays: 'A wave is open for 1 to 28 days, and for less than the time between two waves.',
      reminders: 'At most three reminders, ascending, each before the wave closes (day 1 to open days − 1).',
      k: 'k is between 3 and 50.',
    },
    kHelp:
      'Results are shown only for groups of at least k people. A change applies from the next wave on; closed ' +
      'waves keep their k and never change.',
    save: 'Save',
    pause: 'Pause …',
    pauseHint: 'Pausing stops new waves. Waves already running still remind and close as planned.',
    pauseTitle: 'Pause the cadence?',
    pauseConfirm: 'Yes, pause',
    cancel: 'Cancel',
    back: 'Back to the cadence',
    notices: {
      saved: 'The cadence is saved. The next waves are listed below.',
      paused: 'The cadence is paused: no new waves will open. Running waves close as planned.',
    },
    skipped: {
      overlap: (title) => `– skipped: the wave “${title}” is still running then, and nobody should be invited twice at once.`,
      discarded: '– skipped: its wave was discarded.',
    },
    calendar: (state, closures) =>
      `Puls plans around weekends, the nationwide public holidays${state ? `, the public holidays of ${state}` : ''} and ${closures ? `the closure weeks (${closures})` : 'closure weeks (none entered)'}.`,
    calendarLink: 'Set the state and closure weeks',
    invalid: 'The cadence was not saved. Please check the marked fields:',
    rulesTitle: 'How Puls plans',
    rules: {
      rhythm:
        'Counting starts when you save: the first wave opens on the next chosen weekday at the chosen time, the ' +
        'following ones at the chosen interval. A wave closes at the latest when the next one opens.',
      dst:
        'The time holds in the chosen time zone across daylight saving changes: 09:00 stays 09:00. A time inside ' +
        'the hour that is skipped when summer time starts (such as 02:30 in late March) opens at 03:00. A time ' +
        'that happens twice when summer time ends opens at its first occurrence.',
      holidays:
        'When the opening day is a weekend, a German nationwide public holiday (New Year, Good Friday, Easter ' +
        'Monday, 1 May, Ascension, Whit Monday, 3 October, 25 and 26 December), a holiday of the chosen state or in ' +
        'the closure weeks, the wave opens on the next working day at the same time. Reminders that fall on such a ' +
        'day come on the next working day too. A wave closes the set number of days after it actually opened; if ' +
        'that falls into the closure weeks, it closes on the first day after them. If another wave is still running ' +
        'at opening time, the slot is skipped, so nobody is invited twice.',
      missed:
        'If Puls was not running at opening time, the wave is opened late as long as it would still be running, ' +
        'with the same closing time. If its closing time has passed, it is skipped.',
      reminders:
        'Reminders go to everyone invited (or, if switched off in the settings, only to those who have not answered ' +
        'yet), and reveal nothing about who else has answered.',
    },
  },
};

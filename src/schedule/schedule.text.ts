import type { Texts } from '../lib/i18n';
import type { Every } from './cadence';

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
  invalid: string;
  rulesTitle: string;
  rules: { rhythm: string; dst: string; holidays: string; missed: string; reminders: string };
}> = {
  de: {
    title: 'Rhythmus',
    intro:
      'Puls öffnet Befragungswellen nach diesem Rhythmus von selbst, erinnert alle, die noch nicht geantwortet haben, ' +
      'und beendet jede Welle pünktlich.',
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
    pause: 'Pausieren',
    pauseHint: 'Pausieren stoppt neue Wellen. Laufende Wellen erinnern und enden wie geplant.',
    invalid: 'Der Rhythmus wurde nicht gespeichert. Bitte prüfen Sie:',
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
        'Fällt der Starttag auf ein Wochenende oder einen bundesweiten Feiertag (Neujahr, Karfreitag, Ostermontag, ' +
        '1. Mai, Christi Himmelfahrt, Pfingstmontag, 3. Oktober, 1. und 2. Weihnachtstag), beginnt die Welle am ' +
        'nächsten Werktag zur selben Uhrzeit. Erinnerungen an solchen Tagen kommen ebenfalls am nächsten Werktag. ' +
        'Das Ende liegt immer die eingestellte Zahl von Tagen nach dem tatsächlichen Start. Regionale Feiertage ' +
        'einzelner Bundesländer werden nicht berücksichtigt.',
      missed:
        'War Puls zur Startzeit nicht erreichbar, wird die Welle nachgeholt, solange sie noch laufen würde, mit ' +
        'demselben Ende. Ist ihr Ende schon vorbei, entfällt sie.',
      reminders:
        'Erinnerungen gehen nur an Personen, die noch nicht geantwortet haben, und verraten nichts darüber, wer sonst ' +
        'geantwortet hat.',
    },
  },
  en: {
    title: 'Cadence',
    intro: 'Puls opens survey waves on this cadence by itself, reminds everyone who has not answered yet, and closes each wave on time.',
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
    pause: 'Pause',
    pauseHint: 'Pausing stops new waves. Waves already running still remind and close as planned.',
    invalid: 'The cadence was not saved. Please check:',
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
        'When the opening day is a weekend or a German nationwide public holiday (New Year, Good Friday, Easter ' +
        'Monday, 1 May, Ascension, Whit Monday, 3 October, 25 and 26 December), the wave opens on the next working ' +
        'day at the same time. Reminders that fall on such a day come on the next working day too. A wave always ' +
        'closes the set number of days after it actually opened. Regional holidays of single states are not counted.',
      missed:
        'If Puls was not running at opening time, the wave is opened late as long as it would still be running, ' +
        'with the same closing time. If its closing time has passed, it is skipped.',
      reminders: 'Reminders go only to people who have not answered yet, and reveal nothing about who else has answered.',
    },
  },
};

import type { Role } from '../db/schema';
import type { Unit } from '../export/measures';
import type { Texts } from '../lib/i18n';
import type { Verdict } from './effect';
import type { MilestoneStatus } from './milestones';

/** The words of the action and milestone pages, the results page's sections and the report's section. */
export interface ActionsText {
  title: string;
  heading: (team: string) => string;
  intro: string;
  none: string;
  manage: string;
  catalogue: (version: string) => string;
  catalogueIntro: string;
  aims: string;
  cols: { action: string; team: string; period: string; targets: string; measure: string; beforeAfter: string; teamChange: string; comparison: string; effect: string; verdict: string; detectable: string };
  since: (day: string) => string;
  span: (from: string, to: string) => string;
  on: (day: string) => string;
  toResults: string;
  form: {
    add: string;
    edit: string;
    team: string;
    kind: string;
    own: string;
    ownTitle: string;
    ownTitleHint: string;
    startsOn: string;
    endsOn: string;
    endsOnHint: string;
    targets: string;
    targetsHint: string;
    note: string;
    noteHint: string;
    save: string;
    create: string;
    remove: string;
    removeLabel: (title: string) => string;
    saved: string;
    removed: string;
  };
  errors: { invalid: string; ownNeedsTitle: string; ownNeedsTargets: string; endsBeforeStart: string };
  effects: {
    heading: string;
    intro: string;
    method: (window: number) => string;
    verdict: Record<Verdict, string>;
    detectable: (value: string, unit: string) => string;
    comparison: (peers: number) => string;
    alongside: (titles: string) => string;
    waves: (before: number, after: number) => string;
  };
  units: Record<Unit, string>;
  marks: { actions: (n: number) => string; target: (label: string) => string; key: string };
  milestones: {
    title: string;
    heading: string;
    intro: string;
    none: string;
    everyone: string;
    label: (view: string, measure: string, comparator: 'atLeast' | 'atMost', target: string, due: string) => string;
    status: Record<MilestoneStatus, string>;
    latest: (value: string, interval: string, wave: string) => string;
    targetBy: (comparator: 'atLeast' | 'atMost', target: string, due: string) => string;
    cols: { milestone: string; view: string; due: string; value: string; status: string; action: string };
    form: { add: string; team: string; role: string; measure: string; comparator: string; byMeasure: string; atLeast: string; atMost: string; target: string; targetHint: string; due: string; dueHint: string; create: string; remove: string; removeLabel: (label: string) => string };
    errors: { invalid: string; roleNeedsCompany: string };
  };
  roles: Record<Role, string>;
  level: (n: string) => string;
  report: { heading: string; intro: string; actions: string; noActions: string; milestones: string; noMilestones: string; effectsAsOf: (day: string) => string };
}

export const actionsText: Texts<ActionsText> = {
  de: {
    title: 'Maßnahmen',
    heading: (team) => `Maßnahmen: ${team}`,
    intro:
      'Was ein Team aus seinen Ergebnissen macht. Jede Maßnahme nennt die Kennzahlen, auf die sie zielt; Puls schätzt, ob sich diese im Team stärker bewegt haben als in vergleichbaren Teams ohne eine solche Maßnahme.',
    none: 'Für diesen Bereich ist noch keine Maßnahme eingetragen.',
    manage: 'Maßnahmen eintragen und bearbeiten',
    catalogue: (v) => `Maßnahmenkatalog (Version ${v})`,
    catalogueIntro: 'Bewährte Maßnahmen mit den Kennzahlen, auf die sie zielen. Eigene Maßnahmen sind ebenso möglich.',
    aims: 'Zielt auf',
    cols: {
      action: 'Maßnahme',
      team: 'Team',
      period: 'Zeitraum',
      targets: 'Ziele',
      measure: 'Kennzahl',
      beforeAfter: 'vorher → nachher',
      teamChange: 'Veränderung im Team',
      comparison: 'in Vergleichsteams',
      effect: 'Wirkung (95-%-Intervall)',
      verdict: 'Bewertung',
      detectable: 'nachweisbar ab',
    },
    since: (d) => `seit ${d}`,
    span: (a, b) => `${a} bis ${b}`,
    on: (d) => `am ${d}`,
    toResults: 'Zu den Ergebnissen',
    form: {
      add: 'Maßnahme eintragen',
      edit: 'Maßnahme bearbeiten',
      team: 'Team',
      kind: 'Art der Maßnahme',
      own: 'Eigene Maßnahme',
      ownTitle: 'Titel',
      ownTitleHint: 'Für eine eigene Maßnahme nötig; bei einer Maßnahme aus dem Katalog ein eigener Name (freiwillig).',
      startsOn: 'Beginn',
      endsOn: 'Ende',
      endsOnHint: 'Leer lassen, solange die Maßnahme läuft.',
      targets: 'Ziele (Kennzahlen)',
      targetsHint: 'Ohne Auswahl gelten die Ziele aus dem Katalog. Eine eigene Maßnahme braucht mindestens ein Ziel.',
      note: 'Notiz',
      noteHint: 'Freiwillig. Bitte keine Namen: Maßnahmen sehen alle, die das Team sehen dürfen.',
      save: 'Speichern',
      create: 'Eintragen',
      remove: 'Löschen',
      removeLabel: (t) => `Maßnahme „${t}“ löschen`,
      saved: 'Gespeichert.',
      removed: 'Die Maßnahme wurde gelöscht.',
    },
    errors: {
      invalid: 'Bitte prüfen Sie die Angaben: Beginn und Ende als Datum, das Ende nicht vor dem Beginn.',
      ownNeedsTitle: 'Eine eigene Maßnahme braucht einen Titel.',
      ownNeedsTargets: 'Eine eigene Maßnahme braucht mindestens ein Ziel.',
      endsBeforeStart: 'Das Ende liegt vor dem Beginn.',
    },
    effects: {
      heading: 'Maßnahmen und ihre Wirkung',
      intro:
        'Für jede Kennzahl, auf die eine Maßnahme zielt: die Veränderung im Team seit dem Start, verglichen mit der Veränderung in vergleichbaren Teams ohne eine solche Maßnahme in denselben Wellen. Es zählen nur veröffentlichte Werte.',
      method: (w) =>
        `So wird gerechnet: Differenz der Veränderungen (Team gegen Teams derselben Ebene ohne Maßnahme auf diese Kennzahl, nächstgelegene zuerst), je bis zu ${w} veröffentlichte Wellen vor und nach dem Start. Die Wellen werden wie unabhängige Stichproben behandelt, obwohl viele Personen mehrfach antworten; das macht das Intervall eher zu breit als zu schmal.`,
      verdict: {
        'too-early': 'zu früh: noch keine veröffentlichte Welle nach dem Start',
        'no-baseline': 'kein Ausgangswert: keine veröffentlichte Welle vor dem Start',
        'no-comparison': 'kein Vergleich möglich: keine zwei vergleichbaren Teams ohne eine solche Maßnahme (für das ganze Unternehmen gibt es keine)',
        'no-change': 'keine messbare Veränderung',
        improved: 'verbessert, über die Unsicherheit hinaus',
        worsened: 'verschlechtert, über die Unsicherheit hinaus',
      },
      detectable: (v, u) => `±${v} ${u}`,
      comparison: (n) => `Verglichen mit ${n} ${n === 1 ? 'Team' : 'Teams'} derselben Ebene.`,
      alongside: (titles) => `Gleichzeitig zielte auch ${titles} auf diese Kennzahl; die Wirkungen lassen sich nicht trennen.`,
      waves: (b, a) => `${b} vorher, ${a} nachher`,
    },
    units: { score: 'Punkte', points: 'Punkte', percent: 'Prozentpunkte', hours: 'Stunden', tasks: 'Aufgaben' },
    marks: {
      actions: (n) => `Senkrechte Linien markieren den Beginn von ${n} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'}.`,
      target: (label) => `Die gestrichelte waagerechte Linie ist das Ziel: ${label}.`,
      key: 'Markierte Maßnahmen',
    },
    milestones: {
      title: 'Meilensteine',
      heading: 'Meilensteine',
      intro: 'Ziele je Rolle oder Team und Datum. Entscheidend ist der zuletzt veröffentlichte Wert bis zum Stichtag.',
      none: 'Noch keine Meilensteine festgelegt.',
      everyone: 'Alle',
      label: (view, m, c, target, due) => `${view}: ${m} ${c === 'atLeast' ? 'mindestens' : 'höchstens'} ${target} bis ${due}`,
      status: {
        met: 'erreicht',
        missed: 'nicht erreicht',
        'on-track': 'auf Kurs: zuletzt erreicht',
        open: 'noch nicht erreicht',
        'no-data': 'noch kein veröffentlichter Wert',
      },
      latest: (v, i, w) => `Zuletzt ${v} (95-%-Intervall ${i}) in ${w}.`,
      targetBy: (c, t, d) => `Ziel ${c === 'atLeast' ? '≥' : '≤'} ${t} bis ${d}`,
      cols: { milestone: 'Meilenstein', view: 'Sicht', due: 'Stichtag', value: 'Zuletzt', status: 'Stand', action: 'Aktion' },
      form: {
        add: 'Meilenstein festlegen',
        team: 'Team',
        role: 'Rolle',
        measure: 'Kennzahl',
        comparator: 'Bedingung',
        byMeasure: 'passend zur Kennzahl (höher besser: mindestens)',
        atLeast: 'mindestens',
        atMost: 'höchstens',
        target: 'Zielwert',
        targetHint: 'Werte 0–100; Nutzung in Prozent; Reifegrad: Stufe 1 = 0, Stufe 2 = 50, Stufe 3 = 100; Stunden pro Woche als Zahl.',
        due: 'Stichtag',
        dueHint: 'Ein Datum wie 2027-06-30 oder ein Quartal wie 2027-Q2 (dann sein letzter Tag).',
        create: 'Festlegen',
        remove: 'Löschen',
        removeLabel: (l) => `Meilenstein „${l}“ löschen`,
      },
      errors: {
        invalid: 'Bitte prüfen Sie die Angaben: ein Zielwert zwischen −100 und 100 und ein Stichtag als Datum oder Quartal.',
        roleNeedsCompany: 'Rollen werden nur für das ganze Unternehmen ausgewertet: Wählen Sie für einen Rollen-Meilenstein das Unternehmen.',
      },
    },
    roles: { basic: 'Basis-Nutzer', power: 'Power-User', champion: 'KI-Champions' },
    level: (n) => `Stufe ${n}`,
    report: {
      heading: 'Maßnahmen, Wirkung und Meilensteine',
      intro: 'Maßnahmen, die im Quartal liefen, mit ihrer geschätzten Wirkung auf die Kennzahlen, auf die sie zielen, und der Stand der Meilensteine.',
      actions: 'Maßnahmen im Quartal',
      noActions: 'Im Quartal lief keine eingetragene Maßnahme.',
      milestones: 'Meilensteine',
      noMilestones: 'Es sind keine Meilensteine festgelegt.',
      effectsAsOf: (d) => `Wirkungen und Meilensteine mit den bis ${d} veröffentlichten Wellen.`,
    },
  },
  en: {
    title: 'Actions',
    heading: (team) => `Actions: ${team}`,
    intro:
      'What a team does about its results. Each action names the measures it aims at; Puls estimates whether they moved more in the team than in comparable teams without such an action.',
    none: 'No action has been logged for this unit yet.',
    manage: 'Log and edit actions',
    catalogue: (v) => `Action catalogue (version ${v})`,
    catalogueIntro: 'Proven actions with the measures they aim at. Actions of your own are possible too.',
    aims: 'Aims at',
    cols: {
      action: 'Action',
      team: 'Team',
      period: 'Period',
      targets: 'Targets',
      measure: 'Measure',
      beforeAfter: 'before → after',
      teamChange: 'Change in the team',
      comparison: 'in comparison teams',
      effect: 'Effect (95% interval)',
      verdict: 'Verdict',
      detectable: 'detectable from',
    },
    since: (d) => `since ${d}`,
    span: (a, b) => `${a} to ${b}`,
    on: (d) => `on ${d}`,
    toResults: 'To the results',
    form: {
      add: 'Log an action',
      edit: 'Edit the action',
      team: 'Team',
      kind: 'Kind of action',
      own: 'Action of our own',
      ownTitle: 'Title',
      ownTitleHint: 'Needed for an action of your own; for an action from the catalogue, a name of your own (optional).',
      startsOn: 'Starts',
      endsOn: 'Ends',
      endsOnHint: 'Leave empty while the action runs.',
      targets: 'Targets (measures)',
      targetsHint: 'Without a choice the catalogue’s targets apply. An action of your own needs at least one target.',
      note: 'Note',
      noteHint: 'Optional. Please no names: everyone who may see the team sees its actions.',
      save: 'Save',
      create: 'Log it',
      remove: 'Delete',
      removeLabel: (t) => `Delete the action “${t}”`,
      saved: 'Saved.',
      removed: 'The action was deleted.',
    },
    errors: {
      invalid: 'Please check the entries: start and end as dates, the end not before the start.',
      ownNeedsTitle: 'An action of your own needs a title.',
      ownNeedsTargets: 'An action of your own needs at least one target.',
      endsBeforeStart: 'The end is before the start.',
    },
    effects: {
      heading: 'Actions and their effect',
      intro:
        'For each measure an action aims at: the change in the team since the start, compared with the change in comparable teams without such an action in the same waves. Only published values count.',
      method: (w) =>
        `How it is computed: difference in differences (the team against teams on the same level without an action aimed at this measure, nearest first), up to ${w} published waves before and after the start each. Waves are treated as independent samples although many people answer several of them; this makes the interval wider rather than narrower.`,
      verdict: {
        'too-early': 'too early: no published wave since the start yet',
        'no-baseline': 'no baseline: no published wave before the start',
        'no-comparison': 'no comparison possible: not two comparable teams without such an action (for the whole company there are none)',
        'no-change': 'no measurable change',
        improved: 'improved beyond its uncertainty',
        worsened: 'worsened beyond its uncertainty',
      },
      detectable: (v, u) => `±${v} ${u}`,
      comparison: (n) => `Compared with ${n} ${n === 1 ? 'team' : 'teams'} on the same level.`,
      alongside: (titles) => `${titles} aimed at this measure at the same time; their effects cannot be told apart.`,
      waves: (b, a) => `${b} before, ${a} after`,
    },
    units: { score: 'points', points: 'points', percent: 'percentage points', hours: 'hours', tasks: 'tasks' },
    marks: {
      actions: (n) => `Vertical lines mark the start of ${n} ${n === 1 ? 'action' : 'actions'}.`,
      target: (label) => `The dashed horizontal line is the target: ${label}.`,
      key: 'Actions marked',
    },
    milestones: {
      title: 'Milestones',
      heading: 'Milestones',
      intro: 'Targets per role or team and date. What counts is the latest published value up to the due date.',
      none: 'No milestones set yet.',
      everyone: 'Everyone',
      label: (view, m, c, target, due) => `${view}: ${m} ${c === 'atLeast' ? 'at least' : 'at most'} ${target} by ${due}`,
      status: {
        met: 'met',
        missed: 'missed',
        'on-track': 'on track: reached in the latest wave',
        open: 'not reached yet',
        'no-data': 'no published value yet',
      },
      latest: (v, i, w) => `Latest ${v} (95% interval ${i}) in ${w}.`,
      targetBy: (c, t, d) => `target ${c === 'atLeast' ? '≥' : '≤'} ${t} by ${d}`,
      cols: { milestone: 'Milestone', view: 'View', due: 'Due', value: 'Latest', status: 'Status', action: 'Action' },
      form: {
        add: 'Set a milestone',
        team: 'Team',
        role: 'Role',
        measure: 'Measure',
        comparator: 'Condition',
        byMeasure: 'as the measure suggests (higher is better: at least)',
        atLeast: 'at least',
        atMost: 'at most',
        target: 'Target value',
        targetHint: 'Scores 0–100; adoption in percent; maturity: level 1 = 0, level 2 = 50, level 3 = 100; hours per week as a number.',
        due: 'Due',
        dueHint: 'A date like 2027-06-30 or a quarter like 2027-Q2 (then its last day).',
        create: 'Set',
        remove: 'Delete',
        removeLabel: (l) => `Delete the milestone “${l}”`,
      },
      errors: {
        invalid: 'Please check the entries: a target between −100 and 100 and a due date as a date or a quarter.',
        roleNeedsCompany: 'Roles are evaluated for the whole company only: choose the company for a role milestone.',
      },
    },
    roles: { basic: 'Basic users', power: 'Power users', champion: 'AI champions' },
    level: (n) => `level ${n}`,
    report: {
      heading: 'Actions, effects and milestones',
      intro: 'Actions that ran in the quarter, with their estimated effect on the measures they aim at, and where the milestones stand.',
      actions: 'Actions in the quarter',
      noActions: 'No logged action ran in the quarter.',
      milestones: 'Milestones',
      noMilestones: 'No milestones have been set.',
      effectsAsOf: (d) => `Effects and milestones with the waves published up to ${d}.`,
    },
  },
};

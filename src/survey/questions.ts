import type { Texts } from '../lib/i18n';
import type { Question, QuestionBank } from './bank.types';

/*
 * The question bank. Items are our own short statements, adapted from validated instruments: team psychological
 * safety (Edmondson) for the Trust Pulse, AI anxiety scales for the Fear Index, technology acceptance (TAM/UTAUT:
 * perceived usefulness, facilitating conditions) for the GenAI gap. A changed wording that changes the meaning gets a
 * new id and a new bank version, so a trend never silently compares different questions.
 */

const AGREE: Texts<[string, string]> = {
  de: ['stimme gar nicht zu', 'stimme voll zu'],
  en: ['strongly disagree', 'strongly agree'],
};

/** A 1–5 agreement item of the pulse module; every pulse item is required so blocks score complete answers. */
function agree(id: string, gapSide: Question['gapSide'], de: string, en: string): Question {
  const [construct, facet] = id.split('.') as [Question['construct'], string];
  return {
    id,
    module: 'pulse',
    construct,
    facet,
    kind: 'scale',
    min: 1,
    max: 5,
    anchors: AGREE,
    required: true,
    ...(gapSide ? { gapSide } : {}),
    text: { de, en },
  };
}

const PULSE: Question[] = [
  // Trust Pulse: higher is better.
  agree(
    'trust.safety',
    undefined,
    'In meinem Team kann ich offen sagen, wenn ich bei KI etwas nicht weiß, eine Frage habe oder einen Fehler gemacht habe.',
    "In my team I can say openly when I don't know something about AI, have a question or have made a mistake.",
  ),
  agree(
    'trust.rules',
    'system',
    'Mir ist klar, welche KI-Werkzeuge ich bei der Arbeit nutzen darf und welche Daten ich dabei verwenden darf.',
    'It is clear to me which AI tools I may use at work and which data I may use with them.',
  ),
  agree(
    'trust.transparency',
    undefined,
    'Unsere Führung erklärt nachvollziehbar, warum wir KI einsetzen, was sich dadurch ändert und was nicht.',
    'Our leadership explains clearly why we use AI, what it changes and what it does not.',
  ),
  agree(
    'trust.sharing',
    undefined,
    'Wissen über KI wird bei uns offen geteilt und nicht von wenigen für sich behalten.',
    'Knowledge about AI is shared openly here rather than kept by a few.',
  ),
  agree(
    'trust.support',
    'human',
    'Ich vertraue darauf, dass KI bei uns eingeführt wird, um die Menschen bei ihrer Arbeit zu unterstützen.',
    'I trust that AI is being introduced here to support people in their work.',
  ),
  // Fear Index: higher is more fear; agreeing means fear, so nothing is reversed.
  agree(
    'fear.job',
    undefined,
    'Ich mache mir Sorgen, dass KI meinen Arbeitsplatz gefährdet.',
    'I worry that AI puts my job at risk.',
  ),
  agree(
    'fear.behind',
    undefined,
    'Ich befürchte, beim Thema KI hinter meinen Kolleginnen und Kollegen zurückzufallen.',
    'I am afraid of falling behind my colleagues when it comes to AI.',
  ),
  agree(
    'fear.gaps',
    undefined,
    'Ich halte mich mit Fragen zu KI zurück, weil sonst auffallen könnte, was ich noch nicht kann.',
    'I hold back questions about AI because they might show what I cannot do yet.',
  ),
  agree(
    'fear.pressure',
    undefined,
    'Ich spüre Druck, KI zu nutzen, ohne dass mir jemand zeigt, wie das gut geht.',
    'I feel pressure to use AI without anyone showing me how to do it well.',
  ),
  agree(
    'fear.mistakes',
    undefined,
    'Ich habe Angst, mit KI Fehler zu machen, die mir später angelastet werden.',
    'I am afraid of making mistakes with AI that will be held against me.',
  ),
  // GenAI gap: the potential seen against actual use, split into the human and the system side.
  agree(
    'gap.potential',
    undefined,
    'KI hat großes Potenzial, meine Arbeit leichter oder besser zu machen.',
    'AI has great potential to make my work easier or better.',
  ),
  {
    id: 'gap.use',
    module: 'pulse',
    construct: 'gap',
    facet: 'use',
    kind: 'choice',
    required: true,
    text: { de: 'Wie oft nutzen Sie KI-Werkzeuge bei Ihrer Arbeit?', en: 'How often do you use AI tools in your work?' },
    options: [
      { value: 'never', score: 0, label: { de: 'Nie', en: 'Never' } },
      { value: 'tried', score: 25, label: { de: 'Habe es ausprobiert', en: 'I have tried them' } },
      { value: 'monthly', score: 50, label: { de: 'Etwa einmal im Monat', en: 'About once a month' } },
      { value: 'weekly', score: 75, label: { de: 'Jede Woche', en: 'Every week' } },
      { value: 'daily', score: 100, label: { de: 'Jeden Tag', en: 'Every day' } },
    ],
  },
  agree(
    'gap.knowledge',
    'human',
    'Ich weiß, wie ich KI-Werkzeuge für meine Aufgaben sinnvoll einsetze.',
    'I know how to use AI tools sensibly for my tasks.',
  ),
  agree(
    'gap.motivation',
    'human',
    'Ich habe Lust, KI in meiner Arbeit (noch mehr) auszuprobieren.',
    'I am keen to try AI (even more) in my work.',
  ),
  agree(
    'gap.time',
    'system',
    'Ich habe die Zeit und den Freiraum, den Umgang mit KI zu lernen.',
    'I have the time and room to learn how to work with AI.',
  ),
  agree(
    'gap.help',
    'system',
    'Ich weiß, an wen ich mich wenden kann, wenn ich mit KI nicht weiterkomme.',
    'I know whom to ask when I get stuck with AI.',
  ),
  {
    id: 'comment.pulse',
    module: 'pulse',
    construct: 'comment',
    facet: 'pulse',
    kind: 'text',
    maxLength: 1000,
    required: false,
    text: {
      de: 'Möchten Sie uns noch etwas mitteilen? (freiwillig)',
      en: 'Is there anything else you would like to tell us? (optional)',
    },
  },
];

/** A maturity dimension (DESIGN's table): three levels scored 0 / 50 / 100, so the construct mean is a 0–100 score. */
function level(
  facet: string,
  de: string,
  en: string,
  levels: [de: string, en: string][],
): Question {
  return {
    id: `maturity.${facet}`,
    module: 'quarterly',
    construct: 'maturity',
    facet,
    kind: 'choice',
    required: true,
    text: { de, en },
    options: levels.map(([lde, len], i) => ({ value: `level${i + 1}`, score: i * 50, label: { de: lde, en: len } })),
  };
}

/** A KPI asked as ranges: each option's `amount` is the range's midpoint, so the mean is in hours or tasks. */
function amounts(facet: string, de: string, en: string, options: [value: string, amount: number, de: string, en: string][]): Question {
  return {
    id: `kpi.${facet}`,
    module: 'quarterly',
    construct: 'kpi',
    facet,
    kind: 'choice',
    required: true,
    text: { de, en },
    options: options.map(([value, amount, lde, len]) => ({ value, amount, label: { de: lde, en: len } })),
  };
}

function open(facet: string, de: string, en: string): Question {
  return { id: `comment.${facet}`, module: 'quarterly', construct: 'comment', facet, kind: 'text', maxLength: 1000, required: false, text: { de, en } };
}

/**
 * The retrospective module, asked only in a quarter's retrospective wave (after the pulse items): the five maturity
 * dimensions with the level texts companies in our market use, the two KPIs a survey can measure honestly (hours
 * saved, tasks where AI helps) and the three open questions. Every closed item is required, like the pulse: an
 * optional item's n would split a block into who answered and who did not (rule 4).
 */
const QUARTERLY: Question[] = [
  level('tools', 'Tool-Kenntnisse: Was beschreibt Ihren Stand am besten?', 'Tool skills: what describes you best?', [
    ['Grundlegendes Prompting – ich stelle einfache Anfragen', 'Basic prompting – I ask simple questions'],
    ['Fortgeschrittene Techniken – etwa Beispiele, Rollen oder Schritt-für-Schritt-Anweisungen', 'Advanced techniques – such as examples, roles or step-by-step instructions'],
    ['Tool-Integration – ich verbinde KI mit anderen Werkzeugen und Abläufen', 'Tool integration – I connect AI with other tools and workflows'],
  ]),
  level('breadth', 'Anwendungsbreite: Wofür nutzen Sie KI?', 'Breadth of use: what do you use AI for?', [
    ['Für einen Anwendungsfall', 'For one use case'],
    ['Für mehrere Anwendungsfälle', 'For several use cases'],
    ['Abteilungsübergreifend – auch in Abläufen mit anderen Bereichen', 'Across departments – also in work with other areas'],
  ]),
  level('independence', 'Selbstständigkeit: Wie arbeiten Sie mit KI?', 'Independence: how do you work with AI?', [
    ['Angeleitet – meist mit Unterstützung', 'Guided – mostly with support'],
    ['Selbstständig', 'Independently'],
    ['Ich leite andere an', 'I mentor others'],
  ]),
  level('innovation', 'Innovation: Was erreichen Sie mit KI?', 'Innovation: what do you achieve with AI?', [
    ['Ich löse bestehende Aufgaben', 'I solve existing tasks'],
    ['Ich verbessere Abläufe', 'I improve processes'],
    ['Ich entwickle neue Lösungen', 'I develop new solutions'],
  ]),
  level('sharing', 'Wissensteilung: Wie gehen Sie mit Wissen über KI um?', 'Knowledge sharing: what do you do with knowledge about AI?', [
    ['Ich nutze vor allem, was andere teilen', 'I mainly use what others share'],
    ['Ich teile gelegentlich eigene Erfahrungen', 'I share my own experience now and then'],
    ['Ich gebe mein Wissen aktiv weiter und stecke andere an', 'I actively pass my knowledge on and get others going'],
  ]),
  amounts('hours', 'Wie viele Stunden pro Woche spart Ihnen KI ungefähr?', 'About how many hours a week does AI save you?', [
    ['0', 0, 'Keine', 'None'],
    ['lt1', 0.5, 'Weniger als 1 Stunde', 'Less than 1 hour'],
    ['1-2', 1.5, '1 bis 2 Stunden', '1 to 2 hours'],
    ['2-5', 3.5, '2 bis 5 Stunden', '2 to 5 hours'],
    ['5+', 6, 'Mehr als 5 Stunden', 'More than 5 hours'],
  ]),
  amounts('tasks', 'Bei wie vielen Ihrer wiederkehrenden Aufgaben hilft Ihnen KI?', 'With how many of your recurring tasks does AI help you?', [
    ['0', 0, 'Bei keiner', 'None'],
    ['1', 1, 'Bei einer', 'One'],
    ['2-3', 2.5, 'Bei 2 bis 3', '2 to 3'],
    ['4-6', 5, 'Bei 4 bis 6', '4 to 6'],
    ['7+', 8, 'Bei 7 oder mehr', '7 or more'],
  ]),
  open('works', 'Was funktioniert mit KI bei Ihnen schon gut? (freiwillig)', 'What already works well with AI for you? (optional)'),
  open('stalls', 'Wo hakt es – was bremst Sie beim Einsatz von KI? (freiwillig)', 'Where does it stall – what holds you back in using AI? (optional)'),
  open('support', 'Welche Unterstützung bräuchten Sie? (freiwillig)', 'What support would you need? (optional)'),
];

/** The first bank: the pulse only (its retrospective module was still empty). Waves opened with it keep it. */
const BANK_2026_1: QuestionBank = { version: '2026.1', questions: PULSE };

/** The current bank: the same pulse items (same ids, same wording) plus the retrospective module. */
export const BANK: QuestionBank = { version: '2026.2', questions: [...PULSE, ...QUARTERLY] };

/** Every bank version a stored wave may point to, so an old wave keeps its own questions (and its sealed size). */
const BANKS: Record<string, QuestionBank> = { [BANK_2026_1.version]: BANK_2026_1, [BANK.version]: BANK };

/** The questions of a wave: the pulse, plus the retrospective module for a quarterly wave. */
export function questionsFor(module: 'pulse' | 'quarterly', version: string = BANK.version): readonly Question[] {
  const bank = BANKS[version];
  if (!bank) throw new Error(`unknown question bank version ${version}`);
  return bank.questions.filter((q) => q.module === 'pulse' || module === 'quarterly');
}

const byId = new Map(BANK.questions.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return byId.get(id);
}

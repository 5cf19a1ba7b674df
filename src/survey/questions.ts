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

/**
 * The retrospective module, asked only in a quarter's retrospective wave (after the pulse items): the five maturity
 * dimensions (three levels each), hours saved per week and the three open questions. Items arrive in a later issue;
 * adding them is a new bank version.
 */
const QUARTERLY: Question[] = [];

export const BANK: QuestionBank = { version: '2026.1', questions: [...PULSE, ...QUARTERLY] };

/** Every bank version a stored wave may point to, so an old wave keeps its own questions. */
const BANKS: Record<string, QuestionBank> = { [BANK.version]: BANK };

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

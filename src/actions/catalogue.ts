import type { Texts } from '../lib/i18n';

/**
 * The action catalogue: what companies in our market do about AI culture, each with the measures it aims at and the
 * direction it should move them. Versioned like the question bank (survey/questions.ts): a logged action keeps the
 * catalogue version it was chosen from, so a changed description or target list never rewrites what a team logged.
 * Teams may log actions of their own (a title instead of a kind) and choose their targets themselves.
 */
export interface ActionKind {
  id: string;
  title: Texts<string>;
  description: Texts<string>;
  targets: readonly { measure: string; direction: 'up' | 'down' }[];
}

export interface ActionCatalogue {
  version: string;
  kinds: readonly ActionKind[];
}

const kind = (id: string, title: [string, string], description: [string, string], targets: string): ActionKind => ({
  id,
  title: { de: title[0], en: title[1] },
  description: { de: description[0], en: description[1] },
  // "fear.gaps- trust.sharing+": a sign per measure, read as the direction the action should move it
  targets: targets.split(' ').map((t) => ({ measure: t.slice(0, -1), direction: t.endsWith('+') ? 'up' : 'down' })),
});

const CATALOGUE_2026_1: ActionCatalogue = {
  version: '2026.1',
  kinds: [
    kind(
      'promptathon',
      ['Promptathon', 'Promptathon'],
      [
        'Ein halber Tag, an dem das Team Aufgaben aus dem eigenen Alltag gemeinsam mit KI löst und die besten Prompts teilt.',
        'Half a day on which the team solves tasks from its own work together with AI and shares the best prompts.',
      ],
      'gap.knowledge+ gap.motivation+ trust.sharing+ adopter+',
    ),
    kind(
      'buddy',
      ['KI-Buddy-System', 'AI buddy system'],
      [
        'Erfahrene Nutzerinnen und Nutzer begleiten Kolleginnen und Kollegen eins zu eins bei den ersten Schritten (Mentoring).',
        'Experienced users accompany colleagues one to one through their first steps (mentoring).',
      ],
      'fear.behind- fear.gaps- gap.knowledge+ trust.sharing+',
    ),
    kind(
      'office-hours',
      ['KI-Sprechstunde', 'AI office hours'],
      [
        'Eine feste Zeit pro Woche, in der alle ohne Anmeldung Fragen zu KI stellen können.',
        'A fixed time each week when anyone can bring questions about AI, no sign-up needed.',
      ],
      'fear.gaps- trust.sharing+ gap.help+',
    ),
    kind(
      'monthly-update',
      ['Monatliches KI-Update', 'Monthly AI update'],
      [
        'Kurz und regelmäßig: Was ist neu, was gilt, was haben andere ausprobiert, was ändert sich und was nicht.',
        'Short and regular: what is new, what applies, what others have tried, what changes and what does not.',
      ],
      'trust.transparency+ fear.job- trust.rules+',
    ),
    kind(
      'learning-time',
      ['Lernzeit und Lernraum', 'Learning time and room'],
      [
        'Eingeplante Zeit zum Ausprobieren, etwa eine Stunde pro Woche, und ein Ort, an dem man dabei Hilfe findet.',
        'Time set aside to try things out, such as one hour a week, and a place where help is at hand.',
      ],
      'gap.time+ fear.pressure- gap.system-',
    ),
    kind(
      'rules',
      ['Klare Regeln für Werkzeuge und Daten', 'Clear rules for tools and data'],
      [
        'Eine Seite, die sagt, welche KI-Werkzeuge erlaubt sind und welche Daten hineindürfen – und wen man im Zweifel fragt.',
        'One page that says which AI tools are allowed, which data may go into them and whom to ask when in doubt.',
      ],
      'trust.rules+ fear.mistakes- gap.system-',
    ),
    kind(
      'path-basic',
      ['Lernpfad für Basis-Nutzer', 'Learning path for basic users'],
      [
        'Schritt für Schritt vom ersten Prompt zu sicherer Nutzung, mit klaren Meilensteinen für die Rolle.',
        'Step by step from the first prompt to confident use, with clear milestones for the role.',
      ],
      'maturity.tools+ gap.knowledge+ fear.behind-',
    ),
    kind(
      'path-power',
      ['Lernpfad für Power-User', 'Learning path for power users'],
      [
        'Fortgeschrittene Techniken, mehr Anwendungsfälle und selbstständiges Arbeiten, mit Meilensteinen für die Rolle.',
        'Advanced techniques, more use cases and independent work, with milestones for the role.',
      ],
      'maturity.tools+ maturity.breadth+ maturity.independence+',
    ),
    kind(
      'path-champion',
      ['Lernpfad für KI-Champions', 'Learning path for AI champions'],
      [
        'Champions lernen, andere anzuleiten, Wissen weiterzugeben und neue Lösungen zu entwickeln – gegen informelle Hierarchien.',
        'Champions learn to guide others, pass knowledge on and develop new solutions – against informal hierarchies.',
      ],
      'maturity.sharing+ maturity.innovation+ trust.sharing+',
    ),
    kind(
      'use-case-workshop',
      ['Use-Case-Workshop', 'Use-case workshop'],
      [
        'Das Team sammelt Aufgaben, bei denen KI Zeit sparen kann, und setzt die besten um.',
        'The team collects tasks where AI can save time and puts the best ones into practice.',
      ],
      'kpi.hours+ kpi.tasks+ maturity.breadth+',
    ),
    kind(
      'leadership-qa',
      ['Fragestunde mit der Führung zu KI', 'Leadership Q&A on AI'],
      [
        'Die Führung erklärt, warum KI eingesetzt wird, was sich ändert und was nicht, und beantwortet offen Fragen.',
        'Leadership explains why AI is used, what changes and what does not, and answers questions openly.',
      ],
      'trust.transparency+ trust.support+ fear.job-',
    ),
  ],
};

/** The current catalogue: new actions are logged against it. */
export const CATALOGUE: ActionCatalogue = CATALOGUE_2026_1;

/** Every catalogue version a stored action may point to. */
const CATALOGUES: Record<string, ActionCatalogue> = { [CATALOGUE_2026_1.version]: CATALOGUE_2026_1 };

export function kindOf(id: string, version: string = CATALOGUE.version): ActionKind | undefined {
  return CATALOGUES[version]?.kinds.find((k) => k.id === id);
}

export const KIND_IDS = CATALOGUE.kinds.map((k) => k.id) as [string, ...string[]];

import type { Role } from '../db/schema/org';
import type { Texts } from '../lib/i18n';
import { reasonText } from '../results/results.text';
import type { CommentsReason, WithheldReason } from './model';

/** Words shared by the JSON, the CSV and the report. Suppression reasons of views come from `reasonText`. */
export interface ExportText {
  measures: Record<string, string>;
  dimensions: Record<string, string>;
  level: (n: number) => string;
  withheld: (reason: WithheldReason, k: number) => string;
  comments: (reason: CommentsReason, k: number, kComments: number) => string;
  roles: Record<Role | 'all', string>;
  company: string;
  csv: {
    headers: [string, string, string, string, string, string, string, string, string, string, string, string, string];
    yes: string;
    no: string;
    quarterRow: string;
  };
}

const MEASURES_DE: Record<string, string> = {
  trust: 'Vertrauen',
  'trust.safety': 'Vertrauen: offen fragen und Fehler zugeben',
  'trust.rules': 'Vertrauen: klare Regeln',
  'trust.transparency': 'Vertrauen: Transparenz der Führung',
  'trust.sharing': 'Vertrauen: Wissen wird geteilt',
  'trust.support': 'Vertrauen: KI soll unterstützen',
  fear: 'Sorgen',
  'fear.job': 'Sorge um den Arbeitsplatz',
  'fear.behind': 'Sorge, zurückzufallen',
  'fear.gaps': 'Sorge, Lücken zu zeigen',
  'fear.pressure': 'Druck ohne Anleitung',
  'fear.mistakes': 'Sorge vor Fehlern',
  gap: 'KI-Lücke (Potenzial minus Nutzung)',
  'gap.human': 'Menschliche Lücke',
  'gap.system': 'Strukturelle Lücke',
  'gap.potential': 'Gesehenes Potenzial',
  'gap.use': 'Nutzung',
  'gap.knowledge': 'Wissen',
  'gap.motivation': 'Motivation',
  'gap.time': 'Zeit und Freiraum',
  'gap.help': 'Ansprechpersonen',
  adopter: 'Nutzungsquote (wöchentlich oder täglich)',
  maturity: 'Reifegrad',
  'maturity.tools': 'Reifegrad: Tool-Kenntnisse',
  'maturity.breadth': 'Reifegrad: Anwendungsbreite',
  'maturity.independence': 'Reifegrad: Selbstständigkeit',
  'maturity.innovation': 'Reifegrad: Innovation',
  'maturity.sharing': 'Reifegrad: Wissensteilung',
  'kpi.hours': 'Gesparte Stunden pro Woche',
  'kpi.tasks': 'Aufgaben mit KI-Hilfe',
  respondents: 'Antworten',
  invited: 'Eingeladen',
  response_rate: 'Rücklaufquote',
};

const MEASURES_EN: Record<string, string> = {
  trust: 'Trust',
  'trust.safety': 'Trust: asking and admitting mistakes',
  'trust.rules': 'Trust: clear rules',
  'trust.transparency': 'Trust: leadership transparency',
  'trust.sharing': 'Trust: knowledge is shared',
  'trust.support': 'Trust: AI is meant to support',
  fear: 'Fear',
  'fear.job': 'Fear for one’s job',
  'fear.behind': 'Fear of falling behind',
  'fear.gaps': 'Fear of exposing gaps',
  'fear.pressure': 'Pressure without guidance',
  'fear.mistakes': 'Fear of mistakes',
  gap: 'GenAI gap (potential minus use)',
  'gap.human': 'Human gap',
  'gap.system': 'System gap',
  'gap.potential': 'Potential seen',
  'gap.use': 'Use',
  'gap.knowledge': 'Knowledge',
  'gap.motivation': 'Motivation',
  'gap.time': 'Time and room to learn',
  'gap.help': 'Knowing whom to ask',
  adopter: 'Adoption rate (weekly or daily)',
  maturity: 'Maturity',
  'maturity.tools': 'Maturity: tool skills',
  'maturity.breadth': 'Maturity: breadth of use',
  'maturity.independence': 'Maturity: independence',
  'maturity.innovation': 'Maturity: innovation',
  'maturity.sharing': 'Maturity: knowledge sharing',
  'kpi.hours': 'Hours saved per week',
  'kpi.tasks': 'Tasks with AI help',
  respondents: 'Answers',
  invited: 'Invited',
  response_rate: 'Response rate',
};

export const exportText: Texts<ExportText> = {
  de: {
    measures: MEASURES_DE,
    dimensions: { tools: 'Tool-Kenntnisse', breadth: 'Anwendungsbreite', independence: 'Selbstständigkeit', innovation: 'Innovation', sharing: 'Wissensteilung' },
    level: (n) => `Stufe ${n}`,
    withheld: (reason, k) =>
      reason === 'not-asked' ? 'in diesem Quartal nicht gefragt' : reasonText.de[reason](k),
    comments: (reason, k, kc) =>
      reason === 'too-few-for-comments'
        ? `Kommentare nur ab ${kc} Antworten`
        : reason === 'overlap'
          ? `neben den Kommentaren überlappender Gruppen ließen sich weniger als ${kc} Personen eingrenzen`
          : reason === 'none-written'
            ? 'keine Kommentare geschrieben'
            : reasonText.de[reason](k),
    roles: { all: 'alle', basic: 'Basis-Nutzer', power: 'Power-User', champion: 'KI-Champion' },
    company: 'Gesamtes Unternehmen',
    csv: {
      headers: ['Quartal', 'Team', 'Rolle', 'Welle', 'Welle beendet', 'Kennzahl', 'Wert', 'Untergrenze', 'Obergrenze', 'n', 'veröffentlicht', 'Grund', 'Grund-Code'],
      yes: 'ja',
      no: 'nein',
      quarterRow: 'Quartal',
    },
  },
  en: {
    measures: MEASURES_EN,
    dimensions: { tools: 'Tool skills', breadth: 'Breadth of use', independence: 'Independence', innovation: 'Innovation', sharing: 'Knowledge sharing' },
    level: (n) => `Level ${n}`,
    withheld: (reason, k) =>
      reason === 'not-asked' ? 'not asked this quarter' : reasonText.en[reason](k),
    comments: (reason, k, kc) =>
      reason === 'too-few-for-comments'
        ? `comments only from ${kc} answers`
        : reason === 'overlap'
          ? `next to overlapping groups' comments, fewer than ${kc} people could be singled out`
          : reason === 'none-written'
            ? 'no comments written'
            : reasonText.en[reason](k),
    roles: { all: 'all', basic: 'basic', power: 'power', champion: 'champion' },
    company: 'Whole company',
    csv: {
      headers: ['quarter', 'view_team_path', 'view_role', 'wave_id', 'wave_closed_at', 'measure', 'value', 'low', 'high', 'n', 'published', 'reason', 'reason_code'],
      yes: 'true',
      no: 'false',
      quarterRow: 'quarter',
    },
  },
};

/** A measure's words, including the distribution rows `maturity.tools:level2`. */
export function measureLabel(t: ExportText, id: string): string {
  const m = /^maturity\.(\w+):level(\d)$/.exec(id);
  if (m) return `${t.dimensions[m[1]] ?? m[1]}: ${t.level(Number(m[2]))}`;
  return t.measures[id] ?? id;
}

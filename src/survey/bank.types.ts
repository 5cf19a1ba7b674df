import type { Texts } from '../lib/i18n';

/** What a question measures. Scores are computed per construct and facet; `gap` feeds the GenAI gap. */
export type Construct = 'trust' | 'fear' | 'gap' | 'maturity' | 'kpi' | 'comment';

export interface ChoiceOption {
  value: string;
  label: Texts<string>;
  /** The option's place on a 0–100 scale where the choice is ordered (e.g. use frequency); absent when not. */
  score?: number;
  /**
   * A quantity the option stands for — the midpoint of a range of hours or of a count — averaged as it is rather
   * than on 0–100 (construct `kpi`: hours saved per week, tasks where AI helps). Such options carry no `score`.
   */
  amount?: number;
}

export interface Question {
  /** Stable across bank versions while the wording means the same; a changed meaning gets a new id. */
  id: string;
  /** `pulse` items are in every wave; `quarterly` items only in the retrospective wave of a quarter. */
  module: 'pulse' | 'quarterly';
  construct: Construct;
  /** e.g. trust: safety | rules | transparency | sharing | support; fear: job | behind | gaps | pressure | mistakes;
   *  gap: potential | use | knowledge | motivation | time | help. */
  facet: string;
  kind: 'scale' | 'choice' | 'text';
  /** Scale bounds (1–5 agreement unless said otherwise). */
  min?: number;
  max?: number;
  /** Text: the most characters (Unicode code points) an answer may have. */
  maxLength?: number;
  /** Scale end labels shown to the person. */
  anchors?: Texts<[string, string]>;
  options?: ChoiceOption[];
  /** Agreement means the opposite of the construct's direction: flipped before scoring. */
  reversed?: boolean;
  required: boolean;
  /** Which side of the GenAI gap the item measures (higher agreement = smaller gap). */
  gapSide?: 'human' | 'system';
  text: Texts<string>;
}

export interface QuestionBank {
  version: string;
  questions: readonly Question[];
}

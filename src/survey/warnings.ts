import { cleanText } from './answers';
import type { Question } from './bank.types';
import { findIdentifiers, type Finding } from './identifiers';

/** What the survey page shows beside one open answer before it is sent. */
export interface OpenTextWarning {
  questionId: string;
  findings: Finding[];
}

/**
 * Checks the open answers of a form post for emails, phone numbers and anything written like a name
 * (identifiers.ts). It reads nothing but the answers: no staff list, no database, so the warning is the same whether
 * or not a named person works here, and it costs as much as the text is long. A warning carries only what the
 * person typed.
 */
export function openTextWarnings(questions: readonly Question[], values: Record<string, unknown>): OpenTextWarning[] {
  return questions
    .filter((q) => q.kind === 'text' && typeof values[q.id] === 'string')
    .map((q) => ({ questionId: q.id, findings: findIdentifiers(cleanText(values[q.id] as string)) }))
    .filter((w) => w.findings.length > 0);
}

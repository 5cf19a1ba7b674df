import { staff } from '../db/schema';
import type { Deps } from '../deps';
import { cleanText } from './answers';
import type { Question } from './bank.types';
import { buildNameIndex, findIdentifiers, type Finding } from './identifiers';

/** What the survey page shows beside one open answer before it is sent. */
export interface OpenTextWarning {
  questionId: string;
  findings: Finding[];
}

/**
 * Checks the open answers of a form post for emails, phone numbers and staff names (identifiers.ts). The staff names
 * are read only when some open answer has text, and stay on the server: a warning carries only what the person typed.
 * Inactive staff count too — a former colleague's name identifies them as well.
 */
export async function openTextWarnings(
  deps: Deps,
  questions: readonly Question[],
  values: Record<string, unknown>,
): Promise<OpenTextWarning[]> {
  const texts = questions
    .filter((q) => q.kind === 'text' && typeof values[q.id] === 'string')
    .map((q) => ({ questionId: q.id, text: cleanText(values[q.id] as string) }))
    .filter((t) => t.text !== '');
  if (texts.length === 0) return [];
  const names = await deps.db.select({ name: staff.name }).from(staff);
  const index = buildNameIndex(names.map((n) => n.name));
  return texts
    .map((t) => ({ questionId: t.questionId, findings: findIdentifiers(t.text, index) }))
    .filter((w) => w.findings.length > 0);
}

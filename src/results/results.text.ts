import type { Texts } from '../lib/i18n';
import type { SuppressReason } from './views';

/**
 * Why a cell is empty, in words a leader understands, and what would make it visible. Never shown as a zero. The
 * same words for every group under k, whether nobody or k−1 answered (DESIGN rule 8).
 */
export const reasonText: Texts<Record<SuppressReason, (k: number) => string>> = {
  de: {
    'too-few': (k) => `weniger als ${k} Antworten in diesem Team (sichtbar ab ${k})`,
    history: () =>
      'in dieser Welle ausgeblendet: Im Vergleich mit früheren Wellen ließen sich sonst die Antworten einzelner Personen erkennen, die ins Team gekommen oder gegangen sind. Die Antworten zählen in der übergeordneten Einheit mit.',
    'no-data': () => 'aus diesem Team war niemand eingeladen',
    split: (k) => `in dieser Welle nicht gezeigt: Die Aufteilung ließe Rückschlüsse auf weniger als ${k} Personen zu`,
    'company-only': () => 'Vergleiche nach Rolle und nach KI-Nutzung gibt es nur für das ganze Unternehmen',
    subtraction: (k) => `nicht gezeigt: Mit anderen Zahlen dieser Welle ließen sich sonst weniger als ${k} Personen eingrenzen`,
  },
  en: {
    'too-few': (k) => `fewer than ${k} answers in this team (shown from ${k})`,
    history: () =>
      'hidden in this wave: compared with earlier waves, the answers of individuals who joined or left the team could otherwise be recognised. Their answers count in the unit above.',
    'no-data': () => 'nobody in this team was invited',
    split: (k) => `not shown in this wave: the split would allow conclusions about fewer than ${k} people`,
    'company-only': () => 'comparisons by role and by AI use are shown for the whole company only',
    subtraction: (k) => `not shown: together with other figures of this wave, fewer than ${k} people could be singled out`,
  },
};

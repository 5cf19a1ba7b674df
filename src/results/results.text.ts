import type { Texts } from '../lib/i18n';
import type { SuppressReason } from './views';

/** Why a cell is empty, in words a leader understands. Never shown as a zero. */
export const reasonText: Texts<Record<SuppressReason, (k: number) => string>> = {
  de: {
    'too-few': (k) => `weniger als ${k} Antworten`,
    subtraction: (k) => `andere Ansichten ließen sich auf weniger als ${k} Personen herunterrechnen`,
    'no-data': () => 'keine Antworten in dieser Welle',
  },
  en: {
    'too-few': (k) => `fewer than ${k} answers`,
    subtraction: (k) => `others could subtract to fewer than ${k}`,
    'no-data': () => 'no answers in this wave',
  },
};

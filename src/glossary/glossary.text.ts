import type { Texts } from '../lib/i18n';

/**
 * The one glossary: the words every page, the report and the exports use for the same things, and what they mean in
 * plain words. Pages take their terms from here or say them the same way; the glossary page and the report's last
 * section print it. No internal words (partition, block, suppression) reach what leaders read.
 */
export const TERMS = ['survey', 'wave', 'trust', 'fear', 'gap', 'humanGap', 'systemGap', 'adoption', 'maturity', 'answers', 'k', 'notPublished', 'interval', 'change', 'quarter'] as const;
export type Term = (typeof TERMS)[number];

export const glossary: Texts<{ title: string; intro: string; terms: Record<Term, { term: string; means: string }> }> = {
  de: {
    title: 'Begriffe',
    intro: 'So verwendet Puls diese Wörter – auf jeder Seite, im Quartalsbericht und in den Exporten gleich.',
    terms: {
      survey: { term: 'Befragung', means: 'Die kurzen, anonymen Fragen zu KI bei der Arbeit, die alle Beschäftigten regelmäßig bekommen.' },
      wave: { term: 'Welle', means: 'Eine Runde der Befragung: Sie beginnt mit der Einladung, erinnert, endet zu einem festen Zeitpunkt. Ergebnisse gibt es erst danach.' },
      trust: { term: 'Vertrauen', means: '0 bis 100, höher ist besser: offen fragen und Fehler zugeben dürfen, klare Regeln, eine Führung, die erklärt, geteiltes Wissen, KI als Unterstützung.' },
      fear: { term: 'Sorgen', means: '0 bis 100, höher heißt mehr Sorgen: um den Arbeitsplatz, zurückzufallen, Lücken zu zeigen, Druck ohne Anleitung, Fehler mit KI.' },
      gap: { term: 'KI-Lücke', means: 'Wie viel Nutzen jemand in KI für die eigene Arbeit sieht, abzüglich wie oft er oder sie KI tatsächlich nutzt (−100 bis 100). Kleiner ist besser.' },
      humanGap: { term: 'Menschliche Lücke', means: 'Der Teil der KI-Lücke, der an Wissen, Motivation und Vertrauen liegt.' },
      systemGap: { term: 'Strukturelle Lücke', means: 'Der Teil der KI-Lücke, der an Regeln, Zeit zum Lernen und Ansprechpersonen liegt.' },
      adoption: { term: 'Nutzungsquote', means: 'Anteil der Antwortenden, die KI wöchentlich oder täglich nutzen.' },
      maturity: { term: 'Reifegrad', means: 'Selbsteinschätzung in fünf Bereichen (Tool-Kenntnisse, Anwendungsbreite, Selbstständigkeit, Innovation, Wissensteilung), je Stufe 1 bis 3; nur im Quartalsrückblick.' },
      answers: { term: 'Antworten', means: 'Wie viele Personen in einer Welle geantwortet haben. Über mehrere Wellen zusammengezählt nur aus den Wellen, in denen die Gruppe veröffentlicht ist – das steht dann dabei („in 3 von 4 Wellen“).' },
      k: { term: 'Mindestgröße (k)', means: 'Zahlen gibt es nur für Gruppen mit mindestens so vielen Antworten, Kommentare erst ab einer zweiten, größeren Zahl. Beide stehen im Bericht.' },
      notPublished: { term: 'Nicht veröffentlicht', means: 'Für diese Gruppe steht keine Zahl da, weil sie sonst Rückschlüsse auf Einzelne erlauben würde. Statt einer Zahl steht immer der Grund, nie eine Null.' },
      interval: { term: '95-%-Intervall', means: 'Der Bereich, in dem der Wert mit großer Sicherheit liegt. Je weniger Antworten, desto breiter. Geschrieben als „40 bis 52“.' },
      change: { term: 'Deutliche Veränderung (▲/▼)', means: 'Nur eine Veränderung, die größer ist als die Unsicherheit der beiden Werte, wird markiert; kleinere Schwankungen nicht.' },
      quarter: { term: 'Quartalsrückblick', means: 'Die erste Welle eines Quartals fragt zusätzlich nach Reifegrad, gesparter Zeit und drei offenen Fragen; der Bericht fasst das Quartal zusammen.' },
    },
  },
  en: {
    title: 'Terms',
    intro: 'How Puls uses these words – the same on every page, in the quarterly report and in the exports.',
    terms: {
      survey: { term: 'Survey', means: 'The short, anonymous questions about AI at work that all staff receive regularly.' },
      wave: { term: 'Wave', means: 'One round of the survey: it starts with the invitation, sends reminders and closes at a set time. Results exist only afterwards.' },
      trust: { term: 'Trust', means: '0 to 100, higher is better: being able to ask and admit mistakes, clear rules, leadership that explains, shared knowledge, AI as support.' },
      fear: { term: 'Fear', means: '0 to 100, higher means more fear: for one’s job, of falling behind, of showing gaps, pressure without guidance, mistakes with AI.' },
      gap: { term: 'GenAI gap', means: 'How much use someone sees in AI for their own work, minus how often they actually use it (−100 to 100). Smaller is better.' },
      humanGap: { term: 'Human gap', means: 'The part of the GenAI gap that lies in knowledge, motivation and trust.' },
      systemGap: { term: 'System gap', means: 'The part of the GenAI gap that lies in rules, time to learn and people to ask.' },
      adoption: { term: 'Adoption rate', means: 'The share of respondents who use AI weekly or daily.' },
      maturity: { term: 'Maturity', means: 'A self-assessment in five areas (tool skills, breadth of use, independence, innovation, knowledge sharing), each level 1 to 3; only in the quarterly retrospective.' },
      answers: { term: 'Answers', means: 'How many people answered in a wave. Added up over several waves only from the waves where the group is published – which is then said alongside ("in 3 of 4 waves").' },
      k: { term: 'Minimum group size (k)', means: 'Numbers are shown only for groups with at least this many answers, comments only from a second, larger number. Both are in the report.' },
      notPublished: { term: 'Not published', means: 'No number is shown for this group, because it would allow conclusions about individuals. Instead of a number there is always the reason, never a zero.' },
      interval: { term: '95% interval', means: 'The range the value lies in with high certainty. The fewer answers, the wider. Written as "40 to 52".' },
      change: { term: 'Clear change (▲/▼)', means: 'Only a change larger than the uncertainty of both values is marked; smaller movements are not.' },
      quarter: { term: 'Quarterly retrospective', means: 'The first wave of a quarter also asks about maturity, time saved and three open questions; the report sums up the quarter.' },
    },
  },
};

import type { Lang, Texts } from '../lib/i18n';
import type { FindingKind } from './findings';

type Topic = Exclude<FindingKind, 'change' | 'apart'> | 'fear' | 'trust' | 'use' | 'good';

/**
 * The conversation guide's words: what a finding's number means, three open questions for the team meeting, and how
 * to hold the conversation without turning it into a search for who answered what.
 */
const QUESTIONS: Texts<Record<Topic, [string, string, string]>> = {
  de: {
    fear: [
      'Was beunruhigt euch beim Thema KI im Moment am meisten?',
      'Welche Information fehlt euch, um einschätzen zu können, was sich für eure Arbeit ändert – und was nicht?',
      'Was würde helfen, Unsicherheiten und Fehler mit KI offen anzusprechen?',
    ],
    trust: [
      'Wann haben wir zuletzt offen über KI gesprochen – und wie ist es gelaufen?',
      'Welche Regel zu KI-Werkzeugen und Daten ist euch unklar?',
      'Was sollte die Führung öfter oder deutlicher erklären?',
    ],
    use: [
      'Bei welchen Aufgaben könnte KI euch helfen, wird aber noch nicht genutzt?',
      'Was hält euch davon ab, es auszuprobieren: Zeit, Wissen, Werkzeuge oder Regeln?',
      'Wer im Team könnte anderen zeigen, wie es geht – und wann?',
    ],
    'fear-rules': [
      'Welche Regeln zu KI kennt ihr – und wo wisst ihr nicht, was gilt?',
      'Was habt ihr über geplante Veränderungen gehört, und was davon ist bestätigt?',
      'Wen fragt ihr, wenn ihr unsicher seid, ob etwas erlaubt ist?',
    ],
    hoarding: [
      'Wer hat zuletzt einen KI-Tipp mit dem Team geteilt – und was ist daraus geworden?',
      'Was hält davon ab, Wissen weiterzugeben?',
      'Welcher feste Ort oder Termin würde das Teilen leichter machen?',
    ],
    'gap-widening': [
      'Wie erleben diejenigen, die KI noch nicht nutzen, die anderen – und umgekehrt?',
      'Was brauchen Einsteigerinnen und Einsteiger, um den ersten Schritt zu machen?',
      'Wie verhindern wir, dass wenige alles wissen und die anderen abgehängt werden?',
    ],
    pressure: [
      'Wo spürt ihr Druck, KI zu nutzen, ohne zu wissen, wie?',
      'Wie viel Zeit zum Lernen ist in einer normalen Woche realistisch?',
      'Wer kann bei Fragen weiterhelfen, und wie erreicht man diese Person?',
    ],
    good: [
      'Was hat aus eurer Sicht zu dieser Verbesserung beigetragen?',
      'Was sollten wir auf jeden Fall beibehalten?',
      'Was könnten andere Teams davon lernen?',
    ],
  },
  en: {
    fear: [
      'What worries you most about AI at the moment?',
      'What information are you missing to judge what changes in your work – and what does not?',
      'What would help to talk openly about uncertainty and mistakes with AI?',
    ],
    trust: [
      'When did we last talk openly about AI – and how did it go?',
      'Which rule about AI tools and data is unclear to you?',
      'What should leadership explain more often or more clearly?',
    ],
    use: [
      'Which tasks could AI help with that nobody uses it for yet?',
      'What keeps you from trying: time, knowledge, tools or rules?',
      'Who in the team could show others how it works – and when?',
    ],
    'fear-rules': [
      'Which rules about AI do you know – and where do you not know what applies?',
      'What have you heard about planned changes, and what of it is confirmed?',
      'Whom do you ask when you are unsure whether something is allowed?',
    ],
    hoarding: [
      'Who last shared an AI tip with the team – and what came of it?',
      'What keeps people from passing knowledge on?',
      'Which fixed place or slot would make sharing easier?',
    ],
    'gap-widening': [
      'How do those who do not use AI yet see the others – and the other way round?',
      'What do beginners need to take the first step?',
      'How do we keep a few from knowing everything while the others fall behind?',
    ],
    pressure: [
      'Where do you feel pressure to use AI without knowing how?',
      'How much time for learning is realistic in a normal week?',
      'Who can help with questions, and how do you reach them?',
    ],
    good: [
      'What, in your view, contributed to this improvement?',
      'What should we keep doing?',
      'What could other teams learn from it?',
    ],
  },
};

/** The topic of a finding's questions: its pattern, or the family of its measure; good news has its own. */
export function topicOf(f: { kind: FindingKind; measures: string[]; tone: 'worse' | 'better' }): Topic {
  if (f.tone === 'better') return 'good';
  if (f.kind !== 'change' && f.kind !== 'apart') return f.kind;
  const family = f.measures[0].split('.')[0];
  return family === 'fear' ? 'fear' : family === 'trust' ? 'trust' : 'use';
}

export const questionsFor = (lang: Lang, topic: Topic) => QUESTIONS[lang][topic];

export const guideText: Texts<{
  title: string;
  meta: (area: string, wave: string) => string;
  meaning: string;
  questions: string;
  fit: string;
  noFit: string;
  conversation: string;
  conversationTips: [string, string, string];
  anonymity: (k: number) => string;
  print: string;
  back: string;
  kinds: Record<FindingKind, string>;
}> = {
  de: {
    title: 'Gesprächsleitfaden',
    meta: (area, wave) => `${area} · Welle „${wave}“`,
    meaning: 'Was die Zahl bedeutet',
    questions: 'Drei Fragen an das Team',
    fit: 'Was dazu passt',
    noFit: 'Eine Verbesserung: Hier geht es darum, was beibehalten werden soll.',
    conversation: 'Für das Gespräch',
    conversationTips: [
      'Stellen Sie die Zahl kurz vor und fragen Sie dann, wie das Team sie erlebt – nicht, ob sie stimmt.',
      'Sprechen Sie über Bedingungen und nächste Schritte, nicht über Personen.',
      'Halten Sie eine Vereinbarung fest und tragen Sie sie in Puls als Maßnahme ein: Die nächsten Wellen zeigen, ob sie wirkt.',
    ],
    anonymity: (k) =>
      `Die Zahlen beruhen auf mindestens ${k} Antworten und sagen nichts über einzelne Personen. Bitte fragen Sie nicht, wer wie geantwortet hat, und vermuten Sie es nicht laut.`,
    print: 'Zum Drucken: Strg+P (Mac: ⌘+P). Der Leitfaden passt auf eine A4-Seite.',
    back: 'Zurück zu den Ergebnissen',
    kinds: {
      change:
        'Die Zahl vergleicht die veröffentlichten Ergebnisse dieses Bereichs mit der letzten Welle, in der er veröffentlicht wurde. Das 95-%-Intervall zeigt, wie genau die Veränderung bestimmt ist: Die wahre Veränderung liegt mit hoher Wahrscheinlichkeit darin. Puls nennt sie nur, wenn das Intervall die Null nicht einschließt – auch unter Berücksichtigung, wie viele Werte geprüft wurden.',
      apart:
        'Die Zahl vergleicht diesen Bereich mit allen anderen im Unternehmen in derselben Welle. Ein Unterschied sagt, wo es sich lohnt genauer hinzusehen – nicht, wer „schuld“ ist: Aufgaben und Bedingungen unterscheiden sich.',
      'fear-rules':
        'Angst wächst dort, wo unklar ist, was gilt. Steigen die Sorgen, während die Regeln als weniger klar erlebt werden, hilft meist zuerst Klarheit: Was ist erlaubt, was ändert sich, was nicht – und wen fragt man?',
      hoarding:
        'Nutzen mehr Menschen KI, während weniger Wissen geteilt wird, droht Wissen zur Privatsache zu werden: Wenige wissen viel, andere bleiben zurück, und es entstehen informelle Hierarchien.',
      'gap-widening':
        'Die Werte der KI-Nutzenden und der Nicht-Nutzenden entfernen sich voneinander. Wer schon nutzt, gewinnt Sicherheit; wer nicht nutzt, fällt zurück. Das ist der Anfang informeller Hierarchien.',
      pressure:
        'Druck ohne Anleitung heißt: Es wird erwartet, KI zu nutzen, aber es fehlt an Zeit, Wissen oder Ansprechpersonen. Der Wert liegt über der Mitte der Skala, also stimmen mehr Menschen zu als nicht.',
    },
  },
  en: {
    title: 'Conversation guide',
    meta: (area, wave) => `${area} · wave “${wave}”`,
    meaning: 'What the number means',
    questions: 'Three questions for the team',
    fit: 'What fits',
    noFit: 'An improvement: this is about what to keep.',
    conversation: 'For the conversation',
    conversationTips: [
      'Present the number briefly, then ask how the team experiences it – not whether it is right.',
      'Talk about conditions and next steps, not about people.',
      'Write down one agreement and log it in Puls as an action: the next waves show whether it works.',
    ],
    anonymity: (k) =>
      `The numbers rest on at least ${k} answers and say nothing about individuals. Please do not ask who answered what, and do not guess aloud.`,
    print: 'To print: Ctrl+P (Mac: ⌘+P). The guide fits on one A4 page.',
    back: 'Back to the results',
    kinds: {
      change:
        'The number compares this area’s published results with the last wave in which it was published. The 95% interval shows how precisely the change is known: the true change very likely lies within it. Puls names it only when the interval excludes zero – allowing for how many values were tested.',
      apart:
        'The number compares this area with everyone else in the company in the same wave. A difference says where a closer look pays off – not who is “to blame”: tasks and conditions differ.',
      'fear-rules':
        'Fear grows where nobody knows what applies. When worries rise while the rules feel less clear, clarity usually helps first: what is allowed, what changes, what does not – and whom to ask.',
      hoarding:
        'When more people use AI while less knowledge is shared, knowledge becomes private property: a few know a lot, others fall behind, and informal hierarchies form.',
      'gap-widening':
        'AI users and non-users drift apart. Those who use it gain confidence; those who do not fall behind. This is how informal hierarchies begin.',
      pressure:
        'Pressure without guidance means: people are expected to use AI but lack time, knowledge or someone to ask. The value is above the scale’s midpoint, so more people agree than not.',
    },
  },
};

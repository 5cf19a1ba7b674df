import type { Question } from '../survey/bank.types';
import type { Random } from '../lib/random';
import { uniform } from '../lib/random';
import type { DemoPerson } from './company';

const COMMENTS = {
  de: [
    'Wir bräuchten feste Zeit, um Tools auszuprobieren.',
    'Unklar, welche Daten wir in ChatGPT eingeben dürfen.',
    'Die Schulung letzte Woche war hilfreich.',
    'Einige Kollegen behalten ihre Tricks für sich.',
    'Mehr Beispiele aus unserem Alltag wären gut.',
    'Die Regeln zum Datenschutz sind mir immer noch nicht klar.',
    'Ich würde gern wissen, was mit den eingesparten Stunden passieren soll.',
    'Gut, dass wir offen über Fehler mit KI reden können.',
    'Die Führung sollte öfter erklären, wohin die Reise geht.',
    'Für die Halle fehlen uns passende Anwendungen.',
    'Ein monatlicher Austausch im Team hilft mir sehr.',
    'Manchmal fühle ich mich abgehängt, wenn andere schon so viel damit machen.',
  ],
  en: [
    'We need dedicated time to try tools.',
    'Unclear which data we may put into AI tools.',
    'Last week’s training helped.',
    'A few colleagues keep their tricks to themselves.',
    'Leadership could explain more often where this is heading.',
    'Our monthly exchange in the team helps a lot.',
  ],
};

/** The retrospective's open questions: what works, where it stalls, what support is needed. */
const RETRO: Record<string, { de: string[]; en: string[] }> = {
  'comment.works': {
    de: [
      'Protokolle und Zusammenfassungen gehen mit KI deutlich schneller.',
      'Angebotstexte vorformulieren klappt gut, wir prüfen dann nur noch.',
      'Die Übersetzung von Handbüchern spart uns viel Zeit.',
      'Beim Programmieren hilft der Assistent jeden Tag.',
      'Recherche zu Normen geht schneller, wenn man die Quellen prüft.',
      'Die Prompt-Sammlung im Wiki wird rege genutzt.',
      'E-Mails an Kunden formuliere ich jetzt in der Hälfte der Zeit.',
    ],
    en: ['Meeting notes and summaries are much faster.', 'The coding assistant helps every day.', 'Translating manuals saves a lot of time.'],
  },
  'comment.stalls': {
    de: [
      'Wir wissen nicht, welche Kundendaten wir verwenden dürfen.',
      'Im Tagesgeschäft bleibt keine Zeit zum Ausprobieren.',
      'Die Werkzeuge laufen nicht auf den Rechnern in der Halle.',
      'Es fehlt eine klare Ansage, was erlaubt ist.',
      'Manche Ergebnisse sind falsch und das Nachprüfen kostet Zeit.',
      'Einige behalten ihre Tricks lieber für sich.',
    ],
    en: ['No time to experiment in daily work.', 'Unclear which customer data we may use.', 'Results need a lot of checking.'],
  },
  'comment.support': {
    de: [
      'Kurze Schulungen direkt am Arbeitsplatz wären hilfreich.',
      'Eine feste Ansprechperson pro Bereich.',
      'Eine Stunde pro Woche zum Lernen, offiziell eingeplant.',
      'Beispiele aus unserem Alltag statt allgemeiner Vorträge.',
      'Klare Regeln zum Datenschutz auf einer Seite.',
      'Zugang zu den Werkzeugen auch für die Produktion.',
    ],
    en: ['Short hands-on training at the workplace.', 'One hour a week set aside for learning.', 'A clear one-page data policy.'],
  },
};

/** A noisy 1–5 answer around a mean. */
function likert(random: Random, mean: number, spread = 0.8): number {
  const noise = (uniform(random) + uniform(random) + uniform(random) - 1.5) * spread * 1.6;
  return Math.min(5, Math.max(1, Math.round(mean + noise)));
}

/** Plausible answers for one person in wave number `wave` (0 = oldest), driven by the team's mood and drift. */
export function demoAnswers(random: Random, questions: readonly Question[], person: DemoPerson, wave: number) {
  const t = person.team;
  const bonus = person.role === 'champion' ? 0.5 : person.role === 'power' ? 0.25 : 0;
  const lift = t.lift && wave >= t.lift.from ? t.lift : { trust: 0, fear: 0 };
  const trust = t.trust + t.drift * wave + bonus + lift.trust;
  const fear = t.fear - t.drift * wave * 0.8 - bonus - lift.fear;
  const use = t.use + t.drift * wave * 1.2 + bonus * 2;
  const setback = t.setback && wave >= t.setback.from ? t.setback : { fear: 0, rules: 0 };
  const answers: Record<string, number | string> = {};
  const pick = <T,>(list: readonly T[]) => list[Math.floor(uniform(random) * list.length)];
  for (const q of questions) {
    if (q.kind === 'text') {
      const retro = RETRO[q.id];
      // The demo's comments are German and English; people reading another language write in German here.
      const lang = person.language === 'en' ? 'en' : 'de';
      if (uniform(random) < (retro ? 0.4 : 0.25)) answers[q.id] = pick(retro ? retro[lang] : COMMENTS[lang]);
      continue;
    }
    if (q.construct === 'maturity' || q.construct === 'kpi') {
      // Maturity and benefit follow use: a team that uses AI daily is further along and saves more time.
      const options = q.options ?? [];
      const position = (use - 1) / 4 + (q.facet === 'sharing' ? bonus / 2 : 0);
      const index = Math.round(position * (options.length - 1) + (uniform(random) - 0.5) * 1.2);
      answers[q.id] = options[Math.min(options.length - 1, Math.max(0, index))].value;
      continue;
    }
    if (q.kind === 'choice') {
      const options = q.options ?? [];
      const index = Math.min(options.length - 1, Math.max(0, likert(random, use, 1) - 1));
      answers[q.id] = options[index].value;
      continue;
    }
    let mean = trust;
    if (q.construct === 'fear') mean = fear + (q.facet === 'job' || q.facet === 'pressure' ? setback.fear : 0);
    else if (q.facet === 'rules') mean = trust - setback.rules;
    else if (q.facet === 'potential') mean = 3.9 + bonus / 2;
    else if (q.facet === 'knowledge' || q.facet === 'motivation') mean = (trust + use) / 2;
    else if (q.facet === 'time' || q.facet === 'help') mean = trust - 0.4;
    const value = likert(random, mean);
    answers[q.id] = q.reversed ? 6 - value : value;
  }
  return answers;
}

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
  ],
  en: [
    'We need dedicated time to try tools.',
    'Unclear which data we may put into AI tools.',
    'Last week’s training helped.',
    'A few colleagues keep their tricks to themselves.',
  ],
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
  const trust = t.trust + t.drift * wave + bonus;
  const fear = t.fear - t.drift * wave * 0.8 - bonus;
  const use = t.use + t.drift * wave * 1.2 + bonus * 2;
  const answers: Record<string, number | string> = {};
  for (const q of questions) {
    if (q.kind === 'text') {
      if (uniform(random) < 0.25) {
        const list = COMMENTS[person.language];
        answers[q.id] = list[Math.floor(uniform(random) * list.length)];
      }
      continue;
    }
    if (q.kind === 'choice') {
      const options = q.options ?? [];
      const index = Math.min(options.length - 1, Math.max(0, likert(random, use, 1) - 1));
      answers[q.id] = options[index].value;
      continue;
    }
    let mean = trust;
    if (q.construct === 'fear') mean = fear;
    else if (q.facet === 'potential') mean = 3.9 + bonus / 2;
    else if (q.facet === 'knowledge' || q.facet === 'motivation') mean = (trust + use) / 2;
    else if (q.facet === 'time' || q.facet === 'help') mean = trust - 0.4;
    const value = likert(random, mean);
    answers[q.id] = q.reversed ? 6 - value : value;
  }
  return answers;
}

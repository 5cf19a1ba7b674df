import { measureName, signedText, unitWord, valueText, intervalText } from '../actions/format';
import type { Lang, Texts } from '../lib/i18n';
import type { FindingKind } from './findings';

/** What a sentence about a finding needs besides the numbers: where, and since which wave. */
export interface FindingContext {
  team: string;
  /** The company itself: "in the company" instead of "in <team>". */
  isCompany: boolean;
  since?: string;
}

export interface FindingFacts {
  kind: FindingKind;
  measures: string[];
  direction: 'up' | 'down';
  effect: number;
  low: number;
  high: number;
  value: number;
  compared: number;
  other?: { measure: string; effect: number } | null;
}

const quote = (lang: Lang, s: string) => (lang === 'de' ? `„${s}“` : `“${s}”`);

/** "+22 Punkte, 95-%-Intervall +16 bis +28": a difference with its unit and interval. */
function sized(lang: Lang, measure: string, f: FindingFacts) {
  const ci = intervalText(lang, measure, f.low, f.high);
  return lang === 'de'
    ? `${signedText(lang, measure, f.effect)} ${unitWord(lang, measure)}, 95-%-Intervall ${ci}`
    : `${signedText(lang, measure, f.effect)} ${unitWord(lang, measure)}, 95% interval ${ci}`;
}

const where = (lang: Lang, c: FindingContext) => (c.isCompany ? (lang === 'de' ? 'im Unternehmen' : 'in the company') : `in ${c.team}`);
const Where = (lang: Lang, c: FindingContext) => where(lang, c).replace(/^./, (x) => x.toUpperCase());

/** A short title for lists and mail subjects. */
export function findingTitle(lang: Lang, f: FindingFacts): string {
  const m = measureName(lang, f.measures[0]);
  const de = lang === 'de';
  switch (f.kind) {
    case 'fear-rules':
      return de ? 'Warnsignal: Sorgen steigen, Regeln werden unklarer' : 'Warning sign: worries rise as rules grow unclear';
    case 'hoarding':
      return de ? 'Warnsignal: mehr Nutzung, weniger geteiltes Wissen' : 'Warning sign: more use, less knowledge shared';
    case 'gap-widening':
      return de ? 'Warnsignal: Nutzer und Nicht-Nutzer driften auseinander' : 'Warning sign: users and non-users drift apart';
    case 'pressure':
      return de ? 'Warnsignal: hoher Druck ohne Anleitung' : 'Warning sign: high pressure without guidance';
    case 'apart':
      return de ? `${m}: ${f.direction === 'up' ? 'höher' : 'niedriger'} als im übrigen Unternehmen` : `${m}: ${f.direction === 'up' ? 'higher' : 'lower'} than in the rest of the company`;
    default:
      return de ? `${m}: ${f.direction === 'up' ? 'gestiegen' : 'gesunken'}` : `${m}: ${f.direction === 'up' ? 'up' : 'down'}`;
  }
}

/** The finding in one or two plain sentences, with its numbers. */
export function findingText(lang: Lang, f: FindingFacts, c: FindingContext): string {
  const de = lang === 'de';
  const [first] = f.measures;
  const m = measureName(lang, first);
  const v = (measure: string, x: number) => valueText(lang, measure, x);
  const since = c.since ? quote(lang, c.since) : de ? 'der letzten Welle' : 'the last wave';
  const rose = f.direction === 'up';
  const otherChange = f.other ? `${signedText(lang, f.other.measure, f.other.effect)} ${unitWord(lang, f.other.measure)}` : '';
  switch (f.kind) {
    case 'change':
      return de
        ? `${Where(lang, c)} ist der Wert ${quote(lang, m)} seit ${since} von ${v(first, f.compared)} auf ${v(first, f.value)} ${rose ? 'gestiegen' : 'gesunken'} (${sized(lang, first, f)}).`
        : `${Where(lang, c)}, ${quote(lang, m)} ${rose ? 'rose' : 'fell'} from ${v(first, f.compared)} to ${v(first, f.value)} since ${since} (${sized(lang, first, f)}).`;
    case 'apart':
      return de
        ? `${Where(lang, c)} liegt der Wert ${quote(lang, m)} bei ${v(first, f.value)}, im übrigen Unternehmen bei ${v(first, f.compared)} (${sized(lang, first, f)}).`
        : `${Where(lang, c)}, ${quote(lang, m)} stands at ${v(first, f.value)}, against ${v(first, f.compared)} in the rest of the company (${sized(lang, first, f)}).`;
    case 'fear-rules': {
      const fearFirst = first === 'fear';
      const fear = fearFirst ? sized(lang, 'fear', f) : otherChange;
      const rules = fearFirst ? otherChange : sized(lang, 'trust.rules', f);
      return de
        ? `${Where(lang, c)} steigen seit ${since} die Sorgen (${fear}), während die Regeln als weniger klar erlebt werden (${rules}). Wo unklar ist, was gilt, wächst die Angst.`
        : `${Where(lang, c)}, worries have risen since ${since} (${fear}) while the rules feel less clear (${rules}). Where nobody knows what applies, fear grows.`;
    }
    case 'hoarding': {
      const sharingFirst = first === 'trust.sharing';
      const sharing = sharingFirst ? sized(lang, first, f) : otherChange;
      const adoption = sharingFirst ? otherChange : sized(lang, first, f);
      return de
        ? `${Where(lang, c)} nutzen seit ${since} mehr Menschen KI (${adoption}), aber Wissen wird weniger geteilt (${sharing}). Wissen droht zur Privatsache zu werden.`
        : `${Where(lang, c)}, more people use AI since ${since} (${adoption}), but knowledge is shared less (${sharing}). Knowledge is becoming private property.`;
    }
    case 'gap-widening':
      return de
        ? `Beim Wert ${quote(lang, m)} liegen KI-Nutzende und Nicht-Nutzende jetzt ${v(first, f.value)} Punkte auseinander, in ${since} waren es ${v(first, f.compared)} (${sized(lang, first, f)}). So entstehen informelle Hierarchien.`
        : `On ${quote(lang, m)}, AI users and non-users are now ${v(first, f.value)} points apart; in ${since} it was ${v(first, f.compared)} (${sized(lang, first, f)}). This is how informal hierarchies form.`;
    case 'pressure': {
      const by = otherChange.replace(/^\+/, '');
      const rising = f.other ? (de ? ` und seit ${since} um ${by} gestiegen` : `, up ${by} since ${since}`) : '';
      return de
        ? `Druck ohne Anleitung ist ${where(lang, c)} hoch: ${v(first, f.value)} von 100, über der Mitte der Skala (${sized(lang, first, f)})${rising}.`
        : `Pressure without guidance is high ${where(lang, c)}: ${v(first, f.value)} out of 100, above the scale's midpoint (${sized(lang, first, f)})${rising}.`;
    }
  }
}

export const insightsText: Texts<{
  title: string;
  intro: (wave: string) => string;
  none: string;
  noneSuppressed: string;
  notYet: string;
  more: (n: number) => string;
  chart: string;
  logAction: string;
  guide: string;
  suggested: string;
  team: string;
  company: string;
  home: {
    next: string;
    nextAt: (date: string) => string;
    noSchedule: string;
    schedule: string;
    companyTitle: string;
    companyNone: string;
    urgent: string;
    urgentNone: string;
    concerns: (n: number) => string;
  };
}> = {
  de: {
    title: 'Was sich zeigt',
    intro: (wave) => `Aus der Welle ${quote('de', wave)}: nur was über die Unsicherheit der Zahlen hinausgeht.`,
    none: 'Keine Veränderung und kein Unterschied, der über die Unsicherheit der Zahlen hinausgeht.',
    noneSuppressed: 'In der letzten Welle wurde für diesen Bereich nichts veröffentlicht, daher gibt es keine Befunde.',
    notYet: 'Die Befunde dieser Welle werden gerade berechnet.',
    more: (n) => `${n} weitere ${n === 1 ? 'Befund' : 'Befunde'}`,
    chart: 'Zum Diagramm',
    logAction: 'Maßnahme eintragen',
    guide: 'Gesprächsleitfaden',
    suggested: 'Passende Maßnahmen',
    team: 'Bereich',
    company: 'Gesamtes Unternehmen',
    home: {
      next: 'Nächste Welle',
      nextAt: (date) => `Beginnt am ${date}.`,
      noSchedule: 'Kein Rhythmus festgelegt: Wellen starten nur von Hand.',
      schedule: 'Rhythmus festlegen',
      companyTitle: 'Im ganzen Unternehmen',
      companyNone: 'Für das Unternehmen als Ganzes geht nichts über die Unsicherheit der Zahlen hinaus.',
      urgent: 'Teams mit den dringendsten Befunden',
      urgentNone: 'Kein Team hat einen Befund, der Aufmerksamkeit verlangt.',
      concerns: (n) => (n === 1 ? '1 Befund' : `${n} Befunde`),
    },
  },
  en: {
    title: 'What stands out',
    intro: (wave) => `From the wave ${quote('en', wave)}: only what goes beyond the uncertainty of the numbers.`,
    none: 'No change and no difference beyond the uncertainty of the numbers.',
    noneSuppressed: 'Nothing was published for this area in the last wave, so there are no findings.',
    notYet: 'The findings of this wave are being computed.',
    more: (n) => `${n} more ${n === 1 ? 'finding' : 'findings'}`,
    chart: 'See the chart',
    logAction: 'Log an action',
    guide: 'Conversation guide',
    suggested: 'Fitting actions',
    team: 'Area',
    company: 'Whole company',
    home: {
      next: 'Next wave',
      nextAt: (date) => `Starts on ${date}.`,
      noSchedule: 'No cadence set: waves start by hand only.',
      schedule: 'Set a cadence',
      companyTitle: 'Across the company',
      companyNone: 'For the company as a whole, nothing goes beyond the uncertainty of the numbers.',
      urgent: 'Teams with the most urgent findings',
      urgentNone: 'No team has a finding that calls for attention.',
      concerns: (n) => (n === 1 ? '1 finding' : `${n} findings`),
    },
  },
};

import type { Texts } from '../lib/i18n';

/** The measures a page shows; `adoption` is the `adopter` measure as a share. */
export type Metric = 'trust' | 'fear' | 'gap' | 'adoption';

/** The results pages' words. Reasons for suppression come from `reasonText`, shared with the API. */
export const pagesText: Texts<{
  title: string;
  heading: (team: string) => string;
  breadcrumb: string;
  noWaves: string;
  latest: (wave: string, date: string) => string;
  latestSuppressed: (wave: string, reason: string, shownWave: string) => string;
  nothingPublished: string;
  metric: Record<Metric, string>;
  short: Record<Metric | 'respondents', string>;
  about: Record<'trust' | 'fear' | 'gap', string>;
  respondents: string;
  responseRate: string;
  ofInvited: (responded: string, invited: string) => string;
  humanGap: string;
  systemGap: string;
  keyFigures: string;
  trends: string;
  trendsIntro: string;
  chartSummary: (metric: string, waves: number, latest: string, suppressed: number) => string;
  chartLatest: (value: string, low: string, high: string, wave: string) => string;
  legend: { value: string; band: string; suppressed: string; change: string };
  cols: { wave: string; value: string; interval: string; respondents: string; change: string; rate: string; measure: string };
  tableCaption: (metric: string) => string;
  moreCaption: string;
  suppressed: (reason: string) => string;
  change: { up: string; down: string; none: string };
  facets: string;
  facetsIntro: (wave: string) => string;
  facetNames: Record<string, string>;
  heatmap: string;
  heatmapIntro: (wave: string) => string;
  heatmapLegend: { worse: string; better: string; note: string };
  heatmapTruncated: (shown: number, all: number) => string;
  team: string;
  higherBetter: string;
  lowerBetter: string;
  roles: string;
  rolesIntro: (wave: string) => string;
  roleNames: Record<'basic' | 'power' | 'champion', string>;
  role: string;
  split: string;
  splitIntro: (wave: string) => string;
  splitAbsent: (k: number) => string;
  comparisons: string;
  companyOnly: string;
  leftOut: (n: string, k: number) => string;
  adopters: string;
  nonusers: string;
  nobody: string;
  running: string;
  runningRate: (rate: string, responded: string, invited: string) => string;
  runningSuppressed: (k: number) => string;
  runningNone: string;
  runningMeta: (title: string, closes: string) => string;
  scrollTable: string;
  explain: (k: number) => string;
}> = {
  de: {
    title: 'Ergebnisse',
    heading: (team) => `Ergebnisse: ${team}`,
    breadcrumb: 'Teamebene',
    noWaves: 'Noch keine abgeschlossene Welle. Ergebnisse gibt es, sobald die erste Welle beendet ist.',
    latest: (wave, date) => `Letzte abgeschlossene Welle: ${wave} (beendet ${date}).`,
    latestSuppressed: (wave, reason, shown) => `In der letzten Welle (${wave}) nicht veröffentlicht: ${reason}. Die Kennzahlen stammen aus ${shown}.`,
    nothingPublished: 'Für dieses Team wurde bisher in keiner Welle etwas veröffentlicht: in keiner Welle gab es genug Antworten (siehe Tabellen).',
    metric: { trust: 'Vertrauen', fear: 'Sorgen', gap: 'KI-Lücke', adoption: 'Nutzungsquote' },
    short: { trust: 'Vertrauen', fear: 'Sorgen', gap: 'KI-Lücke', adoption: 'Nutzung', respondents: 'Antworten' },
    about: {
      trust: '0–100, höher ist besser: offen fragen dürfen, klare Regeln, erklärte Ziele, geteiltes Wissen.',
      fear: '0–100, höher heißt mehr Sorgen: um den Arbeitsplatz, zurückzufallen, Lücken zu zeigen, Druck, Fehler.',
      gap: 'Gesehenes Potenzial minus tatsächliche Nutzung (−100 bis 100); kleiner ist besser.',
    },
    respondents: 'Antworten',
    responseRate: 'Rücklauf',
    ofInvited: (r, i) => `${r} von ${i}`,
    humanGap: 'Menschliche Lücke (Wissen, Motivation, Vertrauen)',
    systemGap: 'Strukturelle Lücke (Regeln, Zeit, Unterstützung)',
    keyFigures: 'Kennzahlen',
    trends: 'Verlauf über alle Wellen',
    trendsIntro:
      'Die Linie zeigt den Wert, das Band das 95-%-Intervall. ▲/▼ markiert nur Veränderungen, die größer als ihre Unsicherheit sind.',
    chartSummary: (m, n, latest, s) =>
      `${m} über ${n} ${n === 1 ? 'Welle' : 'Wellen'}. ${latest}${s > 0 ? ` ${s} ${s === 1 ? 'Welle ist' : 'Wellen sind'} nicht veröffentlicht.` : ''} Die Zahlen stehen in der Tabelle darunter.`,
    chartLatest: (v, lo, hi, w) => `Zuletzt ${v} (95-%-Intervall ${lo} bis ${hi}) in ${w}.`,
    legend: { value: 'Wert', band: '95-%-Intervall', suppressed: 'nicht veröffentlicht', change: 'deutliche Veränderung' },
    cols: {
      wave: 'Welle',
      value: 'Wert',
      interval: '95-%-Intervall',
      respondents: 'Antworten',
      change: 'Veränderung',
      rate: 'Rücklauf',
      measure: 'Kennzahl',
    },
    tableCaption: (m) => `${m} je Welle`,
    moreCaption: 'Beteiligung, Nutzung und die beiden Lücken je Welle',
    suppressed: (reason) => `nicht veröffentlicht: ${reason}`,
    change: { up: 'deutlich gestiegen', down: 'deutlich gesunken', none: 'keine deutliche Veränderung' },
    facets: 'Einzelne Aspekte',
    facetsIntro: (w) => `Aus ${w}; die dünne Linie zeigt das 95-%-Intervall.`,
    facetNames: {
      'trust.safety': 'Offen fragen und Fehler zugeben',
      'trust.rules': 'Klare Regeln (Werkzeuge, Daten)',
      'trust.transparency': 'Führung erklärt das Warum',
      'trust.sharing': 'Wissen wird offen geteilt',
      'trust.support': 'KI soll Menschen unterstützen',
      'fear.job': 'Um den Arbeitsplatz',
      'fear.behind': 'Zurückzufallen',
      'fear.gaps': 'Lücken zu zeigen',
      'fear.pressure': 'Druck ohne Anleitung',
      'fear.mistakes': 'Fehler mit KI',
      'gap.potential': 'Gesehenes Potenzial',
      'gap.use': 'Tatsächliche Nutzung',
      'gap.human': 'Menschliche Lücke',
      'gap.system': 'Strukturelle Lücke',
    },
    heatmap: 'Teams im Vergleich',
    heatmapIntro: (w) => `${w}: jedes Team mit allen Teams darunter. Farbe und Zahl zeigen dasselbe.`,
    heatmapLegend: { worse: 'ungünstiger', better: 'günstiger', note: 'Schraffiert: nicht veröffentlicht, mit Grund.' },
    heatmapTruncated: (shown, all) => `Gezeigt werden ${shown} von ${all} Teams (die oberen Ebenen). Öffnen Sie ein Team für seine Unterteams.`,
    team: 'Team',
    higherBetter: 'höher ist besser',
    lowerBetter: 'niedriger ist besser',
    roles: 'Rollen',
    rolesIntro: (w) => `${w}, nach KI-Rolle.`,
    roleNames: { basic: 'Basis-Nutzer', power: 'Power-User', champion: 'KI-Champion' },
    role: 'Rolle',
    split: 'Nutzende und Nicht-Nutzende',
    splitIntro: (w) => `${w}: wer KI wöchentlich oder täglich nutzt, verglichen mit denen, die sie nie oder nur zum Ausprobieren genutzt haben.`,
    splitAbsent: (k) => `In dieser Welle nicht gezeigt: Der Vergleich ließe Rückschlüsse auf weniger als ${k} Personen zu.`,
    comparisons: 'Rollen und KI-Nutzung im Vergleich',
    companyOnly:
      'Vergleiche nach KI-Rolle und zwischen Nutzenden und Nicht-Nutzenden gibt es nur für das ganze Unternehmen: In kleineren Einheiten ließen sich die Gruppen sonst auf einzelne Personen eingrenzen.',
    leftOut: (n, k) => `${n} Antworten aus Gruppen mit weniger als ${k} Antworten sind in keiner Zahl dieser Welle enthalten.`,
    adopters: 'Nutzende',
    nonusers: 'Nicht-Nutzende',
    nobody: 'niemand in dieser Gruppe',
    running: 'Laufende Welle (ganzes Unternehmen)',
    runningRate: (rate, r, i) => `Rücklauf bisher ${rate} (${r} von ${i} Eingeladenen).`,
    runningSuppressed: (k) => `Rücklauf noch nicht gezeigt: bisher weniger als ${k} Antworten.`,
    runningNone: 'Zurzeit läuft keine Welle.',
    runningMeta: (title, closes) => `${title}, endet ${closes}.`,
    scrollTable: 'Tabelle, seitlich scrollbar',
    explain: (k) =>
      `Jede Zahl beruht auf mindestens ${k} Antworten, und keine Kombination von Zahlen – auch nicht über mehrere Wellen – lässt Rückschlüsse auf weniger Personen zu. Antworten aus Gruppen unter ${k} zählen in der nächsthöheren Einheit mit. Ausgeblendete Werte sind schraffiert und nennen den Grund.`,
  },
  en: {
    title: 'Results',
    heading: (team) => `Results: ${team}`,
    breadcrumb: 'Team level',
    noWaves: 'No wave has closed yet. Results appear once the first wave has ended.',
    latest: (wave, date) => `Latest closed wave: ${wave} (ended ${date}).`,
    latestSuppressed: (wave, reason, shown) => `Not published in the latest wave (${wave}): ${reason}. The figures are from ${shown}.`,
    nothingPublished: 'Nothing has been published for this team in any wave yet: no wave had enough answers (see the tables).',
    metric: { trust: 'Trust', fear: 'Fear', gap: 'GenAI gap', adoption: 'Adoption rate' },
    short: { trust: 'Trust', fear: 'Fear', gap: 'Gap', adoption: 'Adoption', respondents: 'Respondents' },
    about: {
      trust: '0–100, higher is better: safe to ask, clear rules, explained goals, shared knowledge.',
      fear: '0–100, higher means more fear: for one’s job, of falling behind, of showing gaps, pressure, mistakes.',
      gap: 'Potential seen minus actual use (−100 to 100); smaller is better.',
    },
    respondents: 'Respondents',
    responseRate: 'Response rate',
    ofInvited: (r, i) => `${r} of ${i}`,
    humanGap: 'Human gap (knowledge, motivation, trust)',
    systemGap: 'System gap (rules, time, support)',
    keyFigures: 'Key figures',
    trends: 'Trend over all waves',
    trendsIntro: 'The line shows the value, the band its 95% interval. ▲/▼ marks only changes larger than their uncertainty.',
    chartSummary: (m, n, latest, s) =>
      `${m} over ${n} ${n === 1 ? 'wave' : 'waves'}. ${latest}${s > 0 ? ` ${s} ${s === 1 ? 'wave is' : 'waves are'} not published.` : ''} The numbers are in the table below.`,
    chartLatest: (v, lo, hi, w) => `Latest ${v} (95% interval ${lo} to ${hi}) in ${w}.`,
    legend: { value: 'value', band: '95% interval', suppressed: 'not published', change: 'clear change' },
    cols: {
      wave: 'Wave',
      value: 'Value',
      interval: '95% interval',
      respondents: 'Respondents',
      change: 'Change',
      rate: 'Response rate',
      measure: 'Measure',
    },
    tableCaption: (m) => `${m} per wave`,
    moreCaption: 'Participation, adoption and the two gaps per wave',
    suppressed: (reason) => `not published: ${reason}`,
    change: { up: 'rose clearly', down: 'fell clearly', none: 'no clear change' },
    facets: 'Facets',
    facetsIntro: (w) => `From ${w}; the thin line shows the 95% interval.`,
    facetNames: {
      'trust.safety': 'Safe to ask and admit mistakes',
      'trust.rules': 'Clear rules (tools, data)',
      'trust.transparency': 'Leadership explains why',
      'trust.sharing': 'Knowledge shared openly',
      'trust.support': 'AI meant to support people',
      'fear.job': 'For one’s job',
      'fear.behind': 'Of falling behind',
      'fear.gaps': 'Of showing gaps',
      'fear.pressure': 'Pressure without guidance',
      'fear.mistakes': 'Of mistakes with AI',
      'gap.potential': 'Potential seen',
      'gap.use': 'Actual use',
      'gap.human': 'Human gap',
      'gap.system': 'System gap',
    },
    heatmap: 'Teams side by side',
    heatmapIntro: (w) => `${w}: each team with all teams below it. Colour and number say the same.`,
    heatmapLegend: { worse: 'less favourable', better: 'more favourable', note: 'Hatched: not published, with the reason.' },
    heatmapTruncated: (shown, all) => `Showing ${shown} of ${all} teams (the upper levels). Open a team to see the teams below it.`,
    team: 'Team',
    higherBetter: 'higher is better',
    lowerBetter: 'lower is better',
    roles: 'Roles',
    rolesIntro: (w) => `${w}, by AI role.`,
    roleNames: { basic: 'Basic user', power: 'Power user', champion: 'AI champion' },
    role: 'Role',
    split: 'Adopters and non-users',
    splitIntro: (w) => `${w}: people who use AI weekly or daily, compared with those who never used it or only tried it.`,
    splitAbsent: (k) => `Not shown in this wave: the comparison would allow conclusions about fewer than ${k} people.`,
    comparisons: 'Roles and AI use compared',
    companyOnly:
      'Comparisons by AI role and between adopters and non-users are shown for the whole company only: in smaller units the groups could otherwise be narrowed down to individuals.',
    leftOut: (n, k) => `${n} answers from groups with fewer than ${k} answers are in no figure of this wave.`,
    adopters: 'Adopters',
    nonusers: 'Non-users',
    nobody: 'nobody in this group',
    running: 'Running wave (whole company)',
    runningRate: (rate, r, i) => `Response rate so far ${rate} (${r} of ${i} invited).`,
    runningSuppressed: (k) => `Response rate not shown yet: fewer than ${k} answers so far.`,
    runningNone: 'No wave is running at the moment.',
    runningMeta: (title, closes) => `${title}, closes ${closes}.`,
    scrollTable: 'Table, scrolls sideways',
    explain: (k) =>
      `Every figure rests on at least ${k} answers, and no combination of figures – across waves too – allows conclusions about fewer people. Answers from groups under ${k} count in the next larger unit. Hidden values are hatched and give the reason.`,
  },
};

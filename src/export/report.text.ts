import type { Texts } from '../lib/i18n';

/** The printable report's words. Measure names, roles and reasons come from export.text.ts. */
export interface ReportText {
  title: string;
  subtitle: (quarter: string) => string;
  quarterName: (year: number, q: number) => string;
  period: (from: string, to: string) => string;
  generated: (date: string) => string;
  kInForce: (k: number, kComments: number) => string;
  wavesIncluded: string;
  retrospectiveWave: string;
  toolbar: { print: string; csvDe: string; csvEn: string; json: string };
  sections: { summary: string; kpis: string; charts: string; teams: string; roles: string; comments: string; anonymity: string };
  summary: {
    participation: (waves: number, retro: number, perWave: string, rate: string | null) => string;
    participationSuppressed: string;
    noPrevious: string;
    rose: (items: string) => string;
    fell: (items: string) => string;
    noChange: string;
    change: (label: string, from: string, to: string) => string;
    gapWidened: (items: string) => string;
    gapNarrowed: (items: string) => string;
    gapSteady: string;
    teamsGapWidened: (teams: string) => string;
    fearTrust: (teams: string) => string;
    fearTrustNone: string;
    fearTrustRule: string;
    adoption: (share: string) => string;
    adoptionWithheld: (reason: string) => string;
    hours: (hours: string, low: string, high: string, tasks: string | null) => string;
    maturity: (best: string, bestLevel: string, worst: string, worstLevel: string) => string;
    notAsked: string;
    method: string;
  };
  kpiCols: { measure: string; quarter: string; previous: string; change: string };
  meanLevel: (level: string) => string;
  change: { up: string; down: string; none: string; na: string };
  charts: {
    trendTitle: string;
    trendIntro: string;
    previousQuarter: string;
    thisQuarter: string;
    suppressed: string;
    interval: string;
    quarterMean: string;
    maturityProfile: string;
    maturityProfileIntro: string;
    maturityLevels: string;
    maturityLevelsIntro: (k: number) => string;
    companyLevelsWithheld: (reason: string) => string;
    levelsByTeam: string;
    levelsNote: string;
    noLevels: string;
    withheld: string;
  };
  teams: {
    intro: string;
    team: string;
    answers: string;
    shownIn: (published: number, of: number) => string;
    partial: string;
    suppressedTitle: string;
    noneSuppressed: string;
    reason: string;
    rolesIntro: string;
    role: string;
  };
  comments: { intro: (kComments: number) => string; none: string; withheld: (reason: string) => string };
  anonymity: (k: number, kComments: number) => string[];
}

export const reportText: Texts<ReportText> = {
  de: {
    title: 'KI-Quartalsrückblick',
    subtitle: (q) => `Ergebnisse der Puls-Befragung ${q}`,
    quarterName: (y, q) => `${q}. Quartal ${y}`,
    period: (from, to) => `Zeitraum: ${from} bis ${to}`,
    generated: (d) => `Erstellt am ${d}`,
    kInForce: (k, kc) => `Zahlen nur für Gruppen ab ${k} Personen, Kommentare ab ${kc} Personen.`,
    wavesIncluded: 'Ausgewertete Wellen',
    retrospectiveWave: 'mit Quartalsrückblick',
    toolbar: { print: 'Zum Drucken oder Speichern als PDF: Strg+P bzw. ⌘P (Format A4).', csvDe: 'CSV für Excel (deutsch)', csvEn: 'CSV (englisch)', json: 'JSON' },
    sections: {
      summary: 'Zusammenfassung',
      kpis: 'Kennzahlen des Unternehmens',
      charts: 'Verlauf und Reifegrad',
      teams: 'Ergebnisse nach Teams',
      roles: 'Ergebnisse nach Rollen',
      comments: 'Kommentare',
      anonymity: 'So ist die Anonymität geschützt',
    },
    summary: {
      participation: (w, r, per, rate) =>
        `Ausgewertet wurden ${w} ${w === 1 ? 'Welle' : 'Wellen'}${r > 0 ? `, davon ${r} mit Quartalsrückblick` : ''}. Im Schnitt antworteten ${per} Personen pro Welle${rate ? ` (${rate} der Eingeladenen)` : ''}.`,
      participationSuppressed: 'Für das gesamte Unternehmen sind in diesem Quartal keine Zahlen veröffentlicht.',
      noPrevious: 'Für das Vorquartal liegen keine Ergebnisse vor; Veränderungen lassen sich noch nicht beurteilen.',
      rose: (items) => `Gestiegen gegenüber dem Vorquartal: ${items}.`,
      fell: (items) => `Gesunken gegenüber dem Vorquartal: ${items}.`,
      noChange: 'Gegenüber dem Vorquartal hat sich keine Kennzahl stärker verändert, als es der Zufall erklären könnte.',
      change: (label, from, to) => `${label} (von ${from} auf ${to})`,
      gapWidened: (items) => `Die Lücke ist gewachsen: ${items}.`,
      gapNarrowed: (items) => `Die Lücke ist kleiner geworden: ${items}.`,
      gapSteady: 'Die KI-Lücke hat sich im Unternehmen nicht messbar verändert.',
      teamsGapWidened: (teams) => `Gewachsen ist die KI-Lücke in: ${teams}.`,
      fearTrust: (teams) => `Hohe Sorgen bei niedrigem Vertrauen zeigen: ${teams}. Hier lohnt sich das Gespräch zuerst.`,
      fearTrustNone: 'Keine veröffentlichte Gruppe zeigt zugleich hohe Sorgen und niedriges Vertrauen.',
      fearTrustRule: '„Hohe Sorgen“ heißt: Sorgen-Wert ab 50; „niedriges Vertrauen“: Vertrauens-Wert unter 50 (Skala 0–100).',
      adoption: (s) => `${s} der Antwortenden nutzen KI wöchentlich oder täglich.`,
      adoptionWithheld: (reason) => `Die Nutzungsquote wird nicht gezeigt: ${reason}.`,
      hours: (h, lo, hi, tasks) =>
        `Nach eigener Einschätzung spart KI im Schnitt ${h} Stunden pro Woche (95-%-Intervall ${lo} bis ${hi})${tasks ? ` und hilft bei ${tasks} wiederkehrenden Aufgaben` : ''}.`,
      maturity: (b, bl, w, wl) => `Beim Reifegrad ist ${b} am weitesten (Ø Stufe ${bl}), ${w} am wenigsten entwickelt (Ø Stufe ${wl}).`,
      notAsked: 'In diesem Quartal gab es keine Welle mit Quartalsrückblick: Reifegrad, gesparte Zeit und offene Fragen fehlen.',
      method:
        'Als Veränderung gilt nur, was über die statistische Unsicherheit hinausgeht (Welch-Test, 5 %). Quartalswerte fassen alle veröffentlichten Wellen zusammen; weil viele Personen mehrfach antworten, rechnen Intervalle und Tests mit der Größe einer Welle.',
    },
    kpiCols: { measure: 'Kennzahl', quarter: 'Dieses Quartal', previous: 'Vorquartal', change: 'Veränderung' },
    meanLevel: (l) => `Ø Stufe ${l}`,
    change: { up: '▲ gestiegen', down: '▼ gesunken', none: 'nicht messbar', na: '–' },
    charts: {
      trendTitle: 'Vertrauen, Sorgen und KI-Lücke je Welle',
      trendIntro:
        'Punkte: Wert der Welle, Linie: 95-%-Intervall, nach dem Tag des Endes angeordnet. Waagerechte Linie: Mittel des Quartals. Grau gestrichelt: Vorquartal. Ein Strich unten: in dieser Welle nicht veröffentlicht.',
      previousQuarter: 'Vorquartal',
      thisQuarter: 'Dieses Quartal',
      suppressed: 'nicht veröffentlicht',
      interval: '95-%-Intervall',
      quarterMean: 'Quartalsmittel',
      maturityProfile: 'Reifegrad je Dimension (Durchschnittsstufe)',
      maturityProfileIntro: 'Durchschnittliche Stufe (1 bis 3) je Dimension mit 95-%-Intervall; hohler Kreis: Vorquartal.',
      maturityLevels: 'Verteilung auf die Stufen',
      maturityLevelsIntro: (k) =>
        `Eine Verteilung ist eine Aufteilung der Antwortenden. Sie wird nur gezeigt, wo in jeder zugrunde liegenden Gruppe jede Stufe von keiner oder von mindestens ${k} Personen gewählt wurde.`,
      companyLevelsWithheld: (r) => `Für das gesamte Unternehmen wird keine Verteilung gezeigt (${r}). Der Durchschnitt oben ist davon nicht betroffen.`,
      levelsByTeam: 'Verteilung in Gruppen, wo sie gezeigt werden darf',
      levelsNote: '– : Verteilung nicht gezeigt, weil eine Stufe in einer der festen Gruppen von 1 bis k−1 Personen gewählt wurde.',
      noLevels: 'In keiner veröffentlichten Gruppe darf die Verteilung gezeigt werden.',
      withheld: 'nicht gezeigt',
    },
    teams: {
      intro:
        'Quartalswerte mit 95-%-Intervall; ▲/▼ markiert eine messbare Veränderung gegenüber dem Vorquartal. „Antworten je Welle“ ist der Durchschnitt über die Wellen, in denen die Gruppe veröffentlicht ist; wo das nicht alle Wellen sind, steht es dabei.',
      team: 'Team',
      answers: 'Antworten je Welle',
      shownIn: (p, of) => `in ${p} von ${of} Wellen`,
      partial: '* nicht in allen Wellen des Quartals veröffentlicht; der Wert fasst die veröffentlichten zusammen.',
      suppressedTitle: 'Nicht veröffentlicht',
      noneSuppressed: 'Alle Teams sind veröffentlicht.',
      reason: 'Grund',
      rolesIntro: 'Rollen im ganzen Unternehmen und in einzelnen Teams, soweit veröffentlicht.',
      role: 'Rolle',
    },
    comments: {
      intro: (kc) => `Kommentare des gesamten Unternehmens, nach Frage geordnet, in zufälliger Reihenfolge und ohne Team, Rolle oder Zeitpunkt. Gezeigt nur, wo mindestens ${kc} Personen geantwortet haben.`,
      none: 'Zu dieser Frage gibt es keine Kommentare.',
      withheld: (reason) => `Die Kommentare werden nicht gezeigt: ${reason}.`,
    },
    anonymity: (k, kc) => [
      `Zahlen gibt es nur für Gruppen von mindestens ${k} Personen. Jede Zahl dieses Berichts setzt sich aus festen Gruppen von mindestens ${k} Personen zusammen, die beim Ende jeder Welle gebildet werden. Darum ergibt auch die Differenz zweier Zahlen nie eine Gruppe unter ${k}.`,
      'Wo eine Gruppe diese Bedingung nicht erfüllt, steht ein Grund statt einer Zahl – nie eine Null.',
      `Aufteilungen innerhalb einer Gruppe (etwa Nutzende und Nicht-Nutzende oder die Stufen des Reifegrads) werden nur gezeigt, wenn jeder Teil in jeder dieser festen Gruppen keine oder mindestens ${k} Personen umfasst.`,
      `Kommentare erscheinen nur für Gruppen mit mindestens ${kc} Antworten, in zufälliger Reihenfolge und ohne Team, Rolle oder Zeitpunkt. Überlappende Gruppen zeigen Kommentare nur, wenn auch ihre Schnitt- und Restmengen mindestens ${kc} Personen umfassen.`,
      'Teilnahmezahlen stehen nur dort, wo auch die Ergebnisse veröffentlicht sind.',
      'Antworten und Einladungen werden getrennt gespeichert; solange eine Welle läuft, sind die Antworten verschlüsselt. Niemand – auch keine Administratorin und kein Administrator – kann einzelne Antworten einer Person zuordnen.',
    ],
  },
  en: {
    title: 'AI quarterly retrospective',
    subtitle: (q) => `Results of the Puls survey ${q}`,
    quarterName: (y, q) => `Q${q} ${y}`,
    period: (from, to) => `Period: ${from} to ${to}`,
    generated: (d) => `Generated on ${d}`,
    kInForce: (k, kc) => `Numbers only for groups of at least ${k} people, comments from ${kc} people.`,
    wavesIncluded: 'Waves included',
    retrospectiveWave: 'with the quarterly retrospective',
    toolbar: { print: 'To print or save as PDF: Ctrl+P or ⌘P (A4).', csvDe: 'CSV for Excel (German)', csvEn: 'CSV (English)', json: 'JSON' },
    sections: {
      summary: 'Summary',
      kpis: 'Company key figures',
      charts: 'Trend and maturity',
      teams: 'Results by team',
      roles: 'Results by role',
      comments: 'Comments',
      anonymity: 'How anonymity is protected',
    },
    summary: {
      participation: (w, r, per, rate) =>
        `${w} ${w === 1 ? 'wave was' : 'waves were'} evaluated${r > 0 ? `, ${r} with the quarterly retrospective` : ''}. On average ${per} people answered per wave${rate ? ` (${rate} of those invited)` : ''}.`,
      participationSuppressed: 'No numbers are published for the whole company this quarter.',
      noPrevious: 'There are no results for the previous quarter, so changes cannot be judged yet.',
      rose: (items) => `Rose against the previous quarter: ${items}.`,
      fell: (items) => `Fell against the previous quarter: ${items}.`,
      noChange: 'No figure changed against the previous quarter by more than chance could explain.',
      change: (label, from, to) => `${label} (from ${from} to ${to})`,
      gapWidened: (items) => `The gap widened: ${items}.`,
      gapNarrowed: (items) => `The gap narrowed: ${items}.`,
      gapSteady: 'The GenAI gap did not change measurably across the company.',
      teamsGapWidened: (teams) => `The GenAI gap widened in: ${teams}.`,
      fearTrust: (teams) => `High fear with low trust: ${teams}. This is where a conversation helps first.`,
      fearTrustNone: 'No published group shows high fear together with low trust.',
      fearTrustRule: '"High fear" means a fear score of 50 or more; "low trust" a trust score below 50 (scale 0–100).',
      adoption: (s) => `${s} of respondents use AI weekly or daily.`,
      adoptionWithheld: (reason) => `The adoption rate is not shown: ${reason}.`,
      hours: (h, lo, hi, tasks) =>
        `By their own estimate, AI saves people ${h} hours a week on average (95% interval ${lo} to ${hi})${tasks ? ` and helps with ${tasks} recurring tasks` : ''}.`,
      maturity: (b, bl, w, wl) => `In maturity, ${b} is furthest along (mean level ${bl}), ${w} least developed (mean level ${wl}).`,
      notAsked: 'No wave this quarter carried the retrospective: maturity, time saved and the open questions are missing.',
      method:
        'Only changes beyond the statistical uncertainty count (Welch test, 5%). Quarter values pool all published waves; since many people answer several times, intervals and tests use the size of one wave.',
    },
    kpiCols: { measure: 'Measure', quarter: 'This quarter', previous: 'Previous quarter', change: 'Change' },
    meanLevel: (l) => `mean level ${l}`,
    change: { up: '▲ rose', down: '▼ fell', none: 'none measurable', na: '–' },
    charts: {
      trendTitle: 'Trust, fear and GenAI gap per wave',
      trendIntro:
        'Dots: the wave’s value; line: 95% interval, placed by the day the wave closed. Horizontal line: quarter mean. Grey dashed: previous quarter. A dash at the bottom: not published in that wave.',
      previousQuarter: 'Previous quarter',
      thisQuarter: 'This quarter',
      suppressed: 'not published',
      interval: '95% interval',
      quarterMean: 'Quarter mean',
      maturityProfile: 'Maturity per dimension (mean level)',
      maturityProfileIntro: 'Mean level (1 to 3) per dimension with 95% interval; hollow circle: previous quarter.',
      maturityLevels: 'Distribution over the levels',
      maturityLevelsIntro: (k) =>
        `A distribution splits the respondents. It is shown only where, in every underlying group, each level was chosen by nobody or by at least ${k} people.`,
      companyLevelsWithheld: (r) => `No distribution is shown for the whole company (${r}). The means above are not affected.`,
      levelsByTeam: 'Distribution in groups where it may be shown',
      levelsNote: '– : distribution not shown because a level was chosen by 1 to k−1 people in one of the fixed groups.',
      noLevels: 'No published group may show the distribution.',
      withheld: 'not shown',
    },
    teams: {
      intro:
        'Quarter values with 95% interval; ▲/▼ marks a measurable change against the previous quarter. "Answers per wave" is the mean over the waves in which the group is published; where that is not every wave, it says so.',
      team: 'Team',
      answers: 'Answers per wave',
      shownIn: (p, of) => `in ${p} of ${of} waves`,
      partial: '* not published in every wave of the quarter; the value pools the published ones.',
      suppressedTitle: 'Not published',
      noneSuppressed: 'Every team is published.',
      reason: 'Reason',
      rolesIntro: 'Roles across the company and within teams, where published.',
      role: 'Role',
    },
    comments: {
      intro: (kc) => `Comments of the whole company, by question, in random order and without team, role or time. Shown only where at least ${kc} people answered.`,
      none: 'There are no comments on this question.',
      withheld: (reason) => `The comments are not shown: ${reason}.`,
    },
    anonymity: (k, kc) => [
      `Numbers exist only for groups of at least ${k} people. Every number in this report is made of fixed groups of at least ${k} people, formed when each wave closes. So even the difference of two numbers never gives a group under ${k}.`,
      'Where a group does not meet this, a reason stands instead of a number – never a zero.',
      `Splits inside a group (such as users and non-users, or the maturity levels) are shown only when every part has nobody or at least ${k} people in each of these fixed groups.`,
      `Comments appear only for groups with at least ${kc} answers, in random order and without team, role or time. Overlapping groups show comments only when their intersections and remainders also hold at least ${kc} people.`,
      'Participation counts appear only where the results are published too.',
      'Answers and invitations are stored apart; while a wave is open, the answers are encrypted. Nobody – administrators included – can link a person to their answers.',
    ],
  },
};

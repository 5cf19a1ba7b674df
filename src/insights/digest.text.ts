import type { Texts } from '../lib/i18n';

/**
 * The digest's words. It names the area and what its published numbers show, nothing else: no count of answers
 * below k, no person, no team the reader could not open on their own page.
 */
export const digestText: Texts<{
  subject: (wave: string, area: string) => string;
  hello: string;
  closed: (wave: string, area: string) => string;
  top: (n: number) => string;
  nothing: string;
  suggested: (actions: string) => string;
  suppressed: (area: string, reason: string) => string;
  nextWave: (date: string, k: number) => string;
  noNextWave: (k: number) => string;
  button: string;
  why: (area: string) => string;
  privacy: (controller: string) => string;
  company: string;
}> = {
  de: {
    subject: (wave, area) => `Puls: Ergebnisse der Welle „${wave}“ für ${area}`,
    hello: 'Guten Tag,',
    closed: (wave, area) => `die Welle „${wave}“ ist abgeschlossen. Das zeigt sich für ${area}:`,
    top: (n) => (n === 1 ? 'Der wichtigste Befund:' : `Die ${n} wichtigsten Befunde:`),
    nothing: 'Keine Veränderung und kein Unterschied geht über die Unsicherheit der Zahlen hinaus. Die Diagramme zeigen den Verlauf.',
    suggested: (actions) => `Passende Maßnahmen: ${actions}.`,
    suppressed: (area, reason) => `Für ${area} wurden in dieser Welle keine Ergebnisse veröffentlicht: ${reason}.`,
    nextWave: (date, k) => `Die nächste Welle beginnt am ${date}. Ergebnisse erscheinen, sobald mindestens ${k} Personen antworten – ein kurzer Hinweis im Team auf die Befragung hilft.`,
    noNextWave: (k) => `Ergebnisse erscheinen, sobald in einer Welle mindestens ${k} Personen antworten.`,
    button: 'Ergebnisse ansehen',
    why: (area) => `Sie erhalten diese Zusammenfassung, weil Sie in Puls für ${area} eingetragen sind. Sie enthält nur, was Sie auch auf Ihrer Ergebnisseite sehen.`,
    privacy: (controller) =>
      `Datenschutz: Verantwortlich ist ${controller}. Ihre E-Mail-Adresse wird nur für die Anmeldung bei Puls und diese Zusammenfassungen verwendet. Zweck, Rechtsgrundlage, Speicherdauer und Ihre Rechte:`,
    company: 'das Unternehmen',
  },
  en: {
    subject: (wave, area) => `Puls: results of the wave “${wave}” for ${area}`,
    hello: 'Hello,',
    closed: (wave, area) => `the wave “${wave}” has closed. This is what shows for ${area}:`,
    top: (n) => (n === 1 ? 'The most important finding:' : `The ${n} most important findings:`),
    nothing: 'No change and no difference goes beyond the uncertainty of the numbers. The charts show the trend.',
    suggested: (actions) => `Fitting actions: ${actions}.`,
    suppressed: (area, reason) => `No results were published for ${area} in this wave: ${reason}.`,
    nextWave: (date, k) => `The next wave starts on ${date}. Results appear once at least ${k} people answer – a short word about the survey in the team helps.`,
    noNextWave: (k) => `Results appear once at least ${k} people answer in a wave.`,
    button: 'See the results',
    why: (area) => `You receive this summary because you are registered in Puls for ${area}. It contains only what you also see on your results page.`,
    privacy: (controller) =>
      `Privacy: ${controller} is responsible. Your email address is used only for signing in to Puls and for these summaries. Purpose, legal basis, retention and your rights:`,
    company: 'the company',
  },
};

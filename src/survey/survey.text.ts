import type { StaffTexts } from '../lib/i18n';
import { list, things, type SurveyText } from './survey.text.types';
import { PL, TR } from './survey.text.tr-pl';
import { RU, UK } from './survey.text.ru-uk';

export type { SurveyText } from './survey.text.types';

/** German and English here; Turkish and Polish, Russian and Ukrainian beside this file. */
export const surveyText: StaffTexts<SurveyText> = {
  de: {
    title: 'Ihr Puls zu KI',
    intro: (n) =>
      `${n} kurze Fragen, etwa zwei Minuten. Es gibt keine richtigen oder falschen Antworten – es zählt nur Ihre Sicht.`,
    introQuarterly: (n) =>
      `${n} kurze Fragen, etwa fünf Minuten – diesmal mit dem Rückblick auf das Quartal. Es gibt keine richtigen oder falschen Antworten – es zählt nur Ihre Sicht.`,
    closes: (date) => `Die Befragung ist offen bis ${date}.`,
    requiredNote: 'Bitte beantworten Sie alle Fragen; nur der Kommentar am Ende ist freiwillig.',
    requiredNoteQuarterly: 'Bitte beantworten Sie alle Fragen; nur die Textfelder sind freiwillig.',
    constructs: {
      trust: 'Vertrauen und Klarheit',
      fear: 'Sorgen',
      gap: 'KI in Ihrer Arbeit',
      maturity: 'Ihr Stand mit KI',
      kpi: 'Nutzen',
      comment: 'Ihr Kommentar',
    },
    retrospective: 'Ihr Rückblick auf das Quartal',
    identifying: {
      title: 'Bitte prüfen Sie Ihre Texte',
      intro: 'Noch ist nichts gesendet. In diesen Antworten steht vielleicht etwas, woran man Personen erkennen kann:',
      field: (findings) =>
        `Ihr Text enthält möglicherweise ${list('de', findings)}. Kommentare werden zwar ohne Absender gezeigt, aber ${things('de', findings)} können Personen erkennbar machen. Sie können den Text ändern oder trotzdem absenden.`,
      send: 'Geprüft – jetzt absenden',
    },
    submit: 'Antworten absenden',
    errorTitle: 'Bitte prüfen Sie Ihre Antworten',
    errorIntro: 'Bei diesen Fragen fehlt noch etwas:',
    problems: {
      required: () => 'Bitte wählen Sie eine Antwort.',
      type: () => 'Diese Antwort ist nicht gültig. Bitte wählen Sie noch einmal.',
      range: () => 'Diese Antwort ist nicht gültig. Bitte wählen Sie noch einmal.',
      option: () => 'Diese Antwort ist nicht gültig. Bitte wählen Sie noch einmal.',
      too_long: (max) => `Bitte kürzen Sie Ihren Text auf höchstens ${max} Zeichen.`,
      unknown: () => 'Das Formular enthielt eine unbekannte Frage. Bitte laden Sie die Seite neu.',
    },
    commentWarning:
      'Bitte schreiben Sie keine Namen und nichts, woran man Sie oder andere erkennen könnte – etwa ein Projekt, einen Ort oder ein Ereignis, das nur wenige kennen.',
    maxChars: (max) => `Höchstens ${max} Zeichen.`,
    anonymity: {
      title: 'Wie Ihre Anonymität geschützt ist',
      points: (k, kc) => [
        'Gespeichert werden Ihre Antworten – verschlüsselt und ohne Ihren Namen. Getrennt davon wird nur vermerkt, dass Sie teilgenommen haben, damit Ihr Link oder Code kein zweites Mal funktioniert und Sie keine Erinnerung mehr bekommen.',
        'Nicht gespeichert werden: eine Verbindung zwischen diesen beiden, der Zeitpunkt Ihrer Antwort und Ihre IP-Adresse.',
        'Solange die Befragung läuft, bleiben alle Antworten versiegelt; der Schlüssel liegt nicht in der Datenbank. Ergebnisse gibt es erst, wenn die Befragung beendet ist.',
        `Ergebnisse werden nur für Gruppen von mindestens ${k} Personen gezeigt. Alle Auswertungen setzen sich aus denselben festen Gruppen zusammen, so kann niemand durch Vergleichen oder Abziehen zweier Zahlen auf weniger als ${k} Personen kommen. Aufteilungen innerhalb einer Gruppe (etwa Nutzende und Nicht-Nutzende) gibt es nur, wenn jeder Teil mindestens ${k} Personen hat.`,
        `Kommentare werden nur dort gezeigt, wo mindestens ${kc} Personen geantwortet haben – in zufälliger Reihenfolge und ohne Team, Rolle oder Zeitpunkt.`,
        'Führungskräfte sehen die Ergebnisse ihres Bereichs nur als Gruppenwerte. Administratorinnen und Administratoren sehen Teilnahmezahlen nur dort, wo auch Ergebnisse gezeigt werden. Einzelne Antworten sieht niemand.',
        'Die ehrliche Grenze: Wer während der Laufzeit sowohl den geheimen Schlüssel als auch eine Kopie der Datenbank hätte, könnte die versiegelten Antworten lesen – mit Team und Rolle, aber ohne Namen.',
      ],
    },
    thanks: {
      title: 'Vielen Dank!',
      body: 'Ihre Antworten sind versiegelt gespeichert.',
      already: 'Zu diesem Link liegt Ihre Antwort schon vor; er gilt für genau eine Antwort. Danke fürs Mitmachen!',
      notYou: 'Falls Sie nicht selbst geantwortet haben, wenden Sie sich bitte an die unten genannte Stelle.',
      results: (date, k) =>
        `Ergebnisse gibt es, wenn die Befragung am ${date} endet – und nur für Gruppen von mindestens ${k} Personen.`,
      close: 'Sie können diese Seite jetzt schließen.',
    },
    contact: {
      label: 'Fragen zur Befragung beantwortet:',
      fallback: 'Fragen zur Befragung beantwortet Ihre Personalabteilung.',
    },
    closed: {
      title: 'Diese Befragung ist beendet',
      body: 'Antworten sind nicht mehr möglich. Zur nächsten Runde bekommen Sie eine neue Einladung mit einem neuen Link.',
    },
    notFound: {
      title: 'Link nicht gefunden',
      body: 'Diesen Link zur Befragung kennen wir nicht. Bitte prüfen Sie, ob er vollständig ist, oder öffnen Sie ihn direkt aus Ihrer Einladung.',
    },
    language: 'Sprache wählen',
    code: {
      title: 'Code eingeben',
      intro: 'Geben Sie den Code von Ihrem Brief oder Ihrem Zettel ein. Er gilt einmal und öffnet die Befragung.',
      label: 'Ihr Code',
      hint: 'Zwölf Zeichen, z. B. K7QM-3XRF-9HTB. Groß- und Kleinschreibung und Bindestriche sind egal.',
      submit: 'Weiter zur Befragung',
      anonymous: 'Der Code funktioniert wie ein persönlicher Link: nur einmal und genauso geschützt; niemand kann sehen, was Sie antworten.',
      notFound: { title: 'Code nicht gefunden', body: 'Diesen Code kennen wir nicht. Bitte prüfen Sie die Zeichen und versuchen Sie es noch einmal.' },
      used: {
        title: 'Dieser Code wurde schon verwendet',
        body: 'Jeder Code gilt für genau eine Antwort, und mit diesem Code wurde bereits geantwortet.',
        hint: 'Falls Sie nicht selbst geantwortet haben, wenden Sie sich bitte an die Stelle, die die Umfrage betreut, oder an den Betriebsrat.',
      },
    },
  },
  en: {
    title: 'Your AI pulse',
    intro: (n) => `${n} short questions, about two minutes. There are no right or wrong answers – only your view counts.`,
    introQuarterly: (n) =>
      `${n} short questions, about five minutes – this time with the look back at the quarter. There are no right or wrong answers – only your view counts.`,
    closes: (date) => `The survey is open until ${date}.`,
    requiredNote: 'Please answer every question; only the comment at the end is optional.',
    requiredNoteQuarterly: 'Please answer every question; only the text fields are optional.',
    constructs: {
      trust: 'Trust and clarity',
      fear: 'Concerns',
      gap: 'AI in your work',
      maturity: 'Your level with AI',
      kpi: 'Benefit',
      comment: 'Your comment',
    },
    retrospective: 'Your look back at the quarter',
    identifying: {
      title: 'Please check your texts',
      intro: 'Nothing has been sent yet. These answers may contain something that makes people recognisable:',
      field: (findings) =>
        `Your text may contain ${list('en', findings)}. Comments are shown without a sender, but ${things('en', findings)} can make people recognisable. You can change the text or send it anyway.`,
      send: 'Checked – send now',
    },
    submit: 'Send answers',
    errorTitle: 'Please check your answers',
    errorIntro: 'These questions still need something:',
    problems: {
      required: () => 'Please choose an answer.',
      type: () => 'This answer is not valid. Please choose again.',
      range: () => 'This answer is not valid. Please choose again.',
      option: () => 'This answer is not valid. Please choose again.',
      too_long: (max) => `Please shorten your text to at most ${max} characters.`,
      unknown: () => 'The form contained an unknown question. Please reload the page.',
    },
    commentWarning:
      'Please do not write names or anything that could identify you or someone else – such as a project, place or event only a few people know about.',
    maxChars: (max) => `At most ${max} characters.`,
    anonymity: {
      title: 'How your anonymity is protected',
      points: (k, kc) => [
        'We store your answers – encrypted and without your name. Separately, we note only that you took part, so your link or code does not work a second time and you get no more reminders.',
        'We do not store: any link between those two, the time you answered, or your IP address.',
        'While the survey is open, all answers stay sealed; the key is not in the database. Results exist only once the survey has closed.',
        `Results are shown only for groups of at least ${k} people. Every view is built from the same fixed groups, so nobody can compare or subtract two numbers to get down to fewer than ${k} people. Splits inside a group (such as users and non-users) are shown only when each part has at least ${k} people.`,
        `Comments are shown only where at least ${kc} people answered – in random order and without team, role or time.`,
        "Leaders see their area's results only as group figures. Administrators see participation counts only where results are shown too. Nobody sees individual answers.",
        'The honest limit: someone holding both the secret key and a copy of the database while the survey is open could read the sealed answers – with team and role, but without names.',
      ],
    },
    thanks: {
      title: 'Thank you!',
      body: 'Your answers are stored, sealed.',
      already: 'Your answer for this link is already in; the link is good for exactly one answer. Thank you for taking part!',
      notYou: 'If you did not answer yourself, please contact the people named below.',
      results: (date, k) => `Results come once the survey closes on ${date} – and only for groups of at least ${k} people.`,
      close: 'You can close this page now.',
    },
    contact: {
      label: 'Questions about the survey:',
      fallback: 'Your HR department answers questions about the survey.',
    },
    closed: {
      title: 'This survey has closed',
      body: 'Answers are no longer possible. For the next round you will get a new invitation with a new link.',
    },
    notFound: {
      title: 'Link not found',
      body: 'We do not know this survey link. Please check that it is complete, or open it straight from your invitation.',
    },
    language: 'Choose language',
    code: {
      title: 'Enter your code',
      intro: 'Enter the code from your letter or slip. It works once and opens the survey.',
      label: 'Your code',
      hint: 'Twelve characters, e.g. K7QM-3XRF-9HTB. Upper or lower case and dashes do not matter.',
      submit: 'Continue to the survey',
      anonymous: 'The code works like a personal link: only once and protected the same way; nobody can see what you answer.',
      notFound: { title: 'Code not found', body: 'We do not know this code. Please check the characters and try again.' },
      used: {
        title: 'This code has already been used',
        body: 'Each code is good for exactly one answer, and this code has already been used to answer.',
        hint: 'If you did not answer yourself, please contact whoever runs the survey, or the works council.',
      },
    },
  },
  tr: TR,
  pl: PL,
  ru: RU,
  uk: UK,
};

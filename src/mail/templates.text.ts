import type { Texts } from '../lib/i18n';
import { privacyText } from '../privacy/privacy.text';
import type { Block, SurveyFacts, WelcomeMailInput } from './templates';

interface MailTexts {
  invitation: { subject: (company: string) => string; blocks: (f: SurveyFacts) => Block[] };
  reminder: { subject: (company: string) => string; blocks: (f: SurveyFacts) => Block[] };
  login: { subject: string; blocks: (link: string) => Block[] };
  welcome: { subject: (company: string) => string; blocks: (w: WelcomeMailInput) => Block[] };
  /** Under the button, for mail programs that do not show it. */
  fallback: string;
}

/**
 * The mails' words. Invitation and reminder name the company that asks, never a person or a team; the link is
 * the only personal thing. The reminder must not hint at how many others have answered.
 */
export const mailText: Texts<MailTexts> = {
  de: {
    invitation: {
      subject: (company) => `${company}: Wie erleben Sie KI bei der Arbeit?`,
      blocks: (f) => [
        { p: 'Guten Tag,' },
        {
          p: `im Auftrag von ${f.company} bitten wir Sie über Puls um Ihre Einschätzung: Wie erleben Sie künstliche Intelligenz in Ihrem Arbeitsalltag?`,
        },
        {
          p: `Die Befragung „${f.title}“ dauert etwa ${f.minutes} Minuten (rund ${f.questions} kurze Fragen) und ist bis ${f.until} geöffnet.`,
        },
        { p: anonymousDe },
        { button: 'Zur Befragung', href: f.link },
        { small: personalDe },
        { p: 'Vielen Dank für Ihre Zeit!' },
        { notice: privacyText.de.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls – im Auftrag von ${f.company}` },
      ],
    },
    reminder: {
      subject: (company) => `Erinnerung: ${company} bittet um Ihre Einschätzung zu KI`,
      blocks: (f) => [
        { p: 'Guten Tag,' },
        {
          p: `wir möchten Sie freundlich an die Befragung „${f.title}“ erinnern, zu der ${f.company} Sie über Puls eingeladen hat. Sie ist noch bis ${f.until} geöffnet und dauert etwa ${f.minutes} Minuten (rund ${f.questions} kurze Fragen).`,
        },
        { p: anonymousDe },
        { button: 'Zur Befragung', href: f.link },
        { small: personalDe },
        { p: 'Falls Sie bereits teilgenommen haben, danken wir Ihnen herzlich; dann können Sie diese Nachricht ignorieren.' },
        { notice: privacyText.de.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls – im Auftrag von ${f.company}` },
      ],
    },
    login: {
      subject: 'Ihr Anmeldelink für Puls',
      blocks: (link) => [
        { p: 'Guten Tag,' },
        { p: 'mit dem folgenden Link melden Sie sich bei Puls an. Er ist 15 Minuten gültig und lässt sich nur einmal verwenden.' },
        { button: 'Jetzt anmelden', href: link },
        { small: 'Falls Sie diese Anmeldung nicht angefordert haben, können Sie diese E-Mail einfach ignorieren.' },
        { sign: 'Puls' },
      ],
    },
    welcome: {
      subject: (company) => `Ihr Zugang zu Puls (${company})`,
      blocks: (w) => [
        { p: 'Guten Tag,' },
        {
          p:
            w.role === 'leader'
              ? `Sie haben jetzt Zugang zu Puls, der Befragung von ${w.company} zum Umgang mit KI. Als Führungskraft sehen Sie die Ergebnisse von „${w.team ?? w.company}“ und aller Teams darunter – immer nur als Gruppenwerte, nie einzelne Antworten.`
              : w.role === 'admin'
                ? `Sie haben jetzt Zugang zu Puls, der Befragung von ${w.company} zum Umgang mit KI. Als Administratorin oder Administrator verwalten Sie die Belegschaft, die Befragungswellen und die Einstellungen.`
                : `Sie haben jetzt Zugang zu Puls, der Befragung von ${w.company} zum Umgang mit KI. Als Mitglied des Betriebsrats sehen Sie die Einstellungen, das Protokoll, die Anlage zur Betriebsvereinbarung und die Ergebnisse des ganzen Unternehmens, und Sie geben Änderungen frei, die den Schutz senken.`,
        },
        { p: 'Mit diesem Link melden Sie sich das erste Mal an. Er ist drei Tage gültig und lässt sich nur einmal verwenden.' },
        { button: 'Jetzt anmelden', href: w.link },
        { small: `Später fordern Sie unter ${w.signIn} mit Ihrer E-Mail-Adresse jederzeit einen neuen Anmeldelink an.` },
        { sign: 'Puls' },
      ],
    },
    fallback: 'Falls die Schaltfläche nicht funktioniert, öffnen Sie diesen Link:',
  },
  en: {
    invitation: {
      subject: (company) => `${company}: How do you experience AI at work?`,
      blocks: (f) => [
        { p: 'Hello,' },
        {
          p: `on behalf of ${f.company}, we are asking for your view via Puls: how do you experience artificial intelligence in your daily work?`,
        },
        {
          p: `The survey “${f.title}” takes about ${f.minutes} minutes (around ${f.questions} short questions) and is open until ${f.until}.`,
        },
        { p: anonymousEn },
        { button: 'Open the survey', href: f.link },
        { small: personalEn },
        { p: 'Thank you for your time!' },
        { notice: privacyText.en.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls, on behalf of ${f.company}` },
      ],
    },
    reminder: {
      subject: (company) => `Reminder: ${company} would like your view on AI`,
      blocks: (f) => [
        { p: 'Hello,' },
        {
          p: `a friendly reminder of the survey “${f.title}”, to which ${f.company} invited you via Puls. It is open until ${f.until} and takes about ${f.minutes} minutes (around ${f.questions} short questions).`,
        },
        { p: anonymousEn },
        { button: 'Open the survey', href: f.link },
        { small: personalEn },
        { p: 'If you have already taken part, thank you very much; you can ignore this message.' },
        { notice: privacyText.en.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls, on behalf of ${f.company}` },
      ],
    },
    login: {
      subject: 'Your sign-in link for Puls',
      blocks: (link) => [
        { p: 'Hello,' },
        { p: 'use the link below to sign in to Puls. It is valid for 15 minutes and works only once.' },
        { button: 'Sign in now', href: link },
        { small: 'If you did not ask to sign in, you can simply ignore this email.' },
        { sign: 'Puls' },
      ],
    },
    welcome: {
      subject: (company) => `Your access to Puls (${company})`,
      blocks: (w) => [
        { p: 'Hello,' },
        {
          p:
            w.role === 'leader'
              ? `You now have access to Puls, the survey of ${w.company} on how people experience AI. As a leader you see the results of “${w.team ?? w.company}” and every team below it, always as group figures, never individual answers.`
              : w.role === 'admin'
                ? `You now have access to Puls, the survey of ${w.company} on how people experience AI. As an administrator you manage the staff list, the survey waves and the settings.`
                : `You now have access to Puls, the survey of ${w.company} on how people experience AI. As a member of the works council you see the settings, the audit log, the annex to the works agreement and the results of the whole company, and you approve changes that lower protection.`,
        },
        { p: 'Use this link to sign in for the first time. It is valid for three days and works only once.' },
        { button: 'Sign in now', href: w.link },
        { small: `Later you can ask for a new sign-in link with your email address at any time at ${w.signIn}.` },
        { sign: 'Puls' },
      ],
    },
    fallback: 'If the button does not work, open this link:',
  },
};

const anonymousDe =
  'Ihre Antworten sind anonym: Niemand – weder Ihre Führungskraft noch die Administration – kann sehen, was Sie persönlich geantwortet haben.';
const personalDe = 'Dieser Link gilt nur für Sie und nur einmal; bitte leiten Sie diese E-Mail nicht weiter.';
const anonymousEn =
  'Your answers are anonymous: nobody, not your manager and not the administrators, can see what you personally answered.';
const personalEn = 'This link is yours alone and works once; please do not forward this email.';

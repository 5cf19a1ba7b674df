import { plural, type StaffLang, type StaffTexts, type Texts } from '../lib/i18n';
import { privacyNote } from '../privacy/privacy.text';
import type { Block, SurveyFacts, WelcomeMailInput } from './templates';

interface MailTexts {
  invitation: { subject: (company: string) => string; blocks: (f: SurveyFacts) => Block[] };
  reminder: { subject: (company: string) => string; blocks: (f: SurveyFacts) => Block[] };
  /** Under the button, for mail programs that do not show it. */
  fallback: string;
}

/**
 * The survey mails' words, in every staff language. Invitation and reminder name the company that asks, never a
 * person; a team only in the invitation's "you said, we did" (its actions, where its results were published:
 * actions/news.ts). The link is the only personal thing. The reminder must not hint at how many others have answered.
 */
/** The words of the survey mails in one language; `surveyMails` puts them into the same blocks in every language. */
interface MailWords {
  subject: { invitation: (company: string) => string; reminder: (company: string) => string };
  greeting: string;
  /** The paragraphs after the greeting: who asks and why, how long and until when. */
  invitation: (f: SurveyFacts) => string[];
  reminder: (f: SurveyFacts) => string[];
  button: string;
  thanks: string;
  /** The reminder's last word: it goes to everyone, so it thanks those who have answered. */
  alreadyAnswered: string;
  sign: (company: string) => string;
  fallback: string;
}

const WORDS: StaffTexts<MailWords> = {
  de: {
    subject: {
      invitation: (company) => `${company}: Wie erleben Sie KI bei der Arbeit?`,
      reminder: (company) => `Erinnerung: ${company} bittet um Ihre Einschätzung zu KI`,
    },
    greeting: 'Guten Tag,',
    invitation: (f) => [
      `im Auftrag von ${f.company} bitten wir Sie über Puls um Ihre Einschätzung: Wie erleben Sie künstliche Intelligenz in Ihrem Arbeitsalltag?`,
      `Die Befragung „${f.title}“ dauert etwa ${f.minutes} Minuten (rund ${f.questions} kurze Fragen) und ist bis ${f.until} geöffnet.`,
    ],
    reminder: (f) => [
      `wir möchten Sie freundlich an die Befragung „${f.title}“ erinnern, zu der ${f.company} Sie über Puls eingeladen hat. Sie ist noch bis ${f.until} geöffnet und dauert etwa ${f.minutes} Minuten (rund ${f.questions} kurze Fragen).`,
    ],
    button: 'Zur Befragung',
    thanks: 'Vielen Dank für Ihre Zeit!',
    alreadyAnswered: 'Falls Sie bereits teilgenommen haben, danken wir Ihnen herzlich; dann können Sie diese Nachricht ignorieren.',
    sign: (company) => `Puls – im Auftrag von ${company}`,
    fallback: 'Falls die Schaltfläche nicht funktioniert, öffnen Sie diesen Link:',
  },
  en: {
    subject: {
      invitation: (company) => `${company}: How do you experience AI at work?`,
      reminder: (company) => `Reminder: ${company} would like your view on AI`,
    },
    greeting: 'Hello,',
    invitation: (f) => [
      `on behalf of ${f.company}, we are asking for your view via Puls: how do you experience artificial intelligence in your daily work?`,
      `The survey “${f.title}” takes about ${f.minutes} minutes (around ${f.questions} short questions) and is open until ${f.until}.`,
    ],
    reminder: (f) => [
      `a friendly reminder of the survey “${f.title}”, to which ${f.company} invited you via Puls. It is open until ${f.until} and takes about ${f.minutes} minutes (around ${f.questions} short questions).`,
    ],
    button: 'Open the survey',
    thanks: 'Thank you for your time!',
    alreadyAnswered: 'If you have already taken part, thank you very much; you can ignore this message.',
    sign: (company) => `Puls, on behalf of ${company}`,
    fallback: 'If the button does not work, open this link:',
  },
  tr: {
    subject: {
      invitation: (company) => `${company}: İşte yapay zekâyı nasıl deneyimliyorsunuz?`,
      reminder: (company) => `Hatırlatma: ${company} yapay zekâ hakkındaki görüşünüzü rica ediyor`,
    },
    greeting: 'Merhaba,',
    invitation: (f) => [
      `${f.company} adına Puls aracılığıyla görüşünüzü rica ediyoruz: Günlük işinizde yapay zekâyı nasıl deneyimliyorsunuz?`,
      `“${f.title}” anketi yaklaşık ${f.minutes} dakika sürer (yaklaşık ${f.questions} kısa soru) ve şu tarihe kadar açıktır: ${f.until}.`,
    ],
    reminder: (f) => [
      `${f.company} tarafından Puls aracılığıyla davet edildiğiniz “${f.title}” anketini nazikçe hatırlatmak isteriz. Anket şu tarihe kadar açıktır: ${f.until}. Yaklaşık ${f.minutes} dakika sürer (yaklaşık ${f.questions} kısa soru).`,
    ],
    button: 'Ankete git',
    thanks: 'Zaman ayırdığınız için çok teşekkür ederiz!',
    alreadyAnswered: 'Ankete zaten katıldıysanız çok teşekkür ederiz; bu mesajı dikkate almayabilirsiniz.',
    sign: (company) => `Puls – ${company} adına`,
    fallback: 'Düğme çalışmazsa bu bağlantıyı açın:',
  },
  pl: {
    subject: {
      invitation: (company) => `${company}: Jak postrzegasz AI w pracy?`,
      reminder: (company) => `Przypomnienie: ${company} prosi o Twoją opinię na temat AI`,
    },
    greeting: 'Dzień dobry,',
    invitation: (f) => [
      `w imieniu firmy ${f.company} prosimy – za pośrednictwem Puls – o Twoją opinię: jak postrzegasz sztuczną inteligencję w codziennej pracy?`,
      `Ankieta „${f.title}” zajmie około ${f.minutes} ${minutes('pl', f.minutes)} (ok. ${f.questions} krótkich pytań). Można ją wypełnić do: ${f.until}.`,
    ],
    reminder: (f) => [
      `uprzejmie przypominamy o ankiecie „${f.title}”, do której firma ${f.company} zaprosiła Cię za pośrednictwem Puls. Można ją wypełnić do: ${f.until}; zajmie około ${f.minutes} ${minutes('pl', f.minutes)} (ok. ${f.questions} krótkich pytań).`,
    ],
    button: 'Przejdź do ankiety',
    thanks: 'Dziękujemy za poświęcony czas!',
    alreadyAnswered: 'Jeśli ankieta jest już wypełniona, serdecznie dziękujemy – tę wiadomość możesz zignorować.',
    sign: (company) => `Puls – w imieniu firmy ${company}`,
    fallback: 'Jeśli przycisk nie działa, otwórz ten link:',
  },
  ru: {
    subject: {
      invitation: (company) => `${company}: Как Вы воспринимаете ИИ на работе?`,
      reminder: (company) => `Напоминание: ${company} просит Вас поделиться мнением об ИИ`,
    },
    greeting: 'Здравствуйте!',
    invitation: (f) => [
      `По поручению компании ${f.company} мы просим Вас через Puls поделиться мнением: как Вы воспринимаете искусственный интеллект в повседневной работе?`,
      `Опрос «${f.title}» займёт около ${f.minutes} ${minutes('ru', f.minutes)} (примерно ${f.questions} коротких вопросов). Срок участия: ${f.until}.`,
    ],
    reminder: (f) => [
      `Напоминаем об опросе «${f.title}», на который компания ${f.company} пригласила Вас через Puls. Срок участия: ${f.until}; опрос займёт около ${f.minutes} ${minutes('ru', f.minutes)} (примерно ${f.questions} коротких вопросов).`,
    ],
    button: 'Перейти к опросу',
    thanks: 'Спасибо за уделённое время!',
    alreadyAnswered: 'Если Вы уже приняли участие, большое спасибо — это письмо можно не учитывать.',
    sign: (company) => `Puls — по поручению компании ${company}`,
    fallback: 'Если кнопка не работает, откройте эту ссылку:',
  },
  uk: {
    subject: {
      invitation: (company) => `${company}: Як Ви сприймаєте ШІ на роботі?`,
      reminder: (company) => `Нагадування: ${company} просить Вас поділитися думкою про ШІ`,
    },
    greeting: 'Добрий день!',
    invitation: (f) => [
      `На прохання компанії ${f.company} ми просимо Вас через Puls поділитися думкою: як Ви сприймаєте штучний інтелект у повсякденній роботі?`,
      `Опитування «${f.title}» триватиме близько ${f.minutes} ${minutes('uk', f.minutes)} (приблизно ${f.questions} коротких запитань). Строк участі: ${f.until}.`,
    ],
    reminder: (f) => [
      `Нагадуємо про опитування «${f.title}», до якого компанія ${f.company} запросила Вас через Puls. Строк участі: ${f.until}; опитування триватиме близько ${f.minutes} ${minutes('uk', f.minutes)} (приблизно ${f.questions} коротких запитань).`,
    ],
    button: 'Перейти до опитування',
    thanks: 'Дякуємо за Ваш час!',
    alreadyAnswered: 'Якщо Ви вже взяли участь, щиро дякуємо — цей лист можна не враховувати.',
    sign: (company) => `Puls — на прохання компанії ${company}`,
    fallback: 'Якщо кнопка не працює, відкрийте це посилання:',
  },
};

/** One layout for every language: the greeting, the paragraphs, anonymity, the link, thanks, the privacy notice. */
function surveyMails(lang: StaffLang): MailTexts {
  const w = WORDS[lang];
  const blocks = (paragraphs: string[], last: string, f: SurveyFacts, news: Block[] = []): Block[] => [
    { p: w.greeting },
    ...paragraphs.map((p) => ({ p })),
    ...news,
    { p: anonymous[lang] },
    { button: w.button, href: f.link },
    { small: personal[lang] },
    { p: last },
    { notice: privacyNote[lang].mail(f.privacy.controller), href: f.privacy.href },
    { sign: w.sign(f.company) },
  ];
  return {
    invitation: { subject: w.subject.invitation, blocks: (f) => blocks(w.invitation(f), w.thanks, f, f.news) },
    reminder: { subject: w.subject.reminder, blocks: (f) => blocks(w.reminder(f), w.alreadyAnswered, f) },
    fallback: w.fallback,
  };
}

export const mailText: StaffTexts<MailTexts> = {
  de: surveyMails('de'),
  en: surveyMails('en'),
  tr: surveyMails('tr'),
  pl: surveyMails('pl'),
  ru: surveyMails('ru'),
  uk: surveyMails('uk'),
};

/** "Minuten" after "about" (około, около, близько take the genitive): 1 minuty, 2 minut, 5 minut. */
export function minutes(lang: 'pl' | 'ru' | 'uk', n: number): string {
  const forms = {
    pl: { one: 'minuty', few: 'minut', many: 'minut', other: 'minuty' },
    ru: { one: 'минуты', few: 'минут', many: 'минут', other: 'минуты' },
    uk: { one: 'хвилини', few: 'хвилин', many: 'хвилин', other: 'хвилини' },
  }[lang];
  return plural(lang, n, forms);
}

/** The sign-in mail goes to admins, leaders and the works council: German and English, like their pages. */
export const loginText: Texts<{ subject: string; blocks: (link: string) => Block[] }> = {
  de: {
    subject: 'Ihr Anmeldelink für Puls',
    blocks: (link) => [
      { p: 'Guten Tag,' },
      { p: 'mit dem folgenden Link melden Sie sich bei Puls an. Er ist 15 Minuten gültig und lässt sich nur einmal verwenden.' },
      { button: 'Jetzt anmelden', href: link },
      { small: 'Falls Sie diese Anmeldung nicht angefordert haben, können Sie diese E-Mail einfach ignorieren.' },
      { sign: 'Puls' },
    ],
  },
  en: {
    subject: 'Your sign-in link for Puls',
    blocks: (link) => [
      { p: 'Hello,' },
      { p: 'use the link below to sign in to Puls. It is valid for 15 minutes and works only once.' },
      { button: 'Sign in now', href: link },
      { small: 'If you did not ask to sign in, you can simply ignore this email.' },
      { sign: 'Puls' },
    ],
  },
};

/** One sentence on anonymity in every survey mail. */
const anonymous: StaffTexts<string> = {
  de: 'Ihre Antworten sind anonym: Niemand – weder Ihre Führungskraft noch die Administration – kann sehen, was Sie persönlich geantwortet haben.',
  en: 'Your answers are anonymous: nobody, not your manager and not the administrators, can see what you personally answered.',
  tr: 'Yanıtlarınız anonimdir: Ne yöneticiniz ne de yönetim ekibi kişisel olarak ne yanıt verdiğinizi göremez.',
  pl: 'Twoje odpowiedzi są anonimowe: nikt – ani Twoi przełożeni, ani administratorzy – nie zobaczy Twoich osobistych odpowiedzi.',
  ru: 'Ваши ответы анонимны: никто — ни Ваш руководитель, ни администраторы — не сможет увидеть, что ответили лично Вы.',
  uk: 'Ваші відповіді анонімні: ніхто — ні Ваш керівник, ні адміністратори — не зможе побачити, що відповіли особисто Ви.',
};

const personal: StaffTexts<string> = {
  de: 'Dieser Link gilt nur für Sie und nur einmal; bitte leiten Sie diese E-Mail nicht weiter.',
  en: 'This link is yours alone and works once; please do not forward this email.',
  tr: 'Bu bağlantı yalnızca size özeldir ve yalnızca bir kez kullanılabilir; lütfen bu e-postayı başkasına iletmeyin.',
  pl: 'Ten link jest przeznaczony tylko dla Ciebie i działa jednorazowo; prosimy nie przekazywać tej wiadomości dalej.',
  ru: 'Эта ссылка предназначена только для Вас и работает один раз; пожалуйста, не пересылайте это письмо.',
  uk: 'Це посилання призначене лише для Вас і працює один раз; будь ласка, не пересилайте цей лист.',
};

/**
 * The welcome mail to a new leader, admin or works council member: what they may see, and a first sign-in link
 * (German and English, like their pages).
 */
export const welcomeText: Texts<{ subject: (company: string) => string; blocks: (w: WelcomeMailInput) => Block[] }> = {
  de: {
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
  en: {
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
};

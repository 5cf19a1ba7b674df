import { plural, type StaffTexts, type Texts } from '../lib/i18n';
import { privacyNote } from '../privacy/privacy.text';
import type { Block, SurveyFacts } from './templates';

interface MailTexts {
  invitation: { subject: (company: string) => string; blocks: (f: SurveyFacts) => Block[] };
  reminder: { subject: (company: string) => string; blocks: (f: SurveyFacts) => Block[] };
  /** Under the button, for mail programs that do not show it. */
  fallback: string;
}

/**
 * The survey mails' words, in every staff language. Invitation and reminder name the company that asks, never a
 * person or a team; the link is the only personal thing. The reminder must not hint at how many others have answered.
 */
export const mailText: StaffTexts<MailTexts> = {
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
        { p: anonymous.de },
        { button: 'Zur Befragung', href: f.link },
        { small: personal.de },
        { p: 'Vielen Dank für Ihre Zeit!' },
        { notice: privacyNote.de.mail(f.privacy.controller), href: f.privacy.href },
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
        { p: anonymous.de },
        { button: 'Zur Befragung', href: f.link },
        { small: personal.de },
        { p: 'Falls Sie bereits teilgenommen haben, danken wir Ihnen herzlich; dann können Sie diese Nachricht ignorieren.' },
        { notice: privacyNote.de.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls – im Auftrag von ${f.company}` },
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
        { p: anonymous.en },
        { button: 'Open the survey', href: f.link },
        { small: personal.en },
        { p: 'Thank you for your time!' },
        { notice: privacyNote.en.mail(f.privacy.controller), href: f.privacy.href },
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
        { p: anonymous.en },
        { button: 'Open the survey', href: f.link },
        { small: personal.en },
        { p: 'If you have already taken part, thank you very much; you can ignore this message.' },
        { notice: privacyNote.en.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls, on behalf of ${f.company}` },
      ],
    },
    fallback: 'If the button does not work, open this link:',
  },
  tr: {
    invitation: {
      subject: (company) => `${company}: İşte yapay zekâyı nasıl deneyimliyorsunuz?`,
      blocks: (f) => [
        { p: 'Merhaba,' },
        {
          p: `${f.company} adına Puls aracılığıyla görüşünüzü rica ediyoruz: Günlük işinizde yapay zekâyı nasıl deneyimliyorsunuz?`,
        },
        {
          p: `“${f.title}” anketi yaklaşık ${f.minutes} dakika sürer (yaklaşık ${f.questions} kısa soru) ve şu tarihe kadar açıktır: ${f.until}.`,
        },
        { p: anonymous.tr },
        { button: 'Ankete git', href: f.link },
        { small: personal.tr },
        { p: 'Zaman ayırdığınız için çok teşekkür ederiz!' },
        { notice: privacyNote.tr.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls – ${f.company} adına` },
      ],
    },
    reminder: {
      subject: (company) => `Hatırlatma: ${company} yapay zekâ hakkındaki görüşünüzü rica ediyor`,
      blocks: (f) => [
        { p: 'Merhaba,' },
        {
          p: `${f.company} tarafından Puls aracılığıyla davet edildiğiniz “${f.title}” anketini nazikçe hatırlatmak isteriz. Anket şu tarihe kadar açıktır: ${f.until}. Yaklaşık ${f.minutes} dakika sürer (yaklaşık ${f.questions} kısa soru).`,
        },
        { p: anonymous.tr },
        { button: 'Ankete git', href: f.link },
        { small: personal.tr },
        { p: 'Ankete zaten katıldıysanız çok teşekkür ederiz; bu mesajı dikkate almayabilirsiniz.' },
        { notice: privacyNote.tr.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls – ${f.company} adına` },
      ],
    },
    fallback: 'Düğme çalışmazsa bu bağlantıyı açın:',
  },
  pl: {
    invitation: {
      subject: (company) => `${company}: Jak postrzegasz AI w pracy?`,
      blocks: (f) => [
        { p: 'Dzień dobry,' },
        {
          p: `w imieniu firmy ${f.company} prosimy – za pośrednictwem Puls – o Twoją opinię: jak postrzegasz sztuczną inteligencję w codziennej pracy?`,
        },
        {
          p: `Ankieta „${f.title}” zajmie około ${f.minutes} ${minutes('pl', f.minutes)} (ok. ${f.questions} krótkich pytań). Można ją wypełnić do: ${f.until}.`,
        },
        { p: anonymous.pl },
        { button: 'Przejdź do ankiety', href: f.link },
        { small: personal.pl },
        { p: 'Dziękujemy za poświęcony czas!' },
        { notice: privacyNote.pl.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls – w imieniu firmy ${f.company}` },
      ],
    },
    reminder: {
      subject: (company) => `Przypomnienie: ${company} prosi o Twoją opinię na temat AI`,
      blocks: (f) => [
        { p: 'Dzień dobry,' },
        {
          p: `uprzejmie przypominamy o ankiecie „${f.title}”, do której firma ${f.company} zaprosiła Cię za pośrednictwem Puls. Można ją wypełnić do: ${f.until}; zajmie około ${f.minutes} ${minutes('pl', f.minutes)} (ok. ${f.questions} krótkich pytań).`,
        },
        { p: anonymous.pl },
        { button: 'Przejdź do ankiety', href: f.link },
        { small: personal.pl },
        { p: 'Jeśli ankieta jest już wypełniona, serdecznie dziękujemy – tę wiadomość możesz zignorować.' },
        { notice: privacyNote.pl.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls – w imieniu firmy ${f.company}` },
      ],
    },
    fallback: 'Jeśli przycisk nie działa, otwórz ten link:',
  },
  ru: {
    invitation: {
      subject: (company) => `${company}: Как Вы воспринимаете ИИ на работе?`,
      blocks: (f) => [
        { p: 'Здравствуйте!' },
        {
          p: `По поручению компании ${f.company} мы просим Вас через Puls поделиться мнением: как Вы воспринимаете искусственный интеллект в повседневной работе?`,
        },
        {
          p: `Опрос «${f.title}» займёт около ${f.minutes} ${minutes('ru', f.minutes)} (примерно ${f.questions} коротких вопросов). Срок участия: ${f.until}.`,
        },
        { p: anonymous.ru },
        { button: 'Перейти к опросу', href: f.link },
        { small: personal.ru },
        { p: 'Спасибо за уделённое время!' },
        { notice: privacyNote.ru.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls — по поручению компании ${f.company}` },
      ],
    },
    reminder: {
      subject: (company) => `Напоминание: ${company} просит Вас поделиться мнением об ИИ`,
      blocks: (f) => [
        { p: 'Здравствуйте!' },
        {
          p: `Напоминаем об опросе «${f.title}», на который компания ${f.company} пригласила Вас через Puls. Срок участия: ${f.until}; опрос займёт около ${f.minutes} ${minutes('ru', f.minutes)} (примерно ${f.questions} коротких вопросов).`,
        },
        { p: anonymous.ru },
        { button: 'Перейти к опросу', href: f.link },
        { small: personal.ru },
        { p: 'Если Вы уже приняли участие, большое спасибо — это письмо можно не учитывать.' },
        { notice: privacyNote.ru.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls — по поручению компании ${f.company}` },
      ],
    },
    fallback: 'Если кнопка не работает, откройте эту ссылку:',
  },
  uk: {
    invitation: {
      subject: (company) => `${company}: Як Ви сприймаєте ШІ на роботі?`,
      blocks: (f) => [
        { p: 'Добрий день!' },
        {
          p: `На прохання компанії ${f.company} ми просимо Вас через Puls поділитися думкою: як Ви сприймаєте штучний інтелект у повсякденній роботі?`,
        },
        {
          p: `Опитування «${f.title}» триватиме близько ${f.minutes} ${minutes('uk', f.minutes)} (приблизно ${f.questions} коротких запитань). Строк участі: ${f.until}.`,
        },
        { p: anonymous.uk },
        { button: 'Перейти до опитування', href: f.link },
        { small: personal.uk },
        { p: 'Дякуємо за Ваш час!' },
        { notice: privacyNote.uk.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls — на прохання компанії ${f.company}` },
      ],
    },
    reminder: {
      subject: (company) => `Нагадування: ${company} просить Вас поділитися думкою про ШІ`,
      blocks: (f) => [
        { p: 'Добрий день!' },
        {
          p: `Нагадуємо про опитування «${f.title}», до якого компанія ${f.company} запросила Вас через Puls. Строк участі: ${f.until}; опитування триватиме близько ${f.minutes} ${minutes('uk', f.minutes)} (приблизно ${f.questions} коротких запитань).`,
        },
        { p: anonymous.uk },
        { button: 'Перейти до опитування', href: f.link },
        { small: personal.uk },
        { p: 'Якщо Ви вже взяли участь, щиро дякуємо — цей лист можна не враховувати.' },
        { notice: privacyNote.uk.mail(f.privacy.controller), href: f.privacy.href },
        { sign: `Puls — на прохання компанії ${f.company}` },
      ],
    },
    fallback: 'Якщо кнопка не працює, відкрийте це посилання:',
  },
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

import type { StaffTexts } from '../lib/i18n';
import { minutes } from '../mail/templates.text';
import { shortQuestions } from '../survey/survey.text.types';

/** What a letter and a team-code slip say: everything a person on paper reads before the survey, in their language. */
export interface LetterText {
  title: string;
  reminderTitle: string;
  /** Labels of the address block, for whoever hands the letters out. */
  recipient: { name: string; team: string; employeeId: string };
  why: (company: string) => string;
  effort: (title: string, minutes: number, questions: number, until: string) => string;
  anonymityTitle: string;
  /** Exactly three sentences: what is stored, what is shown, what nobody can tell. */
  anonymity: (k: number) => [string, string, string];
  howTitle: string;
  scan: string;
  orType: (address: string) => string;
  personal: string;
  reminderNote: string;
  languages: string;
  thanks: string;
  sign: (company: string) => string;
  slip: { title: string; open: (address: string) => string; valid: (until: string) => string; anonymous: string };
}

export const letterText: StaffTexts<LetterText> = {
  de: {
    title: 'Ihre Einschätzung ist gefragt: Wie erleben Sie KI bei der Arbeit?',
    reminderTitle: 'Erinnerung: Ihre Einschätzung zu KI bei der Arbeit',
    recipient: { name: 'Für', team: 'Team', employeeId: 'Personalnummer' },
    why: (c) =>
      `${c} möchte wissen, wie alle Beschäftigten künstliche Intelligenz (KI) bei der Arbeit erleben – auch dort, wo niemand eine E-Mail-Adresse hat. Dafür bittet ${c} Sie über Puls um Ihre Einschätzung.`,
    effort: (title, min, q, until) => `Die Befragung „${title}“ dauert etwa ${min} Minuten (rund ${q} kurze Fragen) und ist bis ${until} geöffnet.`,
    anonymityTitle: 'Ihre Anonymität',
    anonymity: (k) => [
      'Ihre Antworten werden verschlüsselt und ohne Ihren Namen gespeichert: Niemand – weder Ihre Führungskraft noch die Personalabteilung – kann sehen, was Sie geantwortet haben.',
      `Ergebnisse gibt es erst nach dem Ende der Befragung und nur für Gruppen von mindestens ${k} Personen.`,
      'Ob Sie teilgenommen haben, lässt sich aus den gespeicherten Daten nicht ablesen.',
    ],
    howTitle: 'So nehmen Sie teil',
    scan: 'Scannen Sie den QR-Code mit Ihrem Handy',
    orType: (a) => `oder öffnen Sie ${a} und geben Sie diesen Code ein:`,
    personal: 'QR-Code und Code gelten nur für Sie und nur für eine Antwort. Bitte geben Sie diesen Brief nicht weiter.',
    reminderNote: 'Falls Sie schon teilgenommen haben: Vielen Dank! Dann können Sie diesen Brief entsorgen.',
    languages: 'Die Befragung gibt es in diesen Sprachen:',
    thanks: 'Vielen Dank für Ihre Zeit!',
    sign: (c) => `Puls – im Auftrag von ${c}`,
    slip: {
      title: 'Anonyme Befragung zu KI',
      open: (a) => `Öffnen Sie ${a} und geben Sie diesen Code ein:`,
      valid: (u) => `Gültig für eine Antwort, bis ${u}.`,
      anonymous: 'Der Code gehört zu keiner Person: Niemand kann sehen, wer ihn benutzt oder was geantwortet wurde.',
    },
  },
  en: {
    title: 'Your view, please: how do you experience AI at work?',
    reminderTitle: 'Reminder: your view on AI at work',
    recipient: { name: 'For', team: 'Team', employeeId: 'Employee no.' },
    why: (c) =>
      `${c} would like to know how everyone who works here experiences artificial intelligence (AI) at work – including those without an email address. That is why ${c} is asking for your view via Puls.`,
    effort: (title, min, q, until) => `The survey “${title}” takes about ${min} minutes (around ${q} short questions) and is open until ${until}.`,
    anonymityTitle: 'Your anonymity',
    anonymity: (k) => [
      'Your answers are stored encrypted and without your name: nobody, not your manager and not HR, can see what you answered.',
      `Results exist only after the survey has closed, and only for groups of at least ${k} people.`,
      'Whether you took part cannot be read from the stored data.',
    ],
    howTitle: 'How to take part',
    scan: 'Scan the QR code with your phone',
    orType: (a) => `or open ${a} and enter this code:`,
    personal: 'The QR code and the code are yours alone and good for one answer. Please do not pass this letter on.',
    reminderNote: 'If you have already taken part: thank you! You can throw this letter away.',
    languages: 'The survey is available in these languages:',
    thanks: 'Thank you for your time!',
    sign: (c) => `Puls, on behalf of ${c}`,
    slip: {
      title: 'Anonymous survey on AI',
      open: (a) => `Open ${a} and enter this code:`,
      valid: (u) => `Good for one answer, until ${u}.`,
      anonymous: 'The code belongs to nobody: no one can see who used it or what was answered.',
    },
  },
  tr: {
    title: 'Görüşünüz önemli: İşte yapay zekâyı nasıl deneyimliyorsunuz?',
    reminderTitle: 'Hatırlatma: İşte yapay zekâ hakkındaki görüşünüz',
    recipient: { name: 'Alıcı', team: 'Ekip', employeeId: 'Personel no.' },
    why: (c) =>
      `${c}, burada çalışan herkesin – e-posta adresi olmayanlar da dahil – işte yapay zekâyı nasıl deneyimlediğini öğrenmek istiyor. Bu nedenle ${c}, Puls aracılığıyla görüşünüzü rica ediyor.`,
    effort: (title, min, q, until) => `“${title}” anketi yaklaşık ${min} dakika sürer (yaklaşık ${q} kısa soru) ve şu tarihe kadar açıktır: ${until}.`,
    anonymityTitle: 'Anonimliğiniz',
    anonymity: (k) => [
      'Yanıtlarınız şifreli ve adınız olmadan saklanır: Ne yöneticiniz ne de insan kaynakları ne yanıt verdiğinizi göremez.',
      `Sonuçlar ancak anket bittikten sonra ve yalnızca en az ${k} kişilik gruplar için oluşur.`,
      'Katılıp katılmadığınız saklanan verilerden anlaşılamaz.',
    ],
    howTitle: 'Nasıl katılırsınız',
    scan: 'QR kodunu telefonunuzla okutun',
    orType: (a) => `ya da ${a} adresini açıp bu kodu girin:`,
    personal: 'QR kodu ve kod yalnızca size özeldir ve tek bir yanıt için geçerlidir. Lütfen bu mektubu başkasına vermeyin.',
    reminderNote: 'Zaten katıldıysanız çok teşekkürler! Bu mektubu atabilirsiniz.',
    languages: 'Anket şu dillerde yapılabilir:',
    thanks: 'Zaman ayırdığınız için teşekkür ederiz!',
    sign: (c) => `Puls – ${c} adına`,
    slip: {
      title: 'Yapay zekâ hakkında anonim anket',
      open: (a) => `${a} adresini açın ve bu kodu girin:`,
      valid: (u) => `Tek bir yanıt için geçerlidir, son tarih: ${u}.`,
      anonymous: 'Kod hiçbir kişiye ait değildir: Kimin kullandığını ya da ne yanıt verildiğini kimse göremez.',
    },
  },
  pl: {
    title: 'Twoje zdanie się liczy: jak postrzegasz AI w pracy?',
    reminderTitle: 'Przypomnienie: Twoje zdanie o AI w pracy',
    recipient: { name: 'Dla', team: 'Zespół', employeeId: 'Nr pracownika' },
    why: (c) =>
      `Firma ${c} chce wiedzieć, jak wszyscy pracownicy postrzegają sztuczną inteligencję (AI) w pracy – również ci, którzy nie mają adresu e-mail. Dlatego ${c} prosi Cię za pośrednictwem Puls o opinię.`,
    effort: (title, min, q, until) =>
      `Ankieta „${title}” zajmie około ${min} ${minutes('pl', min)} (ok. ${shortQuestions('pl', q)}). Można ją wypełnić do: ${until}.`,
    anonymityTitle: 'Twoja anonimowość',
    anonymity: (k) => [
      'Twoje odpowiedzi są zapisywane w formie zaszyfrowanej i bez nazwiska: nikt – ani przełożeni, ani dział kadr – nie zobaczy, co odpowiesz.',
      `Wyniki powstają dopiero po zakończeniu ankiety i tylko dla grup liczących co najmniej ${k} osób.`,
      'Z zapisanych danych nie da się odczytać, kto wziął udział w ankiecie.',
    ],
    howTitle: 'Jak wziąć udział',
    scan: 'Zeskanuj kod QR telefonem',
    orType: (a) => `albo otwórz ${a} i wpisz ten kod:`,
    personal: 'Kod QR i kod są przeznaczone tylko dla Ciebie i ważne dla jednej odpowiedzi. Prosimy nie przekazywać tego listu innym.',
    reminderNote: 'Jeśli ankieta jest już wypełniona – dziękujemy! Ten list możesz wyrzucić.',
    languages: 'Ankieta jest dostępna w tych językach:',
    thanks: 'Dziękujemy za poświęcony czas!',
    sign: (c) => `Puls – w imieniu firmy ${c}`,
    slip: {
      title: 'Anonimowa ankieta o AI',
      open: (a) => `Otwórz ${a} i wpisz ten kod:`,
      valid: (u) => `Ważny dla jednej odpowiedzi, do: ${u}.`,
      anonymous: 'Kod nie należy do żadnej osoby: nikt nie zobaczy, kto go użył ani co odpowiedziano.',
    },
  },
  ru: {
    title: 'Ваше мнение важно: как Вы воспринимаете ИИ на работе?',
    reminderTitle: 'Напоминание: Ваше мнение об ИИ на работе',
    recipient: { name: 'Кому', team: 'Команда', employeeId: 'Табельный номер' },
    why: (c) =>
      `Компания ${c} хочет знать, как все сотрудники воспринимают искусственный интеллект (ИИ) на работе — в том числе те, у кого нет адреса электронной почты. Поэтому ${c} просит Вас через Puls поделиться мнением.`,
    effort: (title, min, q, until) =>
      `Опрос «${title}» займёт около ${min} ${minutes('ru', min)} (примерно ${shortQuestions('ru', q)}). Срок участия: ${until}.`,
    anonymityTitle: 'Ваша анонимность',
    anonymity: (k) => [
      'Ваши ответы хранятся в зашифрованном виде и без Вашего имени: никто — ни Ваш руководитель, ни отдел кадров — не сможет увидеть, что Вы ответили.',
      `Результаты появляются только после окончания опроса и только для групп не менее чем из ${k} человек.`,
      'По сохранённым данным нельзя узнать, участвовали ли Вы.',
    ],
    howTitle: 'Как принять участие',
    scan: 'Отсканируйте QR-код телефоном',
    orType: (a) => `или откройте ${a} и введите этот код:`,
    personal: 'QR-код и код предназначены только для Вас и действуют для одного ответа. Пожалуйста, не передавайте это письмо другим.',
    reminderNote: 'Если Вы уже приняли участие — спасибо! Это письмо можно выбросить.',
    languages: 'Опрос доступен на этих языках:',
    thanks: 'Спасибо за уделённое время!',
    sign: (c) => `Puls — по поручению компании ${c}`,
    slip: {
      title: 'Анонимный опрос об ИИ',
      open: (a) => `Откройте ${a} и введите этот код:`,
      valid: (u) => `Действует для одного ответа до: ${u}.`,
      anonymous: 'Код не принадлежит никому: никто не увидит, кто его использовал и что ответил.',
    },
  },
  uk: {
    title: 'Ваша думка важлива: як Ви сприймаєте ШІ на роботі?',
    reminderTitle: 'Нагадування: Ваша думка про ШІ на роботі',
    recipient: { name: 'Кому', team: 'Команда', employeeId: 'Табельний номер' },
    why: (c) =>
      `Компанія ${c} хоче знати, як усі працівники сприймають штучний інтелект (ШІ) на роботі — зокрема ті, хто не має адреси електронної пошти. Тому ${c} просить Вас через Puls поділитися думкою.`,
    effort: (title, min, q, until) =>
      `Опитування «${title}» триватиме близько ${min} ${minutes('uk', min)} (приблизно ${shortQuestions('uk', q)}). Строк участі: ${until}.`,
    anonymityTitle: 'Ваша анонімність',
    anonymity: (k) => [
      'Ваші відповіді зберігаються в зашифрованому вигляді та без Вашого імені: ніхто — ні Ваш керівник, ні відділ кадрів — не зможе побачити, що Ви відповіли.',
      `Результати з’являються лише після завершення опитування і лише для груп щонайменше з ${k} осіб.`,
      'За збереженими даними неможливо дізнатися, чи брали Ви участь.',
    ],
    howTitle: 'Як взяти участь',
    scan: 'Відскануйте QR-код телефоном',
    orType: (a) => `або відкрийте ${a} і введіть цей код:`,
    personal: 'QR-код і код призначені лише для Вас і діють для однієї відповіді. Будь ласка, не передавайте цей лист іншим.',
    reminderNote: 'Якщо Ви вже взяли участь — дякуємо! Цей лист можна викинути.',
    languages: 'Опитування доступне цими мовами:',
    thanks: 'Дякуємо за Ваш час!',
    sign: (c) => `Puls — на прохання компанії ${c}`,
    slip: {
      title: 'Анонімне опитування про ШІ',
      open: (a) => `Відкрийте ${a} і введіть цей код:`,
      valid: (u) => `Діє для однієї відповіді до: ${u}.`,
      anonymous: 'Код не належить жодній особі: ніхто не побачить, хто його використав і що відповів.',
    },
  },
};

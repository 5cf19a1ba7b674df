import { list, shortQuestions, things, type SurveyText } from './survey.text.types';

/** Turkish (formal "siz"). Written by the team; docs/translations.md lists what a native reviewer should check. */
export const TR: SurveyText = {
  title: 'Yapay zekâ nabzınız',
  intro: (n) => `${n} kısa soru, yaklaşık iki dakika. Doğru ya da yanlış cevap yoktur – yalnızca sizin görüşünüz önemlidir.`,
  introQuarterly: (n) =>
    `${n} kısa soru, yaklaşık beş dakika – bu kez geçen çeyreğe dönüp bakışla birlikte. Doğru ya da yanlış cevap yoktur – yalnızca sizin görüşünüz önemlidir.`,
  closes: (date) => `Anket şu tarihe kadar açık: ${date}.`,
  requiredNote: 'Lütfen tüm soruları yanıtlayın; yalnızca sondaki yorum isteğe bağlıdır.',
  requiredNoteQuarterly: 'Lütfen tüm soruları yanıtlayın; yalnızca metin alanları isteğe bağlıdır.',
  constructs: {
    trust: 'Güven ve netlik',
    fear: 'Endişeler',
    gap: 'İşinizde yapay zekâ',
    maturity: 'Yapay zekâdaki seviyeniz',
    kpi: 'Fayda',
    comment: 'Yorumunuz',
  },
  retrospective: 'Geçen çeyreğe dönüp bakışınız',
  identifying: {
    title: 'Lütfen metinlerinizi kontrol edin',
    intro: 'Henüz hiçbir şey gönderilmedi. Bu yanıtlarda kişileri tanınır kılabilecek bir şey olabilir:',
    field: (findings) =>
      `Metniniz ${list('tr', findings)} içeriyor olabilir. Yorumlar gönderen bilgisi olmadan gösterilir, ancak ${things('tr', findings)} kişileri tanınır hâle getirebilir. Metni değiştirebilir ya da yine de gönderebilirsiniz.`,
    send: 'Kontrol ettim – şimdi gönder',
  },
  submit: 'Yanıtları gönder',
  errorTitle: 'Lütfen yanıtlarınızı kontrol edin',
  errorIntro: 'Bu sorularda hâlâ eksik var:',
  problems: {
    required: () => 'Lütfen bir yanıt seçin.',
    type: () => 'Bu yanıt geçerli değil. Lütfen yeniden seçin.',
    range: () => 'Bu yanıt geçerli değil. Lütfen yeniden seçin.',
    option: () => 'Bu yanıt geçerli değil. Lütfen yeniden seçin.',
    too_long: (max) => `Lütfen metninizi en fazla ${max} karaktere kısaltın.`,
    unknown: () => 'Formda bilinmeyen bir soru vardı. Lütfen sayfayı yeniden yükleyin.',
  },
  commentWarning:
    'Lütfen isim ya da sizi veya başkalarını tanınır kılabilecek bir şey yazmayın – örneğin yalnızca birkaç kişinin bildiği bir proje, yer ya da olay.',
  maxChars: (max) => `En fazla ${max} karakter.`,
  anonymity: {
    title: 'Anonimliğiniz nasıl korunuyor',
    points: (k, kc) => [
      'Yanıtlarınız şifreli ve adınız olmadan saklanır. Bundan ayrı olarak yalnızca katıldığınız not edilir; böylece bağlantınız ya da kodunuz ikinci kez çalışmaz ve size başka hatırlatma gelmez.',
      'Şunlar saklanmaz: bu ikisi arasındaki herhangi bir bağlantı, yanıt verdiğiniz zaman ve IP adresiniz.',
      'Anket sürdüğü sürece tüm yanıtlar mühürlü kalır; anahtar veritabanında değildir. Sonuçlar ancak anket bittikten sonra oluşur.',
      `Sonuçlar yalnızca en az ${k} kişilik gruplar için gösterilir. Tüm değerlendirmeler aynı sabit gruplardan oluşur; bu yüzden kimse iki sayıyı karşılaştırarak ya da birbirinden çıkararak ${k} kişiden küçük bir gruba ulaşamaz. Bir grup içindeki ayrımlar (örneğin kullananlar ve kullanmayanlar) yalnızca her bölümde en az ${k} kişi varsa gösterilir.`,
      `Yorumlar yalnızca en az ${kc} kişinin yanıt verdiği yerlerde gösterilir – rastgele sırayla, ekip, rol ya da zaman bilgisi olmadan.`,
      'Yöneticiler kendi alanlarının sonuçlarını yalnızca grup değerleri olarak görür. Sistem yöneticileri katılım sayılarını yalnızca sonuçların da gösterildiği yerlerde görür. Tek tek yanıtları kimse görmez.',
      'Dürüst sınır: Anket sürerken hem gizli anahtara hem de veritabanının bir kopyasına sahip olan biri mühürlü yanıtları okuyabilirdi – ekip ve rolle birlikte, ama isim olmadan.',
    ],
  },
  thanks: {
    title: 'Çok teşekkürler!',
    body: 'Yanıtlarınız mühürlü olarak kaydedildi.',
    already: 'Bu bağlantı tam olarak bir yanıt için geçerlidir ve o yanıt zaten alındı. Katıldığınız için teşekkürler!',
    notYou: 'Yanıtı siz vermediyseniz lütfen anketi yürüten birime başvurun.',
    results: (date, k) => `Sonuçlar anket sona erdiğinde (${date}) oluşur – ve yalnızca en az ${k} kişilik gruplar için.`,
    close: 'Bu sayfayı şimdi kapatabilirsiniz.',
  },
  contact: {
    label: 'Anketle ilgili sorular için:',
    fallback: 'Anketle ilgili sorularınızı insan kaynakları biriminiz yanıtlar.',
  },
  closed: {
    title: 'Bu anket sona erdi',
    body: 'Artık yanıt verilemez. Bir sonraki tur için yeni bir bağlantıyla yeni bir davet alacaksınız.',
  },
  notFound: {
    title: 'Bağlantı bulunamadı',
    body: 'Bu anket bağlantısını tanımıyoruz. Lütfen eksiksiz olup olmadığını kontrol edin ya da doğrudan davetinizden açın.',
  },
  language: 'Dil seçin',
  code: {
    title: 'Kodunuzu girin',
    intro: 'Mektubunuzdaki ya da kâğıt fişinizdeki kodu girin. Kod bir kez geçerlidir ve anketi açar.',
    label: 'Kodunuz',
    hint: 'On iki karakter, örneğin K7QM-3XRF-9HTB. Büyük/küçük harf ve tire fark etmez.',
    submit: 'Ankete devam et',
    anonymous: 'Kod, kişisel bir bağlantı gibi çalışır: yalnızca bir kez ve aynı korumayla; ne yanıt verdiğinizi kimse göremez.',
    notFound: { title: 'Kod bulunamadı', body: 'Bu kodu tanımıyoruz. Lütfen karakterleri kontrol edin ve yeniden deneyin.' },
    used: {
      title: 'Bu kod zaten kullanıldı',
      body: 'Her kod tam olarak bir yanıt için geçerlidir ve bu kodla zaten yanıt verildi.',
      hint: 'Yanıtı siz vermediyseniz lütfen anketi yürüten birime ya da işyeri temsilciliğine (Betriebsrat) başvurun.',
    },
  },
};

/** Polish (addressed with "Ty", gender-neutral wording). docs/translations.md lists what a native reviewer should check. */
export const PL: SurveyText = {
  title: 'Twój puls AI',
  intro: (n) => `${shortQuestions('pl', n)}, około dwóch minut. Nie ma dobrych ani złych odpowiedzi – liczy się tylko Twoje zdanie.`,
  introQuarterly: (n) =>
    `${shortQuestions('pl', n)}, około pięciu minut – tym razem z podsumowaniem kwartału. Nie ma dobrych ani złych odpowiedzi – liczy się tylko Twoje zdanie.`,
  closes: (date) => `Ankieta jest otwarta do: ${date}.`,
  requiredNote: 'Odpowiedz proszę na wszystkie pytania; tylko komentarz na końcu jest dobrowolny.',
  requiredNoteQuarterly: 'Odpowiedz proszę na wszystkie pytania; tylko pola tekstowe są dobrowolne.',
  constructs: {
    trust: 'Zaufanie i jasność',
    fear: 'Obawy',
    gap: 'AI w Twojej pracy',
    maturity: 'Twój poziom w pracy z AI',
    kpi: 'Korzyści',
    comment: 'Twój komentarz',
  },
  retrospective: 'Twoje podsumowanie kwartału',
  identifying: {
    title: 'Sprawdź proszę swoje teksty',
    intro: 'Nic jeszcze nie zostało wysłane. W tych odpowiedziach może być coś, po czym można rozpoznać konkretne osoby:',
    field: (findings) =>
      `Twój tekst może zawierać ${list('pl', findings)}. Komentarze są pokazywane bez nadawcy, ale ${things('pl', findings)} mogą pozwolić rozpoznać osoby. Możesz zmienić tekst albo mimo to go wysłać.`,
    send: 'Sprawdzone – wyślij teraz',
  },
  submit: 'Wyślij odpowiedzi',
  errorTitle: 'Sprawdź proszę swoje odpowiedzi',
  errorIntro: 'W tych pytaniach czegoś jeszcze brakuje:',
  problems: {
    required: () => 'Wybierz proszę odpowiedź.',
    type: () => 'Ta odpowiedź jest nieprawidłowa. Wybierz proszę jeszcze raz.',
    range: () => 'Ta odpowiedź jest nieprawidłowa. Wybierz proszę jeszcze raz.',
    option: () => 'Ta odpowiedź jest nieprawidłowa. Wybierz proszę jeszcze raz.',
    too_long: (max) => `Skróć proszę tekst do najwyżej ${max} znaków.`,
    unknown: () => 'Formularz zawierał nieznane pytanie. Odśwież proszę stronę.',
  },
  commentWarning:
    'Nie wpisuj proszę nazwisk ani niczego, po czym można rozpoznać Ciebie lub inne osoby – np. projektu, miejsca czy wydarzenia, o którym wie tylko kilka osób.',
  maxChars: (max) => `Najwyżej ${max} znaków.`,
  anonymity: {
    title: 'Jak chronimy Twoją anonimowość',
    points: (k, kc) => [
      'Zapisujemy Twoje odpowiedzi – zaszyfrowane i bez Twojego nazwiska. Osobno odnotowujemy tylko sam fakt udziału, aby Twój link lub kod nie zadziałał drugi raz i aby nie przychodziły już przypomnienia.',
      'Nie zapisujemy: żadnego powiązania między tymi dwiema informacjami, czasu udzielenia odpowiedzi ani Twojego adresu IP.',
      'Dopóki ankieta trwa, wszystkie odpowiedzi pozostają zapieczętowane; klucz nie znajduje się w bazie danych. Wyniki powstają dopiero po zakończeniu ankiety.',
      `Wyniki są pokazywane tylko dla grup liczących co najmniej ${k} osób. Wszystkie zestawienia składają się z tych samych stałych grup, więc nikt nie może – porównując lub odejmując dwie liczby – dojść do grupy mniejszej niż ${k} osób. Podziały wewnątrz grupy (np. osoby korzystające i niekorzystające z AI) są pokazywane tylko wtedy, gdy każda część liczy co najmniej ${k} osób.`,
      `Komentarze są pokazywane tylko tam, gdzie odpowiedziało co najmniej ${kc} osób – w losowej kolejności i bez zespołu, roli czy czasu.`,
      'Przełożeni widzą wyniki swojego obszaru wyłącznie jako wartości grupowe. Administratorzy widzą liczby uczestników tylko tam, gdzie pokazywane są też wyniki. Pojedynczych odpowiedzi nie widzi nikt.',
      'Uczciwa granica: ktoś, kto w trakcie ankiety miałby jednocześnie tajny klucz i kopię bazy danych, mógłby odczytać zapieczętowane odpowiedzi – z zespołem i rolą, ale bez nazwisk.',
    ],
  },
  thanks: {
    title: 'Dziękujemy!',
    body: 'Twoje odpowiedzi zostały zapisane i zapieczętowane.',
    already: 'Ten link jest ważny dla dokładnie jednej odpowiedzi, która już do nas dotarła. Dziękujemy za udział!',
    notYou: 'Jeśli to nie była Twoja odpowiedź, zwróć się proszę do osoby lub działu prowadzącego ankietę.',
    results: (date, k) => `Wyniki pojawią się po zakończeniu ankiety (${date}) – i tylko dla grup liczących co najmniej ${k} osób.`,
    close: 'Możesz teraz zamknąć tę stronę.',
  },
  contact: {
    label: 'Pytania dotyczące ankiety:',
    fallback: 'Na pytania dotyczące ankiety odpowie dział kadr.',
  },
  closed: {
    title: 'Ta ankieta została zakończona',
    body: 'Odpowiedzi nie są już możliwe. W następnej turze otrzymasz nowe zaproszenie z nowym linkiem.',
  },
  notFound: {
    title: 'Nie znaleziono linku',
    body: 'Nie znamy tego linku do ankiety. Sprawdź proszę, czy jest kompletny, albo otwórz go bezpośrednio z zaproszenia.',
  },
  language: 'Wybierz język',
  code: {
    title: 'Wpisz swój kod',
    intro: 'Wpisz kod z listu lub z karteczki. Kod jest jednorazowy i otwiera ankietę.',
    label: 'Twój kod',
    hint: 'Dwanaście znaków, np. K7QM-3XRF-9HTB. Wielkość liter i myślniki nie mają znaczenia.',
    submit: 'Dalej do ankiety',
    anonymous: 'Kod działa jak link osobisty: tylko raz i z tą samą ochroną; nikt nie zobaczy, co odpowiesz.',
    notFound: { title: 'Nie znaleziono kodu', body: 'Nie znamy tego kodu. Sprawdź proszę znaki i spróbuj ponownie.' },
    used: {
      title: 'Ten kod został już użyty',
      body: 'Każdy kod jest ważny dla dokładnie jednej odpowiedzi, a tym kodem już odpowiedziano.',
      hint: 'Jeśli to nie była Twoja odpowiedź, zwróć się proszę do osoby lub działu prowadzącego ankietę albo do rady zakładowej (Betriebsrat).',
    },
  },
};

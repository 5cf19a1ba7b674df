import type { BankTranslation } from './types';

/** Polish, first version (addressed with "Ty", as many staff surveys do). See docs/translations.md. */
export const PL_1: BankTranslation = {
  lang: 'pl',
  version: 'pl.1',
  banks: ['2026.1', '2026.2'],
  agree: ['zdecydowanie się nie zgadzam', 'zdecydowanie się zgadzam'],
  questions: {
    'trust.safety': { text: 'W moim zespole mogę otwarcie przyznać, że czegoś nie wiem o AI, że mam pytanie albo że zdarzył mi się błąd.' },
    'trust.rules': { text: 'Jest dla mnie jasne, z jakich narzędzi AI mogę korzystać w pracy i jakich danych mogę przy tym używać.' },
    'trust.transparency': { text: 'Nasze kierownictwo zrozumiale wyjaśnia, dlaczego korzystamy z AI, co się przez to zmienia, a co nie.' },
    'trust.sharing': { text: 'Wiedzą o AI dzielimy się u nas otwarcie – nie zatrzymuje jej dla siebie kilka osób.' },
    'trust.support': { text: 'Ufam, że AI jest u nas wprowadzana po to, by wspierać ludzi w ich pracy.' },
    'fear.job': { text: 'Obawiam się, że AI zagraża mojemu miejscu pracy.' },
    'fear.behind': { text: 'Boję się, że w kwestii AI zostanę w tyle za koleżankami i kolegami.' },
    'fear.gaps': { text: 'Nie zadaję pytań o AI, bo mogłoby wyjść na jaw, czego jeszcze nie potrafię.' },
    'fear.pressure': { text: 'Czuję presję, by korzystać z AI, choć nikt mi nie pokazuje, jak robić to dobrze.' },
    'fear.mistakes': { text: 'Boję się, że popełnię przy AI błędy, które potem zostaną obrócone przeciwko mnie.' },
    'gap.potential': { text: 'AI ma duży potencjał, by ułatwić lub usprawnić moją pracę.' },
    'gap.use': {
      text: 'Jak często korzystasz z narzędzi AI w pracy?',
      options: { never: 'Nigdy', tried: 'Zdarzyło mi się spróbować', monthly: 'Mniej więcej raz w miesiącu', weekly: 'Co tydzień', daily: 'Codziennie' },
    },
    'gap.knowledge': { text: 'Wiem, jak sensownie wykorzystywać narzędzia AI w moich zadaniach.' },
    'gap.motivation': { text: 'Mam ochotę (jeszcze częściej) próbować AI w swojej pracy.' },
    'gap.time': { text: 'Mam czas i przestrzeń, by uczyć się pracy z AI.' },
    'gap.help': { text: 'Wiem, do kogo mogę się zwrócić, gdy utknę z AI.' },
    'comment.pulse': { text: 'Czy chcesz nam jeszcze coś przekazać? (dobrowolnie)' },
    'maturity.tools': {
      text: 'Znajomość narzędzi: co najlepiej opisuje Twój poziom?',
      options: {
        level1: 'Podstawowe promptowanie – zadaję proste pytania',
        level2: 'Zaawansowane techniki – np. przykłady, role lub instrukcje krok po kroku',
        level3: 'Integracja narzędzi – łączę AI z innymi narzędziami i procesami',
      },
    },
    'maturity.breadth': {
      text: 'Zakres zastosowań: do czego używasz AI?',
      options: { level1: 'Do jednego zastosowania', level2: 'Do kilku zastosowań', level3: 'Między działami – także w pracy z innymi obszarami' },
    },
    'maturity.independence': {
      text: 'Samodzielność: jak pracujesz z AI?',
      options: { level1: 'Pod kierunkiem – zwykle z czyimś wsparciem', level2: 'Samodzielnie', level3: 'Uczę innych' },
    },
    'maturity.innovation': {
      text: 'Innowacyjność: co osiągasz dzięki AI?',
      options: { level1: 'Rozwiązuję istniejące zadania', level2: 'Usprawniam procesy', level3: 'Tworzę nowe rozwiązania' },
    },
    'maturity.sharing': {
      text: 'Dzielenie się wiedzą: co robisz z wiedzą o AI?',
      options: {
        level1: 'Korzystam głównie z tego, czym dzielą się inni',
        level2: 'Od czasu do czasu dzielę się własnymi doświadczeniami',
        level3: 'Aktywnie przekazuję wiedzę i zachęcam innych',
      },
    },
    'kpi.hours': {
      text: 'Ile mniej więcej godzin tygodniowo oszczędza Ci AI?',
      options: { '0': 'Wcale', lt1: 'Mniej niż 1 godzinę', '1-2': '1–2 godziny', '2-5': '2–5 godzin', '5+': 'Ponad 5 godzin' },
    },
    'kpi.tasks': {
      text: 'W ilu powtarzających się zadaniach pomaga Ci AI?',
      options: { '0': 'W żadnym', '1': 'W jednym', '2-3': 'W 2–3', '4-6': 'W 4–6', '7+': 'W 7 lub więcej' },
    },
    'comment.works': { text: 'Co w pracy z AI już dobrze Ci wychodzi? (dobrowolnie)' },
    'comment.stalls': { text: 'Gdzie się zacina – co hamuje Cię w korzystaniu z AI? (dobrowolnie)' },
    'comment.support': { text: 'Jakiego wsparcia potrzebujesz? (dobrowolnie)' },
  },
};

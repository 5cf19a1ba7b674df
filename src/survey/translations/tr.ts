import type { BankTranslation } from './types';

/** Turkish, first version. Written by the team; see docs/translations.md for what still wants a native reviewer. */
export const TR_1: BankTranslation = {
  lang: 'tr',
  version: 'tr.1',
  banks: ['2026.1', '2026.2'],
  agree: ['hiç katılmıyorum', 'tamamen katılıyorum'],
  questions: {
    'trust.safety': { text: 'Ekibimde yapay zekâ konusunda bir şeyi bilmediğimi, bir sorum olduğunu ya da bir hata yaptığımı açıkça söyleyebilirim.' },
    'trust.rules': { text: 'İşte hangi yapay zekâ araçlarını kullanabileceğim ve bunlarla hangi verileri kullanabileceğim benim için açık.' },
    'trust.transparency': { text: 'Yöneticilerimiz yapay zekâyı neden kullandığımızı, bunun neyi değiştirdiğini ve neyi değiştirmediğini anlaşılır biçimde açıklıyor.' },
    'trust.sharing': { text: 'Burada yapay zekâ hakkındaki bilgiler birkaç kişide kalmıyor, açıkça paylaşılıyor.' },
    'trust.support': { text: 'Yapay zekânın burada insanlara işlerinde destek olmak için getirildiğine güveniyorum.' },
    'fear.job': { text: 'Yapay zekânın işimi tehlikeye atmasından endişe ediyorum.' },
    'fear.behind': { text: 'Yapay zekâ konusunda iş arkadaşlarımın gerisinde kalmaktan korkuyorum.' },
    'fear.gaps': { text: 'Henüz neyi yapamadığım anlaşılmasın diye yapay zekâ hakkında soru sormaktan kaçınıyorum.' },
    'fear.pressure': { text: 'Kimse bana nasıl iyi kullanılacağını göstermeden yapay zekâ kullanmam için baskı hissediyorum.' },
    'fear.mistakes': { text: 'Yapay zekâyla yapacağım hataların sonradan bana yükleneceğinden korkuyorum.' },
    'gap.potential': { text: 'Yapay zekânın işimi kolaylaştırmak ya da iyileştirmek için büyük bir potansiyeli var.' },
    'gap.use': {
      text: 'İşinizde yapay zekâ araçlarını ne sıklıkla kullanıyorsunuz?',
      options: { never: 'Hiç', tried: 'Bir kez denedim', monthly: 'Ayda bir kadar', weekly: 'Her hafta', daily: 'Her gün' },
    },
    'gap.knowledge': { text: 'Yapay zekâ araçlarını görevlerim için nasıl anlamlı kullanacağımı biliyorum.' },
    'gap.motivation': { text: 'İşimde yapay zekâyı (daha da fazla) denemek istiyorum.' },
    'gap.time': { text: 'Yapay zekâyla çalışmayı öğrenmek için zamanım ve alanım var.' },
    'gap.help': { text: 'Yapay zekâyla ilerleyemediğimde kime başvuracağımı biliyorum.' },
    'comment.pulse': { text: 'Bize söylemek istediğiniz başka bir şey var mı? (isteğe bağlı)' },
    'maturity.tools': {
      text: 'Araç bilgisi: Durumunuzu en iyi hangisi anlatıyor?',
      options: {
        level1: 'Temel komut yazma – basit sorular soruyorum',
        level2: 'İleri teknikler – örnekler, roller veya adım adım talimatlar gibi',
        level3: 'Araç entegrasyonu – yapay zekâyı başka araçlar ve iş akışlarıyla bağlıyorum',
      },
    },
    'maturity.breadth': {
      text: 'Kullanım genişliği: Yapay zekâyı ne için kullanıyorsunuz?',
      options: {
        level1: 'Tek bir kullanım alanı için',
        level2: 'Birkaç kullanım alanı için',
        level3: 'Bölümler arası – başka birimlerle yürütülen işlerde de',
      },
    },
    'maturity.independence': {
      text: 'Bağımsızlık: Yapay zekâyla nasıl çalışıyorsunuz?',
      options: { level1: 'Rehberlikle – çoğunlukla destek alarak', level2: 'Kendi başıma', level3: 'Başkalarına yol gösteriyorum' },
    },
    'maturity.innovation': {
      text: 'Yenilik: Yapay zekâyla neyi başarıyorsunuz?',
      options: { level1: 'Mevcut görevleri çözüyorum', level2: 'Süreçleri iyileştiriyorum', level3: 'Yeni çözümler geliştiriyorum' },
    },
    'maturity.sharing': {
      text: 'Bilgi paylaşımı: Yapay zekâ hakkındaki bilgiyle ne yapıyorsunuz?',
      options: {
        level1: 'Çoğunlukla başkalarının paylaştıklarını kullanıyorum',
        level2: 'Ara sıra kendi deneyimlerimi paylaşıyorum',
        level3: 'Bilgimi aktif olarak aktarıyor ve başkalarını da teşvik ediyorum',
      },
    },
    'kpi.hours': {
      text: 'Yapay zekâ size haftada yaklaşık kaç saat kazandırıyor?',
      options: { '0': 'Hiç', lt1: '1 saatten az', '1-2': '1 ila 2 saat', '2-5': '2 ila 5 saat', '5+': '5 saatten fazla' },
    },
    'kpi.tasks': {
      text: 'Tekrarlayan görevlerinizin kaçında yapay zekâ size yardımcı oluyor?',
      options: { '0': 'Hiçbirinde', '1': 'Birinde', '2-3': '2 ila 3 görevde', '4-6': '4 ila 6 görevde', '7+': '7 veya daha fazla görevde' },
    },
    'comment.works': { text: 'Yapay zekâyla sizin için şimdiden iyi işleyen ne? (isteğe bağlı)' },
    'comment.stalls': { text: 'Nerede takılıyor – yapay zekâyı kullanmanızı ne engelliyor? (isteğe bağlı)' },
    'comment.support': { text: 'Nasıl bir desteğe ihtiyacınız olurdu? (isteğe bağlı)' },
  },
};

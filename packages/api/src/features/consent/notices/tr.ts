import type { NoticeLanguageTexts } from './types.js';

/**
 * Turkish consent notices (Türkçe onay metinleri), version 2026-12. `adult` is for parents,
 * `childFriendly` for the pupil (CON-10). Written in plain Turkish; a native speaker should
 * review them before use (see apps/portal/README.md). Paragraphs are separated by an empty line.
 */
export const tr: NoticeLanguageTexts = {
  answers: {
    adult: {
      required: { no: 'Hayır diyebilirsiniz.', then: 'Ama bu olmadan gönüllünün desteği başlayamaz.', withdrawn: 'O zaman gönüllünün desteği sona erer.' },
      optional: { no: 'Hayır demek sorun değil.', then: 'Gönüllünün desteği devam eder.', withdrawn: 'Gönüllünün desteği devam eder.' },
    },
    childFriendly: {
      required: { no: 'Hayır diyebilirsin.', then: 'Ama bu olmadan mentorun olamaz.', withdrawn: 'O zaman mentorun artık gelmez.' },
      optional: { no: 'Hayır diyebilirsin. Bu sorun değil.', then: 'Mentorun yine gelir.', withdrawn: 'Mentorun yine gelir.' },
    },
  },
  purposes: {
    mentoring: {
      adult: {
        title: 'Katılım: çocuğunuz için bir gönüllü',
        paragraphs: [
          'Bir gönüllü çocuğunuza okulda yardım eder. Gönüllü çocuğunuzla her hafta görüşür veya onu arar. Bu sizin evinizde veya telefonla olabilir.',
          'Tüm gönüllülerimiz kontrol edilmiştir. İyi hal belgeleri (VOG) vardır ve eğitim almışlardır.',
          'Bunun için bazı bilgileri saklarız: çocuğunuzun adı, okulu ve sınıfı, sizin adınız ve size nasıl ulaşabileceğimiz, ve nasıl gittiğine dair kısa notlar. Bunları sadece koordinatör ve çocuğunuzun gönüllüsü görür. Bilgileri gerektiği kadar saklarız.',
          'Gönüllü çocuğunuzun güvenliğinden endişe ederse, bunu koordinatöre söyler. Bu her zaman böyledir.',
        ],
        ifNo: { required: 'O zaman çocuğunuz gönüllü almaz. Okulda başka hiçbir şey değişmez.' },
        withdraw: 'İstediğiniz zaman durdurabilirsiniz. Portalda bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin. Nedenini söylemek zorunda değilsiniz.',
      },
      childFriendly: {
        title: 'Bir mentor ister misin?',
        paragraphs: [
          'Mentor, sana okulda yardım eden bir gönüllüdür. Mentorunu her hafta görürsün veya onunla telefonda konuşursun.',
          'Mentorun adını, okulunu ve nasıl olduğunu bilir. Koordinatör de bilir. Başka kimse bilmez.',
          'Mentorun senin güvende olmadığından endişe ederse, bunu koordinatöre söyler. Bu sana yardım etmek içindir.',
        ],
        ifNo: { required: 'Kimse sana kızmaz.' },
        withdraw: 'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      },
    },
    shareContactDetails: {
      adult: {
        title: 'Adresinizi ve telefon numaranızı gönüllüye vermek',
        paragraphs: [
          'Gönüllünün randevu yapmak için size ulaşabilmesi gerekir. Bu yüzden adresinizi ve telefon numaranızı çocuğunuzun gönüllüsüne veririz.',
          'Bunları sadece bu gönüllü alır. Gönüllü bunları sadece randevular için kullanır ve destek bitince siler.',
        ],
        ifNo: { optional: 'O zaman koordinatör başka bir yolla randevu yapmanıza yardım eder.' },
        withdraw: 'İstediğiniz zaman durdurabilirsiniz. Bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin. Gönüllü o zaman bilgilerinizi siler.',
      },
      childFriendly: {
        title: 'Mentorun telefon numaranı ve adresini alabilir mi?',
        paragraphs: [
          'Mentorunun seni araması veya ziyaret etmesi için telefon numarana veya adresine ihtiyacı var.',
          'Bunu sadece mentorun alır. Mentorun bunu sadece buluşmalarınız için kullanır.',
        ],
        ifNo: { optional: 'O zaman koordinatör başka bir yol bulur.' },
        withdraw: 'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      },
    },
    shareWithSchool: {
      adult: {
        title: 'Gönüllü ve okul birlikte konuşur',
        paragraphs: [
          'Gönüllü ve okuldaki rehber öğretmen bazen çocuğunuz hakkında konuşur. Okul hakkında konuşurlar: nasıl gittiğini ve çocuğunuzun neye ihtiyacı olduğunu.',
          'Sadece çocuğunuza okulda yardım eden şeyleri paylaşırlar. Çocuğunuzun güvenliği tehlikede değilse, diğer konular sizinle gönüllü arasında kalır.',
        ],
        ifNo: { optional: 'O zaman gönüllü ve okul çocuğunuz hakkında konuşmaz.' },
        withdraw: 'İstediğiniz zaman durdurabilirsiniz. Bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin.',
      },
      childFriendly: {
        title: 'Mentorun öğretmeninle konuşabilir mi?',
        paragraphs: [
          'Mentorun ve okuldaki öğretmenin, okulun senin için nasıl gittiğini konuşabilir. Sana daha iyi yardım etmek için bunu yaparlar.',
          'Sadece okul hakkında konuşurlar.',
        ],
        ifNo: { optional: 'O zaman senin hakkında konuşmazlar.' },
        withdraw: 'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      },
    },
    evaluation: {
      adult: {
        title: 'Yardımımızı iyileştirmek için anketler',
        paragraphs: [
          'Bazen sizden kısa bir anket doldurmanızı isteriz. Örneğin başta ve sonda. Nasıl gittiğini ve neyin daha iyi olabileceğini sorarız.',
          'Cevapları yardımımızı daha iyi yapmak için kullanırız. Raporlarda sadece birçok kişinin toplamları vardır. Adınız asla yer almaz.',
        ],
        ifNo: { optional: 'O zaman size anket göndermeyiz.' },
        withdraw: 'İstediğiniz zaman durdurabilirsiniz. Bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin.',
      },
      childFriendly: {
        title: 'Bazen birkaç soruya cevap vermek ister misin?',
        paragraphs: [
          'Bazen sana birkaç soru sorarız. Örneğin: hoşuna gidiyor mu? Ne daha iyi olabilir?',
          'Cevapların onu daha iyi yapmamıza yardım eder. Senin ne dediğini adınla birlikte asla başkalarına söylemeyiz.',
        ],
        ifNo: {},
        withdraw: 'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      },
    },
    photoMedia: {
      adult: {
        title: 'Bültenimizde ve web sitemizde fotoğraflar',
        paragraphs: [
          'Bazen etkinliklerde fotoğraf çekeriz. Çocuğunuzun bir fotoğrafını bültenimizde, web sitemizde veya bir raporda kullanabiliriz. Bunları birçok kişi görebilir.',
          'Bir fotoğrafın yanına çocuğunuzun tam adını veya okulunu asla yazmayız.',
        ],
        ifNo: { optional: 'O zaman çocuğunuzun fotoğraflarını kullanmayız. Diğer her şey aynı kalır.' },
        withdraw: 'İstediğiniz zaman durdurabilirsiniz. Bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin. O zaman yeni fotoğraf kullanmayız ve çocuğunuzun fotoğraflarını web sitemizden kaldırırız. Zaten basılmış bir bülteni geri alamayız.',
      },
      childFriendly: {
        title: 'Senin bir fotoğrafını kullanabilir miyiz?',
        paragraphs: [
          'Bazen fotoğraf çekeriz. Senin bir fotoğrafını bültenimize veya web sitemize koyabiliriz. Birçok kişi onu görebilir.',
          'Yanına asla tam adını veya okulunu yazmayız.',
        ],
        ifNo: { optional: 'O zaman senin fotoğraflarını kullanmayız.' },
        withdraw: 'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      },
    },
  },
};

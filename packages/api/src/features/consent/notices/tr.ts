import type { ConsentPurpose } from '@driehoek/domain/consent';

type Notice = { readonly title: string; readonly text: string };

/**
 * Turkish consent notices (Türkçe onay metinleri), version 2026-11. `adult` is for parents,
 * `childFriendly` for the pupil (CON-10). Written in plain Turkish; a native speaker should
 * review them before use (see apps/portal/README.md). Paragraphs are separated by an empty line.
 */
export const tr: Record<ConsentPurpose, { readonly adult: Notice; readonly childFriendly: Notice }> = {
  mentoring: {
    adult: {
      title: 'Katılım: çocuğunuz için bir gönüllü',
      text: [
        'Bir gönüllü çocuğunuza okulda yardım eder. Gönüllü çocuğunuzla her hafta görüşür veya onu arar. Bu sizin evinizde veya telefonla olabilir.',
        'Tüm gönüllülerimiz kontrol edilmiştir. İyi hal belgeleri (VOG) vardır ve eğitim almışlardır.',
        'Bunun için bazı bilgileri saklarız: çocuğunuzun adı, okulu ve sınıfı, sizin adınız ve size nasıl ulaşabileceğimiz, ve nasıl gittiğine dair kısa notlar. Bunları sadece koordinatör ve çocuğunuzun gönüllüsü görür. Bilgileri gerektiği kadar saklarız.',
        'Gönüllü çocuğunuzun güvenliğinden endişe ederse, bunu koordinatöre söyler. Bu her zaman böyledir.',
        'Hayır demek sorun değil. O zaman çocuğunuz gönüllü almaz. Okulda başka hiçbir şey değişmez.',
        'İstediğiniz zaman durdurabilirsiniz. Portalda bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin. Nedenini söylemek zorunda değilsiniz. Gönüllü o zaman gelmez.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Bir mentor ister misin?',
      text: [
        'Mentor, sana okulda yardım eden bir gönüllüdür. Mentorunu her hafta görürsün veya onunla telefonda konuşursun.',
        'Mentorun adını, okulunu ve nasıl olduğunu bilir. Koordinatör de bilir. Başka kimse bilmez.',
        'Mentorun senin güvende olmadığından endişe ederse, bunu koordinatöre söyler. Bu sana yardım etmek içindir.',
        'Hayır diyebilirsin. Bu sorun değil. Kimse sana kızmaz.',
        'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle. O zaman durur.',
      ].join('\n\n'),
    },
  },
  shareContactDetails: {
    adult: {
      title: 'Adresinizi ve telefon numaranızı gönüllüye vermek',
      text: [
        'Gönüllünün randevu yapmak için size ulaşabilmesi gerekir. Bu yüzden adresinizi ve telefon numaranızı çocuğunuzun gönüllüsüne veririz.',
        'Bunları sadece bu gönüllü alır. Gönüllü bunları sadece randevular için kullanır ve destek bitince siler.',
        'Hayır demek sorun değil. O zaman koordinatör başka bir yolla randevu yapmanıza yardım eder.',
        'İstediğiniz zaman durdurabilirsiniz. Bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin. Gönüllü o zaman bilgilerinizi siler.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Mentorun telefon numaranı ve adresini alabilir mi?',
      text: [
        'Mentorunun seni araması veya ziyaret etmesi için telefon numarana veya adresine ihtiyacı var.',
        'Bunu sadece mentorun alır. Mentorun bunu sadece buluşmalarınız için kullanır.',
        'Hayır diyebilirsin. O zaman koordinatör başka bir yol bulur.',
        'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      ].join('\n\n'),
    },
  },
  shareWithSchool: {
    adult: {
      title: 'Gönüllü ve okul birlikte konuşur',
      text: [
        'Gönüllü ve okuldaki rehber öğretmen bazen çocuğunuz hakkında konuşur. Okul hakkında konuşurlar: nasıl gittiğini ve çocuğunuzun neye ihtiyacı olduğunu.',
        'Sadece çocuğunuza okulda yardım eden şeyleri paylaşırlar. Çocuğunuzun güvenliği tehlikede değilse, diğer konular sizinle gönüllü arasında kalır.',
        'Hayır demek sorun değil. O zaman gönüllü ve okul çocuğunuz hakkında konuşmaz. Gönüllü yine gelir.',
        'İstediğiniz zaman durdurabilirsiniz. Bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Mentorun öğretmeninle konuşabilir mi?',
      text: [
        'Mentorun ve okuldaki öğretmenin, okulun senin için nasıl gittiğini konuşabilir. Sana daha iyi yardım etmek için bunu yaparlar.',
        'Sadece okul hakkında konuşurlar.',
        'Hayır diyebilirsin. O zaman senin hakkında konuşmazlar. Mentorun yine gelir.',
        'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      ].join('\n\n'),
    },
  },
  evaluation: {
    adult: {
      title: 'Yardımımızı iyileştirmek için anketler',
      text: [
        'Bazen sizden kısa bir anket doldurmanızı isteriz. Örneğin başta ve sonda. Nasıl gittiğini ve neyin daha iyi olabileceğini sorarız.',
        'Cevapları yardımımızı daha iyi yapmak için kullanırız. Raporlarda sadece birçok kişinin toplamları vardır. Adınız asla yer almaz.',
        'Hayır demek sorun değil. O zaman size anket göndermeyiz. Çocuğunuza yardım aynı şekilde devam eder.',
        'İstediğiniz zaman durdurabilirsiniz. Bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Bazen birkaç soruya cevap vermek ister misin?',
      text: [
        'Bazen sana birkaç soru sorarız. Örneğin: hoşuna gidiyor mu? Ne daha iyi olabilir?',
        'Cevapların onu daha iyi yapmamıza yardım eder. Senin ne dediğini adınla birlikte asla başkalarına söylemeyiz.',
        'Hayır diyebilirsin. Mentorun yine gelir.',
        'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      ].join('\n\n'),
    },
  },
  photoMedia: {
    adult: {
      title: 'Bültenimizde ve web sitemizde fotoğraflar',
      text: [
        'Bazen etkinliklerde fotoğraf çekeriz. Çocuğunuzun bir fotoğrafını bültenimizde, web sitemizde veya bir raporda kullanabiliriz. Bunları birçok kişi görebilir.',
        'Bir fotoğrafın yanına çocuğunuzun tam adını veya okulunu asla yazmayız.',
        'Hayır demek sorun değil. O zaman çocuğunuzun fotoğraflarını kullanmayız. Diğer her şey aynı kalır.',
        'İstediğiniz zaman durdurabilirsiniz. Bu sorunun yanındaki "Onayı geri çek" düğmesine basın veya koordinatöre söyleyin. O zaman yeni fotoğraf kullanmayız ve çocuğunuzun fotoğraflarını web sitemizden kaldırırız. Zaten basılmış bir bülteni geri alamayız.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Senin bir fotoğrafını kullanabilir miyiz?',
      text: [
        'Bazen fotoğraf çekeriz. Senin bir fotoğrafını bültenimize veya web sitemize koyabiliriz. Birçok kişi onu görebilir.',
        'Yanına asla tam adını veya okulunu yazmayız.',
        'Hayır diyebilirsin. Bu sorun değil. O zaman senin fotoğraflarını kullanmayız.',
        'İstediğin zaman durdurabilirsin. Annene, babana veya koordinatöre söyle.',
      ].join('\n\n'),
    },
  },
};

/**
 * The e-mails of a suspension and a resumption, in the five portal languages. What each says
 * follows the domain's `suspensionNotices`: `pauseOnly` says only that meetings stop for now and
 * the coordinator will be in touch (never why: a concern is never named, SAF-10); `reason` says
 * why, for the one it concerns (the family of its own withdrawal, the volunteer of their VOG).
 * First names only.
 */
import type { SuspensionReason } from '@driehoek/domain/match';
import type { MailLanguage } from '../../mail/layout.js';

export type SuspensionMailKind = 'pauseOnly' | Extract<SuspensionReason, 'consentWithdrawn' | 'screeningExpired' | 'screeningRevoked'> | 'resumed';

export interface SuspensionMailFacts {
  /** The first name of the other side: the pupil for the volunteer, the volunteer for the family. */
  readonly otherName: string;
  /** For `resumed`: the first day with meetings again, written out (`writtenDate`). */
  readonly from?: string;
}

type Texts = Record<SuspensionMailKind, (facts: SuspensionMailFacts) => { subject: string; text: string }>;

const TEXTS: Record<MailLanguage, Texts> = {
  nl: {
    pauseOnly: ({ otherName }) => ({
      subject: 'De afspraken staan even stil',
      text: `De afspraken met ${otherName} gaan voorlopig niet door. Ze staan niet meer in het portaal en in je agenda. De coördinator neemt contact met je op over wat er nu gebeurt.`,
    }),
    consentWithdrawn: ({ otherName }) => ({
      subject: 'Je hebt je toestemming ingetrokken',
      text: `Je hebt je toestemming ingetrokken. Daarom gaan de afspraken met ${otherName} vanaf vandaag niet meer door; ze staan niet meer in het portaal en in je agenda. De coördinator neemt contact met je op. Samen kijken jullie of de koppeling stopt, of weer doorgaat als je opnieuw toestemming geeft.`,
    }),
    screeningExpired: ({ otherName }) => ({
      subject: 'Je VOG is verlopen: de afspraken staan stil',
      text: `Je VOG is verlopen. Tot er een nieuwe VOG is geregistreerd, gaan de afspraken met ${otherName} niet door en kun je de gegevens van de leerling niet inzien. Vraag een nieuwe VOG aan; de coördinator helpt je daarbij.`,
    }),
    screeningRevoked: ({ otherName }) => ({
      subject: 'De koppeling stopt',
      text: `Je screening is ingetrokken. De afspraken met ${otherName} gaan niet meer door en je kunt de gegevens van de leerling niet meer inzien. De coördinator neemt contact met je op.`,
    }),
    resumed: ({ otherName, from }) => ({
      subject: 'De afspraken gaan weer door',
      text: `De afspraken met ${otherName} gaan weer door vanaf ${from}. Je ziet ze in het portaal en in je agenda.`,
    }),
  },
  en: {
    pauseOnly: ({ otherName }) => ({
      subject: 'The meetings are paused',
      text: `The meetings with ${otherName} are paused for now. They are no longer in the portal or your calendar. The coordinator will contact you about what happens next.`,
    }),
    consentWithdrawn: ({ otherName }) => ({
      subject: 'You withdrew your consent',
      text: `You withdrew your consent. So the meetings with ${otherName} stop from today; they are no longer in the portal or your calendar. The coordinator will contact you. Together you decide whether the match ends, or goes on if you give your consent again.`,
    }),
    screeningExpired: ({ otherName }) => ({
      subject: 'Your VOG has expired: the meetings are paused',
      text: `Your VOG has expired. Until a new VOG is registered, the meetings with ${otherName} are paused and you cannot see the pupil's details. Please request a new VOG; the coordinator will help you.`,
    }),
    screeningRevoked: ({ otherName }) => ({
      subject: 'The match stops',
      text: `Your screening has been withdrawn. The meetings with ${otherName} stop and you can no longer see the pupil's details. The coordinator will contact you.`,
    }),
    resumed: ({ otherName, from }) => ({
      subject: 'The meetings start again',
      text: `The meetings with ${otherName} start again from ${from}. You can see them in the portal and your calendar.`,
    }),
  },
  ar: {
    pauseOnly: ({ otherName }) => ({
      subject: 'المواعيد متوقفة مؤقتاً',
      text: `المواعيد مع ${otherName} متوقفة في الوقت الحالي. لم تعد تظهر في البوابة ولا في تقويمك. سيتواصل معك المنسق بشأن ما سيحدث بعد ذلك.`,
    }),
    consentWithdrawn: ({ otherName }) => ({
      subject: 'لقد سحبت موافقتك',
      text: `لقد سحبت موافقتك. لذلك تتوقف المواعيد مع ${otherName} ابتداءً من اليوم؛ ولم تعد تظهر في البوابة ولا في تقويمك. سيتواصل معك المنسق. ستقرران معاً هل تنتهي المرافقة، أم تستمر إذا أعطيت موافقتك من جديد.`,
    }),
    screeningExpired: ({ otherName }) => ({
      subject: 'انتهت صلاحية شهادة حسن السيرة (VOG): المواعيد متوقفة',
      text: `انتهت صلاحية شهادة حسن السيرة (VOG) الخاصة بك. إلى أن تُسجَّل شهادة جديدة، تتوقف المواعيد مع ${otherName} ولا يمكنك الاطلاع على بيانات التلميذ. يرجى طلب شهادة جديدة؛ سيساعدك المنسق.`,
    }),
    screeningRevoked: ({ otherName }) => ({
      subject: 'المرافقة تتوقف',
      text: `تم سحب نتيجة الفحص الخاصة بك. تتوقف المواعيد مع ${otherName} ولم يعد بإمكانك الاطلاع على بيانات التلميذ. سيتواصل معك المنسق.`,
    }),
    resumed: ({ otherName, from }) => ({
      subject: 'المواعيد تستأنف',
      text: `تستأنف المواعيد مع ${otherName} ابتداءً من ${from}. ستجدها في البوابة وفي تقويمك.`,
    }),
  },
  tr: {
    pauseOnly: ({ otherName }) => ({
      subject: 'Buluşmalar şimdilik durdu',
      text: `${otherName} ile buluşmalar şimdilik yapılmıyor. Artık portalda ve takviminizde görünmüyorlar. Koordinatör, bundan sonra ne olacağı konusunda sizinle iletişime geçecek.`,
    }),
    consentWithdrawn: ({ otherName }) => ({
      subject: 'İzninizi geri çektiniz',
      text: `İzninizi geri çektiniz. Bu yüzden ${otherName} ile buluşmalar bugünden itibaren yapılmıyor; artık portalda ve takviminizde görünmüyorlar. Koordinatör sizinle iletişime geçecek. Eşleşmenin bitip bitmeyeceğine ya da yeniden izin verirseniz devam edip etmeyeceğine birlikte karar vereceksiniz.`,
    }),
    screeningExpired: ({ otherName }) => ({
      subject: 'VOG belgenizin süresi doldu: buluşmalar durdu',
      text: `VOG belgenizin süresi doldu. Yeni bir VOG kaydedilene kadar ${otherName} ile buluşmalar yapılmıyor ve öğrencinin bilgilerini göremezsiniz. Lütfen yeni bir VOG başvurusu yapın; koordinatör size yardım edecek.`,
    }),
    screeningRevoked: ({ otherName }) => ({
      subject: 'Eşleşme sona eriyor',
      text: `Tarama sonucunuz geri alındı. ${otherName} ile buluşmalar artık yapılmıyor ve öğrencinin bilgilerini artık göremezsiniz. Koordinatör sizinle iletişime geçecek.`,
    }),
    resumed: ({ otherName, from }) => ({
      subject: 'Buluşmalar yeniden başlıyor',
      text: `${otherName} ile buluşmalar ${from} tarihinden itibaren yeniden başlıyor. Onları portalda ve takviminizde görebilirsiniz.`,
    }),
  },
  pl: {
    pauseOnly: ({ otherName }) => ({
      subject: 'Spotkania są wstrzymane',
      text: `Spotkania z ${otherName} są na razie wstrzymane. Nie ma ich już w portalu ani w Twoim kalendarzu. Koordynator skontaktuje się z Tobą w sprawie dalszych kroków.`,
    }),
    consentWithdrawn: ({ otherName }) => ({
      subject: 'Wycofałeś(-aś) zgodę',
      text: `Wycofałeś(-aś) zgodę. Dlatego od dziś spotkania z ${otherName} się nie odbywają; nie ma ich już w portalu ani w Twoim kalendarzu. Koordynator skontaktuje się z Tobą. Razem zdecydujecie, czy współpraca się kończy, czy będzie kontynuowana, jeśli ponownie wyrazisz zgodę.`,
    }),
    screeningExpired: ({ otherName }) => ({
      subject: 'Twoje VOG wygasło: spotkania są wstrzymane',
      text: `Twoje zaświadczenie VOG wygasło. Dopóki nie zostanie zarejestrowane nowe VOG, spotkania z ${otherName} są wstrzymane i nie masz wglądu w dane ucznia. Złóż wniosek o nowe VOG; koordynator Ci pomoże.`,
    }),
    screeningRevoked: ({ otherName }) => ({
      subject: 'Współpraca się kończy',
      text: `Twoja weryfikacja została cofnięta. Spotkania z ${otherName} się nie odbywają i nie masz już wglądu w dane ucznia. Koordynator skontaktuje się z Tobą.`,
    }),
    resumed: ({ otherName, from }) => ({
      subject: 'Spotkania są wznowione',
      text: `Spotkania z ${otherName} są wznowione od ${from}. Znajdziesz je w portalu i w swoim kalendarzu.`,
    }),
  },
};

/** The subject and text of one suspension e-mail. */
export function suspensionMail(language: MailLanguage, kind: SuspensionMailKind, facts: SuspensionMailFacts): { subject: string; text: string } {
  return TEXTS[language][kind](facts);
}

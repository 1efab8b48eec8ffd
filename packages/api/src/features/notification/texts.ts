/**
 * The words of the notification e-mails. Volunteers read nl or en (the portal's volunteer
 * languages); families any of the five portal languages. Dates arrive written out (`writtenDate`).
 */
import type { MailLanguage } from '../../mail/layout.js';

export type VolunteerLanguage = 'nl' | 'en';

export interface NotificationText {
  readonly subject: string;
  readonly paragraphs: readonly string[];
}

/** To the volunteer. */
export const VOLUNTEER_TEXTS: Record<
  VolunteerLanguage,
  {
    screeningComplete: (facts: { programme: string; on: string }) => NotificationText;
    matchProposed: (facts: { pupil: string; on: string }) => NotificationText;
    matchStarts: (facts: { pupil: string; on: string }) => NotificationText;
    meetingMoved: (facts: { pupil: string; from: string; to: string }) => NotificationText;
    familyCantMakeIt: (facts: { pupil: string; on: string; message: string | null }) => NotificationText;
    logReminder: (facts: { pupil: string; on: string }) => NotificationText;
  }
> = {
  nl: {
    screeningComplete: ({ programme, on }) => ({
      subject: 'Je screening is rond',
      paragraphs: [`Op ${on} zijn alle stappen van je screening voor ${programme} afgerond. Dank je wel!`, 'We zoeken nu een leerling die bij je past. Daarna plannen we een kennismaking met het gezin.'],
    }),
    matchProposed: ({ pupil, on }) => ({
      subject: `We stellen een koppeling voor met ${pupil}`,
      paragraphs: [`Op ${on} hebben we je voorgesteld als maatje van ${pupil}.`, 'De coördinator plant een kennismakingsgesprek met het gezin. Daarna beslissen jullie samen of jullie beginnen.'],
    }),
    matchStarts: ({ pupil, on }) => ({
      subject: `Jullie beginnen: ${pupil}`,
      paragraphs: [`De koppeling met ${pupil} begint op ${on}.`, 'Je ziet de afspraken in het portaal. Schrijf na elke afspraak een kort verslag.'],
    }),
    meetingMoved: ({ pupil, from, to }) => ({
      subject: `De afspraak met ${pupil} is verplaatst`,
      paragraphs: [`De afspraak met ${pupil} van ${from} is verplaatst naar ${to}.`, 'Je ziet het ook in het portaal en in je agenda.'],
    }),
    familyCantMakeIt: ({ pupil, on, message }) => ({
      subject: `De afspraak met ${pupil} op ${on} gaat niet door`,
      paragraphs: [`Het gezin van ${pupil} kan niet op ${on}. De afspraak gaat niet door.`, ...(message ? [`Bericht van het gezin: ${message}`] : [])],
    }),
    logReminder: ({ pupil, on }) => ({
      subject: `Herinnering: je verslag van ${on}`,
      paragraphs: [
        `Je hebt nog geen verslag geschreven van je afspraak met ${pupil} op ${on}.\nSchrijf het kort in het portaal, wanneer het je uitkomt. Kort is goed.`,
        'Ging de afspraak niet door? Schrijf dat dan in het verslag.',
      ],
    }),
  },
  en: {
    screeningComplete: ({ programme, on }) => ({
      subject: 'Your screening is complete',
      paragraphs: [`On ${on} every step of your screening for ${programme} was completed. Thank you!`, 'We are now looking for a pupil who suits you. Then we will plan a meeting with the family.'],
    }),
    matchProposed: ({ pupil, on }) => ({
      subject: `We propose a match with ${pupil}`,
      paragraphs: [`On ${on} we proposed you as the mentor of ${pupil}.`, 'The coordinator will plan a matching conversation with the family. Then you decide together whether to start.'],
    }),
    matchStarts: ({ pupil, on }) => ({
      subject: `You are starting: ${pupil}`,
      paragraphs: [`The match with ${pupil} starts on ${on}.`, 'You can see the meetings in the portal. After each meeting, write a short log.'],
    }),
    meetingMoved: ({ pupil, from, to }) => ({
      subject: `The meeting with ${pupil} has moved`,
      paragraphs: [`The meeting with ${pupil} on ${from} has moved to ${to}.`, 'You can also see this in the portal and in your calendar.'],
    }),
    familyCantMakeIt: ({ pupil, on, message }) => ({
      subject: `The meeting with ${pupil} on ${on} will not take place`,
      paragraphs: [`The family of ${pupil} cannot make it on ${on}. The meeting will not take place.`, ...(message ? [`Message from the family: ${message}`] : [])],
    }),
    logReminder: ({ pupil, on }) => ({
      subject: `Reminder: your log of ${on}`,
      paragraphs: [
        `You have not yet written a log of your meeting with ${pupil} on ${on}.\nWrite it in the portal, whenever it suits you. Short is fine.`,
        'Did the meeting not take place? Then write that in the log.',
      ],
    }),
  },
};

/** To the family (the parents, or the adult mentee). */
export const FAMILY_TEXTS: Record<
  MailLanguage,
  {
    matchProposed: (facts: { child: string; volunteer: string; on: string }) => NotificationText;
    matchStarts: (facts: { child: string; volunteer: string; on: string }) => NotificationText;
    meetingMoved: (facts: { volunteer: string; from: string; to: string }) => NotificationText;
  }
> = {
  nl: {
    matchProposed: ({ child, volunteer, on }) => ({
      subject: `Een maatje voor ${child}: ${volunteer}`,
      paragraphs: [`Op ${on} hebben we ${volunteer} voorgesteld als maatje voor ${child}.`, 'De coördinator belt of mailt je om een kennismaking af te spreken. Daarna beslis je samen of je begint.'],
    }),
    matchStarts: ({ child, volunteer, on }) => ({
      subject: `${volunteer} begint met ${child}`,
      paragraphs: [`${volunteer} begint op ${on} als maatje van ${child}.`, 'Je ziet de afspraken in het portaal.'],
    }),
    meetingMoved: ({ volunteer, from, to }) => ({
      subject: `De afspraak met ${volunteer} is verplaatst`,
      paragraphs: [`De afspraak met ${volunteer} van ${from} is verplaatst naar ${to}.`, 'Je ziet het ook in het portaal.'],
    }),
  },
  en: {
    matchProposed: ({ child, volunteer, on }) => ({
      subject: `A mentor for ${child}: ${volunteer}`,
      paragraphs: [`On ${on} we proposed ${volunteer} as the mentor of ${child}.`, 'The coordinator will call or e-mail you to plan a first meeting. Then you decide together whether to start.'],
    }),
    matchStarts: ({ child, volunteer, on }) => ({
      subject: `${volunteer} starts with ${child}`,
      paragraphs: [`${volunteer} starts as the mentor of ${child} on ${on}.`, 'You can see the meetings in the portal.'],
    }),
    meetingMoved: ({ volunteer, from, to }) => ({
      subject: `The meeting with ${volunteer} has moved`,
      paragraphs: [`The meeting with ${volunteer} on ${from} has moved to ${to}.`, 'You can also see this in the portal.'],
    }),
  },
  ar: {
    matchProposed: ({ child, volunteer, on }) => ({
      subject: `مرافق لـ ${child}: ${volunteer}`,
      paragraphs: [`في ${on} اقترحنا ${volunteer} مرافقاً لـ ${child}.`, 'سيتصل بك المنسق أو يرسل إليك بريداً لتحديد موعد للتعارف. بعد ذلك تقررون معاً هل تبدؤون.'],
    }),
    matchStarts: ({ child, volunteer, on }) => ({
      subject: `${volunteer} يبدأ مع ${child}`,
      paragraphs: [`يبدأ ${volunteer} مرافقاً لـ ${child} في ${on}.`, 'يمكنك رؤية المواعيد في البوابة.'],
    }),
    meetingMoved: ({ volunteer, from, to }) => ({
      subject: `تم تغيير موعد اللقاء مع ${volunteer}`,
      paragraphs: [`تم نقل اللقاء مع ${volunteer} من ${from} إلى ${to}.`, 'يمكنك رؤية ذلك أيضاً في البوابة.'],
    }),
  },
  tr: {
    matchProposed: ({ child, volunteer, on }) => ({
      subject: `${child} için bir mentor: ${volunteer}`,
      paragraphs: [`${on} tarihinde ${volunteer} kişisini ${child} için mentor olarak önerdik.`, 'Koordinatör bir tanışma görüşmesi planlamak için sizi arayacak veya size e-posta gönderecek. Sonra birlikte başlayıp başlamayacağınıza karar verirsiniz.'],
    }),
    matchStarts: ({ child, volunteer, on }) => ({
      subject: `${volunteer}, ${child} ile başlıyor`,
      paragraphs: [`${volunteer}, ${on} tarihinde ${child} için mentor olarak başlıyor.`, 'Görüşmeleri portalda görebilirsiniz.'],
    }),
    meetingMoved: ({ volunteer, from, to }) => ({
      subject: `${volunteer} ile görüşmenin zamanı değişti`,
      paragraphs: [`${volunteer} ile ${from} tarihindeki görüşme ${to} tarihine taşındı.`, 'Bunu portalda da görebilirsiniz.'],
    }),
  },
  pl: {
    matchProposed: ({ child, volunteer, on }) => ({
      subject: `Mentor dla ${child}: ${volunteer}`,
      paragraphs: [`${on} zaproponowaliśmy osobę ${volunteer} jako mentora dla ${child}.`, 'Koordynator zadzwoni lub napisze, aby umówić pierwsze spotkanie. Potem razem zdecydujecie, czy zaczynacie.'],
    }),
    matchStarts: ({ child, volunteer, on }) => ({
      subject: `${volunteer} zaczyna z ${child}`,
      paragraphs: [`${volunteer} zaczyna jako mentor dla ${child}: ${on}.`, 'Spotkania widać w portalu.'],
    }),
    meetingMoved: ({ volunteer, from, to }) => ({
      subject: `Spotkanie z ${volunteer} zostało przeniesione`,
      paragraphs: [`Spotkanie z ${volunteer} z dnia ${from} zostało przeniesione na ${to}.`, 'Widać to również w portalu.'],
    }),
  },
};

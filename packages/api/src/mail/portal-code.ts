import type { PortalLanguage } from '@driehoek/contracts/pupils';
import { composeMail, type Letterhead } from './layout.js';
import type { Mail } from './outbox.js';

type Texts = { subject: string; paragraphs: (code: string, link: string, minutes: number, organisation: string) => string[] };

/** The sign-in e-mail in the parent's language: plain words, the code first, then the link. */
const TEXTS: Record<PortalLanguage, Texts> = {
  nl: {
    subject: 'Je code om in te loggen',
    paragraphs: (code, link, minutes, organisation) => [
      `Je code is: ${code}`,
      `Typ deze code in het portaal van ${organisation}. Of klik op deze link:\n${link}`,
      `De code werkt ${minutes} minuten en maar één keer.`,
      'Heb je niets aangevraagd? Dan hoef je niets te doen.',
    ],
  },
  en: {
    subject: 'Your code to sign in',
    paragraphs: (code, link, minutes, organisation) => [
      `Your code is: ${code}`,
      `Type this code in the portal of ${organisation}. Or click this link:\n${link}`,
      `The code works for ${minutes} minutes, and only once.`,
      'Did you not ask for this? Then you do not need to do anything.',
    ],
  },
  ar: {
    subject: 'رمز تسجيل الدخول الخاص بك',
    paragraphs: (code, link, minutes, organisation) => [
      `رمزك هو: ${code}`,
      `اكتب هذا الرمز في بوابة ${organisation}. أو اضغط على هذا الرابط:\n${link}`,
      `يعمل الرمز لمدة ${minutes} دقائق ومرة واحدة فقط.`,
      'إذا لم تطلب ذلك، فلا داعي لفعل أي شيء.',
    ],
  },
  tr: {
    subject: 'Giriş kodunuz',
    paragraphs: (code, link, minutes, organisation) => [
      `Kodunuz: ${code}`,
      `Bu kodu ${organisation} portalına yazın. Ya da bu bağlantıya tıklayın:\n${link}`,
      `Kod ${minutes} dakika geçerlidir ve yalnızca bir kez kullanılabilir.`,
      'Bunu siz istemediyseniz bir şey yapmanıza gerek yok.',
    ],
  },
  pl: {
    subject: 'Twój kod do logowania',
    paragraphs: (code, link, minutes, organisation) => [
      `Twój kod to: ${code}`,
      `Wpisz ten kod w portalu ${organisation}. Albo kliknij ten link:\n${link}`,
      `Kod działa przez ${minutes} minut i tylko jeden raz.`,
      'Jeśli o nic nie prosiłeś(-aś), nie musisz nic robić.',
    ],
  },
};

/** In the one layout: greeting by first name, the code, the link, and the organisation's contact in the signature. */
export function portalCodeMail(input: {
  letterhead: Letterhead;
  to: string;
  firstName: string;
  code: string;
  link: string;
  minutes: number;
  language: PortalLanguage;
}): Mail {
  const texts = TEXTS[input.language];
  return composeMail({
    letterhead: input.letterhead,
    language: input.language,
    to: input.to,
    name: input.firstName,
    subject: texts.subject,
    paragraphs: texts.paragraphs(input.code, input.link, input.minutes, input.letterhead.organisationName),
    priority: 'signIn',
    secrets: [input.code, input.link.split('#')[1] ?? input.link],
  });
}

import type { PortalLanguage } from '@driehoek/contracts/pupils';
import type { Mail } from './outbox.js';

type Texts = { subject: string; body: (code: string, link: string, minutes: number, organisation: string) => string[] };

/** The sign-in e-mail in the parent's language: plain words, the code first, then the link. */
const TEXTS: Record<PortalLanguage, Texts> = {
  nl: {
    subject: 'Je code om in te loggen',
    body: (code, link, minutes, organisation) => [
      `Je code is: ${code}`,
      '',
      `Typ deze code in het portaal van ${organisation}. Of klik op deze link:`,
      link,
      '',
      `De code werkt ${minutes} minuten en maar één keer.`,
      'Heb je niets aangevraagd? Dan hoef je niets te doen.',
    ],
  },
  en: {
    subject: 'Your code to sign in',
    body: (code, link, minutes, organisation) => [
      `Your code is: ${code}`,
      '',
      `Type this code in the portal of ${organisation}. Or click this link:`,
      link,
      '',
      `The code works for ${minutes} minutes, and only once.`,
      'Did you not ask for this? Then you do not need to do anything.',
    ],
  },
  ar: {
    subject: 'رمز تسجيل الدخول الخاص بك',
    body: (code, link, minutes, organisation) => [
      `رمزك هو: ${code}`,
      '',
      `اكتب هذا الرمز في بوابة ${organisation}. أو اضغط على هذا الرابط:`,
      link,
      '',
      `يعمل الرمز لمدة ${minutes} دقائق ومرة واحدة فقط.`,
      'إذا لم تطلب ذلك، فلا داعي لفعل أي شيء.',
    ],
  },
  tr: {
    subject: 'Giriş kodunuz',
    body: (code, link, minutes, organisation) => [
      `Kodunuz: ${code}`,
      '',
      `Bu kodu ${organisation} portalına yazın. Ya da bu bağlantıya tıklayın:`,
      link,
      '',
      `Kod ${minutes} dakika geçerlidir ve yalnızca bir kez kullanılabilir.`,
      'Bunu siz istemediyseniz bir şey yapmanıza gerek yok.',
    ],
  },
  pl: {
    subject: 'Twój kod do logowania',
    body: (code, link, minutes, organisation) => [
      `Twój kod to: ${code}`,
      '',
      `Wpisz ten kod w portalu ${organisation}. Albo kliknij ten link:`,
      link,
      '',
      `Kod działa przez ${minutes} minut i tylko jeden raz.`,
      'Jeśli o nic nie prosiłeś(-aś), nie musisz nic robić.',
    ],
  },
};

export function portalCodeMail(input: {
  organisationId: string;
  organisationName: string;
  to: string;
  code: string;
  link: string;
  minutes: number;
  language: PortalLanguage;
}): Mail {
  const texts = TEXTS[input.language];
  return {
    organisationId: input.organisationId,
    to: input.to,
    subject: texts.subject,
    text: texts.body(input.code, input.link, input.minutes, input.organisationName).join('\n'),
    priority: 'signIn',
    secrets: [input.code, input.link.split('#')[1] ?? input.link],
  };
}

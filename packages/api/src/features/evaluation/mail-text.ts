import type { EvaluationLanguage } from '@driehoek/domain/evaluation';

interface InvitationWords {
  readonly subject: string;
  readonly reminderSubject: string;
  readonly body: (firstName: string, title: string, link: string, until: string) => string;
}

/**
 * The invitation and its one reminder, in the person's language. The link carries the secret in its
 * fragment; filling in is voluntary and saying no changes nothing in the mentoring (EVA-1).
 */
export const INVITATION_WORDS: Readonly<Record<EvaluationLanguage, InvitationWords>> = {
  nl: {
    subject: 'Wilt u een korte vragenlijst invullen?',
    reminderSubject: 'Herinnering: de vragenlijst',
    body: (name, title, link, until) =>
      [`Beste ${name},`, '', `Wij vragen u de vragenlijst "${title}" in te vullen. Dat kan tot ${until} via deze persoonlijke link:`, link, '', 'Invullen is vrijwillig. Doet u niet mee, dan verandert er niets aan de begeleiding.'].join('\n'),
  },
  en: {
    subject: 'Would you fill in a short questionnaire?',
    reminderSubject: 'Reminder: the questionnaire',
    body: (name, title, link, until) =>
      [`Dear ${name},`, '', `We ask you to fill in the questionnaire "${title}". You can do so until ${until} with this personal link:`, link, '', 'Filling it in is voluntary. If you do not, nothing changes in the mentoring.'].join('\n'),
  },
  ar: {
    subject: 'هل تودّ ملء استبيان قصير؟',
    reminderSubject: 'تذكير: الاستبيان',
    body: (name, title, link, until) =>
      [`${name} العزيز/العزيزة،`, '', `نطلب منك ملء الاستبيان "${title}". يمكنك ذلك حتى ${until} عبر هذا الرابط الشخصي:`, link, '', 'ملء الاستبيان اختياري. إذا لم تشارك، فلن يتغير شيء في الإرشاد.'].join('\n'),
  },
  tr: {
    subject: 'Kısa bir anketi doldurur musunuz?',
    reminderSubject: 'Hatırlatma: anket',
    body: (name, title, link, until) =>
      [`Sayın ${name},`, '', `"${title}" anketini doldurmanızı rica ediyoruz. ${until} tarihine kadar bu kişisel bağlantıyla doldurabilirsiniz:`, link, '', 'Doldurmak isteğe bağlıdır. Katılmazsanız mentorlukta hiçbir şey değişmez.'].join('\n'),
  },
  pl: {
    subject: 'Czy wypełnisz krótką ankietę?',
    reminderSubject: 'Przypomnienie: ankieta',
    body: (name, title, link, until) =>
      [`${name},`, '', `Prosimy o wypełnienie ankiety „${title}”. Możesz to zrobić do ${until} przez ten osobisty link:`, link, '', 'Wypełnienie jest dobrowolne. Jeśli tego nie zrobisz, w mentoringu nic się nie zmieni.'].join('\n'),
  },
};

import type { EvaluationLanguage } from '@driehoek/domain/evaluation';

interface InvitationWords {
  readonly subject: string;
  readonly reminderSubject: string;
  /** The message between the layout's greeting and signature; `until` is written out. */
  readonly paragraphs: (title: string, link: string, until: string) => string[];
}

/**
 * The invitation and its one reminder, in the person's language. The link carries the secret in its
 * fragment; filling in is voluntary and saying no changes nothing in the mentoring (EVA-1).
 */
export const INVITATION_WORDS: Readonly<Record<EvaluationLanguage, InvitationWords>> = {
  nl: {
    subject: 'Wil je een korte vragenlijst invullen?',
    reminderSubject: 'Herinnering: de vragenlijst',
    paragraphs: (title, link, until) => [`We vragen je de vragenlijst "${title}" in te vullen. Dat kan tot ${until} via deze persoonlijke link:\n${link}`, 'Invullen is vrijwillig. Doe je niet mee, dan verandert er niets aan de begeleiding.'],
  },
  en: {
    subject: 'Would you fill in a short questionnaire?',
    reminderSubject: 'Reminder: the questionnaire',
    paragraphs: (title, link, until) => [`We ask you to fill in the questionnaire "${title}". You can do so until ${until} with this personal link:\n${link}`, 'Filling it in is voluntary. If you do not, nothing changes in the mentoring.'],
  },
  ar: {
    subject: 'هل تودّ ملء استبيان قصير؟',
    reminderSubject: 'تذكير: الاستبيان',
    paragraphs: (title, link, until) => [`نطلب منك ملء الاستبيان "${title}". يمكنك ذلك حتى ${until} عبر هذا الرابط الشخصي:\n${link}`, 'ملء الاستبيان اختياري. إذا لم تشارك، فلن يتغير شيء في الإرشاد.'],
  },
  tr: {
    subject: 'Kısa bir anketi doldurur musunuz?',
    reminderSubject: 'Hatırlatma: anket',
    paragraphs: (title, link, until) => [`"${title}" anketini doldurmanızı rica ediyoruz. ${until} tarihine kadar bu kişisel bağlantıyla doldurabilirsiniz:\n${link}`, 'Doldurmak isteğe bağlıdır. Katılmazsanız mentorlukta hiçbir şey değişmez.'],
  },
  pl: {
    subject: 'Czy wypełnisz krótką ankietę?',
    reminderSubject: 'Przypomnienie: ankieta',
    paragraphs: (title, link, until) => [`Prosimy o wypełnienie ankiety „${title}”. Możesz to zrobić do ${until} przez ten osobisty link:\n${link}`, 'Wypełnienie jest dobrowolne. Jeśli tego nie zrobisz, w mentoringu nic się nie zmieni.'],
  },
};

/**
 * Texts the end-of-match questionnaires of School's cool and Thuisschoolmaatje share. These
 * programmes work in Dutch (the seeds are Dutch), so Dutch is the source text; English is a
 * translation, Arabic, Turkish and Polish ours, to be reviewed by a native speaker. Adults read
 * first-person statements or neutral questions, so one text serves parents (addressed as "u" in
 * Dutch), volunteers and school mentors ("je", as the seeds address them); a pupil reads the
 * child-friendly text.
 */
import type { LocalisedText, Wording } from '../definition.js';

export const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export const TO_REVIEW = ['ar', 'tr', 'pl'] as const;

/** The same text for adults and pupils. */
export const forEveryone = (text: LocalisedText): Wording => ({ text, childFriendly: text });

export const CHOOSE_FOR_EACH_SENTENCE: Wording = {
  text: {
    nl: 'Kies bij elke zin: niet mee eens, mee eens of kan beter.',
    en: 'For each sentence, choose: disagree, agree or could be improved.',
    ar: 'اختر لكل جملة: لا أوافق، أوافق، أو يمكن أن يكون أفضل.',
    tr: 'Her cümle için seçin: katılmıyorum, katılıyorum ya da daha iyi olabilir.',
    pl: 'Przy każdym zdaniu wybierz: nie zgadzam się, zgadzam się albo mogłoby być lepiej.',
  },
  childFriendly: {
    nl: 'Kies bij elke zin wat bij jou past.',
    en: 'For each sentence, choose what fits you.',
    ar: 'اختر لكل جملة ما يناسبك.',
    tr: 'Her cümle için sana uyanı seç.',
    pl: 'Przy każdym zdaniu wybierz, co do ciebie pasuje.',
  },
};

/** The seed's rule (Parent'R'US tools 3 and 4): an explanation when not Agree. */
export const WHY_NOT_AGREE: Wording = {
  text: {
    nl: 'Niet mee eens of kan beter? Schrijf op waarom.',
    en: 'Disagree or could be improved? Please write why.',
    ar: 'لا توافق أو يمكن أن يكون أفضل؟ يرجى كتابة السبب.',
    tr: 'Katılmıyor musunuz ya da daha iyi olabilir mi? Lütfen nedenini yazın.',
    pl: 'Nie zgadzasz się albo mogłoby być lepiej? Napisz dlaczego.',
  },
  childFriendly: {
    nl: 'Niet mee eens of kan beter? Schrijf op waarom.',
    en: 'Disagree or could be improved? Write why.',
    ar: 'لا توافق أو يمكن أن يكون أفضل؟ اكتب لماذا.',
    tr: 'Katılmıyor musun ya da daha iyi olabilir mi? Nedenini yaz.',
    pl: 'Nie zgadzasz się albo mogłoby być lepiej? Napisz dlaczego.',
  },
};

/** For a reverse-scored statement the explanation is asked when not Disagree. */
export const WHAT_IS_STILL_HARD: Wording = {
  text: {
    nl: 'Mee eens of kan beter? Schrijf op wat nog moeilijk is.',
    en: 'Agree or could be improved? Please write what is still hard.',
    ar: 'توافق أو يمكن أن يكون أفضل؟ يرجى كتابة ما لا يزال صعبًا.',
    tr: 'Katılıyor musunuz ya da daha iyi olabilir mi? Lütfen hâlâ neyin zor olduğunu yazın.',
    pl: 'Zgadzasz się albo mogłoby być lepiej? Napisz, co jest wciąż trudne.',
  },
  childFriendly: {
    nl: 'Mee eens of kan beter? Schrijf op wat nog moeilijk is.',
    en: 'Agree or could be improved? Write what is still hard.',
    ar: 'توافق أو يمكن أن يكون أفضل؟ اكتب ما لا يزال صعبًا.',
    tr: 'Katılıyor musun ya da daha iyi olabilir mi? Hâlâ neyin zor olduğunu yaz.',
    pl: 'Zgadzasz się albo mogłoby być lepiej? Napisz, co jest wciąż trudne.',
  },
};

/** The seed's "in what way" after a yes (Parent'R'US tool 4). */
export const IN_WHAT_WAY: Wording = forEveryone({ nl: 'Op welke manier?', en: 'In what way?', ar: 'بأي طريقة؟', tr: 'Ne şekilde?', pl: 'W jaki sposób?' });

export const TIMES: Wording = forEveryone({ nl: 'keer', en: 'times', ar: 'مرات', tr: 'kez', pl: 'razy' });

export const AT_SCHOOL_TITLE: Wording = {
  text: { nl: 'Resultaat op school', en: 'Results at school', ar: 'النتائج في المدرسة', tr: 'Okuldaki sonuçlar', pl: 'Wyniki w szkole' },
};

export const FINALLY_TITLE: Wording = forEveryone({ nl: 'Tot slot', en: 'Finally', ar: 'في الختام', tr: 'Son olarak', pl: 'Na koniec' });

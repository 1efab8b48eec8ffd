/**
 * Thuisschoolmaatje: the end-of-match questionnaire for pupil, parent, volunteer ("maatje") and
 * school mentor (multi-informant), written from thuisschoolmaatje-handreiking-mentoren.txt ("TH"):
 * the calls' purpose (attention, encouragement, planning and organising), the help requests'
 * themes (getting started, finishing, a daily rhythm), the warm handover and the two-weekly
 * contact between school mentor and volunteer. The seed contains no questionnaire; each item's
 * `source` quotes the passage it asks about.
 */
import type { AgreementItem, LocalisedText, QuestionnaireDefinition, Wording, YesNoItem } from '../definition.js';
import { AT_SCHOOL_TITLE, CHOOSE_FOR_EACH_SENTENCE, FINALLY_TITLE, IN_WHAT_WAY, LANGUAGES, TO_REVIEW, WHY_NOT_AGREE, forEveryone } from './shared.js';

const TH = 'thuisschoolmaatje-handreiking-mentoren.txt';

const seenByAll = (childFriendly: LocalisedText, parent: LocalisedText, mentors: LocalisedText): Wording => ({ childFriendly, byRespondent: { parent }, text: mentors });

const agreement = (id: string, wording: Wording, source: string, extra: Partial<AgreementItem> = {}): AgreementItem => ({
  id,
  kind: 'agreement',
  wording,
  explanationPrompt: WHY_NOT_AGREE,
  required: false,
  source,
  ...extra,
});

const yesNo = (id: string, wording: Wording, source: string, extra: Partial<YesNoItem> = {}): YesNoItem => ({
  id,
  kind: 'yesNo',
  wording,
  followUp: { yes: { prompt: IN_WHAT_WAY, required: false } },
  required: false,
  source,
  ...extra,
});

const HOME_STUDY = ['planningAndOrganising', 'startingTasks', 'finishingTasks', 'dailyRhythm'] as const;

/** Thuisschoolmaatje end-of-match questionnaire, version 1. */
export const THUISSCHOOLMAATJE_END_OF_MATCH: QuestionnaireDefinition = {
  id: 'thuisschoolmaatjeEndOfMatch',
  version: 1,
  title: {
    text: {
      nl: 'Terugblik op Thuisschoolmaatje',
      en: 'Looking back on Thuisschoolmaatje',
      ar: 'نظرة إلى الوراء على Thuisschoolmaatje',
      tr: "Thuisschoolmaatje'ye geriye dönük bakış",
      pl: 'Podsumowanie programu Thuisschoolmaatje',
    },
    childFriendly: {
      nl: 'Hoe was het met je maatje?',
      en: 'How was it with your buddy?',
      ar: 'كيف كانت تجربتك مع رفيقك؟',
      tr: 'Destek arkadaşınla nasıldı?',
      pl: 'Jak było z twoim wolontariuszem?',
    },
  },
  introduction: {
    text: {
      nl: 'De begeleiding door het thuisschoolmaatje is afgelopen. Hoe ging het? Met je antwoorden kunnen we Thuisschoolmaatje verbeteren.',
      en: 'The support by the home-school buddy has ended. How did it go? Your answers help us improve Thuisschoolmaatje.',
      ar: 'انتهى الدعم المقدَّم من رفيق الدراسة من البيت. كيف سارت الأمور؟ تساعدنا إجاباتك على تحسين Thuisschoolmaatje.',
      tr: "Evden okul destek arkadaşının desteği sona erdi. Nasıl geçti? Cevaplarınız Thuisschoolmaatje'yi geliştirmemize yardımcı olur.",
      pl: 'Wsparcie wolontariusza w nauce w domu się zakończyło. Jak było? Twoje odpowiedzi pomogą nam ulepszyć Thuisschoolmaatje.',
    },
    childFriendly: {
      nl: 'Je maatje belde je een tijd lang drie keer per week. Hoe ging dat? Er zijn geen goede of foute antwoorden.',
      en: 'For a while your buddy called you three times a week. How did it go? There are no right or wrong answers.',
      ar: 'لفترة من الوقت، كان رفيقك يتصل بك ثلاث مرات في الأسبوع. كيف كان ذلك؟ لا توجد إجابات صحيحة أو خاطئة.',
      tr: 'Bir süre destek arkadaşın seni haftada üç kez aradı. Nasıl geçti? Doğru ya da yanlış cevap yok.',
      pl: 'Przez jakiś czas twój wolontariusz dzwonił do ciebie trzy razy w tygodniu. Jak było? Nie ma dobrych ani złych odpowiedzi.',
    },
  },
  respondents: ['pupil', 'parent', 'volunteer', 'schoolMentor'],
  languages: LANGUAGES,
  translationsToReview: TO_REVIEW,
  source: TH,
  groups: [
    {
      id: 'homeStudy',
      title: {
        text: { nl: 'Schoolwerk thuis', en: 'Schoolwork at home', ar: 'الدراسة في البيت', tr: 'Evde okul işleri', pl: 'Nauka w domu' },
        childFriendly: { nl: 'Je schoolwerk thuis', en: 'Your schoolwork at home', ar: 'دراستك في البيت', tr: 'Evdeki okul işlerin', pl: 'Twoja nauka w domu' },
      },
      instruction: CHOOSE_FOR_EACH_SENTENCE,
      respondents: ['pupil', 'parent', 'volunteer', 'schoolMentor'],
      items: [
        agreement(
          'planningAndOrganising',
          seenByAll(
            { nl: 'Ik kan mijn schoolwerk beter plannen en organiseren.', en: 'I am better at planning and organising my schoolwork.', ar: 'أصبحت أخطط لواجباتي المدرسية وأنظّمها بشكل أفضل.', tr: 'Okul işlerimi daha iyi planlayıp düzenleyebiliyorum.', pl: 'Lepiej planuję i organizuję swoją naukę.' },
            { nl: 'Mijn kind plant en organiseert het schoolwerk beter.', en: 'My child plans and organises schoolwork better.', ar: 'أصبح طفلي يخطط لواجباته المدرسية وينظّمها بشكل أفضل.', tr: 'Çocuğum okul işlerini daha iyi planlayıp düzenliyor.', pl: 'Moje dziecko lepiej planuje i organizuje naukę.' },
            {
              nl: 'De leerling plant en organiseert het schoolwerk beter dan bij de start.',
              en: 'The pupil plans and organises schoolwork better than at the start.',
              ar: 'أصبح التلميذ يخطط لواجباته المدرسية وينظّمها بشكل أفضل مما كان عليه في البداية.',
              tr: 'Öğrenci okul işlerini başlangıçtakinden daha iyi planlayıp düzenliyor.',
              pl: 'Uczeń lepiej planuje i organizuje naukę niż na początku.',
            },
          ),
          `${TH}, Inleiding: "om de leerling aandacht te geven, te stimuleren en bijvoorbeeld te helpen met plannen en organiseren"`,
        ),
        agreement(
          'startingTasks',
          seenByAll(
            { nl: 'Ik begin makkelijker aan een taak.', en: 'I find it easier to start on a task.', ar: 'أصبح من الأسهل عليّ أن أبدأ مهمة.', tr: 'Bir ödeve başlamak bana daha kolay geliyor.', pl: 'Łatwiej mi zabrać się do zadania.' },
            { nl: 'Mijn kind begint makkelijker aan een taak.', en: 'My child finds it easier to start on a task.', ar: 'أصبح من الأسهل على طفلي أن يبدأ مهمة.', tr: 'Çocuğum bir ödeve daha kolay başlıyor.', pl: 'Mojemu dziecku łatwiej zabrać się do zadania.' },
            { nl: 'De leerling begint makkelijker aan een taak.', en: 'The pupil finds it easier to start on a task.', ar: 'أصبح من الأسهل على التلميذ أن يبدأ مهمة.', tr: 'Öğrenci bir ödeve daha kolay başlıyor.', pl: 'Uczniowi łatwiej zabrać się do zadania.' },
          ),
          `${TH}, step 2 (hulpvraag): "Hij heeft hulp nodig bij overzicht, taakinitiatie, taak afronden en organisatie schoolwerk"`,
        ),
        agreement(
          'finishingTasks',
          seenByAll(
            { nl: 'Ik maak mijn taken vaker af.', en: 'I finish my tasks more often.', ar: 'أصبحت أُنهي مهامي أكثر من قبل.', tr: 'Ödevlerimi daha sık bitiriyorum.', pl: 'Częściej kończę swoje zadania.' },
            { nl: 'Mijn kind maakt taken vaker af.', en: 'My child finishes tasks more often.', ar: 'أصبح طفلي يُنهي مهامه أكثر من قبل.', tr: 'Çocuğum ödevlerini daha sık bitiriyor.', pl: 'Moje dziecko częściej kończy zadania.' },
            { nl: 'De leerling maakt taken vaker af.', en: 'The pupil finishes tasks more often.', ar: 'أصبح التلميذ يُنهي مهامه أكثر من قبل.', tr: 'Öğrenci ödevlerini daha sık bitiriyor.', pl: 'Uczeń częściej kończy zadania.' },
          ),
          `${TH}, step 2 (hulpvraag): "taakinitiatie, taak afronden"`,
        ),
        agreement(
          'dailyRhythm',
          seenByAll(
            { nl: 'Ik heb een vast dagritme met tijd voor schoolwerk.', en: 'I have a regular daily routine with time for schoolwork.', ar: 'لدي روتين يومي ثابت فيه وقت للدراسة.', tr: 'Okul işlerine zaman ayırdığım düzenli bir günlük programım var.', pl: 'Mam stały plan dnia z czasem na naukę.' },
            { nl: 'Mijn kind heeft een vast dagritme met tijd voor schoolwerk.', en: 'My child has a regular daily routine with time for schoolwork.', ar: 'لدى طفلي روتين يومي ثابت فيه وقت للدراسة.', tr: 'Çocuğumun okul işlerine zaman ayırdığı düzenli bir günlük programı var.', pl: 'Moje dziecko ma stały plan dnia z czasem na naukę.' },
            { nl: 'De leerling heeft een vast dagritme met tijd voor schoolwerk.', en: 'The pupil has a regular daily routine with time for schoolwork.', ar: 'لدى التلميذ روتين يومي ثابت فيه وقت للدراسة.', tr: 'Öğrencinin okul işlerine zaman ayırdığı düzenli bir günlük programı var.', pl: 'Uczeń ma stały plan dnia z czasem na naukę.' },
          ),
          `${TH}, step 1: "Er is weinig structuur in het gezinsleven waardoor het een leerling niet lukt om zich te houden aan een dagritme waarin schoolwerk gedaan kan worden"`,
        ),
      ],
    },
    {
      id: 'calls',
      title: forEveryone({ nl: 'De gesprekken', en: 'The calls', ar: 'المكالمات', tr: 'Görüşmeler', pl: 'Rozmowy' }),
      respondents: ['pupil', 'volunteer'],
      items: [
        agreement(
          'attentionAndSupport',
          {
            childFriendly: { nl: 'Mijn maatje gaf me aandacht en steun.', en: 'My buddy gave me attention and support.', ar: 'منحني رفيقي الاهتمام والدعم.', tr: 'Destek arkadaşım bana ilgi ve destek verdi.', pl: 'Mój wolontariusz poświęcał mi uwagę i mnie wspierał.' },
            byRespondent: {
              volunteer: { nl: 'Ik kon de leerling aandacht en steun geven.', en: 'I was able to give the pupil attention and support.', ar: 'تمكّنت من منح التلميذ الاهتمام والدعم.', tr: 'Öğrenciye ilgi ve destek verebildim.', pl: 'Mogłem/mogłam poświęcić uczniowi uwagę i go wspierać.' },
            },
          },
          `${TH}, Inleiding: "Dit gesprek is vooral bedoeld om de leerling aandacht te geven, te stimuleren"; step 2: "Er is behoefte aan aandacht en steun."`,
        ),
        {
          id: 'callsPerWeek',
          kind: 'number',
          wording: {
            childFriendly: { nl: 'Hoe vaak per week belden jullie meestal?', en: 'How many times a week did you usually call?', ar: 'كم مرة في الأسبوع كنتما تتصلان عادة؟', tr: 'Genellikle haftada kaç kez görüştünüz?', pl: 'Ile razy w tygodniu zwykle rozmawialiście?' },
            text: { nl: 'Hoe vaak per week hebben jullie meestal gebeld?', en: 'How many times a week did you usually call?', ar: 'كم مرة في الأسبوع كنتما تتصلان عادة؟', tr: 'Genellikle haftada kaç kez görüştünüz?', pl: 'Ile razy w tygodniu zwykle rozmawialiście?' },
          },
          unit: forEveryone({ nl: 'keer per week', en: 'times a week', ar: 'مرات في الأسبوع', tr: 'kez (haftada)', pl: 'razy w tygodniu' }),
          min: 0,
          max: 7,
          wholeNumber: true,
          // Three a week is the plan, not "the more the better".
          scoring: 'notScored',
          required: false,
          source: `${TH}, Inleiding: "de vrijwilliger drie keer per week, ongeveer een half uur (video)belt met de leerling"`,
        },
      ],
    },
    {
      id: 'atHome',
      title: { text: { nl: 'Thuis', en: 'At home', ar: 'في البيت', tr: 'Evde', pl: 'W domu' } },
      respondents: ['parent'],
      items: [
        agreement(
          'betterAtHome',
          {
            byRespondent: {
              parent: {
                nl: 'Door het maatje kon mijn kind thuis beter aan school werken.',
                en: 'Thanks to the buddy, my child could work on school better at home.',
                ar: 'بفضل الرفيق، استطاع طفلي أن يدرس في البيت بشكل أفضل.',
                tr: 'Destek arkadaşı sayesinde çocuğum evde okul işlerine daha iyi çalışabildi.',
                pl: 'Dzięki wolontariuszowi moje dziecko mogło lepiej uczyć się w domu.',
              },
            },
          },
          `${TH}, Inleiding: "hun ouders kunnen niet helpen omdat zij in een vitaal beroep werken, of omdat ze niet zo goed Nederlands spreken"`,
        ),
      ],
    },
    {
      id: 'withSchool',
      title: { text: { nl: 'Contact met school', en: 'Contact with the school', ar: 'التواصل مع المدرسة', tr: 'Okulla iletişim', pl: 'Kontakt ze szkołą' } },
      respondents: ['volunteer', 'schoolMentor'],
      items: [
        yesNo(
          'warmHandover',
          {
            byRespondent: {
              volunteer: {
                nl: 'Voor de start belde de mentor van school me over de leerling (warme overdracht).',
                en: 'Before the start, the school mentor called me about the pupil (warm handover).',
                ar: 'قبل البداية، اتصل بي مرشد المدرسة بشأن التلميذ (تسليم شخصي).',
                tr: 'Başlamadan önce okul mentoru beni öğrenci hakkında aradı (sıcak devir).',
                pl: 'Przed rozpoczęciem wychowawca zadzwonił do mnie w sprawie ucznia (ciepłe przekazanie).',
              },
              schoolMentor: {
                nl: 'Voor de start heb ik het maatje gebeld over de leerling (warme overdracht).',
                en: 'Before the start, I called the buddy about the pupil (warm handover).',
                ar: 'قبل البداية، اتصلت بالرفيق بشأن التلميذ (تسليم شخصي).',
                tr: 'Başlamadan önce destek arkadaşını öğrenci hakkında aradım (sıcak devir).',
                pl: 'Przed rozpoczęciem zadzwoniłem/zadzwoniłam do wolontariusza w sprawie ucznia (ciepłe przekazanie).',
              },
            },
          },
          `${TH}, step 5: "Voordat de ondersteuning van start gaat, bel je kort met de vrijwilliger over de desbetreffende leerling. Zo kan er een ‘warme overdracht’ plaatsvinden"`,
          { followUp: {} },
        ),
        agreement(
          'fortnightlyContact',
          {
            text: {
              nl: 'De mentor van school en het maatje spraken minstens eens in de twee weken over de voortgang van de leerling.',
              en: "The school mentor and the buddy talked about the pupil's progress at least once every two weeks.",
              ar: 'تحدّث مرشد المدرسة والرفيق عن تقدّم التلميذ مرة كل أسبوعين على الأقل.',
              tr: 'Okul mentoru ve destek arkadaşı öğrencinin ilerlemesini en az iki haftada bir konuştu.',
              pl: 'Wychowawca i wolontariusz rozmawiali o postępach ucznia co najmniej raz na dwa tygodnie.',
            },
          },
          `${TH}, Aandachtspunten: "Zorg ervoor dat je minstens eenmaal in de twee weken contact hebt met de vrijwilliger(s) om de voortgang van de leerling te bespreken."`,
        ),
        agreement(
          'knewWhereToTurn',
          {
            byRespondent: {
              volunteer: {
                nl: 'Ik wist bij wie ik terecht kon als ik me zorgen maakte over de leerling.',
                en: 'I knew whom to turn to when I was worried about the pupil.',
                ar: 'كنت أعرف إلى من ألجأ عندما كنت قلقًا على التلميذ.',
                tr: 'Öğrenci için endişelendiğimde kime başvuracağımı biliyordum.',
                pl: 'Wiedziałem/wiedziałam, do kogo się zwrócić, gdy martwiłem/martwiłam się o ucznia.',
              },
            },
          },
          `${TH}, Aandachtspunten: "Het kan zijn dat een vrijwilliger ‘kritische’ situaties opmerkt. Op dit moment moet er goed worden doorgeschakeld naar een mentor."`,
          { respondents: ['volunteer'] },
        ),
      ],
    },
    {
      id: 'atSchool',
      title: AT_SCHOOL_TITLE,
      respondents: ['schoolMentor'],
      items: [
        yesNo(
          'lessBehind',
          {
            text: {
              nl: 'Door het maatje liep de leerling minder leerachterstand op.',
              en: 'Thanks to the buddy, the pupil fell less behind in learning.',
              ar: 'بفضل الرفيق، تأخّر التلميذ دراسيًا بدرجة أقل.',
              tr: 'Destek arkadaşı sayesinde öğrenci derslerde daha az geride kaldı.',
              pl: 'Dzięki wolontariuszowi uczeń miał mniejsze zaległości w nauce.',
            },
          },
          `${TH}, Inleiding: "Nu de scholen zeker nog tot het einde van de meivakantie gesloten zijn dreigen zij een leerachterstand op te lopen."`,
        ),
      ],
    },
    {
      id: 'finally',
      title: FINALLY_TITLE,
      respondents: ['pupil', 'parent', 'volunteer', 'schoolMentor'],
      items: [
        {
          id: 'doBetter',
          kind: 'text',
          wording: {
            text: { nl: 'Wat kan Thuisschoolmaatje beter doen?', en: 'What could Thuisschoolmaatje do better?', ar: 'ما الذي يمكن أن تفعله Thuisschoolmaatje بشكل أفضل؟', tr: 'Thuisschoolmaatje neyi daha iyi yapabilir?', pl: 'Co Thuisschoolmaatje mogłoby robić lepiej?' },
            childFriendly: { nl: 'Wat kan er beter aan het bellen met een maatje?', en: 'What could be better about the calls with a buddy?', ar: 'ما الذي يمكن أن يكون أفضل في المكالمات مع الرفيق؟', tr: 'Destek arkadaşıyla görüşmelerde ne daha iyi olabilir?', pl: 'Co mogłoby być lepsze w rozmowach z wolontariuszem?' },
          },
          maxLength: 2_000,
          required: false,
          source: `${TH}, Inleiding: "als informatie in dit document niet duidelijk is of er mist informatie dan horen wij dat graag"`,
        },
      ],
    },
  ],
  scales: [{ id: 'homeStudy', title: { nl: 'Schoolwerk thuis', en: 'Schoolwork at home' }, itemIds: HOME_STUDY, minAnswered: 3 }],
};

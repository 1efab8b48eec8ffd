/**
 * School's cool: the end-of-match questionnaire for the whole triangle — pupil, parent, home
 * mentor and school mentor (multi-informant), written from the seeds: what the home mentor does
 * (schoolscool-thuismentor-worden.txt, "TW") and what schools want back
 * (schoolscool-draagvlak-onderzoek.txt, "DO": mutual feedback, contact, results at school). The
 * seeds contain no questionnaire; each item's `source` quotes the passage it asks about. The same
 * item id for several respondents is one measure seen by each of them: the mirror comparison puts
 * the pupil's answer beside the parent's, the home mentor's and the school mentor's.
 */
import type { AgreementItem, LocalisedText, QuestionnaireDefinition, Wording, YesNoItem } from '../definition.js';
import { AT_SCHOOL_TITLE, CHOOSE_FOR_EACH_SENTENCE, FINALLY_TITLE, IN_WHAT_WAY, LANGUAGES, TIMES, TO_REVIEW, WHAT_IS_STILL_HARD, WHY_NOT_AGREE } from './shared.js';

const TW = 'schoolscool-thuismentor-worden.txt';
const DO = 'schoolscool-draagvlak-onderzoek.txt';

/** One statement for pupil (child-friendly), parent, and the two mentors ("de leerling"). */
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

const SCHOOL_SKILLS = ['planning', 'homeworkApproach', 'askingQuestions', 'solvingProblems', 'planningStillHard'] as const;
const HOME_SUPPORT = ['homeworkEveryDay', 'quietPlace', 'leavesOnTime'] as const;
const CONTACT_AND_FEEDBACK = ['contactEnough', 'feedbackEnough'] as const;

/** School's cool end-of-match questionnaire, version 1. */
export const SCHOOLS_COOL_END_OF_MATCH: QuestionnaireDefinition = {
  id: 'schoolsCoolEndOfMatch',
  version: 1,
  title: {
    text: {
      nl: 'Terugblik op het thuismentoraat',
      en: 'Looking back on the home mentoring',
      ar: 'نظرة إلى الوراء على الإرشاد المنزلي',
      tr: 'Ev mentorluğuna geriye dönük bakış',
      pl: 'Podsumowanie mentoringu domowego',
    },
    childFriendly: {
      nl: 'Hoe was het met je thuismentor?',
      en: 'How was it with your home mentor?',
      ar: 'كيف كانت تجربتك مع مرشدك المنزلي؟',
      tr: 'Ev mentorunla nasıldı?',
      pl: 'Jak było z twoim mentorem domowym?',
    },
  },
  introduction: {
    text: {
      nl: 'De begeleiding door de thuismentor is afgelopen. Hoe ging het? Met je antwoorden kunnen we de begeleiding verbeteren.',
      en: 'The home mentoring has ended. How did it go? Your answers help us improve the mentoring.',
      ar: 'انتهى الإرشاد المنزلي. كيف سارت الأمور؟ تساعدنا إجاباتك على تحسين الإرشاد.',
      tr: 'Ev mentorluğu sona erdi. Nasıl geçti? Cevaplarınız mentorluğu geliştirmemize yardımcı olur.',
      pl: 'Mentoring domowy się zakończył. Jak było? Twoje odpowiedzi pomogą nam go ulepszyć.',
    },
    childFriendly: {
      nl: 'Je thuismentor kwam dit jaar bij je thuis. Hoe ging dat? Er zijn geen goede of foute antwoorden.',
      en: 'Your home mentor visited you at home this year. How did it go? There are no right or wrong answers.',
      ar: 'زارك مرشدك المنزلي في البيت هذا العام. كيف كان ذلك؟ لا توجد إجابات صحيحة أو خاطئة.',
      tr: 'Ev mentorun bu yıl seni evinde ziyaret etti. Nasıl geçti? Doğru ya da yanlış cevap yok.',
      pl: 'Twój mentor domowy odwiedzał cię w tym roku w domu. Jak było? Nie ma dobrych ani złych odpowiedzi.',
    },
  },
  respondents: ['pupil', 'parent', 'volunteer', 'schoolMentor'],
  languages: LANGUAGES,
  translationsToReview: TO_REVIEW,
  source: `${TW}; ${DO}`,
  groups: [
    {
      id: 'schoolWork',
      title: {
        text: { nl: 'Schoolwerk', en: 'Schoolwork', ar: 'الواجبات المدرسية', tr: 'Okul işleri', pl: 'Nauka' },
        childFriendly: { nl: 'Je schoolwerk', en: 'Your schoolwork', ar: 'واجباتك المدرسية', tr: 'Okul işlerin', pl: 'Twoja nauka' },
      },
      instruction: CHOOSE_FOR_EACH_SENTENCE,
      respondents: ['pupil', 'parent', 'volunteer', 'schoolMentor'],
      items: [
        agreement(
          'planning',
          seenByAll(
            { nl: 'Ik kan mijn schoolwerk nu beter plannen.', en: 'I am better at planning my schoolwork now.', ar: 'أصبحت أخطط لواجباتي المدرسية بشكل أفضل الآن.', tr: 'Artık okul işlerimi daha iyi planlayabiliyorum.', pl: 'Teraz lepiej planuję swoją naukę.' },
            { nl: 'Mijn kind plant zijn of haar schoolwerk nu beter.', en: 'My child plans their schoolwork better now.', ar: 'أصبح طفلي يخطط لواجباته المدرسية بشكل أفضل الآن.', tr: 'Çocuğum artık okul işlerini daha iyi planlıyor.', pl: 'Moje dziecko lepiej teraz planuje naukę.' },
            {
              nl: 'De leerling plant het schoolwerk nu beter dan bij de start.',
              en: 'The pupil plans their schoolwork better now than at the start.',
              ar: 'أصبح التلميذ يخطط لواجباته المدرسية بشكل أفضل مما كان عليه في البداية.',
              tr: 'Öğrenci okul işlerini artık başlangıçtakinden daha iyi planlıyor.',
              pl: 'Uczeń planuje teraz naukę lepiej niż na początku.',
            },
          ),
          `${TW}: "Je helpt vooral met praktische schoolzaken, zoals plannen"`,
        ),
        agreement(
          'homeworkApproach',
          seenByAll(
            { nl: 'Ik weet beter hoe ik mijn huiswerk aanpak.', en: 'I know better how to tackle my homework.', ar: 'أعرف الآن بشكل أفضل كيف أنجز واجباتي.', tr: 'Ödevlerimi nasıl yapacağımı artık daha iyi biliyorum.', pl: 'Wiem lepiej, jak zabrać się do pracy domowej.' },
            { nl: 'Mijn kind weet beter hoe het huiswerk aan te pakken.', en: 'My child knows better how to tackle homework.', ar: 'يعرف طفلي الآن بشكل أفضل كيف ينجز واجباته.', tr: 'Çocuğum ödevlerini nasıl yapacağını artık daha iyi biliyor.', pl: 'Moje dziecko wie lepiej, jak zabrać się do pracy domowej.' },
            { nl: 'De leerling pakt het huiswerk beter aan dan bij de start.', en: 'The pupil tackles homework better than at the start.', ar: 'يتعامل التلميذ مع واجباته بشكل أفضل مما كان عليه في البداية.', tr: 'Öğrenci ödevlerini başlangıçtakinden daha iyi yapıyor.', pl: 'Uczeń lepiej radzi sobie z pracą domową niż na początku.' },
          ),
          `${TW}: "zoals plannen, de aanpak van huiswerk en het aanbrengen van structuur"`,
        ),
        agreement(
          'askingQuestions',
          seenByAll(
            { nl: 'Ik durf op school sneller een vraag te stellen.', en: 'I dare to ask a question at school more easily.', ar: 'أصبحت أجرؤ على طرح سؤال في المدرسة بسهولة أكبر.', tr: 'Okulda soru sormaya artık daha kolay cesaret ediyorum.', pl: 'Łatwiej mi teraz zadać pytanie w szkole.' },
            { nl: 'Mijn kind durft op school sneller een vraag te stellen.', en: 'My child dares to ask questions at school more easily.', ar: 'أصبح طفلي يجرؤ على طرح الأسئلة في المدرسة بسهولة أكبر.', tr: 'Çocuğum okulda soru sormaya daha kolay cesaret ediyor.', pl: 'Mojemu dziecku łatwiej teraz zadawać pytania w szkole.' },
            {
              nl: 'De leerling stelt op school sneller een vraag als iets niet duidelijk is.',
              en: 'The pupil asks questions at school more readily when something is unclear.',
              ar: 'يطرح التلميذ الأسئلة في المدرسة بسهولة أكبر عندما يكون شيء غير واضح.',
              tr: 'Öğrenci bir şey anlaşılmadığında okulda daha kolay soru soruyor.',
              pl: 'Uczeń chętniej zadaje pytania w szkole, gdy coś jest niejasne.',
            },
          ),
          `${TW}: "Er is ook aandacht voor het belang van vragen stellen op school"`,
        ),
        agreement(
          'solvingProblems',
          seenByAll(
            { nl: 'Als er iets misgaat, los ik het vaker zelf op.', en: 'When something goes wrong, I solve it myself more often.', ar: 'عندما يحدث خطأ ما، أحلّه بنفسي أكثر من قبل.', tr: 'Bir şeyler ters gittiğinde artık daha sık kendim çözüyorum.', pl: 'Kiedy coś idzie nie tak, częściej sam/sama to rozwiązuję.' },
            { nl: 'Mijn kind lost problemen vaker zelf op.', en: 'My child solves problems on their own more often.', ar: 'يحلّ طفلي المشكلات بنفسه أكثر من قبل.', tr: 'Çocuğum sorunlarını daha sık kendi başına çözüyor.', pl: 'Moje dziecko częściej samo rozwiązuje problemy.' },
            { nl: 'De leerling lost problemen vaker zelf op.', en: 'The pupil solves problems on their own more often.', ar: 'يحلّ التلميذ المشكلات بنفسه أكثر من قبل.', tr: 'Öğrenci sorunlarını daha sık kendi başına çözüyor.', pl: 'Uczeń częściej samodzielnie rozwiązuje problemy.' },
          ),
          `${TW}: "en het zelf oplossen van problemen"`,
        ),
        // Worded the other way round: agreeing is the worse answer, so it is reverse-scored.
        agreement(
          'planningStillHard',
          seenByAll(
            { nl: 'Plannen vind ik nog steeds moeilijk.', en: 'I still find planning hard.', ar: 'ما زلت أجد التخطيط صعبًا.', tr: 'Plan yapmak bana hâlâ zor geliyor.', pl: 'Planowanie wciąż jest dla mnie trudne.' },
            { nl: 'Plannen is voor mijn kind nog steeds moeilijk.', en: 'Planning is still hard for my child.', ar: 'ما زال التخطيط صعبًا على طفلي.', tr: 'Plan yapmak çocuğum için hâlâ zor.', pl: 'Planowanie wciąż sprawia mojemu dziecku trudność.' },
            { nl: 'Plannen is voor de leerling nog steeds moeilijk.', en: 'Planning is still hard for the pupil.', ar: 'ما زال التخطيط صعبًا على التلميذ.', tr: 'Plan yapmak öğrenci için hâlâ zor.', pl: 'Planowanie wciąż sprawia uczniowi trudność.' },
          ),
          `${TW}: "zoals plannen … en het aanbrengen van structuur"`,
          { reverseScored: true, explanationPrompt: WHAT_IS_STILL_HARD },
        ),
      ],
    },
    {
      id: 'atHome',
      title: { text: { nl: 'Thuis', en: 'At home', ar: 'في البيت', tr: 'Evde', pl: 'W domu' } },
      respondents: ['parent', 'volunteer'],
      items: [
        yesNo(
          'homeworkEveryDay',
          {
            byRespondent: {
              parent: { nl: 'Ik let er elke dag op dat mijn kind het huiswerk maakt.', en: 'Every day I make sure my child does their homework.', ar: 'أحرص كل يوم على أن يقوم طفلي بواجباته المدرسية.', tr: 'Her gün çocuğumun ödevini yapmasına dikkat ediyorum.', pl: 'Codziennie pilnuję, żeby moje dziecko odrobiło lekcje.' },
              volunteer: { nl: 'De ouders letten er elke dag op dat hun kind het huiswerk maakt.', en: 'The parents make sure every day that their child does the homework.', ar: 'يحرص الوالدان كل يوم على أن يقوم طفلهما بالواجبات.', tr: 'Ebeveynler her gün çocuklarının ödevini yapmasına dikkat ediyor.', pl: 'Rodzice codziennie pilnują, żeby dziecko odrobiło lekcje.' },
            },
          },
          `${TW}, Ouders: "dat ze erop toezien dat hun kind elke dag het huiswerk maakt"`,
        ),
        yesNo(
          'quietPlace',
          {
            byRespondent: {
              parent: { nl: 'Mijn kind kan thuis op een rustige plek huiswerk maken.', en: 'My child can do homework in a quiet place at home.', ar: 'يستطيع طفلي أداء واجباته في مكان هادئ في البيت.', tr: 'Çocuğum evde sessiz bir yerde ödev yapabiliyor.', pl: 'Moje dziecko ma w domu spokojne miejsce do odrabiania lekcji.' },
              volunteer: { nl: 'De leerling kan thuis op een rustige plek huiswerk maken.', en: 'The pupil can do homework in a quiet place at home.', ar: 'يستطيع التلميذ أداء واجباته في مكان هادئ في البيت.', tr: 'Öğrenci evde sessiz bir yerde ödev yapabiliyor.', pl: 'Uczeń ma w domu spokojne miejsce do odrabiania lekcji.' },
            },
          },
          `${TW}, Ouders: "dat het dit op een rustige plek kan doen"`,
        ),
        yesNo(
          'leavesOnTime',
          {
            byRespondent: {
              parent: {
                nl: 'Mijn kind vertrekt op tijd van huis en verzuimt zo min mogelijk.',
                en: 'My child leaves home on time and misses as little school as possible.',
                ar: 'يغادر طفلي البيت في الوقت المحدد ويتغيّب عن المدرسة أقل ما يمكن.',
                tr: 'Çocuğum evden zamanında çıkıyor ve okulu olabildiğince az kaçırıyor.',
                pl: 'Moje dziecko wychodzi z domu na czas i jak najmniej opuszcza lekcje.',
              },
              volunteer: {
                nl: 'De leerling vertrekt op tijd van huis en verzuimt zo min mogelijk.',
                en: 'The pupil leaves home on time and misses as little school as possible.',
                ar: 'يغادر التلميذ البيت في الوقت المحدد ويتغيّب عن المدرسة أقل ما يمكن.',
                tr: 'Öğrenci evden zamanında çıkıyor ve okulu olabildiğince az kaçırıyor.',
                pl: 'Uczeń wychodzi z domu na czas i jak najmniej opuszcza lekcje.',
              },
            },
          },
          `${TW}, Ouders: "dat het zo min mogelijk de school verzuimt en op tijd van huis vertrekt"`,
        ),
        {
          id: 'parentEvenings',
          kind: 'number',
          respondents: ['parent'],
          wording: {
            text: {
              nl: 'Hoe vaak ben je dit schooljaar naar een ouderavond of gesprek op school geweest?',
              en: "How many times did you go to a parents' evening or a meeting at school this school year?",
              ar: 'كم مرة حضرت أمسية أولياء الأمور أو اجتماعًا في المدرسة هذا العام الدراسي؟',
              tr: 'Bu öğretim yılında kaç kez veli toplantısına ya da okulda bir görüşmeye gittiniz?',
              pl: 'Ile razy w tym roku szkolnym byłeś/byłaś na zebraniu rodziców lub rozmowie w szkole?',
            },
          },
          unit: TIMES,
          min: 0,
          max: 30,
          wholeNumber: true,
          scoring: 'higherIsBetter',
          required: false,
          source: `${TW}, Ouders: "De thuismentor stimuleert de ouders naar ouderavonden te gaan"`,
        },
        {
          id: 'eveningsJoined',
          kind: 'number',
          respondents: ['volunteer'],
          wording: {
            text: {
              nl: 'Hoe vaak ben je meegegaan naar een ouderavond of gesprek op school?',
              en: "How many times did you go along to a parents' evening or a meeting at school?",
              ar: 'كم مرة رافقت الأسرة إلى أمسية أولياء الأمور أو اجتماع في المدرسة؟',
              tr: 'Kaç kez veli toplantısına ya da okuldaki bir görüşmeye eşlik ettin?',
              pl: 'Ile razy poszedłeś/poszłaś razem z rodziną na zebranie rodziców lub rozmowę w szkole?',
            },
          },
          unit: TIMES,
          min: 0,
          max: 30,
          wholeNumber: true,
          scoring: 'higherIsBetter',
          required: false,
          source: `${TW}: "Vaak houd je als thuismentor ook samen met de ouders contact met school en ga je mee naar een ouderavond of bespreking"`,
        },
        agreement(
          'parentsTakeOver',
          {
            byRespondent: {
              parent: { nl: 'Ik kan de hulp bij het schoolwerk nu voor een deel zelf overnemen.', en: 'I can now take over part of the help with schoolwork myself.', ar: 'أستطيع الآن أن أتولّى بنفسي جزءًا من المساعدة في الواجبات المدرسية.', tr: 'Okul işlerindeki yardımın bir kısmını artık kendim üstlenebiliyorum.', pl: 'Mogę teraz sam/sama przejąć część pomocy w nauce.' },
              volunteer: { nl: 'De ouders kunnen mijn werk nu voor een deel zelf overnemen.', en: 'The parents can now take over part of my work themselves.', ar: 'يستطيع الوالدان الآن أن يتولّيا بنفسيهما جزءًا من عملي.', tr: 'Ebeveynler artık işimin bir kısmını kendileri üstlenebiliyor.', pl: 'Rodzice mogą teraz sami przejąć część mojej pracy.' },
            },
          },
          `${TW}, Ouders: "Alles is erop gericht dat de ouders het werk van de thuismentor op den duur zelf overnemen."`,
        ),
      ],
    },
    {
      id: 'withSchool',
      title: { text: { nl: 'Samen met school', en: 'Working with the school', ar: 'العمل مع المدرسة', tr: 'Okulla birlikte', pl: 'Współpraca ze szkołą' } },
      respondents: ['parent', 'volunteer', 'schoolMentor'],
      items: [
        agreement(
          'contactEnough',
          {
            byRespondent: {
              volunteer: { nl: 'Ik had genoeg contact met de schoolmentor.', en: 'I had enough contact with the school mentor.', ar: 'كان لدي تواصل كافٍ مع مرشد المدرسة.', tr: 'Okul mentoruyla yeterince iletişimim oldu.', pl: 'Miałem/miałam wystarczający kontakt z wychowawcą.' },
              schoolMentor: { nl: 'Ik had genoeg contact met de thuismentor.', en: 'I had enough contact with the home mentor.', ar: 'كان لدي تواصل كافٍ مع المرشد المنزلي.', tr: 'Ev mentoruyla yeterince iletişimim oldu.', pl: 'Miałem/miałam wystarczający kontakt z mentorem domowym.' },
            },
          },
          `${TW}, School: "Je zoekt en onderhoudt contact met de schoolmentor"; ${DO} § 4.8: "voldoende contact en uitwisseling tussen met name de vrijwillige mentor en de brugklasmentor"`,
          { respondents: ['volunteer', 'schoolMentor'] },
        ),
        agreement(
          'feedbackEnough',
          {
            byRespondent: {
              volunteer: {
                nl: 'Ik hoorde van school genoeg over hoe het op school ging.',
                en: 'I heard enough from the school about how things were going at school.',
                ar: 'سمعت من المدرسة ما يكفي عن سير الأمور في المدرسة.',
                tr: 'Okulda işlerin nasıl gittiğini okuldan yeterince duydum.',
                pl: 'Wystarczająco dużo dowiadywałem/dowiadywałam się od szkoły o tym, jak idzie w szkole.',
              },
              schoolMentor: {
                nl: 'Ik hoorde van de thuismentor genoeg over hoe de begeleiding verliep.',
                en: 'I heard enough from the home mentor about how the mentoring was going.',
                ar: 'سمعت من المرشد المنزلي ما يكفي عن سير الإرشاد.',
                tr: 'Mentorluğun nasıl gittiğini ev mentorundan yeterince duydum.',
                pl: 'Wystarczająco dużo dowiadywałem/dowiadywałam się od mentora domowego o przebiegu mentoringu.',
              },
            },
          },
          `${DO} § 4.7: "onderling terugkoppelen van het verloop van de begeleiding en het proces op school essentieel"`,
          { respondents: ['volunteer', 'schoolMentor'] },
        ),
        agreement(
          'sameDirection',
          {
            text: {
              nl: 'De ouders, de schoolmentor en de thuismentor werkten samen dezelfde kant op.',
              en: 'The parents, the school mentor and the home mentor worked together in the same direction.',
              ar: 'عمل الوالدان ومرشد المدرسة والمرشد المنزلي معًا في الاتجاه نفسه.',
              tr: 'Ebeveynler, okul mentoru ve ev mentoru birlikte aynı yönde çalıştı.',
              pl: 'Rodzice, wychowawca i mentor domowy działali wspólnie w tym samym kierunku.',
            },
          },
          `${TW}, School: "De ouders, schoolmentor en thuismentor vormen gezamenlijk een driehoek … zodat ‘alle neuzen dezelfde kant’ op staan"`,
        ),
        agreement(
          'parentSchoolContact',
          {
            byRespondent: {
              parent: { nl: 'Het contact tussen mij en de school is beter geworden.', en: 'The contact between me and the school has become better.', ar: 'أصبح التواصل بيني وبين المدرسة أفضل.', tr: 'Okulla aramdaki iletişim daha iyi hale geldi.', pl: 'Mój kontakt ze szkołą się poprawił.' },
              schoolMentor: { nl: 'Het contact tussen de ouders en de school is beter geworden.', en: 'The contact between the parents and the school has become better.', ar: 'أصبح التواصل بين الوالدين والمدرسة أفضل.', tr: 'Ebeveynlerle okul arasındaki iletişim daha iyi hale geldi.', pl: 'Kontakt między rodzicami a szkołą się poprawił.' },
            },
          },
          `${DO} § 2.4: "De mentor kan een brugfunctie vervullen waardoor de afstand tussen ouders en school afneemt en de communicatie beter verloopt."`,
          { respondents: ['parent', 'schoolMentor'] },
        ),
        yesNo(
          'jointMeeting',
          {
            text: {
              nl: 'Er is een gesprek geweest met de schoolmentor, de thuismentor en de leerling (en eventueel de ouders).',
              en: 'There was a meeting with the school mentor, the home mentor and the pupil (and perhaps the parents).',
              ar: 'عُقد لقاء بين مرشد المدرسة والمرشد المنزلي والتلميذ (وربما الوالدين).',
              tr: 'Okul mentoru, ev mentoru ve öğrenci (ve gerekirse ebeveynler) ile bir görüşme yapıldı.',
              pl: 'Odbyło się spotkanie wychowawcy, mentora domowego i ucznia (ewentualnie także rodziców).',
            },
          },
          `${DO}, Aanbevelingen § 1.4: "het organiseren van een gesprek tussen de brugklasmentor, de vrijwillige mentor, de leerling en eventueel ook de ouders"`,
          { respondents: ['volunteer', 'schoolMentor'], followUp: {} },
        ),
      ],
    },
    {
      id: 'atSchool',
      title: AT_SCHOOL_TITLE,
      respondents: ['schoolMentor'],
      items: [
        yesNo(
          'schoolPerformance',
          { text: { nl: 'De schoolprestaties van de leerling zijn verbeterd.', en: "The pupil's school performance has improved.", ar: 'تحسّن الأداء المدرسي للتلميذ.', tr: 'Öğrencinin okul başarısı arttı.', pl: 'Wyniki ucznia w szkole się poprawiły.' } },
          `${DO}, Aanbevelingen § 1.2: "extra aandacht te besteden aan de resultaten van vrijwillig mentoraat voor het verbeteren van de schoolprestaties van leerlingen"`,
        ),
        yesNo(
          'personalDevelopment',
          { text: { nl: 'De leerling heeft zich persoonlijk en sociaal ontwikkeld.', en: 'The pupil has developed personally and socially.', ar: 'تطوّر التلميذ على المستوى الشخصي والاجتماعي.', tr: 'Öğrenci kişisel ve sosyal olarak gelişti.', pl: 'Uczeń rozwinął się osobiście i społecznie.' } },
          `${DO} § 2.3: "een meerwaarde voor de persoonlijke en maatschappelijke ontwikkeling van leerlingen"`,
        ),
        agreement(
          'progressSeen',
          { text: { nl: 'Ik heb de vooruitgang van de leerling met eigen ogen gezien.', en: "I have seen the pupil's progress with my own eyes.", ar: 'رأيت تقدّم التلميذ بعينيّ.', tr: 'Öğrencinin ilerlemesini kendi gözlerimle gördüm.', pl: 'Na własne oczy widziałem/widziałam postępy ucznia.' } },
          `${DO}, Tot slot: "zodat zij met eigen ogen de vooruitgang van een leerling kunnen meemaken met behulp van een vrijwillige mentor"`,
        ),
        agreement(
          'cooperateAgain',
          { text: { nl: "Ik wil opnieuw met School's cool samenwerken.", en: "I want to work with School's cool again.", ar: "أرغب في التعاون مع School's cool مرة أخرى.", tr: "School's cool ile yeniden çalışmak istiyorum.", pl: "Chcę ponownie współpracować ze School's cool." } },
          `${DO} § 4.7: "de kwaliteit van het mentoraatprogramma voor ongeveer 80 procent van de respondenten een belangrijke voorwaarde voor samenwerking"`,
        ),
      ],
    },
    {
      id: 'finally',
      title: FINALLY_TITLE,
      respondents: ['pupil', 'parent', 'volunteer', 'schoolMentor'],
      items: [
        yesNo(
          'activityTogether',
          {
            childFriendly: {
              nl: 'Ik heb met mijn thuismentor iets leuks gedaan, zoals een museum of een sportwedstrijd.',
              en: 'I did something fun with my home mentor, like a museum or a sports match.',
              ar: 'قمت بشيء ممتع مع مرشدي المنزلي، مثل زيارة متحف أو مباراة رياضية.',
              tr: 'Ev mentorumla müze ya da spor maçı gibi eğlenceli bir şey yaptım.',
              pl: 'Zrobiłem/zrobiłam z mentorem domowym coś fajnego, na przykład muzeum albo mecz.',
            },
            byRespondent: {
              parent: {
                nl: 'Mijn kind heeft met de thuismentor een activiteit gedaan (bijvoorbeeld een museum of een sportwedstrijd).',
                en: 'My child did an activity with the home mentor (for example a museum or a sports match).',
                ar: 'قام طفلي بنشاط مع المرشد المنزلي (مثل زيارة متحف أو مباراة رياضية).',
                tr: 'Çocuğum ev mentoruyla bir etkinlik yaptı (örneğin müze ya da spor maçı).',
                pl: 'Moje dziecko wybrało się z mentorem domowym na jakieś zajęcia (na przykład do muzeum albo na mecz).',
              },
              volunteer: {
                nl: 'Ik heb met de leerling een activiteit gedaan (bijvoorbeeld een museum of een sportwedstrijd).',
                en: 'I did an activity with the pupil (for example a museum or a sports match).',
                ar: 'قمت بنشاط مع التلميذ (مثل زيارة متحف أو مباراة رياضية).',
                tr: 'Öğrenciyle bir etkinlik yaptım (örneğin müze ya da spor maçı).',
                pl: 'Wybrałem/wybrałam się z uczniem na jakieś zajęcia (na przykład do muzeum albo na mecz).',
              },
            },
          },
          `${TW}: "een beperkt budget … een bezoek aan een stad, een museum, een sportwedstrijd"`,
          { respondents: ['pupil', 'parent', 'volunteer'], followUp: {} },
        ),
        {
          id: 'reportMark',
          kind: 'number',
          wording: {
            text: {
              nl: 'Je rapportcijfer voor het thuismentoraat (1 tot 10):',
              en: 'Your mark for the home mentoring (1 to 10):',
              ar: 'درجتك للإرشاد المنزلي (من 1 إلى 10):',
              tr: 'Ev mentorluğuna verdiğiniz puan (1 ile 10 arası):',
              pl: 'Twoja ocena mentoringu domowego (od 1 do 10):',
            },
            childFriendly: {
              nl: 'Welk rapportcijfer geef je de hulp van je thuismentor? (1 tot 10)',
              en: 'What mark would you give the help of your home mentor? (1 to 10)',
              ar: 'ما الدرجة التي تعطيها لمساعدة مرشدك المنزلي؟ (من 1 إلى 10)',
              tr: "Ev mentorunun yardımına 1'den 10'a kadar kaç puan verirsin?",
              pl: 'Na jaką ocenę zasługuje pomoc twojego mentora domowego? (od 1 do 10)',
            },
          },
          min: 1,
          max: 10,
          wholeNumber: true,
          scoring: 'higherIsBetter',
          required: false,
          source: `${DO} § 4.7: "de kwaliteit van het mentoraatprogramma" (a report mark, as pupils know from school)`,
        },
        {
          id: 'doBetter',
          kind: 'text',
          wording: {
            text: { nl: "Wat kan School's cool de volgende keer beter doen?", en: "What could School's cool do better next time?", ar: "ما الذي يمكن أن تفعله School's cool بشكل أفضل في المرة القادمة؟", tr: "School's cool bir dahaki sefere neyi daha iyi yapabilir?", pl: "Co School's cool mogłoby następnym razem zrobić lepiej?" },
            childFriendly: { nl: 'Wat kan er beter aan de hulp van een thuismentor?', en: 'What could be better about the help from a home mentor?', ar: 'ما الذي يمكن أن يكون أفضل في مساعدة المرشد المنزلي؟', tr: 'Ev mentorunun yardımında ne daha iyi olabilir?', pl: 'Co mogłoby być lepsze w pomocy mentora domowego?' },
          },
          maxLength: 2_000,
          required: false,
          source: `${DO} § 4.7 (the quality of the programme); as Parent'R'US tool 4, Improvements`,
        },
      ],
    },
  ],
  scales: [
    { id: 'schoolSkills', title: { nl: 'Schoolvaardigheden', en: 'School skills' }, itemIds: SCHOOL_SKILLS, minAnswered: 4 },
    { id: 'homeSupport', title: { nl: 'Steun thuis', en: 'Support at home' }, itemIds: HOME_SUPPORT, minAnswered: 2 },
    { id: 'contactAndFeedback', title: { nl: 'Contact en terugkoppeling', en: 'Contact and feedback' }, itemIds: CONTACT_AND_FEEDBACK, minAnswered: 2 },
  ],
};

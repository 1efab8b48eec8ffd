/**
 * Parent'R'US tools 3 and 4 (parentrus-mentormodel-ouderbetrokkenheid.txt, 3.3.7 "Mentorschap
 * hulpmiddelen"): the Mentoring Mid-Term Report ("in te vullen door zowel mentor als leerling voor
 * 'spiegeleffect'", 3.3.5) and the Mentoring Final Report (3.3.6). The mentee is the parent, the
 * mentor the volunteer ("I am a: Mentee / Mentor" is the respondent; "Date" the submission date).
 *
 * English is the seed's text, exactly (its "please tell us in what" included). Dutch is a faithful
 * translation; where the seed's own Dutch annex mistranslates, ours follows the English ("Please
 * write in what way" is not "Schrijf alsjeblieft op die manier"; "attending school more regularly"
 * keeps "regelmatiger"; "mentees" are not "leerlingen"). Arabic, Turkish and Polish are ours and
 * need a native speaker's review. Each item's `source` cites the form it comes from.
 *
 * The seven statements have the same item ids in both reports (the same measure, worded for the
 * moment), so change scores compare them; THE CHILD and THE PARENT are the mentee's, THE MENTOR
 * the mentor's (annex 2.2.1 "De perceptie van de mentee", 2.2.2 "De perceptie van de mentor").
 */
import type { ResultSection } from '../../reporting/results.js';
import type { AgreementItem, LocalisedText, QuestionnaireDefinition, Scale, Wording, YesNoItem } from '../definition.js';

const TOOL_3 = 'parentrus-mentormodel-ouderbetrokkenheid.txt 3.3.7, tool 3 (Mentoring Mid-Term Report)';
const TOOL_4 = 'parentrus-mentormodel-ouderbetrokkenheid.txt 3.3.7, tool 4 (Mentoring Final Report)';

const said = (text: LocalisedText): Wording => ({ text });

const WEEKS: Wording = said({ en: 'weeks', nl: 'weken', ar: 'أسابيع', tr: 'hafta', pl: 'tygodni' });

const IF_NO_REASONS: Wording = said({
  en: 'If No, please write the reasons:',
  nl: 'Zo nee, schrijf de redenen op:',
  ar: 'إذا كانت الإجابة لا، يرجى كتابة الأسباب:',
  tr: 'Hayır ise, lütfen nedenlerini yazın:',
  pl: 'Jeśli nie, podaj powody:',
});

const MENTOR_INFLUENCE: Wording = said({
  en: 'What was the influence of the mentor in this?',
  nl: 'Wat was de invloed van de mentor hierin?',
  ar: 'ما كان تأثير المرشد في ذلك؟',
  tr: 'Mentorun bunda etkisi ne oldu?',
  pl: 'Jaki był w tym wpływ mentora?',
});

const FOR_EACH_SENTENCE: Wording = said({
  en: 'For each sentence, tell us if you agree or disagree.',
  nl: 'Vertel ons voor elke zin of je het ermee eens of oneens bent.',
  ar: 'أخبرنا عن كل جملة إن كنت توافق عليها أم لا.',
  tr: 'Her cümle için katılıp katılmadığınızı bize söyleyin.',
  pl: 'Przy każdym zdaniu zaznacz, czy się z nim zgadzasz, czy nie.',
});

const TELL_US_IN_WHAT: Wording = said({
  en: 'If you choose "Disagree" or "Could be improved", please tell us in what:',
  nl: 'Als je "Niet mee eens" of "Kan beter" kiest, vertel ons dan waarin:',
  ar: 'إذا اخترت "لا أوافق" أو "يمكن أن يكون أفضل"، يرجى إخبارنا في أي شيء:',
  tr: '"Katılmıyorum" veya "Daha iyi olabilir" seçeneğini seçerseniz, lütfen hangi konuda olduğunu bize söyleyin:',
  pl: 'Jeśli wybierzesz „Nie zgadzam się” lub „Mogłoby być lepiej”, napisz nam, w czym:',
});

const WRITE_IN_WHAT_WAY: Wording = said({
  en: 'If you choose "Disagree" or "Could be improved", please write in what way:',
  nl: 'Als je "Niet mee eens" of "Kan beter" kiest, schrijf dan op welke manier:',
  ar: 'إذا اخترت "لا أوافق" أو "يمكن أن يكون أفضل"، يرجى كتابة بأي طريقة:',
  tr: '"Katılmıyorum" veya "Daha iyi olabilir" seçeneğini seçerseniz, lütfen ne şekilde olduğunu yazın:',
  pl: 'Jeśli wybierzesz „Nie zgadzam się” lub „Mogłoby być lepiej”, napisz, w jaki sposób:',
});

const APPLIES_TO_YOUR_SITUATION: Wording = said({
  en: 'For each statement, tell us if it applies to your situation:',
  nl: 'Vertel ons voor elke uitspraak of deze op je situatie van toepassing is:',
  ar: 'أخبرنا عن كل عبارة إن كانت تنطبق على وضعك:',
  tr: 'Her ifade için durumunuza uyup uymadığını bize söyleyin:',
  pl: 'Przy każdym stwierdzeniu zaznacz, czy pasuje do Twojej sytuacji:',
});

const IN_WHAT_WAY: Wording = said({
  en: 'Please write in what way:',
  nl: 'Schrijf op welke manier:',
  ar: 'يرجى كتابة بأي طريقة:',
  tr: 'Lütfen ne şekilde olduğunu yazın:',
  pl: 'Napisz, w jaki sposób:',
});

const statement = (id: string, text: LocalisedText, explanationPrompt: Wording, source: string): AgreementItem => ({
  id,
  kind: 'agreement',
  wording: said(text),
  explanationPrompt,
  required: true,
  source,
});

/** Tool 4's "YES / NO / Please write in what way" rows, optional: a parent may leave one out. */
const appliesToMe = (id: string, text: LocalisedText, source: string): YesNoItem => ({
  id,
  kind: 'yesNo',
  wording: said(text),
  followUp: { yes: { prompt: IN_WHAT_WAY, required: false } },
  required: false,
  source,
});

// Statements 6 and 7 read the same in both reports.
const VOICE_OF_POWER: LocalisedText = {
  en: "This mentoring process gives a voice of power to parents related to their children's schooling life.",
  nl: 'Dit mentortraject geeft ouders een stem die telt in het schoolleven van hun kinderen.',
  ar: 'تمنح عملية الإرشاد هذه الآباء صوتًا مؤثرًا فيما يتعلق بالحياة المدرسية لأطفالهم.',
  tr: 'Bu mentorluk süreci, ebeveynlere çocuklarının okul hayatıyla ilgili güçlü bir söz hakkı verir.',
  pl: 'Ten proces mentoringu daje rodzicom mocny głos w sprawach szkolnego życia ich dzieci.',
};

const ACHIEVEMENT_AND_WELL_BEING: LocalisedText = {
  en: 'This mentoring process is an important activity for parents and children to enable school achievement and well-being.',
  nl: 'Dit mentortraject is een belangrijke activiteit voor ouders en kinderen om schoolsucces en welzijn mogelijk te maken.',
  ar: 'تُعدّ عملية الإرشاد هذه نشاطًا مهمًا للآباء والأطفال لتحقيق النجاح المدرسي والرفاهية.',
  tr: 'Bu mentorluk süreci, okul başarısını ve iyi oluşu mümkün kılmak için ebeveynler ve çocuklar açısından önemli bir etkinliktir.',
  pl: 'Ten proces mentoringu jest ważnym działaniem dla rodziców i dzieci, które umożliwia sukcesy w szkole i dobrostan.',
};

/** The seven statements, scored together: "Mentoring value" (Agree, Could be improved, Disagree). */
const STATEMENT_IDS = [
  'relationshipChildrenParentsSchool',
  'childrenWellBeing',
  'keepInteractingWithSchool',
  'confidenceInOwnAbilities',
  'closerDialogue',
  'voiceOfPower',
  'achievementAndWellBeing',
] as const;

const MENTORING_VALUE: Scale = {
  id: 'mentoringValue',
  title: { en: 'Value of the mentoring (the seven statements)', nl: 'Waarde van het mentorschap (de zeven uitspraken)' },
  itemIds: STATEMENT_IDS,
  minAnswered: 5,
};

const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
const TO_REVIEW = ['ar', 'tr', 'pl'] as const;

/** Tool 3, the Mentoring Mid-Term Report, for mentee (the parent) and mentor (the volunteer). */
export const PARENT_RUS_MID_TERM_REPORT: QuestionnaireDefinition = {
  id: 'midTermReport',
  version: 1,
  title: said({
    en: 'Mentoring Mid-Term Report',
    nl: 'Tussentijds verslag over mentorschap',
    ar: 'التقرير النصفي للإرشاد',
    tr: 'Mentorluk Ara Raporu',
    pl: 'Śródokresowy raport z mentoringu',
  }),
  introduction: said({
    en: 'Please fill out this form at the mid-term of the mentoring process.',
    nl: 'Vul dit formulier in halverwege het mentortraject.',
    ar: 'يرجى ملء هذه الاستمارة في منتصف عملية الإرشاد.',
    tr: 'Lütfen bu formu mentorluk sürecinin ortasında doldurun.',
    pl: 'Wypełnij ten formularz w połowie procesu mentoringu.',
  }),
  respondents: ['parent', 'volunteer'],
  languages: LANGUAGES,
  translationsToReview: TO_REVIEW,
  source: TOOL_3,
  groups: [
    {
      id: 'soFar',
      respondents: ['parent', 'volunteer'],
      items: [
        {
          // The seed asks "(months, weeks)"; one number of weeks can be summed and compared.
          id: 'weeksMet',
          kind: 'number',
          wording: said({
            en: 'For how long have you met so far?',
            nl: 'Hoe lang ontmoeten jullie elkaar al?',
            ar: 'منذ متى تلتقيان حتى الآن؟',
            tr: 'Şimdiye kadar ne kadar süredir görüşüyorsunuz?',
            pl: 'Jak długo już się spotykacie?',
          }),
          unit: WEEKS,
          min: 0,
          max: 104,
          wholeNumber: true,
          scoring: 'notScored',
          required: false,
          source: `${TOOL_3}: "For how long have you met so far? (months, weeks)"`,
        },
        {
          id: 'parentSupportChange',
          kind: 'yesNo',
          wording: said({
            en: 'Do you feel there was any change in the way parent supports the child?',
            nl: 'Heb je het gevoel dat er iets is veranderd in de manier waarop de ouder het kind ondersteunt?',
            ar: 'هل تشعر بأن هناك أي تغيير في طريقة دعم الوالد/الوالدة للطفل؟',
            tr: 'Ebeveynin çocuğu destekleme biçiminde herhangi bir değişiklik olduğunu düşünüyor musunuz?',
            pl: 'Czy uważasz, że zmieniło się coś w sposobie, w jaki rodzic wspiera dziecko?',
          }),
          followUp: {
            yes: {
              prompt: said({
                en: 'If Yes, please tell what it is:',
                nl: 'Zo ja, vertel wat het is:',
                ar: 'إذا كانت الإجابة نعم، يرجى توضيح ما هو:',
                tr: 'Evet ise, lütfen ne olduğunu anlatın:',
                pl: 'Jeśli tak, napisz, na czym polega ta zmiana:',
              }),
              required: false,
            },
            no: { prompt: IF_NO_REASONS, required: false },
          },
          required: true,
          source: `${TOOL_3}: "Do you feel there was any change in the way parent supports the child? YES / NO"`,
        },
        {
          id: 'mentorInfluence',
          kind: 'text',
          wording: MENTOR_INFLUENCE,
          maxLength: 2_000,
          required: false,
          source: `${TOOL_3}: "What was the influence of the mentor in this?"`,
        },
      ],
    },
    {
      id: 'statements',
      instruction: FOR_EACH_SENTENCE,
      respondents: ['parent', 'volunteer'],
      items: [
        statement(
          'relationshipChildrenParentsSchool',
          {
            en: 'Mentoring is useful in supporting the relationship between children-parents-school.',
            nl: 'Mentorschap is nuttig voor het ondersteunen van de relatie tussen kinderen, ouders en school.',
            ar: 'الإرشاد مفيد في دعم العلاقة بين الأطفال والآباء والمدرسة.',
            tr: 'Mentorluk, çocuklar, ebeveynler ve okul arasındaki ilişkiyi desteklemede faydalıdır.',
            pl: 'Mentoring jest przydatny we wspieraniu relacji między dziećmi, rodzicami i szkołą.',
          },
          TELL_US_IN_WHAT,
          `${TOOL_3}, statement 1`,
        ),
        statement(
          'childrenWellBeing',
          {
            en: 'Mentoring helps parents in promoting their children well-being.',
            nl: 'Mentorschap helpt ouders bij het bevorderen van het welzijn van hun kinderen.',
            ar: 'يساعد الإرشاد الآباء على تعزيز رفاهية أطفالهم.',
            tr: 'Mentorluk, ebeveynlerin çocuklarının iyi oluşunu desteklemelerine yardımcı olur.',
            pl: 'Mentoring pomaga rodzicom dbać o dobrostan ich dzieci.',
          },
          TELL_US_IN_WHAT,
          `${TOOL_3}, statement 2`,
        ),
        statement(
          'keepInteractingWithSchool',
          {
            en: 'Mentoring motivates parents to keep interacting with school.',
            nl: 'Mentorschap motiveert ouders om contact te blijven houden met de school.',
            ar: 'يحفّز الإرشاد الآباء على مواصلة التواصل مع المدرسة.',
            tr: 'Mentorluk, ebeveynleri okulla iletişimi sürdürmeye teşvik eder.',
            pl: 'Mentoring motywuje rodziców do utrzymywania kontaktu ze szkołą.',
          },
          TELL_US_IN_WHAT,
          `${TOOL_3}, statement 3`,
        ),
        statement(
          'confidenceInOwnAbilities',
          {
            en: "Mentors give confidence to parents in their own assets to help their children's learning.",
            nl: 'Mentoren geven ouders vertrouwen in hun eigen kwaliteiten om hun kinderen te helpen bij het leren.',
            ar: 'يمنح المرشدون الآباء الثقة في قدراتهم الذاتية لمساعدة أطفالهم في التعلّم.',
            tr: 'Mentorlar, ebeveynlere çocuklarının öğrenmesine yardım etmek için kendi güçlü yönlerine güven kazandırır.',
            pl: 'Mentorzy dodają rodzicom wiary we własne mocne strony, by mogli pomagać dzieciom w nauce.',
          },
          TELL_US_IN_WHAT,
          `${TOOL_3}, statement 4`,
        ),
        statement(
          'closerDialogue',
          {
            en: 'Mentoring supports a closer dialogue between parents, school, and community.',
            nl: 'Mentorschap ondersteunt een nauwere dialoog tussen ouders, school en gemeenschap.',
            ar: 'يدعم الإرشاد حوارًا أوثق بين الآباء والمدرسة والمجتمع.',
            tr: 'Mentorluk, ebeveynler, okul ve toplum arasında daha yakın bir diyaloğu destekler.',
            pl: 'Mentoring wspiera bliższy dialog między rodzicami, szkołą i społecznością.',
          },
          TELL_US_IN_WHAT,
          `${TOOL_3}, statement 5`,
        ),
        statement('voiceOfPower', VOICE_OF_POWER, TELL_US_IN_WHAT, `${TOOL_3}, statement 6`),
        statement('achievementAndWellBeing', ACHIEVEMENT_AND_WELL_BEING, TELL_US_IN_WHAT, `${TOOL_3}, statement 7`),
      ],
    },
    {
      id: 'comment',
      respondents: ['parent', 'volunteer'],
      items: [
        {
          id: 'otherComment',
          kind: 'text',
          wording: said({
            en: 'Please add any other comment you feel necessary:',
            nl: 'Voeg hier andere opmerkingen toe die je nodig vindt:',
            ar: 'يرجى إضافة أي تعليق آخر تراه ضروريًا:',
            tr: 'Gerekli gördüğünüz başka bir yorum varsa lütfen ekleyin:',
            pl: 'Dodaj inne uwagi, które uważasz za potrzebne:',
          }),
          maxLength: 2_000,
          required: false,
          source: `${TOOL_3}: "Please add any other comment you feel necessary:"`,
        },
      ],
    },
  ],
  scales: [MENTORING_VALUE],
};

/** THE CHILD: the parent's view of the child (annex 2.2.1). */
const THE_CHILD = [
  appliesToMe('childConfidence', { en: 'My child has more confidence.', nl: 'Mijn kind heeft meer zelfvertrouwen.', ar: 'لدى طفلي ثقة أكبر بنفسه.', tr: 'Çocuğumun daha fazla özgüveni var.', pl: 'Moje dziecko ma więcej pewności siebie.' }, `${TOOL_4}, THE CHILD 1`),
  appliesToMe('childFriends', { en: 'My child has more friends.', nl: 'Mijn kind heeft meer vrienden.', ar: 'لدى طفلي أصدقاء أكثر.', tr: 'Çocuğumun daha fazla arkadaşı var.', pl: 'Moje dziecko ma więcej przyjaciół.' }, `${TOOL_4}, THE CHILD 2`),
  appliesToMe(
    'childExtracurricular',
    {
      en: 'My child has more participation in extracurricular school activities.',
      nl: 'Mijn kind neemt meer deel aan buitenschoolse activiteiten van de school.',
      ar: 'يشارك طفلي أكثر في الأنشطة المدرسية اللاصفّية.',
      tr: 'Çocuğum okulun ders dışı etkinliklerine daha fazla katılıyor.',
      pl: 'Moje dziecko częściej bierze udział w szkolnych zajęciach pozalekcyjnych.',
    },
    `${TOOL_4}, THE CHILD 3`,
  ),
  appliesToMe(
    'childViewOfSchool',
    {
      en: 'My child has a more positive view of the school.',
      nl: 'Mijn kind heeft een positiever beeld van de school.',
      ar: 'لدى طفلي نظرة أكثر إيجابية إلى المدرسة.',
      tr: 'Çocuğumun okula bakışı daha olumlu.',
      pl: 'Moje dziecko ma bardziej pozytywny obraz szkoły.',
    },
    `${TOOL_4}, THE CHILD 4`,
  ),
  appliesToMe(
    'childLessDisruptive',
    {
      en: 'My child has decreased his/her disruptive behaviours.',
      nl: 'Mijn kind heeft zijn/haar storende gedrag verminderd.',
      ar: 'قلّل طفلي من سلوكياته المزعجة.',
      tr: 'Çocuğumun rahatsız edici davranışları azaldı.',
      pl: 'Moje dziecko ograniczyło swoje uciążliwe zachowania.',
    },
    `${TOOL_4}, THE CHILD 5`,
  ),
  appliesToMe(
    'childAttendance',
    {
      en: 'My child is attending school more regularly.',
      nl: 'Mijn kind gaat regelmatiger naar school.',
      ar: 'يذهب طفلي إلى المدرسة بانتظام أكبر.',
      tr: 'Çocuğum okula daha düzenli gidiyor.',
      pl: 'Moje dziecko regularniej chodzi do szkoły.',
    },
    `${TOOL_4}, THE CHILD 6`,
  ),
  appliesToMe(
    'childAcademicSuccess',
    {
      en: 'My child has improved his/her academic success.',
      nl: 'Mijn kind heeft zijn/haar schoolresultaten verbeterd.',
      ar: 'حسّن طفلي نتائجه الدراسية.',
      tr: 'Çocuğum okul başarısını artırdı.',
      pl: 'Moje dziecko poprawiło swoje wyniki w nauce.',
    },
    `${TOOL_4}, THE CHILD 7`,
  ),
];

/** THE PARENT: the parent's view of themselves (annex 2.2.1). */
const THE_PARENT = [
  appliesToMe(
    'parentSkills',
    {
      en: 'I trust more in my parental skills.',
      nl: 'Ik vertrouw meer op mijn vaardigheden als ouder.',
      ar: 'أثق أكثر في مهاراتي كوالد/كوالدة.',
      tr: 'Ebeveynlik becerilerime daha çok güveniyorum.',
      pl: 'Bardziej ufam swoim umiejętnościom rodzicielskim.',
    },
    `${TOOL_4}, THE PARENT 1`,
  ),
  appliesToMe(
    'parentRelationshipWithChild',
    {
      en: 'I feel I have a better relationship with my child.',
      nl: 'Ik heb het gevoel dat ik een betere relatie heb met mijn kind.',
      ar: 'أشعر بأن علاقتي بطفلي أصبحت أفضل.',
      tr: 'Çocuğumla daha iyi bir ilişkim olduğunu hissediyorum.',
      pl: 'Czuję, że mam lepszą relację z moim dzieckiem.',
    },
    `${TOOL_4}, THE PARENT 2`,
  ),
  appliesToMe(
    'parentRepresentsChild',
    {
      en: 'I have more confidence in being able to represent my child.',
      nl: 'Ik heb er meer vertrouwen in dat ik mijn kind kan vertegenwoordigen.',
      ar: 'لدي ثقة أكبر في قدرتي على تمثيل طفلي.',
      tr: 'Çocuğumu temsil edebileceğime daha çok güveniyorum.',
      pl: 'Mam więcej pewności, że potrafię reprezentować moje dziecko.',
    },
    `${TOOL_4}, THE PARENT 3`,
  ),
  appliesToMe(
    'parentCommunicationWithSchool',
    {
      en: 'I can have a better communication with the school.',
      nl: 'Ik kan beter communiceren met de school.',
      ar: 'أستطيع التواصل مع المدرسة بشكل أفضل.',
      tr: 'Okulla daha iyi iletişim kurabiliyorum.',
      pl: 'Potrafię lepiej porozumiewać się ze szkołą.',
    },
    `${TOOL_4}, THE PARENT 4`,
  ),
  appliesToMe(
    'parentCollaboration',
    {
      en: 'I can collaborate with my child and the school.',
      nl: 'Ik kan samenwerken met mijn kind en de school.',
      ar: 'أستطيع التعاون مع طفلي ومع المدرسة.',
      tr: 'Çocuğumla ve okulla iş birliği yapabiliyorum.',
      pl: 'Potrafię współpracować z moim dzieckiem i ze szkołą.',
    },
    `${TOOL_4}, THE PARENT 5`,
  ),
  appliesToMe(
    'parentParticipation',
    {
      en: 'I participate more in extracurricular school activities and/or in decision making.',
      nl: 'Ik neem meer deel aan buitenschoolse activiteiten van de school en/of aan de besluitvorming.',
      ar: 'أشارك أكثر في الأنشطة المدرسية اللاصفّية و/أو في اتخاذ القرارات.',
      tr: 'Okulun ders dışı etkinliklerine ve/veya karar alma süreçlerine daha fazla katılıyorum.',
      pl: 'Częściej biorę udział w szkolnych zajęciach pozalekcyjnych i/lub w podejmowaniu decyzji.',
    },
    `${TOOL_4}, THE PARENT 6`,
  ),
  appliesToMe(
    'parentSchoolSupportiveAndSafe',
    {
      en: 'I feel the school is a supportive and safe place for me and my child.',
      nl: 'Ik heb het gevoel dat de school een ondersteunende en veilige plek is voor mij en mijn kind.',
      ar: 'أشعر بأن المدرسة مكان داعم وآمن لي ولطفلي.',
      tr: 'Okulun benim ve çocuğum için destekleyici ve güvenli bir yer olduğunu hissediyorum.',
      pl: 'Czuję, że szkoła jest wspierającym i bezpiecznym miejscem dla mnie i mojego dziecka.',
    },
    `${TOOL_4}, THE PARENT 7`,
  ),
  appliesToMe(
    'parentInvolved',
    {
      en: 'I feel more involved and engaged in school activities.',
      nl: 'Ik voel me meer betrokken bij schoolactiviteiten en doe er actiever aan mee.',
      ar: 'أشعر بمشاركة وانخراط أكبر في أنشطة المدرسة.',
      tr: 'Okul etkinliklerine daha fazla dahil olduğumu ve katıldığımı hissediyorum.',
      pl: 'Czuję się bardziej zaangażowany/zaangażowana w działania szkoły.',
    },
    `${TOOL_4}, THE PARENT 8`,
  ),
  appliesToMe(
    'parentMeetsOthers',
    {
      en: 'I have more meetings with other parents and/ or other people.',
      nl: 'Ik heb meer ontmoetingen met andere ouders en/of andere mensen.',
      ar: 'ألتقي أكثر بآباء آخرين و/أو بأشخاص آخرين.',
      tr: 'Diğer ebeveynlerle ve/veya başka insanlarla daha fazla görüşüyorum.',
      pl: 'Częściej spotykam się z innymi rodzicami i/lub innymi osobami.',
    },
    `${TOOL_4}, THE PARENT 9`,
  ),
  appliesToMe(
    'parentNewSkills',
    {
      en: 'I have learnt new skills during the mentoring process.',
      nl: 'Ik heb nieuwe vaardigheden geleerd tijdens het mentortraject.',
      ar: 'تعلّمت مهارات جديدة خلال عملية الإرشاد.',
      tr: 'Mentorluk sürecinde yeni beceriler öğrendim.',
      pl: 'W trakcie mentoringu nauczyłem/nauczyłam się nowych umiejętności.',
    },
    `${TOOL_4}, THE PARENT 10`,
  ),
];

/** THE MENTOR: the volunteer's view of themselves (annex 2.2.2). */
const THE_MENTOR = [
  appliesToMe(
    'mentorUnderstanding',
    {
      en: 'I have gained more understanding of hardships of parents and children.',
      nl: 'Ik heb meer begrip gekregen voor de moeilijkheden van ouders en kinderen.',
      ar: 'أصبح لدي فهم أعمق للصعوبات التي يواجهها الآباء والأطفال.',
      tr: 'Ebeveynlerin ve çocukların yaşadığı zorlukları daha iyi anlıyorum.',
      pl: 'Lepiej rozumiem trudności, z jakimi mierzą się rodzice i dzieci.',
    },
    `${TOOL_4}, THE MENTOR 1`,
  ),
  appliesToMe(
    'mentorHelpsFamilies',
    {
      en: 'I feel I can help other families.',
      nl: 'Ik heb het gevoel dat ik andere gezinnen kan helpen.',
      ar: 'أشعر بأنني أستطيع مساعدة أسر أخرى.',
      tr: 'Başka ailelere yardım edebileceğimi hissediyorum.',
      pl: 'Czuję, że mogę pomagać innym rodzinom.',
    },
    `${TOOL_4}, THE MENTOR 2`,
  ),
  appliesToMe(
    'mentorHelpsMentors',
    {
      en: 'I feel I can support and help other mentors.',
      nl: 'Ik heb het gevoel dat ik andere mentoren kan steunen en helpen.',
      ar: 'أشعر بأنني أستطيع دعم مرشدين آخرين ومساعدتهم.',
      tr: 'Diğer mentorları destekleyip onlara yardım edebileceğimi hissediyorum.',
      pl: 'Czuję, że mogę wspierać innych mentorów i im pomagać.',
    },
    `${TOOL_4}, THE MENTOR 3`,
  ),
  appliesToMe(
    'mentorSelfKnowledge',
    {
      en: 'I have improved my self-knowledge.',
      nl: 'Ik heb mijn zelfkennis vergroot.',
      ar: 'حسّنت معرفتي بذاتي.',
      tr: 'Kendimi daha iyi tanır oldum.',
      pl: 'Lepiej poznałem/poznałam samego/samą siebie.',
    },
    `${TOOL_4}, THE MENTOR 4`,
  ),
  appliesToMe(
    'mentorConfidence',
    {
      en: 'I have more confidence due to positive feedback from mentee(s).',
      nl: 'Ik heb meer zelfvertrouwen door positieve feedback van mijn mentee(s).',
      ar: 'لدي ثقة أكبر بنفسي بفضل التعليقات الإيجابية من المسترشد/المسترشدين.',
      tr: 'Mentilerimden aldığım olumlu geri bildirimler sayesinde özgüvenim arttı.',
      pl: 'Mam więcej pewności siebie dzięki pozytywnym opiniom podopiecznych.',
    },
    `${TOOL_4}, THE MENTOR 5`,
  ),
  appliesToMe(
    'mentorNewSkills',
    {
      en: 'I have learnt new skills.',
      nl: 'Ik heb nieuwe vaardigheden geleerd.',
      ar: 'تعلّمت مهارات جديدة.',
      tr: 'Yeni beceriler öğrendim.',
      pl: 'Nauczyłem/nauczyłam się nowych umiejętności.',
    },
    `${TOOL_4}, THE MENTOR 6`,
  ),
  appliesToMe(
    'mentorSupported',
    {
      en: 'I felt supported during the mentoring process.',
      nl: 'Ik voelde me gesteund tijdens het mentortraject.',
      ar: 'شعرت بالدعم خلال عملية الإرشاد.',
      tr: 'Mentorluk sürecinde desteklendiğimi hissettim.',
      pl: 'Czułem/czułam wsparcie w trakcie mentoringu.',
    },
    `${TOOL_4}, THE MENTOR 7`,
  ),
];

const ids = (items: readonly YesNoItem[]): readonly string[] => items.map((item) => item.id);

/** Tool 4, the Mentoring Final Report, for mentee (the parent) and mentor (the volunteer). */
export const PARENT_RUS_FINAL_REPORT: QuestionnaireDefinition = {
  id: 'finalReport',
  version: 1,
  title: said({
    en: 'Mentoring Final Report',
    nl: 'Eindrapport mentorschap',
    ar: 'التقرير النهائي للإرشاد',
    tr: 'Mentorluk Son Raporu',
    pl: 'Raport końcowy z mentoringu',
  }),
  introduction: said({
    en: 'Please fill out this form at the end of the mentoring process.',
    nl: 'Vul dit formulier in aan het einde van het mentortraject.',
    ar: 'يرجى ملء هذه الاستمارة في نهاية عملية الإرشاد.',
    tr: 'Lütfen bu formu mentorluk sürecinin sonunda doldurun.',
    pl: 'Wypełnij ten formularz na zakończenie procesu mentoringu.',
  }),
  respondents: ['parent', 'volunteer'],
  languages: LANGUAGES,
  translationsToReview: TO_REVIEW,
  source: TOOL_4,
  groups: [
    {
      id: 'soFar',
      respondents: ['parent', 'volunteer'],
      items: [
        {
          id: 'weeksMet',
          kind: 'number',
          wording: said({
            en: 'For how long have you met?',
            nl: 'Hoe lang hebben jullie elkaar ontmoet?',
            ar: 'كم من الوقت التقيتما؟',
            tr: 'Ne kadar süre görüştünüz?',
            pl: 'Jak długo się spotykaliście?',
          }),
          unit: WEEKS,
          min: 0,
          max: 104,
          wholeNumber: true,
          scoring: 'notScored',
          required: false,
          source: `${TOOL_4}: "For how long have you met? (months, weeks)"`,
        },
        {
          id: 'parentSchoolCollaborationChange',
          kind: 'yesNo',
          wording: said({
            en: 'Do you feel there has been any changes in the collaboration between the parent and the school in supporting the child?',
            nl: 'Heb je het gevoel dat er iets is veranderd in de samenwerking tussen de ouder en de school bij het ondersteunen van het kind?',
            ar: 'هل تشعر بأنه حدثت تغييرات في التعاون بين الوالد/الوالدة والمدرسة في دعم الطفل؟',
            tr: 'Çocuğun desteklenmesinde ebeveyn ile okul arasındaki iş birliğinde değişiklikler olduğunu düşünüyor musunuz?',
            pl: 'Czy uważasz, że zmieniła się współpraca między rodzicem a szkołą we wspieraniu dziecka?',
          }),
          followUp: {
            yes: {
              prompt: said({
                en: 'If Yes, please write what it is:',
                nl: 'Zo ja, schrijf op wat het is:',
                ar: 'إذا كانت الإجابة نعم، يرجى كتابة ما هو:',
                tr: 'Evet ise, lütfen ne olduğunu yazın:',
                pl: 'Jeśli tak, napisz, na czym polega ta zmiana:',
              }),
              required: false,
            },
            no: { prompt: IF_NO_REASONS, required: false },
          },
          required: true,
          source: `${TOOL_4}: "Do you feel there has been any changes in the collaboration between the parent and the school in supporting the child? YES / NO"`,
        },
        {
          id: 'mentorInfluence',
          kind: 'text',
          wording: MENTOR_INFLUENCE,
          maxLength: 2_000,
          required: false,
          source: `${TOOL_4}: "What was the influence of the mentor in this?"`,
        },
      ],
    },
    {
      id: 'statements',
      instruction: FOR_EACH_SENTENCE,
      respondents: ['parent', 'volunteer'],
      items: [
        statement(
          'relationshipChildrenParentsSchool',
          {
            en: 'This mentoring process is useful in supporting the relationship between children – parents – school.',
            nl: 'Dit mentortraject is nuttig voor het ondersteunen van de relatie tussen kinderen, ouders en school.',
            ar: 'عملية الإرشاد هذه مفيدة في دعم العلاقة بين الأطفال والآباء والمدرسة.',
            tr: 'Bu mentorluk süreci, çocuklar, ebeveynler ve okul arasındaki ilişkiyi desteklemede faydalıdır.',
            pl: 'Ten proces mentoringu jest przydatny we wspieraniu relacji między dziećmi, rodzicami i szkołą.',
          },
          WRITE_IN_WHAT_WAY,
          `${TOOL_4}, statement 1`,
        ),
        statement(
          'childrenWellBeing',
          {
            en: "This mentoring process helps parents in promoting their children's well-being.",
            nl: 'Dit mentortraject helpt ouders bij het bevorderen van het welzijn van hun kinderen.',
            ar: 'تساعد عملية الإرشاد هذه الآباء على تعزيز رفاهية أطفالهم.',
            tr: 'Bu mentorluk süreci, ebeveynlerin çocuklarının iyi oluşunu desteklemelerine yardımcı olur.',
            pl: 'Ten proces mentoringu pomaga rodzicom dbać o dobrostan ich dzieci.',
          },
          WRITE_IN_WHAT_WAY,
          `${TOOL_4}, statement 2`,
        ),
        statement(
          'keepInteractingWithSchool',
          {
            en: 'This mentoring process motivates parents to keep interacting with school.',
            nl: 'Dit mentortraject motiveert ouders om contact te blijven houden met de school.',
            ar: 'تحفّز عملية الإرشاد هذه الآباء على مواصلة التواصل مع المدرسة.',
            tr: 'Bu mentorluk süreci, ebeveynleri okulla iletişimi sürdürmeye teşvik eder.',
            pl: 'Ten proces mentoringu motywuje rodziców do utrzymywania kontaktu ze szkołą.',
          },
          WRITE_IN_WHAT_WAY,
          `${TOOL_4}, statement 3`,
        ),
        {
          // "My mentor gives me/ As a mentor I give confidence in my/ their own abilities to help
          // my/their children's learning": the seed's two wordings, one for each respondent.
          id: 'confidenceInOwnAbilities',
          kind: 'agreement',
          wording: {
            byRespondent: {
              parent: {
                en: "My mentor gives me confidence in my own abilities to help my children's learning.",
                nl: 'Mijn mentor geeft mij vertrouwen in mijn eigen capaciteiten om mijn kinderen te helpen bij het leren.',
                ar: 'يمنحني مرشدي الثقة في قدراتي الذاتية لمساعدة أطفالي في التعلّم.',
                tr: 'Mentorum bana, çocuklarımın öğrenmesine yardım etmek için kendi yeteneklerime güven kazandırıyor.',
                pl: 'Mój mentor dodaje mi wiary we własne możliwości pomagania moim dzieciom w nauce.',
              },
              volunteer: {
                en: "As a mentor I give confidence in their own abilities to help their children's learning.",
                nl: 'Als mentor geef ik vertrouwen in hun eigen capaciteiten om hun kinderen te helpen bij het leren.',
                ar: 'بصفتي مرشدًا/مرشدة، أمنح الثقة في قدراتهم الذاتية لمساعدة أطفالهم في التعلّم.',
                tr: 'Bir mentor olarak, çocuklarının öğrenmesine yardım etmek için kendi yeteneklerine güven kazandırıyorum.',
                pl: 'Jako mentor dodaję rodzicom wiary we własne możliwości pomagania ich dzieciom w nauce.',
              },
            },
          },
          explanationPrompt: WRITE_IN_WHAT_WAY,
          required: true,
          source: `${TOOL_4}, statement 4`,
        },
        statement(
          'closerDialogue',
          {
            en: 'This mentoring process supports a closer dialogue between parents, school, and community.',
            nl: 'Dit mentortraject ondersteunt een nauwere dialoog tussen ouders, school en gemeenschap.',
            ar: 'تدعم عملية الإرشاد هذه حوارًا أوثق بين الآباء والمدرسة والمجتمع.',
            tr: 'Bu mentorluk süreci, ebeveynler, okul ve toplum arasında daha yakın bir diyaloğu destekler.',
            pl: 'Ten proces mentoringu wspiera bliższy dialog między rodzicami, szkołą i społecznością.',
          },
          WRITE_IN_WHAT_WAY,
          `${TOOL_4}, statement 5`,
        ),
        statement('voiceOfPower', VOICE_OF_POWER, WRITE_IN_WHAT_WAY, `${TOOL_4}, statement 6`),
        statement('achievementAndWellBeing', ACHIEVEMENT_AND_WELL_BEING, WRITE_IN_WHAT_WAY, `${TOOL_4}, statement 7`),
      ],
    },
    {
      id: 'improvements',
      title: said({ en: 'Improvements', nl: 'Verbeteringen', ar: 'التحسينات', tr: 'İyileştirmeler', pl: 'Usprawnienia' }),
      respondents: ['parent', 'volunteer'],
      items: [
        {
          id: 'changeImplementation',
          kind: 'yesNo',
          wording: said({
            en: 'Would you change something in the way that the programme is implemented?',
            nl: 'Zou je iets veranderen aan de manier waarop het programma wordt uitgevoerd?',
            ar: 'هل تودّ تغيير شيء في طريقة تنفيذ البرنامج؟',
            tr: 'Programın uygulanma biçiminde bir şeyi değiştirir miydiniz?',
            pl: 'Czy zmieniłbyś/zmieniłabyś coś w sposobie realizacji programu?',
          }),
          followUp: {
            yes: {
              prompt: said({
                en: 'If you choose YES, please write what we can do better next time:',
                nl: 'Als je JA kiest, schrijf dan op wat we de volgende keer beter kunnen doen:',
                ar: 'إذا اخترت نعم، يرجى كتابة ما يمكننا فعله بشكل أفضل في المرة القادمة:',
                tr: "EVET'i seçerseniz, lütfen bir dahaki sefere neyi daha iyi yapabileceğimizi yazın:",
                pl: 'Jeśli wybierzesz TAK, napisz, co możemy następnym razem zrobić lepiej:',
              }),
              required: false,
            },
          },
          required: false,
          source: `${TOOL_4}, Improvements: "Would you change something in the way that the programme is implemented? YES / NO"`,
        },
        {
          id: 'informationForNewMentors',
          kind: 'text',
          wording: said({
            en: 'What additional information should be provided to new mentors and/or to mentees to make their mentoring relationship a success?',
            nl: 'Welke extra informatie moet aan nieuwe mentoren en/of mentees worden gegeven om hun mentorrelatie tot een succes te maken?',
            ar: 'ما المعلومات الإضافية التي ينبغي تقديمها للمرشدين الجدد و/أو للمسترشدين لإنجاح علاقة الإرشاد بينهم؟',
            tr: 'Yeni mentorlara ve/veya mentilere, mentorluk ilişkilerinin başarılı olması için hangi ek bilgiler verilmelidir?',
            pl: 'Jakie dodatkowe informacje należy przekazać nowym mentorom i/lub podopiecznym, aby ich relacja mentorska zakończyła się sukcesem?',
          }),
          maxLength: 2_000,
          required: false,
          source: `${TOOL_4}, Improvements: "What additional information should be provided to new mentors and/or to mentees…"`,
        },
      ],
    },
    {
      id: 'theChild',
      title: said({ en: 'THE CHILD', nl: 'HET KIND', ar: 'الطفل', tr: 'ÇOCUK', pl: 'DZIECKO' }),
      instruction: APPLIES_TO_YOUR_SITUATION,
      respondents: ['parent'],
      items: THE_CHILD,
    },
    {
      id: 'theParent',
      title: said({ en: 'THE PARENT', nl: 'DE OUDER', ar: 'الوالد/الوالدة', tr: 'EBEVEYN', pl: 'RODZIC' }),
      instruction: APPLIES_TO_YOUR_SITUATION,
      respondents: ['parent'],
      items: THE_PARENT,
    },
    {
      id: 'theMentor',
      title: said({ en: 'THE MENTOR', nl: 'DE MENTOR', ar: 'المرشد', tr: 'MENTOR', pl: 'MENTOR' }),
      instruction: APPLIES_TO_YOUR_SITUATION,
      respondents: ['volunteer'],
      items: THE_MENTOR,
    },
  ],
  scales: [
    MENTORING_VALUE,
    { id: 'theChild', title: { en: 'THE CHILD', nl: 'HET KIND' }, itemIds: ids(THE_CHILD), minAnswered: 5 },
    { id: 'theParent', title: { en: 'THE PARENT', nl: 'DE OUDER' }, itemIds: ids(THE_PARENT), minAnswered: 7 },
    { id: 'theMentor', title: { en: 'THE MENTOR', nl: 'DE MENTOR' }, itemIds: ids(THE_MENTOR), minAnswered: 5 },
  ],
};

/**
 * Where the final report's items go in the seed's annex (the reporting template), for
 * `resultGroupsFor`: 2.1.1 the change in parent–school collaboration; 2.1.2 the mentor's role
 * (statement 4, "Mijn mentor geeft mij/ Als mentor geef ik vertrouwen…"); 2.1.3 the mentoring
 * process's role (the other six statements); 2.2.1 the mentee's perception (THE CHILD, THE PARENT);
 * 2.2.2 the mentor's (THE MENTOR); 2.3 satisfaction (Improvements).
 */
export const PARENT_RUS_RESULT_SECTIONS: Readonly<Record<string, ResultSection>> = Object.freeze({
  parentSchoolCollaborationChange: 'collaborationChanges',
  confidenceInOwnAbilities: 'mentorRole',
  ...Object.fromEntries(STATEMENT_IDS.filter((id) => id !== 'confidenceInOwnAbilities').map((id) => [id, 'processRole'])),
  ...Object.fromEntries([...THE_CHILD, ...THE_PARENT].map((item) => [item.id, 'menteePerception'])),
  ...Object.fromEntries(THE_MENTOR.map((item) => [item.id, 'mentorPerception'])),
  changeImplementation: 'satisfaction',
});

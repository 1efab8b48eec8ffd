import type { NoticeLanguageTexts } from './types.js';

/**
 * Nederlandse toestemmingsteksten, versie 2026-12. `adult` is voor ouders (en een volwassen
 * deelnemer); `childFriendly` is de eigen tekst voor de leerling (CON-10). Eenvoudige taal:
 * korte zinnen, één ding per zin. Alinea's staan gescheiden door een lege regel. Wie een tekst
 * verandert, verandert de hash: verhoog dan NOTICE_VERSION in index.ts.
 */
export const nl: NoticeLanguageTexts = {
  answers: {
    adult: {
      required: { no: 'Nee zeggen mag.', then: 'Maar zonder dit kan de hulp van de vrijwilliger niet beginnen.', withdrawn: 'De hulp van de vrijwilliger stopt dan.' },
      optional: { no: 'Nee zeggen mag.', then: 'De hulp van de vrijwilliger gaat gewoon door.', withdrawn: 'De hulp van de vrijwilliger gaat gewoon door.' },
    },
    childFriendly: {
      required: { no: 'Je mag nee zeggen.', then: 'Maar zonder dit kun je geen maatje hebben.', withdrawn: 'Dan stopt je maatje.' },
      optional: { no: 'Je mag nee zeggen. Dat is goed.', then: 'Je maatje komt gewoon.', withdrawn: 'Je maatje komt gewoon.' },
    },
  },
  purposes: {
    mentoring: {
      adult: {
        title: 'Meedoen: een vrijwilliger voor je kind',
        paragraphs: [
          'Een vrijwilliger helpt je kind met school. De vrijwilliger ziet of belt je kind elke week. Dat kan bij je thuis zijn of via de telefoon.',
          'Al onze vrijwilligers zijn gecontroleerd. Ze hebben een Verklaring Omtrent het Gedrag (VOG) en ze hebben een training gehad.',
          'Daarvoor bewaren we een paar gegevens: de naam van je kind, de school en de klas, je naam en hoe we je bereiken, en korte notities over hoe het gaat. Alleen de coördinator en de vrijwilliger van je kind zien dit. We bewaren het niet langer dan nodig.',
          'Maakt de vrijwilliger zich zorgen over de veiligheid van je kind? Dan vertelt de vrijwilliger dat aan de coördinator. Dat is altijd zo.',
        ],
        ifNo: { required: 'Dan krijgt je kind geen vrijwilliger. Op school verandert er verder niets.' },
        withdraw: 'Je kunt altijd stoppen. Druk in het portaal bij deze vraag op "Intrekken", of zeg het tegen de coördinator. Je hoeft niet te zeggen waarom.',
      },
      childFriendly: {
        title: 'Wil je een maatje?',
        paragraphs: [
          'Een maatje is een vrijwilliger die je helpt met school. Je ziet of belt je maatje elke week.',
          'Je maatje weet je naam, je school en hoe het met je gaat. De coördinator weet dat ook. Verder niemand.',
          'Maakt je maatje zich zorgen of je wel veilig bent? Dan vertelt je maatje dat aan de coördinator. Dat is om je te helpen.',
        ],
        ifNo: { required: 'Niemand wordt boos.' },
        withdraw: 'Je kunt altijd stoppen. Zeg het tegen je ouder of tegen de coördinator.',
      },
    },
    shareContactDetails: {
      adult: {
        title: 'Je adres en telefoonnummer aan de vrijwilliger geven',
        paragraphs: [
          'De vrijwilliger moet je kunnen bereiken om afspraken te maken. Daarom geven we je adres en telefoonnummer aan de vrijwilliger van je kind.',
          'Alleen deze vrijwilliger krijgt ze. De vrijwilliger gebruikt ze alleen voor de afspraken, en gooit ze weg als de begeleiding stopt.',
        ],
        ifNo: { optional: 'Dan helpt de coördinator je om op een andere manier afspraken te maken.' },
        withdraw: 'Je kunt altijd stoppen. Druk bij deze vraag op "Intrekken", of zeg het tegen de coördinator. De vrijwilliger gooit je gegevens dan weg.',
      },
      childFriendly: {
        title: 'Mag je maatje je telefoonnummer en adres hebben?',
        paragraphs: [
          'Je maatje heeft je telefoonnummer of adres nodig om je te bellen of bij je langs te komen.',
          'Alleen je maatje krijgt het. Je maatje gebruikt het alleen voor jullie afspraken.',
        ],
        ifNo: { optional: 'Dan zoekt de coördinator een andere manier.' },
        withdraw: 'Je kunt altijd stoppen. Zeg het tegen je ouder of tegen de coördinator.',
      },
    },
    shareWithSchool: {
      adult: {
        title: 'De vrijwilliger en de school praten samen',
        paragraphs: [
          'De vrijwilliger en de mentor op school praten soms over je kind. Ze praten over school: hoe het gaat en wat je kind nodig heeft.',
          'Ze delen alleen wat je kind helpt met school. Andere dingen blijven tussen jou en de vrijwilliger, behalve als de veiligheid van je kind in gevaar is.',
        ],
        ifNo: { optional: 'Dan praten de vrijwilliger en de school niet over je kind.' },
        withdraw: 'Je kunt altijd stoppen. Druk bij deze vraag op "Intrekken", of zeg het tegen de coördinator.',
      },
      childFriendly: {
        title: 'Mag je maatje met je mentor op school praten?',
        paragraphs: [
          'Je maatje en je mentor op school praten misschien over hoe het op school gaat. Zo kunnen ze je beter helpen.',
          'Ze praten alleen over school.',
        ],
        ifNo: { optional: 'Dan praten ze niet over jou.' },
        withdraw: 'Je kunt altijd stoppen. Zeg het tegen je ouder of tegen de coördinator.',
      },
    },
    evaluation: {
      adult: {
        title: 'Vragenlijsten om onze hulp beter te maken',
        paragraphs: [
          'Soms vragen we je een korte vragenlijst in te vullen. Bijvoorbeeld aan het begin en aan het eind. We vragen hoe het gaat en wat beter kan.',
          'We gebruiken de antwoorden om onze hulp beter te maken. In verslagen staan alleen totalen van veel mensen. Je naam staat er nooit in.',
        ],
        ifNo: { optional: 'Dan sturen we je geen vragenlijsten.' },
        withdraw: 'Je kunt altijd stoppen. Druk bij deze vraag op "Intrekken", of zeg het tegen de coördinator.',
      },
      childFriendly: {
        title: 'Wil je soms een paar vragen beantwoorden?',
        paragraphs: [
          'Soms stellen we je een paar vragen. Bijvoorbeeld: vind je het leuk? Wat kan beter?',
          'Je antwoorden helpen ons om het beter te maken. We vertellen nooit aan anderen wat jij zei, met je naam erbij.',
        ],
        ifNo: {},
        withdraw: 'Je kunt altijd stoppen. Zeg het tegen je ouder of tegen de coördinator.',
      },
    },
    photoMedia: {
      adult: {
        title: "Foto's in onze nieuwsbrief en op onze website",
        paragraphs: [
          "Soms maken we foto's bij activiteiten. We gebruiken misschien een foto van je kind in onze nieuwsbrief, op onze website of in een verslag. Veel mensen kunnen die zien.",
          'We zetten nooit de hele naam of de school van je kind bij een foto.',
        ],
        ifNo: { optional: "Dan gebruiken we geen foto's van je kind. Verder blijft alles hetzelfde." },
        withdraw: 'Je kunt altijd stoppen. Druk bij deze vraag op "Intrekken", of zeg het tegen de coördinator. Dan gebruiken we geen nieuwe foto\'s en halen we foto\'s van je kind van onze website. Een nieuwsbrief die al gedrukt is, kunnen we niet terughalen.',
      },
      childFriendly: {
        title: 'Mogen we een foto van jou gebruiken?',
        paragraphs: [
          "Soms maken we foto's. We zetten misschien een foto van jou in onze nieuwsbrief of op onze website. Veel mensen kunnen die zien.",
          'We zetten nooit je hele naam of je school erbij.',
        ],
        ifNo: { optional: "Dan gebruiken we geen foto's van jou." },
        withdraw: 'Je kunt altijd stoppen. Zeg het tegen je ouder of tegen de coördinator.',
      },
    },
  },
};

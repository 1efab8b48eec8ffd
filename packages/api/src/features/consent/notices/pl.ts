import type { NoticeLanguageTexts } from './types.js';

/**
 * Polish consent notices (polskie teksty zgody), version 2026-12. `adult` is for parents,
 * `childFriendly` for the pupil (CON-10). Plain Polish, addressing the reader as "ty" like
 * gov.pl; a native speaker should review them before use (see apps/portal/README.md).
 * Paragraphs are separated by an empty line.
 */
export const pl: NoticeLanguageTexts = {
  answers: {
    adult: {
      required: { no: 'Możesz powiedzieć nie.', then: 'Ale bez tego pomoc wolontariusza nie może się zacząć.', withdrawn: 'Wtedy pomoc wolontariusza się kończy.' },
      optional: { no: 'Możesz powiedzieć nie. To jest w porządku.', then: 'Pomoc wolontariusza trwa dalej.', withdrawn: 'Pomoc wolontariusza trwa dalej.' },
    },
    childFriendly: {
      required: { no: 'Możesz powiedzieć nie.', then: 'Ale bez tego nie możesz mieć mentora.', withdrawn: 'Wtedy mentor przestaje przychodzić.' },
      optional: { no: 'Możesz powiedzieć nie. To jest w porządku.', then: 'Mentor nadal przychodzi.', withdrawn: 'Mentor nadal przychodzi.' },
    },
  },
  purposes: {
    mentoring: {
      adult: {
        title: 'Udział: wolontariusz dla twojego dziecka',
        paragraphs: [
          'Wolontariusz pomaga twojemu dziecku w nauce. Wolontariusz spotyka się z dzieckiem albo dzwoni do niego co tydzień. Może to być u ciebie w domu albo przez telefon.',
          'Wszyscy nasi wolontariusze są sprawdzeni. Mają zaświadczenie o niekaralności (VOG) i przeszli szkolenie.',
          'Dlatego przechowujemy kilka informacji: imię dziecka, szkołę i klasę, twoje imię i nazwisko, twój kontakt oraz krótkie notatki o tym, jak idzie. Widzi je tylko koordynator i wolontariusz twojego dziecka. Przechowujemy je tylko tak długo, jak to potrzebne.',
          'Jeśli wolontariusz martwi się o bezpieczeństwo twojego dziecka, mówi o tym koordynatorowi. Tak jest zawsze.',
        ],
        ifNo: { required: 'Wtedy twoje dziecko nie dostanie wolontariusza. W szkole nic się nie zmieni.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Naciśnij w portalu przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi. Nie musisz mówić dlaczego.',
      },
      childFriendly: {
        title: 'Czy chcesz mieć mentora?',
        paragraphs: [
          'Mentor to wolontariusz, który pomaga ci w nauce. Co tydzień spotykasz się z mentorem albo rozmawiasz z nim przez telefon.',
          'Mentor zna twoje imię, twoją szkołę i wie, jak się czujesz. Koordynator też to wie. Nikt więcej.',
          'Jeśli mentor martwi się, że nie jesteś bezpieczny, mówi o tym koordynatorowi. To po to, żeby ci pomóc.',
        ],
        ifNo: { required: 'Nikt nie będzie zły.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      },
    },
    shareContactDetails: {
      adult: {
        title: 'Przekazanie twojego adresu i numeru telefonu wolontariuszowi',
        paragraphs: [
          'Wolontariusz musi mieć z tobą kontakt, żeby umawiać spotkania. Dlatego dajemy twój adres i numer telefonu wolontariuszowi twojego dziecka.',
          'Dostaje je tylko ten wolontariusz. Używa ich tylko do umawiania spotkań i usuwa je, kiedy pomoc się kończy.',
        ],
        ifNo: { optional: 'Wtedy koordynator pomoże ci umawiać spotkania w inny sposób.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Naciśnij przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi. Wolontariusz wtedy usunie twoje dane.',
      },
      childFriendly: {
        title: 'Czy mentor może mieć twój numer telefonu i adres?',
        paragraphs: [
          'Mentor potrzebuje twojego numeru telefonu albo adresu, żeby do ciebie dzwonić albo cię odwiedzać.',
          'Dostaje go tylko twój mentor. Używa go tylko do waszych spotkań.',
        ],
        ifNo: { optional: 'Wtedy koordynator znajdzie inny sposób.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      },
    },
    shareWithSchool: {
      adult: {
        title: 'Wolontariusz i szkoła rozmawiają ze sobą',
        paragraphs: [
          'Wolontariusz i wychowawca w szkole czasem rozmawiają o twoim dziecku. Rozmawiają o szkole: jak idzie i czego dziecko potrzebuje.',
          'Mówią tylko o tym, co pomaga dziecku w szkole. Inne sprawy zostają między tobą a wolontariuszem, chyba że bezpieczeństwo dziecka jest zagrożone.',
        ],
        ifNo: { optional: 'Wtedy wolontariusz i szkoła nie rozmawiają o twoim dziecku.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Naciśnij przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi.',
      },
      childFriendly: {
        title: 'Czy mentor może rozmawiać z twoim nauczycielem?',
        paragraphs: [
          'Twój mentor i twój nauczyciel w szkole mogą rozmawiać o tym, jak ci idzie w szkole. Robią to, żeby lepiej ci pomagać.',
          'Rozmawiają tylko o szkole.',
        ],
        ifNo: { optional: 'Wtedy nie rozmawiają o tobie.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      },
    },
    evaluation: {
      adult: {
        title: 'Ankiety, żeby nasza pomoc była lepsza',
        paragraphs: [
          'Czasem prosimy cię o wypełnienie krótkiej ankiety. Na przykład na początku i na końcu. Pytamy, jak idzie i co może być lepsze.',
          'Odpowiedzi pomagają nam ulepszać naszą pomoc. W raportach pokazujemy tylko sumy od wielu osób. Twojego imienia nigdy tam nie ma.',
        ],
        ifNo: { optional: 'Wtedy nie wysyłamy ci ankiet.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Naciśnij przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi.',
      },
      childFriendly: {
        title: 'Czy chcesz czasem odpowiedzieć na kilka pytań?',
        paragraphs: [
          'Czasem zadajemy ci kilka pytań. Na przykład: czy ci się podoba? Co może być lepsze?',
          'Twoje odpowiedzi pomagają nam to ulepszać. Nigdy nie mówimy innym, co powiedziałeś, razem z twoim imieniem.',
        ],
        ifNo: {},
        withdraw: 'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      },
    },
    photoMedia: {
      adult: {
        title: 'Zdjęcia w naszym biuletynie i na naszej stronie',
        paragraphs: [
          'Czasem robimy zdjęcia podczas zajęć. Możemy użyć zdjęcia twojego dziecka w biuletynie, na naszej stronie internetowej albo w raporcie. Może je zobaczyć wiele osób.',
          'Nigdy nie piszemy przy zdjęciu pełnego imienia i nazwiska ani szkoły dziecka.',
        ],
        ifNo: { optional: 'Wtedy nie używamy zdjęć twojego dziecka. Wszystko inne zostaje tak samo.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Naciśnij przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi. Wtedy nie używamy nowych zdjęć i usuwamy zdjęcia dziecka z naszej strony. Nie możemy cofnąć biuletynu, który został już wydrukowany.',
      },
      childFriendly: {
        title: 'Czy możemy użyć twojego zdjęcia?',
        paragraphs: [
          'Czasem robimy zdjęcia. Możemy dać twoje zdjęcie do biuletynu albo na naszą stronę internetową. Może je zobaczyć wiele osób.',
          'Nigdy nie piszemy przy nim twojego pełnego imienia i nazwiska ani twojej szkoły.',
        ],
        ifNo: { optional: 'Wtedy nie używamy twoich zdjęć.' },
        withdraw: 'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      },
    },
  },
};

import type { ConsentPurpose } from '@driehoek/domain/consent';

type Notice = { readonly title: string; readonly text: string };

/**
 * Polish consent notices (polskie teksty zgody), version 2026-11. `adult` is for parents,
 * `childFriendly` for the pupil (CON-10). Plain Polish, addressing the reader as "ty" like
 * gov.pl; a native speaker should review them before use (see apps/portal/README.md).
 * Paragraphs are separated by an empty line.
 */
export const pl: Record<ConsentPurpose, { readonly adult: Notice; readonly childFriendly: Notice }> = {
  mentoring: {
    adult: {
      title: 'Udział: wolontariusz dla twojego dziecka',
      text: [
        'Wolontariusz pomaga twojemu dziecku w nauce. Wolontariusz spotyka się z dzieckiem albo dzwoni do niego co tydzień. Może to być u ciebie w domu albo przez telefon.',
        'Wszyscy nasi wolontariusze są sprawdzeni. Mają zaświadczenie o niekaralności (VOG) i przeszli szkolenie.',
        'Dlatego przechowujemy kilka informacji: imię dziecka, szkołę i klasę, twoje imię i nazwisko, twój kontakt oraz krótkie notatki o tym, jak idzie. Widzi je tylko koordynator i wolontariusz twojego dziecka. Przechowujemy je tylko tak długo, jak to potrzebne.',
        'Jeśli wolontariusz martwi się o bezpieczeństwo twojego dziecka, mówi o tym koordynatorowi. Tak jest zawsze.',
        'Możesz powiedzieć nie. Wtedy twoje dziecko nie dostanie wolontariusza. W szkole nic się nie zmieni.',
        'Możesz zrezygnować w każdej chwili. Naciśnij w portalu przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi. Nie musisz mówić dlaczego. Wolontariusz wtedy przestaje przychodzić.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Czy chcesz mieć mentora?',
      text: [
        'Mentor to wolontariusz, który pomaga ci w nauce. Co tydzień spotykasz się z mentorem albo rozmawiasz z nim przez telefon.',
        'Mentor zna twoje imię, twoją szkołę i wie, jak się czujesz. Koordynator też to wie. Nikt więcej.',
        'Jeśli mentor martwi się, że nie jesteś bezpieczny, mówi o tym koordynatorowi. To po to, żeby ci pomóc.',
        'Możesz powiedzieć nie. To jest w porządku. Nikt nie będzie zły.',
        'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi. Wtedy to się kończy.',
      ].join('\n\n'),
    },
  },
  shareContactDetails: {
    adult: {
      title: 'Przekazanie twojego adresu i numeru telefonu wolontariuszowi',
      text: [
        'Wolontariusz musi mieć z tobą kontakt, żeby umawiać spotkania. Dlatego dajemy twój adres i numer telefonu wolontariuszowi twojego dziecka.',
        'Dostaje je tylko ten wolontariusz. Używa ich tylko do umawiania spotkań i usuwa je, kiedy pomoc się kończy.',
        'Możesz powiedzieć nie. Wtedy koordynator pomoże ci umawiać spotkania w inny sposób.',
        'Możesz zrezygnować w każdej chwili. Naciśnij przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi. Wolontariusz wtedy usunie twoje dane.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Czy mentor może mieć twój numer telefonu i adres?',
      text: [
        'Mentor potrzebuje twojego numeru telefonu albo adresu, żeby do ciebie dzwonić albo cię odwiedzać.',
        'Dostaje go tylko twój mentor. Używa go tylko do waszych spotkań.',
        'Możesz powiedzieć nie. Wtedy koordynator znajdzie inny sposób.',
        'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      ].join('\n\n'),
    },
  },
  shareWithSchool: {
    adult: {
      title: 'Wolontariusz i szkoła rozmawiają ze sobą',
      text: [
        'Wolontariusz i wychowawca w szkole czasem rozmawiają o twoim dziecku. Rozmawiają o szkole: jak idzie i czego dziecko potrzebuje.',
        'Mówią tylko o tym, co pomaga dziecku w szkole. Inne sprawy zostają między tobą a wolontariuszem, chyba że bezpieczeństwo dziecka jest zagrożone.',
        'Możesz powiedzieć nie. Wtedy wolontariusz i szkoła nie rozmawiają o twoim dziecku. Wolontariusz nadal przychodzi.',
        'Możesz zrezygnować w każdej chwili. Naciśnij przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Czy mentor może rozmawiać z twoim nauczycielem?',
      text: [
        'Twój mentor i twój nauczyciel w szkole mogą rozmawiać o tym, jak ci idzie w szkole. Robią to, żeby lepiej ci pomagać.',
        'Rozmawiają tylko o szkole.',
        'Możesz powiedzieć nie. Wtedy nie rozmawiają o tobie. Mentor nadal przychodzi.',
        'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      ].join('\n\n'),
    },
  },
  evaluation: {
    adult: {
      title: 'Ankiety, żeby nasza pomoc była lepsza',
      text: [
        'Czasem prosimy cię o wypełnienie krótkiej ankiety. Na przykład na początku i na końcu. Pytamy, jak idzie i co może być lepsze.',
        'Odpowiedzi pomagają nam ulepszać naszą pomoc. W raportach pokazujemy tylko sumy od wielu osób. Twojego imienia nigdy tam nie ma.',
        'Możesz powiedzieć nie. Wtedy nie wysyłamy ci ankiet. Pomoc dla twojego dziecka trwa dalej tak samo.',
        'Możesz zrezygnować w każdej chwili. Naciśnij przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Czy chcesz czasem odpowiedzieć na kilka pytań?',
      text: [
        'Czasem zadajemy ci kilka pytań. Na przykład: czy ci się podoba? Co może być lepsze?',
        'Twoje odpowiedzi pomagają nam to ulepszać. Nigdy nie mówimy innym, co powiedziałeś, razem z twoim imieniem.',
        'Możesz powiedzieć nie. Mentor nadal przychodzi.',
        'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      ].join('\n\n'),
    },
  },
  photoMedia: {
    adult: {
      title: 'Zdjęcia w naszym biuletynie i na naszej stronie',
      text: [
        'Czasem robimy zdjęcia podczas zajęć. Możemy użyć zdjęcia twojego dziecka w biuletynie, na naszej stronie internetowej albo w raporcie. Może je zobaczyć wiele osób.',
        'Nigdy nie piszemy przy zdjęciu pełnego imienia i nazwiska ani szkoły dziecka.',
        'Możesz powiedzieć nie. Wtedy nie używamy zdjęć twojego dziecka. Wszystko inne zostaje tak samo.',
        'Możesz zrezygnować w każdej chwili. Naciśnij przy tym pytaniu przycisk "Wycofaj zgodę" albo powiedz o tym koordynatorowi. Wtedy nie używamy nowych zdjęć i usuwamy zdjęcia dziecka z naszej strony. Nie możemy cofnąć biuletynu, który został już wydrukowany.',
      ].join('\n\n'),
    },
    childFriendly: {
      title: 'Czy możemy użyć twojego zdjęcia?',
      text: [
        'Czasem robimy zdjęcia. Możemy dać twoje zdjęcie do biuletynu albo na naszą stronę internetową. Może je zobaczyć wiele osób.',
        'Nigdy nie piszemy przy nim twojego pełnego imienia i nazwiska ani twojej szkoły.',
        'Możesz powiedzieć nie. To jest w porządku. Wtedy nie używamy twoich zdjęć.',
        'Możesz zrezygnować w każdej chwili. Powiedz o tym rodzicowi albo koordynatorowi.',
      ].join('\n\n'),
    },
  },
};

"""The language identifier tells Croatian, Slovak and Slovene from Czech and Polish, Lithuanian, Latvian and
Estonian from English, and Norwegian from Danish, by their function words (undeclared text)."""
from __future__ import annotations

import pytest

from newsclean.text import detect_language

TEXTS = {
    "hr": "Gradsko vijeće je u utorak odlučilo da će se nova knjižnica otvoriti nakon ljeta. Kako je rekao "
          "gradonačelnik, projekt nije bio jednostavan, ali su svi radovi završeni prema planu i još samo treba "
          "urediti park koji se nalazi iza zgrade.",
    "sk": "Mestské zastupiteľstvo v utorok rozhodlo, že nová knižnica sa otvorí až po lete. Ako povedal primátor, "
          "projekt nebol jednoduchý, ale všetky práce sú už hotové a ešte treba len upraviť park, ktorý sa nachádza "
          "za budovou.",
    "cs": "Městské zastupitelstvo v úterý rozhodlo, že nová knihovna se otevře až po létě. Jak řekl starosta, "
          "projekt nebyl jednoduchý, ale všechny práce jsou už hotové a ještě je třeba jen upravit park, který se "
          "nachází za budovou.",
    "sl": "Mestni svet je v torek odločil, da bo nova knjižnica odprta šele po poletju. Kot je dejal župan, projekt "
          "ni bil preprost, vendar so vsa dela že končana in treba je le še urediti park, ki je za stavbo.",
    "pl": "Rada miasta zdecydowała we wtorek, że nowa biblioteka zostanie otwarta dopiero po lecie. Jak powiedział "
          "burmistrz, projekt nie był prosty, ale wszystkie prace są już zakończone i trzeba tylko jeszcze "
          "uporządkować park, który znajduje się za budynkiem.",
    "lt": "Miesto taryba antradienį nusprendė, kad nauja biblioteka bus atidaryta tik po vasaros. Kaip sakė meras, "
          "projektas nebuvo paprastas, bet visi darbai jau baigti ir dar tik reikia sutvarkyti parką, kuris yra už "
          "pastato.",
    "lv": "Pilsētas dome otrdien nolēma, ka jaunā bibliotēka tiks atvērta tikai pēc vasaras. Kā sacīja mērs, "
          "projekts nebija vienkāršs, bet visi darbi jau ir pabeigti un vēl tikai jāsakārto parks, kas atrodas aiz "
          "ēkas.",
    "et": "Linnavolikogu otsustas teisipäeval, et uus raamatukogu avatakse alles pärast suve. Nagu ütles linnapea, "
          "ei olnud projekt lihtne, kuid kõik tööd on juba tehtud ja veel tuleb ainult korda teha park, mis asub "
          "hoone taga.",
    "fi": "Kaupunginvaltuusto päätti tiistaina, että uusi kirjasto avataan vasta kesän jälkeen. Kuten pormestari "
          "sanoi, hanke ei ollut helppo, mutta kaikki työt on jo tehty ja enää pitää kunnostaa puisto, joka on "
          "rakennuksen takana.",
    "no": "Bystyret bestemte tirsdag at det nye biblioteket ikke åpner før etter sommeren. Som ordføreren sa, har "
          "prosjektet ikke vært enkelt, men alle arbeidene er nå ferdige og det gjenstår bare å ordne parken som "
          "ligger bak bygget.",
    "da": "Byrådet besluttede tirsdag, at det nye bibliotek ikke åbner før efter sommeren. Som borgmesteren sagde, "
          "har projektet ikke været let, men alle arbejderne er nu færdige, og der mangler kun at ordne parken, som "
          "ligger bag bygningen.",
    "en": "The city council decided on Tuesday that the new library will not open until after the summer. As the "
          "mayor said, the project has not been easy, but all the work is now done and only the park behind the "
          "building is still to be tidied.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_undeclared_text_is_told_by_its_function_words(lang: str) -> None:
    assert detect_language(TEXTS[lang]) == lang


@pytest.mark.parametrize("declared", ["sr", "bs"])
def test_a_declared_neighbour_without_its_own_words_is_believed(declared: str) -> None:
    assert detect_language(TEXTS["hr"], declared) == declared


def test_a_declared_czech_page_in_slovak_is_read_as_slovak() -> None:
    assert detect_language(TEXTS["sk"], "cs") == "sk"
    assert detect_language(TEXTS["cs"], "cs") == "cs"

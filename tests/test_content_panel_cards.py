"""content: an undated landing page whose container is a box of collapsible panels (a FAQ accordion) takes
the region holding it and the short headed cards beside it (a heading over one or two sentences, repeated);
small pages of our own."""
from __future__ import annotations

from newsclean import Cleaner

ANSWER = ("The rowing club lends boats to members for an hour at a time, and a coach checks every crew before "
          "it leaves the dock, so that beginners and racers share the river safely through the season. ")
CARDS = [
    ("Sculling lessons", "Learn to balance a single scull with a coach beside you in a launch."),
    ("Crew training", "Join an eight for early sessions on the flat water below the weir."),
    ("Boat storage", "Keep your own boat in the rack room, with a key to the side door."),
    ("Winter fitness", "Train on the rowing machines in the gym when the river floods."),
    ("Junior squad", "Bring rowers aged twelve to seventeen for three sessions a week."),
    ("Regatta entries", "Race for the club at summer regattas up and down the river."),
]
MORE = [
    ("Open days", "Visit the boathouse on the first Sunday of each month and try a boat."),
    ("Volunteering", "Help run the club's races and earn free coaching sessions in return."),
    ("Private hire", "Book the clubroom for parties, with a view over the whole river."),
]
NAV = "".join(f"<li><a href='/p{i}'>Menu entry {i}</a></li>" for i in range(6))


def _card(title: str, text: str, cls: str) -> str:
    return (f"<div class='{cls}'><div class='card-body'><a href='/{title[:4]}'><h3>{title}</h3></a>"
            f"<p>{text}</p></div></div>")


def _page(cards: str) -> str:
    faq = "".join(f"<div class='faq-item'><h3>Question {i}</h3><div class='faq-answer collapse'>"
                  f"<p>{ANSWER}Answer {i}.</p><p>{ANSWER}More {i}.</p></div></div>" for i in range(4))
    return ("<html><head><title>River club</title></head><body><nav><ul>" + NAV + "</ul></nav>"
            "<div class='page'>"
            f"<section class='features'><div class='wrap'><div class='grid'>{cards}</div></div></section>"
            f"<section class='help'><div class='wrap'><div class='faq'><h2>Questions</h2>{faq}</div></div></section>"
            "</div>"
            "<footer><p>Copyright the river club.</p></footer></body></html>")


def test_the_cards_beside_an_accordion_join_it() -> None:
    art = Cleaner().clean(_page("".join(_card(t, s, "feature-card") for t, s in CARDS)))
    assert "Answer 3." in art.text
    for _, text in CARDS:
        assert text in art.text
    assert "Menu entry" not in art.text
    assert any("short headed cards beside it" in n for n in art.notes)


def test_two_unlike_boxes_are_no_card_group() -> None:
    # two boxes (not three alike ones): no card group, the accordion stays the container
    cards = _card(*CARDS[0], "feature-card") + _card(*CARDS[1], "promo-box")
    art = Cleaner().clean(_page(cards))
    assert "Answer 3." in art.text
    assert not any("short headed cards beside it" in n for n in art.notes)


def test_the_linked_headings_of_undated_cards_stay_over_their_sentences() -> None:
    art = Cleaner().clean(_page("".join(_card(t, s, "feature-card") for t, s in CARDS)))
    for title, text in CARDS:
        assert f"{title}\n\n{text}" in art.text
    assert any("linked item title(s) kept" in n for n in art.notes)


def test_two_linked_card_headings_are_no_group() -> None:
    # only two alike cards: their linked headings are no card group's, they go as links
    cards = "".join(_card(t, s, "feature-card") for t, s in CARDS[:2])
    body = "".join(f"<p>{ANSWER}Line {i}.</p>" for i in range(6))
    html = ("<html><head><title>River club</title></head><body><div class='page'><h1>River club</h1>"
            f"<div class='text'>{body}<div class='grid'>{cards}</div><p>{ANSWER}Last.</p></div></div></body></html>")
    art = Cleaner().clean(html)
    assert "Line 5." in art.text
    assert CARDS[0][0] not in art.text
    assert not any("linked item title(s) kept" in n for n in art.notes)


def test_undated_card_headings_of_two_links_stay_over_their_sentences() -> None:
    # a reference's entries: each heading a signature whose names are linked, over its sentence
    cards = "".join(f"<div class='entry'><div class='entry-body'><h3><a href='/fn/{i}'>{title.split()[0].lower()}</a>"
                    f"(<a href='/types/text'>Text</a>)</h3><p>{text}</p></div></div>"
                    for i, (title, text) in enumerate(CARDS))
    art = Cleaner().clean(_page(cards))
    for title, text in CARDS:
        assert f"{title.split()[0].lower()}(Text)\n\n{text}" in art.text
    assert any("linked item title(s) kept" in n for n in art.notes)


def test_undated_cards_linked_whole_keep_their_headings_and_sentences() -> None:
    # a landing page's grid of features, each card one link holding its heading and its sentence, the last
    # paragraphs of the page's own a grid of such cards too (its headings were once judged before its sentences)
    intro = "".join(f"<p>{ANSWER}Intro {i}.</p>" for i in range(3))
    grid = "".join(f"<a class='feature-card' href='/{title[:4].lower()}'><h3>{title}</h3><p>{text}</p></a>"
                   for title, text in CARDS)
    grid2 = "".join(f"<a class='feature-card' href='/{title[:4].lower()}'><h3>{title}</h3><p>{text}</p></a>"
                    for title, text in MORE)
    html = ("<html><head><title>River club</title></head><body><nav><ul>" + NAV + "</ul></nav><main>"
            f"<h1>River club</h1>{intro}<section class='features'><h2>What we offer</h2>"
            f"<div class='grid'>{grid}</div></section><p>{ANSWER}Closing.</p>"
            f"<section class='more'><h2>More to do</h2><div class='grid'>{grid2}</div></section></main></body></html>")
    art = Cleaner().clean(html)
    for title, text in CARDS + MORE:
        assert f"{title}\n\n{text}" in art.text

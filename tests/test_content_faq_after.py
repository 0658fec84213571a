"""An article's questions and answers set after its container (a page builder's FAQ section, past a sign-up
box) come back in (plugins/container/inside.py, ``faq_after``); fewer questions, questions of several
sentences (a thread's comments), or other prose between the body and them, stay out."""
from types import SimpleNamespace

from newsclean import clean
from newsclean.plugins.container.inside import _question

_BODY = "".join(f"<p>{p}</p>" for p in (
    "Choosing a boiler for an old farmhouse is mostly a question of how well the walls hold their heat, and "
    "the installers we spoke to all started by measuring the draughts in every room before naming a size.",
    "A heat pump needs larger radiators than most old houses have, so the cost of the pump itself is only "
    "part of the bill; the pipes, the tank and the electrical work can add as much again to the total.",
    "Gas boilers remain cheaper to fit, but the running costs depend on prices nobody can promise, and "
    "several councils now offer grants that tilt the sums towards the pump for houses of this age.",
    "Whatever the choice, the installers agreed that insulating the loft and the floors first pays back "
    "sooner than any new heating system, and it makes a smaller and cheaper system enough for the house."))
_QA = (("How long does fitting a heat pump take?",
        "Most installations take between three and five days, longer when the radiators are replaced too."),
       ("Do grants cover the whole cost of a new system?",
        "Rarely: the grants we found paid between a third and a half of the bill for a house of this size."),
       ("Can an old boiler be kept as a backup for cold weeks?",
        "Yes, a hybrid set-up keeps the boiler for the coldest days, though it needs a controller of its own."),
       ("Is loft insulation worth doing before the heating?",
        "Every installer said so: it lowers the size of the system needed and pays back within a few winters."))


def _page(after: str) -> str:
    return ("<html><head><title>Heating an old farmhouse</title><meta property='article:published_time' "
            "content='2024-03-05T10:00:00Z'></head><body><nav><a href='/'>Home</a></nav>"
            f"<main><article class='post'><h1>Heating an old farmhouse</h1>{_BODY}</article>"
            "<div class='signup'><form><p>Get our weekly guide</p><input type='email'><button>Sign up</button>"
            f"</form></div>{after}</main><footer><p>Example Guides Ltd</p></footer></body></html>")


def _faq(items: tuple[tuple[str, str], ...], q: str = "h3") -> str:
    return ("<section class='section-small'><h2>FAQ</h2>"
            + "".join(f"<div class='item'><{q}>{a}</{q}><div>{b}</div></div>" for a, b in items) + "</section>")


def test_an_faq_after_the_container_comes_back_in():
    art = clean(_page(_faq(_QA)))
    assert "Do grants cover the whole cost of a new system?" in art.text
    assert "Every installer said so" in art.text
    assert "FAQ" in [p.text for p in art.paragraphs]
    assert not any("Get our weekly guide" in p.text for p in art.paragraphs)


def test_two_questions_or_lines_of_several_sentences_stay_out():
    art = clean(_page(_faq(_QA[:2])))
    assert "Do grants cover the whole cost of a new system?" not in art.text
    # a line of one sentence asking (an accordion's toggle set in a <p>) is a question too
    art = clean(_page(_faq(_QA, q="p")))
    assert "Do grants cover the whole cost of a new system?" in art.text


def test_a_question_is_a_heading_or_a_line_of_one_sentence():
    def feat(kind: str, text: str) -> SimpleNamespace:
        return SimpleNamespace(block=SimpleNamespace(kind=kind, text=text))
    assert _question(feat("heading", "Do grants cover the cost? Some do. Which ones?"))
    assert _question(feat("paragraph", "Do grants cover the whole cost of a new system?"))
    assert _question(feat("paragraph", "Wie lange dauert der Einbau？"))
    assert not _question(feat("paragraph", "Thanks for the guide. Do grants cover the whole cost?"))
    assert not _question(feat("paragraph", "Grants cover a third of the cost."))
    assert not _question(feat("list_item", "Do grants cover the whole cost of a new system?"))


def test_other_prose_between_the_body_and_the_questions_keeps_them_out():
    about = ("<div class='about'><p>Example Guides has written about home energy since 2009 and is read by "
             "homeowners across the country who want plain answers before they spend.</p></div>")
    art = clean(_page(about + _faq(_QA)))
    assert "Do grants cover the whole cost of a new system?" not in art.text

"""content: a container that does not hold the first paragraph under the title, with much prose between
the title and it (a landing page's feature sections above its questions), is one section of the page:
the region from the title down is taken; a dated page needs headed sections (or more prose above than in
the container) for that."""
from __future__ import annotations

from newsclean import Cleaner

URL = "https://tallyapp.example.com/features/invoices"

FEATURES = [
    ("Send invoices in a minute", "Pick a customer, add the lines, and press send. The invoice goes out with your "
     "logo and your terms, and you see the moment it is opened."),
    ("Get paid on time", "Friendly reminders go out before and after the due date, so you never have to chase a "
     "payment by hand or write the same awkward letter twice."),
    ("Know where you stand", "One screen shows what is owed to you, what is late and what came in this month, and "
     "it updates itself as payments arrive in your account."),
]

QUESTIONS = [
    ("Can I change an invoice after sending it?", "Yes. Open the invoice, make the change and send it again; the "
     "customer receives the new version, and the old one is kept in the history with the date it was replaced, "
     "so your records stay complete."),
    ("Which currencies can I bill in?", "Every invoice can be written in any of the currencies your bank account "
     "accepts. The totals on your overview are converted at the day's rate, and each invoice keeps the rate it "
     "was sent with."),
    ("Do my customers need an account?", "No. They receive a link by e-mail that opens the invoice in any browser, "
     "where they can pay by card or bank transfer, download a copy, or ask a question about a line."),
    ("Can I add my own terms?", "You can write your payment terms once in the settings and they are printed at the "
     "foot of every invoice, or change them for one customer when a contract says something different."),
    ("What happens when a payment fails?", "You and the customer are both told at once, and the invoice stays "
     "open. The reminders carry on as before, and the failed attempt is listed in the invoice's history with "
     "its reason."),
]

DATED = "<meta property='article:published_time' content='2024-05-01T10:00:00Z'>"


def page(head: str = "", headed: bool = True) -> str:
    feats = "".join(f"<section class='feature'><div class='feature-copy'>{f'<h2>{h}</h2>' if headed else ''}"
                    f"<p>{t}</p></div></section>" for h, t in FEATURES)
    faq = "".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in QUESTIONS)
    return (f"<html lang='en'><head><title>Invoices | Tally</title>{head}</head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a> <a href='/login'>Log in</a></nav>"
            "</header><main><div class='hero'><h1>Invoices</h1><p>Invoices that get paid: written in a minute, "
            f"sent with one click, followed up for you.</p></div>{feats}<section class='faq'><h2>Questions</h2>"
            f"<div class='faq-list'>{faq}</div></section></main>"
            "<footer><p>Tally Software Ltd, 3 Example Street.</p></footer></body></html>")


def joined(art) -> bool:
    return any("one section of the page" in n for n in art.notes)


def test_the_sections_above_the_best_box_are_kept_and_the_note_says_why():
    art = Cleaner().clean(page(), url=URL)
    for head, text in FEATURES:
        assert head in art.text
        assert text[:40] in art.text
    for question, answer in QUESTIONS:
        assert answer[:40] in art.text
    assert "Tally Software Ltd" not in art.text
    assert joined(art)


def test_without_the_rule_the_lead_run_takes_the_sections_above_unnoted():
    # the box with the most prose alone; the lead run from it takes the feature sections, heads and all
    from newsclean.plugins.container import choice
    saved = choice._under_title
    choice._under_title = lambda *a, **k: None
    try:
        art = Cleaner().clean(page(), url=URL)
    finally:
        choice._under_title = saved
    assert QUESTIONS[0][1][:40] in art.text
    assert all(head in art.text for head, _text in FEATURES) and not joined(art)


def test_a_dated_page_of_headed_sections_is_joined_too():
    art = Cleaner().clean(page(DATED), url=URL)
    assert art.published is not None
    assert FEATURES[1][0] in art.text
    assert joined(art)


def test_a_dated_page_without_headed_sections_is_not_joined():
    # paragraphs above the container, no headings: a dated story's standfirst and summary, not sections
    undated = Cleaner().clean(page(headed=False), url=URL)
    assert joined(undated)
    dated = Cleaner().clean(page(DATED, headed=False), url=URL)
    assert dated.published is not None
    assert not joined(dated)


def test_a_lone_article_element_is_an_article_signal():
    art = Cleaner().clean(page().replace("<main>", "<article>").replace("</main>", "</article>"), url=URL)
    assert not joined(art)

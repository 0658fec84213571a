"""A link roundup's list - a post whose body is a list of links, each with the author's words beside
it - is the post's own and stays, in the container (plugins/container/inside.py, ``commented_lists``)
and when the locator would take the post's one paragraph alone (plugins/container/choice.py,
``_roundup_beside``). A list of headline links alone, one under a heading, one
of topic labels before headlines, or one whose items carry only a date or a source beside their link
(no sentence of the author's closed outside it), is no roundup's."""
from newsclean import clean
from newsclean.plugins.container.inside import commented_items
from lxml import html as lxml_html

_LEAD = ("A short list today, as the storm is still keeping most of us indoors and the power keeps going "
         "out every few hours. Stay dry out there!")
_ITEMS = ("<li><a href='https://a.example/owls'>Night owls counted in the old quarry</a> &#8211; I had no idea "
          "there were so many of them.</li>"
          "<li><a href='https://b.example/kettle'>Why your kettle is dirtier than you think</a> &#8211; Maybe "
          "do not read this one before breakfast.</li>"
          "<li><a href='https://c.example/bells'>A town that rings forty bells at noon</a> &#8211; I would "
          "move there just for the noise.</li>"
          "<li><a href='https://d.example/maps'>Hand-drawn maps of imaginary coastlines</a></li>")
_BIO = ("<div class='author-box'><h3>About the author</h3><p>Rowan Fielding writes about owls, kettles and "
        "bells, and has kept this little weblog going since long before weblogs were a thing anyone "
        "wanted to read. Rowan lives near a quarry with two cats and an unreasonable number of maps, and "
        "answers every letter, slowly, by hand, usually on the back of an old map of somewhere else. "
        "Rowan also runs the monthly quiz at the village hall and has never once won it.</p></div>")


def _page(body: str, after: str = "", title: str = "Quick links for a stormy Monday") -> str:
    return (f"<html><head><title>{title} - Field Notes</title></head><body>"
            f"<div id='nav'><a href='/'>Home</a> <a href='/about'>About</a></div>"
            f"<div id='content'><div class='post'><h2>{title}</h2><div class='entry'>{body}</div></div>"
            f"{after}</div></body></html>")


def test_a_roundup_list_beside_the_posts_paragraph_stays():
    art = clean(_page(f"<p>{_LEAD}</p><ul>{_ITEMS}</ul>", after=_BIO))
    assert "Why your kettle is dirtier than you think" in art.text
    assert "I would move there just for the noise." in art.text
    assert "Hand-drawn maps of imaginary coastlines" in art.text  # (an item without a comment goes with its list)
    assert "unreasonable number of maps" not in art.text


def test_a_roundup_list_above_the_posts_closing_line_stays():
    items = ("<li>The river board finally <a href='/r/1'>publishes its flow figures</a></li>"
             "<li><a href='/r/2'>Counting herons at dawn</a> (<a href='/r/3'>part two</a>)</li>"
             "<li><a href='/r/4'>Budget notes on the new weir</a>.</li>"
             "<li><a href='/r/5'>Reading the gauge tables</a>.</li>"
             "<li>Two reasons for <a href='/r/6'>the dry August</a>.</li>")
    art = clean(_page(f"<ul>{items}</ul><p>Plus, a friend of the blog hosts the monthly survey carnival this "
                      f"week.</p>"))
    assert "Counting herons at dawn" in art.text
    assert "Two reasons for the dry August." in art.text


def test_a_list_of_bare_headline_links_beside_a_paragraph_goes():
    items = "".join(f"<li><a href='/s/{i}'>Headline number {i} of the other stories today</a></li>"
                    for i in range(1, 6))
    art = clean(_page(f"<p>{_LEAD}</p><p>{_LEAD.replace('short', 'long')}</p><ul>{items}</ul>"))
    assert "Headline number 3" not in art.text
    assert any("Headline number 3" in r.text for r in art.removed)


def test_a_commented_list_under_a_heading_goes():
    art = clean(_page(f"<p>{_LEAD}</p><p>{_LEAD.replace('short', 'long')}</p><h3>Related posts</h3>"
                      f"<ul>{_ITEMS}</ul>"))
    assert "Why your kettle is dirtier than you think" not in art.text


def _items(markup: str) -> list:
    return [li for li in lxml_html.fromstring(f"<ul>{markup}</ul>") if li.tag == "li"]


def test_what_counts_as_the_authors_words():
    assert commented_items(_items(_ITEMS))
    # a date or a source beside each headline closes no sentence, nor does a bracket or a dash alone
    dated = "".join(f"<li><a href='/s/{i}'>Story {i}</a> &#8211; September {i}, 2012</li>" for i in range(1, 5))
    assert not commented_items(_items(dated))
    labelled = "".join(f"<li><strong>Weather desk:</strong> <a href='/s/{i}'>Story {i}</a></li>" for i in range(1, 5))
    assert not commented_items(_items(labelled))  # a topic label before each headline
    sourced = "".join(f"<li><a href='/s/{i}'>Story {i}</a> from the city desk</li>" for i in range(1, 5))
    assert not commented_items(_items(sourced))
    addressed = "".join(f"<li><a href='/s/{i}'>Story {i}</a> https://e.example/s/{i}.</li>" for i in range(1, 5))
    assert not commented_items(_items(addressed))  # a bare address after each
    bare = "".join(f"<li><a href='/s/{i}'>Story {i}</a> (&#8211;)</li>" for i in range(1, 5))
    assert not commented_items(_items(bare))
    # two items are too few for a list; a full stop of its own counts; Chinese words count by character
    assert not commented_items(_items(_ITEMS.split("</li>", 2)[0] + "</li>" + _ITEMS.split("</li>")[1] + "</li>"))
    stops = "".join(f"<li><a href='/s/{i}'>Story {i}</a>.</li>" for i in range(1, 5))
    assert commented_items(_items(stops))
    zh = "".join(f"<li><a href='/s/{i}'>第{i}篇文章</a>——值得一读。</li>" for i in range(1, 5))
    assert commented_items(_items(zh))


def test_the_words_after_a_link_are_read_past_comments_and_inline_markup():
    marked = "".join(f"<li><!-- item --><a href='/s/{i}'>Story <b>{i}</b></a><!-- note --> <i>so</i> good.</li>"
                     for i in range(1, 5))
    assert commented_items(_items(marked))
    inside = "".join(f"<li><a href='/s/{i}'>Story {i}, worth a read.</a></li>" for i in range(1, 5))
    assert not commented_items(_items(inside))  # the full stop inside the link is the headline's

"""content: a thread's posts as entries of a page (classes that differ by a shade word, posts deep in their
wrappers, short replies between long ones), and a form around the whole thread drops none of them."""
from __future__ import annotations

import newsclean
from newsclean.plugins.container import choice

LONG = ["I replaced the chain on my commuter bike last week and now it skips on the two smallest cogs at the "
        "back whenever I pedal hard uphill. The shop said the chain length is right. What else should I check?",
        "A new chain on a worn cassette skips exactly like that: the old chain stretched and the teeth wore to "
        "match it. Count the kilometres on the old chain; past a few thousand the cassette usually goes too. "
        "Look at the teeth of the small cogs in good light: hooked or thin teeth mean it is worn out.",
        "Check the derailleur hanger as well. A slightly bent hanger makes the gears skip on the small cogs, "
        "and a fall or even a bump while parked is enough to bend it a little without anyone noticing. "
        "A shop can check it with an alignment tool in a few minutes.",
        "It was the cassette after all. The two small cogs had hooked teeth when I looked closely in daylight. "
        "A new cassette fixed it, and the shop straightened the hanger while they were at it. "
        "Thanks to everyone who answered, the chain runs quietly now even on the climb."]
# the opening post, much longer than the replies together (the locator would stop at it)
OPENING = "<br><br>".join((
    "Some background first. The bike is a steel commuter with an eight-speed cassette, and I ride about forty "
    "kilometres a day on it, most of it on flat roads along the river with one steep climb near the office.",
    "The old chain had been on the bike since I bought it second hand three years ago. I never measured it, "
    "but it looked fine and shifted well, apart from some noise in the wet months of the winter.",
    "Last week I fitted a new chain of the same brand and the same length, using the quick link that came "
    "with it. The shifting on the stand is perfect on every cog, and nothing rubs anywhere.",
    "On the road it is different. As soon as I stand on the pedals on the climb, the chain jumps on the two "
    "smallest cogs, with a loud clunk, and the pedal drops forward. On the larger cogs it never happens.",
    "I cleaned the drivetrain, checked the quick link twice and adjusted the cable tension by half a turn in "
    "both directions, without any change. The shop said the chain length is right.",
    "I also tried the old chain again for a day to compare. With it the skipping stopped completely, which "
    "makes me think the new chain itself is fine and something else on the bike no longer matches it.",
    "The chainrings look fine to me, but I am not sure what worn teeth look like. They are the original ones "
    "and the bike had a previous owner, so I cannot say how far they have been ridden before.",
    "The rear wheel was trued at the last service, the axle is tight in the dropouts, and the derailleur "
    "pulleys spin freely. The cable is new as of last autumn and runs through clean housing.",
    "A friend suggested the freehub body could be slipping instead of the chain, but the noise sounds like "
    "metal jumping over teeth, not a click inside the hub, and it only happens on those two cogs.",
    "I keep a log of every part I change on the bike, so I can say that the cassette, the chainrings and the "
    "derailleur are all original, while the tyres, the brake pads and the saddle were replaced last year.",
    "The climb near the office is short but steep, perhaps twelve percent for two hundred metres, and I ride "
    "it in the lowest gear with the chain on the largest cog, where it never skips at all.",
    "On the flat stretch along the river I use the two smallest cogs most of the time, and that is where the "
    "clunk comes whenever I accelerate away from the traffic lights or sprint to catch the green.",
    "What else should I check before I spend money on new parts? I would rather fix it myself this time.",
))
SHORT = ["Same thing happened to me last spring.", "Good to hear it is sorted, thanks for reporting back."]


TOOLS = ('<div class="action-bar"><a href="/reply">Post Reply</a> <a href="/search">Search this topic</a> '
         '<a href="/print">Print view</a> <a href="/watch">Watch topic</a> <a href="/bookmark">Bookmark</a></div>')
SIMILAR = ('<div class="similar"><h3>Similar topics</h3><ul>'
           + "".join(f'<li><a href="/t/{n}">{t}</a> by rider{n} in Bikes</li>' for n, t in enumerate((
               "Chain keeps falling off the big ring", "Which cassette for a hilly commute", "Creaking bottom "
               "bracket in the cold", "Tubeless tyres on an old rim", "Brake pads wear out too fast",
               "Best lights for winter riding", "Shifting cable frays at the lever", "Spoke broke on a pothole")))
           + "</ul></div>")


def _post(i: int, text: str, shade: str) -> str:
    return (f'<div id="p{i}" class="post has-profile {shade}"><div class="inner">'
            f'<dl class="postprofile"><dt><a href="/u/{i}">rider{i}</a></dt><dd>Posts: {10 * i + 3}</dd></dl>'
            f'<div class="postbody"><div><h3><a href="#p{i}">Re: Chain skips after replacement</a></h3>'
            f'<p class="author">by rider{i} » 3 May 2024, 10:{10 + i}</p>'
            f'<div class="content">{text}</div></div></div></div></div>')


def _topic(texts: list[str], form: bool = False) -> str:
    posts = "".join(_post(i, t, "bg1" if i % 2 else "bg2") for i, t in enumerate(texts))
    if form:
        posts = f'<form method="post" action="/moderate">{posts}</form>'
    return ("<html><head><title>Chain skips after replacement</title></head><body>"
            '<div class="navbar"><a href="/">Board index</a> <a href="/bikes">Bikes</a></div>'
            f'<div class="page-body"><h2 class="topic-title">Chain skips after replacement</h2>{TOOLS}{posts}'
            f"{SIMILAR}</div></body></html>")


def test_a_topics_posts_are_all_kept() -> None:
    texts = [OPENING, SHORT[0], LONG[1], LONG[2], SHORT[1], LONG[3]]
    art = newsclean.clean(_topic(texts))
    for t in texts:
        assert t[:30] in art.text


def test_a_form_around_the_thread_drops_no_post() -> None:
    texts = [OPENING, LONG[1], LONG[2], LONG[3]]
    art = newsclean.clean(_topic(texts, form=True))
    for t in texts:
        assert t[:30] in art.text
    assert not [r for r in art.removed if "form inside the article container" in r.reason]


def test_entry_thresholds_are_data() -> None:
    assert choice.ENTRY_LEVELS >= 4
    assert 0 < choice.ENTRY_SHORT_MIN_PROSE < choice.ENTRY_MIN_PROSE

"""content (choice): a body cut into text widgets (a weak word on their class), each alone in a wrapper of its
own, is read whole: the widgets after the container's join it, like its twins beside it (longform43)."""
from __future__ import annotations

from newsclean import Cleaner

URL = "https://tours.example.net/articles/camera-types"

PARTS = [
    ["Choosing a first camera is mostly a question of how you like to work. A heavy body with big lenses gives "
     "you control; a small one in a pocket gives you pictures you would otherwise never have taken at all.",
     "Reflex cameras are still the workhorses of many photographers. They are sturdy, their batteries last for "
     "days, and there is a lens for every purpose, new or second hand, at almost any price you can think of."],
    ["Mirrorless cameras have caught up and then overtaken them in most respects. The viewfinder shows the "
     "picture as it will be recorded, which helps beginners more than any manual or course ever could.",
     "Their autofocus follows eyes and faces across the frame, and the bodies are lighter, which matters on "
     "a long hike far more than any number printed in a review of the sensor and its resolution."],
    ["Compact cameras are the easiest of all. You cannot change the lens, and the settings are fewer, but one "
     "button does everything and the results are better than a phone's in poor light, most of the time.",
     "Whatever you buy, take it out often. The camera you carry every day will teach you more about light and "
     "about framing than the best one left at home in its bag while you wait for the right trip."],
]


def page(widget: str = "richTextWidget_root__x1Ab") -> str:
    boxes = "<div class='promo'><a href='/tours'>Book a tour</a></div>".join(
        "<div><div class='%s'>%s</div></div>" % (widget, "".join(f"<p>{p}</p>" for p in part)) for part in PARTS)
    return ("<html lang='en'><head><title>Types of cameras | Tours</title>"
            "<meta property='article:published_time' content='2021-07-22T10:00:00Z'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/articles'>Articles</a></nav></header>"
            "<main><article><h1>Types of cameras</h1>"
            f"<div class='layout'>{boxes}</div>"
            "</article></main><footer><p>Tours Example, all rights reserved.</p></footer></body></html>")


def test_boxed_widget_parts_of_the_body_join_it():
    art = Cleaner().clean(page(), url=URL)
    for part in PARTS:
        for p in part:
            assert p[:50] in art.text
    assert "Book a tour" not in art.text

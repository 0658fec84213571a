"""A made-up article (a council approves a riverside path) that in-body tests set their lines into."""
from __future__ import annotations

import newsclean

P = ("The council approved the new riverside path on Monday after a long debate about its cost, its route and "
     "the trees that would have to be moved to make room for it along the old harbour wall.")
Q = ("Work is due to start in the spring, and the first section between the pier and the wetland park should "
     "open to walkers and cyclists before the end of the summer holidays, officials said.")
R = ("Residents who spoke at the meeting welcomed the plan but asked for better lighting, more benches and a "
     "safe crossing at the busy junction near the school, which the council promised to study.")
TITLE = "Riverside path approved"


def page(box: str, before: str = "") -> str:
    """The article with ``box`` between its second and third paragraphs and ``before`` under its title."""
    return (f"<html><head><title>{TITLE}</title></head><body><article>"
            f"<h1>{TITLE}</h1>{before}<p>{P}</p><p>{Q}</p>{box}<p>{R}</p></article></body></html>")


def texts(html: str, **kw: object) -> list[str]:
    """The kept paragraphs' texts of ``html``."""
    return [p.text for p in newsclean.clean(html, **kw).paragraphs]

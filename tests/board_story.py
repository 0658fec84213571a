"""A made-up story (a lamp society's meeting) that thread tests set above a board's posts: a page
whose story holds most of its text is read as no thread."""
from __future__ import annotations

STORY = "".join(f"<p>{s}</p>" for s in (
    "The lamp society met on Saturday to compare notes on the winter season, and most members said their old "
    "stoves had run well, though several complained that the new mantles sold this year crack far too soon.",
    "A supplier at the meeting said the cracking comes from a rushed first burn, and promised printed advice "
    "with every box from the spring on, along with a small discount for members who bring back broken ones.",
    "The society will hold a repair afternoon next month at the village hall, where volunteers will show how to "
    "fit a mantle, clean a chimney and set the flame, and tea and cake will be served from three o'clock.") * 3)


def no_thread(html: str) -> str:
    """The page with a story above the posts, holding most of its text: read as no thread (an article's
    page with a few replies built like a board's)."""
    return html.replace("<div class='block-body'>", f"<div class='story'>{STORY}</div><div class='block-body'>")

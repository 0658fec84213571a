"""A byline box with one element per author, each name beside its job title ("News Reporter"): the
byline's line names the first author only (the co-authors' elements are blocks of their own), the
elements name them all - the longer list stands; and two-word job titles after a plain space go."""
from __future__ import annotations

import newsclean
from newsclean.authors import strip_role

PROSE = ("<p>The old harbour bridge will close for six weeks from Monday while engineers replace the worn bearings "
         "under its central span, the council said on Thursday.</p><p>Drivers will be sent along the ring road, "
         "which adds about ten minutes to a trip into the town centre at busy times, and a shuttle bus will carry "
         "people on foot across the river.</p><p>Shopkeepers on the quay said they feared fewer visitors during "
         "the works but welcomed the promise that the bridge would reopen before the summer festival.</p>")


def _author(name: str, slug: str, role: str = "") -> str:
    job = f'<span class="job-title">{role}</span>' if role else ""
    return f'<div class="author"><a href="/authors/{slug}/">{name}</a>{job}</div>'


def _page(authors: str) -> bytes:
    return ('<html lang="en"><head><title>Harbour bridge closes</title></head><body><main>'
            '<div class="byline-container"><div class="byline"><div class="author-information-container">'
            f'<span class="author-label">By</span>{authors}</div></div></div>'
            f"<article><h1>Harbour bridge closes for repairs</h1>{PROSE}</article></main></body></html>").encode()


def test_two_word_job_titles_after_a_plain_space_go() -> None:
    assert strip_role("Mara Quell News Reporter") == "Mara Quell"
    assert strip_role("Tobin Ashgrove Senior News Reporter") == "Tobin Ashgrove"
    assert strip_role("Edda Vinter Political Editor") == "Edda Vinter"
    assert strip_role("Political Editor") == "Political Editor"  # (a role alone stays, for the caller to refuse)
    # glued to the name (the title's element after the name's): the earlier cut, when a full name is left
    assert strip_role("Mara QuellTravel News Reporter") == "Mara Quell"
    assert strip_role("McAllen Quell News Reporter") == "McAllen Quell"


def test_every_author_element_is_read_when_the_bylines_line_names_the_first() -> None:
    art = newsclean.clean(_page(_author("Mara Quell", "mara-quell", "News Reporter")
                                + _author("Tobin Ashgrove", "tobin-ashgrove", "Senior News Reporter")
                                + _author("Edda Vinter", "edda-vinter")))
    assert art.authors == ["Mara Quell", "Tobin Ashgrove", "Edda Vinter"]


def test_one_author_element_gives_one_author() -> None:
    art = newsclean.clean(_page(_author("Mara Quell", "mara-quell", "News Reporter")))
    assert art.authors == ["Mara Quell"]


def test_a_job_title_in_an_element_of_its_own_is_no_part_of_the_name() -> None:
    # ("Travel News Reporter": a desk's word before the title, which the title's vocabulary does not hold)
    art = newsclean.clean(_page(_author("Mara Quell", "mara-quell", "Travel News Reporter")))
    assert art.authors == ["Mara Quell"]

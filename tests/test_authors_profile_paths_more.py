"""Author-profile addresses in more European languages (authors.PROFILE_PATH_WORDS): a link under the title to
``/autorius/…``, ``/toimittaja/…``, ``/skribent/…`` names the author."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.authors import is_profile_link

PROSE = ("<p>The old harbour bridge will close for six weeks from Monday while engineers replace the worn bearings "
         "under its central span, the council said on Thursday.</p><p>Drivers will be sent along the ring road, "
         "which adds about ten minutes to a trip into the town centre at busy times.</p><p>Shopkeepers on the "
         "quay said they feared fewer visitors during the works but welcomed the promise of a quick reopening.</p>")


@pytest.mark.parametrize("href", ["/autorius/jonas-berzaitis", "https://news.example/toimittaja/matti-kuusela/",
                                  "/skribent/karin-lundqvist?ref=top", "/autori/ion-bradescu", "/penulis/ayu-lestari"])
def test_profile_addresses(href: str) -> None:
    assert is_profile_link(href)


def test_an_audio_video_section_is_no_profile() -> None:
    assert not is_profile_link("/news/av/world-12345678")


def test_a_profile_link_under_the_title_names_the_author() -> None:
    html = ('<html lang="en"><head><title>Bridge</title></head><body><article><h1>Harbour bridge closes</h1>'
            '<div><a href="/autorius/jonas-berzaitis">Jonas Beržaitis</a></div>' + PROSE + "</article></body></html>")
    assert newsclean.clean(html.encode()).authors == ["Jonas Beržaitis"]

"""Where a link-dense block's links go (plugins/container/inside.py, ``offsite_lines``; hosts ``registrable``):
a paragraph or list item inside the article container whose links mostly leave the page's own site and that
holds words of its own (an author's sources, a deals post's shop links) stays; the same block linking to the
page's own site (navigation, teasers) goes as a link list, and so does it when the page's site is unknown."""
from newsclean import clean
from newsclean.hosts import host_of, registrable
from newsclean.plugins.container.inside import _leaves_site

URL = "https://www.gear-notes.example/2026/03/lanterns"

_PARAS = ("<p>Camping lanterns have changed more in the last two years than in the twenty before, and the "
          "cheapest ones now last a whole weekend on a single charge without dimming to a candle's glow.</p>"
          "<p>We carried eight of them on three trips through the wet spring, hung them in tents and under "
          "tarps, and dropped each one at least once onto the stony ground beside the fire.</p>")
_AFTER = ("<p>None of them is perfect, but the first two on the list earned a place in our kit bag, and "
          "we will report back on how their batteries hold up once the autumn trips are over.</p>")


def _items(base: str) -> str:
    return ("<ul>"
            f"<li>Harbor Lamps: <a href='{base}/brass-folding'>the brass folding lantern with a dimmer</a></li>"
            f"<li>Pine Ridge Outfitters: <a href='{base}/pocket-lamp'>the pocket lamp that clips to a strap</a></li>"
            f"<li>Quiet Trail Supply: <a href='{base}/solar-bulb'>the solar bulb on its long cord</a></li>"
            "</ul>")


def _page(lst: str, head: str = "") -> str:
    return ("<html><head><title>The best camping lanterns - Gear Notes</title>" + head + "</head><body>"
            "<div id='nav'><a href='/'>Home</a> <a href='/reviews'>Reviews</a> <a href='/deals'>Deals</a></div>"
            "<div id='main'><h1>The best camping lanterns</h1>"
            "<p class='date'>March 4, 2026</p>"
            f"{_PARAS}{lst}{_AFTER}"
            "</div></body></html>")


def test_items_linking_to_other_sites_with_words_of_their_own_stay():
    art = clean(_page(_items("https://shop.harbor-lamps.example/p")), url=URL)
    assert "Harbor Lamps: the brass folding lantern with a dimmer" in art.text
    assert "Quiet Trail Supply: the solar bulb on its long cord" in art.text
    assert any("off the page's site" in n for n in art.notes)


def test_the_same_items_linking_to_the_pages_own_site_go():
    art = clean(_page(_items("https://deals.gear-notes.example/p")), url=URL)
    assert "the brass folding lantern" not in art.text
    assert any("the brass folding lantern" in r.text and "link list" in r.reason for r in art.removed)


def test_relative_links_are_the_pages_own():
    art = clean(_page(_items("/p")), url=URL)
    assert "the pocket lamp that clips" not in art.text


def test_an_unknown_site_keeps_the_link_density_verdict():
    art = clean(_page(_items("https://shop.harbor-lamps.example/p")))
    assert "the brass folding lantern" not in art.text


def test_the_canonical_address_names_the_site_when_the_caller_gave_none():
    head = f"<link rel='canonical' href='{URL}'>"
    art = clean(_page(_items("https://shop.harbor-lamps.example/p"), head))
    assert "Pine Ridge Outfitters: the pocket lamp that clips to a strap" in art.text


def test_share_links_carrying_the_pages_address_are_no_citations():
    share = "https://social.example/share?u=" + URL.replace(":", "%3A").replace("/", "%2F") + "&t="
    art = clean(_page(_items(share)), url=URL)
    assert "the brass folding lantern" not in art.text


def test_links_alone_without_words_of_their_own_go():
    lst = ("<ul>" + "".join(f"<li><a href='https://shop{i}.example/p'>Folding brass lantern number {i}</a></li>"
                            for i in range(1, 5)) + "</ul>")
    art = clean(_page(lst), url=URL)
    assert "Folding brass lantern number 2" not in art.text


def test_registrable_host_compares_the_last_labels_simply():
    assert registrable("www.Gear-Notes.example") == "gear-notes.example"
    assert registrable("deals.gear-notes.example") == "gear-notes.example"
    assert registrable("news.paper.co.uk") == "paper.co.uk"
    assert registrable("shop.paper.com.au") == "paper.com.au"
    assert registrable("abc.news.de") == "news.de"
    assert registrable(None) is None


def test_host_of_reads_absolute_addresses_only():
    assert host_of("https://user@Shop.Example.org:8080/a?b") == "shop.example.org"
    assert host_of("//cdn.example.net/x.js") == "cdn.example.net"
    assert host_of("/relative/path") is None
    assert host_of("mailto:someone@example.org") is None


def test_link_targets_read_against_the_site():
    site = "gear-notes.example"
    assert _leaves_site("https://shop.harbor-lamps.example/p", site) is True
    assert _leaves_site("//other.example/x", site) is True
    assert _leaves_site("https://www.gear-notes.example/x", site) is False
    assert _leaves_site("/x", site) is False and _leaves_site("#top", site) is False
    assert _leaves_site("mailto:desk@gear-notes.example", site) is None
    # a referrer tag naming the site in an affiliate link is no share link
    assert _leaves_site("https://shop.example/p?utm_source=gear-notes.example", site) is True


def test_a_pointer_after_the_body_leading_elsewhere_goes():
    tail = ("<p>Our partner's test: <a href='https://partner-outdoors.example/lanterns'>"
            "Eight lanterns in the rain, carried for a wet month and dropped on stones</a></p>")
    page = _page(_items("https://shop.harbor-lamps.example/p")).replace("</div></body>", tail + "</div></body>")
    art = clean(page, url=URL)
    assert "Harbor Lamps: the brass folding lantern" in art.text  # (in the body's flow)
    assert "Eight lanterns in the rain" not in art.text

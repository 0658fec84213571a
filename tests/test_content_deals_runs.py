"""A deals post's run of shop lines (plugins/container/choice.py climb, plugins/container/inside.py ``offsite_run``
and ``offsite_lines``): the body is an intro ``<p>`` and many alike ``<p>``s (same tag and class) each linked whole
to a shop on another site; the container climbs from the intro to their parent and the lines stay. The same lines
linking to the page's own site (teasers), too few of them, or a page whose site is unknown: as before."""
from newsclean import clean

URL = "https://www.kettle-weekly.example/deals/2026/spring-kitchen"

_INTRO = ("<p class='body-text'>Every week our desk looks through the big shops for kitchen gear worth buying at a "
          "lower price, and these are the offers that caught our eye this Tuesday morning.</p>")
_GOODS = ("Copper milk pan with a pouring lip", "Cast iron griddle for two burners", "Bamboo board with juice groove",
          "Ceramic coffee dripper in pale grey", "Stainless whisk set of three sizes", "Glass storage jars with clamps",
          "Digital scale reading to half a gram")


def _lines(base: str, n: int = len(_GOODS)) -> str:
    return "".join(f"<p class='body-text'><a href='{base}/item{i}'>{name} for ${10 + i}.99 (list price ${30 + i}.99)"
                   f"</a></p><div></div>" for i, name in enumerate(_GOODS[:n]))


def _page(lines: str) -> str:
    return ("<html><head><title>Kitchen deals this week - Kettle Weekly</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/deals'>Deals</a> <a href='/recipes'>Recipes</a></nav>"
            "<main><h1>Kitchen deals this week</h1><p class='stamp'>March 10, 2026</p>"
            f"{_INTRO}{lines}</main>"
            "<footer><p>About us. Contact. Privacy.</p></footer></body></html>")


def test_a_run_of_shop_lines_beside_the_intro_stays():
    art = clean(_page(_lines("https://shop.market-hall.example/p")), url=URL)
    assert "Every week our desk looks" in art.text
    assert "Copper milk pan with a pouring lip for $10.99" in art.text
    assert "Digital scale reading to half a gram" in art.text
    assert any("a deals post" in n for n in art.notes)


def test_the_same_lines_linking_to_the_pages_own_site_go():
    art = clean(_page(_lines("https://www.kettle-weekly.example/reviews")), url=URL)
    assert "Every week our desk looks" in art.text
    assert "Copper milk pan" not in art.text
    assert any("Copper milk pan" in r.text for r in art.removed)


def test_a_page_whose_site_is_unknown_keeps_the_verdict():
    art = clean(_page(_lines("https://shop.market-hall.example/p")))
    assert "Copper milk pan" not in art.text


def test_a_few_shop_lines_are_no_run():
    art = clean(_page(_lines("https://shop.market-hall.example/p", 3)), url=URL)
    assert "Copper milk pan" not in art.text


def test_unclassed_paragraphs_make_no_run():
    page = _page(_lines("https://shop.market-hall.example/p")).replace(" class='body-text'", "")
    art = clean(page, url=URL)
    assert "Every week our desk looks" in art.text
    assert "Copper milk pan" not in art.text


def _box(home: int, away: int) -> list:
    """A parent of ``home`` lines linking to the page's own site, then ``away`` lines linking to a shop."""
    from lxml import html
    lines = [f"<p class='deal'><a href='/reviews/{i}'>Kitchen scale number {i} with a steel tray</a></p>"
             for i in range(home)]
    lines += [f"<p class='deal'><a href='https://shop.market-hall.example/p{i}'>Copper pan number {i} with a lid</a>"
              "</p>" for i in range(away)]
    box = html.fromstring(f"<div><p class='deal'>Our pick of the week, read on.</p>{''.join(lines)}</div>")
    return [box, box[0]]


def test_a_run_counts_the_shop_lines_after_the_home_ones():
    from newsclean.plugins.container.inside import offsite_run
    # 6 of 10 alike lines leave the site (the share, 0.6, exactly), the last six: a run of 6
    assert offsite_run(*_box(4, 6), "kettle-weekly.example") == 6
    # 5 of 10: under the share, however they are read
    assert offsite_run(*_box(5, 5), "kettle-weekly.example") == 0
    assert offsite_run(*_box(0, 4), "kettle-weekly.example") == 0  # (too few)


def test_the_site_is_read_only_when_a_line_asks():
    from newsclean.plugins.container.inside import offsite_run
    asked: list[int] = []

    def site() -> str:
        asked.append(1)
        return "kettle-weekly.example"

    box, intro = _box(0, 6)
    intro.attrib.pop("class")
    assert offsite_run(box, intro, site) == 0 and not asked  # an unclassed <p>: no template, no site read
    intro.set("class", "deal")
    assert offsite_run(box, intro, site) == 6 and len(asked) == 1

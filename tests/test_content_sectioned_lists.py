"""Alike lists of links that close section after section of the body, their links leaving the page's site (a
buying guide's shops under each product, a roundup's courses under each provider), are the article's own
(plugins/container/inside.py, ``sectioned_lists``); fewer of them, lists into the page's own site (another
story's headlines under each section), or a list between two paragraphs, go as before."""
from newsclean import clean

_URL = "https://www.example-guides.org/tools/best-garden-tools"
_INTRO = ("Every gardener ends up with a shed full of tools, but only a handful of them earn their place. We tested "
          "the most common ones over a whole season on clay, sand and stony ground to find out which are worth it.")
_SECTIONS = [
    ("1. Spade", "A good spade is the tool you will use most, from digging new beds to dividing perennials and "
                 "moving compost. Look for a forged blade and a handle long enough for your height.",
     ("Spear and Jackson Neverbend", "Fiskars Xact Spade", "Wolf Garten Digging Spade")),
    ("2. Hand trowel", "A trowel does the fine work of planting bulbs, seedlings and herbs. A narrow blade is "
                       "better on stony soil, and a handle that does not twist saves your wrist over a long day.",
     ("Burgon and Ball Trowel", "Kent and Stowe Hand Trowel", "DeWit Dutch Trowel")),
    ("3. Pruning shears", "Bypass shears cut living stems cleanly without crushing them, which helps the plant heal. "
                          "Keep them sharp and oil the spring at the end of every season to make them last.",
     ("Felco Number Two", "Okatsune Bypass Pruner", "Gardena Comfort Secateurs")),
    ("4. Hoe", "A sharp hoe keeps the weeds down between rows with a few minutes of work each week, as long as you "
               "use it while the weeds are still small and the soil on the surface is dry.",
     ("Sneeboer Dutch Hoe", "Glaser Swiss Hoe", "Joseph Bentley Draw Hoe")),
]
_OUTRO = ("Whatever you buy, clean the blades after each use and keep everything dry over the winter: a well kept "
          "tool outlasts a cheap one many times over, and it makes the work in the garden a pleasure.")


def _items(names, base: str) -> str:
    return "".join(f"<li><a href='{base}/{k}'>{name}</a></li>" for k, name in enumerate(names))


def _page(sections, base: str = "https://shop.example-store.com/p", lead: str = "", title: str = "The best garden tools") -> str:
    body = "".join(f"<h2>{head}</h2><p>{text}</p>{lead}<ul>{_items(names, base)}</ul>" for head, text, names in sections)
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/tools'>Tools</a></nav>"
            f"<main><article><h1>{title}</h1><p>{_INTRO}</p>{body}<h2>Looking after your tools</h2><p>{_OUTRO}</p>"
            f"</article></main><footer><a href='/about'>About</a></footer></body></html>")


def test_alike_shop_lists_closing_each_section_stay():
    art = clean(_page(_SECTIONS), url=_URL)
    for name in ("Fiskars Xact Spade", "Kent and Stowe Hand Trowel", "Okatsune Bypass Pruner", "Glaser Swiss Hoe"):
        assert name in art.text
    assert not any(r.reason == "link list inside the article container" for r in art.removed)
    assert "Looking after your tools" in art.text and _OUTRO[:40] in art.text


def test_list_items_set_as_headings_count_too():
    page = _page(_SECTIONS).replace("<li><a ", "<li><h3><a ").replace("</a></li>", "</a></h3></li>")
    art = clean(page, url=_URL)
    assert "Fiskars Xact Spade" in art.text and "Glaser Swiss Hoe" in art.text


def test_two_sections_with_lists_are_too_few():
    art = clean(_page(_SECTIONS[:2]), url=_URL)
    assert "Fiskars Xact Spade" not in art.text
    assert any(r.reason == "link list inside the article container" and "Fiskars Xact Spade" in r.text
               for r in art.removed)


def test_lists_into_the_page_own_site_stay_out():
    # another story's headlines under each section: the site's own (and its other country's domain)
    for base in ("https://www.example-guides.org/news", "https://www.example-guides.co.uk/news", "/news"):
        art = clean(_page(_SECTIONS, base=base), url=_URL)
        assert "Fiskars Xact Spade" not in art.text, base
    # the page's site unknown: nothing says where the links lead
    art = clean(_page(_SECTIONS))
    assert "Fiskars Xact Spade" not in art.text


def test_a_pointer_label_before_each_list_keeps_them_out():
    art = clean(_page(_SECTIONS, lead="<p>Read more:</p>"), url=_URL)
    assert "Fiskars Xact Spade" not in art.text


def test_lists_between_paragraphs_stay_out():
    # a list followed by a paragraph closes no section (the body's inline list of other pages goes as before)
    page = _page(_SECTIONS).replace("</ul><h2>", "</ul><p>Prices change often, so check them before you buy.</p><h2>")
    art = clean(page, url=_URL)
    assert "Fiskars Xact Spade" not in art.text

"""chrome: a side-named column of code samples (an API reference's request/response column) is the page's."""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins import chrome

PROSE = ("<h2>Book a crossing</h2><p>Creates a booking for one crossing of the harbour ferry. The seats are held "
         "for ten minutes, then released when the booking is not paid.</p>"
         "<h3>Parameters</h3><p><code>route</code> string, required. The name of the route, north or south.</p>"
         "<p><code>seats</code> integer, required. How many seats to hold, at most nine per booking.</p>")
SAMPLE = ('<pre><code>curl https://api.harbour.test/v1/bookings \\\n  -d route=north \\\n  -d seats=2\n'
          '{\n  "id": "bk_20931",\n  "route": "north",\n  "seats": 2,\n  "status": "held"\n}</code></pre>')
MENU = "".join(f'<li><a href="/docs/p{i}">Reference page {i}</a></li>' for i in range(8))


def clean(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


def page(side: str) -> str:
    return (f"<html><head><title>Bookings</title></head><body><div class='sidebar'><ul>{MENU}</ul></div>"
            f"<main><h1>Bookings</h1><section class='api-section'><div class='api-content'>{PROSE}</div>"
            f"<div class='api-aside'>{side}</div></section></main></body></html>")


def test_a_side_column_of_code_samples_stays():
    art = clean(page(f"<div class='aside-title'>Request</div>{SAMPLE}"))
    assert '"status": "held"' in art.text
    assert not any("bk_20931" in r.text for r in art.removed)
    assert any("Reference page 3" in r.text and "sidebar" in r.reason for r in art.removed)  # the doc tree goes


def test_a_sidebar_with_a_small_snippet_still_goes():
    # mostly links and words, one short command: a sidebar all the same
    side = ("<h4>Install</h4><pre>pip install harbour</pre><ul>"
            + "".join(f'<li><a href="/t{i}">Tutorial about bookings number {i}</a></li>' for i in range(6)) + "</ul>")
    art = clean(page(side))
    assert "Tutorial about bookings" not in art.text
    assert chrome.CODE_SAMPLE_SHARE == 0.5

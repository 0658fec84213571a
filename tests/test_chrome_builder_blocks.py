"""chrome: a page builder cuts the article into sibling blocks whose classes name a widget; the block
holding the paragraph under the title is left to the locator, and so are its siblings of the same
tag, sharing a class token and the region, holding prose in few links (and the wrapper of most of
such a block's prose). A link list or a short box among them still goes."""
from __future__ import annotations

import newsclean

TITLE = "Preisliste für Elektroarbeiten im Stadtgebiet"
LEAD = ("Diese Übersicht nennt die üblichen Preise für Elektroarbeiten in und um die Stadt, "
        "damit Sie vor dem Termin wissen, womit zu rechnen ist.")
PART2 = ["Eine Fehlersuche ohne Strom kostet ab neunzig Euro, mit Anfahrt und einer Garantie auf die gefundene "
         "Lösung; Ersatzteile werden gesondert berechnet und vorher mit Ihnen abgesprochen.",
         "Der Tausch eines Sicherungsautomaten im Verteiler kostet je nach Modell zwischen sechzig und "
         "zweihundert Euro, ein ganzer Verteiler deutlich mehr, weil die Leitungen neu geordnet werden.",
         "电路检修的价格取决于故障的位置和需要更换的零件，我们会在上门之前告诉您大致的费用范围。"]
PART3 = ["Unsere Elektriker sind geprüft und versichert, sie arbeiten nach den geltenden Normen und "
         "hinterlassen die Baustelle so sauber, wie sie sie vorgefunden haben, auch bei kleinen Aufträgen.",
         "Jeder Auftrag wird schriftlich bestätigt, und Sie erhalten nach dem Abschluss ein Protokoll der "
         "Messungen, das Sie für Ihre Versicherung oder einen späteren Verkauf aufbewahren können."]
LINKS = "".join(f"<li><a href='/leistung{i}'>Leistung Nummer {i} im Überblick</a></li>" for i in range(8))


def page(second: str = "block widget widget_html", inner: bool = True) -> str:
    def wrap(i: int, html: str) -> str:
        return f"<div class='block-style block-style-{i}'>{html}</div>" if inner else html
    p2 = "".join(f"<p>{t}</p>" for t in PART2)
    p3 = "".join(f"<p>{t}</p>" for t in PART3)
    return (f"<html><head><title>{TITLE} | Beispielfirma</title></head><body>"
            f"<div class='layout'><div class='cell'>"
            f"<div class='block widget widget_editor first-child'>{wrap(0, f'<h1>{TITLE}</h1><p>{LEAD}</p>')}</div>"
            f"<div class='{second}'>{wrap(1, p2)}</div>"
            f"<div class='block widget widget_editor'>{wrap(2, '<ul>' + LINKS + '</ul>')}</div>"
            f"<div class='block widget widget_editor last-child'>{wrap(3, p3)}</div>"
            f"</div></div></body></html>")


def test_the_blocks_beside_the_lead_block_are_kept_with_their_inner_wrappers():
    for inner in (True, False):
        art = newsclean.clean(page(inner=inner))
        for t in (LEAD, *PART2, *PART3):
            assert t in art.text, (inner, t[:30])
        assert not any(PART2[0] in (r.text or "") or PART3[0] in (r.text or "") for r in art.removed)


def test_a_link_list_among_the_blocks_still_goes_and_is_recorded():
    art = newsclean.clean(page())
    assert "Leistung Nummer" not in art.text
    gone = [r for r in art.removed if "Leistung Nummer 3" in (r.text or "")]
    assert gone and all(r.kind and r.plugin and r.reason for r in gone)


def test_a_block_sharing_no_class_token_with_the_lead_block_is_no_kin():
    # same region word, but nothing of the lead block's class: a sidebar widget of the theme
    art = newsclean.clean(page(second="sidebar-box"))
    assert PART2[0] not in art.text
    assert any(PART2[0] in (r.text or "") and r.plugin.startswith("chrome") for r in art.removed)

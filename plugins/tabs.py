"""Tab bars: the labels above tabbed code or text (``npm  Yarn  pnpm``, ``Python JavaScript Go``).

Documentation sites and technical blogs show one example in several languages
or tools behind a row of tabs: Docusaurus ``<ul role="tablist" class="tabs">``,
MkDocs Material ``<div class="tabbed-labels">``, Bootstrap ``nav-tabs``,
jQuery UI ``ui-tabs-nav`` and the code groups of other generators. The
labels are controls that switch the panel shown; kept, they read as a line of
stray words ("PythonJavaScript") above the code. The panels are the page's
own and stay.

A list box of choices (``role="listbox"``, its ``role="option"`` items: a
language picker over a code sample) is such a control too.

This step (HTML, before the article is located) drops the blocks of a tab
bar: an element whose role is ``tablist`` or ``listbox`` or whose class names a bar of tabs
(:data:`BAR_CLASSES`: whole class tokens, not a word inside one, since the
wrapper of bar and panels, ``tabs-container``, ``tabbed-set``, also says
"tab"), holding at least :data:`MIN_LABELS` labels, each short
(:data:`MAX_LABEL_CHARS`), and nothing else: no code, no heading, no longer
text (a "tab" role an accordion gives its questions has one label per list
and stays).
"""
from __future__ import annotations

from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.blocks import describe_element
from newsclean.document import Document
from newsclean.patterns import marked_boxes

__all__ = ["is_tab_bar"]

# --- vocabulary -------------------------------------------------------------------------
#: Roles of a bar of tabs (WAI-ARIA), and of a list box of choices (a language picker over code).
BAR_ROLES = frozenset(("tablist", "listbox"))
#: Whole class tokens (lower case) of a bar of tabs in documentation and blog generators.
BAR_CLASSES = frozenset((
    "tabs", "tablist", "tab-list", "tabs-list", "tabs__list", "tab-labels", "tabs-labels", "tabbed-labels",
    "nav-tabs", "tab-nav", "tabs-nav", "ui-tabs-nav", "tab-bar", "tabbar", "tabs-bar", "tab-buttons",
    "tabs-buttons", "tab-header", "tabs-header", "tab-headers", "code-tabs-header", "code-tabs-list",
    "code-group-tabs", "codetabs-header", "language-tabs", "lang-tabs", "tab-triggers", "tabs-triggers",
))
#: Parts of class/role tokens that make a block worth a look (the cheap first look).
_PARTS = frozenset(("tab", "tabs", "tablist", "tabbed", "tabbar", "listbox"))

#: Fewest labels a bar holds (one "tab" alone is an accordion's question or a heading).
MIN_LABELS = 2
#: Longest label (characters).
MAX_LABEL_CHARS = 40
#: Longest bar (characters of all its labels).
MAX_BAR_CHARS = 240
_TEXT_KINDS = frozenset(("paragraph", "list_item"))


def is_tab_bar(tokens: tuple[str, ...]) -> bool:
    """True when an element's own class/id/role tokens name a bar of tabs."""
    return not BAR_ROLES.isdisjoint(tokens) or not BAR_CLASSES.isdisjoint(tokens)


def _named_by(element: Any) -> str:
    """What names an element a tab bar, for the reason: ``role 'tablist'`` or ``class 'nav-tabs'``."""
    role = (element.get("role") or "").lower().split()
    for tok in role:
        if tok in BAR_ROLES:
            return f"role {tok!r}"
    for tok in (element.get("class") or "").lower().split():
        if tok in BAR_CLASSES:
            return f"class {tok!r}"
    return describe_element(element)


def _labels(element: Any, blocks: list[Any]) -> int:
    """How many labels the bar shows: its blocks, or the labelled children of a one-line bar."""
    if len(blocks) >= MIN_LABELS:
        return len(blocks)
    return sum(1 for child in element if isinstance(child.tag, str) and "".join(child.itertext()).strip())


def _drop_tab_bars(doc: Document) -> None:
    for box in marked_boxes(doc.blocks, _PARTS, accept=is_tab_bar):
        blocks = [b for b in box.blocks if b.dropped is None]
        if not blocks or sum(b.chars for b in blocks) > MAX_BAR_CHARS or any(b.kind not in _TEXT_KINDS or b.chars > MAX_LABEL_CHARS
                                            for b in blocks):
            continue
        if _labels(box.element, blocks) < MIN_LABELS:
            continue
        where = f"{describe_element(box.element)}, {_named_by(box.element)}"
        for b in blocks:
            doc.drop(b, "tabs", f"label of a tab bar ({where}): a control that switches the panel shown",
                     region="tabs")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("bars", _drop_tab_bars, order=310, stage="blocks", kind="tabs", input_kinds=("html",),
                  description="labels of tab bars above tabbed code or text (npm Yarn pnpm, Python Go)"))

"""Step: one named unit of cleaning work that a plugin registers.

Order bands (lower runs first; ties broken by name):

====  =====================================================================
stage ``tree`` (HTML only, before blocks exist)
50    reading metadata from the tree as parsed (``<title>``, ``<meta>``, JSON-LD),
      before anything is pruned
100   hidden elements
150   page chrome: whole subtrees of navigation, footers, comments, widgets
170   dialogs found by their text (consent overlays whose classes say nothing)
stage ``blocks`` (HTML and text dumps alike)
100   metadata from the blocks (title candidates)
200   header lines: source, timestamps, bylines, counters
300   widgets: share and tool bars, ad blocks
350   gambling/SEO spam listings and teasers
400   related and hot lists, disclaimers
500   finding the article among what is left (HTML: content; dumps: textdump)
550   paragraph kinds the markup does not give (headings, list items)
700   the title repeated in the body, orphaned list headings
900   normalisation and last checks
====  =====================================================================

Specific noise steps run before the article is located, so that what they
take is recorded under its own kind (``spam``, ``related`` ...) rather than
as generic boilerplate, and so that the locator sees a page with less noise.
Steps that only read values (metadata) may read dropped blocks too.
"""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Callable

from .hosts import match_form

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document

__all__ = ["Step", "STAGES", "SITE_SCORE_BONUS", "domain_matches"]

STAGES = ("tree", "blocks")
#: Metadata proposed by a domain-scoped (site) step outranks generic guesses by this much.
SITE_SCORE_BONUS = 100.0


@dataclass(frozen=True)
class Step:
    """A cleaning step.

    name: unique within its plugin (shown as ``plugin:name``).
    func: called as ``func(document)``; marks blocks with ``document.drop``
        and proposes metadata with ``document.meta.propose``.
    order: position in its stage (see the module docstring for the bands).
    stage: ``"tree"`` (HTML only, before blocks are built) or ``"blocks"``.
    kind: the kind of noise the step removes (documentation and listing).
    domains: when set, the step runs only on pages of these domains
        (``example.com`` exact or any subdomain, ``*.example.com`` subdomains only).
    input_kinds: which inputs it runs on (``html``, ``text``).
    """

    name: str
    func: "Callable[[Document], None]"
    order: int = 500
    stage: str = "blocks"
    kind: str = ""
    domains: tuple[str, ...] = ()
    input_kinds: tuple[str, ...] = ("html", "text")
    plugin: str = field(default="", compare=False)
    description: str = ""

    def __post_init__(self) -> None:
        if self.stage not in STAGES:
            raise ValueError(f"step {self.name!r}: stage must be one of {STAGES}, not {self.stage!r}")
        if isinstance(self.domains, str):
            object.__setattr__(self, "domains", (self.domains,))

    @cached_property
    def qualname(self) -> str:
        # (kept in the instance's __dict__ after the first read, outside the fields: the pipeline
        # reads it for every step of every page; name and plugin are frozen, so it cannot go stale)
        return f"{self.plugin}:{self.name}" if self.plugin else self.name

    def applies_to(self, site: str | None, input_kind: str) -> bool:
        if input_kind not in self.input_kinds:
            return False
        if not self.domains:
            return True
        return site is not None and any(domain_matches(site, d) for d in self.domains)


def domain_matches(host: str, pattern: str) -> bool:
    """``example.com`` matches it and its subdomains; ``.example.com`` and
    ``*.example.com`` match subdomains only; other globs use fnmatch."""
    host = match_form(host)  # IDN hosts compare in their punycode form, whichever form is given
    if host.startswith("www."):
        host = host[4:]
    p = pattern.strip().lower()
    lead = next((x for x in ("*.", ".") if p.startswith(x)), "")
    rest = p[len(lead):]
    p = lead + (rest.rstrip(".") if any(c in rest for c in "*?[") else match_form(rest))
    if p.startswith("www."):
        p = p[4:]
    if p.startswith("*."):
        return host.endswith(p[1:])
    if p.startswith("."):
        return host.endswith(p)
    if any(c in p for c in "*?["):
        return fnmatch.fnmatch(host, p)
    return host == p or host.endswith("." + p)

"""Unrendered template placeholders (``{{ article.title }}``, ``{% if user %}``, ``${price}``).

Pages that fill themselves in the browser ship their client-side templates in the HTML:
when the script does not run (an archive copy, a scraper), the reader-facing text still
holds the placeholders (``This story appears in the {{issue.date}} issue of
{{issue.name}}.``). Such a line is a template of the page's machinery, not prose.

This step (before the article is located) drops a block when most of its characters
(:data:`MIN_SHARE`) sit inside template expressions (:data:`EXPRESSIONS`: mustache and
Jinja/Django ``{{ }}``/``{% %}``/``{# #}``, ``${ }``, ``[[ ]]``) whose inside reads as a
name, a path or a filter chain (``a.b[0] | date``), not as words of prose. Code blocks
(``<pre>``), quotations and blocks holding inline code (``<code>``, :data:`CODE_TAGS`) stay: a
tutorial shows templates on purpose. HTML only: a text dump has lost the markup that tells a
tutorial's code from a leaked template, so its lines are left as they are.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.document import Document

__all__ = ["template_share"]

# --- vocabulary (language-free: template syntaxes) --------------------------------------
#: Opening and closing marks of a template expression.
EXPRESSIONS = (("{{", "}}"), ("{%", "%}"), ("{#", "#}"), ("${", "}"), ("[[", "]]"))
#: Least share of a block's non-space characters inside template expressions.
MIN_SHARE = 0.5
#: Longest inside of one expression (characters).
MAX_EXPRESSION_CHARS = 200
#: Block kinds that show a template rather than leak one.
_QUOTING_KINDS = frozenset(("code", "quote"))
#: Inline elements that show code: a block holding (or inside) one shows its templates on purpose.
CODE_TAGS = frozenset(("code", "tt", "kbd", "samp", "var", "pre"))

# The inside of an expression: names, paths, calls, filters, operators and quoted literals;
# no sentence (no run of three space-separated plain words, see _PROSE_RUN).
_INSIDE = r"[\w.\[\]()|:'\"=<>!,+*/\- ]{1,%d}" % MAX_EXPRESSION_CHARS
_EXPRESSION = re.compile("|".join(
    rf"{re.escape(a)}\s*{_INSIDE}?\s*{re.escape(b)}" for a, b in EXPRESSIONS))
_PROSE_RUN = re.compile(r"[^\W\d_]{2,} [^\W\d_]{2,} [^\W\d_]{2,} [^\W\d_]{2,}")
_OPENERS = tuple(a for a, _ in EXPRESSIONS)


def template_share(text: str) -> float:
    """Share of the text's non-space characters inside template expressions (0.0 to 1.0)."""
    total = len("".join(text.split()))
    if not total:
        return 0.0
    inside = 0
    for m in _EXPRESSION.finditer(text):
        if _PROSE_RUN.search(m.group()) is None:
            inside += len("".join(m.group().split()))
    return inside / total


def _shows_code(path: tuple[Any, ...]) -> bool:
    """True when the block's element is or sits in a code element, or holds one."""
    if not path:
        return False
    if any(isinstance(el.tag, str) and el.tag in CODE_TAGS for el in path):
        return True
    return any(isinstance(el.tag, str) and el.tag in CODE_TAGS for el in path[-1].iter())


def _drop_templates(doc: Document) -> None:
    for b in doc.blocks:
        if b.dropped is not None or b.kind in _QUOTING_KINDS or not any(o in b.text for o in _OPENERS):
            continue
        if _shows_code(b.path):
            continue
        share = template_share(b.text)
        if share >= MIN_SHARE:
            doc.drop(b, "template", f"an unrendered client-side template ({share:.0%} of its characters "
                                    "are placeholders such as {{ name }})")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("templates", _drop_templates, order=305, stage="blocks", kind="template", input_kinds=("html",),
                  description="unrendered template placeholders ({{ name }}, {% tag %}, ${value})"))

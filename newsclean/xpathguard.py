"""A cost bound for XPaths that come from data (site rules).

libxml2 evaluates a predicate once per candidate node, so a path inside a
predicate that scans the whole document (``//*[count(//*) > 1]``) costs
``n²`` node visits, and one nested in another ``n³``: 5 s on a page of
1,200 elements, hours on a large one. XPath evaluation cannot be
interrupted, so the bound is set before evaluation, from the expression's
shape:

* at rule-load time (:func:`xpath_problem`): expressions longer than
  :data:`MAX_XPATH_CHARS`, predicates nested deeper than
  :data:`MAX_PREDICATE_DEPTH`, and whole-document scans nested in the
  predicates of other whole-document scans are refused;
* on each page (:func:`estimated_visits`): the shape's cost is estimated
  from the page's element count, sibling counts and depth, and the
  expression is not evaluated when it would exceed :data:`VISIT_BUDGET`.

What counts as a scan inside a predicate (string literals are skipped):

* the whole document (cost: the page's elements): an absolute path
  (``[count(//p) > 3]``, ``[. = /html/@lang]``), ``..//`` or ``//`` after an
  ``ancestor`` step, the ``preceding::`` and ``following::`` axes;
* the siblings (cost: the siblings of an element, on average weighted by their count): ``preceding-sibling::``,
  ``following-sibling::``;
* the node's subtree (cost: the tree's depth): ``.//p``, ``descendant::p``, ``p//a``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["XPathShape", "xpath_shape", "xpath_problem", "estimated_visits", "tree_stats",
           "MAX_XPATH_CHARS", "MAX_PREDICATE_DEPTH", "VISIT_BUDGET"]

#: Longest rule XPath accepted (real site rules stay far below).
MAX_XPATH_CHARS = 1000
#: Deepest nesting of predicates accepted (``a[b[c[d[e]]]]`` is 4).
MAX_PREDICATE_DEPTH = 4
#: Whole-document scans nested in one another's predicates: one level is accepted (and
#: bounded per page), two (``//*[count(//*[count(//*) > 0]) > 0]``) are refused.
MAX_NESTED_SCANS = 1
#: Estimated node visits above which a rule XPath is not evaluated on a page.
VISIT_BUDGET = 10_000_000

_PATH_START = set("[(,|=<>!+-*") | {"", " "}  # a '/' after these begins a new (absolute) path
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:*@()]")
# Axis names -> kind of scan (checked longest first).
_AXES = (("preceding-sibling::", "sibling"), ("following-sibling::", "sibling"),
         ("descendant-or-self::", "subtree"), ("descendant::", "subtree"),
         ("preceding::", "document"), ("following::", "document"))


@dataclass
class _Frame:
    """One predicate ``[...]``: the scans made directly in it and the predicates nested in it."""

    scans: list[str] = field(default_factory=list)
    children: list["_Frame"] = field(default_factory=list)

    def nested_document_scans(self) -> int:
        own = 1 if "document" in self.scans else 0
        return own + max((c.nested_document_scans() for c in self.children), default=0)

    def depth(self) -> int:
        return 1 + max((c.depth() for c in self.children), default=0)

    def visits(self, stats: tuple[int, float, int]) -> float:
        """Node visits one evaluation of this predicate costs (an estimate)."""
        n, siblings, depth = stats
        size = {"document": n, "sibling": siblings, "subtree": depth}
        inner = 1.0 + sum(c.visits(stats) for c in self.children)
        scanned = sum(size[s] for s in self.scans) or 1
        return 1.0 + scanned * inner


@dataclass
class XPathShape:
    """What :func:`xpath_shape` found in an expression."""

    chars: int
    predicates: list[_Frame]
    unbalanced: bool = False

    @property
    def depth(self) -> int:
        return max((f.depth() for f in self.predicates), default=0)

    @property
    def nested_scans(self) -> int:
        return max((f.nested_document_scans() for f in self.predicates), default=0)

    @property
    def scans(self) -> bool:
        """Whether any predicate scans beyond its node (the per-page estimate is needed)."""
        stack = list(self.predicates)
        while stack:
            f = stack.pop()
            if f.scans:
                return True
            stack.extend(f.children)
        return False


def xpath_shape(expr: str) -> XPathShape:
    """Read the predicate structure and the scans inside predicates of ``expr``."""
    top: list[_Frame] = []
    stack: list[_Frame] = []
    quote = ""
    i, n = 0, len(expr)
    unbalanced = False
    while i < n:
        c = expr[i]
        if quote:
            if c == quote:
                quote = ""
            i += 1
            continue
        if c in "'\"":
            quote = c
        elif c == "[":
            f = _Frame()
            (stack[-1].children if stack else top).append(f)
            stack.append(f)
        elif c == "]":
            if stack:
                stack.pop()
            else:
                unbalanced = True
        elif stack:
            kind = _scan_at(expr, i)
            if kind:
                stack[-1].scans.append(kind)
                i += 2 if c == "/" else 1
                continue
        i += 1
    return XPathShape(len(expr), top, unbalanced or bool(stack))


def _prev(expr: str, i: int) -> str:
    j = i - 1
    while j >= 0 and expr[j] == " ":
        j -= 1
    return expr[j] if j >= 0 else ""


def _scan_at(expr: str, i: int) -> str:
    """The kind of scan starting at ``expr[i]`` inside a predicate, or ''."""
    c = expr[i]
    if c == "/":
        before = _prev(expr, i)
        if expr.startswith("//", i):
            if before == "." and _prev(expr, i - 1 if expr[i - 1] == "." else i) != ".":
                return "subtree"  # .//x
            if before in _PATH_START:
                return "document"  # //x inside a predicate
            start = _path_start(expr, i)
            step = expr[start:i]
            return "document" if (".." in step or "ancestor" in step) else "subtree"
        if before in _PATH_START:
            return "document"  # /html/..., string(/)
        return ""
    for axis, kind in _AXES:
        if expr.startswith(axis, i) and (i == 0 or expr[i - 1] not in "-abcdefghijklmnopqrstuvwxyz"):
            return kind
    return ""


def _path_start(expr: str, i: int) -> int:
    """Where the location path that ``expr[i]`` belongs to starts (back to a delimiter)."""
    j = i - 1
    depth = 0
    while j >= 0:
        c = expr[j]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and c in ",|=<>! ":
            break
        j -= 1
    return j + 1


def xpath_problem(expr: str) -> str:
    """Why a rule XPath is refused before any page is seen ('' when it is accepted)."""
    if len(expr) > MAX_XPATH_CHARS:
        return f"too long ({len(expr)} characters, at most {MAX_XPATH_CHARS})"
    shape = xpath_shape(expr)
    if shape.depth > MAX_PREDICATE_DEPTH:
        return f"predicates nested {shape.depth} deep (at most {MAX_PREDICATE_DEPTH})"
    if shape.nested_scans > MAX_NESTED_SCANS:
        return ("too expensive: a whole-document path inside the predicate of another "
                "(cost grows as elements to the power of 3 or more)")
    return ""


def tree_stats(root: Any) -> tuple[int, float, int]:
    """(elements, siblings of an element on average, depth) of an lxml tree, in one pass.

    The sibling average is weighted as a sibling axis costs: the sum over
    parents of their children squared, divided by the elements.
    """
    elements = depth = 0
    squares = 0
    stack = [(root, 1)]
    while stack:
        el, d = stack.pop()
        elements += 1
        kids = [c for c in el if isinstance(c.tag, str)]
        squares += len(kids) * len(kids)
        depth = max(depth, d)
        stack.extend((c, d + 1) for c in kids)
    return elements, squares / max(elements, 1), depth


def estimated_visits(shape: XPathShape, stats: tuple[int, float, int]) -> float:
    """Node visits an expression of this shape may cost on a page with these stats."""
    n = stats[0]
    return n * (1.0 + sum(f.visits(stats) for f in shape.predicates))

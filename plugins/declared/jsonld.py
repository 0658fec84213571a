"""The page's JSON-LD: every object of its scripts (bounded, bad JSON skipped), and the ones that
describe the article itself (``NewsArticle``, ``BlogPosting`` ... else a ``WebPage``)."""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

from lxml import etree

#: JSON-LD types that describe the article itself.
ARTICLE_TYPES = frozenset(
    "newsarticle article blogposting reportagenews analysisnewsarticle opinionnewsarticle "
    "backgroundnewsarticle reviewnewsarticle askpublicnewsarticle liveblogposting "
    "socialmediaposting scholarlyarticle techarticle report discussionforumposting "
    "posting creativework medicalwebpage claimreview reportagenewsarticle howto recipe".split())

#: Type endings that make any (also a site's own) type an article: "ReportageNewsArticle", "SomePosting".
ARTICLE_TYPE_ENDINGS = ("article", "posting")

#: Types read only when no article object gives the value.
PAGE_TYPES = frozenset("webpage itempage collectionpage aboutpage".split())

PERSON_TYPES = frozenset(("person",))

ORG_TYPES = frozenset("organization newsmediaorganization corporation ngo educationalorganization "
                      "governmentorganization brand website".split())

MAX_JSONLD_SCRIPTS = 12

MAX_JSONLD_CHARS = 200_000

MAX_JSON_NODES = 5_000

_JSONLD_START = etree.XPath("""contains(substring(string(.), 1, 120), '"@context"')
    and contains(substring(string(.), 1, 160), 'schema.org')
    and (starts-with(normalize-space(substring(string(.), 1, 20)), '{')
         or starts-with(normalize-space(substring(string(.), 1, 20)), '['))""")


def _untyped_jsonld(el: Any) -> bool:
    """A ``<script>`` without a type whose text is a schema.org JSON-LD object (``{"@context":
    "https://schema.org", ...}``): what some pages write, leaving the type out."""
    if el.get("type") is not None or el.get("src") is not None:
        return False
    if len(el):  # (a script holding elements: its string value is more than its text)
        return bool(_JSONLD_START(el))
    # (the same test in Python on the text, which a script of an HTML tree holds all of: one copy
    # of it, where the XPath copied it and counted its characters for each substring())
    head = (el.text or "")[:160]
    return head[:20].lstrip(_XML_SPACE)[:1] in ("{", "[") and '"@context"' in head[:120] and "schema.org" in head


#: The characters XPath's normalize-space() strips (XML whitespace).
_XML_SPACE = " \t\r\n"


def _jsonld_objects(root: Any, scripts: list[Any] | None = None, untyped: bool = False) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts (bounded, bad JSON skipped).

    ``scripts``: the page's ``<script>`` elements, when already found. ``untyped``: read
    instead the scripts without a type that hold JSON-LD (:func:`_untyped_jsonld`).
    """
    seen = 0
    budget = MAX_JSONLD_CHARS
    for el in root.iter("script", "{*}script") if scripts is None else scripts:
        if not (_untyped_jsonld(el) if untyped else "ld+json" in (el.get("type") or "").lower()):
            continue
        seen += 1
        if seen > MAX_JSONLD_SCRIPTS:
            break
        text = (el.text or "").strip()
        if not text or len(text) > budget:
            continue
        budget -= len(text)
        data = _loads(text)
        if data is None:
            continue
        nodes = 0
        stack = [data]
        while stack and nodes < MAX_JSON_NODES:
            item = stack.pop()
            nodes += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                    sub = item.get(key)
                    if isinstance(sub, (list, dict)):
                        stack.append(sub)

_HTML_COMMENT_MARKS = re.compile(r"^\s*<!--|-->\s*$")

#: At most this many JSON values are read from a script that holds several one after the other.
MAX_LEADING_VALUES = 16
#: What may stand between (or after) such values: a stray closing brace, a comma, a semicolon.
_BETWEEN_VALUES = " \t\r\n,;}]"
_DECODER = json.JSONDecoder(strict=False)


def _leading_values(text: str) -> Any:
    """The JSON values a script holds one after the other, where ``json.loads`` stops at "extra data":
    two objects without the array around them, or an object and a stray closing brace after it. The
    first value alone, or the list of them; None when the first is not JSON. Bounded: at most
    :data:`MAX_LEADING_VALUES` values, each character read once."""
    out: list[Any] = []
    pos, end = 0, len(text)
    while pos < end and len(out) < MAX_LEADING_VALUES:
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except (ValueError, RecursionError):
            break
        out.append(value)
        while pos < end and text[pos] in _BETWEEN_VALUES:
            pos += 1
    if not out:
        return None
    return out[0] if len(out) == 1 else out


def _loads(text: str) -> Any:
    if "<!--" in text or "-->" in text:  # (the pattern runs over the whole text: only when it can match)
        text = _HTML_COMMENT_MARKS.sub("", text)
    text = text.strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # a value read whole, then more: read the values one by one
            return _leading_values(text)
    except (ValueError, RecursionError):
        pass
    try:  # a common fault: trailing commas
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except (ValueError, RecursionError):
        pass
    if "//" not in text and "CDATA" not in text:
        return None
    # script comments: "//" lines ("// "mainEntityOfPage": {"), a comment after a value ("5" // note),
    # the CDATA marks of an older page ("//<![CDATA[ … //]]>")
    tidy = _CDATA_MARKS.sub("", text) if "CDATA" in text else text
    tidy = _TRAILING_COMMA.sub(r"\1", _SCRIPT_COMMENT.sub("", tidy))
    try:
        return json.loads(tidy, strict=False)
    except (ValueError, RecursionError):
        return None


_TRAILING_COMMA = re.compile(r",\s*([}\]])")
#: A "//" comment line, or a comment after a value to the end of its line (no quote in it: never a
#: string's "https://"); the run of blanks before it is matched from its start (linear).
_SCRIPT_COMMENT = re.compile(r"^[ \t]*//[^\n]*$|(?<=[\d\"\]},el])(?<![ \t])[ \t]+//[^\n\"]*$", re.M)
_CDATA_MARKS = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")

def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()

def _article_objects(jsonld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    arts = [o for o in jsonld if _types(o) & ARTICLE_TYPES or any(t.endswith(ARTICLE_TYPE_ENDINGS)
                                                                for t in _types(o))]
    return arts or [o for o in jsonld if _types(o) & PAGE_TYPES]

"""Host names as newsclean matches them: validated, IDN converted to punycode.

A site can be named in its Unicode form (``新闻.中国``) or its ASCII form
(``xn--fiq228c.xn--fiqs8s``); a URL can carry either. Everything that
matches hosts (site rules, scaffolded site plugins) compares the ASCII
form, so a rule written for one form applies to pages of the other.
"""
from __future__ import annotations

import re
from encodings.idna import ToASCII, ToUnicode
from functools import lru_cache

__all__ = ["HostError", "ascii_host", "unicode_host", "host_forms", "match_form", "MAX_HOST_CHARS", "registrable",
           "host_of"]

#: DNS limits: a whole name and one label.
MAX_HOST_CHARS = 253
MAX_LABEL_CHARS = 63
# Letters, digits and inner hyphens; '_' is tolerated outside strict mode
# (it occurs in real host names although DNS host rules exclude it).
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_LABEL_LENIENT = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")


class HostError(ValueError):
    """A string that is not a host name (the message says why)."""


def ascii_host(host: str, *, strict: bool = True) -> str:
    """The lower-case ASCII (punycode) form of ``host``; raises :class:`HostError`.

    Accepts Unicode labels (converted with IDNA) and a trailing dot. Refuses
    schemes, paths, ports, spaces, quotes and any other character a host
    name cannot hold, empty labels and over-long names. ``strict=False``
    also accepts ``_`` in labels.
    """
    if not isinstance(host, str):
        raise HostError(f"host must be a string, not {type(host).__name__}")
    if len(host) > 4 * MAX_HOST_CHARS:
        raise HostError(f"host name of {len(host)} characters is too long (at most {MAX_HOST_CHARS})")
    h = host.strip().rstrip(".").lower()
    h = h.replace("\u3002", ".").replace("\uff0e", ".").replace("\uff61", ".")  # ideographic full stops
    if not h:
        raise HostError("host name is empty")
    pattern = _LABEL if strict else _LABEL_LENIENT
    labels = []
    for label in h.split("."):
        if not label:
            raise HostError(f"host name {host!r} has an empty label")
        if not label.isascii():
            try:
                label = ToASCII(label).decode("ascii").lower()
            except UnicodeError as e:
                raise HostError(f"host name {host!r}: label {len(labels) + 1} is not a valid IDN label ({e})") from None
        if len(label) > MAX_LABEL_CHARS:
            raise HostError(f"host name {host!r}: a label is over {MAX_LABEL_CHARS} characters")
        if not pattern.fullmatch(label):
            raise HostError(f"host name {host!r}: label {label!r} may hold only letters, digits and inner '-'")
        labels.append(label)
    out = ".".join(labels)
    if len(out) > MAX_HOST_CHARS:
        raise HostError(f"host name {host!r} is over {MAX_HOST_CHARS} characters")
    return out


def unicode_host(host: str) -> str:
    """The Unicode form of an ASCII host (``xn--`` labels decoded); others unchanged."""
    out = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = ToUnicode(label)
            except UnicodeError:
                pass
        out.append(label)
    return ".".join(out)


def host_forms(host: str) -> list[str]:
    """``[ascii]`` or ``[ascii, unicode]`` for an IDN host (raises :class:`HostError`)."""
    a = ascii_host(host, strict=False)
    u = unicode_host(a)
    return [a] if u == a else [a, u]


@lru_cache(maxsize=4096)
def match_form(host: str) -> str:
    """The form hosts are compared in: ASCII (punycode), lower case, no trailing dot.

    Never raises: a string that is not a valid host (a glob, a typo) comes back
    lower-cased as it was, so it can only match itself.
    """
    if host.isascii():
        return host.lower().rstrip(".")
    try:
        return ascii_host(host, strict=False)
    except HostError:
        return host.lower().rstrip(".")


#: Second-level labels that, under a two-letter country code, are part of the public suffix
#: (``co.uk``, ``com.au``, ``ne.jp``): the registrable name then has three labels.
SHORT_SUFFIX_LABELS = frozenset(("co", "com", "net", "org", "ac", "gov", "edu", "or", "ne", "go", "gob", "gv",
                                 "nic", "ltd", "plc", "sch", "mil", "nom"))


def registrable(host: "str | None") -> "str | None":
    """The registrable part of a host, compared simply: lower case, no ``www.``, its last two labels,
    or three when the second-last is a short public suffix label under a two-letter country code
    (``news.example.co.uk`` -> ``example.co.uk``); None for no host. No list of hosts: two names
    of one owner under different suffixes stay two sites."""
    if not host:
        return None
    h = host.strip().rstrip(".").lower()
    if h.startswith("www."):
        h = h[4:]
    labels = h.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SHORT_SUFFIX_LABELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) if h else None


def host_of(url: "str | None") -> "str | None":
    """The host of an absolute web address (``http(s)://`` or scheme-relative ``//``), lower case; None
    for a relative address, another scheme (``mailto:``) or one that does not parse."""
    if not url:
        return None
    u = url.strip()
    low = u[:8].lower()
    if low.startswith("//"):
        rest = u[2:]
    elif low.startswith("http://"):
        rest = u[7:]
    elif low.startswith("https://"):
        rest = u[8:]
    else:
        return None
    end = len(rest)
    for ch in "/?#\\":
        k = rest.find(ch, 0, end)
        if k >= 0:
            end = k
    host = rest[:end].rpartition("@")[2]
    if host.startswith("["):
        return None  # (an IP v6 address names no site to compare)
    host = host.partition(":")[0].rstrip(".").lower()
    return host if "." in host else None

"""Server error messages printed into the page (``Warning: … in /var/www/x.php on line 12``).

A misconfigured site prints its script errors into the HTML it serves: PHP writes
``Deprecated: Function ereg() is deprecated in /home/site/wp-includes/x.php on line 55``,
``Strict Standards: Non-static method … should not be called statically in … on line 813``,
``Notice: Undefined index: id in C:\\xampp\\htdocs\\page.php on line 7``, often dozens of them
above the article or between its paragraphs. They are no text of the page's author; kept,
they can outweigh a short article and mislead the locator.

This step (before the article is located) drops a block that is only such messages: each
opened by one of PHP's labels (:data:`LABELS`, written by PHP itself, in English whatever
the page's language) and closed by ``in <file path> on line <n>``. A message quoted in
code (``<pre>``) or a quotation, as a programming tutorial or a forum post shows one, stays.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Document

__all__ = ["is_server_error"]

# --- vocabulary -------------------------------------------------------------------------
#: The labels PHP opens an error message with (``display_errors``; ``PHP `` before them in CLI logs).
LABELS = ("Warning", "Notice", "Deprecated", "Strict Standards", "Fatal error", "Parse error",
          "Catchable fatal error", "Recoverable fatal error", "User Warning", "User Notice", "User Deprecated")

#: Longest message (characters); a block may hold several (printed without ``<br>``).
MAX_MESSAGE_CHARS = 600
#: Longest block looked at (characters).
MAX_BLOCK_CHARS = 20_000

_LABEL = "|".join(re.escape(x) for x in sorted(LABELS, key=len, reverse=True))
# Where a message ends: a file path (Unix, Windows) or PHP's "Unknown", then the line number.
_WHERE = re.compile(r"\sin\s+(?:/\S*|[A-Za-z]:\\\S*|Unknown)\s+on\s+line\s+\d+\.?")
# One message up to its end, opened by a label.
_MESSAGE = re.compile(rf"\s*(?:PHP\s+)?(?:{_LABEL})\s*:\s+\S.*", re.S)
#: Block kinds that quote a message rather than print one.
_QUOTING_KINDS = frozenset(("code", "quote"))


def is_server_error(text: str) -> bool:
    """True when the whole text is one or more script error messages (``Warning: … in /x.php on line 3``).

    The text is cut after each ``in <file> on line <n>`` (one linear search); every piece must be
    a message opened by a label, and nothing but space may follow the last one.
    """
    if " on line " not in text or len(text) > MAX_BLOCK_CHARS:
        return False
    start = 0
    for m in _WHERE.finditer(text):
        piece = text[start:m.end()]
        if len(piece) > MAX_MESSAGE_CHARS or _MESSAGE.match(piece) is None:
            return False
        start = m.end()
    return start > 0 and not text[start:].strip()


def _drop_server_errors(doc: Document) -> None:
    for b in doc.blocks:
        if b.dropped is None and b.kind not in _QUOTING_KINDS and " on line " in b.text and is_server_error(b.text):
            doc.drop(b, "server-error", "a script error message the server printed into the page "
                                        "(… in <file> on line <n>)")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_server_errors, order=300, stage="blocks", kind="server-error",
                  description="script error messages printed into the page (Warning: … in /x.php on line 12)"))

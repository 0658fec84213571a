"""servererrors: script error messages a server printed into the page go, under their own kind;
a message quoted in code or a sentence about one stays. Pages written for these tests."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.servererrors import is_server_error

PARAS = (
    "Der Verein hat am Samstag sein neues Bootshaus am See eröffnet. Nach zwei Jahren Bauzeit "
    "stehen dort nun Platz für zwanzig Boote, eine Werkstatt und ein Raum für die Jugendgruppe bereit.",
    "Die Kosten von rund 400.000 Euro trugen der Verein, die Gemeinde und eine Stiftung zu gleichen "
    "Teilen. Viele Mitglieder hatten zudem an den Wochenenden selbst mit angepackt.",
    "Zur Eröffnung kamen mehr als zweihundert Gäste. Die Kinder der Jugendgruppe tauften das erste "
    "Boot auf den Namen des Gründers, der den Verein vor fünfzig Jahren ins Leben gerufen hatte.",
)


@pytest.mark.parametrize("line", [
    "Strict Standards: Non-static method Gallery::get_option() should not be called statically in "
    "/www/htdocs/site/wp-content/plugins/gallery/functions.php on line 813",
    "Deprecated: Function ereg() is deprecated in /var/www/html/lib/db.php on line 55",
    "Notice: Undefined index: id in C:\\xampp\\htdocs\\page.php on line 7",
    "Warning: Use of undefined constant VERSION - assumed 'VERSION' (this will throw an Error in a future "
    "version of PHP) in /home/site/public_html/wp-content/themes/t/functions.php on line 12",
    "Warning: Cannot modify header information in Unknown on line 0",
    "PHP Fatal error: Allowed memory size exhausted in /srv/app/index.php on line 3",
    # several printed without a line break between them
    "Notice: Undefined variable: a in /var/www/a.php on line 3 Notice: Undefined variable: b in /var/www/a.php on line 4",
])
def test_messages(line):
    assert is_server_error(line)


@pytest.mark.parametrize("line", [
    "Warning: the storm will reach the coast in the night, the weather service said on line 3 of its bulletin.",
    "Warning: x in /a.php on line 3 and then the article goes on after the message.",
    "Die Meldung „Warning: … in /var/www/a.php on line 3“ erscheint, wenn PHP eine Konstante nicht kennt.",
    "Hinweis: Die Straße bleibt bis Montag gesperrt.",
])
def test_not_messages(line):
    assert not is_server_error(line)


def test_a_hostile_block_is_judged_in_linear_time():
    # Many message ends and no message: judged piece by piece, never by backtracking.
    assert not is_server_error("Warning: a in /a on line 1 " * 600 + "und der Text geht weiter")


def _page(before: str, after: str = "") -> str:
    return ("<html><head><title>Neues Bootshaus eröffnet</title></head><body>" + before +
            "<article><h1>Neues Bootshaus eröffnet</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + after +
            "</article></body></html>")


def test_messages_above_the_page_are_dropped_as_server_errors():
    errors = "".join(
        f"<br /><b>Strict Standards</b>:  Non-static method Gallery::get_option() should not be called "
        f"statically in <b>/www/htdocs/site/wp-content/plugins/gallery/functions.php</b> on line <b>{n}</b><br />"
        for n in range(800, 812))
    art = newsclean.clean(_page(errors))
    for p in PARAS:
        assert p in art.text
    assert "Strict Standards" not in art.text
    removed = [r for r in art.removed if "Strict Standards" in r.text]
    assert removed and {r.kind for r in removed} == {"server-error"}
    assert {r.plugin for r in removed} == {"servererrors:lines"}


def test_a_message_quoted_in_code_stays():
    code = "<pre>Warning: Undefined variable $x in /var/www/test.php on line 3</pre>"
    art = newsclean.clean(_page("", code))
    assert "Undefined variable $x in /var/www/test.php on line 3" in art.text

"""bench/devset_wac12.py: line-annotated WAC-XII documents -> a text dump and its body lines."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("devset_wac12_script", ROOT / "bench" / "devset_wac12.py")
wac = importlib.util.module_from_spec(_spec)
sys.modules["devset_wac12_script"] = wac
_spec.loader.exec_module(wac)

ANNOTATED = """\ufeff##ID 0001
## http://example.test/jardin
#0#Accueil
#1#Les tulipes   reviennent
#1#La ville a planté des bulbes
sur la place du marché.
#0#Partager
wrapped menu line
##END OF TEXT
##ID 0002
#1#Second document.
##END OF TEXT
"""


def test_documents_are_split_with_their_address() -> None:
    docs = list(wac.documents(ANNOTATED))
    assert [(d, u) for d, u, _ in docs] == [("0001", "http://example.test/jardin"), ("0002", "")]
    assert docs[0][2][0] == "#0#Accueil"


def test_marked_lines_and_their_continuations_are_the_body() -> None:
    _d, _u, lines = next(wac.documents(ANNOTATED))
    assert wac.body_lines(lines) == ["Les tulipes reviennent",
                                     "La ville a planté des bulbes sur la place du marché."]


def test_dump_keeps_every_line() -> None:
    assert wac.dump_text(["Accueil", "Les tulipes  ", "", "Partager"]) == "Accueil\nLes tulipes\n\nPartager\n"

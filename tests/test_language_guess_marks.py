"""detect_language's path for text whose only non-ASCII characters are typographic marks."""
from __future__ import annotations

import re

import pytest

from newsclean import text

_TEXTS = [
    # English with curly quotes, dashes, an ellipsis, a no-break space, a thin space
    "The minister\u2019s plan \u2014 \u201cwe will act\u201d \u2026 said on Tuesday\u00a0that the rules "
    "would be in force next year and that the agencies are ready for it.\u2009Officials were \u2018calm\u2019.",
    # German, French, Polish, Turkish, Indonesian, Vietnamese written without their letters outside
    # ASCII (as feeds and captions often are), each with marks: the function words decide
    "Der Minister sagte am Dienstag \u2013 \u201edie neuen Regeln\u201c \u2013 dass die Beh\u00f6rden "
    "und die Stadt sich auf das Jahr vorbereiten, und nicht mit dem Bund.",
    "Der Minister sagte am Dienstag \u2013 \u201edie neuen Regeln\u201c \u2013 dass die Behoerden und die "
    "Stadt sich auf das Jahr vorbereiten, und nicht mit dem Bund, als es um die Frage ging.",
    "Le ministre a dit mardi \u00ab les nouvelles regles \u00bb que les villes et la region sont pour "
    "une fois dans une situation qui est plus simple \u2026 mais pas sur le fond.",
    "Minister powiedzial we wtorek \u201enowe zasady\u201d i nie ma tego na co czekac, ale to jest "
    "po prostu tak \u2014 jak w tym roku, od kiedy sie to zaczelo.",
    "Bakan sali gunu \u201cyeni kurallar\u201d icin bir aciklama yapti ve bu da ile ama daha cok "
    "icin bir ve bu \u2014 ile de olarak.",
    "Pemerintah akan segera mengumumkan \u201ckebijakan baru\u201d untuk warga dan petani di dalam "
    "negeri, karena ini sudah menjadi janji yang tidak bisa ditunda \u2026 dan juga akan dibahas.",
    "Bo truong cho biet \u201cquy dinh moi\u201d se co hieu luc vao nam sau va cac co quan da san sang "
    "cho viec nay \u2014 cua nguoi dan la mot.",
    # words parted by no-break and thin spaces only
    "die\u00a0und\u00a0der\u00a0das\u00a0nicht\u00a0mit\u00a0dem\u2009sich\u2009auf\u2009ist\u2009ein " * 3,
    # with letters outside ASCII: the full path
    "Ông bộ trưởng cho biết các quy định mới sẽ có hiệu lực và người dân đã sẵn sàng.",
    "Minister powiedział we wtorek, że nowe zasady wejdą w życie w przyszłym roku.",
    "国务院新闻办公室今天举行发布会，介绍“十四五”规划的进展情况——记者从会上获悉。",
    "政府は火曜日、新しい規則が来年施行されると発表した。「準備はできている」と述べた。",
    "정부는 화요일 새로운 규칙이 내년에 시행된다고 발표했다 \u2014 \u201c준비됐다\u201d.",
    "Apple \u201ciPhone 16\u201d 发布会 \u2014 the new phone, 新手机将于下周上市 \u2026",
    # marks and no letter; digits only; a mark alone
    "\u201c2024\u201d \u2014 12:30 \u2026 \u00a9 \u00a0", "\u2014", "\u2019s", "12 \u2013 14",
    # nothing but ASCII
    "Officials said on Tuesday that the rules would be in force next year.",
]
_HINTS = [None, "en", "en-US", "de", "fr", "pl", "tr", "id", "vi", "pt_BR", "zh-CN", "ja", "ko", "ru", "xx"]


def _full_path(t: str, hint: str | None, monkeypatch: pytest.MonkeyPatch) -> str | None:
    with monkeypatch.context() as m:
        m.setattr(text, "_NOT_MARK", re.compile(r"[\s\S]"))  # every text takes the full path
        return text.detect_language(t, hint)


@pytest.mark.parametrize("hint", _HINTS)
def test_marks_path_gives_the_full_paths_answer(hint: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = 0
    for t in _TEXTS + [t * 40 for t in _TEXTS[:3]]:  # (long: the head read for words is a part)
        if not t.isascii() and text._NOT_MARK.search(text._not_ascii(t[:20000])) is None:
            fast += 1
        assert text.detect_language(t, hint) == _full_path(t, hint, monkeypatch), (t[:60], hint)
    assert fast >= 12  # the marks path was taken


def test_marks_path_answers() -> None:
    assert text.detect_language(_TEXTS[0]) == "en"
    assert text.detect_language(_TEXTS[2]) == "de"
    assert text.detect_language(_TEXTS[3], "en") == "fr"  # the function words overrule the declaration
    assert text.detect_language(_TEXTS[6]) == "id"
    assert text.detect_language("\u201c2024\u201d \u2014 12:30", "fr") == "fr"  # no letter: the hint
    assert text.detect_language("\u201c2024\u201d \u2014 12:30") is None


def test_marks_are_letters_of_no_script() -> None:
    for c in text._MARKS:
        assert ord(c) > 127 and not c.isalnum() and not text._LETTER_RUN.match(c), hex(ord(c))
        assert not text._LATIN_EXT_RUN.match(c) and not text._CJK.match(c), hex(ord(c))
        assert text._MARK_AS_ASCII[c] == (" " if c.isspace() else "#")
        assert text._NOT_MARK.match(c) is None
    # "#" is in no function word, so a word holding a mark is no function word either way
    assert not any("#" in w for w in text._WORD_WEIGHTS)

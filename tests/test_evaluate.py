"""``newsclean eval``: the shingle metric, dataset loading, per-language figures, worst pages."""
from __future__ import annotations

import gzip
import importlib.util
import json
import random
from pathlib import Path

import pytest

from newsclean import Cleaner, Step, hookimpl
from newsclean.cli import main
from newsclean.evaluate import (
    block_overlap,
    evaluate,
    load_pages,
    page_errors,
    score_page,
    shingles,
    summarize,
    tokenize,
)

SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "extract_eval.py"

STORY = ("The harbour authority said on Friday that the old pier will close for repairs in June. "
         "Fishing boats will use the north quay until the work is done.")
ZH_STORY = "市交通局周五表示，老码头将于六月关闭维修。渔船在工程完成前改用北码头。"


# -- metric -------------------------------------------------------------------

def test_tokens_are_lowercased_runs_and_single_cjk_characters():
    assert tokenize("Hello, World_2025! 新闻稿 café") == ["hello", "world", "2025", "新", "闻", "稿", "café"]
    assert tokenize("서울 시청") == ["서울", "시청"]  # Hangul stays in words
    assert tokenize("カタカナ") == ["カ", "タ", "カ", "ナ"]
    assert tokenize("") == [] and tokenize(None) == []


def test_shingles_of_short_and_empty_texts():
    assert shingles(["a", "b"]) == {("a", "b"): 1}
    assert not shingles([])
    assert sum(shingles(list("abcdef")).values()) == 3


def test_identical_texts_score_one_and_empty_output_has_no_precision():
    s = score_page(STORY, STORY)
    assert (s.precision, s.recall, s.exact) == (1.0, 1.0, True)
    e = score_page(STORY, "")
    assert e.empty and e.precision is None and e.recall == 0.0 and e.f1 == 0.0


def test_partial_output_precision_and_recall():
    s = score_page(STORY, STORY.split(". ")[0] + ". Subscribe to our newsletter today for more news.")
    assert 0 < s.precision < 1 and 0 < s.recall < 1


def test_summary_leaves_empty_outputs_out_of_precision():
    scores = [score_page(STORY, STORY), score_page(STORY, "")]
    m = summarize(scores)
    assert m.precision == 1.0 and m.recall == 0.5 and m.empty == 1
    assert m.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared/bench/extract_eval.py not present")
def test_agrees_with_the_shared_benchmark_scorer():
    spec = importlib.util.spec_from_file_location("extract_eval", SHARED_SCORER)
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    rng = random.Random(7)
    words = STORY.split() + list(ZH_STORY) + ["Ünïcode", "x_y", "42", "서울"]
    for _ in range(200):
        truth = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        out = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        mine, theirs = score_page(truth, out), ref.doc_scores(truth, out)
        assert (mine.tp, mine.fp, mine.fn) == (theirs["tp"], theirs["fp"], theirs["fn"])
        assert mine.precision == theirs["precision"] and mine.recall == theirs["recall"]


# -- datasets and runs ----------------------------------------------------------

def make_dataset(root: Path) -> Path:
    pages = {
        "a": ("en", f"<html><body><nav><a href='/'>Home</a></nav><article><p>{STORY}</p></article></body></html>"),
        "b": ("zh", f"<html><body><div class='con'><p>{ZH_STORY}</p></div></body></html>"),
    }
    (root / "html").mkdir(parents=True)
    gt = {}
    for pid, (lang, html) in pages.items():
        gt[pid] = {"articleBody": STORY if lang == "en" else ZH_STORY, "url": f"https://example.org/{pid}",
                   "lang": lang}
    (root / "html" / "a.html.gz").write_bytes(gzip.compress(pages["a"][1].encode()))
    (root / "html" / "b.html").write_text('<?xml version="1.0" encoding="utf-8"?>' + pages["b"][1], encoding="utf-8")
    (root / "text").mkdir()
    (root / "text" / "c.txt").write_text(f"Home | News\n\n{STORY}\n\nCopyright 2025\n", encoding="utf-8")
    gt["c"] = {"articleBody": STORY, "lang": "en"}
    (root / "ground-truth.json").write_text(json.dumps(gt), encoding="utf-8")
    return root


def test_load_pages_reads_gz_plain_and_text_and_filters(tmp_path):
    root = make_dataset(tmp_path / "ds")
    pages = list(load_pages(root))
    assert [p.id for p in pages] == ["a", "b", "c"]
    assert pages[1].content.startswith("<html>")  # the XML prolog is stripped, as the benchmark does
    assert [p.id for p in load_pages(root, only_lang="zh")] == ["b"]
    assert [p.id for p in load_pages(root, limit=1)] == ["a"]
    with pytest.raises(FileNotFoundError):
        list(load_pages(tmp_path / "nothing"))


def test_evaluate_scores_by_language(tmp_path):
    root = make_dataset(tmp_path / "ds")
    res = evaluate(root, Cleaner())
    assert res.overall.pages == 3
    assert set(res.by_lang) == {"en", "zh"}
    assert res.by_lang["zh"].pages == 1
    assert res.overall.f1 > 0.8


def test_a_page_that_fails_counts_as_empty(tmp_path):
    root = make_dataset(tmp_path / "ds")

    class Broken:
        def clean(self, page, url=None):
            raise RuntimeError("boom")

    res = evaluate(root, Broken())
    assert res.overall.empty == 3
    assert all("RuntimeError: boom" in r.error for r in res.pages)


class DropStory:
    """A test plugin that wrongly drops the story line of a text dump."""

    name = "dropstory"

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("story", self.run, order=300, kind="test", input_kinds=("text",)))

    @staticmethod
    def run(doc):
        for b in doc.blocks:
            if b.text.startswith("The harbour"):
                doc.drop(b, "test", "looks like a story", region="footer")


def test_page_errors_name_what_was_kept_and_who_dropped_what(tmp_path):
    root = make_dataset(tmp_path / "ds")
    res = evaluate(root, Cleaner(entry_points=False, plugins=[DropStory()]))
    worst = res.worst(3)
    assert worst[0].page.id == "c" and worst[0].score.f1 <= worst[-1].score.f1
    kept, dropped = page_errors(worst[0])
    assert any("Copyright 2025" in k for k in kept)
    assert dropped and "<- dropstory:story [footer]: looks like a story" in dropped[0]


def test_block_overlap():
    truth = shingles(tokenize(STORY))
    assert block_overlap(STORY[:80], truth) == 1.0
    assert block_overlap("completely unrelated words here today", truth) == 0.0
    assert block_overlap("", truth) == 0.0


# -- command line ---------------------------------------------------------------

def test_cli_prints_tables_and_worst_pages(tmp_path, capsys):
    root = make_dataset(tmp_path / "ds")
    assert main(["eval", str(root), "--worst", "2"]) == 0
    out = capsys.readouterr().out
    assert "| all | 3 |" in out and "| lang=zh | 1 |" in out
    assert "Worst 2 pages:" in out


def test_cli_json(tmp_path, capsys):
    root = make_dataset(tmp_path / "ds")
    assert main(["eval", str(root), "--json", "--only-lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["pages"] == 2 and set(data["pages"]) == {"a", "c"}


def test_cli_missing_dataset_is_a_clean_error(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing")]) == 2
    assert "no ground-truth.json" in capsys.readouterr().err


# -- issue 10.5: eval reads only the dataset's own pages, with a bound --------------------------------------

SECRET = "The launch codes are kept in the cellar behind the wine rack for safety."


def _dataset_with(tmp_path, gt: dict) -> "Path":
    root = tmp_path / "ds"
    (root / "html").mkdir(parents=True)
    (root / "ground-truth.json").write_text(json.dumps(gt), encoding="utf-8")
    return root


@pytest.mark.parametrize("pid", ["../../secret", "../secret", "/tmp/secret", "a/../../secret", "..", "x\x00y"])
def test_a_page_id_that_is_a_path_is_not_read(tmp_path, capsys, pid):
    (tmp_path / "secret.html").write_text(f"<html><body><p>{SECRET}</p></body></html>", encoding="utf-8")
    (tmp_path / "ds" / "secret.html").parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "ds" / "secret.html").write_text(f"<html><body><p>{SECRET}</p></body></html>", encoding="utf-8")
    root = _dataset_with(tmp_path, {pid: {"articleBody": "x"}})
    pages = list(load_pages(root))
    assert pages[0].content == "" and "not a plain file name" in pages[0].problem
    assert main(["eval", str(root)]) == 0
    out = capsys.readouterr().out
    assert "cellar" not in out and "not a plain file name" in out


def test_a_page_file_linking_outside_the_dataset_is_not_read(tmp_path, capsys):
    (tmp_path / "secret.html").write_text(f"<html><body><p>{SECRET}</p></body></html>", encoding="utf-8")
    root = _dataset_with(tmp_path, {"a": {"articleBody": "x"}})
    (root / "html" / "a.html").symlink_to(tmp_path / "secret.html")
    assert "outside the dataset" in next(load_pages(root)).problem
    assert main(["eval", str(root)]) == 0
    assert "cellar" not in capsys.readouterr().out


def test_gzip_pages_are_decompressed_with_a_bound(tmp_path, monkeypatch):
    import zlib

    import newsclean.evaluate as ev

    root = _dataset_with(tmp_path, {"bomb": {"articleBody": "x"}, "ok": {"articleBody": STORY}})
    (root / "html" / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 30_000_000 + b"</p>"))
    page = f"<html><body><p>{STORY}</p></body></html>".encode()
    # two gzip members make one page, as gzip -c a b does
    (root / "html" / "ok.html.gz").write_bytes(gzip.compress(page[:20]) + gzip.compress(page[20:]))
    produced = []
    real = zlib.decompressobj

    class Counting:
        def __init__(self, *a, **k):
            self.z = real(*a, **k)

        def decompress(self, data, max_length=0):
            out = self.z.decompress(data, max_length)
            produced.append(len(out))
            return out

        def __getattr__(self, name):
            return getattr(self.z, name)

    monkeypatch.setattr(ev.zlib, "decompressobj", Counting)
    pages = {p.id: p for p in load_pages(root, max_bytes=1_000_000)}
    assert pages["bomb"].problem.startswith("too large") and pages["bomb"].content == ""
    assert pages["ok"].content == page.decode() and not pages["ok"].problem
    assert sum(produced) <= 1_000_001 + len(page)
    res = evaluate(root, Cleaner(max_bytes=1_000_000))
    failed = {r.page.id: r.error for r in res.pages if r.error}
    assert list(failed) == ["bomb"] and "too large" in failed["bomb"]


def test_a_truncated_gzip_page_is_reported_not_raised(tmp_path):
    root = _dataset_with(tmp_path, {"cut": {"articleBody": "x"}})
    (root / "html" / "cut.html.gz").write_bytes(gzip.compress(("<p>" + STORY * 50 + "</p>").encode())[:-12])
    assert next(load_pages(root)).problem.startswith("unreadable page file cut.html.gz")


def test_a_ground_truth_that_is_not_an_object_is_a_clean_error(tmp_path, capsys):
    root = tmp_path / "ds"
    root.mkdir()
    (root / "ground-truth.json").write_text("[" * 100_000, encoding="utf-8")
    assert main(["eval", str(root)]) == 2
    assert "not valid JSON" in capsys.readouterr().err

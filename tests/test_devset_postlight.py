"""bench/devset_postlight.py: site tests of an (invented) parser project -> a snippet-truth dev set."""
from __future__ import annotations

import gzip
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("devset_postlight_script", ROOT / "bench" / "devset_postlight.py")
dp = importlib.util.module_from_spec(_spec)
sys.modules["devset_postlight_script"] = dp
_spec.loader.exec_module(dp)

# An invented test file in the shapes the real ones use: a beforeAll page whose
# checks are spread over `it` blocks, and an `it` that reads a page of its own.
TEST_JS = r"""
import assert from 'assert';
describe('ExampleExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'https://news.example/2019/05/bridge-opens';
      const html = fs.readFileSync('./fixtures/news.example.html');
      result = Mercury.parse(url, { html, fallback: false });
    });
    it('is selected properly', () => {
      assert.equal(extractor.domain, URL.parse(url).hostname);
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(
        title,
        'The Bridge Opens: It\'s ' + "Done"
      );
    });
    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, `Ann Lee and Bo\xa0Chen`);
    });
    it('returns the date_published', async () => {
      const { date_published } = await result;
      assert.equal(date_published, '2019-05-02T14:30:00.000Z');
    });
    it('returns the content', async () => {
      const first13 = excerptContent(
        $('*')
          .first()
          .text(),
        13
      );
      assert.equal(first13, 'The new bridge opened on Thursday');
    });
    it('returns the last paragraph', async () => {
      const lastParagraphText = excerptContent($('p').last().text(), 4);
      assert.equal(lastParagraphText, 'Not the lead at all');
    });
  });
  it('handles a second page', async () => {
    const html = fs.readFileSync(
      './fixtures/news.example--two.html'
    );
    const articleUrl = 'https://news.example/two';
    const { date_published, author } = await Mercury.parse(articleUrl, { html });
    const newDate = moment(date_published).format().split('T')[0];
    assert.equal(newDate, '2018-01-31');
    assert.equal(author, null);
  });
});
"""


def test_js_string_reads_literals_escapes_and_concatenation():
    assert dp.js_string(r"'It\'s'") == "It's"
    assert dp.js_string("'a' + \"b\" +\n `c`") == "abc"
    assert dp.js_string(r"'x\u00e9\x41'") == "x\u00e9A"
    assert dp.js_string("title.split('x')[0]") is None
    assert dp.js_string("`${name} wrote`") is None  # a template with a substitution is no literal


def test_parse_test_file_reads_both_case_shapes():
    cases = dp.parse_test_file(TEST_JS, "t.js")
    assert [c.fixture for c in cases] == ["fixtures/news.example.html", "fixtures/news.example--two.html"]
    first, second = cases
    assert first.url == "https://news.example/2019/05/bridge-opens"
    assert first.fields == {"title": "The Bridge Opens: It's Done", "author": "Ann Lee and Bo\xa0Chen",
                            "publish_time_iso": "2019-05-02T14:30:00.000Z",
                            "lead": "The new bridge opened on Thursday"}
    assert "lastParagraphText" in first.unread  # a later paragraph is not the lead
    assert second.url == "https://news.example/two"
    assert second.fields == {"publish_day": "2018-01-31", "author": None}


def test_split_authors():
    assert dp.split_authors("By Ann Lee, Bo Chen and Cy Dorn") == ["Ann Lee", "Bo Chen", "Cy Dorn"]
    assert dp.split_authors("Ann Lee & Bo Chen") == ["Ann Lee", "Bo Chen"]
    assert dp.split_authors("https://blog.example/author/ann") == []
    assert dp.split_authors("Ann Lee\nWrites about bridges, ferries.") == ["Ann Lee"]
    assert dp.split_authors(None) == []


def test_make_record_marks_what_the_page_shows():
    page = ("<html lang='en-GB'><head><title>The Bridge Opens</title><script>var lead = 'Hidden lead';</script>"
            "</head><body><h1>The Bridge Opens</h1><p>The new   bridge opened\non Thursday.</p></body></html>")
    case = dp.Case("fixtures/a.html", "https://news.example/a", "t.js",
                   {"title": "The Bridge Opens", "lead": "The new bridge opened on", "author": "Ann Lee",
                    "publish_time_iso": "2019-05-02T14:30:00.000Z"})
    rec = dp.make_record(case, page)
    assert rec["lang"] == "en" and rec["lead_in_page"] and rec["title_in_page"]
    assert rec["authors"] == ["Ann Lee"] and rec["publish_day"] == "2019-05-02"
    case.fields["lead"] = "Hidden lead"
    assert dp.make_record(case, page)["lead_in_page"] is False


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_build_writes_the_layout(tmp_path):
    src = tmp_path / "src"
    (src / "src/extractors/custom/news.example").mkdir(parents=True)
    (src / "fixtures").mkdir()
    (src / "src/extractors/custom/news.example/index.test.js").write_text(TEST_JS, encoding="utf-8")
    page = "<html><body><h1>The Bridge Opens: It's Done</h1><p>The new bridge opened on Thursday.</p></body></html>"
    (src / "fixtures/news.example.html").write_text(page, encoding="utf-8")
    # the second page's fixture is missing: counted as skipped, not a crash
    git = ["git", "-C", str(src), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(src)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "x"], check=True)
    manifest = dp.build(dp.GitTree(src / ".git"), tmp_path / "out")
    assert manifest["pages"] == 1 and manifest["skipped"] == {"fixture missing": 1}
    folder = tmp_path / "out" / "postlight"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    (pid, rec), = truth.items()
    assert rec["title"] == "The Bridge Opens: It's Done" and rec["authors"] == ["Ann Lee", "Bo\xa0Chen"]
    assert gzip.open(folder / "html" / f"{pid}.html.gz").read().decode("utf-8") == page


def test_restore_meta_undoes_the_fixture_savers_renaming():
    page = ('<head><meta value="2016-10-02T19:30:57-07:00" name="article:published_time">'
            '<meta name="author" value="Ann Lee"><meta name="x" content="kept" value="v">'
            '<input value="not a meta"></head>')
    out = dp.restore_meta(page)
    assert '<meta content="2016-10-02T19:30:57-07:00" property="article:published_time">' in out
    assert '<meta name="author" content="Ann Lee">' in out
    assert '<meta name="x" content="kept" value="v">' in out and '<input value="not a meta">' in out


def test_local_time_from_the_extractor_zone_or_the_page():
    assert dp.local_time("2019-03-04T15:00:00.000Z", "Asia/Tokyo") == "2019-03-05T00:00:00+09:00"
    assert dp.local_time("2019-03-04T15:00:00.000Z", None) is None
    page = '<time datetime="2016-10-02T19:30:57+00:00"></time><meta content="2016-10-02T19:30:57-07:00">'
    assert dp.page_offset_time("2016-10-03T02:30:57.000Z", page) == "2016-10-02T19:30:57-07:00"
    assert dp.page_offset_time("2016-10-04T02:30:57.000Z", page) is None
    assert dp.extractor_timezone("date_published: { selectors: ['time'], timezone: 'Asia/Tokyo' },") == "Asia/Tokyo"

"""bench/devset_defuddle.py: expected Markdown -> plain paragraphs, and which cases count as real pages."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("devset_defuddle_script", ROOT / "bench" / "devset_defuddle.py")
dd = importlib.util.module_from_spec(_spec)
sys.modules["devset_defuddle_script"] = dd
_spec.loader.exec_module(dd)

EXPECTED = """```json
{
  "title": "Keeping bees",
  "author": "Ann Example",
  "published": "2024-05-01T00:00:00+00:00"
}
```

![hive](https://img.test/hive.jpg)

Bees *make* **honey** in [hives](https://a.test/h "Hives")[^1].

## Tools you need

- A smoker
- 2. nested [![icon](x.png) gloves](https://g.test)

> [!tip] Tip
> Work on calm days.

| Tool | Cost |
| --- | --- |
| Smoker | $30 |

```python
def smoke(hive):
    return hive
```

---

[^1]: Or in trees, `sometimes`.
"""


def test_front_matter_is_metadata_not_text() -> None:
    meta, md = dd.front_matter(EXPECTED)
    assert meta["title"] == "Keeping bees" and meta["author"] == "Ann Example"
    assert "```json" not in md and md.lstrip().startswith("![hive]")


def test_markdown_becomes_one_paragraph_per_block() -> None:
    _, md = dd.front_matter(EXPECTED)
    assert dd.markdown_paragraphs(md) == [
        "Bees make honey in hives.",
        "Tools you need",
        "A smoker",
        "2. nested gloves",
        "Tip",
        "Work on calm days.",
        "Tool Cost",
        "Smoker $30",
        "def smoke(hive):",
        "return hive",
        "Or in trees, sometimes.",
    ]


def test_escapes_and_hard_breaks() -> None:
    assert dd.markdown_paragraphs("a\\_b \\*c\\*  \nnext line\n\nSetext\n======\n") == [
        "a_b *c*", "next line", "Setext"]


def test_classify_keeps_real_pages_with_chrome_only() -> None:
    body = "Long article text about bees and hives. " * 20
    page = f"<html><head><title>t</title></head><body><nav>Home About</nav><p>{body}</p></body></html>"
    assert dd.classify("general--bees.example-blog-post", page, body)[0] is False  # example domain
    assert dd.classify("general--beekeeping.org-blog-post", page, body) == (True, "real page")
    assert dd.classify("comments--beekeeping.org-thread", page, body)[0] is False
    assert dd.classify("math--beekeeping.org-katex", page, body)[0] is False
    assert dd.classify("general--beekeeping.org-short", page, body[:200])[0] is False
    bare = f"<html><head><title>t</title></head><body><p>{body}</p></body></html>"
    assert dd.classify("general--beekeeping.org-bare", bare, body) == (False, "no chrome around the article")
    canon = page.replace("<title>", '<link rel="canonical" href="https://bees.org/post"><title>')
    assert dd.classify("content-patterns--bees", canon, body)[0] is True
    assert dd.declared_url(canon) == "https://bees.org/post"

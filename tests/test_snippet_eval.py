"""bench/snippet_eval.py: the matching rules of the snippet-truth scorer."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("snippet_eval_script", ROOT / "bench" / "snippet_eval.py")
se = importlib.util.module_from_spec(_spec)
sys.modules["snippet_eval_script"] = se
_spec.loader.exec_module(se)


def test_titles_match_across_quotes_case_and_entities():
    assert se.norm_title("It\u2019s  a &amp; B \u2014 c.") == se.norm_title("it's a & b - C")
    assert se.norm_title("Bridge opens") != se.norm_title("Bridge opens | The Daily Example")
    assert se.norm_title(None) == ""


def test_authors_are_order_free_and_folded():
    assert se.authors_match(["Zoë Müller", "Ann Lee"], ["ann lee", "Zoe Muller"]) == (True, True)
    assert se.authors_match(["Ann Lee", "Bo Chen"], ["Ann Lee"]) == (False, True)
    assert se.authors_match(["Ann Lee"], []) == (False, False)


def test_lead_found_tail_and_junk_before():
    body = "Share this\nMenu\nThe new bridge\nopened on Thursday, the city said."
    r = se.find_lead("The new bridge opened on Thursday,", body)
    assert r["lead"] and r["before"] == len("SharethisMenu")
    # a caption the truth keeps in front: only the tail is in the body
    r = se.find_lead("(Photo: Jo Doe) The new bridge opened on Thursday, the city", body)
    assert not r["lead"] and r["lead_tail"]
    assert se.find_lead("Nothing of this is there at all", body) == {"lead": False, "lead_tail": False,
                                                                      "before": None}


def test_dates_to_the_day_and_minute():
    rec = {"publish_day": "2019-05-02", "publish_time_iso": "2019-05-02T14:30:00.000Z"}
    assert se.date_match(rec, "2019-05-02T10:30:00-04:00") == (True, True)
    assert se.date_match(rec, "2019-05-02") == (True, False)  # a day alone is not right to the minute
    assert se.date_match(rec, "2019-05-02T16:30:00+02:00") == (True, True)
    assert se.date_match(rec, "2019-05-03T12:00:00+09:00") == (False, False)
    assert se.date_match(rec, None) == (False, False)
    # late evening west of UTC: the page's own day counts too
    rec = {"publish_day": "2019-05-03", "publish_time_iso": "2019-05-03T02:00:00.000Z"}
    assert se.date_match(rec, "2019-05-02T22:00:00-04:00") == (True, True)
    assert se.date_match({"publish_day": "2019-05-02"}, "2019-05-02") == (True, None)
    assert se.date_match({}, "2019-05-02") == (None, None)


def test_score_page_and_summary():
    rec = {"title": "Bridge", "authors": ["Ann Lee"], "publish_day": "2019-05-02", "lead": "The new bridge",
           "lead_in_page": True}
    s = se.score_page(rec, {"title": "Bridge", "authors": ["Ann Lee"], "published": "2019-05-01",
                            "text": "The new bridge opened."})
    assert s["title"] and s["authors"] and s["day"] is False and s["lead"] and s["before"] == 0
    # a tool that gives no authors (readability) is not scored on them
    assert "authors" not in se.score_page(rec, {"title": "Bridge", "text": ""})
    summ = se.summarize({"a": s, "b": {"title": False}})
    assert summ["title"] == {"n": 2, "ok": 1, "share": 0.5} and summ["before"]["zero"] == 1


def test_dates_in_the_sites_zone():
    # a date-only page in Tokyo: the truth is 15:00 UTC the day before
    rec = {"publish_day": "2019-03-04", "publish_time_iso": "2019-03-04T15:00:00.000Z",
           "publish_time_local": "2019-03-05T00:00:00+09:00"}
    assert se.date_match(rec, "2019-03-05") == (True, None)
    assert se.date_match(rec, "2019-03-06") == (False, None)
    # a naive evening time in New York is right to the minute on the site's clock
    rec = {"publish_day": "2016-12-20", "publish_time_iso": "2016-12-20T00:08:00.000Z",
           "publish_time_local": "2016-12-19T19:08:00-05:00"}
    assert se.date_match(rec, "2016-12-19T19:08:00") == (True, True)
    assert se.date_match(rec, "2016-12-19T19:08:00+00:00") == (True, False)

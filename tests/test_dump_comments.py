"""Options.comments on text dumps: the comment section's comments, each under its header line.

Every dump here is invented for the test.
"""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins.declared.dumpcomments import read_lines

ARTICLE = """Town opens new library

March 1, 2021

The town opened its new library on Monday after two years of building work, the mayor said on the day.

More than three hundred people came to see the reading rooms and the children's corner, staff said.

The building also holds a small cafe and a room for the local history society, which moves in next month.

The library will be open every day of the week, and on Sundays until six in the evening, the council said.
"""

BLOG = ARTICLE + """
3 Comments

Anna K. says:
March 2, 2021 at 10:15 am
Great news, we have waited a long time for this.
Reply

Tom says:
March 2, 2021 at 11:00 am
Agreed, the children's corner is lovely.
Reply

1. Max Berg - March 3, 2021
Parking around the new building is still a problem.
I hope the council does something about it.
Reply

Leave a Reply
Your email address will not be published.
"""

SLASHDOT = ARTICLE + """
Comments

Re:Opening hours
by quietreader (12345) on Tuesday March 02, 2021 @10:15AM
Sunday opening is the best part of it.

Parking
by townie (67890) on Tuesday March 02, 2021 @11:40AM
Where are we supposed to park on a market day?
"""

CHINESE = """新图书馆开放

本市新图书馆于周一正式开放，市长表示这是两年建设的成果，欢迎市民前来阅读和学习。

开放当天有三百多名市民前来参观阅览室和儿童区，现场秩序良好，工作人员表示很满意。

图书馆还设有小咖啡馆和地方历史学会的活动室，学会下个月将正式搬入新馆办公。

评论

网友甲 2021-03-02 10:15
终于等到了，周末带孩子去看看。
回复

网友乙 2021-03-02 11:30
希望能延长晚上的开放时间。
回复
"""


def test_blog_comments_with_says_lines_and_a_numbered_header():
    drop, keep = Cleaner().clean(BLOG), Cleaner(comments="keep").clean(BLOG)
    assert keep.text == drop.text and drop.comments == []
    assert [(c.author, c.time, c.text) for c in keep.comments] == [
        ("Anna K.", "March 2, 2021 at 10:15 am", "Great news, we have waited a long time for this."),
        ("Tom", "March 2, 2021 at 11:00 am", "Agreed, the children's corner is lovely."),
        ("Max Berg", "March 3, 2021",
         "Parking around the new building is still a problem.\nI hope the council does something about it.")]
    assert any("Great news" in r.text for r in keep.removed)  # (still recorded as removed)


def test_append_puts_the_dump_comments_after_the_body():
    drop, app = Cleaner().clean(BLOG), Cleaner(comments="append").clean(BLOG)
    assert app.text.startswith(drop.text) and app.text.endswith("does something about it.")
    assert app.paragraphs[-1].kind == "comment"


def test_slashdot_style_title_and_by_line():
    art = Cleaner(comments="keep").clean(SLASHDOT)
    assert [(c.author, c.text) for c in art.comments] == [
        ("quietreader", "Re:Opening hours\nSunday opening is the best part of it."),
        ("townie", "Parking\nWhere are we supposed to park on a market day?")]
    assert art.comments[0].time == "March 02, 2021 @10:15AM"


def test_chinese_dump_comments():
    art = Cleaner(comments="keep").clean(CHINESE)
    assert [(c.author, c.time, c.text) for c in art.comments] == [
        ("网友甲", "2021-03-02 10:15", "终于等到了，周末带孩子去看看。"),
        ("网友乙", "2021-03-02 11:30", "希望能延长晚上的开放时间。")]


def test_counts_and_links_to_the_comments_are_no_comments():
    assert read_lines(["12 comments", "Comments (3)", "Reply"]) == []
    got = read_lines(["5 Comments", "Anna, March 2, 2021", "Nice.", "2 replies", "Reply | Report"])
    assert [(c.author, c.text) for c in got] == [("Anna", "Nice.")]


def test_footer_headers_under_the_comments_text():
    got = read_lines(["Comments", "I liked this a lot.", "It helped me with my own project.",
                      "Posted by: Anna | March 2, 2021 at 10:15 AM", "Thanks, Anna, glad it helped.",
                      "Posted by: Tom | March 2, 2021 at 11:00 AM"])
    assert [(c.author, c.text) for c in got] == [
        ("Anna", "I liked this a lot.\nIt helped me with my own project."), ("Tom", "Thanks, Anna, glad it helped.")]


def test_a_sentence_with_a_date_is_no_header():
    assert read_lines(["I went there on March 3, 2012 and liked it.", "Me too."]) == []


def test_said_header_with_its_time_under_the_text():
    got = read_lines(["5 comments:", "Lushreader said...", "I could not believe the queue on the first day.",
                      "12:42 PM", "Oleg said...", "Thanks for the pictures of the reading room.", "6:27 PM"])
    assert [(c.author, c.time, c.text) for c in got] == [
        ("Lushreader", "12:42 PM", "I could not believe the queue on the first day."),
        ("Oleg", "6:27 PM", "Thanks for the pictures of the reading room.")]

"""A call to action under both length limits is judged without looking at its script (speedlines8);
between the limits the script still decides."""
from __future__ import annotations

from newsclean.plugins import ads


def test_cta_length_limits_by_script() -> None:
    short_zh = "扫码下载APP，第一时间获取更多精彩内容"
    assert len(short_zh) <= min(ads.CTA_MAX_CHARS) and ads.is_ad_line(short_zh)
    long_zh = "扫码下载APP，" + "获取本地新闻与天气预报以及交通路况信息" * 4
    assert min(ads.CTA_MAX_CHARS) < len(long_zh) <= ads.MAX_CHARS and not ads.is_ad_line(long_zh)
    long_en = "Sign up for our newsletter to get the morning briefing, local news, weather and traffic every day"
    assert min(ads.CTA_MAX_CHARS) < len(long_en) <= ads.MAX_CHARS and ads.is_ad_line(long_en)

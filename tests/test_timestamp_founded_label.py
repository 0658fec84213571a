"""A date after a founding label or a member's join label (``timestamp.FOUNDED_LABELS``, ``MEMBER_SINCE``) says
when a group, a company or a member's page began: the timestamp step reads no stamp from such a line."""
from __future__ import annotations

from newsclean.plugins import timestamp


def test_founding_and_join_labels_mark_a_profile_date() -> None:
    for text in ("Founded: ", "Gegründet am ", "Opgericht ", "Mitglied seit: ", "Membre depuis le ", "Joined: "):
        assert timestamp._PROFILE_RE.search(text), text
    for text in ("Published: ", "Aktualisiert am ", "by Jane Doe » "):
        assert not timestamp._PROFILE_RE.search(text), text

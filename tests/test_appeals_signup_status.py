"""The appeals plugin: a sign-up form's status and error lines go (``SIGNUP_STATUS``), news about
e-mail and newsletters stays."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import appeals
from newsclean.plugins.appeals import appeal_of


@pytest.mark.parametrize("line", [
    "There was an error, please provide a valid email address.",
    "A welcome email is on its way. If you can't find it, please look in your spam folder.",
    "We encountered an issue signing you up. Please try again",
    "Please enter a valid email address.",
    "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
    "Veuillez saisir une adresse e-mail valide.",
    "请输入有效的邮箱地址",
])
def test_sign_up_status_lines(line: str) -> None:
    assert appeal_of(line) == "signup-status"


@pytest.mark.parametrize("line", [
    "A welcome email from the mayor's office reached every new resident of the district last week.",
    "There was an error in the council's budget figures, the auditor said on Thursday.",
    "Please enter the museum through the side door while the main hall is being repaired.",
    "Invalid emails cost the shop about a tenth of its orders, its owner estimates.",
])
def test_sentences_about_email_stay(line: str) -> None:
    assert appeal_of(line) is None


def test_by_signing_up_you_consent_is_a_consent_line() -> None:
    assert appeal_of("By signing up you consent to receive the above newsletter from Example Media Ltd.") == "signup"


def test_dump_sign_up_box_status_lines_go_body_stays() -> None:
    p1 = "The harbour will get a second ferry pier next spring, the port authority announced on Monday evening."
    p2 = "Fishermen had asked for more room at the quay for years, and the new pier will take the larger boats."
    box = ["There was an error, please provide a valid email address.",
           "By signing up you consent to receive the above newsletter from Example Media Ltd.",
           "A welcome email is on its way. If you don't see it, please check your junk folder."]
    page = "\n\n".join([p1, *box, p2])
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert p1 in art.text and p2 in art.text
    assert [(r.text, r.kind) for r in art.removed] == [(line, "appeal") for line in box]
    reasons = [r.reason for r in art.removed]
    assert reasons[0] == reasons[2] == "status or error message of a sign-up form"

"""chrome: sign-in / registration dialogs are page widgets; one holding a password field is not
protected by its share of a short page's prose."""
from __future__ import annotations

import newsclean
from newsclean.plugins import chrome
from newsclean.plugins.regions import REGION_PARTS, WEAK_PARTS, region_of_value

ARTICLE = ("<h1>Harbour ferry resumes winter crossings</h1><p>The harbour ferry resumes its winter timetable on "
           "Monday, with crossings every two hours from the north pier, the operator said.</p>")
DIALOG_TEXT = ["Please fill in every required field marked with a star before you continue.",
               "This e-mail address does not look right: it must hold an @ and an existing domain.",
               "No account exists for this e-mail address, or the password you typed is wrong.",
               "The password must be at least eight characters long and hold one number.",
               "Please agree to our terms of use and to our privacy statement to register.",
               "Your display name is shown next to your comments and can be changed at any time later.",
               "We will send you an e-mail with a link; open it within a day to confirm your new account.",
               "Children under sixteen need the consent of a parent before an account can be opened for them."]


def page(dialog_class: str, field: str = "<input type='password' name='pw'>") -> str:
    dialog = "".join(f"<p>{t}</p>" for t in DIALOG_TEXT)
    return (f"<html><head><title>Harbour ferry resumes winter crossings</title></head><body>"
            f"<div class='story'>{ARTICLE}</div>"
            f"<div class='{dialog_class}'><h2>My account – Login</h2><form>{dialog}"
            f"<input type='email' name='mail'>{field}</form></div></body></html>")


def test_dialog_words_are_weak_widget_words():
    for word in ("login", "register", "registration", "modal", "loginbox", "loginmodal"):
        assert word in REGION_PARTS["widget"]
    assert "loginbox" in WEAK_PARTS
    assert region_of_value("b-dialog x-dialog-login")[0] == "widget"
    # "dialog" alone names no region: a page builder wraps whole pages in one
    assert region_of_value("dialog-off-canvas-main-canvas")[0] == ""
    assert region_of_value("dialog-login")[0] == "widget"
    assert region_of_value("login-modal")[0] == "widget"


def test_a_sign_in_dialog_with_a_password_field_is_no_article():
    for cls in ("login-modal", "dialog-login", "login-area", "loginbox"):
        art = newsclean.clean(page(cls))
        assert "north pier" in art.text, cls
        assert not any(t in art.text for t in DIALOG_TEXT), cls
        assert any(r.region == "widget" and DIALOG_TEXT[0] in (r.text or "") for r in art.removed), cls


def test_the_password_field_is_what_lifts_the_protection(monkeypatch):
    # the dialog holds most of this short page's prose: without the password field's verdict it
    # would be protected (left to the locator, which now sets a small form beside the paragraph under
    # the title aside: chrome no longer removes it)
    import lxml.html
    assert chrome._SIGN_IN_FIELD(lxml.html.document_fromstring(page("login-area", field=""))) is False
    monkeypatch.setattr(chrome, "_SIGN_IN_FIELD", lambda el: False)
    art = newsclean.clean(page("login-modal"))
    assert not any(r.plugin == "chrome:chrome" and DIALOG_TEXT[0] in (r.text or "") for r in art.removed)
    monkeypatch.undo()
    assert chrome._SIGN_IN_FIELD(lxml.html.document_fromstring(page("login-area"))) is True
    assert chrome._SIGN_IN_FIELD(lxml.html.document_fromstring(page("x", "<input type='PassWord'>"))) is True

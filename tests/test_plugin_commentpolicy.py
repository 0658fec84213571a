"""The commentpolicy plugin: comment rules and calls go, news about comments stays."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import commentpolicy
from newsclean.plugins.commentpolicy import is_policy_line


@pytest.mark.parametrize("line", [
    "Comments are moderated", "Die Kommentarfunktion wurde geschlossen.", "Laisser un commentaire",
    "Your email address will not be published. Required fields are marked *",
    "Isi komentar sepenuhnya menjadi tanggung jawab pengguna dan diatur dalam UU ITE.", "文明上网理性发言",
    "Yorumlar ve Emojiler Aşağıda", "Комментарии закрыты", "Deja un comentario", "Lascia un commento",
    "Deixe seu comentário", "Dodaj komentarz", "Reacties zijn gesloten", "اترك تعليقاً", "Diskutieren Sie mit!",
])
def test_policy_lines(line: str) -> None:
    assert is_policy_line(line)


@pytest.mark.parametrize("line", [
    "The minister's comments are closely watched by markets.", "Kommentare in sozialen Medien lösten eine Debatte aus.",
    "Commentaires et critiques ont suivi la décision.", "Para comentar la situación, el ministro convocó a la prensa.",
    "Comments are moderated " + "by volunteers who read every message " * 10,
])
def test_not_policy_lines(line: str) -> None:
    assert not is_policy_line(line)


def test_dump_policy_goes_body_stays() -> None:
    p1 = "Die Gemeinde hat am Dienstag neue Radwege beschlossen, nachdem der Rat mehr als vier Stunden beraten hatte."
    p2 = "Kommentare von Anwohnern flossen in die Planung ein, sagte die Bürgermeisterin am Abend."
    page = "\n\n".join([p1, p2, "Die Kommentarfunktion wurde geschlossen."])
    art = newsclean.Cleaner(plugins=[commentpolicy], entry_points=False).clean(page, input_kind="text")
    assert [(r.text, r.kind) for r in art.removed] == [("Die Kommentarfunktion wurde geschlossen.", "comment-policy")]


def test_german_comment_calls() -> None:
    assert is_policy_line("Zu den Kommentaren") and is_policy_line("Jetzt kommentieren")
    assert not is_policy_line("Zu den Kommentaren des Ministers äußerte sich die Opposition am Dienstag nicht.")


@pytest.mark.parametrize("line", ["التعليقات المنشورة لا تعبر عن رأي الموقع وإنما تعبر عن رأي أصحابها",
                                  "يرجى الالتزام بآداب الحوار", "Kommentarfeltet er stengt", "Komentāri ir slēgti",
                                  "Коментарі закрито", "Kommentointi on suljettu", "Diskuse je uzavřena"])
def test_policy_lines_arabic_baltic_nordic_slavic(line: str) -> None:
    assert is_policy_line(line)


@pytest.mark.parametrize("line", [
    "One thought on “My garden in autumn”", "2 Gedanken zu „Mein Garten im Herbst“", "12 Kommentare zu „Test“",
    "3 réflexions sur « Mon jardin »", "2 comentarios en “Mi jardín”", "3 komentarze do „Ogród”",
    "2 tanggapan untuk “Kebun”", "“Bahçem” üzerine bir düşünce", "Deine E-Mail-Adresse wird nicht veröffentlicht.",
])
def test_comment_count_headings_and_form_notes(line: str) -> None:
    assert is_policy_line(line)


@pytest.mark.parametrize("line", [
    "Two comments on the minister’s plan were published on Monday.", "Ein Gedanke zu diesem Thema beschäftigt viele.",
    "3 Kommentare zu dem Vorfall gingen bei der Redaktion ein.",
])
def test_not_comment_count_headings(line: str) -> None:
    assert not is_policy_line(line)


@pytest.mark.parametrize("line", [
    "Save my name, email, and website in this browser for the next time I comment.",
    "Notify me of follow-up comments by email.", "Notify me of new posts by email.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
    "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
    "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten "
    "verarbeitet werden.",
])
def test_comment_form_lines_of_blog_themes(line: str) -> None:
    assert is_policy_line(line)


@pytest.mark.parametrize("line", [
    'You may use these HTML tags and attributes: <a href="" title=""> <abbr title=""> <b> <blockquote cite=""> <em>',
    "XHTML: You can use these tags: <a href=\"\" title=\"\"> <b> <i>",
    'Du kannst folgende HTML-Tags und -Attribute verwenden: <a href="" title=""> <b>',
    'Vous pouvez utiliser ces balises et attributs HTML : <a href="" title=""> <b>',
    'Puedes usar las siguientes etiquetas y atributos HTML: <a href="" title=""> <b>',
    '您可以使用这些HTML标签和属性：<a href="" title=""> <b> <em>',
])
def test_comment_form_allowed_tags_note(line: str) -> None:
    """A blog theme's comment form lists the markup a comment may hold: no text of the post."""
    assert is_policy_line(line)


@pytest.mark.parametrize("line", [
    "You may use these tags and attributes in the catalogue's own entry form, the archivist said.",
    "You can use these tags to sort the photos by year, the app's maker explained on Tuesday.",
    "HTML tags and attributes are the building blocks of every web page, the course begins.",
])
def test_sentences_about_tags_stay(line: str) -> None:
    assert not is_policy_line(line)


def test_only_a_comment_form_left_gives_an_empty_article_that_says_why() -> None:
    """A page whose kept text is only its comment form (the article was not found) is not given the form's
    note as its article: every line goes, each with its reason, and the notes say the article is empty."""
    note = 'You may use these HTML tags and attributes: <a href="" title=""> <b> <blockquote cite=""> <em>'
    page = "\n\n".join(["Leave a Reply", "Your email address will not be published.", note])
    art = newsclean.Cleaner(plugins=[commentpolicy], entry_points=False).clean(page, input_kind="text")
    assert art.is_empty
    assert [r.text for r in art.removed] == ["Leave a Reply", "Your email address will not be published.", note]
    assert all(r.plugin == "commentpolicy:lines" for r in art.removed)
    assert any(n.startswith("empty article") for n in art.notes)

"""Leftovers of old embeds and unrendered templates (invented fixtures)."""
from __future__ import annotations

import newsclean

_PROSE = ("<p>The council voted on Tuesday to extend the river path by two kilometres, the mayor said.</p>"
          "<p>Work will start in the spring and the path should open to walkers before the autumn fair.</p>"
          "<p>Residents asked for more benches and lights, which the plan now includes at every bridge.</p>")


def test_noembed_fallback_markup_is_never_read():
    page = ("<html><body><article><h1>River path grows</h1>" + _PROSE +
            "<script>document.write('<a href=\"x\">ad</a>');</script>"
            "<noembed><a href=\"http://ads.example/click?id=7\"><img src=\"banner.gif\"></a></noembed>"
            "</article></body></html>")
    article = newsclean.clean(page)
    text = "\n".join(p.text for p in article.paragraphs)
    assert "river path" in text
    assert "<a href" not in text and "ads.example" not in text


def test_unrendered_template_lines_are_dropped_but_code_stays():
    page = ("<html><body><article><h1>River path grows</h1>" + _PROSE +
            "<p>This story appears in the {{story.issue.date}} issue of {{ story.issue.name | upper }}.</p>"
            "<p>{% if user.signed_in %}{{ user.first_name }}{% endif %}</p>"
            "<p>Write {{ name }} in the card template to greet each reader by the name they gave us.</p>"
            "<pre>{{ page.title }}</pre></article></body></html>")
    article = newsclean.clean(page)
    texts = [p.text for p in article.paragraphs]
    assert not any("story.issue" in t or "user.first_name" in t for t in texts)
    assert any(t.startswith("Write {{ name }}") for t in texts)
    assert "{{ page.title }}" in texts
    kinds = {(r.kind, r.plugin) for r in article.removed if "story.issue" in r.text}
    assert kinds and all(k == "template" for k, _ in kinds)


def test_template_share_counts_only_name_like_expressions():
    from newsclean.plugins.templates import template_share

    assert template_share("{{ a.b[0] | date }} {{ c }}") == 1.0
    assert template_share("{{ the meeting will start at noon }}") == 0.0
    assert template_share("No template here.") == 0.0


def test_templates_shown_as_inline_code_stay():
    page = ("<html><body><article><h1>Form fields in templates</h1>" + _PROSE +
            "<p><code>{{ field.label }}</code></p>" + _PROSE.replace("<p>", "<p>Also: ") +
            "</article></body></html>")
    article = newsclean.clean(page)
    assert "{{ field.label }}" in [p.text for p in article.paragraphs]
    assert not [r for r in article.removed if r.kind == "template"]


def test_text_dump_keeps_template_lines():
    # a dump has lost the markup that tells a tutorial's code from a leaked template: its lines stay
    dump = ("Rendering form fields by hand\n\n"
            "You can render each field yourself when the default layout does not suit the page you build, "
            "and the form still checks every value the reader sends before it saves anything.\n\n"
            "Start with the errors that belong to the whole form, then place each field with its own label.\n\n"
            "{{ form.subject.errors }}\n\n"
            "{{ form.subject.label_tag }} {{ form.subject }}\n\n"
            "Each field knows its label and its errors, so the template only has to place them where they go.\n\n"
            "The same loop works for every field of the form, whatever its widget happens to be, and it keeps "
            "the markup short enough to read at a glance.\n")
    article = newsclean.clean(dump, input_kind="text")
    texts = [p.text for p in article.paragraphs]
    assert any("form.subject.errors" in t for t in texts)
    assert not any(r.kind == "template" for r in article.removed)

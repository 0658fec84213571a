"""Labels in other languages decide in the existing plugins only with the right shape.

Each case pairs a noise line with a news sentence using the same word, which must stay.
"""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import ads, counters, disclaimer, related, sharebar
from newsclean.plugins.ads import is_ad_line
from newsclean.plugins.counters import is_counter_line
from newsclean.plugins.disclaimer import is_disclaimer_line
from newsclean.plugins.related import is_related_heading, is_related_line
from newsclean.plugins.sharebar import is_share_line


def removed(plugin: object, page: str, input_kind: str = "text") -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[plugin], entry_points=False).clean(page, input_kind=input_kind)
    return {r.text: r.kind for r in art.removed}


# --- related -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ähnliche Beiträge", "Das könnte Sie auch interessieren", "Mehr zum Thema", "Mehr aus Politik", "Lire aussi",
    "À lire aussi", "Sur le même sujet", "Te puede interesar", "Noticias relacionadas", "Leggi anche",
    "Articoli correlati", "Leia também", "Czytaj też", "Zobacz także", "Читайте также", "Похожие новости",
    "関連記事", "あわせて読みたい", "Lees ook", "İlgili Haberler", "Baca juga", "Berita Terkait", "اقرأ أيضاً",
    "الأكثر قراءة", "ये भी पढ़ें", "متعلقہ خبریں", "【関連記事】", "Lire aussi Voir tout",
])
def test_related_headings(text: str) -> None:
    assert is_related_heading(text)


@pytest.mark.parametrize("text", [
    "Mehr zum Thema Energie wurde am Montag gesagt.", "Lire aussi les conditions du contrat", "Teilen",
    "Zum Thema Klima", "Die Polizei ermittelt", "Baca", "Читайте", "Leia também o contrato antes de assinar.",
])
def test_related_not_headings(text: str) -> None:
    assert not is_related_heading(text)


@pytest.mark.parametrize("text", [
    "Lire aussi : La réforme des retraites adoptée", "Baca juga: Harga beras naik lagi", "Читайте также: Новый мост открыт",
    "Czytaj też: Nowy most otwarty", "Lesen Sie auch: Die Brücke ist fertig", "Leggi anche: Il ponte è aperto",
])
def test_related_inline(text: str) -> None:
    assert is_related_line(text)


def test_related_list_de_after_body_and_body_kept() -> None:
    body = [
        "Die neue Brücke über den Fluss wird im kommenden Monat für den Verkehr freigegeben, teilte die Stadt mit.",
        "Die Fahrzeit zwischen beiden Ufern sinkt damit von vierzig auf etwa zehn Minuten, hieß es am Montag.",
        "Mehr zum Thema Verkehr will der Stadtrat im Herbst beraten, wenn die ersten Zahlen vorliegen.",
    ]
    page = "\n\n".join(body + ["Mehr zum Thema", "Neue Buslinie startet im Mai", "Radweg am Ufer wird verbreitert"])
    got = removed(related, page)
    assert got == {"Mehr zum Thema": "related", "Neue Buslinie startet im Mai": "related",
                   "Radweg am Ufer wird verbreitert": "related"}


def test_related_list_ja_html_keeps_body() -> None:
    page = ("<html><body><article><h1>橋が開通</h1>"
            "<p>市内の新しい橋が来月開通すると市が発表した。両岸の移動時間は四十分から約十分に短縮される見込みだ。</p>"
            "<p>市によると、関連記事によれば工事費は当初の予算内に収まったという。</p>"
            "<h2>関連記事</h2><ul><li><a href='/a'>バス路線が五月に運行開始</a></li>"
            "<li><a href='/b'>川沿いの自転車道を拡幅へ</a></li></ul></article></body></html>")
    got = removed(related, page, "html")
    assert got == {"関連記事": "related", "バス路線が五月に運行開始": "related", "川沿いの自転車道を拡幅へ": "related"}


# --- share bars ----------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Teilen", "Artikel teilen Drucken Merken", "Partager sur Facebook", "Compartir", "Condividi", "Udostępnij",
    "Поделиться", "シェア", "Delen", "Paylaş", "Bagikan", "مشاركة", "कॉपी लिंक", "Stampa Salva", "VK Одноклассники",
    "Imprimer l'article | Envoyer par e-mail",
])
def test_share_lines(line: str) -> None:
    assert is_share_line(line)


@pytest.mark.parametrize("line", [
    "Drucken", "Stampa", "Teilen Sie Ihre Meinung mit uns.", "Die Stadt will die Kosten teilen.",
    "Поделиться опытом пришли сотни людей.", "Partager le pouvoir",
])
def test_not_share_lines(line: str) -> None:
    assert not is_share_line(line)


# --- ads -----------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Anzeige", "ANZEIGE", "Werbung", "La suite après la publicité", "Publicidad", "Pubblicità", "Publicidade",
    "Reklama", "Реклама", "広告", "Advertentie", "İçeriğin Devamı Aşağıda", "SCROLL TO CONTINUE WITH CONTENT",
    "Anzeige: Jetzt günstig Strom vergleichen", "Newsletter abonnieren", "Suivez-nous sur Twitter et Facebook",
    "Folgen Sie uns auf Instagram!", "Suscríbete a nuestro boletín", "Подписывайтесь на наш канал в Telegram",
])
def test_ad_lines(line: str) -> None:
    assert is_ad_line(line)


@pytest.mark.parametrize("line", [
    "Die Anzeige wurde am Montag erstattet.", "Reklama w Polsce rośnie szybciej niż rynek.",
    "Abone olmak için kullanıcılar uygulamayı indirdi.", "La publicité en ligne a progressé de 8 % en 2024.",
    "Реклама на улицах города будет запрещена с июля, сообщили в мэрии.",
])
def test_not_ad_lines(line: str) -> None:
    assert not is_ad_line(line)


# --- disclaimers ---------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "© 2024 Beispiel Verlag. Alle Rechte vorbehalten", "Tous droits réservés", "Tüm hakları saklıdır.",
    "RIPRODUZIONE RISERVATA ©", "Мнение редакции может не совпадать с мнением автора.",
    "Haftungsausschluss: Dieser Artikel stellt keine Anlageberatung dar.", "無断転載を禁じます",
    "ادارہ کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں ہے۔", "جميع الحقوق محفوظة © 2024",
    "If you buy something using links in our stories, we may earn a commission.",
    "When you purchase through links on our site, we may earn an affiliate commission.",
    "As an Amazon Associate we earn from qualifying purchases.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
])
def test_disclaimer_lines(line: str) -> None:
    assert is_disclaimer_line(line)


@pytest.mark.parametrize("line", [
    "Die Klägerin sagte, alle Rechte vorbehalten zu wollen, sei ihr Ziel gewesen.",
    "Die Bank bietet seit Jahren keine Beratung mehr an, sagte der Sprecher.",
    "Avertissement de la police: la route reste fermée jusqu'à lundi",
    "The regulator said brokers may earn commissions of up to five percent on such trades.",
])
def test_not_disclaimer_lines(line: str) -> None:
    assert not is_disclaimer_line(line)


# --- counters ------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "12 Kommentare", "Kommentare (12)", "Lesezeit: 3 Min.", "3 min de lecture", "5 yorum · 1.234 görüntülenme",
    "約3分で読めます", "Просмотров: 1234", "Tempo di lettura: 4 minuti",
])
def test_counter_lines(line: str) -> None:
    assert is_counter_line(line)


@pytest.mark.parametrize("line", [
    "12 Kommentare zum Gesetz wurden eingereicht", "Die Kommentare", "Yorumlar", "3 min de lecture suffisent pour comprendre.",
])
def test_not_counter_lines(line: str) -> None:
    assert not is_counter_line(line)

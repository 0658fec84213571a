#!/usr/bin/env python3
"""European CMS stress test: bodies inside invented TYPO3, Contao, Joomla, Drupal, builder and shop pages.

A sibling of ``wrap_stress.py`` (it reuses its scorer, tools and report). Bodies are the
European-language fundus truths (de fr es it nl da sv no pl cs: the truth's lines as paragraphs)
and short invented company / association / municipality bodies in de fr it es pl with headings and
a list, so the short-page case is covered. Each body is rendered inside templates that imitate the
markup conventions of CMSs common on German and European sites (TYPO3 fluid_styled_content and
css_styled_content, the TYPO3 news extension, Contao, Joomla and K2, Drupal blocks and paragraphs,
Jimdo, Wix, Squarespace, Webflow, Shopware and Magento CMS pages, a municipality page with a long
left menu, an association page with a news teaser column), with chrome in the body's language:
a cookie banner, "you are here" breadcrumbs, print / back-to-top / share links, contact and
opening-hours boxes, legal-notice footers. All markup and text are invented here; no page is copied.

    python bench/cms_stress.py                       # all bodies, all templates
    python bench/cms_stress.py --per-lang 4 --templates typo3,contao --worst 10
    python bench/cms_stress.py --tool trafilatura    # a peer, when installed
    python bench/cms_stress.py --chrome              # also count chrome lines kept per template
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shared_runner  # noqa: E402
import wrap_stress as ws  # noqa: E402

LANGS = ("de", "fr", "es", "it", "pl", "nl", "da", "sv", "no", "cs")
Block = tuple[str, str]  # (tag, text): "p", "h2", "li"

# ------------------------------------------------------------ invented short bodies
SHORT: list[dict[str, Any]] = [
    {"lang": "de", "title": "Über uns", "blocks": [
        ("p", "Seit über dreißig Jahren fertigen wir in unserer Werkstatt am Stadtrand Möbel aus "
              "heimischem Holz, die für Generationen gebaut sind."),
        ("p", "Unser Team aus zwölf Tischlerinnen und Tischlern plant jedes Stück gemeinsam mit den "
              "Kundinnen und Kunden und begleitet den Auftrag von der ersten Skizze bis zur Montage."),
        ("h2", "Was uns wichtig ist"),
        ("li", "Holz aus nachhaltiger Forstwirtschaft der Region"),
        ("li", "Oberflächen mit natürlichen Ölen und Wachsen"),
        ("li", "Reparatur statt Wegwerfen, auch Jahre nach dem Kauf"),
        ("p", "Besuchen Sie gern unsere Ausstellung, nach Absprache auch am Samstagvormittag.")]},
    {"lang": "de", "title": "Jahreshauptversammlung des Fördervereins", "blocks": [
        ("p", "Am vergangenen Freitag trafen sich rund sechzig Mitglieder im Gemeindesaal zur "
              "jährlichen Hauptversammlung des Fördervereins der Grundschule."),
        ("p", "Die Vorsitzende blickte auf ein ereignisreiches Jahr zurück: Der Verein finanzierte neue "
              "Spielgeräte für den Pausenhof, einen Ausflug aller Klassen in den Tierpark und Bücher "
              "für die Schulbibliothek."),
        ("p", "Der Kassenbericht wurde ohne Beanstandungen angenommen, der Vorstand einstimmig "
              "entlastet und für zwei weitere Jahre im Amt bestätigt."),
        ("p", "Für das kommende Schuljahr plant der Verein ein Sommerfest und die Anschaffung von "
              "Musikinstrumenten für die Arbeitsgemeinschaft.")]},
    {"lang": "de", "title": "Sperrung der Brückenstraße", "blocks": [
        ("p", "Wegen Sanierungsarbeiten an der Fahrbahn wird die Brückenstraße zwischen Marktplatz und "
              "Bahnhofstraße ab Montag für voraussichtlich drei Wochen voll gesperrt."),
        ("p", "Die Umleitung ist ausgeschildert und führt über die Ringstraße. Fußgängerinnen und "
              "Fußgänger können die Baustelle auf einem gesicherten Weg passieren."),
        ("h2", "Busverkehr"),
        ("p", "Die Haltestelle Brückenstraße entfällt während der Bauzeit. Ersatzweise halten die "
              "Busse an einer provisorischen Haltestelle in der Ringstraße."),
        ("p", "Wir bitten die Anwohnerinnen und Anwohner um Verständnis für die Einschränkungen.")]},
    {"lang": "de", "title": "Leistungen", "blocks": [
        ("p", "Wir beraten kleine und mittlere Unternehmen bei allen Fragen rund um die Buchhaltung, "
              "die Lohnabrechnung und den Jahresabschluss."),
        ("h2", "Unser Angebot"),
        ("li", "Laufende Finanzbuchhaltung und Belegprüfung"),
        ("li", "Lohn- und Gehaltsabrechnung für bis zu hundert Beschäftigte"),
        ("li", "Vorbereitung des Jahresabschlusses für die Steuerberatung"),
        ("li", "Einrichtung digitaler Belegablage und Schulung Ihres Teams"),
        ("p", "Gern erstellen wir Ihnen ein unverbindliches Angebot, das auf die Größe Ihres Betriebs "
              "zugeschnitten ist.")]},
    {"lang": "de", "title": "Neue Kurse im Frühjahr", "blocks": [
        ("p", "Die Volkshochschule startet im März mit mehr als vierzig neuen Kursen in das "
              "Frühjahrssemester."),
        ("p", "Neu im Programm sind ein Einführungskurs in die Fotografie mit dem Smartphone, ein "
              "Gesprächskreis für Englisch auf mittlerem Niveau und ein Kochkurs zur regionalen "
              "Küche."),
        ("p", "Die Anmeldung ist ab sofort online und in der Geschäftsstelle möglich. Viele Kurse "
              "haben nur zwölf Plätze, eine frühe Anmeldung lohnt sich.")]},
    {"lang": "de", "title": "Praxisinformationen", "blocks": [
        ("p", "Unsere Praxis für Physiotherapie befindet sich im Erdgeschoss des Ärztehauses und ist "
              "barrierefrei erreichbar."),
        ("h2", "Behandlungsschwerpunkte"),
        ("li", "Manuelle Therapie bei Rücken- und Gelenkbeschwerden"),
        ("li", "Krankengymnastik nach Operationen und Sportverletzungen"),
        ("li", "Lymphdrainage und Massage"),
        ("p", "Termine vergeben wir telefonisch. Bitte bringen Sie zur ersten Behandlung Ihre "
              "ärztliche Verordnung und ein großes Handtuch mit.")]},
    {"lang": "fr", "title": "Notre association", "blocks": [
        ("p", "Fondée en 1987, notre association réunit une centaine de bénévoles qui entretiennent les "
              "sentiers de randonnée de la vallée."),
        ("p", "Chaque printemps, nous organisons des journées de nettoyage ouvertes à toutes et à tous, "
              "suivies d'un repas partagé au foyer communal."),
        ("h2", "Nos activités"),
        ("li", "Balisage et entretien de quatre-vingts kilomètres de sentiers"),
        ("li", "Sorties guidées pour les familles le premier dimanche du mois"),
        ("li", "Ateliers de découverte de la flore locale"),
        ("p", "L'adhésion annuelle est de quinze euros et donne accès à toutes les sorties.")]},
    {"lang": "it", "title": "Chi siamo", "blocks": [
        ("p", "La nostra cooperativa agricola riunisce trenta aziende familiari che coltivano olivi e "
              "viti sulle colline a sud della città."),
        ("p", "Dal frantoio comune esce ogni autunno un olio extravergine prodotto esclusivamente con "
              "olive dei soci, raccolte a mano e lavorate entro ventiquattro ore."),
        ("h2", "Visite e degustazioni"),
        ("p", "Su prenotazione accogliamo gruppi e scuole per una visita del frantoio e una "
              "degustazione guidata dei nostri prodotti."),
        ("p", "Lo spaccio aziendale è aperto dal martedì al sabato.")]},
    {"lang": "es", "title": "Historia del club", "blocks": [
        ("p", "El club de remo nació en 1952, cuando un grupo de pescadores del puerto decidió "
              "competir con sus propias traineras en las regatas de verano."),
        ("p", "Hoy entrenan en nuestras instalaciones más de doscientos deportistas de todas las "
              "edades, desde la escuela infantil hasta el equipo de veteranos."),
        ("h2", "Instalaciones"),
        ("li", "Hangar con cuarenta embarcaciones"),
        ("li", "Gimnasio y sala de remoergómetros"),
        ("li", "Vestuarios renovados en 2019"),
        ("p", "Las inscripciones para la nueva temporada se abren en septiembre.")]},
    {"lang": "pl", "title": "O nas", "blocks": [
        ("p", "Nasza piekarnia rodzinna działa od trzech pokoleń w tym samym budynku przy rynku "
              "starego miasta."),
        ("p", "Chleb wypiekamy codziennie na naturalnym zakwasie, z mąki pochodzącej z pobliskiego "
              "młyna, bez dodatków i polepszaczy."),
        ("h2", "Nasza oferta"),
        ("li", "Chleb żytni i pszenno-żytni na zakwasie"),
        ("li", "Drożdżówki i ciasta sezonowe"),
        ("li", "Zamówienia okolicznościowe na wesela i komunie"),
        ("p", "Zapraszamy od poniedziałku do soboty od godziny szóstej rano.")]},
]

# -------------------------------------------------------------- localized chrome
CHROME: dict[str, dict[str, Any]] = {  # invented chrome text per language
    "de": {"home": "Startseite", "here": "Sie sind hier:", "print": "Seite drucken", "top": "Nach oben",
           "share": "Teilen", "back": "Zurück zur Übersicht", "more": "weiterlesen", "news": "Aktuelles",
           "contact": "Kontakt", "hours": "Öffnungszeiten", "hours_txt": "Mo–Fr 8:00–16:00 Uhr, Do bis 18:00 Uhr",
           "phone": "Telefon", "legal": ["Impressum", "Datenschutz", "Kontakt", "AGB", "Sitemap", "Barrierefreiheit"],
           "cookie": ("Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu "
                      "ermöglichen. Einige sind technisch notwendig, andere helfen uns, die Seite zu verbessern. "
                      "Weitere Informationen finden Sie in unserer Datenschutzerklärung."),
           "cookie_btn": ["Alle akzeptieren", "Nur notwendige", "Cookie-Einstellungen"],
           "menu": ["Rathaus & Politik", "Bürgerservice", "Leben & Wohnen", "Wirtschaft", "Kultur & Freizeit",
                    "Bildung", "Umwelt", "Verkehr", "Presse", "Stellenangebote"],
           "sub": ["Bürgermeister", "Gemeinderat", "Verwaltung", "Ortsrecht", "Formulare", "Abfallkalender",
                   "Kitas", "Schulen", "Bauleitplanung", "Friedhöfe", "Feuerwehr", "Vereine"],
           "teasers": ["Sommerfest am Seeufer", "Neue Mitglieder im Vorstand", "Rückblick auf die Saison",
                       "Arbeitseinsatz im Vereinsheim"],
           "teaser_txt": "Ein kurzer erfundener Anriss dieser anderen Meldung, damit er wie Fließtext aussieht.",
           "join": "Mitglied werden", "join_txt": "Unterstützen Sie unsere Arbeit mit einer Mitgliedschaft.",
           "cart": "Warenkorb", "account": "Mein Konto", "search": "Suchen",
           "vat": "Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten.",
           "hotline": "Service-Hotline", "prev": "Vorheriger Artikel", "next": "Nächster Artikel",
           "details": "Details", "written": "Geschrieben von", "category": "Kategorie", "hits": "Zugriffe",
           "login": "Anmelden", "address": "Hauptstraße 12, 12345 Musterstadt", "font": "Schriftgröße",
           "easy": "Leichte Sprache", "copy": "Alle Rechte vorbehalten."},
    "fr": {"home": "Accueil", "here": "Vous êtes ici :", "print": "Imprimer la page", "top": "Haut de page",
           "share": "Partager", "back": "Retour à la liste", "more": "Lire la suite", "news": "Actualités",
           "contact": "Contact", "hours": "Horaires d'ouverture", "hours_txt": "Du lundi au vendredi, 9h–17h",
           "phone": "Téléphone", "legal": ["Mentions légales", "Politique de confidentialité", "Contact",
                                           "Plan du site", "Accessibilité"],
           "cookie": ("Ce site utilise des cookies pour améliorer votre expérience de navigation et "
                      "mesurer l'audience. Vous pouvez accepter ou refuser ces cookies à tout moment."),
           "cookie_btn": ["Tout accepter", "Tout refuser", "Personnaliser"],
           "menu": ["Mairie", "Démarches", "Vivre ici", "Économie", "Culture", "Éducation", "Environnement",
                    "Transports", "Presse", "Emploi"],
           "sub": ["Le maire", "Conseil municipal", "Services", "Arrêtés", "Formulaires", "Déchets",
                   "Crèches", "Écoles", "Urbanisme", "Cimetières", "Pompiers", "Associations"],
           "teasers": ["Fête d'été au bord du lac", "Nouveaux membres au bureau", "Bilan de la saison",
                       "Journée de travaux au local"],
           "teaser_txt": "Un court résumé inventé de cette autre nouvelle, pour ressembler à du texte.",
           "join": "Adhérer", "join_txt": "Soutenez notre action en devenant membre.",
           "cart": "Panier", "account": "Mon compte", "search": "Rechercher",
           "vat": "Tous les prix TTC, hors frais de livraison.", "hotline": "Service client",
           "prev": "Article précédent", "next": "Article suivant", "details": "Détails",
           "written": "Écrit par", "category": "Catégorie", "hits": "Affichages", "login": "Connexion",
           "address": "12 rue Principale, 75000 Villeneuve", "font": "Taille du texte",
           "easy": "Facile à lire", "copy": "Tous droits réservés."},
    "it": {"home": "Home", "here": "Ti trovi in:", "print": "Stampa la pagina", "top": "Torna su",
           "share": "Condividi", "back": "Torna all'elenco", "more": "Leggi tutto", "news": "Notizie",
           "contact": "Contatti", "hours": "Orari di apertura", "hours_txt": "Lun–Ven 9:00–13:00",
           "phone": "Telefono", "legal": ["Note legali", "Privacy", "Cookie policy", "Contatti",
                                          "Mappa del sito"],
           "cookie": ("Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. "
                      "Chiudendo questo banner acconsenti all'uso dei cookie."),
           "cookie_btn": ["Accetta tutti", "Rifiuta", "Preferenze"],
           "menu": ["Comune", "Servizi", "Vivere", "Economia", "Cultura", "Scuola", "Ambiente", "Mobilità",
                    "Stampa", "Bandi"],
           "sub": ["Sindaco", "Consiglio comunale", "Uffici", "Regolamenti", "Modulistica", "Rifiuti",
                   "Asili", "Scuole", "Urbanistica", "Cimiteri", "Protezione civile", "Associazioni"],
           "teasers": ["Festa d'estate al lago", "Nuovi soci nel direttivo", "Bilancio della stagione",
                       "Giornata di lavoro in sede"],
           "teaser_txt": "Un breve sunto inventato di questa altra notizia, per sembrare un paragrafo.",
           "join": "Diventa socio", "join_txt": "Sostieni la nostra attività con una quota associativa.",
           "cart": "Carrello", "account": "Il mio account", "search": "Cerca",
           "vat": "Tutti i prezzi IVA inclusa, spese di spedizione escluse.", "hotline": "Assistenza",
           "prev": "Articolo precedente", "next": "Articolo successivo", "details": "Dettagli",
           "written": "Scritto da", "category": "Categoria", "hits": "Visite", "login": "Accedi",
           "address": "Via Roma 12, 00100 Borgonuovo", "font": "Dimensione testo",
           "easy": "Lingua facile", "copy": "Tutti i diritti riservati."},
    "es": {"home": "Inicio", "here": "Usted está aquí:", "print": "Imprimir página", "top": "Volver arriba",
           "share": "Compartir", "back": "Volver al listado", "more": "Leer más", "news": "Noticias",
           "contact": "Contacto", "hours": "Horario de atención", "hours_txt": "Lunes a viernes, 9:00–14:00",
           "phone": "Teléfono", "legal": ["Aviso legal", "Política de privacidad", "Política de cookies",
                                          "Contacto", "Accesibilidad"],
           "cookie": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si "
                      "continúa navegando, consideramos que acepta su uso."),
           "cookie_btn": ["Aceptar todas", "Rechazar", "Configurar"],
           "menu": ["Ayuntamiento", "Trámites", "Vivir", "Economía", "Cultura", "Educación", "Medio ambiente",
                    "Movilidad", "Prensa", "Empleo"],
           "sub": ["Alcaldía", "Pleno", "Servicios", "Ordenanzas", "Impresos", "Residuos", "Guarderías",
                   "Colegios", "Urbanismo", "Cementerios", "Bomberos", "Asociaciones"],
           "teasers": ["Fiesta de verano en el lago", "Nuevos miembros en la junta", "Balance de la temporada",
                       "Jornada de trabajo en la sede"],
           "teaser_txt": "Un breve resumen inventado de esta otra noticia, para parecer un párrafo.",
           "join": "Hazte socio", "join_txt": "Apoya nuestro trabajo con una cuota de socio.",
           "cart": "Carrito", "account": "Mi cuenta", "search": "Buscar",
           "vat": "Todos los precios con IVA incluido, gastos de envío no incluidos.", "hotline": "Atención al cliente",
           "prev": "Artículo anterior", "next": "Artículo siguiente", "details": "Detalles",
           "written": "Escrito por", "category": "Categoría", "hits": "Visitas", "login": "Acceder",
           "address": "Calle Mayor 12, 28000 Villanueva", "font": "Tamaño de letra",
           "easy": "Lectura fácil", "copy": "Todos los derechos reservados."},
    "pl": {"home": "Strona główna", "here": "Jesteś tutaj:", "print": "Drukuj stronę", "top": "Do góry",
           "share": "Udostępnij", "back": "Powrót do listy", "more": "Czytaj więcej", "news": "Aktualności",
           "contact": "Kontakt", "hours": "Godziny otwarcia", "hours_txt": "Pon–Pt 8:00–16:00",
           "phone": "Telefon", "legal": ["Polityka prywatności", "Regulamin", "Kontakt", "Mapa strony",
                                         "Deklaracja dostępności"],
           "cookie": ("Ta strona korzysta z plików cookies w celu realizacji usług. Możesz określić "
                      "warunki przechowywania lub dostępu do cookies w Twojej przeglądarce."),
           "cookie_btn": ["Akceptuję", "Odrzuć", "Ustawienia"],
           "menu": ["Urząd", "Sprawy", "Mieszkańcy", "Gospodarka", "Kultura", "Edukacja", "Środowisko",
                    "Transport", "Prasa", "Praca"],
           "sub": ["Burmistrz", "Rada miejska", "Wydziały", "Uchwały", "Formularze", "Odpady", "Żłobki",
                   "Szkoły", "Planowanie", "Cmentarze", "Straż pożarna", "Organizacje"],
           "teasers": ["Festyn nad jeziorem", "Nowi członkowie zarządu", "Podsumowanie sezonu",
                       "Dzień pracy w siedzibie"],
           "teaser_txt": "Krótkie wymyślone streszczenie tej innej wiadomości, by wyglądało jak akapit.",
           "join": "Zostań członkiem", "join_txt": "Wesprzyj naszą pracę, zostając członkiem.",
           "cart": "Koszyk", "account": "Moje konto", "search": "Szukaj",
           "vat": "Wszystkie ceny zawierają VAT, bez kosztów wysyłki.", "hotline": "Obsługa klienta",
           "prev": "Poprzedni artykuł", "next": "Następny artykuł", "details": "Szczegóły",
           "written": "Autor", "category": "Kategoria", "hits": "Odsłony", "login": "Zaloguj",
           "address": "ul. Główna 12, 00-001 Miasteczko", "font": "Rozmiar czcionki",
           "easy": "Tekst łatwy do czytania", "copy": "Wszelkie prawa zastrzeżone."},
}


def words(d: dict[str, Any]) -> dict[str, Any]:
    """The chrome text for the body's language (German for languages without their own)."""
    return CHROME.get(d["lang"], CHROME["de"])


# ------------------------------------------------------------------ bodies
def load_bodies(per_lang: int) -> list[dict[str, Any]]:
    """Up to ``per_lang`` fundus bodies per European language (stable hash order) + the short bodies."""
    truth = json.loads((ws.DEVSETS / "fundus" / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth, key=lambda k: hashlib.sha1(k.encode()).hexdigest())
    taken: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for key in keys:
        rec = truth[key]
        lang = rec.get("lang") or "?"
        paras = ws._paragraphs(rec.get("articleBody") or "")
        if lang not in LANGS or len(paras) < 3 or taken.get(lang, 0) >= per_lang:
            continue
        taken[lang] = taken.get(lang, 0) + 1
        out.append({"set": "fundus", "key": key, "lang": lang, "title": (rec.get("title") or "").strip(),
                    "blocks": [("p", x) for x in paras], "body": "\n".join(paras)})
    for i, rec in enumerate(SHORT):
        out.append({"set": "short", "key": f"short{i:02d}-{rec['lang']}", "lang": rec["lang"],
                    "title": rec["title"], "blocks": rec["blocks"],
                    "body": "\n".join(t for _, t in rec["blocks"])})
    return out


def render(blocks: list[Block], pcls: str = "", hcls: str = "") -> str:
    """The blocks as HTML: list items grouped in one ``<ul>``."""
    out, items = [], []
    pc = f' class="{pcls}"' if pcls else ""
    hc = f' class="{hcls}"' if hcls else ""
    for tag, text in blocks + [("end", "")]:
        if tag == "li":
            items.append(f"<li>{ws._e(text)}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if tag == "p":
            out.append(f"<p{pc}>{ws._e(text)}</p>")
        elif tag.startswith("h"):
            out.append(f"<{tag}{hc}>{ws._e(text)}</{tag}>")
    return "".join(out)


def chunks(blocks: list[Block], size: int = 3) -> list[list[Block]]:
    """The blocks cut into runs of ``size``, a heading always opening a run."""
    out: list[list[Block]] = [[]]
    for b in blocks:
        if out[-1] and (len(out[-1]) >= size and b[0] != "li" or b[0].startswith("h")):
            out.append([])
        out[-1].append(b)
    return [c for c in out if c]


# ------------------------------------------------------------------ chrome parts
def page(d: dict[str, Any], body: str, site: str = "Musterstadt") -> str:
    return (f'<!DOCTYPE html><html lang="{d["lang"]}"><head><meta charset="utf-8"><title>{ws._e(d["title"])} | '
            f'{site}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>{body}</html>')


def cookie(d: dict[str, Any], cls: str = "cookie-banner") -> str:
    w = words(d)
    btns = "".join(f'<button class="btn">{b}</button>' for b in w["cookie_btn"])
    return (f'<div class="{cls}" role="dialog" aria-label="Cookies"><p>{ws._e(w["cookie"])}</p>'
            f'<a href="/datenschutz">{w["legal"][1]}</a><div class="buttons">{btns}</div></div>')


def menu(d: dict[str, Any], cls: str = "nav", item: str = "") -> str:
    ic = f' class="{item}"' if item else ""
    return (f'<ul class="{cls}">' + "".join(f'<li{ic}><a href="/m{i}">{ws._e(m)}</a></li>'
                                             for i, m in enumerate(words(d)["menu"])) + "</ul>")


def crumbs(d: dict[str, Any], cls: str = "breadcrumb") -> str:
    w = words(d)
    return (f'<div class="{cls}"><span class="here">{w["here"]}</span> <a href="/">{w["home"]}</a> &gt; '
            f'<a href="/m1">{ws._e(w["menu"][1])}</a> &gt; <span>{ws._e(d["title"][:40])}</span></div>')


def tools(d: dict[str, Any], cls: str = "page-tools") -> str:
    w = words(d)
    return (f'<div class="{cls}"><a href="javascript:window.print()">{w["print"]}</a> '
            f'<a href="#share">{w["share"]}</a> <a href="#top">{w["top"]}</a></div>')


def contact_box(d: dict[str, Any], cls: str = "contact-box") -> str:
    w = words(d)
    return (f'<div class="{cls}"><h3>{w["contact"]}</h3><p>{w["address"]}<br>{w["phone"]}: 01234 56789-0<br>'
            f'<a href="mailto:info@example.org">info@example.org</a></p><h4>{w["hours"]}</h4>'
            f'<p>{w["hours_txt"]}</p></div>')


def legal_footer(d: dict[str, Any], cls: str = "footer") -> str:
    w = words(d)
    links = " | ".join(f'<a href="/l{i}">{x}</a>' for i, x in enumerate(w["legal"]))
    return f'<footer class="{cls}"><p>© 2024 {w["address"].split(",")[0]} · {w["copy"]}</p><p>{links}</p></footer>'


def teasers(d: dict[str, Any], cls: str = "news-teasers", more: bool = True) -> str:
    w = words(d)
    rd = f' <a class="more" href="#">{w["more"]}</a>' if more else ""
    items = "".join(f'<div class="teaser"><span class="date">0{i + 1}.03.2024</span><h4><a href="/n{i}">'
                    f'{ws._e(x)}</a></h4><p>{ws._e(w["teaser_txt"])}{rd}</p></div>'
                    for i, x in enumerate(w["teasers"]))
    return f'<div class="{cls}"><h3>{w["news"]}</h3>{items}</div>'


def subnav(d: dict[str, Any], cls: str = "subnav") -> str:
    subs = words(d)["sub"]
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/s{i}">{ws._e(s)}</a></li>'
                                                 for i, s in enumerate(subs)) + "</ul></nav>"


# ------------------------------------------------------------------ templates
def t_typo3(d: dict[str, Any]) -> str:
    """fluid_styled_content: one ``frame`` per content element, header + ``ce-bodytext``."""
    w = words(d)
    frames = []
    for i, ch in enumerate(chunks(d["blocks"])):
        head = ""
        if ch[0][0].startswith("h"):
            head = f'<header><h2 class="">{ws._e(ch[0][1])}</h2></header>'
            ch = ch[1:]
        gallery = ('<div class="ce-gallery ce-border" data-ce-columns="1" data-ce-images="1"><div class="ce-row">'
                   '<div class="ce-column"><figure class="image"><img class="image-embed-item" src="/fileadmin/'
                   'a.jpg" alt=""></figure></div></div></div>') if i == 1 else ""
        kind = "textpic" if gallery else "text"
        frames.append(f'<div id="c{100 + i}" class="frame frame-default frame-type-{kind} frame-layout-0">'
                      f'<a id="c{200 + i}"></a>{head}<div class="ce-textpic ce-right ce-intext">{gallery}'
                      f'<div class="ce-bodytext">{render(ch)}</div></div></div>')
    title = (f'<div id="c99" class="frame frame-default frame-type-header frame-layout-0"><header>'
             f'<h1 class="">{ws._e(d["title"])}</h1></header></div>')
    return page(d, f'<body id="p42" class="page-42 pagelevel-2 language-0 backendlayout-default layout-default">'
                f'<div class="body-bg"><a class="sr-only" href="#page-content">{w["top"]}</a>'
                f'<header id="page-header" class="navbar navbar-mainnavigation"><div class="container">'
                f'<a class="navbar-brand" href="/">Musterstadt</a>{menu(d, "navbar-nav", "nav-item")}</div></header>'
                f'<div class="breadcrumb-section">{crumbs(d, "container")}</div>'
                f'<div id="page-content" class="bp-page-content main-section"><div class="container"><div class="row">'
                f'<div class="col-md-3 subnavigation">{subnav(d, "nav-sub")}</div><main class="col-md-9 maincontent-wrap" '
                f'role="main"><!--TYPO3SEARCH_begin-->{title}{"".join(frames)}<!--TYPO3SEARCH_end-->'
                f'{tools(d)}</main></div></div></div><footer id="page-footer" class="bp-page-footer">'
                f'<section class="section footer-section"><div class="container"><div class="row">'
                f'<div class="col-md-4">{contact_box(d, "frame frame-default frame-type-text")}</div>'
                f'<div class="col-md-8">{legal_footer(d, "frame frame-default frame-type-menu_pages")}</div>'
                f'</div></div></section></footer>{cookie(d, "cookieconsent tx-cookieconsent")}</div></body>')


def t_typo3_csc(d: dict[str, Any]) -> str:
    """css_styled_content (older TYPO3): ``csc-default`` elements, ``csc-textpic-text``."""
    els = []
    for i, ch in enumerate(chunks(d["blocks"])):
        head = ""
        if i == 0:
            head = f'<div class="csc-header csc-header-n1"><h1 class="csc-firstHeader">{ws._e(d["title"])}</h1></div>'
        elif ch[0][0].startswith("h"):
            head = f'<div class="csc-header csc-header-n{i + 1}"><h2>{ws._e(ch[0][1])}</h2></div>'
            ch = ch[1:]
        els.append(f'<div id="c{300 + i}" class="csc-default">{head}<div class="csc-textpic csc-textpic-intext-right">'
                   f'<div class="csc-textpic-text">{render(ch, "bodytext")}</div></div></div>')
    return page(d, f'<body><div id="wrap"><div id="header"><div id="logo"><a href="/">Musterstadt</a></div>'
                f'<div id="topnav">{menu(d, "level1")}</div></div><div id="rootline">{crumbs(d, "rootline")}</div>'
                f'<div id="col1">{subnav(d, "menu-level2")}</div><div id="col2"><div id="content">'
                f'{"".join(els)}</div><div id="printlink">{tools(d, "csc-tools")}</div></div>'
                f'<div id="col3">{teasers(d, "news-latest-container")}</div><div id="footer">{legal_footer(d, "csc-footer")}'
                f'</div></div></body>')


def t_typo3_news(d: dict[str, Any]) -> str:
    """The TYPO3 news extension's detail view (``news-single``, ``news-text-wrap``)."""
    w = words(d)
    first, rest = d["blocks"][:1], d["blocks"][1:]
    return page(d, f'<body class="page-55">{cookie(d, "cc-window cc-banner")}<header class="header">'
                f'{menu(d, "mainnav")}</header>{crumbs(d)}<div class="container"><div class="row"><div class="col-8">'
                f'<div id="c555" class="frame frame-default frame-type-news_newsdetail frame-layout-0">'
                f'<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">'
                f'<div class="header"><h3 itemprop="headline">{ws._e(d["title"])}</h3></div>'
                f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" '
                f'datetime="2024-03-02">02.03.2024</time></span><span class="news-list-category">{w["news"]}</span>'
                f'</p></div><div class="teaser-text" itemprop="description">{render(first)}</div>'
                f'<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image">'
                f'<img src="/fileadmin/n.jpg" alt=""></div></div></div>'
                f'<div class="news-text-wrap" itemprop="articleBody">{render(rest)}</div>'
                f'<div class="news-backlink-wrap"><a href="/news">{w["back"]}</a></div>'
                f'<div class="news-related-wrap"><div class="news-related news-related-news"><h4>{w["news"]}</h4>'
                f'<ul>' + "".join(f'<li><span class="news-related-news-date">0{i}.02.2024</span><a href="/n{i}">'
                                  f'{ws._e(t)}</a></li>' for i, t in enumerate(w["teasers"])) +
                f'</ul></div></div></div></div></div></div><div class="col-4">{contact_box(d)}</div></div></div>'
                f'{legal_footer(d)}</body>')


def t_contao(d: dict[str, Any]) -> str:
    """Contao page: ``mod_article`` with ``ce_text block`` elements, left navigation module."""
    els = []
    for i, ch in enumerate(chunks(d["blocks"])):
        head = ""
        if i == 0:
            head = f'<h1 class="ce_headline first">{ws._e(d["title"])}</h1>'
        if ch[0][0].startswith("h"):
            head += f'<h2>{ws._e(ch[0][1])}</h2>'
            ch = ch[1:]
        els.append(f'{head}<div class="ce_text{" first" if i == 0 else ""} block">{render(ch)}</div>')
    return page(d, f'<body id="top" class="mac chrome blink ch120"><div id="wrapper"><header id="header">'
                f'<div class="inside"><div class="mod_navigation block"><a href="#skipNavigation1" class="invisible">'
                f'Navigation überspringen</a>{menu(d, "level_1")}<span id="skipNavigation1" class="invisible"></span>'
                f'</div></div></header><div class="custom"><div id="breadcrumb"><div class="inside">'
                f'<div class="mod_breadcrumb block">{crumbs(d, "bc")}</div></div></div></div>'
                f'<div id="container"><main id="main"><div class="inside"><div class="mod_article first last block" '
                f'id="article-12">{"".join(els)}</div></div></main><aside id="left"><div class="inside">'
                f'<nav class="mod_navigation block">{subnav(d, "level_2")}</nav>{contact_box(d, "mod_html block")}'
                f'</div></aside></div><footer id="footer"><div class="inside">{legal_footer(d, "mod_customnav block")}'
                f'<a href="#top" class="totop">{words(d)["top"]}</a></div></footer></div>'
                f'{cookie(d, "mod_cookiebar cookiebar")}</body>')


def t_contao_news(d: dict[str, Any]) -> str:
    """Contao news reader: ``mod_newsreader`` / ``layout_full`` with ``ce_text`` elements, news list aside."""
    w = words(d)
    els = "".join(f'<div class="ce_text block">{render(ch)}</div>' for ch in chunks(d["blocks"]))
    return page(d, f'<body id="top"><div id="wrapper"><header id="header"><div class="inside">{menu(d, "level_1")}'
                f'</div></header><div id="container"><main id="main"><div class="inside"><div class="mod_article first '
                f'last block" id="article-3"><div class="mod_newsreader block"><div class="layout_full block">'
                f'<h1>{ws._e(d["title"])}</h1><p class="info"><time datetime="2024-03-02T10:00:00+01:00">'
                f'02.03.2024 10:00</time> von Redaktion</p>{els}</div><p class="back"><a href="javascript:history.go(-1)" '
                f'title="{w["back"]}">{w["back"]}</a></p></div></div></div></main><aside id="right"><div class="inside">'
                f'<div class="mod_newslist block">{teasers(d, "layout_latest arc_1 block")}</div></div></aside></div>'
                f'<footer id="footer"><div class="inside">{legal_footer(d, "mod_customnav block")}</div></footer></div>'
                f'</body>')


def t_joomla(d: dict[str, Any]) -> str:
    """Joomla ``item-page`` with the article-info list, pager and ``moduletable`` side modules."""
    w = words(d)
    return page(d, f'<body class="site com_content view-article no-layout no-task itemid-101"><div class="body">'
                f'<div class="container"><header class="header"><a class="brand" href="/">Musterverein</a>'
                f'<div class="header-search"><form><input name="searchword" placeholder="{w["search"]} ..."></form>'
                f'</div></header><nav class="navigation">{menu(d, "nav menu nav-pills mod-list")}</nav>'
                f'<div class="moduletable"><ul itemscope class="breadcrumb"><li>{w["here"]} &#160;</li>'
                f'<li><a href="/" class="pathway">{w["home"]}</a></li><li class="active"><span>'
                f'{ws._e(d["title"][:30])}</span></li></ul></div><div class="row-fluid"><main id="content" role="main" '
                f'class="span9"><div id="system-message-container"></div><div class="item-page" itemscope '
                f'itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="{d["lang"]}">'
                f'<div class="page-header"><h2 itemprop="headline">{ws._e(d["title"])}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">{w["details"]}</dt>'
                f'<dd class="createdby" itemprop="author">{w["written"]} <span itemprop="name">Super User</span></dd>'
                f'<dd class="category-name">{w["category"]}: <a href="/c">{w["news"]}</a></dd>'
                f'<dd class="published"><time datetime="2024-03-02T10:00:00+00:00" itemprop="datePublished">'
                f'02. März 2024</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:812">'
                f'{w["hits"]}: 812</dd></dl><div itemprop="articleBody">{render(d["blocks"])}</div>'
                f'<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/p" rel="prev">'
                f'<span class="icon-chevron-left"></span> {w["prev"]}</a></li><li class="next"><a href="/n" rel="next">'
                f'{w["next"]} <span class="icon-chevron-right"></span></a></li></ul></div></main>'
                f'<div id="aside" class="span3"><div class="moduletable"><h3>{w["news"]}</h3>'
                f'<ul class="latestnews mod-list">' + "".join(f'<li><a href="/n{i}">{ws._e(t)}</a></li>'
                                                             for i, t in enumerate(w["teasers"])) +
                f'</ul></div><div class="moduletable"><h3>{w["login"]}</h3><form><input name="username">'
                f'<input type="password" name="password"><button>{w["login"]}</button></form></div></div></div></div>'
                f'</div><footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-right">'
                f'<a href="#top" id="back-top">{w["top"]}</a></p>{legal_footer(d, "moduletable")}</div></footer>'
                f'{cookie(d, "cookie-notice")}</body>')


def t_k2(d: dict[str, Any]) -> str:
    """Joomla K2 item: intro text and full text in separate blocks."""
    w = words(d)
    first, rest = d["blocks"][:1], d["blocks"][1:]
    return page(d, f'<body><div id="page">{menu(d, "menu")}<div id="k2Container" class="itemView">'
                f'<div class="itemHeader"><span class="itemDateCreated">Samstag, 02 März 2024 10:00</span>'
                f'<h2 class="itemTitle">{ws._e(d["title"])}</h2><span class="itemAuthor">{w["written"]} '
                f'<a rel="author" href="/a">Admin</a></span></div><div class="itemToolbar"><ul>'
                f'<li><a class="itemPrintLink" href="#">{w["print"]}</a></li><li><a class="itemEmailLink" href="#">'
                f'E-Mail</a></li></ul></div><div class="itemBody"><div class="itemIntroText">{render(first)}</div>'
                f'<div class="itemFullText">{render(rest)}</div><div class="clr"></div>'
                f'<div class="itemSocialSharing">{w["share"]}</div><div class="itemHitsTwitter">'
                f'<span class="itemHits">{w["hits"]} <b>812</b></span></div></div>'
                f'<div class="itemCategory"><span>{w["category"]}</span> <a href="/c">{w["news"]}</a></div>'
                f'<div class="itemRelated"><h3>{w["news"]}</h3><ul>' + "".join(
                    f'<li><a href="/n{i}">{ws._e(t)}</a></li>' for i, t in enumerate(w["teasers"])) +
                f'</ul></div><div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId">{w["top"]}</a>'
                f'</div></div>{legal_footer(d)}</div></body>')


def t_drupal_blocks(d: dict[str, Any]) -> str:
    """Drupal 9/10 with ``block-*`` regions and the paragraphs module (one paragraph entity per run)."""
    w = words(d)
    paras = "".join(f'<div class="paragraph paragraph--type--text paragraph--view-mode--default">'
                    f'<div class="clearfix text-formatted field field--name-field-text field--type-text-long '
                    f'field--label-hidden field__item">{render(ch)}</div></div>' for ch in chunks(d["blocks"]))
    return page(d, f'<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden '
                f'focusable skip-link">{w["top"]}</a><div class="dialog-off-canvas-main-canvas"><div class="layout-'
                f'container"><header role="banner"><div class="region region-header"><div id="block-sitebranding" '
                f'class="block block-system block-system-branding-block"><a href="/" rel="home">Musterstadt</a></div>'
                f'</div><div class="region region-primary-menu"><nav id="block-mainnavigation" class="block block-menu '
                f'navigation menu--main">{menu(d, "menu")}</nav></div></header><div class="region region-breadcrumb">'
                f'<div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
                f'{crumbs(d)}</div></div><main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-'
                f'content"><div class="region region-content"><div id="block-pagetitle" class="block block-core '
                f'block-page-title-block"><h1 class="page-title"><span class="field field--name-title">'
                f'{ws._e(d["title"])}</span></h1></div><div id="block-mainpagecontent" class="block block-system '
                f'block-system-main-block"><article class="node node--type-page node--view-mode-full">'
                f'<div class="node__content"><div class="field field--name-field-paragraphs field--type-entity-'
                f'reference-revisions field--label-hidden field__items"><div class="field__item">{paras}</div></div>'
                f'</div></article></div><div id="block-druckversion" class="block block-printable">{tools(d)}</div>'
                f'</div></div><aside class="layout-sidebar-first" role="complementary"><div class="region region-'
                f'sidebar-first"><nav id="block-subnav" class="block block-menu menu--main">{subnav(d)}</nav>'
                f'<div id="block-kontakt" class="block block-block-content">{contact_box(d, "clearfix text-formatted field--name-body")}'
                f'</div></div></aside></main><footer role="contentinfo"><div class="region '
                f'region-footer"><div id="block-footer" class="block block-menu">{legal_footer(d, "menu")}</div></div>'
                f'</footer></div></div>{cookie(d, "eu-cookie-compliance-banner eu-cookie-compliance-banner-info")}'
                f'</body>')


def t_jimdo(d: dict[str, Any]) -> str:
    """Jimdo-style builder: one ``j-module`` per heading / text block."""
    w = words(d)
    mods = [f'<div class="j-module n j-header"><h1 class="">{ws._e(d["title"])}</h1></div>']
    for ch in chunks(d["blocks"], 2):
        if ch[0][0].startswith("h"):
            mods.append(f'<div class="j-module n j-header"><h2 class="">{ws._e(ch[0][1])}</h2></div>')
            ch = ch[1:]
        if ch:
            mods.append(f'<div class="j-module n j-text">{render(ch)}</div>')
    mods.insert(3, '<div class="j-module n j-hr"><hr></div>')
    return page(d, f'<body class="body cc-page j-m-gallery-styles j-m-text-styles"><div class="jtpl-main">'
                f'<div class="jtpl-header"><div class="jtpl-logo"><a href="/">Tischlerei Holzwerk</a></div>'
                f'<nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-level-0">'
                f'{menu(d, "j-nav-level-0-list")}</div></div></nav></div><div class="jtpl-content"><div class="jtpl-'
                f'content__inner"><div id="content_area" data-container="content">{"".join(mods)}</div></div></div>'
                f'<div class="jtpl-sidebar"><div data-container="sidebar"><div class="j-module n j-text">'
                f'{contact_box(d, "sidebar-contact")}</div></div></div><div class="jtpl-footer"><div class="j-meta-links">'
                f'<a href="/about/">{w["legal"][0]}</a> | <a href="#">{w["legal"][1]}</a> | <a href="#">Cookie-Richtlinie'
                f'</a> | <a href="/sitemap/">Sitemap</a></div><div class="j-admin-links"><a href="/login">{w["login"]}'
                f'</a></div></div></div>{cookie(d, "cc-individual-cookie-settings cc-window")}</body>')


def t_wix(d: dict[str, Any]) -> str:
    """Wix-style: absolute sections, each heading / paragraph run in its own rich-text component."""
    w = words(d)
    comps = [f'<div id="comp-h1" class="comp-h1 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 '
             f'wixui-rich-text__text"><span class="wixui-rich-text__text">{ws._e(d["title"])}</span></h1></div>']
    for i, ch in enumerate(chunks(d["blocks"], 2)):
        inner = "".join(f'<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{ws._e(t)}'
                        f'</span></p>' if tag != "li" else f'<ul class="font_8 wixui-rich-text__text"><li class="'
                        f'wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">{ws._e(t)}</p></li></ul>'
                        for tag, t in ch if not tag.startswith("h"))
        if ch[0][0].startswith("h"):
            inner = f'<h2 class="font_2 wixui-rich-text__text">{ws._e(ch[0][1])}</h2>' + inner
        comps.append(f'<div id="comp-t{i}" class="comp-t{i} wixui-rich-text" data-testid="richTextElement">{inner}</div>')
    btn = f'<a data-testid="linkElement" class="comp-b wixui-button" href="/kontakt"><span>{w["contact"]}</span></a>'
    return page(d, f'<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="masterPage" class="mesh-layout">'
                f'<header id="SITE_HEADER" class="wixui-header"><div data-testid="inline-content"><nav id="comp-menu" '
                f'class="wixui-dropdown-menu" aria-label="Site">{menu(d, "comp-menu-itemsContainer")}</nav></div></header>'
                f'<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="page-x"><div data-mesh-id='
                f'"Containerx"><section id="comp-s1" class="wixui-section"><div data-testid="columns" class="wixui-'
                f'column-strip"><div id="comp-c1" class="wixui-column-strip__column"><div data-mesh-id="comp-c1inline">'
                f'{"".join(comps)}{btn}</div></div></div></section></div></div></div></main><footer id="SITE_FOOTER" '
                f'class="wixui-footer"><div data-testid="richTextElement" class="wixui-rich-text"><p class="font_9">'
                f'{w["address"]} · {w["phone"]} 01234 56789</p><p class="font_9">' +
                " | ".join(f'<a href="/l{i}">{x}</a>' for i, x in enumerate(w["legal"])) +
                f'</p></div></footer></div></div></div>{cookie(d, "consent-banner-root")}</body>')


def t_squarespace(d: dict[str, Any]) -> str:
    """Squarespace-style: ``sqs-block html-block`` blocks in a layout grid, a newsletter block after."""
    w = words(d)
    blocks = "".join(f'<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-'
                     f'content"><div class="sqs-html-content">{render(ch)}</div></div></div>'
                     for ch in chunks(d["blocks"]))
    return page(d, f'<body class="collection-type-page"><header id="header" class="header"><div class="header-title">'
                f'<a href="/">Studio Nord</a></div><nav class="header-nav-list">{menu(d, "header-nav-item")}</nav></header>'
                f'<main id="page" class="container" role="main"><article class="sections" id="sections"><section '
                f'class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">'
                f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page"><div class="row sqs-row">'
                f'<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-'
                f'block-content"><div class="sqs-html-content"><h1>{ws._e(d["title"])}</h1></div></div></div>{blocks}'
                f'<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">'
                f'<h2>Newsletter</h2><p>{w["join_txt"]}</p><form><input type="email"><button>OK</button></form></div>'
                f'</div></div></div></div></div></div></section></article></main><footer class="sections" '
                f'id="footer-sections"><section class="page-section"><div class="sqs-block html-block"><div class="sqs-'
                f'html-content"><p>{w["address"]}</p><p>{" · ".join(w["legal"])}</p></div></div></section></footer>'
                f'</body>')


def t_webflow(d: dict[str, Any]) -> str:
    """Webflow-style: a hero section, the body in ``w-richtext``, a CTA section and footer grid."""
    w = words(d)
    return page(d, f'<body><div data-collapse="medium" role="banner" class="navbar w-nav"><div class="container w-'
                f'container"><a href="/" class="brand w-nav-brand">Agentur Blau</a><nav role="navigation" class="nav-menu '
                f'w-nav-menu">' + "".join(f'<a href="/m{i}" class="nav-link w-nav-link">{ws._e(m)}</a>'
                                          for i, m in enumerate(w["menu"][:6])) +
                f'</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
                f'<div class="section hero"><div class="container w-container"><h1 class="heading-1">{ws._e(d["title"])}'
                f'</h1></div></div><div class="section"><div class="container w-container"><div class="rich-text-block '
                f'w-richtext">{render(d["blocks"])}</div></div></div><div class="section cta"><div class="w-container">'
                f'<h2 class="heading-2">{w["contact"]}</h2><a href="/kontakt" class="button w-button">{w["contact"]}</a>'
                f'</div></div><div class="footer"><div class="w-layout-grid footer-grid"><div>{w["address"]}</div><div>'
                + "".join(f'<a href="/l{i}" class="footer-link">{x}</a>' for i, x in enumerate(w["legal"])) +
                f'</div></div></div>{cookie(d, "fs-cc-banner_component")}</body>')


def t_shopware(d: dict[str, Any]) -> str:
    """Shopware 6 shopping-experience page: ``cms-section`` / ``cms-block-text`` / ``cms-element-text``."""
    w = words(d)
    els = "".join(f'<div class="cms-block pos-{i} cms-block-text"><div class="cms-block-container"><div class="cms-'
                  f'block-container-row row cms-row"><div class="col-12" data-cms-element-id="e{i}"><div class="cms-'
                  f'element-text">{render(ch)}</div></div></div></div></div>' for i, ch in enumerate(chunks(d["blocks"])))
    return page(d, f'<body class="is-ctl-navigation is-act-index"><div class="skip-to-content"><a href="#content-main">'
                f'{w["top"]}</a></div><header class="header-main"><div class="container"><div class="top-bar">'
                f'<span>{w["hotline"]}: 01234 56789</span></div><div class="header-row row"><div class="header-logo-col">'
                f'<a class="header-logo-main-link" href="/">Weinhandel Süd</a></div><div class="header-search-col">'
                f'<form class="header-search-form"><input class="form-control header-search-input" placeholder="'
                f'{w["search"]}..."></form></div><div class="header-actions-col"><a class="account-menu-btn" href="/'
                f'account">{w["account"]}</a><a class="header-cart" href="/checkout/cart"><span>{w["cart"]}</span>'
                f'<span class="header-cart-total">0,00 €</span></a></div></div></div></header><div class="nav-main">'
                f'<div class="main-navigation">{menu(d, "main-navigation-menu")}</div></div><main class="content-main" '
                f'id="content-main"><div class="cms-page"><div class="cms-sections"><div class="cms-section pos-0 cms-'
                f'section-default"><div class="cms-section-default boxed"><div class="cms-block pos-t cms-block-text">'
                f'<div class="cms-element-text"><h1>{ws._e(d["title"])}</h1></div></div>{els}</div></div></div></div>'
                f'</main><footer class="footer-main"><div class="container"><div class="footer-columns row">'
                f'<div class="footer-column col-md-4"><div class="footer-column-headline">{w["hotline"]}</div><div '
                f'class="footer-column-content">{w["phone"]}: 01234 56789<br>{w["hours_txt"]}</div></div><div '
                f'class="footer-column col-md-4">{legal_footer(d, "footer-service-menu-list")}</div></div><div '
                f'class="footer-vat"><p>{w["vat"]}</p></div></div></footer>{cookie(d, "cookie-permission-container")}'
                f'</body>')


def t_magento(d: dict[str, Any]) -> str:
    """Magento 2 CMS page built with Page Builder (``data-content-type`` rows and text)."""
    w = words(d)
    txt = "".join(f'<div data-content-type="text" data-appearance="default" data-element="main">{render(ch)}</div>'
                  for ch in chunks(d["blocks"], 4))
    return page(d, f'<body class="cms-page-view page-layout-1column"><div class="page-wrapper"><header class="page-'
                f'header"><div class="panel wrapper"><div class="panel header"><ul class="header links"><li><a href='
                f'"/customer/account/login/">{w["login"]}</a></li><li><a href="/customer/account/create/">{w["account"]}'
                f'</a></li></ul></div></div><div class="header content"><a class="logo" href="/">Gartenmarkt</a><div '
                f'data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/"><span '
                f'class="text">{w["cart"]}</span></a></div></div></header><div class="sections nav-sections"><nav '
                f'class="navigation">{menu(d, "ui-menu")}</nav></div><div class="breadcrumbs"><ul class="items"><li '
                f'class="item home"><a href="/">{w["home"]}</a></li><li class="item cms_page"><strong>{ws._e(d["title"])}'
                f'</strong></li></ul></div><main id="maincontent" class="page-main"><div class="page-title-wrapper">'
                f'<h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">{ws._e(d["title"])}</span>'
                f'</h1></div><div class="columns"><div class="column main"><div data-content-type="row" data-appearance='
                f'"contained" data-element="main"><div data-enable-parallax="0" data-element="inner">{txt}</div></div>'
                f'</div></div></main><footer class="page-footer"><div class="footer content"><div class="block newsletter">'
                f'<div class="title"><strong>Newsletter</strong></div><form><input type="email"><button>OK</button>'
                f'</form></div>{legal_footer(d, "footer links")}<small class="copyright"><span>{w["copy"]}</span></small>'
                f'</div></footer></div>{cookie(d, "message global cookie")}</body>')


def t_municipality(d: dict[str, Any]) -> str:
    """A municipality page: service bar, long nested left menu, breadcrumb, contact person box, print/top links."""
    w = words(d)
    left = "".join(f'<li class="lvl1"><a href="/m{i}">{ws._e(m)}</a>' + (
        '<ul class="lvl2">' + "".join(f'<li><a href="/m{i}/s{j}">{ws._e(s)}</a></li>'
                                      for j, s in enumerate(w["sub"])) + '</ul>' if i == 1 else "") + "</li>"
        for i, m in enumerate(w["menu"]))
    return page(d, f'<body class="template-content"><div id="servicebar"><ul><li><a href="/ls">{w["easy"]}</a></li>'
                f'<li><span>{w["font"]}:</span> <a href="#">A</a> <a href="#">A+</a> <a href="#">A++</a></li><li>'
                f'<a href="/kontakt">{w["contact"]}</a></li></ul></div><div id="kopf"><a id="logo" href="/">Gemeinde '
                f'Musterstadt</a><form id="suche"><input placeholder="{w["search"]}"></form></div><div id="hauptnavi">'
                f'{menu(d, "hauptmenu")}</div><div id="seite"><div id="links"><ul class="navigation">{left}</ul></div>'
                f'<div id="mitte">{crumbs(d, "pfad")}<div class="inhalt"><h1>{ws._e(d["title"])}</h1>'
                f'{render(d["blocks"])}</div><div class="seitenfunktionen">{tools(d, "funktionen")}</div></div>'
                f'<div id="rechts"><div class="ansprechpartner">{contact_box(d, "box")}</div>{teasers(d, "box aktuelles", False)}'
                f'</div></div>{legal_footer(d, "fuss")}{cookie(d)}</body>')


def t_association(d: dict[str, Any]) -> str:
    """An association (Verein) page: the body in the middle, a news teaser column with "read more" links."""
    w = words(d)
    return page(d, f'<body><div id="container"><div id="header"><h2 class="vereinsname">Sportverein Musterstadt '
                f'e.V.</h2>{menu(d, "topmenu")}</div><div id="content-wrap"><div id="newscol">{teasers(d)}</div>'
                f'<div id="maincol"><div class="article"><h1>{ws._e(d["title"])}</h1>{render(d["blocks"])}</div>'
                f'<p class="share">{w["share"]}: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail'
                f'</a></p></div><div id="rightcol"><div class="box join"><h3>{w["join"]}</h3><p>{w["join_txt"]}</p>'
                f'<a class="button" href="/mitglied">{w["join"]}</a></div>{contact_box(d, "box")}</div></div>'
                f'<div id="footer">{legal_footer(d, "footer-links")}<a href="#top">{w["top"]}</a></div></div>'
                f'{cookie(d, "cookie-hint")}</body>')


TEMPLATES: dict[str, Callable[[dict[str, Any]], str]] = {
    "typo3": t_typo3, "typo3_csc": t_typo3_csc, "typo3_news": t_typo3_news, "contao": t_contao,
    "contao_news": t_contao_news, "joomla": t_joomla, "k2": t_k2, "drupal_blocks": t_drupal_blocks,
    "jimdo": t_jimdo, "wix": t_wix, "squarespace": t_squarespace, "webflow": t_webflow,
    "shopware": t_shopware, "magento": t_magento, "municipality": t_municipality,
    "association": t_association,
}


def chrome_lines(d: dict[str, Any]) -> list[str]:
    """Chrome strings of the body's language that no output should keep (for ``--chrome``)."""
    w = words(d)
    return [w["cookie"], w["teaser_txt"], w["hours_txt"], w["join_txt"], w["vat"], w["address"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-lang", type=int, default=8, help="fundus bodies per language")
    ap.add_argument("--templates", default="", help="comma-separated template names (default all)")
    ap.add_argument("--tool", default="newsclean", choices=sorted(ws.TOOLS))
    ap.add_argument("--worst", type=int, default=0, help="print the N worst pages")
    ap.add_argument("--dump", default="", help="write every rendered page to this folder")
    ap.add_argument("--json", default="", help="write per-page scores to this file")
    ap.add_argument("--chrome", action="store_true", help="count pages keeping a chrome line, per template")
    args = ap.parse_args(argv)

    ev = shared_runner.load()
    names = [n for n in args.templates.split(",") if n] or list(TEMPLATES)
    kept: dict[str, int] = {}

    def look(name: str, d: dict[str, Any], text: str) -> None:
        if args.chrome and any(c[:40] in text for c in chrome_lines(d)):
            kept[name] = kept.get(name, 0) + 1

    rows = ws.score_templates(ev, ws.TOOLS[args.tool](), TEMPLATES, names, load_bodies(args.per_lang), args.dump,
                              lambda name, d: str(d["body"]), look)
    ws._report(ev, rows, args.worst)
    if args.chrome:
        print("pages keeping a chrome line: " + ", ".join(f"{k} {v}" for k, v in kept.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

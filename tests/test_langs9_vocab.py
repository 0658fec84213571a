"""Labels of languages beyond English, German and Chinese (issue 9, langs9): related-list headings,
one-line references, photo credits and picture agencies, prompts, paywalls and relative time stamps.

Each concept: the label, as pages of that language write it, is dropped with its kind; an article
sentence holding a similar word is kept. The article paragraphs are written for these tests.
"""
from __future__ import annotations

import pytest

import newsclean
from newsclean.dates import relative_spans
from newsclean.plugins.appeals import appeal_of
from newsclean.plugins.credits import is_credit_line
from newsclean.plugins.prompts import is_prompt_line
from newsclean.plugins.related import is_related_heading, is_related_line

BODIES: dict[str, tuple[str, ...]] = {
    "ja": (
        "政府は十三日、新しい経済対策の概要を発表した。物価高に苦しむ家計を支えるため、電気料金やガス料金の補助を来年三月まで延長する。",
        "対策の規模は国費ベースで十兆円を超える見通しで、財源の多くは国債の追加発行でまかなう。野党からは財政規律を懸念する声も上がっている。",
        "首相は記者会見で「国民の暮らしを守ることが最優先だ」と述べ、年内の補正予算案の成立を目指す考えを示した。",
    ),
    "ko": (
        "정부는 13일 물가 안정을 위한 새로운 경제 대책을 발표했다. 전기와 가스 요금 지원을 내년 3월까지 연장하기로 했다.",
        "대책의 규모는 10조 원을 넘을 것으로 보이며 재원의 대부분은 국채 추가 발행으로 충당한다. 야당은 재정 건전성을 우려했다.",
        "총리는 기자회견에서 국민의 생활을 지키는 것이 최우선이라고 말하며 연내 추경 예산안 처리를 목표로 하겠다고 밝혔다.",
    ),
    "ar": (
        "أعلنت الحكومة يوم الاثنين عن حزمة اقتصادية جديدة للحد من ارتفاع أسعار المواد الغذائية الأساسية في جميع المحافظات.",
        "وقال وزير المالية إن دعم الكهرباء والوقود سيمدد حتى شهر مارس من العام المقبل، على أن تمول الميزانية الإضافية عبر إصدار سندات.",
        "ورأى عدد من الاقتصاديين أن الخطوة صائبة، لكنهم حذروا من مخاطر العجز المتزايد في الميزانية خلال العامين الماضيين.",
    ),
    "uk": (
        "Уряд у понеділок оголосив про новий економічний пакет, який має стримати зростання цін на основні продукти харчування.",
        "Міністр фінансів повідомив, що субсидії на електроенергію та пальне продовжать до березня наступного року, а додаткові витрати покриють випуском облігацій.",
        "Низка економістів вважає цей крок правильним, але попереджає про ризики зростання дефіциту бюджету за останні два роки.",
    ),
    "hi": (
        "सरकार ने सोमवार को बुनियादी खाद्य पदार्थों की बढ़ती कीमतों को रोकने के लिए एक नया आर्थिक पैकेज घोषित किया।",
        "वित्त मंत्री ने कहा कि बिजली और ईंधन पर सब्सिडी अगले साल मार्च तक बढ़ाई जाएगी और अतिरिक्त खर्च बॉन्ड जारी करके पूरा किया जाएगा।",
        "कई अर्थशास्त्रियों ने इस कदम को सही बताया, लेकिन पिछले दो वर्षों में बढ़ते बजट घाटे के जोखिम के प्रति आगाह किया।",
    ),
    "id": (
        "Pemerintah mengumumkan paket kebijakan ekonomi baru pada Senin untuk menahan kenaikan harga bahan pokok di seluruh provinsi.",
        "Menteri Keuangan mengatakan subsidi listrik dan bahan bakar akan diperpanjang hingga Maret tahun depan, dengan anggaran tambahan dari penerbitan obligasi.",
        "Sejumlah ekonom menilai langkah tersebut tepat, namun mengingatkan risiko defisit anggaran yang terus melebar dalam dua tahun terakhir.",
    ),
    "tr": (
        "Hükümet pazartesi günü temel gıda fiyatlarındaki artışı durdurmak için yeni bir ekonomik paket açıkladı.",
        "Maliye Bakanı, elektrik ve yakıt sübvansiyonlarının gelecek yılın mart ayına kadar uzatılacağını ve ek bütçenin tahvil ihracıyla karşılanacağını söyledi.",
        "Bazı ekonomistler adımın doğru olduğunu ancak son iki yılda giderek büyüyen bütçe açığının risk oluşturduğunu belirtti.",
    ),
    "pl": (
        "Rząd ogłosił w poniedziałek nowy pakiet gospodarczy, który ma powstrzymać wzrost cen podstawowej żywności w całym kraju.",
        "Minister finansów powiedział, że dopłaty do prądu i paliwa zostaną przedłużone do marca przyszłego roku, a dodatkowe wydatki pokryje emisja obligacji.",
        "Część ekonomistów uważa, że to właściwy krok, ale ostrzega przed ryzykiem rosnącego deficytu budżetowego w ostatnich dwóch latach.",
    ),
    "ru": (
        "Правительство в понедельник объявило о новом экономическом пакете, который должен сдержать рост цен на основные продукты питания.",
        "Министр финансов сообщил, что субсидии на электроэнергию и топливо продлят до марта следующего года, а дополнительные расходы покроют выпуском облигаций.",
        "Ряд экономистов считает этот шаг верным, но предупреждает о рисках растущего дефицита бюджета за последние два года.",
    ),
    "pt": (
        "O governo anunciou na segunda-feira um novo pacote econômico para conter a alta dos preços dos alimentos básicos em todo o país.",
        "O ministro da Fazenda disse que os subsídios à energia e aos combustíveis serão prorrogados até março do próximo ano, com recursos de emissão de títulos.",
        "Alguns economistas consideram a medida acertada, mas alertam para o risco do déficit orçamentário crescente nos últimos dois anos.",
    ),
    "es": (
        "El Gobierno anunció el lunes un nuevo paquete económico para frenar la subida de los precios de los alimentos básicos en todo el país.",
        "El ministro de Hacienda dijo que las ayudas a la electricidad y al combustible se prorrogarán hasta marzo del próximo año, financiadas con la emisión de bonos.",
        "Algunos economistas consideran acertada la medida, pero advierten del riesgo de un déficit presupuestario creciente en los últimos dos años.",
    ),
    "lv": (
        "Valdība pirmdien paziņoja par jaunu ekonomikas paketi, kuras mērķis ir bremzēt pamata pārtikas cenu kāpumu visā valstī.",
        "Finanšu ministrs sacīja, ka atbalsts elektrībai un degvielai tiks pagarināts līdz nākamā gada martam, un papildu izdevumus segs ar obligāciju emisiju.",
        "Vairāki ekonomisti uzskata šo soli par pareizu, taču brīdina par pieaugošā budžeta deficīta risku pēdējo divu gadu laikā.",
    ),
    "no": (
        "Regjeringen la mandag fram en ny økonomisk pakke som skal bremse prisveksten på vanlige matvarer i hele landet.",
        "Finansministeren sa at støtten til strøm og drivstoff forlenges til mars neste år, og at de ekstra utgiftene dekkes ved å utstede obligasjoner.",
        "Flere økonomer mener grepet er riktig, men advarer mot risikoen for et voksende budsjettunderskudd de siste to årene.",
    ),
    "th": (
        "รัฐบาลประกาศมาตรการเศรษฐกิจชุดใหม่เมื่อวันจันทร์เพื่อชะลอการขึ้นราคาอาหารพื้นฐานทั่วประเทศ",
        "รัฐมนตรีว่าการกระทรวงการคลังกล่าวว่าจะขยายการอุดหนุนค่าไฟฟ้าและน้ำมันไปจนถึงเดือนมีนาคมปีหน้า",
        "นักเศรษฐศาสตร์หลายคนเห็นว่ามาตรการนี้ถูกต้อง แต่เตือนถึงความเสี่ยงจากการขาดดุลงบประมาณที่เพิ่มขึ้น",
    ),
    "fr": (
        "Le gouvernement a annoncé lundi un nouveau plan économique pour freiner la hausse des prix des produits alimentaires de base dans tout le pays.",
        "Le ministre de l'Économie a déclaré que les aides à l'électricité et au carburant seront prolongées jusqu'en mars prochain, financées par une émission d'obligations.",
        "Plusieurs économistes jugent la mesure pertinente, mais mettent en garde contre le risque d'un déficit budgétaire croissant ces deux dernières années.",
    ),
}


def page(lang: str, inserted: "list[str]", at: "int | None" = None) -> str:
    """An article of ``lang`` with the ``inserted`` paragraphs after its body (or before paragraph ``at``)."""
    paras = list(BODIES[lang])
    i = len(paras) if at is None else at
    paras[i:i] = inserted
    return ("<html lang='%s'><head><title>T</title></head><body><article><h1>%s</h1>%s</article></body></html>"
            % (lang, BODIES[lang][0][:20], "".join(f"<p>{p}</p>" for p in paras)))


def clean(lang: str, inserted: "list[str]", at: "int | None" = None) -> newsclean.Article:
    return newsclean.Cleaner().clean(page(lang, inserted, at))


def kind_of(art: newsclean.Article, text: str) -> "str | None":
    """The kind of the removal that took ``text`` (None when it was kept)."""
    if any(text in p.text for p in art.paragraphs):
        return None
    for r in art.removed:
        if text in r.text:
            return r.kind
    return "missing"


# -- related lists: headings of that language, followed by teaser titles ------------------------------
TEASERS = {
    "ja": ("首相、来週にも訪米へ", "円相場、一時150円台に"), "ko": ("총리 다음 주 방미", "환율 한때 1400원 돌파"),
    "ar": ("الرئيس يزور باريس الأسبوع المقبل", "ارتفاع أسعار النفط"), "uk": ("Прем'єр поїде до Брюсселя", "Курс гривні впав"),
    "hi": ("प्रधानमंत्री अगले हफ्ते अमेरिका जाएंगे", "रुपया गिरा"), "id": ("Presiden ke Jepang pekan depan", "Harga beras naik"),
    "tr": ("Bakan yarın Ankara'da", "Dolar yükselişte"), "pl": ("Premier jedzie do Brukseli", "Złoty traci na wartości"),
    "ru": ("Премьер посетит Минск", "Курс рубля упал"), "pt": ("Presidente viaja a Lisboa", "Dólar sobe"),
    "es": ("El presidente viaja a Lisboa", "Sube el precio del aceite"), "no": ("Statsministeren reiser til Brussel", "Kronen faller"),
    "th": ("นายกฯ เยือนญี่ปุ่นสัปดาห์หน้า", "ราคาน้ำมันปรับขึ้น"),
}


@pytest.mark.parametrize("lang,heading", [
    ("ja", "あなたにおすすめ"), ("ja", "編集部のおすすめ"), ("ko", "가장 많이 본 뉴스"), ("ko", "관련뉴스"),
    ("ar", "مواضيع ذات صلة"), ("ar", "اقرأ أيضًا"), ("uk", "Читайте також"), ("uk", "Новини за темою"),
    ("hi", "ये भी देखें"), ("id", "Berita Populer"), ("tr", "Sıradaki Haber"), ("pl", "Przeczytaj również"),
    ("ru", "Ещё по теме"), ("pt", "Leia a seguir"), ("es", "Noticias más leídas"), ("no", "Relaterte artikler"),
    ("th", "ข่าวที่เกี่ยวข้อง"),
])
def test_related_heading_and_its_list_go(lang: str, heading: str) -> None:
    art = clean(lang, [heading, *TEASERS[lang]])
    assert kind_of(art, heading) == "related"
    assert all(p in art.text for p in BODIES[lang])


@pytest.mark.parametrize("text", ["Читайте також", "Дивіться також", "あなたにおすすめ", "가장 많이 본 뉴스",
                                  "مواضيع ذات صلة", "ये भी देखें", "Tin liên quan", "Citește și", "Lue myös"])
def test_related_headings_of_more_languages(text: str) -> None:
    assert is_related_heading(text)


@pytest.mark.parametrize("text", ["Читайте також нашу аналітику", "Главное", "Gündem", "Najważniejsze"])
def test_not_related_headings(text: str) -> None:
    assert not is_related_heading(text)


@pytest.mark.parametrize("lang,line", [
    ("uk", "Читайте також: Прем'єр поїде до Брюсселя наступного тижня"),
    ("ar", "اقرأ أيضًا: الرئيس يزور باريس الأسبوع المقبل"),
    ("pl", "Przeczytaj również: Premier jedzie do Brukseli"),
    ("hi", "ये भी देखें: प्रधानमंत्री अगले हफ्ते अमेरिका जाएंगे"),
])
def test_inline_reference_goes_mid_body(lang: str, line: str) -> None:
    art = clean(lang, [line], at=2)
    assert kind_of(art, line) == "related"


@pytest.mark.parametrize("lang,sentence", [
    ("uk", "Читайте також уважно умови договору, радять юристи, адже податкові правила змінилися цього року."),
    ("ko", "관련 뉴스가 쏟아지는 가운데 가장 많이 본 뉴스는 환율 소식이었다고 업계 관계자는 밝혔다."),
    ("ar", "وأضاف أن الأخبار ذات صلة بالميزانية ستنشر تباعا خلال الأسبوع المقبل في الجريدة الرسمية للدولة."),
])
def test_sentence_with_a_label_word_stays(lang: str, sentence: str) -> None:
    art = clean(lang, [sentence], at=2)
    assert kind_of(art, sentence) is None


# -- photo credits and picture agencies -----------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Mads Claus Rasmussen/Ritzau Scanpix", "Foto: Lise Larsen / NTB", "Kuva: Lehtikuva", "Fotó: MTI",
    "Фото: Олег Петров / УНІАН", "Kaynak: AA", "Sumber: Antara", "ဓာတ်ပုံ မူပိုင် Getty Images",
    "Image copyright Getty Images", "ภาพ: รอยเตอร์", "Ảnh: TTXVN", "Lähde: STT", "المصدر: رويترز",
])
def test_credit_lines_of_more_languages(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize("line", [
    "Kaynak: Bakanlık açıklamasına göre yangın kontrol altına alındı.",
    "Sumber: Kementerian Keuangan menyatakan bahwa defisit melebar tahun ini.",
    "Kuva", "Ritzau kertoi uutisesta ensimmäisenä maanantaina aamulla.",
])
def test_sentences_and_words_are_no_credit(line: str) -> None:
    assert not is_credit_line(line)


def test_agency_credit_goes_in_an_article() -> None:
    art = clean("no", ["Mads Claus Rasmussen/Ritzau Scanpix"])
    assert kind_of(art, "Mads Claus Rasmussen/Ritzau Scanpix") == "credit"


# -- prompts: "mark the text and press Ctrl+Enter", share and next-story links -----------------------
@pytest.mark.parametrize("lang,line", [
    ("lv", "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!"),
    ("ru", "Выделите текст и нажмите Ctrl+Enter, чтобы сообщить об ошибке"),
    ("uk", "Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter"),
    ("ja", "この記事をシェアする"), ("ko", "기사 스크랩"), ("tr", "Haberin Devamı"),
    ("id", "Bagikan artikel ini"), ("ar", "الخبر التالي"), ("ru", "Следующая новость"),
])
def test_prompt_lines(lang: str, line: str) -> None:
    assert is_prompt_line(line), (lang, line)


@pytest.mark.parametrize("line", [
    "Ctrl+Enter", "Следующая новость о субсидиях появится на сайте министерства уже в понедельник утром.",
    "Haberin devamında bakan, sübvansiyonların mart ayına kadar süreceğini açıkladı.",
])
def test_sentences_are_no_prompts(line: str) -> None:
    assert not is_prompt_line(line)


def test_prompt_goes_in_an_article() -> None:
    line = "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!"
    art = clean("lv", [line])
    assert kind_of(art, line) == "prompt"


def test_sentence_opening_like_a_prompt_stays() -> None:
    line = "Выделите время на чтение отчета: в нем министерство подробно объясняет, почему субсидии продлены."
    art = clean("ru", [line], at=2)
    assert kind_of(art, line) is None


# -- paywalls ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "会員登録（無料）で続きが読めます", "La suite est réservée aux abonnés.", "Para seguir leyendo, suscríbete a nuestro periódico",
    "Allerede abonnent? Logg inn", "Этот материал доступен только подписчикам", "Bu içerik abonelere özeldir",
])
def test_paywall_lines(line: str) -> None:
    assert appeal_of(line) == "paywall"


def test_paywall_goes_in_an_article() -> None:
    art = clean("fr", ["La suite est réservée aux abonnés."])
    assert kind_of(art, "La suite est réservée aux abonnés.") == "appeal"


def test_article_about_subscribers_stays() -> None:
    line = ("La suite du débat sur les abonnés des transports publics aura lieu mardi prochain, "
            "a précisé le ministre.")
    art = clean("fr", [line], at=2)
    assert kind_of(art, line) is None


# -- relative time stamps ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["منذ ساعتين", "منذ 3 ساعات", "2 घंटे पहले", "कुछ ही क्षण पहले", "3시간 전",
                                  "2 години тому", "2 ชั่วโมงที่แล้ว", "3 giờ trước", "לפני 3 שעות", "3 ساعت پیش"])
def test_relative_stamps_of_more_languages(text: str) -> None:
    assert relative_spans(text) == [(0, len(text))]


@pytest.mark.parametrize("lang,stamp", [("ar", "منذ ساعتين"), ("hi", "2 घंटे पहले"), ("uk", "2 години тому")])
def test_relative_stamp_under_the_title_goes(lang: str, stamp: str) -> None:
    art = clean(lang, [stamp], at=0)
    assert kind_of(art, stamp) == "timestamp"


def test_since_in_a_sentence_is_no_stamp() -> None:
    line = "وقال الوزير إن الأسعار ترتفع منذ ساعتين فقط بعد إعلان القرار، داعيا المواطنين إلى الهدوء وعدم التهافت على الشراء."
    art = clean("ar", [line], at=2)
    assert kind_of(art, line) is None


# -- comment policy: the rules and the form's required-field notes of a comment section --------------
@pytest.mark.parametrize("line", [
    "El contenido de los comentarios es la opinión de los usuarios y no de este periódico.",
    "No está permitido verter comentarios contrarios a las leyes o injuriantes.",
    "Los campos obligatorios están marcados con *", "Os campos obrigatórios estão marcados com *",
    "Wymagane pola są oznaczone *", "Обязательные поля помечены *", "Gerekli alanlar işaretlenmişlerdir *",
    "必須項目には印がついています", "이메일 주소는 공개되지 않습니다.", "आपका ईमेल पता प्रकाशित नहीं किया जाएगा।",
    "Email của bạn sẽ không được hiển thị công khai.",
])
def test_comment_policy_lines(line: str) -> None:
    from newsclean.plugins.commentpolicy import is_policy_line

    assert is_policy_line(line)


@pytest.mark.parametrize("line", [
    "El contenido de los comentarios de la ministra fue criticado por la oposición, que pidió su dimisión ayer.",
    "Los campos de trigo del sur del país sufrieron la peor sequía en medio siglo, según el ministerio.",
])
def test_sentences_about_comments_are_no_policy(line: str) -> None:
    from newsclean.plugins.commentpolicy import is_policy_line

    assert not is_policy_line(line)


def test_video_call_goes_and_a_sentence_about_a_video_stays() -> None:
    assert is_prompt_line("Saksikan video pilihan di bawah ini:")
    assert not is_prompt_line("Video yang beredar di media sosial menunjukkan para pelaku melarikan diri ke arah utara.")


# -- a caption ending with its agency alone after the sentence ----------------------------------------
def test_caption_ending_with_an_agency_after_the_sentence() -> None:
    from newsclean.plugins.credits import credit_tail

    assert credit_tail("대선 후보가 15일 전남 순천시 거리에서 열린 유세에서 연설하고 있다. 연합뉴스", caption=True) == "연합뉴스"
    assert credit_tail("Firefighters at the scene of the blaze on Tuesday. Reuters", caption=True) == "Reuters"
    assert credit_tail("Mourners gather outside the cathedral. Ritzau Scanpix", caption=True) == "Ritzau Scanpix"


def test_caption_ending_with_a_name_or_a_paragraph_ending_with_an_agency_stays() -> None:
    from newsclean.plugins.credits import credit_tail

    assert credit_tail("Firefighters at the scene of the blaze on Tuesday. Jane Doe", caption=True) is None
    assert credit_tail("The minister resigned on Tuesday, the agency said. Reuters", caption=False) is None
    assert credit_tail("The minister resigned on Tuesday. Reuters reported it first.", caption=True) is None


def test_korean_caption_with_its_agency_goes_in_an_article() -> None:
    cap = "대선 후보가 15일 전남 순천시 거리에서 열린 유세에서 연설하고 있다. 연합뉴스"
    body = "".join(f"<p>{p}</p>" for p in BODIES["ko"])
    html = ("<html lang='ko'><body><article><h1>경제 대책 발표</h1><p>" + BODIES["ko"][0] + "</p>"
            "<div class='photo'><img src='a.jpg'><div class='caption'><p>" + cap + "</p></div></div>"
            + body + "</article></body></html>")
    art = newsclean.Cleaner().clean(html)
    assert kind_of(art, cap) == "credit"
    assert all(p in art.text for p in BODIES["ko"])


# -- a caption ending with its photographer (ko "기자", ja "撮影"/"提供") --------------------------------
@pytest.mark.parametrize("text,credit", [
    ("후보가 15일 순천 시민들에게 큰절을 올리고 있다. 고영권 기자", "고영권 기자"),
    ("세션에 참가한 데이비드 삭스 미국 백악관 크립토 차르. <이종화 기자>", "이종화 기자"),
    ("移送のため警視庁を出る容疑者＝13日、東京・霞ケ関で（潟沼義樹撮影）", "潟沼義樹撮影"),
    ("事故現場で調べる警察官ら（警視庁提供）", "警視庁提供"),
])
def test_caption_ending_with_its_photographer(text: str, credit: str) -> None:
    from newsclean.plugins.credits import credit_tail

    assert credit_tail(text, caption=True) == credit


@pytest.mark.parametrize("text", [
    "정부는 이날 대책을 발표했다고 밝혔다. 이에 대해 한 기자",  # more than a name before the word
    "경찰이 현장을 조사하고 있다. 이번 사건을 취재한 기자",
])
def test_caption_ending_with_a_phrase_stays(text: str) -> None:
    from newsclean.plugins.credits import credit_tail

    assert credit_tail(text, caption=True) is None


def test_paragraph_ending_with_a_reporter_is_no_caption_credit() -> None:
    from newsclean.plugins.credits import credit_tail

    assert credit_tail("후보가 15일 순천 시민들에게 큰절을 올리고 있다. 고영권 기자", caption=False) is None


def test_japanese_memo_ui_lines_are_prompts_and_a_sentence_is_not() -> None:
    assert is_prompt_line("メモ入力") and is_prompt_line("完了しました")
    assert not is_prompt_line("工事は昨年末に完了しました。")

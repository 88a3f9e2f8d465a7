"""Page debris lines: which lines are chrome, what they tell (outlet, date), and that text is untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.ingest.debris import debris_rules, find_debris, iter_lines
from rasd.lexicon import lexicon_dir, parse_table

# A saved web page laid out like the Syria TV seed: chrome around a repeated headline.
PAGE = (
    "icon\n"
    "التغطية الحية\n"
    "\n"
    "مسيّرات تستهدف قاعدة حقل العمر في ريف دير الزور\n"
    "\n"
    "2024.02.05 | 14:20 دمشق\n"
    "\n"
    "مسيّرات تستهدف قاعدة حقل العمر في ريف دير الزور\n"
    "دخان يتصاعد من محيط القاعدة\n"
    "\u00a0تلفزيون سوريا - وكالات\n"
    "+A\n"
    "حجم الخط\n"
    "-A\n"
    "\n"
    "تعرضت قاعدة حقل العمر التي تتمركز فيها قوات أميركية لهجوم بطائرتين مسيرتين مساء أمس الأحد، "
    "بحسب مصادر محلية.\n"
    "\n"
    "اقرأ أيضاً: قصف مدفعي على قرى في ريف دير الزور\n"
    "\n"
    "وأضافت المصادر أن الدفاعات الجوية في القاعدة أسقطت إحدى الطائرتين قبل وصولها.\n"
    "شارك\n"
)
PAGE_DEBRIS = [
    "icon", "التغطية الحية", "2024.02.05 | 14:20 دمشق", "تلفزيون سوريا - وكالات", "+A", "حجم الخط", "-A",
    "اقرأ أيضاً: قصف مدفعي على قرى في ريف دير الزور", "شارك",
]


def test_page_debris_ranges_outlet_and_date() -> None:
    report = find_debris(PAGE)
    assert [PAGE[s:e] for s, e in report.ranges] == PAGE_DEBRIS
    assert report.outlet == "Syria TV"
    assert report.published == date(2024, 2, 5)
    assert report.cited_outlet is None


def test_page_content_lines_are_kept() -> None:
    marked = {PAGE[s:e] for s, e in find_debris(PAGE).ranges}
    kept = [line for _, _, line in iter_lines(PAGE) if line not in marked]
    assert kept[0] == kept[1] == "مسيّرات تستهدف قاعدة حقل العمر في ريف دير الزور"  # a repeated headline stays
    assert "دخان يتصاعد من محيط القاعدة" in kept  # a caption is not chrome
    assert len(kept) == 5


LINES = [
    pytest.param("icon", True, id="icon"),
    pytest.param("A+", True, id="font-button"),
    pytest.param("شارك", True, id="share"),
    pytest.param("شارك عبر واتساب", True, id="share-on"),
    pytest.param("تابعونا على تلغرام", True, id="follow-us"),
    pytest.param("منذ 3 ساعات", True, id="relative-time"),
    pytest.param("الوسوم: سوريا، إيران، الولايات المتحدة", True, id="tags"),
    pytest.param("2023.11.13 | 06:43 دمشق", True, id="dotted-timestamp"),
    pytest.param("١٣/١١/٢٠٢٣", True, id="arabic-indic-digits"),
    pytest.param("الإثنين 13 تشرين الثاني 2023 - 06:43", True, id="levantine-month"),
    pytest.param("نشر في: 5 فبراير 2024", True, id="published-label"),
    pytest.param("تلفزيون سوريا - وكالات", True, id="byline"),
    pytest.param("دمشق - سانا", True, id="dateline-byline"),
    pytest.param("الميادين - وكالات", True, id="ambiguous-outlet-tagged"),
    pytest.param("سامر الأحمد - خاص", True, id="reporter-byline"),
    pytest.param("عنب بلدي", True, id="bare-masthead"),
    pytest.param("العربية.نت - وكالات", True, id="dotted-site-name"),
    pytest.param("الحرة - دبي", True, id="word-outlet-dateline-at-top"),
    pytest.param("بيروت - \"النهار\"", True, id="quoted-outlet"),
    pytest.param("+A حجم الخط -A", True, id="font-controls-one-line"),
    pytest.param("الرئيسية / أخبار / قصف على ريف دير الزور", True, id="breadcrumb"),
    pytest.param("آخر تحديث: 27/5/2024 08:41 (بتوقيت مكة المكرمة)", True, id="time-zone"),
    pytest.param("فبراير 3, 2024", True, id="month-first"),
    pytest.param("الخميس ١٣ يونيو ٢٠٢٤م", True, id="year-with-mim"),
    pytest.param("الميادين", False, id="city-alone"),
    pytest.param("الميادين - البوكمال", False, id="two-cities"),
    pytest.param("الجزيرة - الحسكة", False, id="region-and-city"),
    pytest.param("المصدر: شينخوا", False, id="attribution-kept"),
    pytest.param("شارك العشرات في تشييع القتلى في البلدة", False, id="share-verb-in-sentence"),
    pytest.param("وكالات الإغاثة تحذر من نقص الغذاء في المخيمات", False, id="tag-word-in-sentence"),
    pytest.param("13 تشرين الثاني 2023 شهد قصفا عنيفا على المدينة", False, id="date-in-sentence"),
    pytest.param("8 قتلى في قصف على مواقع قرب البوكمال", False, id="headline"),
    pytest.param("روسيا - الولايات المتحدة", False, id="non-outlet-pair"),
]


@pytest.mark.parametrize(("line", "is_debris"), LINES)
def test_line_is_debris(line: str, is_debris: bool) -> None:
    text = f"قصفت طائرات مواقع في المنطقة.\n{line}\nوقال شهود إن الانفجار كان قويا.\n"
    ranges = find_debris(text).ranges
    assert (ranges == ((text.index(line), text.index(line) + len(line)),)) is is_debris
    assert bool(ranges) is is_debris


OUTLETS = [
    pytest.param("تلفزيون سوريا - وكالات", "Syria TV", None, id="byline"),
    pytest.param("دمشق - سانا", "SANA", None, id="dateline"),
    pytest.param("الميادين نت / متابعات", "Al Mayadeen", None, id="site-with-slash"),
    pytest.param("الجزيرة - وكالات", "Al Jazeera", None, id="ambiguous-with-tag"),
    pytest.param("سامر الأحمد - خاص", None, None, id="reporter"),
    pytest.param("المصدر: شينخوا", None, "Xinhua", id="attribution"),
    pytest.param("المصدر: مواقع التواصل", None, None, id="attribution-unknown"),
    pytest.param("المصدر: الميادين نت + وكالات", None, "Al Mayadeen", id="attribution-plus-agencies"),
    pytest.param("صنعاء - سبأ", "Saba", None, id="dateline-agency"),
    pytest.param("الحرة - دبي", "Al Hurra", None, id="word-outlet-dateline"),
]


def test_untagged_dateline_only_near_the_top() -> None:
    body = "".join(f"قصفت طائرات مواقع في المنطقة رقم {i}.\n" for i in range(8))
    assert find_debris(body + "الحرة - دبي\n").ranges == ()
    assert len(find_debris(body + "الحرة - وكالات\n").ranges) == 1


def test_long_lines_are_never_debris() -> None:
    line = "شارك " * 80
    assert find_debris(line + "\nقصفت طائرات مواقع.\n").ranges == ()


@pytest.mark.parametrize(("line", "outlet", "cited"), OUTLETS)
def test_outlet_read_from_debris(line: str, outlet: str | None, cited: str | None) -> None:
    report = find_debris(f"{line}\nقصفت طائرات مواقع في المنطقة.\n")
    assert (report.outlet, report.cited_outlet) == (outlet, cited)


DATES = [
    pytest.param("2023.11.13 | 06:43 دمشق", date(2023, 11, 13), id="dotted"),
    pytest.param("آخر تحديث: 27/5/2024 08:41 (بتوقيت مكة المكرمة)", date(2024, 5, 27), id="updated-with-zone"),
    pytest.param("13/11/2023", date(2023, 11, 13), id="slashed-day-first"),
    pytest.param("2023-11-13T06:43:00+02:00", date(2023, 11, 13), id="iso"),
    pytest.param("06:43 دمشق", None, id="time-only"),
]


@pytest.mark.parametrize(("line", "expected"), DATES)
def test_date_read_from_timestamp_line(line: str, expected: date | None) -> None:
    report = find_debris(f"{line}\nقصفت طائرات مواقع في المنطقة.\n")
    assert len(report.ranges) == 1
    assert report.published == expected


MONTH_NAMES = [
    pytest.param("13 تشرين الثاني 2023", date(2023, 11, 13), id="levantine"),
    pytest.param("الإثنين 5 فبراير 2024 - 14:20", date(2024, 2, 5), id="egyptian-with-weekday"),
    pytest.param("نشر في: 12 يناير 2024 ,06:58", date(2024, 1, 12), id="published-label"),
]


@pytest.mark.parametrize(("line", "expected"), MONTH_NAMES)
def test_month_name_date_read_through_timex(line: str, expected: date) -> None:
    report = find_debris(f"{line}\nقصفت طائرات مواقع في المنطقة.\n")
    assert report.published == expected


def test_first_timestamp_wins() -> None:
    report = find_debris("2023.11.13 | 06:43\nقصفت طائرات مواقع.\nآخر تحديث: 2023.11.14 | 08:00\n")
    assert report.published == date(2023, 11, 13)
    assert len(report.ranges) == 2


def test_crlf_lines() -> None:
    text = "icon\r\nقصفت طائرات مواقع في المنطقة.\r\n"
    assert [text[s:e] for s, e in find_debris(text).ranges] == ["icon"]


@pytest.mark.parametrize("name", ["debris", "outlets"])
def test_lexicon_file_is_valid(name: str) -> None:
    path = Path(lexicon_dir()) / f"{name}.tsv"
    table = parse_table(str(path), path.read_text(encoding="utf-8"))
    assert table.rows


def test_debris_rules_compile() -> None:
    rules = debris_rules()
    assert "وكالات" in rules.byline_tags
    assert rules.lines["icon"] == "ui"


POOL = ["icon", "+A", "شارك", "2023.11.13 | 06:43 دمشق", "تلفزيون سوريا - وكالات", "قصفت طائرات مواقع.",
        "  وقال شهود إن الانفجار كان قويا.  ", "", " \u00a0", "المصدر: رويترز"]


@given(st.lists(st.sampled_from(POOL), max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_ranges_are_exact_stripped_lines(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    ranges = find_debris(text).ranges
    assert list(ranges) == sorted(set(ranges))
    for s, e in ranges:
        piece = text[s:e]
        assert piece == piece.strip() and piece and "\n" not in piece


def test_links_under_a_bare_related_header_are_debris() -> None:
    """'اقرأ أيضاً:' alone on its line: the short headline lines under it are links; a full sentence ends them."""
    text = ("وقتل جنديان بانفجار عبوة ناسفة قرب بلدة الصور.\n\n"
            "اقرأ أيضاً:\n"
            "غارات روسية على مواقع للتنظيم في البادية\n"
            "مقتل عناصر من الدفاع الوطني بكمين قرب الميادين\n"
            "وقال المرصد إن حصيلة القتلى مرشحة للارتفاع بسبب وجود جرحى في حالات خطرة.\n")
    marked = [text[a:b] for a, b in find_debris(text).ranges]
    assert marked == ["اقرأ أيضاً:", "غارات روسية على مواقع للتنظيم في البادية",
                      "مقتل عناصر من الدفاع الوطني بكمين قرب الميادين"]


@pytest.mark.parametrize("header", ["أخبار ذات صلة", "مقالات ذات صلة", "ذات صلة", "مواضيع ذات صلة:"])
def test_links_under_a_related_header_without_colon_are_debris(header: str) -> None:
    """'أخبار ذات صلة' with or without a colon heads a list of links (round 17a: qa_003's question headline
    'تحليل: لماذا تتركز الضربات ...؟' was read as two strikes; 20+ dev docs of 10+ sets have the bare header)."""
    text = (f"وقتل مدنيان بقصف مدفعي على بلدة كفرنبل.\n\n{header}\n"
            "• قراءة: لماذا تكثفت الغارات على ريف إدلب الجنوبي؟\n")
    marked = [text[a:b] for a, b in find_debris(text).ranges]
    assert marked == [header, "• قراءة: لماذا تكثفت الغارات على ريف إدلب الجنوبي؟"]

"""segment: sentence ends, numbers, the Arabic comma, lists, quotations, paragraphs, headings and clauses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.normalize import normalize_text
from rasd.segment import COMMA_CLAUSE_RE, WORD_CLAUSE_RE, Sentence, _cuts, segment


def sentences(raw: str) -> list[str]:
    """The sentence texts of raw text, normalized (as the pipeline segments it)."""
    text = normalize_text(raw)
    return [text[s.start:s.end] for s in segment(text)]


def clauses(raw: str) -> list[str]:
    """The clause texts of a one-sentence raw text, normalized."""
    text = normalize_text(raw)
    found = segment(text)
    assert len(found) == 1, [text[s.start:s.end] for s in found]
    return [text[a:b] for a, b in found[0].clauses]


def norm(items: list[str]) -> list[str]:
    """Normalize each expected string."""
    return [normalize_text(x) for x in items]


@pytest.mark.parametrize(("raw", "expected"), [
    ("قصفت الطائرات الموقع. ثم انسحبت القوات.", ["قصفت الطائرات الموقع.", "ثم انسحبت القوات."]),
    ("هل انتهى الهجوم؟ لا أحد يعرف!", ["هل انتهى الهجوم؟", "لا أحد يعرف!"]),
    ("وقع الانفجار! ثم ساد الهدوء", ["وقع الانفجار!", "ثم ساد الهدوء"]),
    ("انتهى الاجتماع... وغادر الوفد.", ["انتهى الاجتماع...", "وغادر الوفد."]),
    ("سطر أول بلا نقطة\nسطر ثان بلا نقطة", ["سطر أول بلا نقطة", "سطر ثان بلا نقطة"]),
    ("وقع الهجوم في 2023.11.13 قرب المطار.", ["وقع الهجوم في 2023.11.13 قرب المطار."]),
    ("ارتفعت النسبة إلى 3.5 بالمئة أمس.", ["ارتفعت النسبة إلى 3.5 بالمئة أمس."]),
    ("وقع الهجوم في ١٣.١١.٢٠٢٣ ليلا.", ["وقع الهجوم في 13.11.2023 ليلا."]),
    ("قتل 3. وأصيب آخرون.", ["قتل 3.", "وأصيب آخرون."]),
    ("قصفت الطائرات الموقع، وقتل خمسة مسلحين، وأصيب عشرة آخرون.",
     ["قصفت الطائرات الموقع، وقتل خمسة مسلحين، وأصيب عشرة آخرون."]),
    ("ذكرت وكالة أ. ف. ب. أن الهجوم وقع فجرا.", ["ذكرت وكالة أ. ف. ب. أن الهجوم وقع فجرا."]),
    ("وصل د. سامي إلى المكان.", ["وصل د. سامي إلى المكان."]),
], ids=["full-stop", "question-exclamation", "exclamation-no-final", "ellipsis", "line-breaks",
        "date-with-dots", "decimal", "arabic-indic-date", "digit-before-stop", "arabic-comma-never-ends",
        "one-letter-abbreviations", "title-abbreviation"])
def test_sentence_ends(raw: str, expected: list[str]) -> None:
    assert sentences(raw) == norm(expected)


@pytest.mark.parametrize(("raw", "expected"), [
    ('قال المتحدث: "لن نسكت على الهجوم." ثم غادر.', ['قال المتحدث: "لن نسكت على الهجوم."', "ثم غادر."]),
    ("قال المتحدث: «انتهى الأمر.» ثم غادر.", ['قال المتحدث: "انتهى الامر."', "ثم غادر."]),
    ('قال: "هل انتهى؟" وصمت.', ['قال: "هل انتهى?"', "وصمت."]),
    ("أعلن الجيش (في بيان رسمي.) أن الوضع هادئ.", ["أعلن الجيش (في بيان رسمي.)", "أن الوضع هادئ."]),
    ('قال: "انتهى الأمر".', ['قال: "انتهى الأمر".']),
    ('سألت: "أين الجنود؟". ثم صمتت.', ['سألت: "أين الجنود؟".', "ثم صمتت."]),
], ids=["closing-quote-after-stop", "guillemets", "question-in-quotes", "closing-bracket", "stop-after-quote",
        "stop-inside-and-after-quote"])
def test_quotations_stay_with_their_sentence(raw: str, expected: list[str]) -> None:
    assert sentences(raw) == norm(expected)


@pytest.mark.parametrize(("raw", "expected"), [
    ("- قصف على القاعدة\n- هجوم على الحقل", ["قصف على القاعدة", "هجوم على الحقل"]),
    ("• قصف على القاعدة.\n• هجوم على الحقل.", ["قصف على القاعدة.", "هجوم على الحقل."]),
    ("1. قصف على القاعدة.\n2. هجوم على الحقل.", ["قصف على القاعدة.", "هجوم على الحقل."]),
    ("1) قصف على القاعدة\n2) هجوم على الحقل", ["قصف على القاعدة", "هجوم على الحقل"]),
    ("  - قصف على القاعدة", ["قصف على القاعدة"]),
    ("انتهى. - ثم عاد", ["انتهى.", "- ثم عاد"]),
    ("-5 درجات تحت الصفر", ["-5 درجات تحت الصفر"]),
], ids=["dash", "bullet", "numbered", "numbered-paren", "indented", "dash-mid-line-kept", "negative-number"])
def test_bullet_lists(raw: str, expected: list[str]) -> None:
    assert sentences(raw) == norm(expected)


def test_paragraphs_and_headings() -> None:
    text = normalize_text("عاجل: قصف على قاعدة\n\nقصفت طائرات مسيرة القاعدة فجرا. ورد الجيش.\nخبر قصير")
    found = segment(text)
    assert [(text[s.start:s.end], s.paragraph, s.heading) for s in found] == [
        ("عاجل: قصف علي قاعده", 0, True),
        ("قصفت طايرات مسيره القاعده فجرا.", 1, False),
        ("ورد الجيش.", 1, False),
        ("خبر قصير", 2, True),
    ]


@pytest.mark.parametrize(("raw", "heading"), [
    ("قصف على قاعدة في ريف دير الزور", True),
    ("قصف على قاعدة في ريف دير الزور.", False),
    ('قال المتحدث "لا تعليق"', False),
    ('مقتل جنديين في بادية حمص بكمين لخلايا "داعش"', True),
    ('قال المتحدث: "كاذب"', False),
    ("قصف على قاعدة (مصادر محلية.)", False),
    (" ".join(["كلمة"] * 15), False),
    ("وقال المتحدث باسم الجيش:", False),
    ("هل انتهى القصف؟", False),
], ids=["short-line", "final-stop", "final-quote", "final-quoted-name", "quoted-word-after-colon", "stop-in-bracket", "fifteen-words", "final-colon", "final-question"])
def test_heading(raw: str, heading: bool) -> None:
    text = normalize_text(raw)
    assert [s.heading for s in segment(text)] == [heading]


@pytest.mark.parametrize(("raw", "expected"), [
    ("قصفت القوات الأمريكية مواقع للميليشيات، وردت الميليشيات بقصف القاعدة.",
     ["قصفت القوات الأمريكية مواقع للميليشيات", "وردت الميليشيات بقصف القاعدة."]),
    ("استهدفت الطائرات مواقع الفصائل في حين ردت الفصائل بصواريخ على القاعدة.",
     ["استهدفت الطائرات مواقع الفصائل", "في حين ردت الفصائل بصواريخ على القاعدة."]),
    ("قصفت المدفعية أطراف البلدة، فيما استهدفت مسيرة سيارة على الطريق.",
     ["قصفت المدفعية أطراف البلدة", "فيما استهدفت مسيرة سيارة على الطريق."]),
    ("هاجمت الفصائل القاعدة بالصواريخ بينما أسقطت الدفاعات طائرتين مسيرتين.",
     ["هاجمت الفصائل القاعدة بالصواريخ", "بينما أسقطت الدفاعات طائرتين مسيرتين."]),
    ("قصفت الطائرات الموقع ثم انسحبت القوات من المنطقة بالكامل.",
     ["قصفت الطائرات الموقع", "ثم انسحبت القوات من المنطقة بالكامل."]),
    ("أعلن الجيش مقتل عنصرين، وأكد أن الرد سيكون قريبا.",
     ["أعلن الجيش مقتل عنصرين", "وأكد أن الرد سيكون قريبا."]),
    ("سقطت صواريخ على قاعدتي العمر بريف دير الزور، والشدادي بريف الحسكة.",
     ["سقطت صواريخ على قاعدتي العمر بريف دير الزور، والشدادي بريف الحسكة."]),
    ("قتل في الهجوم ثلاثة جنود، والعشرات من المدنيين في القرية.",
     ["قتل في الهجوم ثلاثة جنود، والعشرات من المدنيين في القرية."]),
    ("قصف، وردت.", ["قصف، وردت."]),
    ("أعلنت القيادة عن الهجوم على القاعدة فيما بعد الظهر.", ["أعلنت القيادة عن الهجوم على القاعدة فيما بعد الظهر."]),
    ("أعلنت القيادة عن الهجوم، فيما بعد أسبوع من الحادث.", ["أعلنت القيادة عن الهجوم، فيما بعد أسبوع من الحادث."]),
    ("قال الجيش إن المسلحين قصفوا الحي بالهاون، مؤكداً أن قواته تصدت لمحاولة تسلل من الشرق.",
     ["قال الجيش إن المسلحين قصفوا الحي بالهاون", "مؤكداً أن قواته تصدت لمحاولة تسلل من الشرق."]),
    ("أصيب جنديان في الهجوم، مشيرة إلى أن المسيرة سقطت قرب المهبط.",
     ["أصيب جنديان في الهجوم", "مشيرة إلى أن المسيرة سقطت قرب المهبط."]),
], ids=["comma-verb-t", "fi-hin", "comma-fima", "baynama", "thumma", "comma-verb-lexical",
        "coordinated-places", "coordinated-nouns", "too-short", "fima-baad-means-later", "comma-fima-baad",
        "participle-says-that", "participle-points-to"])
def test_clauses(raw: str, expected: list[str]) -> None:
    assert clauses(raw) == norm(expected)


def test_clauses_cover_the_sentence() -> None:
    text = normalize_text("قصفت القوات مواقع للميليشيات، وردت الميليشيات بقصف القاعدة، فيما سقطت قذائف قرب الحقل.")
    (sent,) = segment(text)
    assert sent.clauses[0][0] == sent.start and sent.clauses[-1][1] == sent.end
    assert all(a < b <= c for (a, b), (c, _) in zip(sent.clauses, sent.clauses[1:], strict=False))
    assert len(sent.clauses) == 3


def test_sentence_record_and_empty_text() -> None:
    assert segment("") == [] and segment(" \n\n ") == [] and segment(".") == []
    s = Sentence(start=0, end=5, paragraph=0, clauses=((0, 5),), heading=True)
    assert (s.start, s.end, s.paragraph, s.clauses, s.heading) == (0, 5, 0, ((0, 5),), True)


CUT_PIECES = [" ", ",", ";", "،", "و", "ف", "قال", "قصفت", "ثم", "في حين", "فيما", "بعد", "بينما", "حيث", "كما",
              "ما ادي", "مما", "الجيش", "\n", ".", "ت", "موكدا ان", "مشيره الي ان"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUT_PIECES), max_size=40).map("".join))
def test_cuts_equal_a_plain_regex_scan(text: str) -> None:
    # _cuts runs the clause regexes only where str.find saw a comma or a connective: the same cuts as a full scan
    found = sorted([m.span() for m in COMMA_CLAUSE_RE.finditer(text)] + [m.span() for m in WORD_CLAUSE_RE.finditer(text)])
    assert _cuts(text) == ([a for a, _ in found], [b for _, b in found])

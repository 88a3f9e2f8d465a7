"""Speakers: a speaker's own units hit, and the bare 'المجاهدون' of a claim, sentences written for rasd."""

from __future__ import annotations

from datetime import date

from tests.factories import sides


def test_a_speakers_own_unit_hit_makes_it_the_target() -> None:
    """'على دورية تابعة لإحدى قطعاتنا' in a military body's quote: the body's side was hit (ob_022; first-person
    units hit in 8 docs of 7 sets)."""
    got = sides('وقالت قيادة العمليات المشتركة في بيان إن "عبوة ناسفة انفجرت صباح اليوم على دورية تابعة لإحدى '
                'قطعاتنا في قضاء الطارمية".')
    assert [g[1:] for g in got] == [("UNKNOWN", "IRAQ_GOV")], got


def test_bare_mujahideen_are_the_claimants_fighters() -> None:
    """'وفي العملية الثانية، استهدف المجاهدون': the claimant the statement's lead named (ob_011; 3 docs / 3 sets)."""
    got = sides("أعلنت كتائب حزب الله في بيان تبنيها عمليتين ضد القواعد الأمريكية.\n"
                "وفي العملية الثانية، استهدف المجاهدون بطائرة مسيرة قاعدة حرير في أربيل فجر اليوم.")
    assert [g[1:] for g in got] == [("IRAN_ALIGNED", "US")], got


def test_a_verb_of_losing_needs_its_partitive_object() -> None:
    """'خسرت ... ثلاثة من عناصرها' counts the loser's men (qb_007, lb_024, la_006); 'فقد' alone is 'so indeed'
    and a loss verb without 'من' before the own-forces word counts no one."""
    from rasd.normalize import normalize
    from rasd.role_speakers import _lost_partitive
    cases = [("وكانت الشرطة قد خسرت، مساء الجمعة، اثنين من عناصرها", True),
             ("فقدت القوات ثلاثة من مقاتليها", True),
             ("فقد أعلنت الجماعة أن عناصرها", False),
             ("فقد قال الحزب إن ثلاثة من عناصره", False),
             ("خسرت القوات مواقع. ثم قتل ثلاثة من عناصرها", False)]
    for raw, want in cases:
        text = normalize(raw).text
        assert _lost_partitive(text, len(text) - len(text.split()[-1])) is want, raw


def test_own_units_hit_in_a_statement_told_in_an_earlier_line() -> None:
    """'وجاء في البيان أن "... نقطة لقواتنا"': the statement's teller, named in the line before, was hit (rb_007;
    the quote names no speaker of its own)."""
    got = sides("نشر الجيش الوطني السوري بياناً حول هجوم ليلة أمس.\n"
                'وأوضح البيان أن "مسلحين هاجموا فجر اليوم نقطة لقواتنا قرب قرية كفرجنة بريف عفرين".')
    assert [g[2] for g in got] == ["TURKEY"], got


def test_a_monitor_that_received_a_report_did_not_attack() -> None:
    """'ذكرت الهيئة البريطانية أنها تلقت تقريراً عن انفجار ...': 'أنها' opens a report, not the teller's own act
    (nb_022, cx_018); 'قال الجيش إنه شن يوم الخميس ضربات' keeps its speaker as the attacker (sy_012)."""
    got = sides("وذكرت هيئة عمليات التجارة البحرية البريطانية أنها تلقت تقريراً من قبطان سفينة شحن عن سقوط صاروخ "
                "قرب السفينة على بعد 20 ميلاً بحرياً غرب ميناء الحديدة صباح اليوم.")
    assert all(g[1] != "US" for g in got), got
    got = sides("قال الجيش الأمريكي إنه شن يوم الخميس ضربات جوية على مواقع للحوثيين في محافظة الحديدة.")
    assert [g[1] for g in got] == ["US"], got



def test_a_numbered_item_is_the_act_of_the_statement_that_lists_it() -> None:
    """'العملية رقم (137): ضرب قاعدة ...' under a statement's lead: each numbered item is its author's act, also on a
    US base whose attackers otherwise stay unidentified; the other side's media relaying sirens ('إعلام العدو:')
    claims nothing (ta_001, oa_012, sb_016: 3 docs / 3 sets)."""
    got = sides("المقاومة الإسلامية في العراق تتبنى عمليتين.\n"
                "إعلام العدو: دوي صفارات الإنذار في إيلات ولا إصابات.\n"
                "العملية رقم (40): ضرب قاعدة الاحتلال الأمريكي في حقل العمر بطائرة مسيرة.", date(2024, 1, 14))
    assert [g[1:] for g in got] == [("IRAN_ALIGNED", "US")], got


def test_a_bare_numbered_sub_heading_borrows_no_author() -> None:
    """'العملية رقم (92): الجولان المحتل': a sub-heading with no act of its own gets no attacker from the lead."""
    from rasd.recognize import recognize
    from rasd.records import Article
    from rasd.resources import load_resources
    from rasd.role_speakers import _series_item
    art = Article(doc_id="t.txt", text="العملية رقم (92): الجولان المحتل", content_hash="h",
                  published=date(2024, 1, 14))
    rec = recognize(art, load_resources())
    sent = rec.sentences[0]
    trig = next(t for t in rec.triggers if t.key == "عمليه")
    assert not _series_item(rec, sent, sent.clauses[0], trig)


def test_a_fronted_teller_of_a_toll_did_not_attack() -> None:
    """'X أكدت (قبل قليل) وفاة/استشهاد ...': a fronted subject whose verb of telling takes the casualty noun as object
    tells the count; it is no party (session 48, h7; pg_007, `role_speakers._told_toll`)."""
    got = sides("قيادة عمليات صلاح الدين أكدت مساء اليوم وفاة أحد الجنود الذين أصيبوا في انفجار عبوة ناسفة قرب "
                "مدينة تكريت.")
    assert [g[1:] for g in got] == [("UNKNOWN", "IRAQ_GOV")], got

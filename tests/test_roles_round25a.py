"""Roles 25a (ya_ study and older leftovers): a group's bare head noun standing for it ('الكتائب', 'السرايا'), a
'that' pronoun that is its own teller's, who published a text, who found the dead, the assault a force foiled, and a
type guessed from the attacker. Sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import sides

DAY = date(2024, 5, 9)


@pytest.mark.parametrize("text, attacker, target", [
    # 'وأعلنت السرايا في بيان أنها قصفت' after 'سرايا القدس' (ya_017, qa_014, rb_015); the same back-reference
    # 'الكتائب' after a 'كتائب X' is in 11 docs of 10 sets (ey_016, ht_021, na_002, nb_003, sy_006, xa_003 ...)
    ("وأعلنت سرايا القدس مسؤوليتها عن القصف. وأفادت السرايا بأنها قصفت مدينة سديروت برشقة صواريخ مساء الأربعاء، "
     "فيما قال الإعلام العبري إن صاروخاً سقط في المدينة، بعدما أعلن الجيش الإسرائيلي اعتراض معظم الرشقة.",
     "OTHER", "ISRAEL"),
    ("أعلنت كتائب سيد الشهداء مقتل اثنين من عناصرها. وقال مصدر أمني إن طائرة مسيرة استهدفت مقرا للكتائب قرب "
     "القائم مساء أمس.", "US", "IRAN_ALIGNED"),
], ids=["companies-claim", "brigades-hit"])
def test_a_bare_head_noun_stands_for_the_group_named_with_it(text: str, attacker: str, target: str) -> None:
    """'السرايا', 'الكتائب' with the article stand for the 'سرايا X' / 'كتائب X' the article named."""
    got = sides(text, published=DAY)
    assert got and got[0][1:] == (attacker, target), got


def test_a_that_pronoun_is_not_read_as_a_later_clauses_teller() -> None:
    """'أعلن X أنه قصف ...، بعدما أعلن الجيش الإسرائيلي اعتراض': the pronoun of 'أنه' is X's (an unlisted group
    here), never the army telling of its interception in a later clause (ya_017's interceptor as attacker)."""
    got = sides('وأعلن "تجمع فرسان الجنوب" في بيان أنه قصف مساء الأربعاء مدينة عسقلان بعشرة صواريخ، فيما ذكرت '
                "وسائل إعلام عبرية أن صاروخا سقط في المدينة وأصاب شخصا بجروح، بعدما أعلن الجيش الإسرائيلي اعتراض "
                "معظم الصواريخ.", published=DAY)
    assert got and got[0][1] != "ISRAEL", got


def test_who_found_the_dead_killed_no_one() -> None:
    """'عثرت قوة من الشرطة على جثث رعاة مقتولين': the finder is no party (ya_007, xa_005, xa_006: police patrols)."""
    got = sides("عثرت دورية من الجيش السوري على جثث أربعة رعاة مقتولين بالرصاص قرب بلدة السخنة بريف حمص الشرقي.",
                published=DAY)
    assert got and got[0][1] != "SYRIA_GOV" and got[0][2] == "CIVILIANS", got


def test_the_assault_a_force_foiled_is_its_owners() -> None:
    """'إحباط تعرّض لداعش': Iraqi military usage, an assault by ISIS the army foiled (yb_007, ja_023 'أحبطت تعرضاً
    لعصابات داعش'; 'إحباط هجوم لـX' / 'صد هجوم للX' headlines in ka_008, ma_021, nb_008, nw_005)."""
    got = sides("إحباط تعرّض لداعش قرب الطوز\n\nتصدت قوة من الحشد الشعبي فجر اليوم لهجوم شنه عناصر من داعش على "
                "نقطة مراقبة قرب قضاء الطوز، ما أدى إلى إصابة مقاتلين اثنين.", published=DAY)
    assert got and got[0][1:] == ("ISIS", "IRAQ_GOV"), got


def test_a_type_guessed_from_the_attacker_beats_a_title_guess() -> None:
    """A title 'ضربات على مواقع لX' (no attacker: the catch-all type) merged with the body's 'نفذت القوات
    الأمريكية ضربات' (an air power's strikes): the body's guess holds (merge._absorb; 8 dev events in 7 sets)."""
    got = sides("ضربات على مواقع لكتائب حزب الله قرب القائم\n\nوقال البنتاغون إن القوات الأمريكية نفذت ليل "
                "الأربعاء ضربات على مواقع تستخدمها كتائب حزب الله قرب القائم.", published=DAY)
    assert got == [("Air/drone strike", "US", "IRAN_ALIGNED")], got


def test_who_published_a_text_is_no_party_to_what_it_tells() -> None:
    """'بحسب سيرة نشرتها الكتائب': the group that published the biography tells of its fighter's past battles; it is
    neither side of them (wb_003; 'بيان نشرته X', 'بيان نعي أصدرته X' in 10 docs of 9 sets)."""
    got = sides("وكان أبو علي من أوائل المنتسبين إلى كتائب حزب الله. وشارك في معارك تحرير الموصل وتلعفر، بحسب سيرة "
                "نشرتها الكتائب.", published=DAY)
    assert got == [], got

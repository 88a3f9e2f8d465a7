"""Claimants: a named force claiming, in its own sentence, an incident told with no attacker or an unnamed one
(ra_006, qb_007, fr_018, qa_019: 5 docs of 4 sets), sentences written for rasd."""

from __future__ import annotations

import pytest

from tests.factories import sides


def test_a_claim_names_the_unnamed_attacker_of_the_incident_told_before() -> None:
    """'هاجم مسلحون ...' then 'وادعى التنظيم أن مقاتليه قتلوا خمسة': the claimant attacked (ISIS in the Syrian
    desert here; ra_006 was an Iraqi PMF post, qb_007 a regime post near Aleppo)."""
    got = sides("هاجم مسلحون فجر اليوم حاجزاً لقوات النظام قرب بلدة السخنة في ريف حمص الشرقي، ما أدى إلى مقتل "
                "جنديين.\nوادعى تنظيم داعش في بيان أن مقاتليه قتلوا خمسة جنود واستولوا على أسلحتهم.")
    assert [g[1:] for g in got] == [("ISIS", "SYRIA_GOV")], got


def test_a_spokesman_adopting_the_attack_verb_first() -> None:
    """'وتبنى المتحدث باسم جماعة الحوثي الهجوم': the verb comes first, its subject the group (nb_022, la_020)."""
    got = sides("تعرضت ناقلة نفط لهجوم بصاروخ على بعد 40 ميلاً بحرياً غرب ميناء المخا صباح اليوم، من دون إصابات.\n"
                "وتبنى المتحدث العسكري باسم جماعة الحوثي الهجوم في بيان متلفز.")
    assert [g[1] for g in got] == ["IRAN_ALIGNED"], got


@pytest.mark.parametrize("raw, want", [
    ("زعم تنظيم داعش في بيان أن عناصره اقتحموا الموقع", "ISIS"),
    ("وكان المتحدث العسكري باسم الحوثيين قد زعم أن جماعته استهدفت سفينة", "IRAN_ALIGNED"),
    ("وتبنت المقاومة الإسلامية في العراق الهجومين في بيانين منفصلين", "IRAN_ALIGNED"),
    ("ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن", None),  # negated
    ("وتبنى تنظيم داعش معظم الهجمات المماثلة في المنطقة", None),  # habitual
    ("وقالت قيادة الحشد الشعبي إن مقاتليها صدوا الهجوم", None),  # fended off, not done
    ("وقالت قوات سوريا الديمقراطية إن مقاتليها قتلوا في الهجوم", None),  # they were killed
])
def test_sentence_claimant(raw: str, want: str | None) -> None:
    """Who claims the act in one sentence, or None for a denied, habitual or defensive statement."""
    from rasd.recognize import recognize
    from rasd.records import Article
    from rasd.resources import load_resources
    from rasd.role_claimant import sentence_claimant
    rec = recognize(Article(doc_id="t.txt", text=raw, content_hash="h"), load_resources())
    got = sentence_claimant(rec, rec.sentences[0])
    assert (got.side if got else None) == want, raw

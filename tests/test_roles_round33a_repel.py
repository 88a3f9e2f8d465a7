"""Round 33a (roles, from the ha_ study, package H-d): a speaker telling that its forces, named by no actor of the
lexicon ('قواته', 'قوه من اللواء', 'مقاتليه'), repelled an attack whose doer a relative verb ('شنه', 'نفذته') or
'من قبل' names was the one attacked, not the attacker, however far a time adjunct set off by commas puts the verb
from the attack noun ('صدت، في ساعه متاخره من ليل الاربعاء، هجوما'), and with the plural verbs 'صدوا', 'تصدوا'
(when the attack noun, not 'تصدوا لـ' itself, is the clause's trigger).
An attack told with no doer, or with one no lexicon row names ('"مفرزه ارهابيه"'), keeps its reading. Every
sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text

DAY = date(2024, 6, 10)
BEFORE = "قتل ثلاثة مدنيين بقصف مدفعي لقوات الدعم السريع على حي سكني في مدينة الأبيض مساء أمس. "


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    """Attacker and target side of each mention of one small article."""
    return [(m.actor1.side if m.actor1 else None, m.actor2.side if m.actor2 else None)
            for m in extract_text(text, published=DAY)]


@pytest.mark.parametrize("told", [
    "قال الجيش السوداني إن قواته صدت، فجر اليوم الاثنين، هجوما شنته قوات الدعم السريع على مقر الفرقة في "
    "مدينة الفاشر.",
    "أعلن الجيش السوداني أن قوة من الفرقة السادسة صدت، في ساعة متأخرة من ليل الأحد، هجوما واسعا نفذته قوات "
    "الدعم السريع على مقر الفرقة في مدينة الفاشر.",
    "أعلن الجيش السوداني أن وحداته صدوا، عند منتصف ليل الأحد، هجوما من قبل قوات الدعم السريع على مقر الفرقة "
    "في مدينة الفاشر.",
], ids=["comma-after-verb", "long-adjunct-relative", "plural-min-qibal"])
def test_speaker_forces_repelled_named_attack(told: str) -> None:
    """The speaker's forces repelled an attack told with its doer: the speaker (the army) was hit, not the
    civilians of the strike told before."""
    assert _sides(BEFORE + told) == [("OTHER", "CIVILIANS"), ("OTHER", "OTHER")]


def test_repelled_attack_without_doer_keeps_its_reading() -> None:
    """No relative names a doer: the speaker's side is still the one hit, its foe the theatre's."""
    text = "أعلن الجيش العراقي أن قوة من الفرقة الخامسة صدت فجر اليوم هجوما على موقع عسكري في قضاء الطارمية شمال بغداد."
    assert _sides(text) == [("ISIS", "IRAQ_GOV")]


def test_speaker_own_attack_stays_its_own() -> None:
    """No verb of repelling: the speaker's forces launched the attack told after it."""
    text = "أعلنت قوات سوريا الديمقراطية أن قواتها شنت، فجر اليوم الأحد، هجوما على مواقع داعش قرب بلدة الشحيل."
    assert _sides(text) == [("SDF", "ISIS")]

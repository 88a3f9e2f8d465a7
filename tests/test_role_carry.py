"""Carried subjects: the actor after the verb opening a clause is the subject of an agreeing coordinated verb of
attack after it ('حاصرت قوات X منزلا، واطلقت نحوه صواريخ'). Sentences written for rasd."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.recognize import recognize
from rasd.records import Article, Mention
from rasd.resources import load_resources
from rasd.role_carry import carried_subject, pronoun_owner
from rasd.roles import classify
from tests import factories as f

PUB = date(2024, 3, 14)


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


# (id, text, attacker side of the first mention); dev: ma_017, oa_024, pb_013 (3 docs / 3 sets)
CASES = [
    ("feminine-verbs-carry",
     "دهمت قوات النظام السوري، صباح أمس، قرية الحويجة في ريف حماة، وأطلقت النار على الأهالي، ما أسفر عن مقتل "
     "ثلاثة مدنيين.",
     "SYRIA_GOV"),
    ("masculine-verbs-carry",
     "وسّع الجيش التركي أمس عملياته في ريف دهوك، وقصف قرية كاني ماسي بالمدفعية، دون ورود أنباء عن إصابات.",
     "TURKEY"),
]


@pytest.mark.parametrize(("text", "a1"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_carried_subject(text: str, a1: str) -> None:
    ms = run(text)
    assert ms, "no mention"
    assert ms[0].actor1 is not None and ms[0].actor1.side == a1, [(m.actor1, m.location) for m in ms]


def carried(text: str) -> list[str]:
    """The actors carried to each trigger of a one-sentence text (empty strings where none is)."""
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=PUB), load_resources())
    out = []
    for c in rec.sentences[0].clauses:
        for t in rec.near("triggers", c[0], c[1]):
            if c[0] <= t.start < c[1]:
                m = carried_subject(rec, c, t, classify)
                out.append(rec.nt.text[m.start:m.end] if m is not None else "")
    return out


@pytest.mark.parametrize(("text", "subject"), [
    ("اقتحم الجيش الإسرائيلي بلدة قباطية أمس، وقصف منزلاً عند مدخلها.", "الجيش الاسراييلي"),
    ("اقتحم الجيش الإسرائيلي بلدة قباطية أمس، وقصفت مسيرة منزلاً عند مدخلها.", ""),  # the feminine verb has its own
    ("حاصرت قوات الاحتلال بلدة قباطية أمس، وانفجرت عبوة ناسفة قرب آلية عسكرية.", ""),  # what exploded: its subject
    ("قالت وزارة الدفاع إن قواتها رصدت تحركات، واستهدفت مواقع للمسلحين.", ""),  # a speaker opens the clause
    ("وفجر اليوم، اقتحمت قوات الاحتلال مخيم بلاطة، وأطلقت النار على الشبان.", "قوات الاحتلال"),  # a fronted time
])
def test_carried_only_with_agreement_and_an_act(text: str, subject: str) -> None:
    assert carried(text)[-1:] == [subject]


def owner(text: str) -> list[str]:
    """The owner found for the first trigger of each clause of a one-sentence text (empty strings where none is)."""
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=PUB), load_resources())
    out = []
    for c in rec.sentences[0].clauses:
        trigs = [t for t in rec.near("triggers", c[0], c[1]) if c[0] <= t.start < c[1]]
        if trigs:
            m = pronoun_owner(rec, c, trigs[0])
            out.append(m.payload.get("side") if m is not None else "")
    return out


# dev: dz_006, lb_010, pb_001 ('سيارة عسكرية تابعة لها', 'معسكر تابع لها', 'مخزناً تابعاً لها'; 3 docs / 3 sets)
@pytest.mark.parametrize(("text", "side"), [
    ("لم تكن هذه أول ضربة تطال قوات سوريا الديمقراطية، إذ قصفت طائرة مجهولة الشهر الماضي مستودعاً تابعاً لها "
     "قرب الشدادي.", "SDF"),
    ("نفى الحشد الشعبي أن تكون طائرات مسيرة تابعة له قد قصفت مواقع في سوريا.", ""),  # the owned thing is a weapon
    ("استهدفت مسيرة سيارة على طريق المطار.", ""),  # no owner phrase
])
def test_pronoun_owner(text: str, side: str) -> None:
    assert owner(text)[-1:] == [side]

"""Sources, round 29b (from the db_ study): Iraq's oil bodies, Libya's GNU defence ministry and Yemen's bare 'national
army'; a body's name with a gloss in brackets before its province ('مديرية الأسايش (الأمن) في دهوك'); a province's
police command whose statement goes on with the incident of the sentence before, though it names the province's
capital ('وقالت قيادة شرطة الديوانية في بيان إن القتيل ...'); and after an obituary, the other side's claim in a
contrast clause ('..., بينما زعم الجيش الإسرائيلي أنه قيادي').

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.attribution_bodies import seat_of_body
from rasd.recognize import recognize
from rasd.records import Article
from rasd.resources import load_resources
from tests import factories as f

PUB = dt.date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("أعلنت شركة نفط الشمال أن طائرة مسيرة مفخخة سقطت على محطة لضخ النفط قرب مدينة بيجي فجر أمس الخميس من دون "
     "إصابات.", "Baiji", {"North Oil Company"}),
    ("قالت وزارة النفط إن عبوة ناسفة انفجرت بأنبوب لنقل الخام قرب مدينة بيجي مساء أمس الخميس.", "Baiji",
     {"Iraqi Ministry of Oil"}),
    ("قالت وزارة الدفاع بحكومة الوحدة الوطنية إن طائرة مسيرة تابعة لها قصفت مخزناً للذخيرة قرب مدينة غريان فجر "
     "أمس الخميس.", "Gharyan", {"GNU Ministry of Defence"}),
    ("أعلن الجيش الوطني أن دفاعاته الجوية أسقطت طائرة مسيرة مفخخة أطلقها الحوثيون على مواقعه قرب مدينة مأرب فجر أمس "
     "الخميس.", "Ma'rib", {"Yemeni army"}),
    ("أعلن الجيش الوطني السوري أن عنصرين من مقاتليه قتلا بقصف مدفعي على قرية قرب مدينة عفرين مساء أمس الخميس.",
     "Afrin", {"SNA"}),
], ids=["north-oil-company", "iraqi-oil-ministry", "gnu-defence-ministry", "yemen-national-army", "sna-stays-sna"])
def test_round29b_rows(text: str, place: str, expected: set[str]) -> None:
    """A body written as the region's news writes it names its canonical source (a bare 'الجيش الوطني' only in Yemen)."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("أعلنت مديرية الأسايش (الأمن) في دهوك أن طائرة مسيرة تركية قصفت سيارة قرب بلدة العمادية مساء أمس الخميس.",
     "Amadiya", {"Duhok Asayish"}),
    ("أعلنت مديرية الأسايش في دهوك أن طائرة مسيرة تركية قصفت سيارة قرب بلدة العمادية مساء أمس الخميس.",
     "Amadiya", {"Duhok Asayish"}),
], ids=["gloss-in-brackets", "no-gloss"])
def test_round29b_body_of_the_province_after_a_gloss(text: str, place: str, expected: set[str]) -> None:
    """'مديرية X (gloss) في <province>' is the province's body: the gloss in brackets does not cut it from its place."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت قيادة شرطة الديوانية في بيان إن القتيل معلم في مدرسة ابتدائية.", True),
    ("وأكدت مديرية شرطة محافظة بابل أن قوة أمنية اعتقلت المتهمين.", True),
    ("قتل رجل برصاص مسلحين مجهولين في مدينة الديوانية مساء أمس.", False),
    ("ونقل الجرحى إلى مستشفى الديوانية التعليمي.", False),
], ids=["police-command", "police-directorate-of-province", "incident-town", "hospital-of-town"])
def test_round29b_seat_of_a_province_body(text: str, expected: bool) -> None:
    """The province named in a police command's name is the body's seat, not a new scene of the story (so its
    statement right after an incident is that incident's source); a town where it happened or a hospital's is not."""
    rec = recognize(Article(doc_id="a.txt", text=text, content_hash="h", published=PUB), load_resources())
    assert rec.places
    assert seat_of_body(rec, rec.places[-1]) is expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("قتل شاب بغارة إسرائيلية على سيارته في بلدة كفركلا جنوب لبنان ظهر أمس الخميس. ونعى حزب الله الشهيد على "
     "طريق القدس، بينما زعم الجيش الإسرائيلي أنه قائد ميداني في وحدة الصواريخ.", "Kfar Kila", {"IDF"}),
], ids=["contrast-claim-after-obituary"])
def test_round29b_claim_after_an_obituary(text: str, place: str, expected: set[str]) -> None:
    """A bare obituary tells nothing, but a contrast clause after it with its own teller is that teller's account."""
    assert f.sources_at(text, place, PUB) == expected

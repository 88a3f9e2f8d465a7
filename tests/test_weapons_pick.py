"""Which weapon a weapon word names, the broader codes it counts as, and implied weapons: sentences written for
rasd."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.recognize import recognize
from rasd.records import Article
from rasd.resources import load_resources
from rasd.subevent import weapons_in
from rasd.weapons_pick import implied_weapons, with_kinds

from .test_extract import one


def weapons(text: str) -> tuple[str, ...]:
    """The weapons named anywhere in a text."""
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 5, 2)),
                    load_resources())
    return weapons_in(rec, 0, len(rec.nt.text))


# (id, text, the weapons named)
NAMED = [
    ("landmine-is-an-explosive-device-too",
     "قتل راعيان بانفجار لغم أرضي قديم في سهل نينوى صباح الجمعة.", ("landmine", "ied")),
    ("sniper-fires-small-arms",
     "أصيبت امرأة برصاص قناص في حي الكرامة بمدينة حلب مساء الثلاثاء.", ("sniper", "small_arms")),
    ("loitering-munition-is-a-drone",
     "هاجم الحزب موقعاً عسكرياً بمسيّرة انقضاضية بعد ظهر الأحد.", ("suicide_drone", "drone")),
    ("automatic-rifles-are-small-arms",
     "هاجم مسلحون بالأسلحة الرشاشة نقطة للشرطة قرب بعقوبة ليلة أمس.", ("small_arms",)),
    ("rockets-at-a-ship-are-missiles",
     "أعلنت الجماعة أنها استهدفت سفينة تجارية في خليج عدن بصاروخين صباح اليوم.", ("missile",)),
    ("naval-missiles",
     "قالت القوات البحرية إنها ضربت ناقلة نفط في البحر الأحمر بصواريخ بحرية.", ("missile",)),
    ("rockets-at-a-town-stay-rockets",
     "سقطت ثلاثة صواريخ على أطراف بلدة كريات شمونة مساء الخميس.", ("rocket",)),
    ("a-channel-named-like-a-drone-is-no-drone",
     "وقالت قناة المسيرة إن مقاتلات معادية استهدفت مديرية باقم فجر اليوم.", ("aircraft",)),
    ("two-warplanes",
     "قالت الوزارة إن طائرتين من طراز F-16 قصفتا مخزناً للذخيرة.", ("aircraft",)),
]


@pytest.mark.parametrize(("text", "codes"), [(t[1], t[2]) for t in NAMED], ids=[t[0] for t in NAMED])
def test_weapons_named(text: str, codes: tuple[str, ...]) -> None:
    """A weapon word's code in its context, followed by the broader code it also counts as."""
    assert weapons(text) == codes


def test_with_kinds_adds_each_broader_code_once() -> None:
    """'landmine' and 'ied' together give 'ied' once; codes without a broader one pass unchanged."""
    assert with_kinds(["landmine", "ied", "rocket"]) == ("landmine", "ied", "rocket")


# (id, sub-event type, trigger classes, attacker side, implied weapons)
IMPLIED = [
    ("raid-by-an-air-force", "Air/drone strike", {"strike"}, "US", ("aircraft",)),
    ("strike-by-a-militia-is-a-drone", "Air/drone strike", {"attack"}, "IRAN_ALIGNED", ("drone",)),
    ("a-raid-word-is-a-warplane-whoever-is-named", "Air/drone strike", {"air_strike"}, "IRAN_ALIGNED",
     ("aircraft",)),
    ("clash", "Armed clash", {"clash"}, "ISIS", ("small_arms",)),
    ("shelling-word", "Shelling/artillery/missile attack", {"shelling"}, "TURKEY", ("artillery",)),
    ("attack-word-implies-nothing", "Shelling/artillery/missile attack", {"attack"}, None, ()),
    ("arrest", "Arrests", {"arrest"}, "SDF", ()),
]


@pytest.mark.parametrize(("sub", "classes", "side", "codes"), [t[1:] for t in IMPLIED], ids=[t[0] for t in IMPLIED])
def test_implied_weapons(sub: str, classes: set[str], side: str | None, codes: tuple[str, ...]) -> None:
    """With no weapon named, the type of the incident (and who fought it) says what was used."""
    assert implied_weapons(sub, classes, side) == codes


# (id, text, sub-event type, weapons of the mention)
MENTIONS = [
    ("clash-with-no-weapon-named",
     "اندلعت اشتباكات بين قوات الجيش ومسلحين من العشائر في بلدة الصنمين بريف درعا مساء الأحد.",
     "Armed clash", ("small_arms",)),
    ("us-bombing-is-from-the-air",
     "قصفت الولايات المتحدة موقعين لفصائل مسلحة قرب مدينة الميادين فجر الجمعة.",
     "Air/drone strike", ("aircraft",)),
    ("shelling-with-no-weapon-named",
     "قصفت القوات التركية أطراف قرية مرعناز شمالي حلب صباح الاثنين.",
     "Shelling/artillery/missile attack", ("artillery",)),
]


@pytest.mark.parametrize(("text", "sub", "codes"), [t[1:] for t in MENTIONS], ids=[t[0] for t in MENTIONS])
def test_mention_weapons(text: str, sub: str, codes: tuple[str, ...]) -> None:
    """A mention that names no weapon carries the one its type implies."""
    m = one(text)
    assert (m.sub_event_type, m.weapons) == (sub, codes)


@pytest.mark.parametrize(("text", "named"), [
    ("استهدفت الغارات مخازن لطائرات مسيرة تابعة للفصائل قرب بلدة جرف الصخر.", ()),
    ("دمرت الطائرات الحربية مستودع صواريخ في أطراف بلدة الخيام.", ()),
    ("أطلقت الفصائل طائرات مسيرة على قاعدة عين الأسد فجر اليوم.", ("drone",)),
])
def test_drones_and_rockets_in_store_are_the_target_not_the_weapon(text: str, named: tuple[str, ...]) -> None:
    """'مخازن لطائرات مسيّرة', 'مستودع صواريخ': what was hit in store, also behind a clitic ('لطائرات')."""
    assert set(weapons(text)) & {"drone", "rocket"} == set(named)

"""Sub-event type and the weapons of a clause: sentences written for rasd."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.recognize import recognize
from rasd.records import Article
from rasd.resources import load_resources
from rasd.subevent import event_type_of, weapons_in
from tests.factories import extract_text

from .test_extract import one

# (id, text, the ACLED sub-event type)
TYPES = [
    ("ied-beats-the-attack-noun",
     "قتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش قرب بلدة الصور بريف دير الزور مساء الأربعاء.",
     "Remote explosive/landmine/IED"),
    ("raid-with-missiles-is-air",
     "استهدفت غارة إسرائيلية بصاروخين سيارة على طريق بلدة الناقورة جنوبي لبنان مساء اليوم الخميس.",
     "Air/drone strike"),
    ("rifles-and-rpgs-are-a-clash",
     "هاجم مسلحون من داعش بالرشاشات والقذائف الصاروخية حاجزا لقوات سوريا الديمقراطية في بلدة الشحيل فجر الأربعاء.",
     "Armed clash"),
    ("artillery",
     "قصفت المدفعية التركية بعشرات القذائف قرية تل رفعت شمالي حلب مساء أمس الأربعاء.",
     "Shelling/artillery/missile attack"),
    ("repelled-at-night-is-a-clash",
     "تصدت وحدات من الجيش العراقي ليل الاثنين لهجوم شنه عناصر من داعش على نقطة عسكرية في قضاء الطارمية شمالي بغداد.",
     "Armed clash"),
    ("air-aggression-is-an-air-strike",
     "نفذ العدو الإسرائيلي فجر اليوم عدوانا جويا على نقاط في ريف القنيطرة الشمالي دون وقوع إصابات.",
     "Air/drone strike"),
    ("all-downed-is-disrupted",
     "أسقطت الدفاعات الجوية للتحالف الدولي طائرتين مسيرتين حاولتا استهداف قاعدة التنف صباح الأربعاء.",
     "Disrupted weapons use"),
    ("israeli-bare-qasf-in-gaza-is-air",
     "استشهد أربعة مواطنين في قصف إسرائيلي استهدف شقة سكنية في مخيم البريج وسط قطاع غزة فجر اليوم.",
     "Air/drone strike"),
    ("a-drone-firing-a-missile-is-air",  # verb, platform, then its accusative munition (round 22b)
     "وقبيل منتصف الليل أطلقت المسيرة صاروخا على دراجة نارية عند مدخل بلدة شبعا جنوبي لبنان.",
     "Air/drone strike"),
    ("a-helicopter-firing-two-missiles-is-air",
     "أطلقت مروحية صاروخين على سيارة قرب سوق مدينة الفاشر مساء الأحد.",
     "Air/drone strike"),
    ("israeli-bare-qasf-in-lebanon-is-shelling",
     "تعرضت أطراف بلدة كفركلا جنوبي لبنان لقصف إسرائيلي متقطع بعد ظهر اليوم.",
     "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize(("text", "sub"), [(t[1], t[2]) for t in TYPES], ids=[t[0] for t in TYPES])
def test_sub_event_type(text: str, sub: str) -> None:
    """The weapon named decides the type before the trigger word does."""
    assert one(text).sub_event_type == sub


def test_event_type_of_each_sub_event() -> None:
    """Every sub-event type rasd emits has its ACLED event type."""
    assert event_type_of("Armed clash") == "Battles"
    assert event_type_of("Disrupted weapons use") == "Strategic developments"
    assert event_type_of("Attack") == "Violence against civilians"


def test_aircraft_that_only_fly_over_are_not_weapons() -> None:
    """'تحليق للطيران الحربي' names aircraft overhead; the mortar shell is the clause's only weapon."""
    text = "وسط تحليق للطيران الحربي في الأجواء، سقطت قذيفة هاون على أطراف البلدة."
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 3, 14)),
                    load_resources())
    assert weapons_in(rec, 0, len(rec.nt.text)) == ("mortar",)


def test_repelling_an_assault_named_as_object_is_a_clash() -> None:
    """'تصد هجوما لـX' (the assault as the verb's object, no 'ل') is a ground fight, not an interception."""
    m = one("تصدت قسد فجر اليوم هجوما لمسلحين على نقاطها في بلدة الشحيل بريف دير الزور، وقتلت أربعة منهم.")
    assert m.sub_event_type == "Armed clash"


def test_rpg_launchers_written_in_latin_letters_are_a_ground_fight() -> None:
    """'بالأسلحة المتوسطة وقاذفات RPG' are ground weapons (not bombers): an Armed clash."""
    m = one("هاجم مسلحون أمس نقطة مراقبة للجيش العراقي قرب قضاء طوزخورماتو بالأسلحة المتوسطة وقاذفات RPG.")
    assert m.sub_event_type == "Armed clash" and set(m.weapons) == {"heavy_machine_gun", "rpg"}


FOILED = [
    ("foiled-assault-is-a-clash",
     "أحبطت قوات الجيش السوري ليلة أمس هجوماً لعناصر من داعش على نقاط عسكرية في بادية تدمر.", "Armed clash"),
    ("repelled-it-after-an-infiltration",
     "تسللت مجموعة من عناصر داعش فجر اليوم نحو نقطة للجيش العراقي قرب قضاء الطارمية، فتصدت لها قوة من الجيش، "
     "ما أدى إلى مقتل جندي.", "Armed clash"),
    ("foiled-drone-is-disrupted",
     "أحبطت الدفاعات الجوية هجوماً بطائرة مسيرة على قاعدة عين الأسد صباح اليوم.", "Disrupted weapons use"),
    ("isis-attack-noun-is-a-clash",
     "قتل جنديان من الجيش السوري مساء أمس بهجوم نفذه عناصر من داعش على حاجز قرب مدينة السخنة.", "Armed clash"),
    ("belts-found-after-a-raid-are-not-used",
     "شنت طائرات F-16 العراقية ضربة جوية على وكر لداعش في وادي حوران مساء أمس، وعثرت قوة برية في الموقع على "
     "جثث ثلاثة إرهابيين وأحزمة ناسفة.", "Air/drone strike"),
]


@pytest.mark.parametrize(("text", "sub"), [(t[1], t[2]) for t in FOILED], ids=[t[0] for t in FOILED])
def test_foiled_and_found(text: str, sub: str) -> None:
    """A foiled assault is a ground fight, a foiled drone a disrupted use; weapons found are not fired."""
    assert one(text).sub_event_type == sub


def test_repelling_forces_is_a_ground_clash() -> None:
    """'تصدت الفصائل لقوات النظام': forces, not a projectile, were repelled: an armed clash."""
    ms = extract_text("تصدت فصائل المعارضة فجر اليوم لقوات النظام التي حاولت اقتحام بلدة كفرنبودة في ريف حماة.")
    assert [m.sub_event_type for m in ms] == ["Armed clash"]


def test_settlers_attack_on_foot() -> None:
    """'هاجم مستوطنون قرية': settlers of an air power's side fly nothing; their raid is an attack."""
    ms = extract_text("هاجم مستوطنون مساء أمس أطراف قرية المغير شرق رام الله، وأحرقوا منزلاً.")
    assert [m.sub_event_type for m in ms] == ["Attack"]


def test_repelling_raiding_forces_is_a_clash() -> None:
    """'تصدت الفصائل للقوات المتقدمة': forces repelled on the ground, not a projectile intercepted."""
    ms = extract_text("وتصدت فصائل المعارضة مساء أمس للقوات المتقدمة على محور كبانة في ريف اللاذقية.")
    assert [m.sub_event_type for m in ms] == ["Armed clash"]


def test_foiling_an_assault_called_taarrud_is_a_clash() -> None:
    """'احبطت تعرضا لمسلحين': 'تعرض' is an assault on the ground, not a projectile: an armed clash."""
    m = one("أحبطت قوة من الجيش فجر اليوم تعرضاً لمسلحين على إحدى نقاطها قرب قضاء خانقين.")
    assert m.sub_event_type == "Armed clash"


def test_us_bombing_while_its_helicopters_only_fly_over_is_not_an_air_strike() -> None:
    """'وسط تحليق لمروحيات التحالف': the coalition's aircraft only flew over; the shelling stays a shelling."""
    m = one("ردت فصائل المعارضة بقصف مماثل على مواقع النظام في بلدة معرة النعمان، وسط تحليق لمروحيات التحالف الدولي.")
    assert m.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "codes"), [
    ("أطلقت الجماعة صاروخين باليستيين على سفينة تجارية في البحر الأحمر.", ("ballistic_missile", "missile")),
    ("هاجم المقاومون موقعاً للجيش بصاروخ موجّه قرب الحدود.", ("guided_missile", "missile")),
    ("أصاب صاروخ مضاد للدروع منزلاً في مستوطنة المطلة.", ("guided_missile", "missile")),
])
def test_ballistic_and_guided_missiles_are_missiles_too(text: str, codes: tuple[str, ...]) -> None:
    """'صاروخ باليستي', 'صاروخ موجّه', 'صاروخ مضاد للدروع' name their kind of missile and count as missiles."""
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 3, 14)),
                    load_resources())
    assert weapons_in(rec, 0, len(rec.nt.text)) == codes


def test_spoken_struck_by_the_ground_guns_is_a_drone_downed() -> None:
    """'المضادات الأرضية ضربت مسيّرة': the guns hit a drone, downed (ob_024); 'ضربوا ... بالدانات': shelling."""
    ms = extract_text("المضادات الأرضية ضربت مسيّرة فوق سوق مدينة كوستي الليلة.")
    assert [m.sub_event_type for m in ms] == ["Disrupted weapons use"]
    ms = extract_text("قوات الدعم السريع ضربوا السوق الكبير في مدينة الأبيض بالدانات أمس.")
    assert [(m.sub_event_type, m.weapons) for m in ms] == [("Shelling/artillery/missile attack", ("artillery",))]


@pytest.mark.parametrize(("text", "code"), [
    ("قال شهود إن ملثمين ألقوا قنبلة يدوية على مخفر للشرطة في حي الشرطة بمدينة تعز مساء السبت.", "grenade"),
    ("وأعلن المتحدث أن عناصره أطلقوا صاروخاً باليستياً نحو ميناء إيلات فجر اليوم.", "ballistic_missile"),
    ("وأكد الأهالي أن شابين رموا قنبلة يدوية على سيارة عسكرية عند مدخل القرية الغربي.", "grenade"),
], ids=["alqaw-grenade", "atlaqu-ballistic", "ramaw-grenade"])
def test_weapon_after_a_plural_throw_or_launch_verb_is_what_it_sent(text: str, code: str) -> None:
    """'رموا قنبلة', 'أطلقوا صاروخاً': a plural delivery verb's object is the weapon used, not a target hit."""
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 3, 14)),
                    load_resources())
    assert code in weapons_in(rec, 0, len(rec.nt.text))


def test_weapon_after_a_plural_strike_verb_is_still_its_target() -> None:
    """'استهدفوا دبابة': the tank was hit; it names no weapon of the attack."""
    text = "وقال مقاتلو الفصيل إنهم استهدفوا دبابة قرب بلدة مارون الراس صباح اليوم."
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 3, 14)),
                    load_resources())
    assert "artillery" not in weapons_in(rec, 0, len(rec.nt.text))


def test_the_petrol_station_is_no_village() -> None:
    """'قرب الكازية' is the petrol station (Levantine), not the village Al Kaziyah: the town named after it holds."""
    ms = extract_text("انفجرت عبوة ناسفة بسيارة عسكرية قرب الكازية عند مدخل البلدة في ريف حمص الشرقي صباح اليوم.")
    assert [(m.sub_event_type, m.location.name_en if m.location else None) for m in ms] == [
        ("Remote explosive/landmine/IED", "Homs eastern countryside")]


def test_a_body_found_shot_is_the_killing() -> None:
    """'عثر على جثة رجل مصاباً بطلقات نارية': the bullets of a found body tell a shooting, an Attack with one dead."""
    ms = extract_text("عثر على جثة رجل مصابا بطلقات نارية في الرأس في قضاء الطارمية.")
    assert [(m.sub_event_type, m.fatalities) for m in ms] == [("Attack", 1)]

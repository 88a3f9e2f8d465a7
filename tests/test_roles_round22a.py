"""Round 22a role mechanisms (va_ study): a body's 'nobody claimed it' is the final word on the attacker."""

from __future__ import annotations

import pytest

from rasd.recognize import recognize
from rasd.records import Article
from rasd.resources import load_resources
from rasd.role_disowned import disowning_sentences
from tests.factories import extract_text, sides

# (id, text, expected (sub-event, attacker side, target side) of each mention)
CASES = [
    ("headline-guess-yields-to-the-body",  # the title names the Houthis, the body: nobody claimed the bomb
     "الحوثيون يستهدفون دورية للجيش في صرواح\n\nانفجرت عبوة ناسفة صباح اليوم بدورية للجيش الوطني في مديرية صرواح "
     "بمحافظة مأرب، ما أدى إلى إصابة جنديين.\nولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.",
     [("Remote explosive/landmine/IED", "UNKNOWN", "OTHER")]),
    ("headline-guess-stands-without-a-disclaimer",  # the same story without the last line keeps the title's word
     "الحوثيون يستهدفون دورية للجيش في صرواح\n\nانفجرت عبوة ناسفة صباح اليوم بدورية للجيش الوطني في مديرية صرواح "
     "بمحافظة مأرب، ما أدى إلى إصابة جنديين.",
     [("Remote explosive/landmine/IED", "IRAN_ALIGNED", "OTHER")]),
    ("subject-first-disclaimer-after-a-title",  # 'فيما لم تتبن اي جهه الهجوم' at the end of the next sentence
     "داعش يهاجم حاجزاً للجيش قرب تدمر\n\nهاجمت مجموعة حاجزاً لقوات النظام على طريق تدمر، مساء أمس، ما أسفر عن "
     "مقتل عنصرين.\nوأفادت مصادر محلية بأن المهاجمين انسحبوا باتجاه البادية، فيما لم تتبنَّ أي جهة الهجوم.",
     [("Armed clash", "UNKNOWN", "SYRIA_GOV")]),
    ("own-clause-attacker-stays",  # the clause itself names a Turkish drone: an unclaimed strike is still Turkey's
     "قصفت طائرة مسيرة تركية سيارة على طريق القامشلي عامودا مساء أمس، ما أدى إلى مقتل شخصين.\n"
     "ولم تعلن أي جهة مسؤوليتها عن الضربة.",
     None),
    ("a-claim-is-no-disclaimer",  # 'وتبنى داعش الهجوم': claimed, the claimant did it
     "انفجرت عبوة ناسفة بسيارة عسكرية للجيش العراقي قرب قضاء الطارمية شمالي بغداد، ما أسفر عن مقتل جندي.\n"
     "وتبنّى تنظيم داعش الهجوم في بيان.",
     [("Remote explosive/landmine/IED", "ISIS", "IRAQ_GOV")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round22a_disowned(text: str, expected: list[tuple[str, str | None, str | None]] | None) -> None:
    """An unclaimed incident's attacker is unidentified unless its own clause names one."""
    got = sides(text)
    if expected is None:
        assert got and all(a == "TURKEY" for _, a, _ in got)
    else:
        assert got == expected


@pytest.mark.parametrize("sentence, disowning", [
    ("ولم تتبنَّ أي جهة التفجير حتى ساعة إعداد هذا التقرير.", True),
    ("وأصيب ثلاثة جنود في غارة لم تتبنّها أي جهة على موقع قرب الحدود.", True),
    ("ولم تعلن أية جهة مسؤوليتها عن إطلاق الصواريخ.", True),
    ("وقتل شرطي بهجوم، من دون أن يتبنى أحد العملية.", True),
    ("وقالت الشرطة إن أي جهة لم تتبنَّ الهجوم بعد.", True),
    ("ولم تعلن القيادة المركزية مسؤوليتها عن الغارة.", False),  # a named party declined to say: not 'nobody'
    ("من دون أن تعلن أي جهة حصيلة نهائية للضحايا.", False),  # nobody gave a toll, not a claim
    ("وتبنت الجماعة الهجوم في بيان لاحق.", False),
])
def test_disowning_sentences(sentence: str, disowning: bool) -> None:
    """A negated claim with an indefinite subject ('اي جهه', 'احد') says nobody claimed the incident."""
    art = Article(doc_id="t.txt", text="قصف على بلدة.\n" + sentence, content_hash="h")
    rec = recognize(art, load_resources())
    assert bool(disowning_sentences(rec)) is disowning


# (id, text, expected (sub-event, attacker side, target side) of the only mention)
SIDE_CASES = [
    ("dual-unknown-gunmen-stay-unknown",  # 'مسلحان مجهولان': the dual of 'مسلحون', not the theatre's usual foe
     "ألقى مسلحان مجهولان قنبلة يدوية على دورية للشرطة في قضاء الدور شمال تكريت، ما أدى إلى إصابة شرطي.",
     ("Grenade", "UNKNOWN", "IRAQ_GOV")),
    ("force-stationed-in-the-site-was-hit",  # 'موقعا تتمركز فيه قوات X' (masculine pronoun): X holds the site
     "ضربت طائرة مسيرة فجر اليوم موقعاً تتمركز فيه قوات أمريكية قرب حقل كونيكو في ريف دير الزور الشرقي.",
     ("Air/drone strike", "UNKNOWN", "US")),
    ("shabwa-defence-forces-are-a-force",  # a known force of no listed side: OTHER, not civilians
     "أصيب ثلاثة من قوات دفاع شبوة بانفجار عبوة ناسفة استهدفت طقماً عسكرياً في مديرية الصعيد بمحافظة شبوة.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "OTHER")),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in SIDE_CASES], ids=[c[0] for c in SIDE_CASES])
def test_round22a_sides(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """Each construction or new row gives the attacker and target sides it names."""
    assert sides(text) == [expected]


@pytest.mark.parametrize("text, actor_id", [
    ("قصفت قوات الدعم السريع بالمدفعية مواقع القوة المشتركة في مدينة الطينة بولاية شمال دارفور.",
     "joint_force_darfur"),  # in Sudan the bare 'القوة المشتركة' is the Darfur movements' force
    ("أعلنت قوات ولاية جوبالاند أنها صدت هجوماً لحركة الشباب قرب الحدود الكينية.", "jubaland_forces"),
    ("قال مصدر في الكتيبة 128 إن مسلحين هاجموا البوابة الشمالية للبلدة.", "libya_128"),
])
def test_round22a_new_rows(text: str, actor_id: str) -> None:
    """Forces the va_ study named get actors.tsv rows (sides per DESIGN.md: OTHER)."""
    ms = extract_text(text)
    ids = {a.id for m in ms for a in (m.actor1, m.actor2) if a is not None}
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h"), load_resources())
    assert actor_id in ids or actor_id in {m.payload.id for m in rec.actors}


def test_bare_joint_force_outside_sudan_names_no_one() -> None:
    """'القوة المشتركة' of an Iraqi army-and-police operation is no Darfur movement."""
    got = extract_text("نفذت القوة المشتركة عملية دهم في قضاء الطارمية شمالي بغداد واعتقلت مطلوبين اثنين.")
    assert all(a is None or a.id != "joint_force_darfur" for m in got for a in (m.actor1, m.actor2))

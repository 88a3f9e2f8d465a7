"""Recognition of place phrases (candidates only): heads, lists, descriptors, context links, spans."""

from __future__ import annotations

import random

import pytest

from rasd.geo import locate, places
from rasd.geo.places import find_units
from rasd.geo.stopwords import never_places, stopwords
from rasd.lexicon import check_all
from rasd.normalize import normalize, normalize_text
from rasd.resources import load_resources

from .conftest import refs_of


def _units(text: str) -> list[tuple[str, str | None, str | None, bool, int | None]]:
    """(name key, head, descriptor code, inherited, context_of) of every unit."""
    return [(u.key, u.head.key if u.head else None, u.desc.code if u.desc else None, u.inherited, u.context_of)
            for u in find_units(normalize_text(text))]


@pytest.mark.parametrize(("text", "keys", "head"), [
    ("حقلي كونيكو والعمر", ["كونيكو", "العمر"], "حقلي"),
    ("قريتي خشام ومراط", ["خشام", "مراط"], "قريتي"),
    ("مدينتي البوكمال والميادين", ["البوكمال", "الميادين"], "مدينتي"),
    ("قاعدتي عين الاسد وحرير", ["عين الاسد", "حرير"], "قاعدتي"),
    ("قرى مراط وخشام والحسينية والصالحية", ["مراط", "خشام", "الحسينيه", "الصالحيه"], "قري"),
    ("قرى مراط، خشام، والحسينية", ["مراط", "خشام", "الحسينيه"], "قري"),
], ids=["fields", "villages", "cities", "bases", "four_villages", "comma_list"])
def test_dual_and_plural_heads_spread_over_the_list(text: str, keys: list[str], head: str) -> None:
    units = _units(text)
    assert [u[0] for u in units] == keys
    assert all(u[1] == head for u in units)
    assert all(u[3] for u in units[1:])


def test_dual_head_takes_two_names_only() -> None:
    units = _units("قريتي خشام ومراط والحسينية")
    assert [u[3] for u in units] == [False, True, False]


def test_quoted_names_after_heads() -> None:
    assert _units('حقل "العمر" النفطي')[0][:2] == ("العمر", "حقل")
    assert _units("قاعدة «كونيكو»")[0][:2] == ("كونيكو", "قاعده")


@pytest.mark.parametrize(("text", "code"), [
    ("بريف دير الزور الشرقي", "rif"), ("بادية الميادين", "badiya"), ("شرقي مدينة دير الزور", "east_of"),
    ("بالقرب من مدينة الميادين", "near"), ("على أطراف بلدة هجين", "outskirts"), ("في محيط قرية خشام", "surroundings"),
    ("جنوب غرب حقل العمر", "southwest_of"), ("الشمال الشرقي من حقل نفط العمر", "northeast_of"),
], ids=["rif", "badiya", "east_of", "near", "outskirts", "surroundings", "southwest_of", "northeast_of"])
def test_descriptors_attach_to_the_following_place(text: str, code: str) -> None:
    assert _units(text)[0][2] == code


def test_a_hashtag_names_a_place() -> None:
    """Round 19b: a page that gives its town only as a hashtag ('مديرية #الخوخة', 'في #المخا') still names it."""
    assert ("حيس", "مديريه") in [u[:2] for u in _units("سقطت قذيفة على سوق في مديرية #حيس جنوب الحديدة")]
    got = [u for u in find_units(normalize_text("وصلت صور الدمار من داخل #المخا")) if u.key == "المخا"]
    assert got and got[0].locative == places.PREP_WORD


def test_a_hashtag_introduces_its_place_as_a_preposition_does() -> None:
    """Round 23a (a town named only in a photo caption or the tag line: 7 dev docs of 7 sets): '#X' after a noun or in
    a line of tags is introduced like 'في X', so the gate reads a small town there as it reads 'في X'."""
    text = normalize_text("صورة من موقع القصف في سوق #كفرنبل\n#كفرنبل #إدلب")
    got = [u for u in find_units(text) if u.key in ("كفرنبل", "ادلب")]
    assert len(got) == 3 and all(u.locative == places.PREP_WORD for u in got), got
    assert [u.locative for u in find_units(normalize_text("سوق كفرنبل")) if u.key == "كفرنبل"] == [0]


@pytest.mark.parametrize(("text", "want"), [
    ("اشتباكات عنيفة قرب ناحية جبة غربي الأنبار", [("جبه", "ناحيه")]),
    ("سقطت قذيفة على أطراف قرية دبل، دون إصابات", [("دبل", "قريه")]),
    ("قصفت المدفعية بلدة جبة أبو سعيد أمس", []),
    ("قالت جبة المعارضة", []),
], ids=["district-then-direction", "village-then-comma", "first-word-of-a-longer-name", "no-head"])
def test_a_short_village_name_is_read_after_a_towns_head(text: str, want: list[tuple[str, str]]) -> None:
    """Round 23a (wb_004's 'ناحية جبة', sb_013, ta_014's 'بلدة القاع': 3 dev docs of 3 sets, asked by three studies): a
    name of three letters that only small villages bear is read when a town's head noun introduces it and it ends its
    phrase, never bare and never as the first word of a longer name."""
    got = [(u.key, u.head.key if u.head else None) for u in find_units(normalize_text(text))
           if u.key in ("جبه", "دبل")]
    assert got == want


def test_definite_nouns_do_not_introduce_names() -> None:
    assert all(u[1] is None for u in _units("اغلقت القوات المنطقة على الفور"))


def test_admin_context_links_to_the_place_before_it() -> None:
    units = _units("حسرات بريف البوكمال")
    assert units[1][4] == 0


def test_a_nearer_place_is_not_the_context_of_a_wider_one() -> None:
    refs = refs_of("غارات في محافظة دير الزور قرب بلدة الشولا")
    assert [r.location.flagged for r in refs] == [None, None]
    assert refs[1].location.geo_precision == 2


def test_context_is_shared_by_a_list() -> None:
    refs = refs_of("قرى مراط وخشام والحسينية والصالحية في ريف دير الزور")
    assert [r.location.flagged for r in refs] == [None, None, None, None, "context"]
    assert refs[-1].kind == "admin1" and refs[-1].descriptor == "rif"


def test_spans_point_into_the_original_text() -> None:
    text = "سقطت قذائف على حقل «العمر» النفطي بريف دير الزور"
    nt = normalize(text)
    refs = refs_of(text)
    assert refs[0].location.text == "حقل «العمر» النفطي"
    assert text[refs[0].location.start:refs[0].location.end] == refs[0].location.text
    assert nt.orig_text(refs[0].start, refs[0].end) == refs[0].location.text


def test_sorted_by_start() -> None:
    refs = refs_of("من البوكمال إلى الميادين ثم إلى دير الزور")
    assert [r.start for r in refs] == sorted(r.start for r in refs)


def test_stopword_needs_a_head() -> None:
    assert "النصر" in stopwords()
    assert refs_of("حققت القوات النصر") == []


def test_a_fence_is_no_village() -> None:
    """'قرب السياج': the fence of a base, not a village named Siyaj; the village only after its head noun."""
    assert refs_of("انفجرت المسيّرة قرب السياج الخارجي للقاعدة") == []
    assert refs_of("سقطت الثانية قرب سياج القاعدة") == []
    assert [r.location.name_en for r in refs_of("في قرية السياج بريف دمشق")][:1] == ["As Siyaj"]


def test_a_bare_name_introduced_elsewhere_in_the_article_is_that_place() -> None:
    """A small village named bare ('تستهدف فيها عيتا الشعب') is the one the article introduced with a head noun."""
    text = ("استشهد ثلاثة في غارة على بلدة عيتا الشعب في قضاء بنت جبيل.\n\n"
            "وليست هذه المرة الأولى التي تستهدف فيها عيتا الشعب، إذ سبق أن شنّ الطيران غارة على البلدة.")
    refs = [r for r in refs_of(text) if r.location.name_en == "Aita ech Chaab"]
    assert len(refs) == 2
    assert refs_of("تستهدف فيها عيتا الشعب") == []  # alone, a bare small village is still no place


def test_never_places_block_phrases() -> None:
    assert "فيلق القدس" in never_places()
    assert refs_of("قادة في فيلق القدس") == []


def test_place_lexicons_are_valid() -> None:
    errors = [e for e in check_all() if "/place_" in e or "facilities" in e]
    assert errors == []


@pytest.mark.parametrize(("text", "country"), [
    ("غارات على بلدة القائم العراقية", "IRQ"),
    ("وصل الوفد الى العاصمة القطرية الدوحة", "QAT"),
    ("قصف على مدينة صور اللبنانية", "LBN"),
    ("انفجار قرب قاعدة حميميم الروسية", None),
], ids=["after_name", "after_capital", "after_city", "not_an_adjective_of_place"])
def test_nationality_adjectives_record_a_country(text: str, country: str | None) -> None:
    units = find_units(normalize_text(text))
    assert units and units[-1].country in (country, None)
    assert any(u.country == country for u in units) or country is None


def test_bank_descriptors_need_a_river_after_the_article_form() -> None:
    river = find_units(normalize_text("على الضفة الغربية لنهر دجلة"))
    west_bank = find_units(normalize_text("اقتحامات في الضفة الغربية وقطاع غزة"))
    assert [(u.key, u.desc.code if u.desc else None, u.feature) for u in river] == [("دجله", "bank_west", "river")]
    assert [(u.key, u.desc) for u in west_bank][0] == ("الضفه الغربيه", None)


class _FakeMatcher:
    """A place matcher that returns given hits (start, end, key, (tag, payload), prefix), as Matcher.find would."""

    def __init__(self, hits: list[tuple[int, int, str, tuple[str, object], str]]) -> None:
        self.hits = hits

    def find(self, text: str) -> list[tuple[int, int, str, tuple[str, object], str]]:
        """The hits, whatever the text."""
        return self.hits


def _plain_longest(hits: list[tuple[int, int, str, tuple[str, object], str]]) -> list[tuple[int, int, str]]:
    """Longest first, stop phrases before names, then leftmost, then the earlier hit; in text order."""
    ranked = sorted(range(len(hits)), key=lambda n: (hits[n][0] - hits[n][1], hits[n][3][0] == "name", hits[n][0], n))
    taken: list[tuple[int, int, str]] = []
    for n in ranked:
        s, e, key = hits[n][:3]
        if not any(a < e and s < b for a, b, _ in taken):
            taken.append((s, e, key))
    return sorted(taken)


@pytest.mark.parametrize("seed", range(40))
def test_selected_items_are_the_plain_longest_first(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    rng = random.Random(seed)
    hits = []
    for n in range(rng.randint(0, 25)):
        start = rng.randint(0, 60)
        hits.append((start, start + rng.randint(1, 12), f"k{n}", (rng.choice(["name", "stop"]), ()), ""))
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))  # by start, longest first: Matcher.find's order
    monkeypatch.setattr(places, "place_matcher", lambda: _FakeMatcher(hits))
    got = [(it.start, it.end, it.key) for it in places.select_items(" " * 80)]
    assert got == _plain_longest(hits)


@pytest.mark.parametrize("gap", ["", " ", "، و", '، "', " (", "في ", " في ", "_", ".", " - ", "و،:", "\u00a0و ", "؛ "])
def test_one_gap_regex_is_the_list_gap_once_words_are_gone(gap: str) -> None:
    plain = places.LIST_GAP_RE.fullmatch(places.WORD_RE.sub("", gap)) is not None
    assert (places.WORDS_AND_GAP_RE.fullmatch(gap) is not None) == plain


@pytest.mark.parametrize("text", [
    "قصفت طائرات مسيرة قاعدة حقل العمر في ريف دير الزور الشرقي، وللقوات الامريكية نقاط في الشدادي",
    "دمشق - سانا: سقطت قذائف على بلدتي مراط وخشام وعلى مدينة البوكمال قرب الحدود مع العراق.",
    "لا اسماء اماكن هنا",
], ids=["field-and-countryside", "dateline-and-list", "none"])
def test_units_from_the_shared_scan_are_those_of_the_place_automaton(text: str) -> None:
    # rasd.recognize scans once for every lexicon: the place patterns ride along, apart (see resources._group)
    nt = normalize(text)
    hits = load_resources().group.find_all(nt.text)["places"]
    assert hits == places.place_matcher().find(nt.text)
    assert find_units(nt.text, hits) == find_units(nt.text)
    assert locate(nt, hits) == locate(nt) and (not hits or locate(nt))


@pytest.mark.parametrize(("text", "code", "direction"), [
    ("قصفت المدفعية أطراف بلدة بنش الشرقية", "outskirts", None),
    ("سقطت قذائف في محيط مدينة سراقب الجنوبي", "surroundings", None),
    ("قصفت الطائرات ريف إدلب الجنوبي", "rif", "south"),
])
def test_a_side_of_a_towns_edge_is_no_offset(text: str, code: str, direction: str | None) -> None:
    """'اطراف بلده X الشرقيه' is the town's eastern edge, not a point 20 km east of it; 'ريف X الجنوبي' keeps its
    direction (a countryside reaches far)."""
    [u] = find_units(normalize_text(text))
    assert u.desc is not None and u.desc.code == code
    assert (u.direction.code if u.direction else None) == direction


def test_hebrew_kfar_before_a_settlement_name_is_a_head() -> None:
    """'مستعمره كفار يوفال': the settlement Yuval after the Hebrew 'kfar'; names that keep it match whole."""
    assert [r.location.name_en for r in refs_of("استهدفت المقاومة مستعمرة كفار يوفال بالصواريخ")] == ["Yuval"]
    assert [r.location.name_en for r in refs_of("سقط صاروخ في كفار جلعادي")] == ["Kfar Giladi"]


@pytest.mark.parametrize(("text", "key", "head"), [
    ("شنت طائرات غارة على ناحية النمرود جنوب شرقي الموصل", "نمرود", "ناحيه"),
    ("سقطت قذيفة على منزل في بلدة الصديقين الجنوبية", "صديقين", "بلده"),
    ("وادي العدوان الى إصابة جنديين", "عدوان", None),
], ids=["district-with-article", "town-with-article", "and-it-led"])
def test_a_head_introduces_a_name_the_text_gives_with_the_article(text: str, key: str, head: str | None) -> None:
    """Round 21a: a head noun introduces a gazetteer name the text writes with the article the row lacks ('بلدة
    النبطية الفوقا' for نبطيه الفوقا, ua_012; 'ناحية النمرود', 'بلدة المحيميدة': 7 dev docs of 6 sets); 'وادي' + the
    article is also 'وأدى' normalized (and it led), no valley (4 dev docs of 4 sets)."""
    got = [(u.key, u.head.key if u.head else None) for u in find_units(normalize_text(text))]
    assert (key, head) in got, got


def test_on_the_level_is_no_place() -> None:
    """Round 21a (ua_017): 'وعلى الصعيد الداخلي' (7 dev docs of 7 sets) is 'on the level of', not Said in Shabwa."""
    assert all("Said" not in r.location.name_en for r in refs_of("وعلى الصعيد الميداني، قصفت المدفعية مواقع حوثية"))
    assert "الصعيد" in stopwords()


@pytest.mark.parametrize(("text", "saddah"), [
    ("انفجرت عبوة ناسفة بدورية للجيش قرب سدة الورار غربي مدينة الرمادي", False),
    ("قصفت المدفعية تجمعا للمسلحين في قرية سدة التابعة لقضاء خانقين", True),
], ids=["a-weir", "the-village-after-its-head"])
def test_a_weir_is_no_village(text: str, saddah: bool) -> None:
    """Round 41 (h2; rA census: mc_008 'قرب سدة الورار غربي الرمادي', gb_008 'طريق السدة'): سدة is a weir in Iraqi
    usage; the Diyala hamlet Saddah only after a head noun, and the weir's direction from its city stays the place."""
    names = [r.location.name_en for r in refs_of(text)]
    assert ("Saddah" in names) is saddah, names
    assert "سده" in stopwords()


@pytest.mark.parametrize(("text", "name_en", "absent"), [
    # round 22a (va_006, va_007 and 10 more dev docs of 8 sets say 'جزيرة X'): the island area named for a town
    # is read at that town, never at the village called Jazirah
    ("نفذت الطائرات غارات على أوكار المسلحين في جزيرة الحضر جنوب الموصل", "Al Hadar", "Qaryat Jazirah"),
    ("قتل جندي بهجوم على نقطة للجيش في جزيرة البغدادي غرب الأنبار", "Al Baghdadi", "Qaryat Jazirah"),
    ("نزحت مئات الأسر من قرى ولاية الجزيرة بعد الهجوم", "Gezira", None),  # the article form stays a state's name
    # a berm named for a place (va_001, va_002): the name after it is read although it has namesakes elsewhere
    ("سقطت مسيرة على موقع عسكري قرب ساتر الركبان عند الحدود", "Rukban", None),
])
def test_an_island_or_a_berm_names_its_place(text: str, name_en: str, absent: str | None) -> None:
    """'جزيرة X' is no village of its own (a bare stopword) and 'ساتر X' is a head: both name place X."""
    names = [r.location.name_en for r in refs_of(text)]
    assert name_en in names
    assert absent not in names


@pytest.mark.parametrize("text", [
    "وصل الزوار إلى كربلاء لإحياء ذكرى ولادة الإمام الحسين (عليه السلام)",
    "شيعت العتبة الحسينية جثمان الضابط في موكب مهيب",
])
def test_an_honorific_and_a_shrine_are_no_places(text: str) -> None:
    """'(عليه السلام)' and 'العتبة الحسينية' are an honorific and a shrine, not Nahiyat as Salam or al-Atbah."""
    names = [r.location.name_en for r in refs_of(text)]
    assert "Nahiyat as Salam" not in names and "Nahiyat 'Atbah" not in names


@pytest.mark.parametrize("text", [
    "نفذت قوات الاحتلال اقتحاماً جديداً للبلد فجر اليوم واعتقلت شابين",
    "عاد الأهالي بعد الظهر إلى بيوتهم وأعادوا فتح المحال للبلد كله",
])
def test_the_article_a_prefix_holds_makes_a_common_word(text: str) -> None:
    """'للبلد' is لـ + البلد (a bare stopword: the town, the country), not the Iraqi town Balad (بلد)."""
    names = [r.location.name_en for r in refs_of(text)]
    assert not any(n.startswith("Balad") for n in names)


def test_a_bare_name_after_a_preposition_stays_a_place() -> None:
    """Without the article the name is still read: 'في بلد شمال بغداد' is Balad."""
    assert any(u.key == "بلد" for u in find_units(normalize_text("انفجار عبوة في بلد شمال بغداد")))


@pytest.mark.parametrize(("text", "absent", "kept"), [
    ("انفجرت عبوة ناسفة قرب سدة المشاريع غربي الرمادي", "Saddah", "west of Ramadi"),
    ("سقطت قذيفة هاون على منطقة كوت الحجاج وسط البصرة", "Kut", "Al-Basrah"),
], ids=["rest_then_direction", "second_unit_then_link"])
def test_the_rest_of_a_longer_name_leaves_its_first_word_to_its_container(text: str, absent: str, kept: str) -> None:
    """'X Y غربي Z', 'X Y وسط Z' with only X a row: Z locates X, so X's namesake far from Z is refused (session 41)."""
    names = [r.location.name_en for r in refs_of(text)]
    assert absent not in names and kept in names


def test_a_name_near_its_container_keeps_it_across_one_word() -> None:
    """A town a word away from a direction that agrees with it stays the town, now with that context."""
    names = [r.location.name_en for r in refs_of("قصفت الطائرات الميادين الليلة شرقي دير الزور")]
    assert "Mayadin" in names

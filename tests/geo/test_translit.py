"""Places known only by a Latin name, matched by transliteration after a town's head noun (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from rasd.geo import locate
from rasd.geo.bare_names import bare_candidates
from rasd.geo.translit import (
    NAME_ANCHORS,
    LatinRow,
    arabic_skeletons,
    candidates,
    latin_skeleton,
    pick,
    query_skeletons,
    spelled_alike,
)
from rasd.geo.translit_locative import locative_candidates
from rasd.normalize import normalize
from rasd.resources import load_resources

from .conftest import refs_of


@pytest.mark.parametrize(("arabic", "latin"), [
    ("حمره الشيخ", "Hamrat ash Shaykh"),  # the construct ه read as t
    ("جبل مويه", "Jabal Mayyah"),
    ("ثعبات", "Thabat"),
    ("اللبوه", "Laboue"),
])
def test_skeletons_of_both_scripts_meet(arabic: str, latin: str) -> None:
    """The Arabic and the Latin spellings of one village share a consonant skeleton and are spelled alike."""
    assert latin_skeleton(latin) in arabic_skeletons(arabic)
    assert spelled_alike(arabic, (latin,))


@pytest.mark.parametrize(("arabic", "latin"), [
    ("كافوري", "Al Jufayrah"),  # same consonants, other vowels: a Khartoum quarter is no village 25 km off
    ("غويران", "Qraane"),
    ("برخ", "Bayrak"),  # too short to tell
])
def test_consonants_alone_are_not_enough(arabic: str, latin: str) -> None:
    """Long vowels must agree too, and a name of three letters tells nothing."""
    assert not spelled_alike(arabic, (latin,))


def _row(pid: str, lat: float, lon: float, admin1: str = "A") -> LatinRow:
    return LatinRow(pid, "SDN", admin1, "", lat, lon, pid, (pid,))


def test_pick_takes_only_a_clear_match() -> None:
    """The nearest match in reach when the next is far; none when two lie in reach; a duplicate row of the same
    village does not count as a rival; out of reach, the only match in a governorate of the article."""
    here = [(14.0, 30.0)]
    assert pick([_row("a", 14.1, 30.1), _row("b", 16.0, 33.0)], here, 60.0) is not None
    assert pick([_row("a", 14.1, 30.1), _row("b", 14.2, 30.2)], here, 60.0) is None
    assert pick([_row("a", 14.1, 30.1), _row("b", 14.11, 30.11)], here, 60.0) is not None
    far = [_row("a", 16.0, 28.0, "North"), _row("b", 11.0, 25.0, "South")]
    got = pick(far, here, 60.0, frozenset({"North"}))
    assert got is not None and got[0].id == "a"
    assert pick(far, here, 60.0) is None


@pytest.mark.parametrize(("text", "en"), [
    ("عثر الجيش على مضافة للتنظيم قرب قرية دربوتك في قضاء عقرة", "Darbotk"),
    ("سقطت قذيفة هاون على حي ثعبات شرقي مدينة تعز فجر اليوم", "Thabat"),
    ("قُتل تاجران في هجوم على سوق حمرة الشيخ بولاية شمال كردفان", "Hamrat ash Shaykh"),
])
def test_a_village_known_only_in_latin_letters(text: str, en: str) -> None:
    """After a town's head (or a market's), an unknown name takes the one Latin-only village that spells it, with
    geo_precision 2 and a note."""
    got = [r for r in refs_of(text) if r.location.name_en == en]
    assert got, [r.location.name_en for r in refs_of(text)]
    assert got[0].location.geo_precision == 2 and "transliteration" in (got[0].note or "")


def test_later_mentions_of_a_matched_name_are_that_village() -> None:
    """One sense per article: the bare name again, after a direction, is the village the head introduced."""
    text = "أطلق مسلحون النار على سوق قرية دربوتك في قضاء عقرة، ثم انسحبوا شرق دربوتك"
    assert [r.location.name_en for r in refs_of(text)].count("Darbotk") == 2


@pytest.mark.parametrize("text", [
    "نزحت عائلات إلى بلدة مجاورة لمدينة الفاشر",  # an adjective after the head
    "قصفت المدفعية حي كافوري في بحري",  # a quarter the sources lack
    "دمرت غارة منزلا في قرية دربوتك",  # no other place: no country to look in
    "اقتحم مسلحون قرية ود الفادني بولاية الجزيرة",  # two villages of that name in the state
])
def test_no_guess_without_a_clear_match(text: str) -> None:
    """Common words, unknown quarters, articles without a country and ambiguous names give no transliterated place."""
    assert not [r for r in refs_of(text) if r.note]


@pytest.mark.parametrize(("arabic", "latin"), [
    ("جبره الشيخ", "Gabrat Elshiekh"),  # Sudan's romanization glues the article to its word
    ("عرب البو مجهم", "'Arab Albu Mujhim"),  # Iraq's 'Albu' tribes
])
def test_a_glued_latin_article_is_looked_up(arabic: str, latin: str) -> None:
    """A later word's article kept as l meets a Latin name that glues it ('Elshiekh'), not only the bare skeleton."""
    assert latin_skeleton(latin) in query_skeletons(arabic)
    assert set(arabic_skeletons(arabic)) <= set(query_skeletons(arabic))


@pytest.mark.parametrize(("text", "en", "not_en"), [
    ("أحرق مسلحون مخزناً للحبوب في محيط بلدة جبرة الشيخ بولاية شمال كردفان", "Gabrat Elshiekh", "Gubara"),
])
def test_a_two_word_name_with_a_glued_article(text: str, en: str, not_en: str | None) -> None:
    """The two-word name is the Latin row that glues its article, not its first word's namesake in another state."""
    names = [r.location.name_en for r in refs_of(text)]
    assert en in names and not_en not in names, names


@pytest.mark.parametrize("text", [
    "نزح مئات من ولاية النيل الأبيض بعد أن قصفت المدفعية أحياء مدينة أبو جبيهة بولاية جنوب كردفان",
    "نزح مئات من ولاية النيل الأبيض بعد معارك عنيفة في منطقة أبو جبيهة بولاية جنوب كردفان",
], ids=["town-head", "area-head"])
def test_the_unit_after_the_name_holds_the_latin_row(text: str) -> None:
    """'X بولايه Y': of the Latin-only rows spelled like X (Abu Jibeha in South Kordofan, Abu Jibba in White Nile,
    which lies nearer the article's other places), the one in Y is the place, after an area's head too."""
    names = [r.location.name_en for r in refs_of(text) if r.note]
    assert "Abu Jibeha" in names and "Abu Jibba" not in names, names


@pytest.mark.parametrize("text", [
    "وقال شهود ان مسلحين هاجموا قريه كونغولي وبلدتي تيساو ودابيلا، ثم انسحبوا الي غابه قرب بوريمو شمال تاوا",
    "وفي سوق قريه حمره ابو جليل, «في» تامبارا, وعند مدخل مدينه كوسيري وفي منطقه ساحليه",
    "لا شيء هنا",
], ids=["heads-bearings-locatives", "quotes-and-proclitics", "none"])
def test_name_candidates_from_the_shared_scan_are_the_regexes_own(text: str) -> None:
    """The words the name regexes start from ride along in the one automaton scan (anchor_words): tried only where
    the scan found them, the regexes find what they find over the whole text."""
    nt = normalize(text)
    anchors = load_resources().group.find_with_words(nt.text)[1][NAME_ANCHORS]
    assert list(candidates(nt.text, [], [], anchors)) == list(candidates(nt.text, [], []))
    assert list(bare_candidates(nt.text, [], [], anchors)) == list(bare_candidates(nt.text, [], []))
    assert list(locative_candidates(nt.text, [], [], anchors)) == list(locative_candidates(nt.text, [], []))
    assert locate(nt, anchors=anchors) == locate(nt)


@pytest.mark.parametrize("participle", ["التابعة", "الواقعة"])
def test_a_participle_is_no_second_word_of_a_latin_name(participle: str) -> None:
    """Round 46: «بلدة ييد التابعة لإقليم باكول» is no two-word Latin-only name (Adwa, Ethiopia); ييد alone is too
    short to guess, so no place is read rather than a wrong country."""
    text = f"هاجم مسلحون قاعدة للجيش الصومالي في بلدة ييد {participle} لإقليم باكول جنوب غربي الصومال"
    assert all(r.location.country_iso3 in (None, "SOM") for r in locate(normalize(text)))


def test_an_unknown_second_word_is_part_of_a_latin_name() -> None:
    """Round 46: «بلدة شنقل طوباية» (an indefinite second word rasd knows nothing of) is the two-word Latin-only row
    Shingil Tobaya of the state the sentence names, not a lookup of «شنقل» alone."""
    text = "نزح آلاف المدنيين من بلدة شنقل طوباية بولاية شمال دارفور بعد قصف مدفعي"
    names = [r.location.name_en for r in locate(normalize(text))]
    assert "Shingil Tobaya" in names


def test_a_known_second_word_stays_out_of_a_latin_name() -> None:
    """A word of the lexicons after the name (an adjective, a date word) is not glued to it."""
    pairs = [n for _, _, _, n, _ in candidates(normalize("قصفت مسيرة بلدة شنقل صباح اليوم").text, [], [])]
    assert "شنقل صباح" not in pairs

"""geo.actor_focus: the article's country from its named one-country armed groups, when no place tells one."""

from __future__ import annotations

import pytest

from rasd.errors import LexiconError
from rasd.geo import geocode, locate
from rasd.geo.actor_focus import _mentions, _names, actor_focus
from rasd.geo.context import Evidence
from rasd.geo.places import find_units
from rasd.lexicon import lexicon_dir, load_table, parse_table
from rasd.normalize import normalize, normalize_text


@pytest.mark.parametrize(("text", "countries"), [
    ("وقال المتحدث باسم الحوثيين ان الغارات استهدفت مواقعهم", {"YEM"}),
    ("واتهم البيان للحوثيين بخرق الهدنه", {"YEM"}),  # ل before ال: the لل form
    ("وتقدمت وحدات من الجيش بعد انسحاب الدعم السريع", {"SDN"}),
    ("وتبنت كتائب حزب الله الهجوم على القاعده", set()),  # the longer name wins: not Lebanon's Hezbollah; it fights in
    # Iraq and Syria, so it votes for neither
    ("ونعت حركة النجباء اثنين من مقاتليها", set()),  # an Iraqi faction that fights in Syria too: not listed
    ("واعلن حزب الله انه استهدف موقعا", {"LBN"}),
    ("قال مسؤول في حركة الشباب ان مقاتليها هاجموا القاعده", {"SOM"}),
    ("وصل الطالب الى الجامعه صباحا", set()),  # no group
])
def test_each_named_group_votes_for_its_country(text: str, countries: set[str]) -> None:
    assert set(actor_focus(normalize_text(text)).countries) == countries


def test_a_name_inside_a_longer_word_is_no_mention() -> None:
    assert not actor_focus(normalize_text("وعبر الحاضرون عن حماسهم للمشروع")).scores


def test_several_groups_share_the_focus_by_their_mentions() -> None:
    ev = actor_focus(normalize_text("قال الحوثيون ان الحوثيين وجماعه الحوثي ردوا على حزب الله"))
    assert ev.countries == {"YEM"} and ev.scores["YEM"] > ev.scores["LBN"] > 0


@pytest.mark.parametrize("text", [
    "وللحوثيين وفبالحوثيين بالحوثيون الحوثيونه ابوحماس حماس2 حزب اللهي وحزب الله، قسدقسد فالدعم السريع",
    "كتائب حزب الله والحوثي الحوثيين ولحماس",  # names inside names, one after another
    "",
])
def test_the_scan_finds_what_finditer_finds(text: str) -> None:
    pattern = _names()[0]
    norm = normalize_text(text)
    assert _mentions(norm) == [m.group(1) for m in pattern.finditer(norm)]


def test_every_row_names_one_country_in_iso3_or_none() -> None:
    rows = load_table("actor_countries").rows
    assert len(rows) >= 35
    assert all((len(r.get("iso3")) == 3 and r.get("iso3").isupper()) or not r.get("iso3") for r in rows)


def _places(text: str, with_actors: bool) -> dict[str, str | None]:
    nt = normalize(text)
    ev = actor_focus(nt.text) if with_actors else Evidence()
    return {nt.text[r.start:r.end]: r.location.country_iso3 for r in locate(nt, actors=ev)}


@pytest.mark.parametrize(("text", "name", "plain", "focused"), [
    ("استهدفت مسيره تابعه لحزب الله موقعا في بلده الصوانه", "بلده الصوانه", "SYR", "LBN"),
    ("اشتبك الحوثيون مع القوات الحكوميه في منطقه الشاميه", "منطقه الشاميه", "IRQ", "YEM"),
])
def test_with_no_country_from_the_places_the_groups_decide_a_namesake(
        text: str, name: str, plain: str, focused: str) -> None:
    assert _places(text, False)[name] == plain
    assert _places(text, True)[name] == focused


def test_a_place_that_tells_the_country_wins_over_the_groups() -> None:
    got = _places("استهدفت مسيره تابعه لحزب الله موقعا في بلده الصوانه في سوريا", True)
    assert got["بلده الصوانه"] == "SYR"


def test_resolve_takes_the_groups_focus_only_without_place_votes(gazetteer) -> None:  # type: ignore[no-untyped-def]
    units = find_units(normalize_text("اشتبك مسلحون مع القوات الحكوميه في منطقه الشاميه"))
    yemen = Evidence.of([("YEM", 1.0)])
    by_key = {u.key: i for i, u in enumerate(units)}
    assert geocode.resolve(gazetteer, units, yemen)[by_key["الشاميه"]].place.iso3 == "YEM"
    assert geocode.resolve(gazetteer, units)[by_key["الشاميه"]].place.iso3 == "IRQ"


def test_a_broken_row_is_reported_with_its_file_and_line() -> None:
    path = lexicon_dir() / "actor_countries.tsv"
    text = path.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    with pytest.raises(LexiconError, match=rf"actor_countries\.tsv:{line}: variants: 'حركة' changes"):
        parse_table(str(path), text + "extra\tYEM\tA group\tحركة\n")

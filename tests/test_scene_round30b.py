"""Scene, round 30b (from the fb_ study): a teller body's place ('وقالت قياده شرطه X ان ...') gives way to the finer
place its item named before inside X (P4); 'ال<head>' after a town introduced by that head with a name the gazetteer
lacks ('قريه X ... اطراف القريه') stands for that town, never for a town or a page header named before it (P3). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.scene import anaphoric_place
from rasd.scene_anaphora import anaphoric_town
from tests import scene_text


def _second(text: str) -> list[str]:
    """The places chosen for the last sentence of a text."""
    rec = scene_text.rec_of(text)
    sent = rec.sentences[-1]
    return [p.location.name_en for p in scene_text.choose_places(rec, sent.start, sent.end)]


@pytest.mark.parametrize(("text", "expected"), [
    ("اندلع شجار مسلح بين أسرتين في ناحية النعمانية بمحافظة واسط. وقالت قيادة شرطة واسط إن الاشتباك أوقع قتيلين.",
     ["An Nu'maniyah"]),
    ("انفجرت قنبلة قرب سوق في مدينة الكوت ظهر اليوم. وقالت مديرية شرطة واسط إن الانفجار أصاب ثلاثة أشخاص.",
     ["Kut"]),
    ("وقالت قيادة شرطة واسط إن مسلحين هاجموا دورية للشرطة فجر اليوم.", ["Wassit"]),
    ("اندلع شجار في قضاء الزبير جنوب البصرة. وقالت قيادة شرطة واسط إن مسلحين هاجموا دورية للشرطة.", ["Wassit"]),
    ("اندلع شجار مسلح في ناحية النعمانية.\n\nوقالت قيادة شرطة واسط إن مسلحين هاجموا دورية للشرطة.", ["Wassit"]),
], ids=["district-before", "town-before", "no-finer-place", "finer-place-elsewhere", "other-paragraph"])
def test_a_teller_body_gives_way_to_the_item_s_finer_place(text: str, expected: list[str]) -> None:
    """'وقالت قياده شرطه X ان ...': the place inside X its paragraph named before, else X."""
    assert _second(text) == expected


def _anaphor(text: str, word: str) -> list[str]:
    """The town the last bare head noun 'word' of a text stands for."""
    rec = scene_text.rec_of(text)
    t = rec.nt.text
    at = t.rindex(word)
    return [p.location.name_en for p in anaphoric_town(rec, at, at + len(word))]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("أخبار تل تمر والخابور\n\nطائرة مسيرة تضرب موقعا في قرية أم الحجول.. وقذائف على القرية مساء اليوم",
     "القريه", []),
    ("أخبار تل تمر والخابور\n\nقصفت المدفعية قرية الزريقات.. وقذائف على القرية مساء اليوم", "القريه",
     ["Zurayqat"]),
    ("قصفت المدفعية بلدة عين عيسى أمس. ثم استهدفت مسيرة بلدة الدحيشة الشرقية، وسقطت قذيفة وسط البلدة",
     "البلده", []),
    ("قصفت المدفعية قرية أم الحجول أمس، ثم سقطت قذائف على بلدة عين عيسى، وتضرر منزل في البلدة",
     "البلده", ["'Ayn 'Isa"]),
    ("قصفت المدفعية بلدة عين عيسى، وهي بلدة تابعة لريف الرقة، وتضرر منزل في البلدة", "البلده", ["'Ayn 'Isa"]),
], ids=["page-header-trap", "known-village", "unknown-after-known", "other-head", "not-a-name"])
def test_a_bare_head_stands_for_the_town_last_introduced_by_it(text: str, word: str, expected: list[str]) -> None:
    """'ال<head>' after 'في <head> X' with X unknown: X (nothing here), not an earlier or a header town."""
    assert _anaphor(text, word) == expected


def test_the_anaphor_scene_is_the_same_in_the_headline_and_the_body() -> None:
    """Both tellings of one strike on an unknown village resolve alike: neither takes the page's town."""
    head = "أخبار تل تمر والخابور\n\nقصف مدفعي على قرية أم الحجول.. وإصابة رجل في القرية"
    body = "أخبار تل تمر والخابور\n\nقصفت المدفعية أطراف قرية أم الحجول، وأصيب رجل من سكان القرية بشظايا"
    for text in (head, body):
        rec = scene_text.rec_of(text)
        t = rec.nt.text
        at = t.rindex("القريه")
        assert anaphoric_place(rec, at, at + len("القريه")) == []

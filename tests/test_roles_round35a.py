"""Actor sides, round 35a (from a dev-wide study): a force whose name the lexicon reads by country ('واي بي جي':
the PKK in Iraq and Turkey, the SDF in Syria; 'بي كي كي' the same names the other way round) is read in the
country of the place its own sentence names nearest to it, not in the country most of the article's places lie in;
a sentence with no place, or whose nearest place is coordinated with one of another country ('في شمالي العراق
وسوريا'), keeps the article's country, and an anaphor ('معاد') always keeps it.

Every sentence is written for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rasd.role_country import sentence_countries
from rasd.segment import segment
from tests import factories as f


@dataclass(frozen=True)
class _Loc:
    """A place's location as role_country reads it."""

    country_iso3: str


@dataclass(frozen=True)
class _Place:
    """A place reference as role_country reads it."""

    start: int
    end: int
    location: _Loc


def _places(text: str, names: dict[str, str]) -> list[_Place]:
    """A place reference for each given name at its first offset in the text."""
    return [_Place(text.index(n), text.index(n) + len(n), _Loc(iso)) for n, iso in names.items()]


@pytest.mark.parametrize(("text", "places", "at", "expected"), [
    # the place right after the name: its country
    ("قصفت المدفعية مواقع واي بي جي في ريف كوباني. وقصفت الطائرات كهوفا في جبال قنديل.",
     {"كوباني": "SYR", "قنديل": "IRQ"}, "واي بي جي", "SYR"),
    ("قصفت المدفعية مواقع واي بي جي في ريف كوباني. وقصفت الطائرات كهوفا في جبال قنديل.",
     {"كوباني": "SYR", "قنديل": "IRQ"}, "كهوفا", "IRQ"),
    # the nearest place wins over a farther one of another country in the same sentence
    ("هاجم مسلحو بي كي كي نقطة تركية في منطقة زاخو، بعد تهديد أنقرة بضرب الجماعات في العراق وسوريا.",
     {"زاخو": "IRQ", "العراق": "IRQ", "سوريا": "SYR"}, "بي كي كي", "IRQ"),
    # the nearest place coordinated with one of another country: no reading of its own
    ("حيدت القوات عشرة من بي كي كي في شمالي العراق وسوريا خلال أسبوع.",
     {"العراق": "IRQ", "سوريا": "SYR"}, "بي كي كي", None),
    # a sentence with no place
    ("وقالت الوزارة إن العمليات ضد واي بي جي مستمرة.", {}, "واي بي جي", None),
])
def test_round35a_sentence_country(text: str, places: dict[str, str], at: str, expected: str | None) -> None:
    read = sentence_countries(text, segment(text), _places(text, places))
    assert read(text.index(at)) == expected


BRIEF = ("أعلنت وزارة الدفاع التركية أن طائراتها حيدت خمسة عناصر من حزب العمال الكردستاني في منطقة أفاشين "
         "شمالي العراق مساء الأحد. وأضافت أن مسيرة تركية استهدفت يوم الاثنين سيارة لعناصر واي بي جي قرب "
         "بلدة تل تمر في محافظة الحسكة. كما قصفت المدفعية التركية مواقع لحزب العمال الكردستاني في جبال "
         "قنديل ومنطقة زاب ومنطقة متينا شمالي العراق.")


@pytest.mark.parametrize(("place", "target"), [
    ("Tall Tamr", "SDF"),   # the YPG told in a Syrian sentence of a mostly Iraqi brief: the SDF
    ("northern Iraq", "OTHER"),   # the PKK in the brief's Iraqi sentences stays the PKK
    ("Qandil", "OTHER"),
])
def test_round35a_force_read_in_its_sentence(place: str, target: str) -> None:
    m = f.mention_at(f.extract_text(BRIEF), place)
    assert m.actor2 is not None and m.actor2.side == target


@pytest.mark.parametrize(("text", "target"), [
    # the PKK named in a Syrian sentence (Turkey's name for the SDF there): the SDF
    ("قصفت مسيرة تركية صباح اليوم مقرا لمسلحي بي كي كي في بلدة عين العرب بريف حلب الشرقي.", "SDF"),
    # the same name in an Iraqi sentence stays the PKK
    ("قصفت مسيرة تركية صباح اليوم مقرا لمسلحي بي كي كي في قضاء سنجار غربي نينوى.", "OTHER"),
])
def test_round35a_pkk_by_country(text: str, target: str) -> None:
    ms = f.extract_text(text)
    assert ms and ms[0].actor2 is not None and ms[0].actor2.side == target

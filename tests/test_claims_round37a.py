"""Round 37a (casualty figures): a title's dead are not those of an incident whose body counts only the hurt.

Every sentence is written for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

import pytest

from rasd.claim_heading import heading_dead_apart
from rasd.claim_revision import RISE
from rasd.recognize import Recognized
from rasd.records import Claim, Mention
from tests import factories as f

PUB = date(2024, 3, 10)  # a Sunday


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


# (id, text, sub-event type, fatalities, injured) -- cause seen in qa_010, pa_016, cb_005, cb_014, na_019 (a title's dead on
# a body telling of another incident that counts only wounded)
TITLED = [
    # the title's second incident, told in the body with its wounded only: none of the title's dead
    ("second-incident-wounded-only",
     "ثلاثة شهداء من الجيش بهجوم لداعش قرب الوادي.. وعبوة تصيب شرطيين على طريق تكريت\n\n"
     "أعلنت خلية الإعلام الأمني، اليوم الأحد، استشهاد ثلاثة من منتسبي الجيش بهجوم شنه مسلحون من داعش على نقطة "
     "عسكرية جنوبي كركوك.\n\n"
     "وفي حادث منفصل، أصيب اثنان من منتسبي الشرطة، صباح اليوم، بانفجار عبوة ناسفة استهدفت دوريتهم على الطريق "
     "قرب مدينة تكريت.",
     "Remote explosive/landmine/IED", 0, 2),
    # ... and the first incident keeps them
    ("first-incident-keeps-its-dead",
     "ثلاثة شهداء من الجيش بهجوم لداعش قرب الوادي.. وعبوة تصيب شرطيين على طريق تكريت\n\n"
     "أعلنت خلية الإعلام الأمني، اليوم الأحد، استشهاد ثلاثة من منتسبي الجيش بهجوم شنه مسلحون من داعش على نقطة "
     "عسكرية جنوبي كركوك.\n\n"
     "وفي حادث منفصل، أصيب اثنان من منتسبي الشرطة، صباح اليوم، بانفجار عبوة ناسفة استهدفت دوريتهم على الطريق "
     "قرب مدينة تكريت.",
     "Armed clash", 3, None),
    # a body that counts no one leaves the title's toll the only one told
    ("body-counts-no-one",
     "ثلاثة شهداء من الجيش بهجوم لداعش قرب الوادي\n\n"
     "أعلنت خلية الإعلام الأمني، اليوم الأحد، أن مسلحين من داعش شنوا هجوما على نقطة عسكرية جنوبي كركوك.",
     "Armed clash", 3, None),
]


@pytest.mark.parametrize(("text", "kind", "killed", "hurt"), [c[1:] for c in TITLED], ids=[c[0] for c in TITLED])
def test_title_dead_stay_off_an_incident_counting_only_wounded(text: str, kind: str, killed: int,
                                                               hurt: int | None) -> None:
    """'ثلاثه شهداء ... وعبوه تصيب شرطيين': the IED's body telling counts two wounded, so it has no dead."""
    found = [m for m in run(text) if m.sub_event_type == kind]
    assert [(m.fatalities, m.injured) for m in found] == [(killed, hurt)]


@dataclass
class _Frame:
    """A frame stub: only whether it is the title's."""

    heading: bool


@dataclass
class _Rec:
    """A Recognized stub holding the caches heading_dead_apart reads."""

    caches: dict[str, dict[int, Any]] = field(default_factory=dict)

    def cache(self, name: str) -> dict[int, Any]:
        """The named per-article cache."""
        return self.caches.setdefault(name, {})


def _claims(rows: list[tuple[str, int, str, bool, str]]) -> tuple[Recognized, list[Claim]]:
    """Claims (field, value, text, from the title, revision kind) with their home frames registered."""
    rec = _Rec()
    out = []
    for fld, value, text, title, kind in rows:
        c = Claim(field=fld, value=value, min=value, max=value, text=text)
        rec.cache("claim_frame")[id(c)] = _Frame(heading=title)
        if kind:
            rec.cache("claim_revision")[id(c)] = kind
        out.append(c)
    return cast(Recognized, rec), out


# (id, claims, fatality values kept)
KEPT = [
    ("body-says-no-one-hurt", [("fatalities", 2, "شهيدان", True, ""),
                               ("fatalities", 0, "دون وقوع إصابات", False, ""),
                               ("injured", 0, "دون وقوع إصابات", False, "")], [0]),
    ("body-counts-wounded", [("fatalities", 4, "أربعة شهداء", True, ""),
                             ("injured", 6, "أصيب ستة", False, "")], []),
    ("body-counts-its-dead-too", [("fatalities", 4, "أربعة شهداء", True, ""),
                                  ("fatalities", 4, "استشهد أربعة", False, ""),
                                  ("injured", 6, "أصيب ستة", False, "")], [4, 4]),
    ("title-toll-risen", [("fatalities", 6, "ارتفاع حصيلة الشهداء إلى ستة", True, RISE),
                          ("injured", 2, "أصيبا", False, "")], [6]),
    ("title-wounded-stay", [("injured", 5, "خمسة جرحى", True, ""),
                            ("injured", 5, "أصيب خمسة", False, "")], []),
]


@pytest.mark.parametrize(("rows", "dead"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_heading_dead_apart(rows: list[tuple[str, int, str, bool, str]], dead: list[int]) -> None:
    """Only a plain title death toll beside a body that counts the hurt (or no one hurt) and no dead is set aside."""
    rec, claims = _claims(rows)
    kept = heading_dead_apart(rec, claims)
    assert [c.value for c in kept if c.field == "fatalities"] == dead
    assert [c for c in kept if c.field == "injured"] == [c for c in claims if c.field == "injured"]

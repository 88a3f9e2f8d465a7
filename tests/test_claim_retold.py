"""Tolls of a retold incident: a telling with no figure of its own takes the toll of the telling it retells.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from rasd.claim_retold import retold_tolls
from rasd.records import Claim, Evidence, Mention
from tests import factories as f

DAY = date(2024, 5, 9)


def _told(seq: int, text: str, killed: int | None, wounded: int | None, **kw: Any) -> Mention:
    """A mention of an air strike at al-Mayadin whose claims are the given figures."""
    claims = tuple(Claim(field=fld, value=v, text=text) for fld, v in (("fatalities", killed), ("injured", wounded))
                   if v is not None)
    fields: dict[str, Any] = {"event_date": DAY, "sub_event_type": "Air/drone strike",
                              "location": f.location("mayadin"), "fatalities": killed, "injured": wounded,
                              "claims": claims,
                              "evidence": (Evidence(doc_id="doc-1", start=0, end=len(text), text=text),)}
    return f.mention(id=f"doc-1#{seq}", **(fields | kw))


LEAD = "قتل أربعة عناصر وأصيب ستة بغارة جوية على مقر في مدينة الميادين"
BODY = "وقال سكان إن الغارة التي وقعت ليل أمس استهدفت مستودعا للذخيرة قرب المدخل الشرقي للمدينة"

# (id, the other telling's changes, the plain telling's changes, expected (fatalities, injured) of the plain one)
# cause seen in nb_011, hb_007, qb_002, ma_007, la_005, ho_009 (the toll sentence went to the other telling)
CASES = [
    ("body-retells-the-lead", {}, {}, (4, 6)),
    ("a-day-apart-is-a-second-incident", {}, {"event_date": date(2024, 5, 8)}, (None, None)),
    ("nearby-point-of-the-town", {}, {"location": f.location("mayadin", lat=35.04, lon=40.47)}, (4, 6)),
    ("another-kind-of-incident", {}, {"sub_event_type": "Armed clash"}, (None, None)),
    ("another-town", {}, {"location": f.location("omar")}, (None, None)),
    ("days-apart", {}, {"event_date": date(2024, 5, 2)}, (None, None)),
    ("the-other-has-no-claim", {"claims": ()}, {}, (None, None)),
    ("an-unknown-attacker-may-retell", {}, {"actor1": f.actor("UNKNOWN")}, (4, 6)),
    ("another-attacker-is-another-incident", {}, {"actor1": f.actor("US")}, (None, None)),
]


@pytest.mark.parametrize(("other", "plain", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_plain_telling_takes_the_toll_it_retells(other: dict[str, Any], plain: dict[str, Any],
                                                   expected: tuple[int | None, int | None]) -> None:
    ms = retold_tolls([_told(0, LEAD, 4, 6, **other), _told(1, BODY, None, None, **plain)])
    assert (ms[1].fatalities, ms[1].injured) == expected


def test_own_figures_are_kept() -> None:
    own = _told(1, "وقال سكان إن الغارة التي وقعت ليل أمس قتلت شخصين", 2, None)
    ms = retold_tolls([_told(0, LEAD, 4, 6), own])
    assert (ms[1].fatalities, ms[1].injured) == (2, None)


def test_two_tolls_for_the_place_leave_it_unread() -> None:
    ms = retold_tolls([_told(0, LEAD, 4, 6), _told(2, "وقتل شخصان بغارة ثانية على الميادين", 2, 0),
                       _told(1, BODY, None, None)])
    assert (ms[2].fatalities, ms[2].injured) == (None, None)

"""English notes and Arabic summaries written from an event's fields."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from rasd.notes import annotate, notes_en, side_actor, summary_ar
from rasd.records import Claim
from tests import factories as f

DEZ = f.location("conoco", id="dez", name_en="Deir ez-Zor", name_ar="دير الزور", geo_precision=3)
US_STRIKE: dict[str, Any] = {
    "actor1": f.actor("US"), "actor2": f.actor("IRAN_ALIGNED"), "sub_event_type": "Air/drone strike",
    "weapons": ("aircraft",), "location": DEZ, "fatalities": 6, "injured": None,
    "claims": (Claim(field="fatalities", value=6, min=6, max=6, source="SOHR"),),
}
NOTES: list[tuple[str, dict[str, Any], str]] = [
    ("ACLED example", US_STRIKE,
     "On 24 August 2022, US forces conducted air strikes on Iran-aligned militias in Deir ez-Zor "
     "(Deir ez-Zor). According to SOHR, 6 people were killed."),
    ("rockets, injuries by SANA", {},
     "On 24 August 2022, Iran-aligned militias fired rockets at US forces in Conoco gas field "
     "(Deir ez-Zor). According to SANA, 2 people were injured."),
    ("unknown attacker, no figures", {"actor1": f.actor("UNKNOWN"), "injured": None, "claims": ()},
     "On 24 August 2022, unidentified attackers fired rockets at US forces in Conoco gas field "
     "(Deir ez-Zor)."),
    ("all intercepted", {"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use",
                         "weapons": ("drone",), "injured": None, "claims": ()},
     "On 24 August 2022, US forces intercepted drones launched by Iran-aligned militias at Conoco gas field "
     "(Deir ez-Zor)."),
    ("disputed figures, week precision, retaliation",
     US_STRIKE | {"time_precision": 2, "fatalities_min": 6, "fatalities_max": 8, "disputed": True,
                  "retaliation_for": ("ev-x",),
                  "claims": (Claim(field="fatalities", value=6, min=6, max=7, source="Pentagon"),
                             Claim(field="fatalities", value=8, min=8, max=8, source="SOHR"))},
     "Around 24 August 2022, US forces conducted air strikes on Iran-aligned militias in Deir ez-Zor "
     "(Deir ez-Zor), reportedly in retaliation for an earlier attack. According to the Pentagon, 6 people "
     "were killed (reported figures range from 6 to 8)."),
    ("armed clash, month precision, no place",
     {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": f.actor("SYRIA_GOV"),
      "location": None, "time_precision": 3, "injured": None, "claims": ()},
     "In August 2022, Syrian army clashed with US forces."),
    ("no one killed", {"fatalities": 0, "injured": None,
                       "claims": (Claim(field="fatalities", value=0, min=0, max=0, source="CENTCOM"),)},
     "On 24 August 2022, Iran-aligned militias fired rockets at US forces in Conoco gas field (Deir ez-Zor). "
     "According to CENTCOM, no one was killed."),
    ("target inferred (a theatre foe: no words name it)",
     US_STRIKE | {"actor2": f.actor("IRAN_ALIGNED", text=""), "fatalities": None, "claims": ()},
     "On 24 August 2022, US forces conducted air strikes on Iran-aligned militias in Deir ez-Zor "
     "(Deir ez-Zor). The target (Iran-aligned militias) is not named in the reports but inferred from the other "
     "side and the place."),
    ("both inferred, after the figures",
     US_STRIKE | {"actor1": f.actor("US", text=""), "actor2": f.actor("IRAN_ALIGNED", text="")},
     "On 24 August 2022, US forces conducted air strikes on Iran-aligned militias in Deir ez-Zor "
     "(Deir ez-Zor). According to SOHR, 6 people were killed. The attacker (US forces) and the target "
     "(Iran-aligned militias) are not named in the reports but inferred from the other side and the place."),
    ("a reviewer's side actor and an unknown attacker are not inferences",
     {"actor1": f.actor("UNKNOWN", text=""), "actor2": side_actor("US"), "injured": None, "claims": ()},
     "On 24 August 2022, unidentified attackers fired rockets at US forces in Conoco gas field "
     "(Deir ez-Zor)."),
]


@pytest.mark.parametrize(("fields", "expected"), [(fl, e) for _, fl, e in NOTES], ids=[n[0] for n in NOTES])
def test_notes_en(fields: dict[str, Any], expected: str) -> None:
    assert notes_en(f.event(**fields)) == expected


SUMMARIES: list[tuple[str, dict[str, Any], str]] = [
    ("air strike", US_STRIKE,
     "24 آب/أغسطس 2022: غارات جوية من جانب القوات الأمريكية استهدفت الميليشيات الإيرانية في دير الزور. "
     "عدد القتلى 6 بحسب المرصد السوري لحقوق الإنسان."),
    ("intercepted, unknown launcher", {"event_type": "Strategic developments", "actor1": f.actor("UNKNOWN"),
                                       "sub_event_type": "Disrupted weapons use", "weapons": ("drone",),
                                       "injured": None, "claims": ()},
     "24 آب/أغسطس 2022: اعتراض طائرات مسيّرة أُطلقت باتجاه حقل كونيكو."),
    ("clash", {"event_type": "Battles", "sub_event_type": "Armed clash", "injured": None, "claims": (),
               "event_date": date(2023, 1, 5), "time_precision": 3},
     "كانون الثاني/يناير 2023: اشتباكات بين الميليشيات الإيرانية والقوات الأمريكية في حقل كونيكو."),
]


@pytest.mark.parametrize(("fields", "expected"), [(fl, e) for _, fl, e in SUMMARIES],
                         ids=[n[0] for n in SUMMARIES])
def test_summary_ar(fields: dict[str, Any], expected: str) -> None:
    assert summary_ar(f.event(**fields)) == expected


def test_summary_copies_nothing_from_the_evidence() -> None:
    event = f.event()
    assert all(e.text not in summary_ar(event) for e in event.evidence)


def test_annotate_keeps_texts_a_reviewer_wrote() -> None:
    written, blank = annotate([f.event(notes="Checked by hand.", summary_ar=""), f.event(notes="")])
    assert written.notes == "Checked by hand." and written.summary_ar.startswith("24 آب/أغسطس 2022")
    assert blank.notes.startswith("On 24 August 2022")


def test_adjective_actors_and_side_actors_are_named_by_their_side() -> None:
    adjective = f.actor("US", id="us_adj", name_en="US", name_ar="أمريكي")
    assert notes_en(f.event(actor2=adjective)).startswith("On 24 August 2022, Iran-aligned militias fired "
                                                          "rockets at US forces")
    assert side_actor("ISIS").name_en == "Islamic State"

"""Records <-> dicts: lossless round trips, contract round trips, and loud format errors."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.records import Actor, Claim, Event, Evidence, Location, Mention, Review
from rasd.serialize import (
    RecordFormatError,
    article_from_row,
    article_to_row,
    event_from_dict,
    event_to_dict,
    mention_from_dict,
    mention_to_dict,
)
from tests import factories as f

FULL_ACTOR = f.actor("US", start=3, end=9)
FULL_LOCATION = f.location("omar", start=20, end=30, feature="oil_field", flagged="ambiguous",
                           lat=35.0312345678, admin2=None)
MENTIONS = {
    "default": f.mention(),
    "no-actors-no-place": f.mention(actor1=None, actor2=None, location=None, event_date=None,
                                    time_precision=None),
    "every-field": f.mention(actor1=FULL_ACTOR, location=FULL_LOCATION, retaliation=True,
                             event_id="evt-9", confidence=0.123456,
                             claims=(Claim(field="fatalities", value=None, min=6, max=7,
                                           source="Pentagon", doc_id="doc-1"),)),
}
REVIEW = Review(override=1, action="edit", who="rima", at="2024-05-01T12:00:00+00:00", why="CENTCOM",
                event_id="evt-1", field="fatalities", value=4)
EVENTS = {
    "default": f.event(),
    "every-field": f.event(actor2=FULL_ACTOR, location=FULL_LOCATION, fatalities=6, fatalities_min=6,
                           fatalities_max=8, disputed=True, retaliation_for=("evt-0",),
                           absorbed_ids=("evt-2",), summary_ar="ملخص", status="edited",
                           claims_summary="SOHR: 8 killed; Pentagon: 6 or 7 killed",
                           reviews=(REVIEW, dataclasses.replace(REVIEW, override=2, field="weapons",
                                                                value=("drone", "rocket"))),
                           evidence=(Evidence(doc_id="doc-2", start=1, end=2, text="x"),)),
}


@pytest.mark.parametrize("m", MENTIONS.values(), ids=MENTIONS.keys())
def test_mention_lossless_round_trip_through_json(m: Mention) -> None:
    assert mention_from_dict(json.loads(json.dumps(mention_to_dict(m)))) == m


@pytest.mark.parametrize("e", EVENTS.values(), ids=EVENTS.keys())
def test_event_lossless_round_trip_through_json(e: Event) -> None:
    assert event_from_dict(json.loads(json.dumps(event_to_dict(e)))) == e


@pytest.mark.parametrize("m", [MENTIONS["default"], MENTIONS["no-actors-no-place"]], ids=["default", "bare"])
def test_mention_contract_round_trip(m: Mention) -> None:
    assert mention_from_dict(m.to_dict({"path": "x", "title": None})) == m


@pytest.mark.parametrize("e", [f.event(fatalities=6, fatalities_min=6, fatalities_max=8, disputed=True),
                               EVENTS["every-field"]], ids=["disputed", "every-field"])
def test_event_contract_round_trip(e: Event) -> None:
    back = event_from_dict(json.loads(json.dumps(e.to_dict())))
    assert back == dataclasses.replace(e, actor2=back.actor2, location=back.location)


def test_contract_form_loses_only_the_documented_fields() -> None:
    back = mention_from_dict(MENTIONS["every-field"].to_dict({}))
    expected = dataclasses.replace(
        MENTIONS["every-field"], actor1=dataclasses.replace(FULL_ACTOR, start=None, end=None),
        location=dataclasses.replace(FULL_LOCATION, start=None, end=None, feature="locality",
                                     flagged=None, lat=round(FULL_LOCATION.lat, 5)),
        retaliation=False, confidence=0.123,
        claims=(dataclasses.replace(MENTIONS["every-field"].claims[0], doc_id=None),))
    assert back == expected


def test_lossless_dict_covers_every_field() -> None:
    assert set(mention_to_dict(f.mention())) == {x.name for x in dataclasses.fields(Mention)}
    assert set(event_to_dict(f.event())) == {x.name for x in dataclasses.fields(Event)}


def test_article_row_round_trip() -> None:
    a = f.article(debris=((0, 4), (10, 12)), url="https://example.org/a", encoding="windows-1256")
    assert article_from_row(article_to_row(a) | {"run_id": 1, "ingested_at": "x"}) == a


BAD_MENTIONS: dict[str, tuple[dict[str, Any], str]] = {
    "unknown key": ({"colour": "red"}, "unknown key(s) colour"),
    "int as string": ({"fatalities": "3"}, "mention.fatalities: expected int"),
    "bool as int": ({"injured": True}, "mention.injured: expected int"),
    "bad date": ({"event_date": "2022-13-01"}, "mention.event_date"),
    "date as number": ({"event_date": 20220824}, "expected an ISO date string"),
    "weapons not a list": ({"weapons": "rocket"}, "mention.weapons: expected a list"),
    "weapon not a string": ({"weapons": ["rocket", 3]}, "mention.weapons[1]: expected str"),
    "null actor side": ({"actor1": {"id": "a", "name_en": "A", "name_ar": "A", "side": None}},
                        "mention.actor1.side: expected str, got None"),
    "actor missing side": ({"actor1": {"id": "a", "name_en": "A", "name_ar": "A"}},
                           "mention.actor1: missing required key 'side'"),
    "actor not an object": ({"actor2": "US"}, "mention.actor2: expected an object"),
    "null event_type": ({"event_type": None}, "mention.event_type: expected str, got None"),
}


@pytest.mark.parametrize(("patch", "message"), BAD_MENTIONS.values(), ids=BAD_MENTIONS.keys())
def test_bad_mention_dicts_are_rejected_with_their_path(patch: dict[str, Any], message: str) -> None:
    with pytest.raises(RecordFormatError, match=re.escape(message)):
        mention_from_dict(f.mention().to_dict({}) | patch)


def test_missing_required_field_is_rejected() -> None:
    d = f.mention().to_dict({})
    del d["sub_event_type"]
    with pytest.raises(RecordFormatError, match="missing required key 'sub_event_type'"):
        mention_from_dict(d)


@pytest.mark.parametrize("bad", [[1], "1-2", [1, 2, 3]], ids=["short", "string", "long"])
def test_bad_fatalities_range_is_rejected(bad: Any) -> None:
    with pytest.raises(RecordFormatError, match="fatalities_range"):
        event_from_dict(f.event().to_dict() | {"fatalities_range": bad})


def test_int_accepted_for_float_field() -> None:
    assert mention_from_dict(f.mention().to_dict({}) | {"confidence": 1}).confidence == 1.0


# property: any mention survives the lossless form

texts = st.text(max_size=8)
opt_ints = st.none() | st.integers(-5, 10_000)
floats = st.floats(-180, 180, allow_nan=False)
actors = st.builds(Actor, id=texts, name_en=texts, name_ar=texts, side=texts, text=texts,
                   start=opt_ints, end=opt_ints)
locations = st.builds(Location, id=texts, name_en=texts, name_ar=texts, country_iso3=st.none() | texts,
                      admin1=st.none() | texts, admin2=st.none() | texts, lat=floats, lon=floats,
                      geo_precision=st.integers(1, 3), text=texts, start=opt_ints, end=opt_ints,
                      feature=texts, flagged=st.none() | texts)
claims = st.builds(Claim, field=texts, value=st.none() | st.integers() | texts, min=opt_ints, max=opt_ints,
                   source=st.none() | texts, text=texts, start=opt_ints, end=opt_ints,
                   doc_id=st.none() | texts)
reviews = st.builds(Review, override=st.integers(1, 99), action=texts, who=texts, at=texts, why=texts,
                    event_id=st.none() | texts, mention_id=st.none() | texts, field=st.none() | texts,
                    value=st.none() | st.integers() | texts | st.lists(texts, max_size=3).map(tuple))
evidence = st.builds(Evidence, doc_id=texts, start=st.integers(0, 99), end=st.integers(0, 99), text=texts)
dates = st.none() | st.dates(date(1990, 1, 1), date(2040, 1, 1))
tuples_of = lambda s: st.lists(s, max_size=3).map(tuple)  # noqa: E731
mentions = st.builds(
    Mention, id=texts, doc_id=texts, event_date=dates, time_precision=st.none() | st.integers(1, 3),
    event_type=texts, sub_event_type=texts, actor1=st.none() | actors, actor2=st.none() | actors,
    location=st.none() | locations, weapons=tuples_of(texts), fatalities=opt_ints, injured=opt_ints,
    claims=tuples_of(claims), sources=tuples_of(texts), evidence=tuples_of(evidence),
    confidence=st.floats(0, 1), event_id=st.none() | texts, trigger=texts, retaliation=st.booleans(),
    rule=texts)
events = st.builds(
    Event, id=texts, event_date=dates, time_precision=st.none() | st.integers(1, 3), event_type=texts,
    sub_event_type=texts, actor1=st.none() | actors, actor2=st.none() | actors,
    location=st.none() | locations, weapons=tuples_of(texts), fatalities=opt_ints,
    fatalities_min=opt_ints, fatalities_max=opt_ints, disputed=st.booleans(), injured=opt_ints,
    claims=tuples_of(claims), sources=tuples_of(texts), evidence=tuples_of(evidence),
    confidence=st.floats(0, 1), mention_ids=tuples_of(texts), documents=tuples_of(texts),
    retaliation_for=tuples_of(texts), notes=texts, summary_ar=texts, absorbed_ids=tuples_of(texts),
    status=texts, reviews=tuples_of(reviews), claims_summary=texts)


@settings(max_examples=150, deadline=None)
@given(mentions)
def test_any_mention_survives_the_lossless_form(m: Mention) -> None:
    assert mention_from_dict(json.loads(json.dumps(mention_to_dict(m), ensure_ascii=False))) == m


@settings(max_examples=100, deadline=None)
@given(events)
def test_any_event_survives_the_lossless_form(e: Event) -> None:
    assert event_from_dict(json.loads(json.dumps(event_to_dict(e), ensure_ascii=False))) == e

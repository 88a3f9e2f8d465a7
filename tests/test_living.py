"""The living dataset: one update re-fuses, reviews, links and annotates the stored events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from rasd.living import event_ages, update_events
from rasd.records import Evidence
from rasd.store import Store
from tests import factories as f

VILLAGE_A = f.location("conoco", id="village_a", name_en="Village A", lat=35.30, lon=40.30)
VILLAGE_B = f.location("conoco", id="village_b", name_en="Village B", lat=35.30, lon=40.355)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:", now=f.fixed_clock) as s:
        yield s


def run(store: Store) -> int:
    """A new run id."""
    return store.start_run(command="test", ruleset="r", lexicon_versions={})


def test_update_links_retaliation_and_writes_notes(store: Store) -> None:
    r = run(store)
    strike = f.mention("d1#0", "d1", actor1=f.actor("US"), actor2=f.actor("IRAN_ALIGNED"),
                       sub_event_type="Air/drone strike", location=f.location("mayadin"), claims=(),
                       evidence=(Evidence(doc_id="d1", start=0, end=10, text="..."),))
    rockets = f.mention("d1#1", "d1", retaliation=True,
                        evidence=(Evidence(doc_id="d1", start=50, end=60, text="..."),))
    store.save_article(f.article("d1"), [strike, rockets], run_id=r)
    update = update_events(store, run_id=r)
    assert update.events == 2 and update.problems == ()
    by_mention = {e.mention_ids[0]: e for e in store.events()}
    assert by_mention["d1#1"].retaliation_for == (by_mention["d1#0"].id,)
    assert by_mention["d1#0"].notes.startswith("On 24 August 2022, US forces conducted air strikes")
    assert by_mention["d1#0"].summary_ar.startswith("24 آب/أغسطس 2022: غارات جوية")


def test_a_stale_wrong_grouping_is_undone_and_keeps_its_id_on_one_side(store: Store) -> None:
    r = run(store)
    store.save_article(f.article("d1"), [f.mention("d1#0", "d1", location=VILLAGE_A)], run_id=r)
    store.save_article(f.article("d2", text="نص"), [f.mention("d2#0", "d2", location=VILLAGE_B)], run_id=r)
    stale = f.event("ev-old", location=VILLAGE_A, mention_ids=("d1#0", "d2#0"), documents=("d1", "d2"))
    store.replace_events([stale], {"d1#0": "ev-old", "d2#0": "ev-old"}, run_id=r)
    update_events(store, run_id=run(store))
    links = {m.id: m.event_id for m in store.mentions()}
    assert links["d1#0"] != links["d2#0"] and "ev-old" in links.values()


def test_event_age_is_when_its_first_document_arrived() -> None:
    e = f.event(documents=("d1", "d2"))
    first, later = datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 2, 1, tzinfo=UTC)
    assert event_ages([e, f.event("e2", documents=("d9",))], {"d1": later, "d2": first}) == {"evt-1": first}

"""Small builders for records used across tests (defaults describe one rocket attack on Conoco)."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import Any

from rasd.extract import extract
from rasd.frame import build_frames
from rasd.recognize import recognize
from rasd.records import Actor, Article, Claim, Event, Evidence, Location, Mention
from rasd.resources import load_resources
from rasd.store import Store

SIDE_NAMES = {
    "US": ("us_forces", "US forces", "القوات الأمريكية"),
    "IRAN_ALIGNED": ("iran_militias", "Iran-aligned militias", "الميليشيات الإيرانية"),
    "UNKNOWN": ("unknown", "Unknown attackers", "مجهولون"),
    "CIVILIANS": ("civilians", "Civilians", "مدنيون"),
    "SYRIA_GOV": ("syrian_army", "Syrian army", "الجيش السوري"),
}

PLACES: dict[str, tuple[str, str, float, float]] = {
    "conoco": ("Conoco gas field", "حقل كونيكو", 35.31, 40.29),
    "omar": ("al-Omar oil field", "حقل العمر", 35.03, 40.55),
    "mayadin": ("al-Mayadin", "الميادين", 35.021, 40.453),
}


def actor(side: str = "US", **kw: Any) -> Actor:
    """An actor of the given side."""
    ident, name_en, name_ar = SIDE_NAMES.get(side, (side.lower(), side.title(), side))
    fields: dict[str, Any] = {"id": ident, "name_en": name_en, "name_ar": name_ar, "side": side,
                              "text": name_ar}
    return Actor(**(fields | kw))


def location(place: str = "conoco", **kw: Any) -> Location:
    """A gazetteer place in Deir ez-Zor, Syria."""
    name_en, name_ar, lat, lon = PLACES[place]
    fields: dict[str, Any] = {"id": place, "name_en": name_en, "name_ar": name_ar, "country_iso3": "SYR",
                              "admin1": "Deir ez-Zor", "admin2": "Deir ez-Zor", "lat": lat, "lon": lon,
                              "geo_precision": 1, "text": name_ar}
    return Location(**(fields | kw))


def mention(id: str = "doc-1#0", doc_id: str = "doc-1", **kw: Any) -> Mention:
    """A mention of a militia rocket attack on US forces at Conoco on 2022-08-24."""
    fields: dict[str, Any] = {
        "id": id, "doc_id": doc_id, "event_date": date(2022, 8, 24), "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": actor("IRAN_ALIGNED"), "actor2": actor("US"), "location": location("conoco"),
        "weapons": ("rocket",), "fatalities": None, "injured": 2,
        "claims": (Claim(field="injured", value=2, source="SANA", text="إصابة جنديين", start=5, end=17),),
        "sources": ("SANA",),
        "evidence": (Evidence(doc_id=doc_id, start=0, end=30, text="استهدف هجوم صاروخي حقل كونيكو"),),
        "confidence": 0.8, "trigger": "استهدف", "rule": "attack_rules.v1",
    }
    return Mention(**(fields | kw))


def event(id: str = "evt-1", **kw: Any) -> Event:
    """A fused event matching `mention()`."""
    fields: dict[str, Any] = {
        "id": id, "event_date": date(2022, 8, 24), "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": actor("IRAN_ALIGNED"), "actor2": actor("US"), "location": location("conoco"),
        "weapons": ("rocket",), "fatalities": None, "injured": 2,
        "claims": (Claim(field="injured", value=2, source="SANA", text="إصابة جنديين", start=5, end=17,
                         doc_id="doc-1"),),
        "sources": ("SANA",), "confidence": 0.8, "mention_ids": ("doc-1#0",), "documents": ("doc-1",),
        "notes": "Rockets hit the US base at the Conoco gas field.",
    }
    return Event(**(fields | kw))


def article(doc_id: str = "doc-1", text: str = "استهدف هجوم صاروخي حقل كونيكو أمس.", **kw: Any) -> Article:
    """An article whose content hash is derived from its text."""
    fields: dict[str, Any] = {
        "doc_id": doc_id, "text": text,
        "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        "path": doc_id, "title": "هجوم على كونيكو", "outlet": "SANA", "published": date(2022, 8, 25),
        "published_from": "meta",
    }
    return Article(**(fields | kw))


def fixed_clock() -> datetime:
    """A clock stuck at 2024-05-01 12:00 UTC, for byte-identical exports."""
    return datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def populated_store(path: str) -> Store:
    """A store with two articles, three mentions (one without a place) and two events."""
    store = Store.open(path, now=fixed_clock)
    run = store.start_run(command="test", ruleset="rasd_rules.v1", lexicon_versions={"actors": "1"})
    store.save_article(article("doc-1"), [
        mention("doc-1#0"),
        mention("doc-1#1", location=None, sub_event_type="Air/drone strike", actor1=actor("US"),
                actor2=actor("IRAN_ALIGNED"), claims=(), injured=None, sources=(), weapons=()),
    ], run_id=run)
    store.save_article(article("doc-2", text="نص آخر", outlet="Syria TV", path=None,
                               url="https://example.org/2"),
                       [mention("doc-2#0", doc_id="doc-2", location=location("omar"), fatalities=3,
                                sources=("SOHR", "Reuters"))], run_id=run)
    store.replace_events([
        event("evt-1", mention_ids=("doc-1#0",)),
        event("evt-2", location=location("omar"), fatalities=3, fatalities_min=3, fatalities_max=5,
              disputed=True, mention_ids=("doc-2#0",), documents=("doc-2",), sources=("SOHR", "Reuters")),
    ], {"doc-1#0": "evt-1", "doc-2#0": "evt-2"}, run_id=run)
    store.finish_run(run, n_articles=2, n_failed=0, n_mentions=3, n_events=2)
    return store


def extract_text(text: str, published: date = date(2024, 3, 14)) -> list[Mention]:
    """The mentions of one small article published on `published` (by default a Thursday)."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=published)
    return list(extract(art, load_resources()).mentions)


def lead_day(text: str, published: date) -> date | None:
    """The day the frame builder gives the incident of the article's first sentence (None when it has none)."""
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=published), load_resources())
    return next(fr.time.date if fr.time else None for fr in build_frames(rec)[0] if fr.sent == 0)


def place_names(text: str, published: date = date(2024, 3, 14)) -> list[str]:
    """The English names of the places of one small article's mentions, sorted."""
    return sorted(m.location.name_en for m in extract_text(text, published) if m.location is not None)


def tolls_by_place(text: str, published: date = date(2024, 3, 14)) -> dict[str, tuple[int | None, int | None]]:
    """(fatalities, injured) of each placed mention of a text, by place name."""
    return {m.location.name_en: (m.fatalities, m.injured) for m in extract_text(text, published) if m.location}


def mention_at(ms: list[Mention], place: str) -> Mention:
    """The one mention whose place name contains `place` (the assertion lists every mention's place and toll)."""
    found = [m for m in ms if m.location is not None and place in m.location.name_en]
    assert len(found) == 1, [(m.location and m.location.name_en, m.fatalities) for m in ms]
    return found[0]


def rejection_reasons(text: str, published: date = date(2024, 3, 14)) -> list[str]:
    """The reasons every trigger of a small article was not taken as an incident."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=published)
    return [r.reason for r in build_frames(recognize(art, load_resources()))[1]]


def sources_at(text: str, place: str, published: date, outlet: str | None = None) -> set[str]:
    """The sources of the first mention of a small article whose place name contains `place`."""
    art = Article(doc_id="a.txt", text=text, content_hash="h", published=published, outlet=outlet)
    ms = [m for m in extract(art, load_resources()).mentions if m.location is not None and place in m.location.name_en]
    assert ms, f"no mention at {place}"
    return set(ms[0].sources)


def sides(text: str, published: date = date(2024, 3, 14)) -> list[tuple[str, str | None, str | None]]:
    """Sub-event type, attacker side and target side of each mention of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=published)
    return [(m.sub_event_type, m.actor1 and m.actor1.side, m.actor2 and m.actor2.side)
            for m in extract(art, load_resources()).mentions]


def assert_first_sides(ms: list[Mention], a1: str | None, not_a1: str | None, a2: str | None) -> None:
    """The first mention's attacker side is `a1` (None: any) and not `not_a1`; its target side is `a2` (None: any)."""
    assert ms
    got1 = ms[0].actor1.side if ms[0].actor1 else None
    got2 = ms[0].actor2.side if ms[0].actor2 else None
    if a1 is not None:
        assert got1 == a1
    if not_a1 is not None:
        assert got1 != not_a1
    if a2 is not None:
        assert got2 == a2

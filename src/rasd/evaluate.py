"""Score system mentions against gold annotations (DESIGN.md "Evaluation").

The numbers agree exactly with the reference scorer ``shared/tools/score.py``: same matching
(date within tolerance, place within tol_km, attacker side or sub-event type agreeing), same
greedy one-to-one assignment by closeness, split_ok absorption, optional gold events, slot
accuracies on matched pairs, sources Jaccard and pairwise fusion precision/recall. On top, the
report lists per document the missed gold events (with their notes), the spurious mentions, and
per field every disagreement.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import InputError

SLOT_FIELDS: tuple[str, ...] = ("sub_event_type", "actor1_side", "actor2_side", "date", "fatalities",
                                "injured", "weapons")
DEFAULT_TOL_KM = 15  # the reference scorer's default when a gold location has no tol_km

SOURCE_ALIASES: dict[str, str] = {  # identical to shared/tools/score.py SRC_ALIASES
    "sohr": "SOHR", "syrian observatory": "SOHR", "syrian observatory for human rights": "SOHR",
    "almarsad": "SOHR", "المرصد السوري": "SOHR", "المرصد السوري لحقوق الإنسان": "SOHR",
    "sana": "SANA", "syrian arab news agency": "SANA",
    "centcom": "CENTCOM", "us central command": "CENTCOM", "u.s. central command": "CENTCOM",
    "central command": "CENTCOM",
    "pentagon": "Pentagon", "us department of defense": "Pentagon", "dod": "Pentagon",
    "department of defense": "Pentagon", "us dod": "Pentagon",
    "reuters": "Reuters", "fox news": "Fox News", "abc news": "ABC News",
    "al arabiya": "Al Arabiya", "alarabiya": "Al Arabiya", "al-arabiya": "Al Arabiya",
    "al hurra": "Al Hurra", "alhurra": "Al Hurra", "al-hurra": "Al Hurra",
    "sputnik": "Sputnik", "rt": "RT", "russia today": "RT", "xinhua": "Xinhua",
    "furat post": "Furat Post", "anadolu": "Anadolu", "anadolu agency": "Anadolu",
    "al mayadeen": "Al Mayadeen", "al-mayadeen": "Al Mayadeen",
    "white house": "White House", "us coalition": "Coalition", "coalition": "Coalition",
    "international coalition": "Coalition", "global coalition": "Coalition",
    "us military": "US military", "us army": "US military", "us forces": "US military",
}

Dict = Mapping[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldError:
    """One matched pair whose field disagrees with the gold."""

    doc: str
    gold_id: str
    mention_id: str | None
    expected: Any
    got: Any


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldScore:
    """Agreement on one field over the matched pairs that the gold annotates for it."""

    field: str
    total: int
    score_sum: float  # correct pairs, or the sum of Jaccard values for `sources`
    errors: tuple[FieldError, ...]

    @property
    def accuracy(self) -> float | None:
        """The mean agreement, rounded like the reference scorer (None without pairs)."""
        return round(self.score_sum / self.total, 3) if self.total else None


@dataclass(frozen=True, slots=True, kw_only=True)
class DocReport:
    """Matching results for one gold document."""

    doc: str
    tp: int
    fp: int
    fn: int
    mentions: int
    matched: tuple[tuple[str, str | None], ...]  # (gold id, mention id)
    missed: tuple[tuple[str, str], ...]  # (gold id, gold note)
    spurious: tuple[tuple[str | None, str], ...]  # (mention id, summary)


@dataclass(frozen=True, slots=True, kw_only=True)
class EvalReport:
    """Event P/R/F1, per-field agreement, sources Jaccard, fusion P/R and per-document details."""

    tp: int
    fp: int
    fn: int
    fields: tuple[FieldScore, ...]  # SLOT_FIELDS, then "sources"
    fusion: dict[str, int | float | None]
    documents: tuple[DocReport, ...]

    @property
    def precision(self) -> float:
        """Event precision."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Event recall."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Event F1."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field(self, name: str) -> FieldScore:
        """The score of one field."""
        return next(f for f in self.fields if f.field == name)

    def to_dict(self) -> dict[str, Any]:
        """The reference scorer's JSON (same keys and values) plus `fields` and per-doc details."""
        slots = [f for f in self.fields if f.field in SLOT_FIELDS]
        return {
            "events": {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                       "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                       "f1": round(self.f1, 3)},
            "slots": {f.field: f.accuracy for f in slots},
            "slot_counts": {f.field: f.total for f in slots},
            "sources_jaccard": self.field("sources").accuracy,
            "fusion": dict(self.fusion),
            "per_doc": {d.doc: _doc_dict(d) for d in self.documents},
            "fields": {f.field: {"total": f.total, "accuracy": f.accuracy,
                                 "errors": [_error_dict(e) for e in f.errors]} for f in self.fields},
        }


def evaluate(gold: Sequence[Dict], mentions: Sequence[Dict]) -> EvalReport:
    """Score contract mention dicts against gold lines (one per document)."""
    check_gold(gold)
    by_doc: dict[str, list[Dict]] = {}
    for m in mentions:
        by_doc.setdefault(str(m.get("doc_id")), []).append(m)
    totals = {"tp": 0, "fp": 0, "fn": 0}
    fields: dict[str, tuple[list[float], list[FieldError]]] = {
        name: ([], []) for name in (*SLOT_FIELDS, "sources")}
    clusters: list[tuple[Any, Any]] = []
    documents = []
    for gdoc in gold:
        doc, gevents = gdoc["doc"], gdoc["events"]
        doc_mentions = by_doc.get(doc, [])
        report, pairs = _score_doc(doc, doc_mentions, gevents)
        documents.append(report)
        for key in totals:
            totals[key] += getattr(report, key)
        for m, g in pairs:
            _check_fields(fields, doc, m, g)
            if g.get("cluster"):
                clusters.append((g["cluster"], m.get("event_id")))
    return EvalReport(
        tp=totals["tp"], fp=totals["fp"], fn=totals["fn"],
        fields=tuple(FieldScore(field=name, total=len(vals), score_sum=sum(vals), errors=tuple(errs))
                     for name, (vals, errs) in fields.items()),
        fusion=fusion_scores(clusters), documents=tuple(documents))


def check_gold(gold: Sequence[Dict]) -> None:
    """Raise InputError unless every gold line has a doc and a list of events with ids and places."""
    for n, line in enumerate(gold, 1):
        if not isinstance(line, Mapping) or not isinstance(line.get("doc"), str):
            raise InputError("gold", f"entry {n}: needs a 'doc' string")
        if not isinstance(line.get("events"), list):
            raise InputError("gold", f"entry {n} ({line['doc']}): needs an 'events' list")
        for g in line["events"]:
            if not isinstance(g, Mapping) or "id" not in g or not isinstance(g.get("locations"), list):
                raise InputError("gold", f"entry {n} ({line['doc']}): every event needs 'id' and "
                                 "a 'locations' list")


def _score_doc(doc: str, mentions: list[Dict], gevents: list[Dict]
               ) -> tuple[DocReport, list[tuple[Dict, Dict]]]:
    """Match one document; return its report and the matched (mention, required gold) pairs."""
    matched, used_m, used_g = match_doc(mentions, gevents)
    required = [j for j, g in enumerate(gevents) if not g.get("optional")]
    pairs = [(mentions[i], gevents[j]) for i, j in matched if not gevents[j].get("optional")]
    report = DocReport(
        doc=doc, tp=len(pairs), fn=sum(1 for j in required if j not in used_g),
        fp=sum(1 for i in range(len(mentions)) if i not in used_m), mentions=len(mentions),
        matched=tuple((str(gevents[j]["id"]), mentions[i].get("id")) for i, j in matched),
        missed=tuple((str(gevents[j]["id"]), str(gevents[j].get("note", "")))
                     for j in required if j not in used_g),
        spurious=tuple((mentions[i].get("id"), summarize(mentions[i]))
                       for i in range(len(mentions)) if i not in used_m))
    return report, pairs


def match_doc(mentions: Sequence[Dict], gevents: Sequence[Dict]
              ) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """Greedy one-to-one matching by closeness; split_ok gold events absorb further mentions."""
    candidates = []
    for i, m in enumerate(mentions):
        for j, g in enumerate(gevents):
            score = closeness(m, g)
            if score is not None:
                candidates.append((score, i, j))
    candidates.sort(reverse=True)  # ties: higher mention index, then higher gold index first
    used_m: set[int] = set()
    used_g: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_m:
            continue
        if j in used_g:
            if gevents[j].get("split_ok"):
                used_m.add(i)
            continue
        used_m.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched, used_m, used_g


def closeness(m: Dict, g: Dict) -> float | None:
    """How well mention `m` fits gold event `g` (higher is closer), or None when it cannot match."""
    md, gd = parse_date(m.get("event_date")), parse_date(g.get("date"))
    if gd is None:  # gold date not resolvable from the text: not checked
        days = 0
    elif md is None:
        return None
    else:
        days = abs((md - gd).days)
        if days > g.get("date_tol", 0):
            return None
    dist = location_distance(m, g)
    if dist is None:
        return None
    side_ok = side(m.get("actor1")) in as_list(g.get("actor1_side"))
    type_ok = m.get("sub_event_type") in as_list(g.get("sub_event_type"))
    if not (side_ok or type_ok):
        return None
    return 10 * side_ok + 10 * type_ok - days - dist / 50.0


def location_distance(m: Dict, g: Dict) -> float | None:
    """Km from the mention's point to the nearest gold location within its tolerance, or None."""
    loc = m.get("location") or {}
    lat, lon = loc.get("lat"), loc.get("lon")
    if lat is None or lon is None:
        return None
    try:
        mlat, mlon = float(lat), float(lon)
    except (TypeError, ValueError) as exc:
        raise InputError(str(m.get("id")), f"location lat/lon are not numbers: {lat!r}, {lon!r}") from exc
    best = None
    for gl in g.get("locations", []):
        d = km(mlat, mlon, gl["lat"], gl["lon"])
        if d <= gl.get("tol_km", DEFAULT_TOL_KM) and (best is None or d < best):
            best = d
    return best


def _check_fields(fields: dict[str, tuple[list[float], list[FieldError]]], doc: str,
                  m: Dict, g: Dict) -> None:
    """Record agreement of every annotated field of one matched pair."""
    def check(name: str, ok: bool, expected: Any, got: Any) -> None:
        fields[name][0].append(1 if ok else 0)
        if not ok:
            fields[name][1].append(FieldError(doc=doc, gold_id=str(g["id"]), mention_id=m.get("id"),
                                              expected=expected, got=got))

    got_type, got_side1 = m.get("sub_event_type"), side(m.get("actor1"))
    check("sub_event_type", got_type in as_list(g.get("sub_event_type")), g.get("sub_event_type"), got_type)
    check("actor1_side", got_side1 in as_list(g.get("actor1_side")), g.get("actor1_side"), got_side1)
    if g.get("actor2_side") is not None:
        got_side2 = side(m.get("actor2"))
        check("actor2_side", got_side2 in as_list(g["actor2_side"]), g["actor2_side"], got_side2)
    if g.get("date"):
        ok = parse_date(m.get("event_date")) == parse_date(g["date"])
        check("date", ok, g["date"], m.get("event_date"))
    for name in ("fatalities", "injured"):
        if name in g:
            check(name, m.get(name) == g[name], g[name], m.get(name))
    if g.get("weapons"):
        got_weapons = as_list(m.get("weapons"))
        check("weapons", bool(set(got_weapons) & set(g["weapons"])), g["weapons"], got_weapons)
    if g.get("sources"):
        gold_src = {canon_source(s) for s in g["sources"]}
        sys_src = {canon_source(s) for s in as_list(m.get("sources"))}
        union = gold_src | sys_src
        jaccard = len(gold_src & sys_src) / len(union) if union else 1.0
        fields["sources"][0].append(jaccard)
        if jaccard < 1.0:
            fields["sources"][1].append(FieldError(doc=doc, gold_id=str(g["id"]), mention_id=m.get("id"),
                                                   expected=sorted(gold_src), got=sorted(sys_src)))


def fusion_scores(pairs: Sequence[tuple[Any, Any]]) -> dict[str, int | float | None]:
    """Pairwise precision/recall of system event ids against gold clusters."""
    same_gold = same_sys = both = 0
    for a in range(len(pairs)):
        for b in range(a + 1, len(pairs)):
            g = pairs[a][0] == pairs[b][0]
            s = pairs[a][1] is not None and pairs[a][1] == pairs[b][1]
            same_gold += g
            same_sys += s
            both += g and s
    return {"gold_pairs": same_gold, "system_pairs": same_sys, "agreeing_pairs": both,
            "precision": round(both / same_sys, 3) if same_sys else None,
            "recall": round(both / same_gold, 3) if same_gold else None}


def canon_source(s: Any) -> str:
    """The canonical name of a source: a listed alias (case, punctuation and spacing folded) or the name as written.

    Like the reference scorer, a name outside SOURCE_ALIASES keeps its case: "Peshmerga ministry" and
    "Peshmerga Ministry" are two names.
    """
    k = str(s).strip().lower().replace("_", " ").replace(".", "").replace("-", " ")
    k = " ".join(k.split())
    return SOURCE_ALIASES.get(k, SOURCE_ALIASES.get(k.replace(" ", ""), str(s).strip()))


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance in kilometres (haversine, R = 6371 km)."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def as_list(v: Any) -> list[Any]:
    """A gold value as a list of accepted values ([] for null)."""
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def side(actor: Any) -> Any:
    """The side of an actor object, or None."""
    return actor.get("side") if isinstance(actor, Mapping) else None


def parse_date(s: Any) -> date | None:
    """The date of an ISO string (first 10 characters), or None."""
    try:
        return date.fromisoformat(str(s)[:10])
    except (TypeError, ValueError):
        return None


def summarize(m: Dict) -> str:
    """One line describing a mention: date, sub-event type, sides and place."""
    loc = (m.get("location") or {}).get("name_en")
    return (f"{m.get('event_date')} {m.get('sub_event_type')} "
            f"{side(m.get('actor1'))}->{side(m.get('actor2'))} @ {loc}")


def _doc_dict(d: DocReport) -> dict[str, Any]:
    """A document report as JSON: the reference keys plus ids, notes and matches."""
    return {"tp": d.tp, "fn": d.fn, "fp": d.fp, "mentions": d.mentions,
            "missed": [gid for gid, _ in d.missed],
            "spurious": [summary for _, summary in d.spurious],
            "missed_notes": {gid: note for gid, note in d.missed},
            "spurious_ids": [mid for mid, _ in d.spurious],
            "matched": [{"gold": gid, "mention": mid} for gid, mid in d.matched]}


def _error_dict(e: FieldError) -> dict[str, Any]:
    """A field disagreement as JSON."""
    return {"doc": e.doc, "gold": e.gold_id, "mention": e.mention_id, "expected": e.expected,
            "got": e.got}


def render_text(report: EvalReport) -> str:
    """The human-readable report: totals, fields, fusion, then per-document misses and spurious."""
    lines = [f"events    P={report.precision:.3f} R={report.recall:.3f} F1={report.f1:.3f}  "
             f"(tp={report.tp} fp={report.fp} fn={report.fn})", "fields (on matched gold events)"]
    for f in report.fields:
        label = "sources (Jaccard)" if f.field == "sources" else f.field
        value = "n/a" if f.accuracy is None else f"{f.accuracy:.3f}"
        count = f"n={f.total}" if f.field == "sources" else f"{int(f.score_sum)}/{f.total}"
        lines.append(f"  {label:<18} {value:>5}  ({count})")
    fu = report.fusion
    lines.append(f"fusion    P={_fmt(fu['precision'])} R={_fmt(fu['recall'])}  (agreeing pairs "
                 f"{fu['agreeing_pairs']}, system pairs {fu['system_pairs']}, gold pairs {fu['gold_pairs']})")
    lines.append("documents")
    for d in report.documents:
        lines.append(f"  {d.doc}  tp={d.tp} fp={d.fp} fn={d.fn}  ({d.mentions} mentions)")
        lines += [f"    missed   {gid}" + (f": {note}" if note else "") for gid, note in d.missed]
        lines += [f"    spurious {mid}: {summary}" for mid, summary in d.spurious]
    errors = [(f.field, e) for f in report.fields for e in f.errors]
    if errors:
        lines.append("field disagreements")
        lines += [f"  {name:<14} {e.doc} {e.gold_id} <- {e.mention_id}: expected "
                  f"{json.dumps(e.expected, ensure_ascii=False)}, got {json.dumps(e.got, ensure_ascii=False)}"
                  for name, e in errors]
    return "\n".join(lines) + "\n"


def _fmt(value: Any) -> str:
    """A rounded ratio or 'n/a'."""
    return "n/a" if value is None else f"{value:.3f}"


def read_jsonl(path: str) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file; InputError names the bad line."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = list(fh)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8: {exc}") from exc
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {n}: invalid JSON ({exc.msg})") from exc
        if not isinstance(rec, dict):
            raise InputError(path, f"line {n}: expected a JSON object")
        records.append(rec)
    return records

"""Claims side by side: the conservative figure of a field, its range, and per-source summaries.

The figure rule is ACLED's "most conservative credible figure", made explicit:

1. Only integer claims of the field count; "an unknown number" (value None) says nothing.
2. If any claim gives a positive figure, zero claims ("no casualties") are set aside for the
   chosen figure: a denial usually speaks for one party only, while a count names the dead.
   They still count for the range and the dispute flag.
3. Among the positive claims, stated figures (exact "8 قتلى", or bounded: "6 أو 7", "أكثر من
   8", "ما لا يقل عن 3" -- any claim with a bound) beat vague ones without bounds ("عدة" = 3,
   "عشرات" = 10, "نحو 10"); the lowest figure of the better tier is chosen: SOHR's 8 against
   the Pentagon's "6 or 7" gives 6; "several" against 8 gives 8.

The range is [lowest lower bound, highest upper bound] over every claim. A field is *disputed*
when a zero claim meets a positive one, or two stated (exact/bounded) claims cannot both be true
(their intervals do not overlap): SOHR 8 against the Pentagon's "6 or 7" is disputed; "at
least 3" against 6 is not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from .errors import LexiconError
from .lexicon import load_table
from .normalize import normalize_text
from .records import Claim, Event, Mention

FIELD_WORDS: dict[str, str] = {"fatalities": "killed", "injured": "injured"}
NOBODY: dict[str, str] = {"fatalities": "no one killed", "injured": "no one injured"}
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, slots=True)
class Figure:
    """The conservative figure of one field with its range and dispute flag."""

    value: int | None
    low: int | None
    high: int | None
    disputed: bool


NO_FIGURE = Figure(value=None, low=None, high=None, disputed=False)


def _counts(claims: Iterable[Claim], field: str) -> list[Claim]:
    """The claims of `field` that give an integer figure."""
    return [c for c in claims if c.field == field and type(c.value) is int]


def _tier(c: Claim) -> int:
    """0 for a stated figure (exact or bounded), 1 for a vague one (no bounds)."""
    return 0 if (c.min is not None or c.max is not None) else 1


def _interval(c: Claim) -> tuple[int, int | None]:
    """What a claim allows: [low, high], high None when unbounded above ("at least 3")."""
    value = int(c.value)  # type: ignore[arg-type]
    low = c.min if c.min is not None else value
    if c.max is not None:
        return low, c.max
    return low, (value if c.min is None else None)


def _point_high(c: Claim) -> int:
    """The highest figure a claim states (its upper bound, else its value or lower bound)."""
    value = int(c.value)  # type: ignore[arg-type]
    return c.max if c.max is not None else max(value, c.min if c.min is not None else value)


def figure(claims: Iterable[Claim], field: str) -> Figure:
    """The conservative figure of `field` over `claims`, with its range and dispute flag."""
    counts = _counts(claims, field)
    if not counts:
        return NO_FIGURE
    if len(counts) == 1:  # the common case, without the comparisons
        c = counts[0]
        return Figure(value=int(c.value), low=_interval(c)[0], high=_point_high(c),  # type: ignore[arg-type]
                      disputed=False)
    positive = [c for c in counts if int(c.value) > 0]  # type: ignore[arg-type]
    if positive:
        best = min(_tier(c) for c in positive)
        value = min(int(c.value) for c in positive if _tier(c) == best)  # type: ignore[arg-type]
    else:
        value = 0
    low = min(_interval(c)[0] for c in counts)
    high = max(_point_high(c) for c in counts)
    return Figure(value=value, low=low, high=high, disputed=_disputed(counts, bool(positive)))


def _disputed(counts: Sequence[Claim], any_positive: bool) -> bool:
    """True when a zero claim meets a positive one or two stated claims cannot both hold."""
    if any_positive and any(c.value == 0 for c in counts):
        return True
    firm = sorted({_interval(c) for c in counts if _tier(c) == 0},
                  key=lambda iv: (iv[0], iv[1] if iv[1] is not None else 1 << 30))
    for i, (_, high) in enumerate(firm):
        for low2, _ in firm[i + 1:]:
            if high is not None and low2 > high:
                return True
    return False


def phrase(c: Claim) -> str:
    """One claim in English: '8 killed', '6 or 7 killed', 'more than 8 injured', 'no one killed'."""
    word = FIELD_WORDS.get(c.field, c.field)
    if c.value is None:
        return f"an unknown number {word}"
    if type(c.value) is not int:
        return f"{c.field} {c.value}"
    value = c.value
    if value == 0 and c.max in (0, None) and c.field in NOBODY:
        return NOBODY[c.field]
    low, high = c.min, c.max
    if low is not None and high is not None:
        number = str(low) if low == high else (f"{low} or {high}" if high - low == 1 else f"{low} to {high}")
    elif low is not None:
        number = f"more than {value}" if low > value else f"at least {value}"
    elif high is not None:
        number = f"up to {high}"
    else:
        number = f"about {value}"
    return f"{number} {word}"


def claims_summary(record: Event | Mention, *, outlets: Mapping[str, str | None] | None = None) -> str:
    """'SOHR: 8 killed; Pentagon: 6 or 7 killed' — every claim of a record, grouped by source.

    A claim without a source is listed under the outlet of its document when `outlets`
    (doc id -> outlet) knows it, else under 'unattributed'. Sources keep the order of their
    first claim; repeated identical statements of one source are said once.
    """
    groups: dict[str, list[str]] = {}
    default_doc = record.doc_id if isinstance(record, Mention) else None
    for c in record.claims:
        label = c.source
        if not label:
            doc = c.doc_id or default_doc
            label = (outlets or {}).get(doc or "") or UNATTRIBUTED
        said = groups.setdefault(label, [])
        text = phrase(c)
        if text not in said:
            said.append(text)
    return "; ".join(f"{label}: {', '.join(said)}" for label, said in groups.items())


@cache
def _kinds() -> Mapping[str, str]:
    """Canonical source name -> kind, from sources.tsv."""
    return MappingProxyType({row.get("id"): row.get("kind") for row in load_table("sources").rows})


def source_kinds(sources: Iterable[str]) -> dict[str, str | None]:
    """Each source name with its kind from sources.tsv (agency, monitor, ...), None when not listed."""
    kinds = _kinds()
    return {s: kinds.get(s) for s in sources}


@cache
def source_names_ar() -> Mapping[str, str]:
    """Canonical source name -> Arabic display name (sources.tsv `name_ar`), for the sources that have one.

    A display name is natural Arabic spelling ("المرصد السوري لحقوق الإنسان"); it must fold under
    rasd's normalizer to one of the row's variants, so that it names what the matcher finds.
    """
    table = load_table("sources")
    out: dict[str, str] = {}
    for row in table.rows:
        name = row.get("name_ar")
        if not name:
            continue
        if normalize_text(name) not in row.many("variants"):
            raise LexiconError(table.path, row.line, f"name_ar: {name!r} folds to {normalize_text(name)!r}, "
                               "which is not one of the variants; add it there or fix the spelling")
        out[row.get("id")] = name
    return MappingProxyType(out)

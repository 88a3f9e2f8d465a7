"""Named shares: a party's count of its own dead that another teller's toll already names as a share of it.

A toll told with the group among its dead ('قتل ثلاثه اشخاص, بينهم عنصران من الفصيل') and the group's own word
of its members ('اكد مصدر في الفصيل مقتل اثنين من عناصره') are one account: the party tells the two its toll
holds, not a lower count of the three dead, so its figure is no toll of the incident.
"""

from __future__ import annotations

import re

from .claim_own import Own
from .literal_guard import guard
from .normalize import normalize_text
from .recognize import Recognized
from .records import Claim

AMONG = guard(r"(?<!\S)(?:و?من )?بينهم(?:ا)?(?!\S)")  # 'بينهم عنصران', 'من بينهم ثلاثه اطفال'
AMONG_REACH = 4  # words from the toll's figure to its 'بينهم' ('ثلاثه اشخاص, بينهم')
CLAUSE_STOP = re.compile(r"[.:;؛\n]")


def mark_shares(rec: Recognized, claim: Claim, end: int, hi: int) -> None:
    """Record the counts the toll whose figure ends at normalized `end` names among its dead ('بينهم عنصران')."""
    text = rec.nt.text
    tail = CLAUSE_STOP.split(text[end:hi], maxsplit=1)[0]
    m = AMONG.search(tail)
    if claim.field != "fatalities" or m is None or len(tail[:m.start()].split()) > AMONG_REACH:
        return
    at = end + m.end()
    nxt = [q for q in rec.near("quantities", at, min(hi, at + 20)) if not text[at:q.start].strip()]
    if nxt and isinstance(nxt[0].value, int):
        rec.cache("named_shares")[id(claim)] = nxt[0].value


def without_own_shares(rec: Recognized, claims: list[Claim]) -> list[Claim]:
    """The claims but a party's own dead ('مقتل اثنين من عناصره') that another teller's larger toll names among
    its dead ('قتل ثلاثه, بينهم عنصران'): a share of that toll, not a lower one."""
    shares: dict[int, int] = rec.cache("named_shares")
    told: dict[int, Own] = rec.cache("own_loss")
    named = [(d, shares[id(d)]) for d in claims if id(d) in shares and isinstance(d.value, int)]
    if not named:
        return claims
    return [c for c in claims if not (
        c.field == "fatalities" and (o := told.get(id(c))) is not None and o.own and isinstance(c.value, int)
        and any(d.source != c.source and share == c.value and int(d.value) > c.value  # type: ignore[arg-type]
                for d, share in named))]


# 'فان القتلي سوريان اثنان ..., اضافه الي عنصرين افغانيين': the dead already told, broken down by kind
# (a kind and its figure alone: 'القتلي علي النحو التالي: 9 في X' gives per-place tolls)
BREAKDOWN = guard(r"^(?:ف?ان\s+)?(?:القتلي|الضحايا)\s+(?!(?:علي|في|من|هم)(?!\S))[^\s:,،]+\s+[^\s:,،]+$")


def without_breakdowns(claims: list[Claim]) -> list[Claim]:
    """The claims but a count that breaks down the dead told before ('قتل اربعه ... فان القتلي سوريان اثنان'): a
    share of the larger toll before it, not a lower one."""
    dead = [c for c in claims if c.field == "fatalities" and isinstance(c.value, int)]
    return [c for c in claims if not (
        c in dead and BREAKDOWN.match(normalize_text(c.text)) and any(
            d is not c and (d.start or 0) < (c.start or 0) and int(d.value) > int(c.value)  # type: ignore[arg-type]
            for d in dead))]

"""Glue: a placeless report belongs to the story of the place told last before it, not to a later paragraph's.

'اشتباكات عند البوابة الشرقية لنالوت' (the title) then 'وزارة الداخلية نشرت بيان قالت فيه إن قوتها تعرضت
لاعتداء مسلح': the statement has no place of its own and tells the clash at Nalut. An attack placed at another
town several sentences on ('مسلحين مجهولين هاجموا بوابة أمنية على الطريق الرابط بين X وY') is another story:
it does not take the statement in, nor its types, tolls or sources.
"""

from __future__ import annotations

from .merge_compat import Unit, places_ok


def other_story(m: Unit, u: Unit, merged: list[Unit]) -> bool:
    """The placeless unit m follows an incident placed where the later unit u cannot lie (see the module)."""
    if m.place is not None or u.place is None:
        return False
    first = min(g.sent for g in m.frames)
    told = [(max(g.sent for g in v.frames if g.sent < first), v) for v in merged
            if v is not m and v.place is not None and any(g.sent < first for g in v.frames)]
    if not told:
        return False
    latest = max(told, key=lambda t: t[0])[1]
    return not places_ok(latest, u)

"""Frame story: what a frame borrows from the incidents the article told just before it.

A claim of responsibility names the attacker of an incident already told
(claimed_earlier); a clause that names no attacker or no target continues the
recent story (narrative_roles); a strike told as a response hits the attackers
of the incident it answers (retaliation_target).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .claim_scope import near_place
from .coref import same_party
from .frame_announce import list_header
from .frame_gate import reaches
from .geo.places import heads
from .literal_guard import guard
from .normalize import normalize_text
from .recognize import Recognized
from .records import Actor
from .role_words import actor_from
from .scene import choose_places
from .scene_roads import ROADS

if TYPE_CHECKING:
    from .frame import Frame

CLAIM_WORDS = frozenset({"مسووليته", "مسووليتها", "مسووليتهم", "مسووليتهما"})
ADOPT_WORDS = frozenset({"تبنت", "تبني", "وتبنت", "وتبني"})
INTERCEPT = "intercept"  # the trigger class of a weapon downed ('اسقطت', 'تصدت')


def claimed_earlier(rec: Recognized, f: Frame, earlier: list[Frame], told: list[Frame]) -> list[Frame]:
    """The frames a claim of responsibility is about, or [] when it tells a new incident.

    A placeless 'X مسووليته عن القصف' claims the last frame of the three sentences before with no attacker or
    one of the claimant's side (a place only borrowed from a later clause, 'وقال انه جاء ردا على غاره في X', is not
    its own);
    a placed one ('وكانت X قد تبنت استهداف عين الاسد') claims the incidents told at each of its places (told:
    every frame of the article so far), when all of them were.
    """
    text = rec.nt.text
    trig = f.trigger
    before = text[max(f.clause[0], trig.start - 30):trig.start].split()[-2:]
    claimant = _apposed_claimant(rec, f)
    if claimant is not None:
        f.agent, before = claimant, ["تبنت"]
    retold = _retold_object(rec, f, told)
    if retold:
        return retold
    if f.agent is None or not before:
        return []
    claim = len(before) == 2 and before[0] in CLAIM_WORDS and before[1] == "عن"
    if f.places and (before[-1] in ADOPT_WORDS or claim and choose_places(rec, f.clause[0], f.clause[1])):
        hits = [[g for g in told if any(near_place(q.location, p.location) for q in g.places)] for p in f.places]
        hits = [[g for g in gs if not g.zone] or gs for gs in hits]  # an incident only referred to ('ردا على هجوم')
        if all(hits) and f.date_from != "text":
            return [g for gs in hits for g in gs]
        return []
    if len(before) < 2 or before[0] not in CLAIM_WORDS or before[1] != "عن" \
            or not trig.key.startswith("ال") or choose_places(rec, f.clause[0], f.clause[1]):
        return []
    for g in reversed(earlier):
        if g.sent < f.sent - 3:
            break
        if not g.zone and (g.agent is None or g.agent.side in ("UNKNOWN", f.agent.side)) and g.target != f.agent \
                and (g.target is None or g.target.side != f.agent.side):
            return [g]  # 'اطلق 15 صاروخا من لبنان ...' then 'واعلن حزب الله مسووليته عن القصف': the same one
    return []


VESSELS = frozenset({"سفينه", "ناقله", "باخره", "سفينتين", "ناقلتين"})  # one ship, whatever the noun that retells it


def _noun_class(word: str) -> str:
    """A target noun without its article, every word for a ship read as one."""
    stem = word.removeprefix("ال").strip(',."«»()')
    return "سفينه" if stem in VESSELS else stem


def _retold_object(rec: Recognized, f: Frame, told: list[Frame]) -> list[Frame]:
    """'وتبني الحوثيون في بيان ... استهداف السفينه', 'اعلن سريع ان قواته استهدفت السفينه': a claimant's placeless,
    undated telling whose object is a definite noun naming the target of an incident told before (however many
    sentences back) tells that incident again: [that frame], else []."""
    if f.places or f.date_from == "text" or f.zone:
        return []
    text = rec.nt.text
    sent = rec.sentences[f.sent]
    obj = text[f.trigger.end:f.clause[1]].split()[1:2] if text[f.trigger.end:f.trigger.end + 1].strip() else \
        text[f.trigger.end:f.clause[1]].split()[:1]  # the word after the trigger's own suffix ('استهدفت السفينه')
    if not obj or not obj[0].startswith("ال") or not rec.cues_of("attribution", sent.start, f.trigger.start):
        return []
    noun = _noun_class(obj[0])
    side = f.agent.side if f.agent is not None else None
    for g in reversed(told):
        if g.sent >= f.sent or g.zone or g.heading or not g.places or g.target is None:
            continue
        if side and (g.agent is not None and g.agent.side not in ("UNKNOWN", side) or g.target.side == side):
            continue
        head = normalize_text(g.target.text).split()[:1]
        if head and _noun_class(head[0]) == noun:
            g.weapons = type(g.weapons)(dict.fromkeys([*g.weapons, *f.weapons]))  # 'بصاروخ باليستي' told in the claim
            return [g]
    return []


OPENERS = frozenset({"كانت", "وكانت", "كان", "وكان", *ADOPT_WORDS, "تبني", "وتبني"})
APPOSITION = re.compile(r",\s*(?:وهي|وهو|وهم)\s")


def _apposed_claimant(rec: Recognized, f: Frame) -> Actor | None:
    """'وكانت X، وهي ...، قد تبنت الهجوم', 'وتبنت X، وهي ...، الهجوم': the claimant named before an apposition that
    cut the claim in clauses (None when the sentence is no such claim)."""
    text = rec.nt.text
    sent = rec.sentences[f.sent]
    lead = text[sent.start:f.trigger.start]
    words = lead.split()
    apposed = APPOSITION.search(lead)
    if not words or words[0] not in OPENERS or apposed is None:
        return None
    if words[0] not in ADOPT_WORDS and not (len(words) >= 2 and words[-1] in ADOPT_WORDS and words[-2] == "قد"):
        return None
    cut = sent.start + apposed.start()
    named = [m for m in rec.near("actors", sent.start, cut) if m.end <= cut and m.payload.get("kind") == "force"]
    return actor_from(rec, named[0]) if named else None


def _continues(rec: Recognized, f: Frame) -> bool:
    """A verb clause that opens with 'كما', 'ثم' or 'و' and names no actor: the same subject goes on."""
    if f.trigger.payload.get("pos") != "verb":
        return False
    head = rec.nt.text[f.clause[0]:f.trigger.start].split()
    return bool(head) and len(head) <= 2 and head[0] in ("كما", "ثم", "و", "وكما", "فيما") or (
        not head and rec.nt.text[f.trigger.start - 1:f.trigger.start] == "و")


def narrative_roles(rec: Recognized, f: Frame, earlier: list[Frame]) -> None:
    """Fill a missing attacker or target from the recent story (the last 3 sentences), never invent one."""
    if f.mutual or (f.agent is not None and f.target is not None):
        return
    if f.agent is None and f.target is None and reaches(rec.nt.text, f.trigger.end):
        prev = [g for g in earlier if g.sent >= f.sent - 2 and g.agent is not None and not g.mutual]
        if prev:  # 'العدوان طال ايضا محيط بلده X': the attack just told reached another place
            g = prev[-1]
            f.agent, f.weapons, f.sub_event, f.sub_from = g.agent, g.weapons, g.sub_event, g.sub_from
            return
    if f.agent is None and _continues(rec, f):
        prev = [g for g in earlier if g.sent >= f.sent - 2 and g.agent is not None and not g.mutual
                and (f.target is None or g.agent.side != f.target.side)]
        if prev:  # 'كما هاجموا موقع X', 'كما استهدف العدوان مزرعه لاحد المواطنين': the subject before goes on
            f.agent = prev[-1].agent
            return
    for g in reversed(earlier):
        if g.sent < f.sent - 3 or g.mutual:
            continue
        if g.section and g.sent < f.sent:
            return  # 'قصف سعودي' over the paragraph: the story before the sub-heading lends nothing after it
        if f.agent is not None and f.target is None and g.target and same_party(g.agent, f.agent):
            if not _downed_apart(f, g):
                f.target = g.target
            return
        if f.target is not None and f.agent is None and g.agent and same_party(g.target, f.target):
            if not _blast_apart(f, g):
                f.agent = g.agent
            return


BLAST = "Remote explosive/landmine/IED"  # a mine or a bomb that went off: no hand is seen


def _blast_apart(f: Frame, g: Frame) -> bool:
    """'قتل مدنيان بانفجار لغم' after 'اعتقلت قوات X شبانا' or 'هاجم التنظيم جامعي الكماه': a mine or bomb that went
    off among the same victims was not planted by the hand of another kind of incident told before it."""
    return f.sub_event == BLAST and g.sub_event != BLAST


def _downed_apart(f: Frame, g: Frame) -> bool:
    """'اسقطت الدفاعات الجويه مسيرتين اطلقتهما قوات X' after 'قذايف اطلقتها قوات X اودت بحياه مدنيين': a weapon downed
    was aimed at those who downed it, so the target of another kind of attack by the same hand is not its target."""
    return f.trigger.payload.get("class") == INTERCEPT and g.trigger.payload.get("class") != INTERCEPT


AREA = "(?:المنطقه|المكان|الموقع|البلده|القريه|المدينه|المديريه|الناحيه|الجبهه|المحور)"
SAME_AREA = guard(rf"(?:^|\s)(?:{AREA} (?:ذاتها|نفسها|ذاته|نفسه)|(?:ذات|نفس) {AREA})(?=[\s,.]|$)")
FIRE_SOURCES = guard(rf"(?:^|\s)(?:علي )?(?:مصادر|مصدر|مواقع اطلاق) (?:النيران|النار|القذايف)|(?:في|علي) (?:اطراف|محيط|"
                          rf"اطار|داخل) {AREA}(?=[\s,.]|$)")


def place_told(rec: Recognized, f: Frame, earlier: list[Frame]) -> None:
    """A clause that names no place but 'المنطقه ذاتها', or a response aimed 'at the sources of fire' or 'on the
    outskirts of the district': the place of the incident told just before (the one answered, for a response)."""
    if f.places:
        return
    text = rec.nt.text[f.clause[0]:f.clause[1]]
    same = SAME_AREA.search(text) is not None
    if not same and not (f.retaliation and FIRE_SOURCES.search(text)):
        return
    for g in reversed(earlier):
        if g.sent < f.sent - 3:
            return
        if not g.places or g.heading or len(g.places) > 1:
            continue
        if same or f.agent is None or g.agent is None or g.agent.side != f.agent.side:
            f.places = list(g.places)
            return


def retaliation_target(f: Frame, earlier: list[Frame]) -> None:
    """'وعقب الهجوم، شنت الطايرات الروسيه غارات على جبل X': a strike told as the answer to an incident, naming no
    target, hits that incident's attacker (the last one of the three sentences before, or of its own zone)."""
    if not f.retaliation or f.zone or f.agent is None or f.agent.side in ("UNKNOWN", "CIVILIANS") \
            or f.target is not None or f.mutual:
        return
    for g in reversed(earlier):
        if g.sent < f.sent - 3:
            return
        if g.agent is not None and g.agent.side not in ("UNKNOWN", "CIVILIANS", f.agent.side) and not g.mutual:
            f.target = g.agent
            return


OPERATIONS = frozenset({"attack"})  # 'عمليتين', 'هجومين', 'ثلاث عمليات': operations counted, not one told


def previews(rec: Recognized, frames: list[Frame]) -> list[Frame]:
    """The frames of a sentence that counts the operations the article then tells one by one ('اعلنت المقاومه تنفيذ
    عمليتين ضد قواعد ... في بغداد واربيل', 'تبنت فيه عمليتين ضد اهداف للكيان'): a preview, no incident of its own
    once a later sentence tells one of them with its own day, or by its number in the series, and the same
    attacker; so are the frames of a list's header ('العمليات الاتيه:', 'وفيما يلي ابرزها:') once any item follows
    (the items take its attacker first)."""
    out: list[Frame] = []
    for f in frames:
        header = list_header(rec, f.trigger)  # 'نفذ المجاهدون العمليات الاتيه:' then one item a line
        if f.zone or not (header or _counted_operations(rec, f)) or any(g is f for g in out):
            continue
        side = f.agent.side if f.agent is not None else None
        if any(g.sent > f.sent and not g.heading if header else _tells_one(g, f, side) for g in frames):
            out.extend(g for g in frames if g.sent == f.sent and not g.zone and all(g is not h for h in out))
    return out


def _tells_one(g: Frame, f: Frame, side: str | None) -> bool:
    """A later frame that tells one of the operations f counts: with its own day and f's attacker, or by its number
    in the series ('وفي العمليه الاولي, استهدف مجاهدوها ...') with f's attacker or none named."""
    if g.sent <= f.sent or g.heading:
        return False
    if g.ordinal:
        return g.agent is None or g.agent.side == side
    return g.date_from == "text" and not g.told_on and g.agent is not None and g.agent.side == side


DUALS = frozenset({"عمليتين", "عمليتان", "هجومين", "هجومان", "هجمتين", "هجمتان"})  # 'نفذوا عمليتين'


def _counted_operations(rec: Recognized, f: Frame) -> bool:
    """An operation noun in the dual ('عمليتين') or right after a numeral of two or more ('ثلاث عمليات'), not one
    after a preposition ('مقتل جنديين بهجوم': the dual counts the dead)."""
    t = f.trigger
    if t.payload.get("class") not in OPERATIONS or t.payload.get("pos") != "noun" or t.prefix.strip("و"):
        return False
    if t.key in DUALS:
        return True
    text = rec.nt.text
    return any(q.kind != "ordinal" and q.value is not None and q.value >= 2 and q.end <= t.start
               and not text[q.end:t.start - len(t.prefix)].strip() and q.text.split()[-1:] != [t.key]
               and not q.text.endswith(("ين", "ان")) for q in rec.near("quantities", t.start - 30, t.start))


FRONT_PREPS = frozenset({"في", "وفي", "ففي", "علي", "وعلي", "فعلي"})
FRONT_WORDS = 5  # 'وفي منطقه الصفطاوي شمال المدينه,': the fronted place phrase before its comma
AFTER_FRONT = 2  # 'اما علي اوتوستراد الزهراني, فقد استهدفت': the words between the comma and the verb


def fronted(rec: Recognized, sent_start: int, sent_frames: list[Frame]) -> bool:
    """A sentence that opens with a fronted place and tells a new incident, even one at an unknown place: its frame
    is marked distinct (it joins no incident told before it) and the sentence's figures are its own."""
    got = [f for f in sent_frames if _fronted_item(rec, sent_start, f)]
    for f in got:
        f.distinct = True
    return bool(got)


def _fronted_item(rec: Recognized, sent_start: int, f: Frame) -> bool:
    """'وفي منطقه الصفطاوي, استهدفت طايره مسيره تجمعا', 'اما علي اوتوستراد الزهراني, فقد استهدفت غاره سياره': a place
    fronted before its comma at the head of the sentence opens one more item of the list of incidents the article
    tells, a new one even when its place is unknown; its toll and sources are its own, not the story's."""
    trig = f.trigger
    if f.places or f.heading or f.zone or trig.payload.get("pos") == "noun" and (
            trig.prefix.endswith("ال") or trig.key.startswith("ال")):
        return False  # 'وفي المستشفي, قال الاطباء ان الغاره ...': a definite noun tells the incident again
    text = rec.nt.text
    head, comma, after = text[sent_start:trig.start].partition(",")
    front = head.split()
    if front[:1] == ["اما"]:
        front = front[1:]
    if not comma or not 2 <= len(front) <= FRONT_WORDS or front[0] not in FRONT_PREPS \
            or len(after.split()) > AFTER_FRONT:
        return False
    word = front[1].removeprefix("ال")
    known = heads().get(word)
    return known is not None and known.role == "head" or word in ROADS or bool(
        rec.near("places", sent_start, sent_start + len(head)))

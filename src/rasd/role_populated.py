"""Populated targets: an attack whose target phrase is a village, quarter, market or its people hit civilians.

'هاجمت قوات X قرية Y وقتلت 9', 'قصف مدفعي على محيط سوق Z اسفر عن 6 قتلى', 'تعرضت احياء المدينه لقصف ادى الى
اصابه مدنيين': the one side the article names did the harm, and the unnamed dead and wounded of an inhabited
place are its people, not the armed foe that side usually fights in the theatre.
"""

from __future__ import annotations

from collections.abc import Iterable

from .coref import actor_entries
from .frame import Frame
from .literal_guard import guard
from .recognize import Recognized
from .records import Actor
from .role_words import prev_word, words_between

ATTACK = "Attack"  # violence against civilians: its unnamed dead and wounded are the target wherever they fell
AIMED = "Air/drone strike"  # an aircraft's strike seeks a party; shells and raids fall on the place
SHELLED = "Shelling/artillery/missile attack"  # shells that hit no one fall on a town's land, not on a party
CIVILIANS = "civilians"  # the lexicon row of civilians
OUTSKIRTS = guard(r"(?:^|\s)(?:[وب]|ال|بال|وال)?(?:اطراف|محيط|اراض|اراضي|ارض|بساتين|احراج)(?=[\s,.]|$)")  # the edge,
# surroundings, farmland or woods of a town: where shells fall on land (a city's quarters may hold a party's men)
ARMED_OBJECT = guard(r"(?:^|\s)(?:[وب]|ال|بال)?(?:دبابه|دبابات|اليه|اليات|مدرعه|مدرعات|محور|موقع|مواقع|نقطه|نقاط"
                     r"|تحصينات|تجمعات|تجمع|مقر|مقرات|ثكنه|مرابض|مربض)(?=[\s,.]|$)")  # 'استهدفوا دبابه علي محور مدينه X'
PLACE_KINDS = ("populated", "civil_object")  # cue kinds naming an inhabited place or a civilian object
HEAD_REACH = 3  # words from the trigger to the head of its object ('قصف مدفعي عنيف على قريه')
AFTER_PREP = 1  # words from a target preposition to the head ('على محيط سوق', 'على اطراف قريه')
DETACHING = frozenset({"في", "من", "عن", "الي", "داخل", "قرب", "عند", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي",
                       "شمالي", "جنوبي", "اضرارا", "خساير"})  # words that leave the place word outside the object
PASSIVE_VERBS = ("تعرض", "تعرضت", "وتعرضت", "وتعرض", "طال", "طالت", "وطال", "وطالت")  # 'تعرضت احياء X لقصف'
# the sides of a town
SIDES_OF = frozenset({"الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الشمالي", "الجنوبي", "الشرقي", "الغربي"})
REACH_VERBS = frozenset({"طال", "طالت", "وطال", "وطالت"})  # 'طال القصف X': the shelling reached X
REACHED = 5  # words from a 'طال' trigger to the outskirts word before the town ('قصف مدفعي بقذايف فوسفوريه اطراف')


def populated_victims(rec: Recognized, frames: Iterable[Frame], victims: Actor | None, sub_event: str) -> Actor | None:
    """The unnamed dead and wounded (`victims`, civilians) as the target when a body clause's target phrase is an
    inhabited place ('هجوم على قريه', 'قصف على محيط سوق', 'تعرضت احياء المدينه لقصف') or the event is an Attack
    (violence against civilians); else None. Not for an air strike, aimed at the party its aircraft sought
    ('غاره العدو على بلده X': the theatre's foe)."""
    if victims is None or victims.side != "CIVILIANS" or sub_event == AIMED:
        return None
    if sub_event == ATTACK:
        return victims  # 'مقتل مزارع برصاص قناص من التنظيم': violence against civilians hit them, not a foe
    return victims if any(_hits_populated(rec, f) for f in frames if not f.heading) else None


def shelled_place(rec: Recognized, frames: Iterable[Frame], sub_event: str, harmed: bool) -> Actor | None:
    """Civilians as the target of shells that hit the outskirts or farmland of an inhabited place and hurt no one
    ('قصف مدفعي على اطراف بلده X من دون اصابات', 'تعرضت اطراف بلده X لقصف مدفعي'): shells fall on the town's land,
    not on a party the article names, so the attacker's usual foe in the theatre is not read into it; None for an air strike (its aircraft
    sought a party), when someone was hurt (`populated_victims` and the toll rules decide) or elsewhere."""
    if sub_event != SHELLED or harmed or not any(
            _hits_populated(rec, f) and OUTSKIRTS.search(rec.nt.text, f.clause[0], f.clause[1])
            and not ARMED_OBJECT.search(rec.nt.text, f.trigger.end, f.clause[1]) for f in frames if not f.heading):
        return None
    e = actor_entries().get(CIVILIANS)
    return None if e is None else Actor(id=e.id, name_en=e.get("name_en"), name_ar=e.get("name_ar"),
                                        side=e.get("side"), text="")


def _hits_populated(rec: Recognized, f: Frame) -> bool:
    """True when the head of the trigger's object, or the subject of a passive 'تعرض', is an inhabited place."""
    text, trig, (lo, hi) = rec.nt.text, f.trigger, f.clause
    if trig.payload.get("class") == "clash":
        return False  # 'اشتباكات في حي X': fought in the quarter between armed parties
    preps = [p for p in rec.cues_of("target_prep", trig.end, hi) if p.key in ("علي", "ضد")]
    for kind in PLACE_KINDS:
        for c in rec.cues_of(kind, trig.end, hi):
            gap = _gap(rec, trig.end, c.start)
            if len(gap) <= HEAD_REACH and not c.prefix.endswith(("ب", "ل")) and not _detached(gap) or any(
                    p.end <= c.start and words_between(text, p.end, c.start) <= AFTER_PREP for p in preps):
                return True
        for c in rec.cues_of(kind, lo, trig.start):
            before = text[max(lo, c.start - 40):c.start - len(c.prefix)].split()[-3:]
            if any(w in PASSIVE_VERBS for w in before[-2:]) or (
                    len(before) == 3 and before[0] in PASSIVE_VERBS and OUTSKIRTS.fullmatch(" " + before[1])
                    and before[2] in SIDES_OF):  # 'تعرضت الاطراف الجنوبيه لبلده X لقصف'
                return True
        if prev_word(text, trig.start - len(trig.prefix)) in REACH_VERBS and any(
                _reached(rec, trig.end, c.start) for c in rec.cues_of(kind, trig.end, hi)):
            return True  # 'طال قصف مدفعي بقذايف فوسفوريه اطراف بلده X': the outskirts the shelling reached
    return False


def _reached(rec: Recognized, a: int, b: int) -> bool:
    """'طال قصف مدفعي بقذايف فوسفوريه اطراف بلده': an outskirts word right before the place word at b, at most
    REACHED words after the trigger's end at a (an instrument phrase may stand between)."""
    gap = _gap(rec, a, b)
    return 0 < len(gap) <= REACHED and OUTSKIRTS.fullmatch(" " + gap[-1]) is not None


def _gap(rec: Recognized, a: int, b: int) -> list[str]:
    """The words of text[a:b] without the actors and times inside it ('هاجمت قوات X، فجر امس، قريه Y': the verb's
    subject and time stand between it and its object)."""
    chars = list(rec.nt.text[a:b])
    for item in (*rec.near("actors", a, b), *rec.near("times", a, b)):
        for i in range(max(item.start, a), min(item.end, b)):
            chars[i - a] = " "
    return [w for w in "".join(chars).replace(",", " ").split() if w not in ("و", "،")]


def _detached(words: list[str]) -> bool:
    """'قصف في قريه X', 'عمليه شرق بلده X', 'اضرارا بممتلكات المواطنين': a preposition, a direction or a word with
    'ب' or 'ل' between the trigger and the place word makes the place where it fell or whose goods, not its object."""
    return any(w in DETACHING or w.startswith(("ب", "ل")) for w in words)


VEHICLE = guard(r"(?:^|\s)(?:[وب]|ال|وال|بال)?(?:سياره|سيارتين|سيارات|عجله|عجلتين|مركبه|مركبتين|شاحنه|دراجه ناريه)"
                r"(?=[\s,.]|$)")  # a car, truck or motorbike and those riding in it


def riders_hit(rec: Recognized, frames: Iterable[Frame], sub_event: str) -> bool:
    """True when a body clause of an air strike names a vehicle ('استهدفت الطايره المسيره سياره رباعيه الدفع',
    'انضربت سياره بضربه من طياره مسيره'): the aircraft sought its riders, a party of the attacker's foe, so its unnamed
    dead do not keep the foe inferred from an attacker the article names elsewhere away (`merge_roles`)."""
    return sub_event == AIMED and any(VEHICLE.search(rec.nt.text[f.clause[0]:f.clause[1]])
                                      for f in frames if not f.heading)

"""Frame periods: the spans, war days, trends and background clauses that make a trigger no incident of its own."""

from __future__ import annotations

from functools import cache

from .lexicon import load_table
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import prev_word
from .scene import words

KANA = frozenset({"كان", "كانت", "كانوا", "كانتا", "وكان", "وكانت", "وكانوا", "وكانتا"})


PERIOD_OPEN = frozenset({"من", "بين"})
PERIOD_CLOSE = frozenset({"حتي", "الي", "لغايه", "وحتي", "و"})
PERIOD_WORDS = 10  # 'خلال الاسبوع الممتد من السبت 8 حتي الجمعه 14 تشرين الاول': the span's words


def period_end(rec: Recognized, a: int, ts: int) -> int:
    """Where the span that names a period word's bounds ends ('خلال الاسبوع الممتد من السبت 8 حتي الجمعه 14 ...'),
    or a when none follows it: the span belongs to the period, so the trigger's distance counts from its end."""
    text = rec.nt.text
    head = text[a:ts].split()[:2]
    if not head or not (head[0] in PERIOD_OPEN or head[0].startswith(("الممتد", "الواقع")) and head[1:] and
                        head[1] in PERIOD_OPEN):
        return a
    for t in rec.near("times", a, ts):
        if t.start >= a and t.end <= ts and words(text, a, t.start) <= PERIOD_WORDS and \
                text[a:t.start].split()[-1:] and text[a:t.start].split()[-1] in PERIOD_CLOSE:
            return t.end
    return a


BACKGROUND = frozenset({"فيما", "وفيما", "بينما", "وبينما"})


def background(text: str, cs: int, cue: int, ts: int) -> bool:
    """'وفيما كانت القري تحاول ...، استهدفت مسيره': a cue inside a 'while ... was' clause that a comma closes before
    the trigger qualifies that background only, not the main verb after it."""
    if "," not in text[cue:ts]:
        return False
    lead = text[max(cs, text.rfind(",", 0, cue) + 1):cue].split()
    return any(w in BACKGROUND and lead[i + 1:i + 2] and lead[i + 1].lstrip("و") in KANA
               for i, w in enumerate(lead))


def in_clash(rec: Recognized, trig: Match[Entry]) -> bool:
    """A clash trigger in the sentence: the stones thrown are the confrontation's ('اندلعت مواجهات رشق خلالها ...')."""
    sent = rec.sentence_at(trig.start)
    return sent is not None and any(t.payload.get("class") == "clash" for t in rec.near("triggers", sent.start, sent.end)
                                    if sent.start <= t.start < sent.end)


PERIOD_UNITS = frozenset({"اليوم", "يوم", "الاسبوع", "الشهر", "العام", "السنه", "الليله"})


def war_day(rec: Recognized, trig: Match[Entry]) -> bool:
    """'اليوم الثالث من القتال', 'في اليوم الـ221 من العدوان', 'الشهر العاشر للحرب': an ordinal period of a war
    counts the war's days; the war noun is no incident of its own."""
    at = trig.start - len(trig.prefix)
    before = rec.nt.text[max(0, at - 40):at].split()
    if before[-1:] == ["من"]:
        before = before[:-1]
    elif "ل" not in trig.prefix:
        return False
    if len(before) < 2 or before[-2].lstrip("وب") not in PERIOD_UNITS:
        return False
    return any(q.kind == "ordinal" and q.text.replace(" ", "") == before[-1] for q in rec.near("quantities", at - 40, at))


PLURALS = frozenset({"عمليات", "هجمات", "غارات", "ضربات", "مواجهات", "اشتباكات", "اعتداءات"})
SINCE_WORDS = 8  # 'منذ اعلان النصر علي التنظيم نهايه عام 2017': the event the period runs from, then its year


def since_year(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'ويشهد الساحل الايسر هجمات متقطعه لخلايا داعش منذ اعلان النصر ... نهايه عام 2017': an indefinite plural of
    attacks running since a past year is a trend (a singular attack 'شنه تنظيم ينشط منذ عام 2014' stays one)."""
    pub = rec.article.published
    if pub is None or trig.prefix or trig.key not in PLURALS:
        return False
    text = rec.nt.text
    for t in rec.near("times", clause[0], clause[1]):
        year = [int(w) for w in t.text.split() if w.isdigit() and len(w) == 4]
        at = text.rfind("منذ", clause[0], t.start)
        if t.kind == "year" and year and year[0] < pub.year and at != -1 and words(text, at, t.start) <= SINCE_WORDS:
            return True
    return False


PAST_SEASON = guard(r"(?<!\S)(?:في|خلال) (?:فصل )?(?:الخريف|الصيف|الشتاء|الربيع) (?:الماضي|المنصرم)(?![\w])")


def past_season(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'فقد الاتصال بهما خلال المواجهات التي شهدتها المنطقة في الخريف الماضي': an incident of a past season, months
    before the funeral or the finding of remains the article reports."""
    return PAST_SEASON.search(rec.nt.text, trig.end, clause[1]) is not None


def rising_smoke(rec: Recognized, c: Match[Entry]) -> bool:
    """'وسحب الدخان تتصاعد من المكان', 'وتصاعدت اعمده الدخان': the rise of smoke or flames after a strike, not a trend
    (a rise word with smoke, flames or dust at most two words before or after it)."""
    if "صاعد" not in c.key:
        return False
    text = rec.nt.text
    return any(words(text, s.end, c.start) <= 2 if s.end <= c.start else words(text, c.end, s.start) <= 2
               for s in rec.cues_of("smoke", c.start - 40, c.end + 40))


COVER = guard(r"(?<!\S)(?:تحت غطاء (?:(?:من|ناري|مدفعي|جوي|كثيف) ){0,2}|مسنود(?:ه|ين|ون|ا)? )$")  # 'مسنوده بقصف'


def covering_fire(rec: Recognized, trig: Match[Entry]) -> bool:
    """'تقدموا تحت غطاء من قذايف الهاون', 'تحت غطاء من القصف المدفعي': the fire that covers an assault told in the
    clause is part of that assault, not an incident of its own."""
    return COVER.search(rec.nt.text, max(0, trig.start - len(trig.prefix) - 30), trig.start - len(trig.prefix)) \
        is not None


def retreat(rec: Recognized, c: Match[Entry]) -> bool:
    """'واجبرت المهاجمين علي التراجع', 'دفعتها للتراجع': the attackers' retreat, the object of forcing them,
    is no downward trend ('ادت الي تراجع حاد في حركه العبور' is one)."""
    if "تراجع" not in c.key:
        return False
    text = rec.nt.text
    start = text.rfind(" ", 0, c.start) + 1  # the whole word the cue sits in, with its clitics ('للتراجع')
    return text[start:c.end].startswith("لل") or prev_word(text, start) in ("علي", "وعلي")


# 'خلال الاسبوع الماضي', 'خلال الايام السبعه الماضيه', 'خلال الساعات ال24 الماضيه', 'خلال اسبوع', 'خلال 24 ساعه'
SPAN = guard(r"(?<!\S)(?:خلال|طوال|في غضون) (?:(?:\S+ ){0,3}(?:الماضي|الماضيه|الاخيره|الاخير|المنصرم|المنصرمه)"
                  r"|(?:ال)?(?:24 ساعه|اسبوع|شهر|يومين|ثلاثه ايام))(?![\w])")
COUNT_MIN = 10  # 'تحييد 31 ارهابيا', 'قصفت اكثر من 120 هدفا': a number of objects a span's tally gives
COUNT_GAP = 1  # words between the trigger and its count ('«تحييد» 17 عنصرا', 'قصفت «اكثر من 120 هدفا»')


def counted_span(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> str | None:
    """'قصفت اكثر من 120 هدفا ... خلال الساعات ال24 الماضيه', 'تحييد 31 ارهابيا ... خلال الاسبوع الماضي': a count
    of ten or more objects over a span of time is the span's tally, however long the named objects between them."""
    text = rec.nt.text
    cs, ce = clause
    span = SPAN.search(text, cs, ce)
    if span is None:
        return None
    for q in rec.near("quantities", trig.end, ce):
        gap = text[trig.end:q.start].replace('"', " ") if q.start >= trig.end else ""
        if q.start >= trig.end and q.end <= ce and q.kind != "ordinal" and (q.value is None or q.value >= COUNT_MIN) \
                and len(gap.split()) - (0 if gap[:1].isspace() else 1) <= COUNT_GAP:  # the trigger's suffix is no word
            return f"aggregate count '{q.text}' over a span ('{span.group(0)}')"
    return None


def own_day(rec: Recognized, a: int, b: int) -> bool:
    """A date to the day (not a 'منذ' start) between a and b."""
    return any(t.precision == 1 and t.kind != "since" and t.date is not None and t.start >= a and t.end <= b
               for t in rec.near("times", a, b))


def ongoing(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'بسبب اطلاق النار المتواصل', 'ردا علي الهجمات المتكرره', 'الاعتداءات التركيه المتكرره': a definite attack noun
    (or one made definite by its complement) qualified as going on or repeated names a campaign, not one incident
    (unless a day follows it)."""
    text = rec.nt.text
    definite = trig.prefix.endswith("ال") or any(w.startswith("ال") for w in trig.key.split())
    for c in rec.cues_of("ongoing", trig.end, min(clause[1], trig.end + 40)):
        between = text[trig.end:c.start].split()
        if c.start < trig.end or len(between) > 3:
            continue
        if c.key in REPEATED:  # 'لضربات تركيه متكرره', 'لقصف روسي متكرر': repeated, also without the article
            if not definite and len(between) <= 2 and all(not w.startswith("ال") and w.endswith(("ي", "يه"))
                                                          for w in between):
                return not own_day(rec, trig.end, clause[1])
        elif all(w.startswith("ال") for w in between) and (definite or between):
            return not own_day(rec, trig.end, clause[1])  # 'الغارات المتواصله ليل الثلاثاء علي X': that night's
    return False


REPEATED = frozenset({"متكرر", "متكرره"})  # 'repeated' with no article: a class of attacks, never one


MOST = frozenset({"معظم", "اغلب"})


def most_of_salvo(rec: Recognized, c: Match[Entry]) -> bool:
    """'اعترضت معظم المقذوفات', 'سقطت معظم قذايفه علي السوق': most of the weapons of one salvo (also with the
    pronoun of the attack that fired them), a part of the incident told, not a class of incidents ('معظم الهجمات')."""
    if c.key not in MOST:
        return False
    text = rec.nt.text
    if any(w.start >= c.end and words(text, c.end, w.start) == 0 for w in rec.near("weapons", c.end, c.end + 3)):
        return True
    nxt = text[c.end:c.end + 30].split()[:1]
    return bool(nxt) and any(nxt[0].endswith(p) and nxt[0][:-len(p)] in _weapon_words() for p in ("ه", "ها"))


@cache
def _weapon_words() -> frozenset[str]:
    """The one-word variants of the weapons lexicon ('قذايف', 'صواريخ')."""
    return frozenset(v for row in load_table("weapons").rows for v in row.many("variants") if " " not in v)


def guided(rec: Recognized, c: Match[Entry]) -> bool:
    """'بصاروخ موجه من طراز كورنيت': a guided missile (the folded 'موجّه' reads like 'موجة من', a wave of), not a
    wave of attacks."""
    if c.key != "موجه من":
        return False
    text = rec.nt.text
    return text[c.end:c.end + 8].split()[:1] == ["طراز"] or any(
        w.end <= c.start and words(text, w.end, c.start) == 0 for w in rec.near("weapons", c.start - 20, c.start))


TRAINING_SITES = frozenset({"معسكر", "معسكرا", "معسكرات", "مركز", "مركزا", "مراكز", "اكاديميه", "كليه", "مدرسه",
                            "قاعده", "ميدان", "مقر"})  # 'معسكر تدريب', 'اكاديميه تدريب قوات الكوماندوز'


def training_site(text: str, start: int) -> bool:
    """'هاجم ... معسكر تدريب لجيش الكيان', 'استهداف معسكر تدريبي': a drill word right after a facility noun names the
    site (the target), not a drill (4 dev docs of 4 sets: ho_, na_, sy_, wa_)."""
    return prev_word(text, start).removeprefix("و").removeprefix("ب").removeprefix("ال") in TRAINING_SITES


KNOWING = frozenset({"يعرف", "تعرف", "يحدد", "تحدد", "يوضح", "توضح", "يذكر", "تذكر", "يكشف", "تكشف", "يفصح", "تفصح",
                     "يتضح", "تتضح", "يتبين", "تتبين", "يعلم", "تعلم"})


def unknown_detail(text: str, end: int) -> bool:
    """'من دون ان تحدد طبيعه الانفجار', 'لم يعرف سبب الانفجار': the negation governs a verb of knowing or telling,
    so what is unknown is a detail of the incident, not whether it happened (15 dev phrases of 10 sets)."""
    nxt = text[end:end + 12].split()[:1]
    return bool(nxt) and nxt[0] in KNOWING

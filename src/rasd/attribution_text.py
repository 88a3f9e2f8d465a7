"""Text shapes that tell who speaks: the words between a name and a cue, a dateline, a toll raised, a list's items.

Functions of the normalized text (and of a sentence's recognized cues), used by attribution.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .literal_guard import guard
from .matcher import Match
from .resources import Entry
from .role_words import word_end
from .segment import Sentence

if TYPE_CHECKING:
    from .recognize import Recognized

# 'قبل ان يرفع البنتاغون الحصيله الي 34': who raises a toll claims the new figure
TOLL_RAISERS = frozenset({"يرفع", "ترفع", "رفع", "رفعت", "ليرفع", "لترفع", "ورفع", "ورفعت"})
TOLL_NOUNS = frozenset({"الحصيله", "حصيله", "عدد"})
# a time phrase between the raiser and its toll ('رفع المرصد صباح اليوم حصيله القتلي')
TOLL_TIME_WORDS = frozenset({"صباح", "مساء", "ظهر", "فجر", "ليل", "اليوم", "امس", "الليله", "السبت", "الاحد",
                             "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"})
TOLL_TIME_REACH = 3  # time words at most between the raiser's name and its toll noun
DATELINE_MARKS = ("-", "/")
# a unit of a named body after a dash: 'سرايا القدس - كتيبه جنين', 'كتايب القسام - فرع لبنان' (the body, no dateline)
SUB_UNITS = frozenset({"كتيبه", "كتايب", "لواء", "سريه", "فرع", "فيلق", "قطاع"})
TAG_OPEN = {"[": "]", "(": ")"}  # the brackets of a ticker line's closing source tag
TAG_LINE_WORDS = 6  # words a line tells before its closing tag (fewer: a bracketed dateline or a name's abbreviation)
COLON_REACH = 30  # characters from a name to the colon of 'X بالنصيرات: ...'
# 'مركز عمليات طواري الصحه العامه التابع لوزاره الصحه العامه: ...': the body a speaker belongs to, before the colon
OWNER_HEADS = frozenset({"التابع", "التابعه", "التابعين", "التابعون"})
OWNER_REACH = 20  # characters beyond COLON_REACH for the owner's name
OWNER_WORDS = 5
DESCRIBED_WORDS = 2  # adjectives between a line's opening name and its colon: 'وكاله ارنا الرسميه: ...'
ADJECTIVE_MIN = 4  # letters of an adjective with its article ('الان', 'الي' are shorter words)
ARTICLE_FUNCTION_WORDS = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "الاخير"})
MEDIUM_WORDS = 4  # words from a name opening its line to its colon: the medium ('بالعربيه علي منصه اكس')
ADOPTED = frozenset({"تبنته", "تبناه", "تبنتها", "تبناها", "تبنوه", "وتبنته", "وتبناه"})  # 'تبنته X'
LIST_MARKS = ("-", "–", "—", "•", "▪", "*", "بسم الله")  # what opens an item of a statement's list
ORDINALS = frozenset({"اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"})
OUTLET_NOUNS = frozenset({"قناه", "وكاله", "شبكه", "صحيفه", "جريده", "موقع", "اذاعه", "تلفزيون", "فضاييه"})
# an outlet noun with ل before the quoted name ('لوكاله انباء "شينخوا"', 'لقناه "X"'): the name received the words
HEADED_L = guard(r"(?<!\S)[وف]?ل(?:" + "|".join(sorted(OUTLET_NOUNS)) + r")(?: الانباء| انباء)? ?[\"']$")
HEADED_REACH = 24  # characters of 'لوكاله انباء "' before the name
# a clause between commas that describes a name before its verb: 'وكانت X, وهي مظله تضم فصايل ..., قد تبنت الهجوم'
APPOSITIVE_HEADS = frozenset({"وهي", "وهو", "وهم", "التي", "الذي", "الذين"})
APPOSITIVE_WORDS = 16
# the words that introduce a group by the name it gives itself: 'جماعه تطلق علي نفسها اسم "X"', 'فصيل يسمي نفسه X'
SELF_NAMED = guard(r'(?<!\S)(?:جماعه|مجموعه|فصيل|تنظيم|ميليشيا|مليشيا|حركه)(?: [^\s"]+)?'
                        r' (?:[تي]طلق علي (?:نفسها|نفسه)(?: اسم)?|[تي]سمي (?:نفسها|نفسه)) ?"?$')
SELF_NAMED_REACH = 60  # characters of the wrapper before the name
# complementizers open the reported content: a name after them is what was said, not who said it
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "وان", "وانه", "وانها",
                             "فان", "فانه", "فانها", "فانهم",
                             "انهما", "بانهما", "وانهما", "فانهما"})  # 'وبحسب مصادر، فان الجهاز رصد', 'قال انهما'
SAID_HOW = frozenset({"في", "فيه", "فيها", "لاحقا", "ايضا", "كذلك"})  # 'واضافت في بيان لاحق ان': how, not who
SAID_HOW_WORDS = 7  # 'وقالت في منشور علي منصه اكس ان'
VOICE_CUES = frozenset({"بحسب", "حسب", "وفق", "وفقا", "حسبما"})  # 'بحسب مصادر امنيه'
NEGATIONS = frozenset({"لم", "ولم", "فلم", "لا", "ولا"})  # before a claim of responsibility: none was made
ADOPTING = ("تبن", "يتبن", "تتبن")  # 'لم تتبن اي جهه الهجوم'
RESPONSIBILITY = ("مسووليه", "مسووليت")  # 'لم تعلن X, كعادتها ..., مسووليتها'
MASDAR_VERBS = frozenset({"نقل", "نعي", "تبني"})  # verbs of saying written like their masdar: 'النقل' is transport
SPEAKING = ("attribution", "continuation")  # cue kinds of a verb of saying
NEGATED_REACH = 10  # words from the verb to the responsibility it did not claim
CARE_CLASSES = frozenset({"المستشفي", "المجمع"})  # the anaphoric nouns of hospitals in sources.tsv
WHERE_WORDS = frozenset({"الي", "امام", "قرب", "بالقرب", "خارج", "محيط", "بمحيط"})  # a hospital as a place
ACCUSING = ("اتهم", "يتهم", "تتهم")  # 'اتهمت X قوات Y بقصف': the name after the accuser is the accused
ACCUSED_GAP = 4  # words from the accusing verb to the accused
ACCUSED_AFTER = frozenset({"في", "فيه", "فيها"})  # 'اتهمت فيه X', 'اتهمت في بيان X': the subject was named before
# the not_source cues of an unnamed voice: a source, a witness, a resident or relative, activists ('مصادر محليه',
# 'شهود عيان', 'احد السكان', 'احد اقارب', 'ناشطون'), not a recipient ('تلقت') or the media ('وسايل اعلام')
UNNAMED_VOICES = ("مصدر", "مصادر", "احد", "احدي", "شهود", "شاهد", "ناشط")
OFFICIALS = frozenset({"مسوول", "مسوولا", "مسوولون", "مسوولين"})  # cues.tsv member words for an unnamed official
CHARGE = re.compile(r"[\s\"'»«]*(ب\w+)")  # the word right after an accused name: 'بتنفيذهما'
TRANSPORT_VERBS = frozenset({"نقل", "نقلت", "ونقل", "ونقلت", "تنقل", "ينقل"})  # cues that may carry the wounded
# 'ونقلت فرق الدفاع المدني الجثامين', 'نقل الصليب الاحمر الشهيد والجريح الي مستشفي': bodies and wounded carried
CARRIED = frozenset({"الجثامين", "جثامين", "الجثث", "جثث", "الجثه", "جثه", "جثمان", "جثماني", "الجثمان", "الجرحي",
                     "جرحي", "المصابين", "مصابين", "المصاب", "المصابه", "الجريح", "الجريحين", "الشهيد", "الشهيدين",
                     "الشهداء", "شهداء", "القتلي", "قتلي", "الضحايا", "المستشفي", "مستشفي", "مستشفيات"})
CARRIED_REACH = 10  # words after the verb in which what it carried is named
RELATIVE_VERBS = ("افاد", "ذكر", "اورد", "نقل", "قال", "اعلن", "اكد", "كشف")  # 'وفق ما افادت به مصادر امنيه'


NISBA_ENDS = ("يه", "ي")  # the endings of a nisba adjective ('العربيه', 'السومريه')


def adjective_name(text: str, s: Match[Entry]) -> bool:
    """'النشره العربيه', 'المتحدث باسم الجيش بالعربيه': a one-word name that is also a nisba adjective (Al Arabiya's
    'العربيه') agreeing with the definite noun before it, or naming a language after 'ب', is the adjective, not the
    outlet ('قالت العربيه', 'لقناه العربيه' stay the outlet; 'للنشره العربيه' is the adjective too)."""
    name = text[s.start:s.end]
    if " " in name or not name.startswith("ال") or not name.endswith(NISBA_ENDS):
        return False
    if s.prefix.endswith("ب"):
        return True
    before = text[max(0, s.start - len(s.prefix) - 40):s.start - len(s.prefix)].split()[-1:]
    return bool(before) and before[0].lstrip("وفب").startswith(("ال", "لل"))  # 'للنشره العربيه' too


def gap_words(text: str, a: int, b: int) -> list[str]:
    """The words of text[a:b] without quotes and punctuation."""
    if b <= a:
        return []
    return [s for w in text[a:b].split() if (s := w.strip('"\'()«»,،'))]  # a quote standing alone ('في "قسد"') is no word


def appositive_end(text: str, b: int, limit: int) -> int:
    """'X, وهي مظله تضم فصايل مسلحه, قد تبنت': where a clause between commas that describes the name ending at b
    ends (after its closing comma, before limit); b when none follows the name."""
    head = text[b:limit].lstrip(' "\')')
    if not head.startswith((",", "،")):
        return b
    at = limit - len(head) + 1
    words = gap_words(text, at, limit)
    if not words or words[0] not in APPOSITIVE_HEADS:
        return b
    close = min((i for i in (text.find(",", at, limit), text.find("،", at, limit)) if i >= 0), default=-1)
    if close < 0 or any(ch in text[at:close] for ch in ".:\n") or len(gap_words(text, at, close)) > APPOSITIVE_WORDS:
        return b
    return close + 1


OWNER_OF = frozenset({"التابع", "التابعه", "الموالي", "المواليه"})  # 'وكاله اعماق التابعه لتنظيم داعش نشرت'
OWNER_NAME_WORDS = 2  # words of the owner's name after its 'ل'


def past_owner(words: list[str]) -> list[str]:
    """The words between a speaker and its verb without the owner it is said to belong to ('وكاله اعماق التابعه
    لتنظيم داعش نشرت', 'المركز التابع لوزاره الصحه اعلن', 'قناه X المقربه من Y قالت'): an owner between them, a
    phrase of the name's own, does not part the speaker from its verb."""
    if len(words) < 2 or not (words[0] in OWNER_OF and words[1].startswith("ل") or words[0] in (
            "المقرب", "المقربه") and words[1] == "من"):
        return words
    return words[1 + OWNER_NAME_WORDS:] if words[0] in OWNER_OF else words[2 + OWNER_NAME_WORDS:]


def self_named(text: str, at: int) -> int:
    """'تبنت جماعه تطلق علي نفسها اسم "X" الهجوم': where the words that introduce the name beginning at `at` begin
    (the group is X, so a cue before them is X's), or `at` when none come before it."""
    m = SELF_NAMED.search(text, max(0, at - SELF_NAMED_REACH), at)
    return m.start() if m is not None and m.end() == at else at


def colon_after_place(text: str, b: int, opens: bool = False) -> bool:
    """A name, the town it is in ('بالنصيرات', 'في خان يونس') or the body it belongs to ('التابع لوزاره الصحه') and a
    colon: a ticker's 'X in Y: ...', 'X of Y: ...'; for a name that opens its line (`opens`: after a stamp or bullet at
    most), also the medium it spoke in ('X علي منصه "اكس": ...', 'X بالعربيه علي منصه "اكس": ...')."""
    colon = text.find(":", b, b + COLON_REACH + OWNER_REACH)
    if colon < 0 or any(ch in text[b:colon] for ch in ".،,\n"):
        return False
    words = gap_words(text, b, colon)
    if 1 < len(words) <= OWNER_WORDS and words[0] in OWNER_HEADS and words[1].startswith("ل"):
        return True
    if opens and colon <= b + COLON_REACH and described(words):
        return True  # '🔴 وكاله ارنا الرسميه: ...', 'وزاره الدفاع الروسيه:': a line's name and its adjectives
    if colon > b + COLON_REACH or not words or not (words[0] in ("في", "علي", "عبر") or words[0].startswith("بال")):
        return False
    return len(words) <= (MEDIUM_WORDS if opens else 3) and (opens or words[0] == "في" or words[0].startswith("بال"))


def described(words: list[str]) -> bool:
    """'الرسميه', 'الرسميه الايرانيه': one or two adjectives with the article and nothing else (no function word)."""
    return 0 < len(words) <= DESCRIBED_WORDS and all(
        w.startswith("ال") and len(w) > ADJECTIVE_MIN and w not in ARTICLE_FUNCTION_WORDS for w in words)


def raises_toll(text: str, s: Match[Entry]) -> bool:
    """'قبل ان يرفع البنتاغون الحصيله الي 34 جريحا': the name raises a toll, so it claims the figure."""
    before = gap_words(text, max(0, s.start - len(s.prefix) - 12), s.start - len(s.prefix))[-1:]
    if not before or before[0] not in TOLL_RAISERS:
        return False
    after = gap_words(text, s.end, s.end + 40)[:TOLL_TIME_REACH + 1]
    told = next((w for w in after if w not in TOLL_TIME_WORDS), "")  # 'رفع المرصد صباح اليوم حصيله القتلي الي سته'
    return told in TOLL_NOUNS


def trailing_tag(text: str, s: Match[Entry]) -> bool:
    """'سقوط صاروخ علي منزل ... واصابه مستوطنين [نجمه داوود الحمراء]', '... (سانا)': a name in brackets closing a ticker
    line after the line's words is who told that line (a bracketed name right after a longer name abbreviates it)."""
    at = s.start - len(s.prefix)
    if s.prefix or text[at - 1:at] not in TAG_OPEN or text[s.end:s.end + 1] != TAG_OPEN[text[at - 1]]:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    rest = text[s.end + 1:text.find("\n", s.end) if "\n" in text[s.end:] else len(text)]
    before = text[line_start:at - 1]
    return not rest.strip(" .") and len(before.split()) > TAG_LINE_WORDS and before[-1:] == " " and not glued_l(text, s)


def dateline(text: str, s: Match[Entry]) -> bool:
    """An outlet named in the dateline ('واشنطن (رويترز) -', 'شفق نيوز/', 'صنعاء - سبا'): the publisher, not a claim; a
    bullet's dash or number before a name ('- X:', '1- X:') and a unit of the body after its dash ('سرايا القدس -
    كتيبه جنين') are none."""
    line_start = text.rfind("\n", 0, s.start) + 1
    if len(text[line_start:s.start].split()) > 3:
        return False
    after = text[s.end:s.end + 6].lstrip(' "\')')
    unit = text[s.end:s.end + 24].split("-", 1)[-1].split()[:1]
    if after.startswith("-") and unit and unit[0] in SUB_UNITS:
        return False
    before = text[line_start:s.start].rstrip(' "\'(')
    head = before[:-1].strip() if before.endswith("-") else ""  # '1- قياده شرطه البصره:': a list's number, no place
    return after.startswith(DATELINE_MARKS) or (bool(head) and not head.isdigit() and len(before.split()) <= 2)


def quoted_from(text: str, speaking: list[Match[Entry]], lo: int, s: Match[Entry]) -> int | None:
    """'نقلت وسايل اعلام النظام عن وزاره الدفاع قولها ان', 'تبني التنظيم الهجوم عبر وكاله اعماق': who is quoted by a
    relay however long its name, or the outlet a claim was made through; where the verb of saying ends."""
    at = s.start - len(s.prefix)
    before = gap_words(text, max(lo, at - 6), at)[-1:]
    if text[at - 1:at] == '"' and gap_words(text, max(lo, at - 16), at)[-2:-1] == ["عن"]:
        before = ["عن"]  # 'نقلت وكاله هاوار عن قوي "الاسايش" ان': a head noun before the quoted name
    if before == ["في"] and (lead := gap_words(text, max(lo, at - 30), at)[-3:-1])[:1] == ["عن"] and (
            lead[-1] in OFFICIALS):
        before = ["عن"]  # 'نقلت رويترز عن مسوول في وزاره X قوله ان': the body its official speaks for is quoted too
    if before not in (["عن"], ["عبر"]) or any(ch in text[lo:at] for ch in ".:\n"):
        return None
    return next((c.end for c in reversed(speaking) if c.end <= at and (before == ["عبر"] or c.key.startswith("نقل"))
                 and not set(gap_words(text, c.end, at)) & COMPLEMENTIZERS), None)


def glued_l(text: str, s: Match[Any]) -> bool:
    """The name carries the preposition ل ('لوكاله شفق نيوز', 'ل"بغداد اليوم"', 'للحره'), or the outlet noun before
    its quotes does ('لوكاله انباء "شينخوا"')."""
    return "ل" in s.prefix or text[max(0, s.start - 3):s.start].replace('"', "").replace("'", "").endswith("ل") or (
        HEADED_L.search(text, max(0, s.start - HEADED_REACH), s.start) is not None)


def outlet_noun(word: str) -> bool:
    """'وكاله', 'والقناه', 'فالصحيفه': a noun that names an outlet, after a conjunction or with its article."""
    forms = (word, word[1:]) if word[:1] in "وف" else (word,)
    return any(f in OUTLET_NOUNS or f.startswith("ال") and f[2:] in OUTLET_NOUNS for f in forms)


def after_outlet_noun(text: str, at: int) -> bool:
    """The word before `at` (quotes aside) is an outlet noun ('قناه "المسيره"', 'وكاله "اعماق"')."""
    before = gap_words(text, max(0, at - 12), at)[-1:]
    return bool(before) and before[0] in OUTLET_NOUNS


def care_place(text: str, s: Match[Entry]) -> bool:
    """'نقل 3 جرحي الي المستشفي المعمداني', 'وهي تبكي امام المستشفي': a hospital the wounded were taken to, or where
    someone stood, is a place, not a speaker."""
    if s.payload.get("class") not in CARE_CLASSES:
        return False
    before = gap_words(text, max(0, s.start - len(s.prefix) - 16), s.start - len(s.prefix))[-1:]
    return bool(before) and before[0] in WHERE_WORDS


def negated_cue(text: str, c: Match[Any]) -> bool:
    """'ولم تعلن القياده المركزيه مسووليتها عن الغارات', 'لم تتبن اي جهه الهجوم': a claim of responsibility under a
    negation tells who did not claim it, so the name after the verb is no source ('لم يذكر البنتاغون عدد القتلي' still
    tells what the Pentagon reported)."""
    before = gap_words(text, max(0, c.start - len(c.prefix) - 16), c.start - len(c.prefix))[-2:]
    if not before or not (before[-1] in NEGATIONS or before[-1] == "ان" and before[:1] in (["دون"], ["بدون"])):
        return False
    return c.key.startswith(ADOPTING) or any(w.startswith(RESPONSIBILITY) for w in gap_words(
        text, c.end, c.end + 90)[:NEGATED_REACH])


def list_item(text: str, sent: Sentence) -> bool:
    """A sentence that is an item of a list or a quoted statement ('- استهداف ...', '"اولا: ...', 'ثانيا: ...')."""
    line = text.rfind("\n", 0, sent.start) + 1
    bullet = text[line:sent.start] if line < sent.start and not text[line:sent.start].strip(" -–—•▪*") else ""
    head = (bullet.strip() + text[sent.start:sent.end]).lstrip(' "\'')  # a bullet the sentence splitter left out
    if head.startswith(LIST_MARKS) or head[:1].isdigit() and head[1:3].lstrip()[:1] in ("-", ".", ")"):
        return True
    return head.split(":")[0].split(" ")[0] in ORDINALS or text[sent.start:sent.end].lstrip().startswith('"')


def open_quote(text: str, at: int) -> bool:
    """A quotation opened in the paragraph before `at` is still open there: 'بيانا جاء فيه: "بسم الله الرحمن الرحيم.'
    then the statement's sentences up to its closing quote."""
    return text.count('"', text.rfind("\n\n", 0, at) + 1, at) % 2 == 1


def how_said(text: str, at: int, names: list[int]) -> bool:
    """'واضافت في بيان لاحق ان', 'وقال في منشور علي منصه اكس ان': the words after a verb of saying (ending at `at`)
    tell how it was said, with no new speaker (names: where the sentence's source names begin), and the reported
    words follow (a complementizer within SAID_HOW_WORDS words)."""
    for w in re.finditer(r"\S+", text[at:at + 80]):
        if any(ch in w.group() for ch in ".,،:\n"):
            return False
        if w.group().strip('"\'()«»') in COMPLEMENTIZERS:
            return not any(at <= n < at + w.start() for n in names)
        if len(gap_words(text, at, at + w.end())) > SAID_HOW_WORDS:
            return False
    return False


def led_by_cue(before: list[str]) -> bool:
    """The words before a vague voice end with a leading cue, or one and a relative clause ('وفق ما افادت به')."""
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in VOICE_CUES), None)
    return at is not None and all(w in ("ما", "به", "بها") or w.startswith(RELATIVE_VERBS) for w in before[at + 1:])


def verb_as_noun(c: Match[Entry]) -> bool:
    """'بالنشره الرماديه', 'الرصد', 'مطلوبا بنشره حمراء', 'شركات النقل': a verb's stem ('نشر*', 'رصد*') or a verb
    written like its masdar ('نقل', 'نعي', 'تبني') under the article (a stem also after the preposition ب) is a noun,
    no verb of saying (unlike 'البيانات التاليه')."""
    if c.prefix.endswith("ال") and c.key in MASDAR_VERBS:
        return True
    return c.prefix.endswith(("ال", "ب")) and c.key + "*" in c.payload.row.many("variants")


def construct_masdar(rec: Recognized, c: Match[Entry]) -> bool:
    """'شركة نقل عراقية', 'وحدة نقل الأسلحة': a verb written like its masdar ('نقل', 'نعي', 'تبني'), with no
    proclitic, right after an indefinite noun written with ة or ات is that noun's complement, no verb of saying."""
    text = rec.nt.text
    if c.prefix or c.key not in MASDAR_VERBS or text[c.start - 1:c.start] != " ":
        return False
    words = text[max(0, c.start - 24):c.start].split()
    if not words or words[-1].startswith(DEFINITE) or len(words[-1]) < MIN_NOUN:
        return False
    a, b = rec.nt.to_orig(c.start - 1 - len(words[-1]), c.start - 1)
    noun = DIACRITICS.sub("", rec.nt.original[a:b]).rstrip()
    return noun.endswith(("ة", "ات"))


DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل")  # the article, with or without a proclitic
MIN_NOUN = 3  # letters of the noun before the masdar ('لجنه', 'شركه', 'وحده'; 'له' is a pronoun)
DIACRITICS = re.compile("[\u064b-\u0652\u0640]")  # harakat, tanween, shadda, sukun and tatweel


def officials(rec: Recognized, lo: int, hi: int) -> list[Match[Entry]]:
    """The unnamed officials between lo and hi ('افاد مسوول في الشرطه لوكاله X'): like 'مصدر', a voice whose outlet
    relays its words (see attribution._told_to)."""
    return [c for c in rec.cues_of("member", lo, hi) if c.key in OFFICIALS]


def vague_speaker(rec: Recognized, sent: Sentence) -> bool:
    """'وقال مصدر في مركز شرطه الناحيه لمراسل X ان ...', 'وقال احد اقارب المصابه لـX': the sentence's speaker is an
    unnamed source or witness right after its verb of saying."""
    text = rec.nt.text
    vague = [b for b in rec.cues_of("not_source", sent.start, sent.end) if b.key.startswith(UNNAMED_VOICES)]
    return any(c.payload.kind in SPEAKING and c.end <= b.start and len(gap_words(text, c.end, b.start)) <= 1
               for b in vague for c in rec.near("cues", b.start - 24, b.start))


def accused(rec: Recognized, speaking: list[Match[Entry]], a: int, b: int | None = None) -> bool:
    """The name at a (ending at b) is the object of an accusing verb before it, not a speaker: another name stands
    between them ('اتهمت الحكومه العراقيه تركيا'), or the verb's statement does ('بيانا اتهمت فيه قوات الدعم السريع',
    'اتهمت في بيان مليشيا الحوثي'): the accuser was named first; or the charge follows the name at once ('المرصد
    اتهم التحالف الدولي بقيادة واشنطن بتنفيذهما', 'اتهم الجيش بقصف', 'واتهمت الوزاره قوات الدعم السريع بقصف'): the
    accuser was named before the verb or is a word referring back to it."""
    text = rec.nt.text
    for c in speaking:
        if c.end > a or not c.key.startswith(ACCUSING) or any(ch in text[c.end:a] for ch in ".:\n"):
            continue
        words = gap_words(text, min(word_end(text, c.end), a), a)  # 'اتهمت': the ending is no word between
        if len(words) <= ACCUSED_GAP and (words[:1] and words[0] in ACCUSED_AFTER or any(
                o.end <= a for o in rec.near("sources", c.end, a)) or _charged(text, b)):
            return True
    return False


def _charged(text: str, b: int | None) -> bool:
    """The word right after a name (ending at b) is a charge ('بقصف', 'بتنفيذه', 'بالوقوف وراءه')."""
    if b is None:
        return False
    m = CHARGE.match(text, b)
    return m is not None and len(m[1]) > 3


def transport(text: str, key: str, end: int) -> bool:
    """A verb 'نقل' that carries bodies or wounded ('ونقلت فرق الدفاع المدني الجثامين الي مستشفي'), not a report:
    one of CARRIED follows within CARRIED_REACH words, before 'عن' and the clause's end."""
    if key not in TRANSPORT_VERBS:
        return False
    stop = min((i for i in (text.find(ch, end) for ch in ".،,:\n") if i >= 0), default=len(text))
    for w in gap_words(text, end, stop)[:CARRIED_REACH]:
        if w in ("عن", "نقلا"):
            return False
        if w in CARRIED or w[:1] in "وب" and w[1:] in CARRIED:
            return True
    return False

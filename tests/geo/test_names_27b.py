"""Round 27b place data (the bb_ study): Somali names read the Somali way (c is ع, x is ح) by the Latin bridge,
spellings and Arabic names of open-data rows the sources lack, and the Khurmala field at its village (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tests import tool_modules

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("name", "reading"), [
    ("Ceelbuur", "Eelbuur"),  # c is ع: عيل بور
    ("Xuddur", "Huddur"),  # x is ح: حدر
    ("Laascaanood", "Laasaanood"),  # لاسعانود
    ("Jilib", "Jilib"),  # neither letter: unchanged
], ids=["ceel", "xudur", "laascaanood", "plain"])
def test_somali_reading_of_a_latin_name(name: str, reading: str) -> None:
    """The Somali orthography's c and x are read as the Arabic news spell them."""
    assert tool_modules.load("gazetteer_more").somali_reading(name) == reading


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # a Somali 'Ceel X' town after a head noun, matched by the bridge through its Somali reading
    ("دارت معارك عنيفة بين الجيش ومسلحين قرب بلدة عيل بور وسط الصومال", "Ceelbuur", 4.69, 46.62),
    # a name too short for the bridge: after a town's head only
    ("نفذت القوات الأمريكية ضربة جوية على مسلحين قرب مدينة جلب جنوبي الصومال", "Jilib", 0.49, 42.79),
    # spellings of open-data rows the sources lack
    ("تصاعدت ألسنة اللهب من حقل خورمالة بعد سقوط مسيرة", "Khurmala oil field", 35.92, 43.75),
    ("سقطت مسيرة مفخخة في أطراف قرية خورمالة دون إصابات", "Xurmle", 35.92, 43.75),
    ("اعترضت الدفاعات الجوية طائرة مسيرة قرب مخيم حسن شام للنازحين", "Hasan Shami", 36.32, 43.53),
    ("توقفت الرحلات في مطار اللد بعد سقوط صاروخ قريب", "Ben Gurion Airport", 32.01, 34.88),
    ("انقطعت الكهرباء بعد قصف محطة حزيز جنوبي صنعاء", "Hizyaz", 15.23, 44.25),
], ids=["el-buur", "jilib-head", "khurmala-field", "khurmala-village", "hassan-sham",
        "lod-airport", "hezyaz"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "wrong"), [
    ("حاولت المرأة جلب الماء من البئر القريبة من منزلها", "Jilib"),  # the verb 'bring'
    ("قال الطفل إن عيل صغير كان يلعب في الشارع", "Ceelbuur"),  # colloquial 'child', no head noun
    ("أدلى حسن شاهين بتصريح عن الهجوم على المدينة", "Hasan Shami"),  # a person's name
], ids=["jalab-verb", "ayyil-child", "hasan-person"])
def test_common_words_are_no_new_place(text: str, wrong: str) -> None:
    """A word or name spelled like a new row's name is no place when nothing introduces it."""
    assert wrong not in {r.location.name_en for r in main_refs(text)}

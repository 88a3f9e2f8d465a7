"""cues.tsv: the casualty words read by the claim stage (pronoun nouns, dialect verbs, dual nouns, active verbs)."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a dual soldier noun after 'سقوط' counts two beside the other dead
    ("هاجم مسلحون حوثيون موقعا للجيش في مديرية حريب صباح اليوم، ما أسفر عن مقتل 4 من المهاجمين وسقوط جنديين.",
     6, None),
    # the dialect 'انقتلوا' with a count after it
    ("قصف مدفعي للنظام على بلدة كفرنبل صباح اليوم، انقتلوا 3 من الأهالي حسب ناشطين.", 3, None),
    # the active 'أصابوا' with one person after it
    ("هاجم مستوطنون صباح اليوم قرية المغير شرق رام الله، وأصابوا مزارعا بجروح، قبل أن ينسحبوا.", 0, 1),
])
def test_casualty_words(text: str, killed: int | None, injured: int | None) -> None:
    """'وسقوط جنديين' adds two dead, 'انقتلوا 3' three, 'وأصابوا مزارعا بجروح' one wounded."""
    ms = run(text)
    assert [(m.fatalities, m.injured) for m in ms] == [(killed, injured)], [(m.fatalities, m.injured) for m in ms]

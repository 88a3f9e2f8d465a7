"""Actor sides, round 35b (from the round-35a sides study, class D): an attack whose target phrase is a village,
town, quarter, market, camp, farmland or its people ('هاجمت قوات X قرية Y', 'قصف على سوق Z', 'تعرضت احياء
المدينه لقصف'), with unnamed dead or wounded and no armed party named as the one hit, hit civilians: the theatre's
usual foe of the attacker is not filled in. A place word that only says where the attack fell ('مواقع في مدينه'),
whose goods were damaged ('اضرارا بممتلكات المواطنين'), an attack with no one hurt, and an air strike (aimed at
the party its aircraft sought) keep the old reading.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests import factories as f


@pytest.mark.parametrize(("text", "target"), [
    # the verb's object, after its subject and time: a quarter of the town
    ("هاجمت قوات الدعم السريع، صباح أمس الاثنين، أحياء مدينة الأبيض بالقذائف المدفعية، ما أدى إلى مقتل خمسة "
     "أشخاص وإصابة عشرة آخرين.", "CIVILIANS"),
    # a named village, its people counted
    ("قصفت قوات الدعم السريع قرية الهشابة شرق مدينة الأبيض، ما أدى إلى مقتل أربعة من سكانها.", "CIVILIANS"),
    # the passive 'تعرضت': the place is the subject of what it suffered
    ("تعرضت أحياء مدينة الأبيض، فجر اليوم، لقصف مدفعي من قوات الدعم السريع أدى إلى مقتل ثلاثة أشخاص وإصابة ستة.",
     "CIVILIANS"),
    # villages hit by another state's artillery, their people wounded
    ("قصف الجيش التركي، صباح اليوم، قرى ناحية سيدكان، ما أدى إلى إصابة ثلاثة من أهالي المنطقة.", "CIVILIANS"),
    # the place word only tells where the positions hit lay: the theatre's foe stays
    ("قصفت قوات الدعم السريع، مساء الأحد، مواقع في مدينة الأبيض، ما أدى إلى مقتل ثلاثة أشخاص.", "OTHER"),
    # no one hurt: nothing says the village's people were hit
    ("قصفت قوات الدعم السريع، مساء الأحد، أحياء مدينة الأبيض بالمدفعية، من دون أن يسفر القصف عن إصابات.", "OTHER"),
    # an air strike seeks a party: a town named after it keeps the theatre's foe
    ("شنت طائرة حربية إسرائيلية غارة على بلدة عيترون جنوبي لبنان، ما أدى إلى مقتل شخصين.", "IRAN_ALIGNED"),
    # the people only own the goods the strikes damaged
    ("شن الطيران الأمريكي غارات على مديرية باجل، ما أدى إلى مقتل شخص، وألحقت الغارات أضرارا بممتلكات المواطنين.",
     "IRAN_ALIGNED"),
])
def test_round35b_populated_target(text: str, target: str) -> None:
    ms = f.extract_text(text)
    assert len(ms) == 1 and ms[0].actor2 is not None and ms[0].actor2.side == target, \
        [(m.actor2 and m.actor2.side, m.location and m.location.name_en) for m in ms]

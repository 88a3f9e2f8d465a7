"""Houthi-side front reports: 'كسر/إفشال محاولة زحف' is a clash, and the two sides have names of their own."""

from __future__ import annotations

from tests.factories import extract_text as run


def test_a_foiled_advance_is_a_clash_between_the_named_sides() -> None:
    """'أفشل الجيش واللجان الشعبية محاولة زحف لمرتزقة العدوان': the Houthis and the government forces clash."""
    ms = run("أفشل أبطال الجيش واللجان الشعبية فجر اليوم محاولة زحف لمرتزقة العدوان باتجاه مواقعهم في مديرية "
             "صرواح بمحافظة مأرب.")
    assert [(m.sub_event_type, m.location.name_en) for m in ms] == [("Armed clash", "Sirwah")]
    assert {ms[0].actor1.side, ms[0].actor2.side} == {"IRAN_ALIGNED", "OTHER"}


def test_an_advance_foreseen_is_no_incident() -> None:
    """'قد يعيدون محاولة زحف': an advance expected is no clash."""
    assert run("ويرى مراقبون أن المرتزقة قد يعيدون محاولة زحف نحو صرواح في الأسابيع المقبلة.") == []

"""Runs of text for highlighting: lossless, overlapping marks merged, bad marks ignored."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.web.highlight import Mark, runs


def test_overlapping_marks_give_runs_with_both_labels() -> None:
    text = "قصفت القوات الامريكيه"
    out = runs(text, [Mark(start=0, end=21, label="evidence"), Mark(start=5, end=11, label="actor", note="US")])
    assert [(r.text, r.labels) for r in out] == [
        ("قصفت ", ("evidence",)), ("القوات", ("actor", "evidence")), (" الامريكيه", ("evidence",))]
    assert out[1].css == "hl-actor hl-evidence" and out[1].title == "actor: US; evidence"


def test_out_of_range_and_empty_marks_are_ignored() -> None:
    out = runs("abc", [Mark(start=2, end=9, label="x"), Mark(start=1, end=1, label="y"),
                       Mark(start=-3, end=1, label="z")])
    assert [(r.text, r.labels) for r in out] == [("a", ("z",)), ("b", ()), ("c", ("x",))]


def test_notes_of_one_label_are_joined() -> None:
    [r] = runs("ab", [Mark(start=0, end=2, label="claim", note="a"), Mark(start=0, end=2, label="claim", note="b")])
    assert r.title == "claim: a; b"


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70),
                                                st.sampled_from(["actor", "place", "time"])), max_size=8))
def test_runs_join_back_to_the_text(text: str, raw: list[tuple[int, int, str]]) -> None:
    marks = [Mark(start=a, end=b, label=lab) for a, b, lab in raw]
    out = runs(text, marks)
    assert "".join(r.text for r in out) == text
    assert all(r.text for r in out)

"""Shared helpers for the ingest tests: sample Arabic texts (written for these tests) and a runner."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

from rasd.ingest import IngestFailure, read_inputs
from rasd.records import Article

ARTICLE = (
    "استهدفت طائرة مسيرة مجهولة موقعا عسكريا قرب بلدة الصالحية في ريف دير الزور الشرقي صباح اليوم.\n"
    "وقال ناشطون محليون إن الانفجار أدى إلى اشتعال النيران في مستودع للذخيرة دون معرفة حجم الخسائر.\n"
)
ENGLISH = "A drone struck a military site near the town at dawn, local activists said on Monday.\n"

Result = tuple[list[Article], list[IngestFailure]]


def split(items: Sequence[Article | IngestFailure]) -> Result:
    """Articles and failures, each in input order."""
    return ([x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, IngestFailure)])


@pytest.fixture
def ingest() -> Callable[..., Result]:
    """Run read_inputs on paths (or stdin bytes) and split the result."""

    def run(inputs: Sequence[str | Path], *, meta: str | Path | None = None, published: date | None = None,
            stdin: bytes | None = None) -> Result:
        stream = io.BytesIO(stdin) if stdin is not None else None
        return split(list(read_inputs([str(p) for p in inputs], meta=str(meta) if meta else None,
                                      published=published, stdin=stream)))

    return run

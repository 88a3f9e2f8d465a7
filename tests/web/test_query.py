"""Filters from query parameters, paging and claim grouping."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.errors import UsageError
from rasd.web.query import Filters, claims_by_source, fold, paginate, record_matches
from tests import factories as f


def test_filters_from_params_ignore_blanks_and_round_trip() -> None:
    flt = Filters.from_params({"date_from": "2022-08-01", "date_to": "", "side": " US ", "q": None})
    assert flt.date_from == date(2022, 8, 1) and flt.date_to is None and flt.side == "US"
    assert flt.params() == {"date_from": "2022-08-01", "side": "US"}
    assert Filters.from_params(flt.params()) == flt


def test_bad_date_names_the_parameter() -> None:
    with pytest.raises(UsageError, match="date_to"):
        Filters.from_params({"date_to": "2022-13-01"})


def test_paginate() -> None:
    page = paginate(list(range(5)), limit=2, offset=2)
    assert (page.items, page.total, page.prev_offset, page.next_offset) == ([2, 3], 5, 0, 4)
    assert paginate(list(range(5)), limit=2, offset=4).next_offset is None
    with pytest.raises(UsageError):
        paginate([], limit=0, offset=0)


def test_fold_matches_arabic_variants_and_case() -> None:
    assert fold("الأمريكيّة") == fold("الامريكيه") and fold("Deir EZ-Zor") == "deir ez-zor"


def test_undated_records_fail_date_filters_and_pass_others() -> None:
    e = f.event(event_date=None)
    assert not record_matches(e, Filters(date_from=date(2000, 1, 1)), None)
    assert record_matches(e, Filters(side="US"), None)
    assert not record_matches(e, Filters(), set())  # a search that found nothing


def test_claims_by_source_unattributed_last() -> None:
    from rasd.records import Claim

    e = f.event(claims=(Claim(field="fatalities", value=1), Claim(field="fatalities", value=2, source="SOHR"),
                        Claim(field="injured", value=3, source="AFP")))
    assert [s for s, _ in claims_by_source(e)] == ["AFP", "SOHR", ""]

"""The case list masks identity numbers in its query; the mask must be domain.applicant.mask_id exactly."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, create_engine, literal, select

from counter_app.domain.applicant import mask_id
from counter_app.services.case_list import _masked

# What the projection stores: identity numbers and credit codes as intake cleans them (or none), up to 40.
_STORED = st.one_of(st.none(), st.text(string.ascii_uppercase + string.digits, max_size=40),
                    st.text(string.digits, min_size=17, max_size=17).map(lambda s: s + "X"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(numbers=st.lists(_STORED, min_size=1, max_size=25))
def test_the_query_masks_as_the_domain_does(any_url: str, numbers: list[str | None]) -> None:
    engine = create_engine(any_url)
    try:
        with engine.connect() as db:
            masked = [db.execute(select(_masked(literal(n, String(40))))).scalar_one() for n in numbers]
    finally:
        engine.dispose()
    assert masked == [mask_id(n or "") for n in numbers]


def test_the_edges_of_the_rule(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    with engine.connect() as db:
        def sql(n: str | None) -> str:
            return db.execute(select(_masked(literal(n, String(40))))).scalar_one()

        assert sql("11010519491231002x") == "110105********002X"  # lower case stored: upper case shown
        assert sql("1234567890A") == "123456*890A"  # 11: six, one star, four
        assert sql("1234567890") == "********90"  # 10: only the last two
        assert sql("12") == "**" and sql("") == "" and sql(None) == ""
    engine.dispose()

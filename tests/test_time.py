"""Dates resolve against the article's own years and its publication day."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.vocab import DatePrecision
from ingest.time import DateResolver, ResolvedDate

TEXT = ("Posted 03-06-2021\n\n"
        "Ministers met on 12 March. The talks followed the crisis of February 2019, when "
        "troops crossed the border.\n\nNothing else was said.")


def test_bare_day_month_takes_the_year_named_nearby_not_the_dateline() -> None:
    resolver = DateResolver(TEXT, date(2021, 6, 3))
    assert resolver.resolve("12 March", TEXT.index("12 March")) == ResolvedDate(
        "2019-03-12", DatePrecision.DAY)


def test_without_a_year_in_the_text_the_publication_year_is_used() -> None:
    resolver = DateResolver("Leaders met on May 2 in the capital.", date(2021, 6, 3))
    assert resolver.resolve("May 2", 15).value == "2021-05-02"
    # a month after publication belongs to the year before
    assert resolver.resolve("December 20", 15).value == "2020-12-20"


def test_relative_expressions_count_from_publication() -> None:
    resolver = DateResolver("x", date(2019, 11, 13))  # a Wednesday
    assert resolver.resolve("yesterday").value == "2019-11-12"
    assert resolver.resolve("on Monday").value == "2019-11-11"
    assert resolver.resolve("over the weekend").value == "2019-11-09"
    assert resolver.resolve("last year") == ResolvedDate("2018", DatePrecision.YEAR)
    assert resolver.resolve("two weeks ago").value == "2019-10-30"


def test_full_and_partial_dates_keep_their_precision() -> None:
    resolver = DateResolver("x", None)
    assert resolver.resolve("April 2010") == ResolvedDate("2010-04", DatePrecision.MONTH)
    assert resolver.resolve("June 19, 2024").value == "2024-06-19"
    assert resolver.resolve("2014-02-28").value == "2014-02-28"
    assert resolver.resolve("in 1994").precision is DatePrecision.YEAR
    assert resolver.resolve("the day after") is None
    assert resolver.resolve("31 February 2020") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.integers(min_value=0, max_value=200))
def test_any_expression_resolves_to_an_iso_prefix_or_nothing(expr: str, offset: int) -> None:
    resolved = DateResolver("In 2010 and 2011 things happened.\n\n" + expr, date(2012, 1, 1)).resolve(expr, offset)
    if resolved is not None:
        assert len(resolved.value) in (4, 7, 10)
        assert resolved.value[:4].isdigit()


def test_absurd_publication_dates_resolve_to_nothing_rather_than_fail() -> None:
    assert DateResolver("x", date(9999, 12, 31)).resolve("tomorrow") is None
    assert DateResolver("x", date(1, 1, 1)).resolve("yesterday") is None
    assert DateResolver("x", date(9999, 12, 31)).resolve("next month") is None

"""Dates a question names and the dates a document writes (app/calendar_dates.py)."""
import pytest

from app.calendar_dates import asked_dates, dates_in, holds


@pytest.mark.parametrize("question, named", [
    ("Hvilke beslutninger blev truffet på Vækstforums møde den 2. december 2021?", [(2, 12, 2021)]),
    ("hvem var referent på mødet i juni 2021", [(None, 6, 2021)]),
    ("What did the growth forum decide on 2 December 2021?", [(2, 12, 2021)]),
    ("what happened in November 2010", [(None, 11, 2010)]),
    ("hvad sker der efter 1. januar 2025", []),  # a bound, not the date something happened on
    ("første færge efter juni", []),  # a month alone says too little
    ("hvad kan man søge i maj", []),
    # A document named by its date: the minutes of that meeting, not a bound.
    ("Hvornår holdes det næste bestyrelsesmøde ifølge referatet fra 20. november 2025?", [(20, 11, 2025)]),
])
def test_a_question_names_a_date_with_its_month_and_a_day_or_a_year(question, named):
    assert [(d.day, d.month, d.year) for d in asked_dates(question)] == named


def test_a_month_written_short_with_its_full_stop_is_a_date():
    assert dates_in("EL-300  Metanol og gassikkerhed  30. nov.–2. dec. 2026  3") == {(30, 11, None), (2, 12, 2026)}
    assert dates_in("Vi mar. ikke noget, dec") == set()  # no day, no date


def test_a_document_holds_a_date_in_any_of_the_ways_documents_write_it():
    found = dates_in("Vækstforum Nordkyst – referat af møde 10.06.2021. Næste møde: 2021-09-23. "
                     "Projektet blev igangsat 1. august 2008. We may meet in June.")
    assert found == {(10, 6, 2021), (23, 9, 2021), (1, 8, 2008)}
    june, december = asked_dates("mødet i juni 2021 og mødet den 2. december 2021")
    assert holds(found, june) and not holds(found, december)
    assert not holds(found, asked_dates("i juni 2020")[0])  # the same month of another year


def test_a_span_holds_every_day_in_it():
    """"fra d. 16. august til d. 31. august" holds the 20th; two dates apart hold only themselves."""
    asked = asked_dates("hvis vi melder afbud d. 20 august")[0]
    assert holds(dates_in("Ved afbestilling fra d. 16. august til d. 31. august refunderes 50 %."), asked)
    assert holds(dates_in("Konferencen holdes 19.-21. august 2026."), asked)
    assert not holds(dates_in("Mødet den 16. august og mødet den 31. august."), asked)


@pytest.mark.parametrize("question, root", [
    ("Holder I lukket i påsken 2026?", "påske"),
    ("har i åbent mellem jul og nytår?", "jul"),
    ("Hvornår starter kurset i efteråret 2027?", "efterår"),
    ("are you open at Easter?", "påske"),
    ("Har I lukket i juleferien?", "jul"),  # "juleferielukket" names it
])
def test_a_question_names_a_time_of_year(question, root):
    from app.calendar_dates import asked_times_of_year

    assert [found for _, found, _ in asked_times_of_year(question)] == [root]


@pytest.mark.parametrize("question, root, months", [
    ("hvornår mødes komiteen efter sommerferien", "efter sommer", {8, 9, 10}),  # the holiday's last month on
    ("hvad sker der før jul", "før jul", {10, 11, 12}),
    ("er der møder efter juleferien?", "efter jul", {1, 2, 3}),  # {12, 1} ends in January
])
def test_after_or_before_a_time_of_year_is_the_months_next_to_it(question, root, months):
    from app.calendar_dates import asked_times_of_year

    assert [(found, set(found_months)) for _, found, found_months in asked_times_of_year(question)] == [(root, months)]


def test_a_text_names_a_time_of_year_or_dates_something_in_it():
    from app.calendar_dates import in_time_of_year

    assert in_time_of_year("Vi holder juleferielukket.", "jul", frozenset({12}))
    assert in_time_of_year("Første gang: torsdag d. 11/3-2027.", "forår", frozenset({3, 4, 5}))
    assert not in_time_of_year("Første gang: torsdag d. 11/3-2027.", "efterår", frozenset({9, 10, 11}))
    assert not in_time_of_year("Vi holder lukket fra 22. december 2025.", "påske", frozenset({3, 4}))
    assert not in_time_of_year("Vi er tilbage mandag den 27. juli kl. 8.30.", "jul", frozenset({12}))  # "juli"


def test_a_calendars_day_and_month_hold_the_asked_date():
    """"d. 19 marts" is the calendar's "19/3 kl. 9-12"; "11.02.26" is 11 February 2026."""
    assert holds(dates_in("19/3 kl. 9-12 Digital dokumentation"), asked_dates("kurset d. 19. marts")[0])
    assert dates_in("11.02.26 kl. 9-15 Kursus") == {(11, 2, 2026)}
    assert dates_in("7/5-26  Sensorik i praksis  1.100 kr.") == {(7, 5, 2026)}  # day/month-year of the century

"""Dates that name when the pain started, counted back from ``today``.

Conventions: a weekday is its most recent past occurrence (1-7 days ago,
"last Monday" too), "Friday before last" and "two Mondays ago" a week further
back; a month alone is the middle of its days so far, the 15th of a past month
(the pain began somewhere in it: "since September" in late November is under
12 weeks), the latest one not in the future ("since December" in November is
last December); "early"/"start of" a month is the 1st, "mid"/"end of" the
15th/25th; a holiday is its last occurrence (Easter from python-dateutil;
Victoria Day, the Civic Holiday and the other Canadian long weekends by their
rule, "since school started" the day after Labour Day, "the clocks changed" the
last change); a season is its anchor day - spring Apr 1, summer Jul 1,
autumn/fall Oct 1, winter Jan 1 -, "early summer" a month before it and "late
summer" six weeks after, and "last summer" is the latest anchor at least 90
days back (so in August it means the summer before); a past year alone is
counted in whole years ("since 2019" is 7 years in 2026). "Yesterday"/"last
night" are 1 day, "today"/"this morning" 0, "the other day" 3, "the weekend"
the last Saturday; "the start of the month/week/year" its first day (of last
one with "last"), and "this week/month/year" ("started earlier this month")
its first day too.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import MO, SU, TH, relativedelta
from spacy.tokens import Span

from bot.language.numbers import value

WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|fri)"
MONTH = ("(january|february|march|april|june|july|august|september|october|november|"
         "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
#: "since Monday", and in notes "since: Easter".
_SINCE = "(since|from)? (:)?"
_PART = "(morning|evening|afternoon|night)?"
_EDGE = "(the)? (early|late|mid|beginning|start|end|middle)? (-)? (of)?"
_YEAR = r"/^(19|20)\d\d$/"
_DAY = r"/^\d{1,2}(st|nd|rd|th)?$/"
#: Days of the month in words: "the third of March", "the twenty-first of May".
_DAY_WORDS = {word: n + 1 for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_DAY_WORDS.update({"thirtieth": 30, "thirty": 30, "twenty": 20})
_DAY_WORD = "(" + "|".join(sorted(_DAY_WORDS)) + ")"
_TENS_DAY = "(twenty|thirty) (-)? (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
#: A day and month in figures, only where the order is sure (a day above 12): "since 20.09.".
_NUMERIC_DAY = r"/^\d{1,2}[.\/]\d{1,2}([.\/](\d\d|\d{4}))?\.?$/"
#: Fixed-date days people date things by, besides the great holidays.
_DAYS_OF_THE_YEAR = ("(bonfire night|guy fawkes|guy fawkes night|guy fawkes day|remembrance day|remembrance sunday|"
                     "armistice day|canada day|independence day|patrick 's day|paddy 's day|patricks day|paddys day|"
                     "labour day|labor day|thanksgiving|american thanksgiving|us thanksgiving|victoria day|"
                     "memorial day|family day|civic holiday|simcoe day|mother 's day|mothers day|father 's day|"
                     "fathers day|good friday|easter monday)")
#: A long weekend named by its month, as Canadians say it: the holiday Monday it ends on.
_LONG_WEEKEND_MONTHS = "(may|august|aug|september|sept|october|oct|february|feb)"
#: An ISO date, "2024-11-20" (split at the dashes) or "2024/11/20".
_ISO = re.compile(r"\b((?:19|20)\d\d) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2})\b")

RULES = [
    ("DATE", "", f"{_SINCE} (last|this|this past|on|next)? {WEEKDAY} {_PART}"),
    ("DATE", "", f"{_SINCE} (yesterday|today|tonight) {_PART}"),
    ("DATE", "", f"{_SINCE} (last|this) (night|morning|evening|afternoon|weekend)"),
    ("DATE", "", f"{_SINCE} (over)? the (other day|other night|weekend)"),
    ("DATE", "", f"{_SINCE} (in|around|about)? {_EDGE} {MONTH} {_DAY}? (,)? {_YEAR}?"),
    # "in July, the 20th": the day set after the month.
    ("DATE", "", f"{_SINCE} (in|around|about)? {MONTH} (,)? the {_DAY}"),
    ("DATE", "", f"{_SINCE} (on)? {_YEAR} (-|/|.) /^\\d{{1,2}}$/ (-|/|.) /^\\d{{1,2}}$/"),
    ("DATE", "", f"{_SINCE} (on)? /^(19|20)\\d\\d[\\/.]\\d{{1,2}}[\\/.]\\d{{1,2}}$/"),
    ("DATE", "", f"(since|from|in|early|late|mid|beginning of|start of|end of) may {_DAY}? {_YEAR}?"),
    ("DATE", "", f"{_SINCE} (in)? (early|late|mid) - may {_DAY}? {_YEAR}?"),
    ("DATE", "", f"(since|from|on) (the)? {_DAY} (of)? may {_YEAR}?"),
    ("DATE", "", f"{_SINCE} (the)? {_DAY} (of)? {MONTH} {_YEAR}?"),
    ("DATE", "", f"{_SINCE} (on)? (the)? {_DAY_WORD} (of)? {MONTH} {_YEAR}?"),
    ("DATE", "", f"{_SINCE} (on)? (the)? {_TENS_DAY} (of)? {MONTH} {_YEAR}?"),
    # "since the 3rd": that day of this month, or of the last one if it is still to come.
    ("DATE", "", r"(since|from) the /^\d{1,2}(st|nd|rd|th)$/"),
    ("DATE", "", f"(since|from) {_NUMERIC_DAY}"),
    # "since my holiday in August": the month of the thing the pain began with.
    ("DATE", "", f"since (my|our|the|a) ~3 (in|during|at the end of|at the start of) {MONTH} {_YEAR}?"),
    # "since the flight back from Toronto on the 9th": the day of the month of that event.
    ("DATE", "", r"since (my|our|the|a) ~5 on the /^\d{1,2}(st|nd|rd|th)$/"),
    ("DATE", "", f"{_SINCE} (over|at|around|before|after)? (last|this)? (st|st.|saint)? {_DAYS_OF_THE_YEAR} {_YEAR}?"),
    ("DATE", "", f"{_SINCE} (over|at|around|before|after)? (last|this)? (christmas|xmas|easter|halloween|new year|new years|new year 's|boxing day|valentine 's|valentines) {_YEAR}?"),
    # "the weekend before Thanksgiving", "the week after Christmas": that holiday, moved.
    ("DATE", "", f"{_SINCE} the (day|weekend|week|month) (before|after) (last|this)? (st|st.|saint)? "
                 f"({_DAYS_OF_THE_YEAR[1:-1]}|christmas|xmas|easter|halloween|new year|new years|new year 's|"
                 f"boxing day) {_YEAR}?"),
    ("DATE", "", f"{_SINCE} (in|over|during)? (last|this|the)? {_EDGE} (last|this|the)? (summer|spring|autumn|winter) "
                 f"(of)? {_YEAR}?"),
    ("DATE", "", f"{_SINCE} (in|over|during)? the fall of {_YEAR}"),
    ("DATE", "", f"{_SINCE} (in|over|during)? (the)? (early|late|mid|beginning|start|end|middle) (-)? (of)? "
                 f"(last|this|the)? fall"),
    ("DATE", "", f"{_SINCE} (over|at|around|before|after)? (the)? (last|this)? {_LONG_WEEKEND_MONTHS} "
                 f"(long weekend|2-4|two-four|two four|2 - 4|two - four) (weekend)?"),
    # "since school started", "since the kids went back to school": the day after Labour Day.
    ("DATE", "", "since (the)? (kids|children)? (went|go|got|are)? back to school"),
    ("DATE", "", "since (the)? (start|beginning) of (the)? school (year|term)"),
    ("DATE", "", f"since (the)? school (year|term)? (started|began|start|went back|resumed|restarted) "
                 f"(in)? (september|sept|sep)?"),
    ("DATE", "", f"{_SINCE} (in|over|during)? (last|this) fall"),
    ("DATE", "", f"(since|from|in) {_YEAR}"),
    ("DATE", "", f"{_SINCE} the (start|beginning|middle|end) of (the|this|last) (week|month|year)"),
    # "the week before last", "Friday before last", "two Mondays ago": a week further back.
    ("DATE", "", f"{_SINCE} (on)? (the)? (week|weekend|{WEEKDAY[1:-1]}) before last"),
    ("DATE", "", f"{_SINCE} (two|three|four|2|3|4) {WEEKDAY[:-1]}|mondays|tuesdays|wednesdays|thursdays|fridays|"
                 "saturdays|sundays) ago"),
    # "a few weeks before Halloween", "2 days after Christmas": the holiday, moved.
    ("DATE", "", f"{_SINCE} (a|one|two|three|four|five|six|a few|a couple of|couple of|#num) (days|weeks|months) "
                 f"(before|after) (last|this)? ({_DAYS_OF_THE_YEAR[1:-1]}|christmas|xmas|easter|halloween|new year|"
                 f"new years|new year 's|boxing day) {_YEAR}?"),
    # "since the 20th of last month", "the end of last month".
    ("DATE", "", f"{_SINCE} (on)? the {_DAY} of last month"),
    ("DATE", "", f"{_SINCE} (at|around)? the (end|middle|beginning|start) of last month"),
    # "around the time the clocks changed": the last change of the clocks.
    ("DATE", "", "(since|around|about)? (the time)? (when)? the (clocks|clock) (changed|change|went|fell|sprang|"
                 "go|changed over|went back|fell back|went forward|sprang forward|were changed|were put back|"
                 "were put forward)"),
    # "Started this week", "since earlier this month": from the period's first day.
    ("DATE", "", f"{_SINCE} (earlier|early)? (in)? this (week|month|year)"),
]

_MONTHS = {name: i + 1 for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SEASONS = {"spring": (4, 1), "summer": (7, 1), "autumn": (10, 1), "fall": (10, 1), "winter": (1, 1)}
#: "Early summer" is the season's first month (June), "mid" its anchor, "late" the middle
#: of its last month (mid-August).
_SEASON_EDGES = {"early": relativedelta(months=-1), "beginning": relativedelta(months=-1),
                 "start": relativedelta(months=-1), "late": relativedelta(months=1, days=14),
                 "end": relativedelta(months=1, days=14)}
_HOLIDAYS = {"christmas": (12, 25), "xmas": (12, 25), "natale": (12, 25), "navidad": (12, 25), "boxing": (12, 26), "halloween": (10, 31),
             "valentine": (2, 14), "valentines": (2, 14), "new": (1, 1), "bonfire": (11, 5), "fawkes": (11, 5),
             "remembrance": (11, 11), "armistice": (11, 11), "canada": (7, 1), "independence": (7, 4),
             "patrick": (3, 17), "paddy": (3, 17)}
_DAY_OF_MONTH = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$")


def _latest(month: int, day: int, today: date, at_least: int = 0) -> date:
    """The most recent month/day at least ``at_least`` days before today."""
    for year in (today.year, today.year - 1, today.year - 2):
        candidate = date(year, month, day)
        if (today - candidate).days >= at_least:
            return candidate
    return date(today.year - 2, month, day)


#: Counts of weekdays back: "two Mondays ago".
_HOW_MANY = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _relative_days(words: list[str], today: date) -> float | None:
    text = " ".join(words)
    if "week" in words and text.endswith("before last"):  # its Monday
        return float(today.weekday() + 14)
    weeks_back = ("before" in words and "last" in words) + (
        max((_HOW_MANY.get(word, 1) for word in words), default=1) - 1 if "ago" in words else 0)
    further = 7 * weeks_back
    if "yesterday" in words or "last night" in text:
        return 1.0
    if "today" in words or "tonight" in words or text.endswith(("this morning", "this afternoon", "this evening")):
        return 0.0
    if "other" in words:
        return 3.0
    if "weekend" in words and "long" not in words:
        return float(((today.weekday() - 5) % 7 or 7) + further)
    for index, day in enumerate(_WEEKDAYS):
        if any(len(word) >= 3 and day.startswith(word.rstrip("s")) for word in words):
            return float(((today.weekday() - index) % 7 or 7) + further)
    return None


def _period_start(words: list[str], today: date) -> date | None:
    """The start of this or last week/month/year ("since the start of the month")."""
    back = "last" in words
    if "school" in words:  # "since the school year started" is no calendar year
        return None
    if back and "month" in words and words[-1] == "month" and len(words) > 3:
        # "the 20th of last month", "the end of last month"
        last_month = today.replace(day=1) - timedelta(days=1)
        day = next((int(m.group(1)) for m in map(_DAY_OF_MONTH.match, words) if m), None) or _edge_day(words)
        if day:
            return last_month.replace(day=min(day, last_month.day))
    if "week" in words:
        return today - timedelta(days=today.weekday() + (7 if back else 0))
    if "month" in words:
        first = today.replace(day=1)
        return (first - timedelta(days=1)).replace(day=1) if back else first
    if "year" in words:
        return date(today.year - back, 1, 1)
    return None


#: The day "mid", "the end of", "early" in a month names, in this order where several are said.
_EDGE_DAYS = {"mid": 15, "middle": 15, "end": 25, "late": 25, "early": 1, "beginning": 1, "start": 1}


def _edge_day(words: list[str]) -> int | None:
    return next((day for edge, day in _EDGE_DAYS.items() if edge in words), None)


def _day_in_words(words: list[str]) -> int | None:
    """The day of the month said in words: "third" 3, "twenty first" 21."""
    said = [word for word in words if word in _DAY_WORDS]
    if not said:
        return None
    if said[0] in ("twenty", "thirty") and len(said) > 1:
        return _DAY_WORDS[said[0]] + _DAY_WORDS[said[1]]
    return _DAY_WORDS[said[-1]]


def _numeric_date(words: list[str], today: date) -> date | None:
    """ "20.09." or "20/09/2025", only where a day above 12 tells which is the day."""
    found = next((re.match(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d\d|\d{4}))?\.?$", word) for word in words
                  if re.match(r"^\d{1,2}[./]\d{1,2}", word)), None)
    if not found:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    if first > 12 >= second >= 1 and first <= 31:
        day, month = first, second
    elif second > 12 >= first >= 1 and second <= 31:
        day, month = second, first
    else:
        return None
    if found.group(3):
        year = int(found.group(3)) + (2000 if len(found.group(3)) == 2 else 0)
        return date(year, month, min(day, 28))
    return _latest(month, min(day, 28), today)


#: Holidays on a weekday of their month, as (words, month, day, weekday from that day,
#: days after it):
#: Labour Day the first Monday of September, Thanksgiving the second Monday of October
#: (Canada, where the clinic's defaults are; said as American, the fourth Thursday of
#: November), Victoria Day ("the May long weekend") the Monday before May 25, the
#: Civic Holiday ("the August long weekend") the first Monday of August. A long weekend
#: of a month is its holiday; school starts the day after Labour Day (Ontario).
_MOVING = [
    (re.compile(r"\b(american|us) thanksgiving\b"), 11, 1, TH(+4), 0),
    (re.compile(r"\b(labou?r day|(september|sept) (long weekend|2-4))\b"), 9, 1, MO(+1), 0),
    (re.compile(r"\bschool\b"), 9, 1, MO(+1), 1),
    (re.compile(r"\b(thanksgiving|(october|oct) long weekend)\b"), 10, 1, MO(+2), 0),
    (re.compile(r"\b(victoria day|may (long weekend|2 ?- ?4|two ?-? ?four))\b"), 5, 24, MO(-1), 0),
    (re.compile(r"\bmemorial day\b"), 5, 31, MO(-1), 0),
    (re.compile(r"\b(family day|(february|feb) long weekend)\b"), 2, 1, MO(+3), 0),
    (re.compile(r"\b(civic holiday|simcoe day|(august|aug) long weekend)\b"), 8, 1, MO(+1), 0),
    (re.compile(r"\bmothers?( 's)? day\b"), 5, 1, SU(+2), 0),
    (re.compile(r"\bfathers?( 's)? day\b"), 6, 1, SU(+3), 0),
]
#: The clocks go back on the first Sunday of November and forward on the second Sunday
#: of March (North America); "the clocks changed" is the latest of the two.
_CLOCKS_BACK = (re.compile(r"\bclocks? .*\b(back|changed|change|changed over)\b"), 11, 1, SU(+1), 0)
_CLOCKS_FORWARD = (re.compile(r"\bclocks? .*\b(forward|changed|change|changed over)\b"), 3, 1, SU(+2), 0)
#: Days counted from Easter: Good Friday two days before, Easter Monday one after.
_FROM_EASTER = {"good friday": -2, "easter monday": 1}


def _moving(words: list[str], today: date) -> date | None:
    """The latest day of a holiday that moves with the weekday or with Easter, or None."""
    text = " ".join(words)
    for phrase, shift in _FROM_EASTER.items():
        if phrase in text:
            days = (easter(year) + timedelta(days=shift) for year in (today.year, today.year - 1))
            return next(day for day in days if day <= today)
    clocks = [_latest_of(rule, today) for rule in (_CLOCKS_BACK, _CLOCKS_FORWARD) if rule[0].search(text)]
    if clocks:
        return max(clocks)
    for rule in _MOVING:
        if rule[0].search(text):
            return _latest_of(rule, today)
    return None


def _latest_of(rule: tuple, today: date) -> date:
    """The latest day, not after today, of a holiday rule of ``_MOVING``."""
    _, month, day, weekday, after = rule
    days = (date(year, month, day) + relativedelta(weekday=weekday) + timedelta(days=after)
            for year in (today.year, today.year - 1))
    return next(found for found in days if found <= today)


def _season(word: str, words: list[str], today: date) -> date:
    """The latest day a season (with "early", "mid" or "late") names."""
    edge = next((_SEASON_EDGES[w] for w in words if w in _SEASON_EDGES), relativedelta())
    named = date(2001, *_SEASONS[word]) + edge
    return _latest(named.month, named.day, today, at_least=90 if "last" in words else 0)


def _year_alone(year: int, today: date) -> date:
    """ "Since 2019" is seven years in late 2026, as people count years; "since 2026" is
    the middle of this year's days so far."""
    if year < today.year:
        return today - timedelta(days=365 * (today.year - year))
    return today - (today - date(year, 1, 1)) / 2


def _day_of_month(day: int, today: date) -> date:
    """ "since the 3rd": this month's, or last month's if it is still to come."""
    if day <= today.day:
        return today.replace(day=day)
    last_month = today.replace(day=1) - timedelta(days=1)
    return last_month.replace(day=min(day, last_month.day))


def _calendar_date(words: list[str], today: date) -> date | None:
    iso = _ISO.search(" ".join(words))
    if iso:
        year, month, day = map(int, iso.groups())
        return date(year, month, min(day, 28)) if 1 <= month <= 12 and 1 <= day <= 31 else None
    numeric = _numeric_date(words, today)
    if numeric is not None:
        return numeric
    years = [int(word) for word in words if word.isdigit() and len(word) == 4]
    moving = None if years else _moving(words, today)
    if moving:  # before the month: "the May long weekend", "school started in September"
        return moving
    month = next((number for word in words for name, number in _MONTHS.items()
                  if len(word) >= 3 and name.startswith(word)), None)
    if month is None and not years and words[0] in ("since", "from") and "the" in words:
        day = next((int(m.group(1)) for m in map(_DAY_OF_MONTH.match, words) if m), None) or _day_in_words(words)
        if day and 1 <= day <= 31:
            return _day_of_month(day, today)
    if month is not None:
        days = [int(m.group(1)) for m in map(_DAY_OF_MONTH.match, words) if m] or [
            day for day in [_day_in_words(words)] if day]
        edge = _edge_day(words)
        if days and 1 <= days[0] <= 31:
            day = days[0]
        elif edge:
            day = edge
        else:  # the month alone: the middle of its days so far
            day = (today.day + 1) // 2 if month == today.month and not years else 15
        if years:
            return date(years[0], month, min(day, 28))
        return _latest(month, min(day, 28), today)
    if years:
        # "since the spring of 2023", "since Christmas 2024": that year's day.
        season = next((_SEASONS.get(word) or _HOLIDAYS.get(word) for word in words
                       if word in _SEASONS or word in _HOLIDAYS), None)
        if "easter" in words:
            return easter(years[0])
        moving = _moving(words, date(years[0], 12, 31))
        if moving:
            return moving
        return date(years[0], *season) if season else _year_alone(years[0], today)
    if "easter" in words:
        this_year = easter(today.year)
        return this_year if this_year <= today else easter(today.year - 1)
    for word in words:
        if word in _HOLIDAYS:
            return _latest(*_HOLIDAYS[word], today)
        if word in _SEASONS:
            return _season(word, words, today)
    return None


def calendar_days(words: list[str], today: date) -> float | None:
    """Days since the day a holiday or season in words names ("christmas", "around labour
    day", "the weekend before thanksgiving"), or None; for a date typed alone as an answer."""
    if not any(word in _HOLIDAYS or word in _SEASONS or word == "easter" for word in words) \
            and _moving(words, today) is None:
        return None
    shifted = _shifted(words, today)
    if shifted is not None:
        return shifted
    start = _calendar_date(words, today)
    return None if start is None else float(max((today - start).days, 0))


#: Words of a date that count from the moment itself, not from a calendar day.
_RELATIVE = {"yesterday", "today", "tonight", "other", "night", "morning", "afternoon", "evening"}


#: Weekday names as patients write them, full or short ("since Weds", "on Fri").
_WEEKDAY_NAMES = set(_WEEKDAYS) | set(WEEKDAY.strip("()").split("|"))


def is_calendar(span: Span) -> bool:
    """Whether a date names a calendar day (month, year, weekday, holiday,
    season): its distance depends on the day the message was written. A part
    of a day counts from the moment ("this morning") unless a weekday names
    the day ("on Wednesday afternoon")."""
    return span.label_ == "DATE" and (any(tok.lower_ in _WEEKDAY_NAMES for tok in span)
                                      or not any(tok.lower_ in _RELATIVE for tok in span))


#: How far "the day/weekend/week/month before or after" a holiday is from it.
_SHIFTS = {"day": 1, "weekend": 2, "week": 7, "month": 30}


def _shifted(words: list[str], today: date) -> float | None:
    """Days since "the weekend before Thanksgiving": the holiday, moved by the period."""
    for index, word in enumerate(words[:-2]):
        unit = word[:-1] if word.endswith("s") and word[:-1] in _SHIFTS else word
        if unit in _SHIFTS and words[index + 1] in ("before", "after"):
            holiday = _calendar_date(words[index + 2:], today)
            if holiday is None:
                return None
            counted = [value(w) for w in words[:index] if w != "of" and value(w) is not None]
            step = (counted[-1] if counted and unit != word else 1) * _SHIFTS[unit]
            return float(max((today - holiday).days + (step if words[index + 1] == "before" else -step), 0))
    return None


#: Words after "the weekend" that make it the weekend of an event, not the last one:
#: "the weekend we moved", "the week I started the job".
_OF_AN_EVENT = {"we", "i", "our", "my", "he", "she", "they", "when", "that", "of"}


def names_an_events_day(span: Span) -> bool:
    """"The weekend we moved": a week or weekend an event names, no day counted back."""
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return {tok.lower_ for tok in span} <= _BARE_WEEK and span[-1].lower_ in _BARE_WEEK and after in _OF_AN_EVENT


#: The words of a week or weekend named by nothing but an event after it.
_BARE_WEEK = {"since", "from", "the", "weekend", "week", "day", "that"}


def date_days(span: Span, today: date) -> float | None:
    """Days since the moment a date phrase names, or None when it names none."""
    if names_an_events_day(span):
        return None
    words = [tok.lower_ for tok in span]
    shifted = _shifted(words, today)
    if shifted is not None:
        return shifted
    moving = _moving(words, today)  # before the weekday of "Good Friday"
    if moving is not None and not any(word.isdigit() and len(word) == 4 for word in words):
        return float((today - moving).days)
    relative = _relative_days(words, today)
    if relative is not None:
        return relative
    start = _period_start(words, today) or _calendar_date(words, today)
    return None if start is None else float(max((today - start).days, 0))

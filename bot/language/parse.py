"""Turn one visitor message into ``Facts`` (and where each fact was said).

Each concern module owns its patterns and its choice rule; this module only
runs the shared pipeline once (on the text with everyday misspellings
corrected, see ``spelling``) and hands each concern its entities, already
split into asserted and negated, in the order a correction implies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from bot.language import (
    context, dates, doctor, durations, flags, locations, precautions, radiation, severity, spelling,
    topic,
)
from bot.language.facts import Facts, duration_category
from bot.language.pipeline import get_nlp

#: The most of a message that is parsed: the web channel's own cap
#: (``WidgetOptions.max_message_chars``). Parsing is linear in length, but the
#: negation passes are not, and a 20,000-character paste must not hold a
#: server; whatever matters is said well before 2,000 characters.
MAX_CHARS = 2000

#: Typographic characters replaced one-for-one, so character offsets still
#: point into the text the visitor sent.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})
#: A decimal comma before a unit of time ("1,5 month", as much of Europe writes it) is a
#: point, one character for one.
_DECIMAL_COMMA = re.compile(r"\b(\d{1,2}),(\d)(?=\s*(?:days?|weeks?|wks?|months?|mths?|mos?|years?|yrs?)\b)", re.I)


@dataclass
class Extraction:
    """Facts plus the character span each one came from (for Rasa entities)."""

    facts: Facts
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


def _of(doc: Doc, *labels: str) -> list[Span]:
    return [ent for ent in topic.entities(doc) if ent.label_ in labels]


def _correction_first(spans: list[Span], markers: list[Span]) -> list[Span]:
    """Spans after the last correction marker come first ("actually, my neck")."""
    if not markers:
        return spans
    cut = markers[-1].start
    return [s for s in spans if s.start >= cut] + [s for s in spans if s.start < cut]


#: Words between a correction and the time it takes back: "scratch that about the 2 weeks".
_TAKING_BACK = {"about", "re", "regarding", "on", "the", "that", "what", "i", "said", "of", "my", "bit", "part"}


def _taken_back(span: Span, markers: list[Span]) -> bool:
    """The time a correction names as the one it takes back ("scratch that about the 2
    weeks, it's been more like 2 months"), not the one it gives."""
    lead = next((i for i, tok in enumerate(span) if tok.lower_ not in _TAKING_BACK), len(span))
    for marker in markers:
        if marker.end > span.start:
            continue
        tokens = span.doc[marker.end:span.start + lead]
        # After a stop, "about" is the amount's ("scratch that, about 3 months").
        taking = _TAKING_BACK - {"about"} if any(tok.is_punct for tok in tokens) else _TAKING_BACK
        between = [tok.lower_ for tok in tokens if not tok.is_punct]
        if between and all(word in taking for word in between):
            return True
    return False


def _duration(doc: Doc, today: date, markers: list[Span],
              someone_else: bool) -> tuple[float | None, str | None, Span | None, bool]:
    """(days, category, span, contradicted) for the pain's own duration."""
    candidates = [ent for ent in _of(doc, "DURATION", "DATE", "VAGUE")
                  if (context.belongs(ent, someone_else) or durations.visitor_in_clause(ent))
                  and durations.told_of_pain(ent)
                  and durations.belongs_to_pain(ent)]
    exact = [(ent, durations.days_of(ent, today)) for ent in candidates if ent.label_ != "VAGUE"]
    exact = [(ent, days) for ent, days in exact if days is not None]
    denied = any(context.fact_denied(ent) for ent, _ in exact)
    days_by_start = {ent.start: days for ent, days in exact}
    stated = _correction_first([ent for ent, _ in exact if not context.fact_denied(ent)], markers)
    vague = [ent for ent in candidates if ent.label_ == "VAGUE" and not context.fact_denied(ent)]
    # A time after the pain is said to have come back before one of the
    # earlier episode; exact before vague, and one said of the pain before one with no cue
    # ("lost our dog a year ago, my neck stiff for 2 months"); the time of an
    # injury ("a crash in 2019") or of a worsening ("worse for 2 weeks") is the
    # pain's only when the pain has no time of its own, exact or vague; an
    # amount ("it has been 8 months") before a calendar date ("in March"),
    # which only the day of writing turns into days. The time a spell without the pain
    # ended ("it was fine until 3 weeks ago") dates this episode, before any other. A time after a correction
    # ("4 weeks. actually more like 4 months") goes before all of them, and
    # the time of a pain said to be over ("back pain 2 years ago, which went
    # away") after all of them, as its site is. The time of this flare or episode
    # ("on and off for years, this flare is 10 days old") is this episode's, like the end
    # of a spell of ease.
    cut = markers[-1].start if markers else -1
    ranked = sorted(stated + vague, key=lambda ent: (
        ent.start < cut, _taken_back(ent, markers),
        not (durations.ends_a_spell_of_ease(ent) or durations.times_this_episode(ent)),
        locations.said_as_past(ent),
        durations.before_a_return(ent), durations.dates_an_injury(ent),
        durations.nearest_anchor(ent) == "flare", ent.label_ == "VAGUE", durations.names_no_pain(ent),
        durations.nearest_anchor(ent) != "pain", dates.is_calendar(ent)))
    if ranked:
        chosen = ranked[0]
        if chosen.label_ == "VAGUE":
            return durations.years_since_an_age(chosen), chosen.ent_id_, chosen, denied
        days = days_by_start[chosen.start]
        return days, duration_category(days), chosen, denied
    category, item = durations.listed_vague(doc)
    return None, category, item, False


def _read(text: str) -> tuple[Doc, list[int]]:
    """The pipeline's doc of a message as the parsers read it, and where each of its
    characters came from in the message."""
    corrected, origin = spelling.correct(_DECIMAL_COMMA.sub(r"\1.\2", text[:MAX_CHARS].translate(_PLAIN)))
    return get_nlp()(corrected), origin


def named_days(text: str, today: date | None = None) -> list[tuple[float, tuple[int, int]]]:
    """Days since each day a message names, with its span in the message: for a day
    typed as the answer to "how long?", which dates the start whatever words surround it
    ("right after my holiday in Portugal in September, the 27th")."""
    doc, origin = _read(text)
    found = [(dates.date_days(ent, today or date.today()), ent) for ent in _of(doc, "DATE")]
    return [(days, (origin[ent.start_char], origin[ent.end_char])) for days, ent in found if days is not None]


def extract(text: str, today: date | None = None) -> Extraction:
    """Parse a message and keep the span behind each fact."""
    today = today or date.today()
    doc, origin = _read(text)
    facts = Facts(about_someone_else=context.about_someone_else(doc))
    spans: dict[str, tuple[int, int]] = {}

    def note(name: str, span: Span | None) -> None:
        if span is not None:
            spans[name] = (origin[span.start_char], origin[span.end_char])

    markers = _of(doc, "CORRECTION")
    someone_else = facts.about_someone_else
    of_pain = topic.tells_of_pain(doc)
    places = [ent for ent in _of(doc, "LOCATION")
              if of_pain and ent.ent_id_ in locations.REGIONS and context.belongs(ent, someone_else)
              and not locations.other_sense(ent) and not context.the_readers(ent)]
    stated_places = [ent for ent in places if not context.fact_denied(ent)]
    # A site of a pain that is over comes after one that is not ("my neck
    # used to hurt, now it is my lower back").
    stated_places.sort(key=locations.said_as_past)
    ordered = _correction_first(stated_places, markers)
    place = locations.choose(ordered[:1] if markers else stated_places)
    travels = [ent for ent in _of(doc, "RADIATION") if context.belongs(ent, someone_else)]
    if place is None:
        place = locations.implied([ent for ent in travels if not ent._.negex])
        if place is not None:
            facts.pain_location = "lower_back"
            note("pain_location", place)
        elif of_pain:
            named = locations.named_in(
                [ent for ent in [e for e in _of(doc, "DOCTOR", "FLAG") if e.ent_id_ in ("finding", "trauma")]
                 + doctor.disc_findings(_of(doc, "IGNORE"))
                 if not ent._.negex and context.belongs(ent, someone_else)])
            if named is not None:
                facts.pain_location = named[0]
                note("pain_location", named[1])
    elif place is not None:
        facts.pain_location = place.ent_id_
        note("pain_location", place)
    facts.other_locations = locations.others(ordered, facts.pain_location)

    facts.pain_radiates, facts.radiates_to, span = radiation.resolve(
        [ent for ent in travels if not ent._.negex],
        [ent for ent in travels if ent._.negex] + _of(doc, "STAYS"),
    )
    note("pain_radiates", span)

    # A long story that names no part but tells of pain has the back's times and visits (doctor.pain_unplaced).
    of_some_pain = of_pain or doctor.pain_unplaced(doc)
    days, category, span, duration_denied = (_duration(doc, today, markers, someone_else) if of_some_pain
                                             else (None, None, None, False))
    facts.pain_duration_days, facts.pain_duration_category = days, category
    facts.duration_from_date = span is not None and days is not None and dates.is_calendar(span)
    note("pain_duration_days", span)
    note("pain_duration_category", span)

    # A denied visit ("I have not seen a doctor") in a message about the
    # pain is about the pain wherever it is said; so is every visit in a long
    # message that names no part or problem but a strained body.
    unplaced = doctor.names_nothing_at_all(doc)
    visits = [ent for ent in _of(doc, "DOCTOR") + doctor.disc_findings(_of(doc, "IGNORE"))
              + doctor.level_findings(_of(doc, "LOCATION"))
              if (of_some_pain or unplaced)
              and (not context.is_hypothetical(ent) or doctor.said_done(ent) or doctor.repeated(ent))
              and (topic.near_site(ent) or ((of_pain or unplaced) and doctor.names_nothing_else(doc))
                   or (ent._.negex and facts.pain_location is not None))
              and (not topic.is_long(doc) or context.belongs(ent, someone_else))
              and not context.the_readers(ent) and not (context.asks_whether(ent) and not doctor.said_done(ent))]
    facts.seen_doctor, span = doctor.resolve(
        [ent for ent in visits if not ent._.negex], [ent for ent in visits if ent._.negex], doc, someone_else)
    note("seen_doctor", span)

    facts.pain_severity, span = severity.resolve(
        [ent for ent in _of(doc, "SEVERITY") if not ent._.negex],
        [ent for ent in _of(doc, "SEVERITY_WORD") if not ent._.negex], doc)
    if facts.pain_severity is None:
        facts.pain_severity, span = severity.listed_score(doc)
    note("pain_severity", span)

    named = [ent for ent in _of(doc, "PRECAUTION", "CHEMO_NOW") if precautions.is_precaution(ent)]
    for ent in named:
        if context.asserted(ent, someone_else):
            if ent.ent_id_ not in facts.precautions:
                facts.precautions.append(ent.ent_id_)
            # The last mention is where it is said to apply: "what is a bleeding disorder? I have
            # haemophilia" asks first, then tells.
            note(f"precaution:{ent.ent_id_}", ent)
    for ent in named:
        if ((ent._.negex or ent._.other_experiencer) and ent.ent_id_ not in facts.precautions
                and ent.ent_id_ not in facts.precautions_denied):
            facts.precautions_denied.append(ent.ent_id_)
            note(f"precaution_denied:{ent.ent_id_}", ent)
        if (context.stated(ent) and ent._.other_experiencer and not someone_else
                and ent.ent_id_ not in facts.precautions_of_others):
            facts.precautions_of_others.append(ent.ent_id_)
            note(f"precaution_of_other:{ent.ent_id_}", ent)

    red, unclear = flags.resolve(doc, someone_else, facts.pain_location, today)
    for code, ent in red:
        facts.red_flags.append(code)
        note(f"red_flag:{code}", ent)
    for code, ent in unclear:
        facts.unclear_flags.append(code)
        note(f"unclear_flag:{code}", ent)

    place_denied = len(stated_places) < len(places) and bool(stated_places)
    facts.is_correction = bool(markers) or place_denied or (duration_denied and days is not None)
    return Extraction(facts, spans)


def parse(text: str, today: date | None = None) -> Facts:
    """The facts one visitor message states; ``today`` anchors relative dates."""
    return extract(text, today).facts

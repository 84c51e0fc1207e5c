"""How bad the pain is, on the usual 0-10 scale.

Numbers need a scale or a lead ("7/10", "a 6", "pain is about seven"); they
run in a second ruler that never overrides a duration or an age, so "it's 4
weeks" is a duration and "I'm 45" an age. A lone number 0-10 is read as
severity only when the whole message is that number (an answer to "how bad
is it?"). Words map to fixed scores: mild/slight 3, not too bad 4, moderate 5,
bad 6 ("it's bad", not "bad posture"), really bad/severe 8,
excruciating/unbearable/worst ever 10. "Agony" is how people say it hurts a
lot, no more exact than "it hurts": it gives no score, so the intake asks. A number
beats a word; among words the worst wins; ranges round their midpoint up. Of
several numbers, the one said for now ("currently 4", "a 6 today") or put in
place by a correction ("a 7, wait no, 6") wins, else the first.
"""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc, Span

from bot.language import durations, numbers, topic

#: "de" and "sur" from visitors who mix in Spanish or French ("8 de 10", "6 sur 10").
_OUT_OF_TEN = "(/|out of|outta|outa|oo|over|on a scale of|de|sur)"
_TEN = "(10|ten)"
_SLASH_TEN = r"/^(10|[0-9])\/10$/"
_LEAD = ("(pain|pains|it|its|is|'s|level|rate|rated|rating|score|say|about|around|"
         "maybe|probably|like|roughly|prob|sometimes|usually|normally|currently|only|at|"
         "solid|good|strong|easily|least|most|today|now|generally|mostly)")
_ARTICLE = "(a|an)?"
_RANGES = ["", " (or|-|to|and) (a|an)? #sev"]

NUMBER_RULES = [
    ("SEVERITY", "", f"#sev{tail} {_OUT_OF_TEN} {_TEN}") for tail in _RANGES
] + [
    ("SEVERITY", "", f"{lead}{_SLASH_TEN}") for lead in ("", "#sev (-|to|or) ")
] + [
    ("SEVERITY", "", f"{_LEAD} {_LEAD}? {_LEAD}? {_ARTICLE} (solid|good|strong)? #sev{tail}") for tail in _RANGES
] + [
    ("SEVERITY", "", f"(a|an) (solid|good|strong)? #sev{tail}") for tail in _RANGES
] + [("SEVERITY", "", "between #sev and #sev")]

#: The scale itself named ("0 to 10", "1-10"): no score.
THE_SCALE = re.compile(r"\b(?:0|1|zero|one)\s*(?:to|-|–)\s*(?:10|ten)\b")


def asks_about_the_scale(text: str) -> bool:
    """A question about the 0-10 scale itself ("what does 0 to 10 mean?"): it asks
    for the question to be explained, and is no aside from it."""
    lowered = text.lower()
    return "?" in lowered and bool(THE_SCALE.search(lowered) or re.search(r"\b(what|which) scale\b", lowered))


_ASKING = re.compile(r"^\W*(?:(?:wait|sorry|um|hmm|so|and)\W+)?(?:what|whats|what's|how|is|does|which|explain)\b")


def asks_about_pain_scale(text: str) -> bool:
    """A question about the 0-10 pain scale at any point ("wait what does 7 mean on
    your scale, is that bad?", "whats the scale again"): the scale is explained.
    Broader than `asks_about_the_scale`, which the severity question itself uses,
    where "on your scale I'd say 7?" is an answer said unsure."""
    lowered = text.lower()
    return bool("?" in lowered or _ASKING.search(lowered)) and bool(
        THE_SCALE.search(lowered) or re.search(r"\bscale\b", lowered))


_WORD_SCORES = {
    3: ["(mild|mildly|slight|slightly|minor|niggle|niggly|niggling|low-level|low level)",
        "(a)? (little|bit) (sore|achy|stiff|painful|tender|uncomfortable)"],
    4: ["(not|isn't|is not|it's not|its not|never) (too|that|so|terribly|very)? bad",
        "(manageable|bearable|tolerable|livable)"],
    5: ["(moderate|moderately|medium|middling)"],
    6: ["(quite|pretty|fairly|rather|is|'s|its|was|been|feels|getting|gets) bad",
        "bad (pain|ache|aches|at|today|lately|now|this|again)",
        "(quite|pretty|fairly) (painful|sore)",
        "(hurts|hurt|hurting) (a lot|loads|lots)", "(a lot|lots|loads) of pain"],
    8: ["(really|very|so|super|extremely|incredibly|awfully|terribly|seriously|/^so+$/) (bad|painful|sore|intense)",
        "(severe|severely|terrible|awful|horrible|horrendous|intense|debilitating|crippling)",
        "killing (me|him|her|them)", "hurts like hell"],
    10: ["(excruciating|unbearable|unbearably|excruciatingly)",
         "worst (pain)? (ever|of my life|i've ever had|i have ever had|i've ever felt|i've had)",
         "(off the charts|off the scale|through the roof)"],
}

RULES = [("SEVERITY_WORD", str(score), phrase)
         for score, phrases in _WORD_SCORES.items() for phrase in phrases]
RULES += [("IGNORE", "", "(a|my|his|her|their|the) bad (back|neck)")]

_UNITS_AFTER = {"day", "days", "week", "weeks", "wk", "wks", "month", "months", "year", "years",
                "yrs", "yr", "kg", "kgs", "kilos", "lbs", "pounds", "stone", "am", "pm", "o'clock",
                "%", "times", "hours", "hour", "hrs", "minutes", "mins", "cm", "foot", "feet", "ft",
                "inches", "miles", "km", "kids", "children", "pills", "tablets", "weeks'",
                # "how much is one acupuncture session?": the number counts a thing
                "session", "sessions", "acupuncture", "treatment", "treatments", "visit", "visits",
                "appointment", "appointments", "needle", "needles", "of", "thing", "things", "side",
                "person", "people", "dollars", "bucks"}
_FILLERS = {"about", "around", "maybe", "probably", "like", "roughly", "i'd", "id", "i", "'d",
            "would", "say", "guess", "think", "ish", "-ish", "a", "an", "its", "it", "'s",
            "it's", "prob", "honestly", "hmm", "um", "uh", "ok", "okay", "so", "well", "or",
            "solid", "currently", "now", "right", "today", "rn", "the", "pain", "is", "level",
            "-", "to", "tbh", "tbf", "probs", "prolly", "lol", "haha", "hm", "er", "erm", "reckon", "yeah", "yea",
            "point", "points", "pts"}


_SCALE_MARKERS = {phrase.split()[0] for phrase in _OUT_OF_TEN.strip("()").split("|")}
_VAGUE = {"a", "an", "half", "few", "couple", "several", "dozen", "single", "pair"}


def _round(value: float) -> int:
    return int(min(10, max(0, math.floor(value + 0.5))))


def number_score(span: Span) -> int | None:
    """The severity a numeric phrase states, or None when a unit follows it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _UNITS_AFTER:
        return None
    if _counts_the_unit_before(span):
        return None
    values: list[float] = []
    for token in span:
        word = token.lower_
        if word in _SCALE_MARKERS:
            break
        if word.endswith("/10"):
            values.append(float(word[:-3]))
            break
        value = None if word in _VAGUE else numbers.value(word)
        if value is not None:
            values.append(value)
    values = [v for v in values if v <= 10][:2]
    return _round(sum(values) / len(values)) if values else None


def _counts_the_unit_before(span: Span) -> bool:
    """"It's been a few weeks, maybe three": the number counts the weeks just said."""
    doc = span.doc
    if any(tok.lower_ in _SCALE_MARKERS or tok.lower_.endswith("/10") or tok.lower_ in ("a", "an")
           for tok in doc[span.start:span.end + 2]):
        return False  # "2 months, 5/10", "2 weeks, about a 7"
    i = span.start - 1
    while i >= 0 and span.start - i <= 4 and (doc[i].is_punct or doc[i].lower_ in ("maybe", "probably", "or", "perhaps")):
        i -= 1
    return i >= 0 and span.start - i <= 4 and doc[i].lower_ in _UNITS_AFTER


#: Tokens in one item of a terse list of facts, its full stop included.
_LIST_ITEM = 7


def _numbered(sent: Span) -> bool:
    """An item of a numbered list: "4. Heavy and steady weight loss"."""
    return len(sent) > 2 and sent[0].like_num and sent[1].text == "."


def listed_score(doc: Doc) -> tuple[int | None, Span | None]:
    """A score given as one item of a terse list of facts: "Lower back. 4 weeks. Doesn't
    spread. 6. Saw a doctor.", "neck, 3 days, 5, no spreading" (three short items or
    more, only one a bare number; a numbered list's "6. Weight loss - I realized ..." has
    long items)."""
    items = topic.list_items(doc)
    if len(items) < 3 or any(len(item) > _LIST_ITEM or _numbered(item) for item in items):
        return None, None
    scored = [(score, item) for n, item in enumerate(items)
              if any(not tok.is_punct for tok in item) and not (n and durations.lone_unit(items[n - 1]))
              for score in [bare_score(item)] if score is not None]
    # "3. will I just drop dead?": a number first numbers a list.
    return scored[0] if len(scored) == 1 and scored[0][1].start > 0 else (None, None)


def bare_score(doc: Doc | Span) -> int | None:
    """A message that is only a 0-10 number (with fillers) answers the severity question."""
    found = []
    for token in doc:
        if token.is_punct or token.lower_ in _FILLERS:
            continue
        value = None if token.lower_ in _VAGUE else numbers.value(token.lower_)
        if value is None:
            return None
        found.append(value)
    if not found or len(found) > 2 or any(v > 10 or v != int(v) for v in found):
        return None
    return _round(sum(found) / len(found))


#: Words that put a score at the present ("currently 4", "a 6 today"): the intake
#: asks how bad it is at the moment, not on a bad day.
NOW_WORDS = frozenset({"currently", "now", "today", "tonight", "atm", "rn", "moment", "presently"})
#: Words that take back an earlier score in the same message ("a 7, wait no, 6").
TAKEN_BACK = {"no", "actually", "wait", "correct", "correction", "rather", "mean", "sorry", "scratch", "nearer",
               "closer"}


def _current(scored: list[tuple[int, Span]], doc: Doc) -> tuple[int, Span]:
    """Of several scores, the one for now or the one a correction put in place, else the first."""
    now_words = [t.i for t in doc if t.lower_ in NOW_WORDS]
    # Each "now" word belongs to the score nearest to it (on a tie, the one before it:
    # "a 5 right now and 7 at night").
    near_now = {min(range(len(scored)), key=lambda n: (_distance(scored[n][1], k), scored[n][1].start > k))
                for k in now_words}
    if near_now:
        return scored[max(near_now)]
    corrected = [n for n in range(1, len(scored))
                 if any(t.lower_ in TAKEN_BACK for t in doc[scored[n - 1][1].end:scored[n][1].start])
                 or _settled_on(doc[scored[n - 1][1].end:scored[n][1].start + 1])
                 or _said_before_but(scored[n - 1][1], scored[n][1])]
    return scored[corrected[-1] if corrected else 0]


#: Words that settle on one score of a range just given: "between 3 and 4. Call it 3".
_SETTLING = {("call", "it"), ("make", "it"), ("go", "with"), ("settle", "on"), ("put", "it"), ("say", "it's")}


def _settled_on(between: Span) -> bool:
    """`between` runs from the earlier score to the first word of the later one
    ("between 4 and 5, say 4": ", say")."""
    words = [t.lower_ for t in between]
    return words[-1:] == ["say"] or any(pair in _SETTLING for pair in zip(words, words[1:]))


#: "Before I said 8 but it is 6", non-native "before i say 8 but is 6": an earlier
#: answer reported, then put right ("a 5 but 7 at night" and "I'd say 3 but ..." report none).
_SAID = {"said", "wrote", "typed", "put", "gave", "told"}
_BEFORE = {"before", "earlier", "previously", "already"}
_SAID_WINDOW = 4


def _said_before_but(earlier: Span, later: Span) -> bool:
    doc = earlier.doc
    lead = {t.lower_ for t in doc[max(0, earlier.start - _SAID_WINDOW):earlier.end]}
    reported = bool(lead & _SAID) or ("say" in lead and bool(lead & _BEFORE))
    return reported and any(t.lower_ == "but" for t in doc[earlier.end:later.start])


def _distance(span: Span, index: int) -> int:
    """Tokens between a score and a word; a comma or full stop between them counts as far."""
    between = span.doc[span.end:index] if index >= span.end else span.doc[index + 1:span.start]
    return len(between) + 1 + (10 if any(t.is_punct for t in between) else 0)


def resolve(numeric: list[Span], words: list[Span], doc: Doc) -> tuple[int | None, Span | None]:
    """Pick the score: a stated number first (the one for now, or as corrected), else the
    worst word, else a bare number."""
    scored = [(score, span) for span in numeric for score in [number_score(span)] if score is not None]
    if scored:
        return _current(scored, doc)
    if words:
        worst = max(words, key=lambda ent: int(ent.ent_id_))
        return int(worst.ent_id_), worst
    return bare_score(doc), None

"""Whether a finding is told as an episode that is over.

Real patient text tells symptoms as stories: "I had a fever after the jab
but it went away", "I was suicidal after my divorce, I'm in a much better
place now", "I attempted suicide in 2015". Such a mention is neither a sign
stated now nor nothing at all: it deserves the one clarifying question ("is it
back?"), never the emergency advice and never silence. This module reads the
three cues that say so (the ConText "historical" category in the words people
use, beyond the "used to" and "years ago" triggers of ``scopes``):

- a resolution said after the mention, in its sentence ("but it went away",
  "she's fine now", "it cleared up");
- a recovery said anywhere after it in the message ("I'm in a better place
  now", "I survived", "I got help");
- a past tense in its clause ("I was", "I tried", "went through") together
  with a time that puts it weeks back ("in 2015", "three years ago", "last
  summer") or a recovery.

Drug reviews add the side effect that ended: a treatment that ended it ("it
controlled my suicidal thoughts", "has eliminated all symptoms") and a spell
the sentence closes ("suicidal urges for those couple of days").

``flags.resolve`` uses them to turn what would be a flag into a question.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from bot.language import durations

#: Said after a finding: it has gone. "but it went away", "she's fine now".
_RESOLVED = re.compile(
    r"\b(went away|gone away|has gone|have gone|is gone|was gone|cleared up|cleared|resolved|"
    r"(?:got|get|getting|is|are|was|'s|s|am|'m) better|recovered|settled down|"
    r"(?:is|are|was|'s|s|am|'m|feel|feels|felt) (?:fine|ok|okay|alright|all right|good|normal) now|"
    # someone else unhurt: "my daughter had a bad fall today, but she's fine"
    r"(?:she|he|they) (?:is|was|are|were|'s|s|'re) (?:totally |completely |absolutely )?(?:fine|ok|okay|alright|"
    r"all right|unhurt|uninjured|not hurt)|"
    r"(?:back to|returned to) normal|passed after|went down|came down|broke after|subsided|disappeared|long gone|"
    r"(?:was|were|is|are|has been|had been|have been) (?:much |greatly |quickly )?reduced|"
    r"(?:'s|s) gone|sorted (?:that|it|them|those) out|banished|"
    r"no longer (?:occurs?|occurring|happens?|happening|present|there|bothers? me|an issue|a problem))\b")
#: Said right after a finding, of the finding itself: "my suicidal thoughts
#: have ceased", "the fever stopped.", "fever and aches gone." ("stopped due to
#: ..." is the drug stopped).
_ENDED = re.compile(r"^(?:[\w']+ ){0,2}(?:ceased|vanished|faded|(?:stopped|gone)(?= *(?:[.,;!]|and\b|but\b|now\b|$)))")

#: Told after a self-harm mention: that time is over.
_RECOVERY = re.compile(
    r"\b((?:in a|a) (?:\w+ )?(?:better|good|healthier|safer|happier) (?:place|space|spot)|"
    r"(?:doing|feel|feeling|am|i'm|im) (?:much|a lot|so much|way)? ?better(?: now)?|"
    r"(?:after|since|once) (?:i )?(?:stopping|stopped|quitting|quit|coming off|came off|getting off|got off|"
    r"not taking) "
    r"(?:[\w'%]+ ){0,8}?(?:better|fine|normal|myself again|back to myself|back to normal)|"
    r"(?:i'm|im|i am) (?:ok|okay|fine|alright|all right|good|safe) now|"
    r"recovered|recovering|recovery|survived|survivor|overcame|overcome|overcoming|got (?:me |us )?through|"
    r"came through|pulled through|got over|made it through|came out of it|got (?:the )?help|"
    r"(?:helped|saved) me|(?:therapy|counselling|counseling|treatment|medication|meds|support) (?:has |really |eventually )?helped|(?:i will |i'll |i would |i'd )?never (?:\w+ ){0,4}again|still here|glad i|thankful|grateful|"
    r"in good health|back to (?:my )?(?:old )?(?:self|normal)|(?:i've|i have|ive) since|"
    r"(?:clean|free) (?:from|of)|years clean|months clean)\b")

#: Verbs and auxiliaries that put what follows in the past.
_PAST_WORDS = {"was", "were", "had", "tried", "attempted", "went", "made", "survived", "did", "became", "intended",
               "felt", "got", "started", "struggled", "considered", "contemplated", "thought", "used", "caused", "led",
               "ended", "spent", "landed", "wound", "wanted", "said", "believed", "knew", "decided"}
#: Words that make a past-tense mention reach now ("I was suicidal last
#: night", "I've been suicidal since").
_NOW_WORDS = {"now", "again", "still", "currently", "today", "tonight", "yesterday", "lately", "recently",
              "night", "morning", "week", "weekend", "days", "hours", "since", "keep", "keeps", "am", "'m",
              "'ve", "have", "has", "been"}
_YEAR = re.compile(r"^(19|20)\d\d$")
#: A mention dated further back than this is an episode that is over (a
#: fever "last month" is not this one).
OVER_AFTER_DAYS = 14


def _sentence_after(ent: Span) -> str:
    return " ".join(t.lower_ for t in ent.doc[ent.end:ent.sent.end])


#: Words just before a resolution or recovery that deny or only hope for it
#: ("it never went away", "hasn't helped me", "try to get better").
_NOT_SO = {"never", "not", "n't", "nt", "hasn't", "hasnt", "didn't", "didnt", "won't", "wont", "to", "will",
           "can", "could", "should", "would", "might", "may", "hope", "if", "cannot", "can't", "cant"}


def _said(pattern: re.Pattern, text: str) -> bool:
    """A match of ``pattern`` in ``text`` not denied or merely hoped for."""
    return any(not set(text[:match.start()].split()[-2:]) & _NOT_SO for match in pattern.finditer(text))


def resolved(ent: Span) -> bool:
    """A resolution follows the mention in its sentence: "a fever after the
    jab but it went away". "it never went away" and "have not ceased" are
    no resolution."""
    after = _sentence_after(ent)
    ended = _ENDED.match(after)
    return _said(_RESOLVED, after) or bool(ended) and not set(ended.group(0).split()) & _NOT_SO


#: A treatment said to have ended it, just before the mention: "it
#: controlled my mania and suicidal thoughts", "the tablets got rid of my fever".
_ENDED_BY = re.compile(r"\b(controlled|controls|eliminated|eliminates|got rid of|gets rid of|took away|takes away|"
                       r"cured|cures|stopped|stops|relieved|relieves|cleared|clears|banished|banishes|"
                       r"prevents|prevented|keeps away|kept away)\b")
#: A subject before the verb other than the treatment ("I stopped ... and
#: became suicidal") ends the reach of the verb.
_NEW_SUBJECT = {"i", "i'm", "im", "i've", "ive", "he", "she", "they", "we", "then", "but", ".", ";", "!", "?"}


def treated_away(ent: Span) -> bool:
    """A treatment ended the finding: its verb comes before the mention in
    the same run of nouns ("controlled my anxiety and suicidal thoughts")."""
    before: list[str] = []
    for word in reversed(_clause_before(ent, 8)):
        if word in _NEW_SUBJECT:
            break
        before.insert(0, word)
    return _said(_ENDED_BY, " ".join(before))


#: Every symptom said to be gone, later in the message: "has eliminated all
#: symptoms", "all her symptoms have gone".
_ALL_GONE = re.compile(r"\b((?:eliminated|cleared|resolved|got rid of|took away) (?:all|most) (?:of )?"
                       r"(?:my |her |his |the |their )?symptoms|(?:all|the|these|those) (?:my |her |his |the |their )?"
                       r"symptoms (?:have |are |were |had )?(?:gone|ceased|disappeared|resolved|stopped|alleviated|subsided|"
                       r"went away))\b")
#: Said after a word, later in the message: it ended ("low grade fever ...
#: fever and aches gone", "the fever was reduced"); the word is checked to be
#: one of the finding's own sign.
_GONE_LATER = re.compile(r"\b(?=([\w']+) (?:[\w']+ ){0,3}?(?:(?:was|were|is|are|has|have|had) )?(?:been )?"
                         r"(?:gone|reduced|went down|came down|broke|subsided|disappeared|cleared|resolved|alleviated)\b)")


def all_symptoms_gone_after(ent: Span) -> bool:
    """Later in the message every symptom, or the finding by a word of its
    own sign ("shivers and a fever ... the fever broke"), is said to have ended."""
    later = " ".join(t.lower_ for t in ent.doc[ent.end:])
    if _said(_ALL_GONE, later):
        return True
    names = {other[-1].lower_ for other in ent.doc.ents if other.ent_id_ == ent.ent_id_ and other.start >= ent.start}
    return any(match.group(1) in names and not set(later[:match.start()].split()[-2:]) & _NOT_SO
               for match in _GONE_LATER.finditer(later))


#: A spell fixed in the past by its own words: "for those couple of days",
#: "for the next two days", "during that week".
_CLOSED_SPELL = re.compile(r"\b(?:for|during|over|in) (?:those|the next|the following|that) (?:(?:couple|few) (?:of )?|"
                           r"\w+ )?(?:days?|weeks?|months?|nights?)\b")


def closed_spell(ent: Span) -> bool:
    """Told in the past tense within a spell its sentence closes: "I had a
    fever for the next two days", "suicidal urges for those couple of days"."""
    sentence = " ".join(t.lower_ for t in ent.sent)
    return bool(set(_clause_before(ent)) & _PAST_WORDS) and bool(_CLOSED_SPELL.search(sentence))


def over(ent: Span) -> bool:
    """Any cue that the finding was had and has ended."""
    return resolved(ent) or treated_away(ent) or all_symptoms_gone_after(ent) or closed_spell(ent)


def recovery_after(ent: Span) -> bool:
    """A recovery is told after the mention, anywhere in the message."""
    return _said(_RECOVERY, " ".join(t.lower_ for t in ent.doc[ent.end:]))


def _clause_before(ent: Span, size: int = 6) -> list[str]:
    return [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - size):ent.start]]


def told_as_past(ent: Span) -> bool:
    """A past tense in the clause before the mention or opening it ("I was
    suicidal", "attempted suicide"), and nothing that brings it to now."""
    before = _clause_before(ent)
    words = set(before) | {t.lower_ for t in ent[:1]}
    near = set(before) | {t.lower_ for t in ent} | set(_clause_after(ent))
    return bool(words & _PAST_WORDS) and not near & _NOW_WORDS


def said_in_past(ent: Span) -> bool:
    """Told as past (``told_as_past``), or with the past verb inside the
    mention itself ("my legs gave way"), and nothing bringing it to now."""
    near = set(_clause_before(ent)) | {t.lower_ for t in ent} | set(_clause_after(ent))
    return told_as_past(ent) or bool({t.lower_ for t in ent} & (_PAST_WORDS | {"gave", "went", "lost"})) and not near & _NOW_WORDS


#: A time frame long past set anywhere in the message: a story told of then
#: ("When I was in the navy ... I was suicidal").
_PAST_FRAME = re.compile(
    r"\b(when i was|at a (?:younger|young|early) age|years ago|as a (?:kid|child|teen|teenager)|back then|"
    r"in the past|before i was diagnosed|in (?:middle|high) school|"
    r"in (?:the )?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth) grade|before (?:starting|taking|i started|i took|i began|going on)|"
    r"(?:in|through|during|throughout) (?:my|his|her) (?:early |late |mid )?(?:teens|teenage years|twenties|20s|"
    r"childhood|school years|youth)|there was a time|at one time|at one point|"
    r"in the (?:[a-z.]+ ){0,2}(?:military|army|navy|service|marines|air force)|"
    r"growing up|in (?:19|20)\d\d)\b")


#: What was said back then, quoted: "my response was "I don't want to be here"".
_SAID_THEN = {"said", "told", "replied", "answered", "wrote", "asked", "response", "reply", "answer", "screamed",
              "shouted", "yelled", "cried"}
_QUOTES = ('"', "“", "”")


def quoted_then(ent: Span) -> bool:
    """Inside quotation marks opened just after a word of saying in the past
    ("I said", "my response was"): words reported, in a story told of then."""
    text = ent.doc.text[ent.sent.start_char:ent.start_char]
    opened = max(text.rfind(q) for q in _QUOTES)
    if opened < 0 or sum(text.count(q) for q in _QUOTES) % 2 == 0:
        return False
    return bool(set(text[:opened].lower().split()[-3:]) & _SAID_THEN)


def past_frame(ent: Span) -> bool:
    """The message sets its story in a time long past."""
    return bool(_PAST_FRAME.search(ent.doc.text.lower()))


#: Words that bring a story back to now: "For the past few months ...", "these days".
_BACK_TO_NOW = {"now", "nowadays", "recently", "lately", "currently", "today", "yesterday", "tonight", "these",
                "this", "past", "last", "since"}


def story_set_long_ago(ent: Span) -> bool:
    """A time long past is set before the mention ("Years ago ... I had a
    high fever") and nothing between them brings the story back to now (a
    time said, "for the past few months", "these days")."""
    doc = ent.doc
    frames = [m for m in _PAST_FRAME.finditer(doc.text.lower()) if m.end() <= ent.start_char]
    if not frames:
        return False
    between = doc.char_span(frames[-1].end(), ent.start_char, alignment_mode="expand")
    if between is None:
        return True
    return not ({t.lower_ for t in between} & _BACK_TO_NOW
                or any(e.label_ in ("DURATION", "DATE") for e in between.ents))


def _clause_after(ent: Span, size: int = 6) -> list[str]:
    """Up to ``size`` words after the mention, to the end of its clause."""
    words = []
    for token in ent.doc[ent.end:min(ent.sent.end, ent.end + size)]:
        if token.lower_ in _CLAUSE_ENDS:
            break
        words.append(token.lower_)
    return words


_CLAUSE_ENDS = {",", ";", ":", "-", "but", "and", "so", "because", "though", "although", "now"}
#: Said just before the mention: what follows is over ("clean from self-harm").
_GOT_PAST = re.compile(r"\b(clean from|free of|free from|survived|survivor of|overcame|overcome|overcoming|"
                       r"recovered from|recovering from|recovery from|got over|beat|beaten)\b")


def got_past(ent: Span) -> bool:
    """The clause before the mention says it was overcome: "three years
    clean from self-harm", "I survived a suicide attempt"."""
    return bool(_GOT_PAST.search(" ".join(_clause_before(ent))))


def lasted(ent: Span, today: date, days: float = OVER_AFTER_DAYS) -> bool:
    """A length of time in the mention's sentence longer than ``days`` ("for
    years, I had suicidal thoughts"): with a past tense, a spell that ended."""
    if any(e.label_ == "VAGUE" and e.ent_id_ == "chronic" for e in ent.sent.ents):
        return True  # "for years", "for ages"
    lengths = [durations.days_of(e, today) for e in ent.sent.ents if e.label_ == "DURATION"]
    return any(length is not None and length > days for length in lengths)


#: A past time said without a number: "a while back", "some time ago", "a very long time ago".
_VAGUE_PAST = re.compile(r"\b(?:a (?:little |long |good )?while|some (?:time|years|months)|ages"
                         r"|a (?:very |really )?long time|long|many (?:years|moons)) (?:back|ago)\b")


def dated_past(ent: Span, today: date, days: float = OVER_AFTER_DAYS) -> bool:
    """A time in the mention's sentence puts it more than ``days`` back
    ("in 2015", "three years ago", "last summer"); "for the last month" or
    "since last week" is still going."""
    if any(_YEAR.match(t.text) and int(t.text) < today.year for t in ent.sent):
        return True
    if _VAGUE_PAST.search(ent.sent.text.lower()):
        return True
    return any(_time_past(time, today, days) for time in ent.sent.ents)


def _time_past(time: Span, today: date, days: float = OVER_AFTER_DAYS) -> bool:
    """A DATE or DURATION that puts a point more than ``days`` back ("in
    March", "three years ago", "last summer"), not a spell up to now."""
    if time.label_ not in ("DURATION", "DATE"):
        return False
    words = [t.lower_ for t in time]
    before = time.doc[time.start - 1].lower_ if time.start > 0 else ""
    after = time.doc[time.end].lower_ if time.end < len(time.doc) else ""
    past = ("ago" in words or after in ("back", "ago", "earlier", "before")  # "3 weeks back"
            or (words[0] == "last" and before not in ("the", "since", "for", "past", "over"))
            or (time.label_ == "DATE" and {before, words[0]} & {"in", "on", "back", "around", "during"}))
    length = durations.days_of(time, today)
    return past and length is not None and length > days


#: How an illness story opens in the past: "at the start", "when this
#: started", "it all began", "my first flare".
_ONSET = re.compile(r"\b(?:at the (?:start|beginning)|in the beginning|back when|"
                    r"when (?:this|it|all this|all of this|the \w+) (?:first )?(?:started|began|kicked off)|"
                    r"it (?:all )?(?:started|began)|my first (?:episode|flare|flare-up|flare up|attack|bout)|"
                    r"the first (?:episode|flare|attack|bout))\b")
#: Words that bring a story back to now between its frame and the mention.
_NOW_AGAIN = {"now", "nowadays", "recently", "lately", "currently", "today", "yesterday", "tonight", "these", "since",
              "still"}
#: Cues that a mention is told as happening now, not as part of the story.
_TOLD_NOW = {"now", "still", "currently", "today", "tonight", "again", "'ve", "ve", "have", "has", "am", "'m", "keep",
             "keeps", "since", "lately", "recently", "is", "are"}
_TOLD_PAST = _PAST_WORDS | {"remember", "remembered", "gave", "went", "lost", "developed", "ran"}


_SPELL = {"for", "over", "during", "about", "around"}
#: A story's time frame must be this far back: a fever "after the back pain
#: started three weeks ago" may be this illness, and stays a sign.
STORY_DAYS = 42


def told_in_a_dated_story(ent: Span, today: date) -> bool:
    """Told in the past tense in a story the message dates before it ("I
    was diagnosed in March after food poisoning. I had a high fever for 4
    days", "At the start I had a temperature", "It all began in 2016. I
    remember the fever"), with nothing between that brings it to now: an
    episode of the illness's start, not a sign now (ConText's HISTORICAL,
    by a time cue earlier in the message)."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 8):ent.start]]
    near = set(before) | {t.lower_ for t in ent} | set(_clause_after(ent))
    if not (set(before) | {t.lower_ for t in ent}) & _TOLD_PAST or near & _TOLD_NOW:
        return False
    frames = [time.end_char for time in doc.ents if time.end <= ent.start and _time_past(time, today, STORY_DAYS)]
    frames += [t.idx + len(t) for t in doc[:ent.start] if _YEAR.match(t.text) and int(t.text) < today.year]
    lengths = [durations.days_of(e, today) for e in doc.ents if e.label_ in ("DURATION", "DATE")]
    points = [e for e in ent.sent.ents if e.label_ in ("DURATION", "DATE")
              and not {e[0].lower_, doc[e.start - 1].lower_ if e.start > 0 else ""} & _SPELL]
    if any(length is not None and length <= STORY_DAYS for length in (durations.days_of(e, today) for e in points)):
        return False  # "I had a fever last week": dated in its own sentence, recently ("for 4 days" is a spell)
    if any(length is not None and length > STORY_DAYS for length in lengths):
        # "I've had scleritis for 2 years. At the start I had a temperature"
        frames += [m.end() for m in _ONSET.finditer(doc.text.lower()) if m.end() <= ent.start_char]
    if not frames:
        return False
    between = doc.char_span(max(frames), ent.start_char, alignment_mode="expand")
    return between is None or not ({t.lower_ for t in between} & _NOW_AGAIN
                                   or any(e.label_ in ("DURATION", "DATE") and not _time_past(e, today)
                                          for e in between.ents))

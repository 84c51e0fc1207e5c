"""Answers to the question just asked: read before the message is treated as anything else.

A visitor who types "Email", "mornings" or "nope" is answering the question on
screen, whatever intent the classifier gives those words. So while a question
is pending, its own parser reads the message first (`read_answer`); only a
message that is not an answer to it may be an aside (a question, a request).

Each parser says what the message answers, or None. They take the language
layer's entities (facts already understood), the classifier's intent (for
yes/no), and the choices the question offers (its buttons' titles and
values), so a button title typed as words works like the tap.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Union

from bot.intake import FACT_SLOTS
from bot.language.dates import calendar_days
from bot.language.doctor import said_for_something_else
from bot.language.durations import UNIT_DAYS
from bot.language.facts import duration_category
from bot.language.parse import extract, named_days
from bot.language.numbers import SCORE_NUMBER, states_a_number, value as numbers_value
from bot.language.pipeline import CORRECTION_PHRASES
from bot.language.severity import NOW_WORDS, TAKEN_BACK, THE_SCALE, asks_about_the_scale
from bot.language.spelling import PICTURES, key_slip, letter_slip
from bot.leads.validation import InvalidValue, check_name, clean_text
from bot.short_answers import answer_words, location_answer


@dataclass
class Message:
    """What the assistant knows of one visitor message."""

    text: str
    intent: Optional[str] = None
    entities: List[Mapping[str, Any]] = field(default_factory=list)

    def values(self, entity: str) -> List[Any]:
        found: List[Any] = []
        for item in self.entities:
            if item.get("entity") == entity and item.get("value") not in found:
                found.append(item.get("value"))
        return found

    def span_text(self, entity: str) -> str:
        """The words an entity was read from (the whole message if unknown)."""
        for item in self.entities:
            if item.get("entity") == entity:
                start, end = item.get("start"), item.get("end")
                if isinstance(start, int) and isinstance(end, int) and end > start:
                    return self.text[start:end]
        return self.text


#: A choice offered with the question: (title shown, value it sets).
Choice = tuple


def words(text: str) -> List[str]:
    return re.sub(r"[^\w\s'@.+-]", " ", text.lower()).split()


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


_YES = {"yes", "yeah", "yea", "ya", "yah", "yh", "ye", "yep", "yup", "y", "yes please", "sure", "ok", "okay",
        "k", "of course", "i agree", "agree", "i do", "correct", "right", "absolutely", "i accept",
        "accept", "go ahead", "fine", "that's fine", "yess", "yse", "ys", "yeh", "aye", "certainly",
        "i have", "it does", "he has", "has", "did", "i did", "go for it", "i consent", "consent", "agreed",
        "alright", "all right", "sometimes", "it does sometimes", "at times", "occasionally", "only sometimes",
        "no problem", "no problems", "no worries", "no prob", "not a problem", "why not", "once",
        "i don't mind", "i dont mind", "i do not mind", "don't mind", "dont mind", "no objection", "no objections",
        # other languages' yes and phone spellings of okay
        "si", "sí", "ja", "oui", "da", "haan", "han", "tak", "sim", "naam", "sì", "opo", "oo", "sige", "okey", "oki", "okie", "okey dokey", "acceptable",
        "that is acceptable", "that's acceptable", "definitely", "indeed", "totally", "perfect", "great",
        "cool", "exactly", "affirmative", "gladly", "sounds good", "that works", "do it", "tamam", "evet",
        "fine by me", "happy to", "happy for you to", "very well", "you may", "you can", "please do",
        "go on then", "that's ok", "that is fine", "pass it on", "pass them on", "by all means", "feel free",
        "go on", "pass it along", "pass them along", "send it", "send it on", "share it", "go ahead and share",
        "permission granted", "you have my permission", "you have my consent", "i give my consent",
        "i give permission", "i give my permission", "fair enough", "sure thing", "no objection", "no objections"}
_NO = {"no", "nope", "nah", "n", "not yet", "no thanks", "no thank you", "not really", "never",
       "i have not", "i haven't", "haven't", "havent", "it does not", "it doesn't", "doesn't",
       "dosent", "doesnt", "not", "none", "i don't", "i do not", "i disagree", "no way", "negative",
       "not as yet", "no i have not", "nop", "noo", "not any", "nein", "non", "nahi", "nahin", "nie", "não", "nao", "hindi"}
_LEAD_INS = re.compile(r"^(?:(?:well|um|uh|er|oh|ah|hmm|hm|honestly|actually|sorry|tbh|to be honest|i think|i guess|i'd say|i would say|"
                       r"i should think|perhaps|maybe|probably|it's|its|it is|that's|that is|"
                       r"my|the|answer is|for me)\s+)+")


def yes_no(message: Message) -> Optional[bool]:
    """Yes or no to a yes/no question, in the words people type (or the classifier's word)."""
    if message.text.startswith("/"):  # a tapped button's payload
        return {"affirm": True, "deny": False}.get(message.intent or "")
    text = _yes_no_words(message.text)
    signs = {_EMOJI_ANSWERS.get(ch) for ch in message.text if ch in _EMOJI_ANSWERS}
    around = set(text.split())
    if len(signs) == 1 and len(around) <= 2 and not around & (_NO_WORDS if True in signs else _YES_WORDS):
        return signs.pop()  # "👍", "bet 👍"
    if _REFUSAL.search(text):
        return False
    unsure = bool(_UNSURE.search(text))
    short = _LEAD_INS.sub("", " ".join(_UNSURE.sub(" ", text).split()) + " ").strip()
    if not short:  # "hmm", "not sure tbh": no answer, whatever the classifier made of it
        return None
    opened = _opening_answer(short)
    if opened is not None:
        return opened
    # One mistyped word: "havnt", "yess", "nopee".
    if len(short.split()) == 1:
        close = difflib.get_close_matches(short, _ONE_WORD_ANSWERS, n=1, cutoff=0.8)
        if close:
            return close[0] in _YES
    # A short answer with words of one side only: "Very well, yes.", "no is only back".
    said = set(short.split()) if len(short.split()) <= 6 else set()
    yes, no = bool(said & _YES_WORDS), bool(said & _NO_WORDS)
    if yes != no:
        return yes
    in_a_sentence = _sentence_answer(message.text)
    if in_a_sentence is not None:
        return in_a_sentence
    closing = None if unsure else _CLOSING_ANSWER.search(short)
    if closing:  # "I am pleased to say that it does not."
        return not closing.group(1)
    last_word = None if unsure else _CLOSING_WORD.search(message.text.lower())
    if last_word:  # "if that's how it works then yes", "as long as they don't spam me, sure"
        return last_word.group(1) not in _NO
    if unsure or len(short.split()) == 1 and short.isalpha():
        return None  # a lone word that is no yes or no ("Rory") is not the classifier's to decide
    if message.intent == "affirm":
        return True
    if message.intent == "deny":
        return False
    return None


def _yes_no_words(text: str) -> str:
    """The words of a yes/no answer, lower case, without punctuation but apostrophes."""
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def _opening_answer(short: str) -> Optional[bool]:
    """The yes or no the words open with ("yes please", "no i have not")."""
    for size in (4, 3, 2, 1):
        head = " ".join(short.split()[:size])
        if size > 1 and head in _YES and short.split()[size:size + 1] == ["not"]:
            return None  # "you may not"
        if head == "i do" and short.split()[size:size + 1] and short.split()[size] not in _YES_WORDS | {"please", "thanks"}:
            return None  # "I do take Plavix though" says something else
        if head in _YES:
            return True
        if head in _NO:
            return False
    return None


#: Joining words a sentence may open with before its yes or no ("And yes, ...").
_JOINERS = re.compile(r"^(?:(?:and|but|so|also|then|anyway|anyways)\s+)+")


def _sentence_answer(text: str) -> Optional[bool]:
    """A yes or no that opens one sentence of a longer message, when no other
    sentence opens with the opposite: "Oh wait, I forgot, I'm on Eliquis. Sorry.
    And yes, you can pass it on."
    """
    found = set()
    for sentence in re.split(r"[.!?;]+", text):
        said = " ".join(_UNSURE.sub(" ", _yes_no_words(sentence)).split())  # "not sure, ..." opens with no "not"
        opened = _opening_answer(_LEAD_INS.sub("", _JOINERS.sub("", said + " ")).strip())
        if opened is not None:
            found.add(opened)
    return found.pop() if len(found) == 1 else None


#: A yes or no that closes the answer, the question's own verb said back: "I'm glad to say it
#: doesn't", "I'm afraid it does", "I have not".
_CLOSING_ANSWER = re.compile(r"\b(?:it|i|they|that|he|she|we)\s+(?:does|do|did|has|have|had|is|am|was|can|will)"
                             r"(\s*n't|n't|\s+not)?$")
#: A yes or no said last, after a condition or a comma: "I'd like them to have it, yes", "she
#: had a look, so yes".
_CLOSING_WORD = re.compile(r"(?:,|\bthen|\bso)\s*(yes|yeah|yep|yup|sure|ok|okay|fine|no|nope|nah)\W*$")
_ONE_WORD_ANSWERS = sorted(word for word in _YES | _NO if " " not in word and len(word) >= 4)
#: A thumb, a tick or a cross typed on a phone as the whole answer.
_EMOJI_ANSWERS = {"👍": True, "✅": True, "👌": True, "✔": True, "☑": True, "🙆": True,
                  "👎": False, "❌": False, "🙅": False, "✖": False}

#: Words of a visitor who does not know: no yes and no no ("not sure tbh" is no "not").
_UNSURE = re.compile(r"\b(?:not (?:sure|certain)|unsure|no idea|(?:i )?(?:don't|dont|do not) know|dunno|idk|"
                     r"(?:can't|cant|cannot|don't|dont) remember|hmm+|um+|uh+|kind of|kinda|sort of|sorta)\b")


def _says_unsure(text: str) -> bool:
    return bool(_UNSURE.search(_yes_no_words(text)))


#: A "no" that holds a yes-word: "I don't agree", "I'd rather not", "not comfortable with that".
_REFUSAL = re.compile(r"\b(don't|dont|do not|doesn't|does not|can't|cannot|won't|will not)\s+(agree|consent|accept|"
                      r"want|think so)\b|\brather not\b|\bnot (comfortable|happy|ok|okay)\b|"
                      r"\b(?:don't|dont|do not|doesn't|does not) have my (?:permission|consent)\b")
_YES_WORDS = {"yes", "yeah", "yep", "yup", "ya", "sure", "agree", "ok", "okay", "certainly", "absolutely",
              "consent", "permission"}
_NO_WORDS = {"no", "nope", "nah", "not", "never", "haven't", "havent", "doesn't", "doesnt", "don't", "didn't"}


def _choice_value(payload: str) -> Any:
    """The value a button's payload sets: '/affirm' is True, '/inform{"x": v}' is v."""
    if payload.startswith("/affirm"):
        return True
    if payload.startswith("/deny"):
        return False
    match = re.search(r"\{.*\}", payload)
    if match:
        try:
            data = json.loads(match.group(0).replace("{{", "{").replace("}}", "}"))
        except ValueError:
            return None
        return next(iter(data.values()), None) if data else None
    return None


def buttons_of(responses: Mapping[str, Any], name: str) -> List[Mapping[str, Any]]:
    """The buttons shown with a response of the domain (its first variant's)."""
    variants = responses.get(name) or []
    return (variants[0].get("buttons") or []) if variants else []


def choices_from_buttons(buttons: Sequence[Mapping[str, Any]]) -> List[Choice]:
    return [(b.get("title", ""), _choice_value(b.get("payload", ""))) for b in buttons or []]


def _closest(word: str, vocabulary: Mapping[str, str], cutoff: float, shortest: int) -> Optional[str]:
    """What a typed word means in `vocabulary`, allowing a typo ("emial", "bok"); words
    shorter than `shortest` are left alone, as one letter changes them too much."""
    if len(word) < shortest:
        return None
    close = difflib.get_close_matches(word, list(vocabulary), n=1, cutoff=cutoff)
    return vocabulary[close[0]] if close else None


#: A range typed as "6-12", "6 to 12" or "6 12" (after `_plain`), written one way.
_RANGE = re.compile(r"\b(\d+) (?:to )?(\d+)\b")


#: A button named by its place: "the second one", "option 2", "1st", "the last one".
_ORDINAL = re.compile(r"^(?:i'?ll take |i choose |i pick |choose |pick )?(?:the )?(?:(first|1st|second|2nd|"
                      r"third|3rd|fourth|4th|fifth|5th|sixth|6th|last|(?:top|bottom|middle)(?= one| option| button| choice))"
                      r"(?: one| option| button| choice)?"
                      r"|(?:option|number|no|choice|button) ?(\d))(?: please| pls| thanks)?$")
_PLACES = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
           "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "last": -1, "top": 0, "bottom": -1}
#: A button named by a word of its title: "the needle one", "the mild option".
_NAMED_ONE = re.compile(r"^(?:i'?ll take |i choose |i pick |choose |pick )?(?:the|that|this) ([a-z ]+?) "
                        r"(?:one|option|button|choice)(?: please| pls| thanks)?$")


def _choice_by_place(typed: str, choices: Sequence[Choice]) -> Optional[Choice]:
    found = _ORDINAL.match(typed)
    if not found or not choices:
        return None
    if found.group(1) == "middle":  # only a middle there is
        return choices[len(choices) // 2] if len(choices) % 2 else None
    place = _PLACES[found.group(1)] if found.group(1) else int(found.group(2)) - 1
    return choices[place] if -len(choices) <= place < len(choices) else None


def _names_a_button(text: str) -> bool:
    """ "The middle one", "the second option": a button meant, found or not."""
    typed = _LEAD_INS.sub("", _plain(text) + " ").strip()
    return bool(_ORDINAL.match(typed) or _NAMED_ONE.match(_plain(text)))


def _choice_by_word(typed: str, choices: Sequence[Choice]) -> Optional[Choice]:
    """The one choice whose title has every word of "the needle one" (a typo or a plural allowed)."""
    found = _NAMED_ONE.match(typed)
    return _choice_with_words(found.group(1).split(), choices) if found else None


def _choice_with_words(named: Sequence[str], choices: Sequence[Choice]) -> Optional[Choice]:
    """The one choice whose title has every one of these words (a typo allowed)."""
    fitting = [choice for choice in choices
               if all(difflib.get_close_matches(word, _plain(choice[0]).split(), n=1, cutoff=0.8) for word in named)]
    return fitting[0] if len(fitting) == 1 else None


def _typed_choice(text: str, choices: Sequence[Choice]) -> Optional[Choice]:
    """The choice whose title was typed (whole, or its distinctive word, allowing a typo),
    or named by its place among the buttons ("the second one")."""
    typed = _LEAD_INS.sub("", _plain(text) + " ").strip()
    if not typed:
        return None
    by_place = _choice_by_place(typed, choices) or _choice_by_word(_plain(text), choices)
    if by_place is not None:
        return by_place
    titles = {_plain(title): choice for choice in choices for title in [choice[0]] if title}
    if typed in titles:
        return titles[typed]
    # The start of one title: "6 to 12" or "6-12" for "6 to 12 weeks", "less than 6".
    ranged = _RANGE.sub(r"\1 \2", typed)
    started = [choice for title, choice in titles.items() if _RANGE.sub(r"\1 \2", title).startswith(ranged + " ")]
    if len(started) == 1 and len(typed) >= 3:
        return started[0]
    # "moderate" for "4-6 moderate": the one word that tells the choices apart.
    for title, choice in titles.items():
        distinctive = [w for w in title.split() if not re.fullmatch(r"[\d-]+", w)]
        if distinctive and typed == " ".join(distinctive):
            return choice
    close = difflib.get_close_matches(typed, list(titles), n=1, cutoff=0.85)
    return titles[close[0]] if close else None


_SCALE = re.compile(r"(/|out of|outta|of)\s*(10|ten)\b|\bscale\b|\b(pain|it)( is|'s| at)? (an? )?(10|\d)\b|"
                    r"\b(a|an|about a|around a|like a) (10|\d|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b")


#: Words that answer "how bad, 0 to 10?" as its buttons do (mild, moderate, severe, worst),
#: taken only as the answer to that question, never from a message about something else.
_SEVERITY_WORDS = (
    ("worst", r"\b(worst|unbearable|excruciating|agony|agonising|agonizing|unbearably)\b"),
    ("severe", r"\b(severe|high|very bad|really bad|terrible|awful|strong|very strong|intense|horrible)\b"),
    ("moderate", r"\b(moderate|medium|middling|average|so so|in between|not too bad)\b"),
    ("mild", r"\b(mild|low|light|slight|not bad|a little|a bit|minor)\b"),
)


def clearly_a_score(text: str) -> bool:
    """A pain score said while another question is on screen: "7/10", "pain is a 6", "about a 5".

    A bare number then is the other question's ("years. like at least 4").
    """
    return _SCALE.search(text.lower()) is not None


#: A question the visitor asks, from its question word to its "?": "Is 10 the sort of
#: pain where you'd need an ambulance?" ("maybe a 7?" is an answer said unsure).
_ASKED = re.compile(r"(?:^|(?<=[.!?,;:])|(?<=\s[-–]))\s*(?:is|are|does|do|did|what|what's|whats|how|would|should|can|could|"
                    r"will|if|when|where|why|which|who|shall|isn't|doesn't|"
                    r"(?:must|may|might|need|have|has|am|was|were)\s+(?:i|you|u|we|it|one|they))\b[^.!?]*\?"
                    # A question in statement order after the answer: "no. it is dangerous if go to leg?"
                    r"|(?<=[.!?])\s*(?:it|this|that)\s+(?:is|'s|will|can|could|would|might)\b[^.!?]*\?"
                    # A question back about the question: "you mean like down the leg? no".
                    r"|(?:^|(?<=[.!?,;:]))\s*(?:you|u|ya)\s+mean\b[^.!?]*\?", re.I)


_QUESTION_START = re.compile(r"^\W*(?:is|are|does|do|did|what|what's|whats|how|would|should|can|could|will|when|"
                             r"where|why|which|who|any|pls|please(?! (?:advise|help|assist))|tell me)\b", re.I)
#: A question asked without its mark: "I want to know the price", "wondering about parking".
_WANTS_TO_KNOW = re.compile(r"\b(?:(?:want|wanted|like|need|needed|love) to (?:know|ask|find out|check)|wonder|wondering|"
                            r"curious|info|information|tell me|let me know|question|questions|enquire|inquire|"
                            r"enquiring|inquiring)\b", re.I)
#: Where a sentence starts, for a question that opens a later one ("Hello. Do you...").
_SENTENCE_STARTS = re.compile(r"(?:^|(?<=[.!?;]))\s*")
_FACT_ENTITIES = frozenset({*FACT_SLOTS, "precaution"})


def tells_facts_only(message: Message) -> bool:
    """A statement of intake facts and no question or request ("pretty much stays put",
    "mostly in the morning it's worse"): whatever topic its words suggest, it asks nothing."""
    return (asks_nothing(message.text)
            and any(item.get("entity") in _FACT_ENTITIES for item in message.entities))


def asks_nothing(text: str) -> bool:
    """No sentence of the message asks or wishes to know something, with or without its mark."""
    sentences = [text[found.end():] for found in _SENTENCE_STARTS.finditer(text)]
    return ("?" not in text and not _WANTS_TO_KNOW.search(text)
            and not any(_QUESTION_START.match(sentence) for sentence in sentences))


def _without(message: Message, pattern: re.Pattern) -> Message:
    """The message with what the pattern finds blanked out (so offsets hold) and the
    entities read from there dropped."""
    blanked = pattern.sub(lambda found: " " * len(found.group()), message.text)
    if blanked == message.text:
        return message
    kept = [item for item in message.entities
            if not isinstance(item.get("start"), int) or not blanked[item["start"]:item.get("end")].isspace()]
    return Message(blanked, message.intent, kept)


#: Where the FAQ selector puts the topic of `question_part` (bot.faq_selector) and the
#: actions read it, beside the whole message's topic.
QUESTION_SELECTOR = "question"


def question_part(text: str) -> Optional[str]:
    """The visitor's own question at the end of a longer message ("lower back 3 weeks,
    do you take insurance?"), or None when there is none or it is the whole message."""
    found = list(_ASKED.finditer(text))
    if not found:
        return None
    question = found[-1].group(0).strip(" ,;:")
    return question if question != text.strip(" ,;:") else None


def _answer_part(message: Message, *asking: re.Pattern) -> Optional[Message]:
    """The message with the visitor's own questions blanked out (`_ASKED` and any
    other `asking` patterns), or None when nothing else is left."""
    for pattern in (_ASKED, *asking):
        message = _without(message, pattern)
    return message if message.text.strip(" .,!?") else None


def asks_what_a_score_means(text: str) -> bool:
    """A question about one score of the scale: "Is 10 like needing an ambulance?"."""
    return any(re.search(r"\b(10|[0-9]|ten|nine|eight|seven|six|five|four|three|two|one|zero)\b", found.group().lower())
               for found in _ASKED.finditer(text))


#: A question about the score just given: "he'd call it a 7, is that high?".
_HOW_IT_COMPARES = re.compile(r"\b(?:is|isn't|isnt|would|does)\s+(?:that|this|it|a\s+\w+)\s+(?:be\s+|count\s+as\s+|"
                              r"considered\s+)?(?:\w+\s+)?(?:high|low|bad|severe|serious|normal|a lot|much|mild|"
                              r"moderate|too high|too much)\s*(?:on\s+(?:the|your|this)\s+scale\s*)?\?", re.I)


def asks_how_a_score_compares(text: str) -> bool:
    """A score given with a question about how it compares ("7, is that high?", "maybe
    a 5 - is that bad?"): the scale is explained beside the score taken."""
    return states_a_number(text) and bool(_HOW_IT_COMPARES.search(text))


def asks_what_scores_mean(text: str) -> bool:
    """A question about the 0-10 scale or one of its scores, at the 0-10 question: it
    is explained and asked again (actions.intake.AskPainSeverity), never an aside."""
    return asks_about_the_scale(text) or asks_what_a_score_means(text)


#: A score on another scale: "about 60%", "2 out of 5", "out of 5 I'd say 3".
_PERCENT = re.compile(r"\b(\d{1,3})\s*(?:%|percent|per cent)")
_OUT_OF_FIVE = re.compile(r"\b(\d(?:\.5)?)\s*(?:/|out of|outta)\s*(?:5|five)\b|"
                          r"\bout of (?:5|five)\b\D{0,20}?\b(\d(?:\.5)?)\b")


def _on_another_scale(text: str) -> Optional[float]:
    """A score on a scale of 100 or of 5, as tenths: "60%" is 6, "2 out of 5" is 4."""
    lowered = text.lower()
    percent = _PERCENT.search(lowered)
    if percent and int(percent.group(1)) <= 100 and len(re.findall(r"\d+", lowered)) == 1:  # not "100% sure, a 6"
        return int(percent.group(1)) / 10
    five = _OUT_OF_FIVE.search(lowered)
    if five and float(five.group(1) or five.group(2)) <= 5:
        return float(five.group(1) or five.group(2)) * 2
    return None


def severity(message: Message, choices: Sequence[Choice] = ()) -> Optional[float]:
    """The score at the moment; a number inside the visitor's own question is none."""
    message = _answer_part(message)
    if message is None:
        return None
    chosen = _typed_choice(message.text, choices)
    if chosen is not None:
        return chosen[1]
    if _names_a_button(message.text):
        return None  # "the middle one" of four buttons: no "one" out of ten
    other_scale = _on_another_scale(message.text)
    if other_scale is not None:
        return other_scale
    short = bool(choices) and len(message.text.split()) <= 10
    said = re.sub(r"\s*(/|out of|out if|outta|ot of|of|from)\s*(10|ten)\b", " ", message.text.lower())
    said = _COUNTED.sub(" ", said)  # "3 weeks" is how long, not how bad
    if THE_SCALE.search(said):  # "what is mean 0 to 10?" names the scale, gives no score
        said = THE_SCALE.sub(" ", said)
        if THE_SCALE.search(message.span_text("pain_severity").lower()):
            message = Message(message.text, message.intent,
                              [e for e in message.entities if e.get("entity") != "pain_severity"])
    numbers = re.findall(SCORE_NUMBER.replace(r"|\d", r"|\b(10|\d)\b"), said) if short else []
    said_in_order = [score for word, digit in numbers for score in [_SCORES.get(word or digit, digit)] if score]
    if len(set(said_in_order)) > 1 and TAKEN_BACK & set(words(said)):  # "a 7 i guess wait no 6"
        return float(said_in_order[-1])
    several = len(set(said_in_order)) > 1 or (bool(choices) and not short)
    for_now = _SCORE_FOR_NOW.search(said) if several else None
    if for_now:  # "6-7 at work, 6 rn", "4 right now, maybe 5 after a long day at the desk"
        word = for_now.group(1) or for_now.group(2)
        return float(_SCORES.get(word, word))
    settled = _SETTLED.search(said) if several and short else None
    if settled:
        return float(_SCORES.get(settled.group(1), settled.group(1)))
    leading = _LEADING_SCORE.match(message.text.lower()) if choices else None
    if leading and len(set(said_in_order)) > 1:  # "6, sometimes 7 when i sit long": the usual one first
        return float(_SCORES.get(leading.group(1), leading.group(1)))
    values = message.values("pain_severity")
    if values and states_a_number(message.span_text("pain_severity")):
        return values[-1]
    # One number from 0 to 10 in a short answer to the 0-10 question ("Seven, I should think.").
    if len(set(said_in_order)) == 1:
        return float(said_in_order[0])
    if leading:  # "5, sometimes more after I've been on my feet all day chasing the toddler."
        return float(_SCORES.get(leading.group(1), leading.group(1)))
    typed = _plain(message.text)
    worded = next((band for band, pattern in _SEVERITY_WORDS if re.search(pattern, typed)), None)
    if choices and worded and len(typed.split()) <= 5:
        return next((value for title, value in choices if worded in title.lower()), None)
    if choices and len(typed.split()) == 1 and typed not in _NO:  # "none" is no "one"
        close = difflib.get_close_matches(typed, list(_SCORES), n=1, cutoff=0.75)
        word = close[0] if close else key_slip(typed, _SCORES)
        if word:
            return float(_SCORES[word])
    slipped = {_SCORES[word] for typo in typed.split() if len(typo) >= 4 and typo not in _NOT_A_SLIP
               for word in [letter_slip(typo, _LONG_SCORES)] if word} if choices and len(typed.split()) <= 5 else set()
    if len(slipped) == 1:  # "its a fvie", "prob a sevn": a number word typed with a slip
        return float(slipped.pop())
    heard = _HEARD_SCORE.search(typed) if choices else None
    if heard:  # voice typing: "it's about a for"
        return float(_HEARD[heard.group(1) or heard.group(2)])
    bare = re.fullmatch(r"\D*?(10|\d(?:[.,]5)?)(?:\s*(?:/|out of|of|from)\s*10)?\W*(?:ish)?\W*", message.text.lower())
    if bare:
        return float(bare.group(1).replace(",", "."))
    # One sentence that is only a number, in a list of answers: "Lower back. 4 weeks. 6. Saw a doctor."
    alone = set(re.findall(r"(?:^|[.!;\n])\s*(10|\d)\s*(?=[.!;\n]|$)", message.text)) if choices else set()
    return float(alone.pop()) if len(alone) == 1 else None


#: Numbers as voice typing writes them at the 0-10 question, only after "a": "about a for", "an ate".
_HEARD = {"for": 4, "fore": 4, "to": 2, "too": 2, "tu": 2, "ate": 8, "won": 1, "tree": 3, "free": 3, "sicks": 6}
_HEARD_SCORE = re.compile(r"\b(?:(?:a|an)\s+)?(" + "|".join(_HEARD) + r")\s+out of (?:10|ten)\b|"
                          r"\b(?:a|an)\s+(" + "|".join(_HEARD) + r")\W*$")
#: A score from 0 to 10, in digits or words.
_SCORE_WORD = r"(10|[0-9]|zero|one|two|three|four|five|six|seven|eight|nine|ten)"

#: A number that counts something (time, times, weight): never a pain score.
_COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:days?|weeks?|wks?|months?|mos?|"
                      r"years?|yrs?|hours?|hrs?|mins?|minutes?|times|x|kg|kilos?|lbs?|pounds?|stones?|mg|am|pm)\b")

#: A score that opens a longer answer to the 0-10 question, followed by a pause or
#: a word that goes on about it, never by a unit ("5, sometimes more after ...",
#: "7 but worse at night"; not "3 weeks" or "5 or 6").
_LEADING_SCORE = re.compile(
    r"^\W*(?:(?:about|around|maybe|probably|like|roughly|approx|approximately|i'd say|id say|i would say|"
    r"i guess|i think|prob)\s+)*(?:an?\s+)?" + _SCORE_WORD +
    r"(?:\s*(?:/|out of|of)\s*(?:10|ten))?"
    r"(?=\s*[,.;:!)](?!\d)|\s*$|\s+(?:but|and|sometimes|at|right|now|today|though|mostly|usually|most|when|if|"
    r"on|with|while|depending|it|i)\b)")

_NOW = r"(?:right\s+)?(?:" + "|".join(sorted(NOW_WORDS)) + "|at the moment)"
#: Words between "now" and its score: "right now I'd say maybe a 4", "today, probably around 3".
_HEDGE = r"(?:it's|its|it|is|about|an?|i'd|id|i|would|say|put|at|maybe|probably|prob|prolly|around|roughly|like|think|guess)"
#: Of several scores, the one said next to a word for now: "6-7 at work, 6 rn",
#: "usually 3, currently a 5" (the question asks how bad it is at the moment).
_SCORE_FOR_NOW = re.compile(rf"\b{_SCORE_WORD}(?:-?ish)?\s+{_NOW}\b|\b{_NOW}[,\s]+(?:{_HEDGE}[,\s]+)*{_SCORE_WORD}\b")

#: A score said again alone at the end, after a pause or a word of deciding, is the one
#: settled on: "3 maybe 4. 3", "4, maybe 5. ok 4", "6 or 7... let's say 7".
_SETTLED = re.compile(r"(?:(?<=\D)[.]|[.!;](?=\s)|,(?=\s*(?:ok|okay|so|say|let|call|i'll|i will|i'd|final)\b))\s*"
                      r"(?:(?:ok|okay|so|say|let'?s say|call it|i'?ll go with|i'?ll say|i will say|i'?d say|"
                      r"final answer|hmm+|um+)\W*)*(?:an?\s+)?" + _SCORE_WORD + r"\W*$")

_SCORES = {word: str(n) for n, word in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))}
#: Number words long enough that a slip of one letter is still them ("one" slips into "once"
#: and "bone", "ten" into "teen").
_LONG_SCORES = [word for word in _SCORES if len(word) >= 4]
#: Real words a letter away from a long number word.
_NOT_A_SLIP = {"there", "thee", "tree", "eighth", "weight", "height", "flour", "fours", "fives", "fiver",
               "nines", "sevens", "zeros"}


_NONE_WORDS = re.compile(
    r"\b(none|nothing|non|nonee|nothign|no|nope|nah|not applicable|n/a|neither|"
    r"doesn't apply|don't apply|do not apply|apply to me|no one of these|nil|all good|not that i know( of)?|"
    r"i'm healthy|im healthy|i am healthy|fit and healthy|nothing i know of|not any|"
    r"(?:not|n't|never) (?:on|taking|take|have|had|got) any|(?:don't|dont|do not) take any|nothin|na|nada|"
    r"ninguno|ninguna|nenhum|nenhuma|keine|keiner|rien|aucun|aucune|niente|nessuno|nic|żaden|hiçbiri|yok|"
    r"nothing (?:of|from) (?:this|these|that|those|the list|list)|(?:don't|dont|do not) have any|"
    r"(?:don't|dont|do not) think (?:any|so)|none of (?:those|these|them|that)|all clear|nothing applies|"
    r"none apply|(?:fine|ok|okay|good|clear|negative) (?:on|with|for) (?:all|each|every|any)(?: of)?|"
    r"all (?:fine|negative|no|nos)|zero of (?:those|these|them|that)|zero)\b")


#: Common conditions that are not on the list: naming one answers "none of these"
#: (the practitioner takes the full history at the first visit).
_OTHER_CONDITION = re.compile(
    r"\b(diabetes|diabetic|blood pressure|hypertension|asthma|asthmatic|arthritis|cholesterol|thyroid|"
    r"allerg(?:y|ies|ic)|migraines?|copd|osteoporosis|ibs|anxiety|depression|gout|"
    # medicines that are not blood thinners or immune suppressants
    r"vitamins?|supplements?|ibuprofen|advil|motrin|nurofen|paracetamol|acetaminophen|tylenol|naproxen|"
    r"aleve|painkillers?|pain killers|the pill|birth control|contraceptive|statins?|metformin|insulin|"
    r"inhaler|antidepressants?|sertraline|levothyroxine|omeprazole|muscle relaxants?|"
    # a pregnancy only hoped for
    r"(?:trying|tryin|tryna|hoping|planning|wanting|wanna)(?: to get| to become)? (?:pregnant|pregnent)|"
    r"trying for a baby|ttc|ivf)\b")


#: The visitor asks what a word of the list means: "Sorry, what is bleeding disorder?"
_ASKS_MEANING = re.compile(r"\b(?:what(?:'s|s| is| are| does| do you mean| do u mean| counts? as| do you count as)|"
                           r"wdym|meaning of|mean by|explain)\b[^.!?]*\??|\b(?:does|do|would)\b[^.!?]*\bcount\b[^.!?]*\?",
                           re.I)


#: A precaution asked about as a condition: "what if I'm pregnant, is it still ok?", "is it
#: safe if I'm on blood thinners?". The visitor asks whether it matters, not says it applies.
_ASKS_IF = re.compile(r"[^.!?]*\b(?:what if|what about if|even if|(?:is|would) it (?:be )?(?:ok|okay|safe|alright|fine|"
                      r"a problem) (?:if|when|for|with)|(?:can|could) (?:i|you|one) (?:still )?(?:have|get|do|try|use)\b"
                      r"[^.!?]{0,30}?\b(?:if|when|while|with))\b[^.!?]*\?", re.I)


def asks_whether_it_matters(text: str) -> bool:
    """A question whether a precaution matters ("is it safe if I'm on blood thinners?")."""
    return bool(_ASKS_IF.search(text))


def precautions_asked_about(message: Message) -> List[str]:
    """The precautions whose meaning the visitor asks ("what is bleeding disorder?"), or
    whether they matter when nothing else is said ("what if I'm pregnant?"): to be
    explained, not noted. Beside a precaution stated, one asked about is had too
    ("pregnant. is it ok if I'm also on aspirin daily?")."""
    kept = _stated(message).values("precaution")
    return [code for code in message.values("precaution") if code not in kept]


def _stated(message: Message) -> Message:
    """The message without the precautions only asked about (see `precautions_asked_about`)."""
    unexplained = _without(message, _ASKS_MEANING)
    stated = _without(unexplained, _ASKS_IF)
    return unexplained if stated.values("precaution") else stated


#: Words that take back what was just typed: "blood thinners. no wait, I stopped the warfarin".
_TAKE_BACK = re.compile(r"\b(?:no,? wait|wait,? no|scratch that|sorry,? (?:i meant|no)|i meant?|correction|"
                        r"(?:actually|actualy),? no|no,? (?:actually|actualy)|my mistake)\b", re.I)


def _after_take_back(message: Message) -> Optional[Message]:
    """What follows the last "no wait" of a message, or None when nothing is taken back."""
    found = list(_TAKE_BACK.finditer(message.text))
    if not found:
        return None
    cut = found[-1].end()
    return Message(" " * cut + message.text[cut:], message.intent,
                   [item for item in message.entities if not isinstance(item.get("start"), int) or item["start"] >= cut])


def precautions(message: Message, choices: Sequence[Choice] = ()) -> Optional[List[str]]:
    """The precautions that apply; one the visitor only asks the meaning of does not;
    after "no wait" only what follows counts."""
    corrected = _after_take_back(message)
    if corrected is not None and message.text.strip():
        answer = precautions(corrected, choices)
        if answer is not None:
            return answer
    chosen = _typed_choice(message.text, choices)
    if chosen is not None and chosen[1] not in message.values("precaution_denied"):  # not "pacemaker: no"
        return [chosen[1]] if isinstance(chosen[1], str) else []
    message = _stated(message)
    if not message.text.strip(" .,!?"):
        return None
    found = message.values("precaution")
    if found:
        return found
    lowered = message.text.lower()
    # "needles", "needles: yes", "just the needles thing. ...": an item named by a word of its title
    item = _TICKED.fullmatch(lowered) or _NAMED_ITEM.match(lowered)
    if item:
        chosen = _choice_with_words(item.group(1).split(), choices)
        if chosen is not None and isinstance(chosen[1], str):
            return [chosen[1]]
    if _says_unsure(lowered) and not _KNOWS_OF_NONE.search(lowered):
        return None  # "no idea", "not sure tbh": no "none of these"
    if (_KNOWS_OF_NONE.search(lowered) or _NONE_WORDS.search(lowered) or _OTHER_CONDITION.search(lowered)
            or message.intent == "deny" or message.values("precaution_denied")):
        return []  # "we're trying for a baby but I'm not pregnant": the one in question is denied
    return None


#: One or two words, perhaps ticked: "needles", "needles: yes", "needles ✅".
_TICKED = re.compile(r"\W*((?!yes\b)[a-z]+(?: (?!yes\b|yep\b|yeah\b|y\b)[a-z]+)?)\W*(?:yes|yep|yeah|y|✅|✔|✓|👍)?\W*")
#: An item of a list named at the start of an answer: "just the needles thing", "only the pacemaker one".
_NAMED_ITEM = re.compile(r"\W*(?:(?:just|only|it's|its|that's|thats)\s+)*the\s+([a-z]+(?: [a-z]+)?)\s+"
                         r"(?:thing|one|option|item|box|bit)\b")
#: "I don't know of any": the visitor knows of none.
_KNOWS_OF_NONE = re.compile(r"\b(?:know|aware) of (?:any|none)\b|\bnone that i know\b")


_CONTACT_WORDS = {
    "either": ("either", "both", "any", "whichever", "doesn't matter", "dont mind", "don't mind", "the two",
               "any of them", "one or the other", "both ways", "both are fine", "both is fine"),
    "email": ("email", "e-mail", "mail", "write"),
    "phone": ("phone", "call", "text", "sms", "cell", "mobile", "ring", "telephone", "whatsapp", "fone",
              "telefon", "telefono", "téléphone"),
}
_CONTACT_VOCABULARY = {word: method for method, ws in _CONTACT_WORDS.items() for word in ws}


_NEGATION = r"(?:not|no|don't|dont|do not|never|without|rather not|can't|cannot)\s+(?:\w+\s+){0,3}?"
_NO_PREFERENCE = re.compile(r"\b(not sure|don't know|dont know|no idea|no preference|whatever|up to you|"
                            r"you choose|you decide|not fussed|either way|don't mind|dont mind|"
                            r"(?:doesn't|doesnt|does not|don't|dont|do not) (?:matter|care))\b")


def _mentions(text: str, phrases: Sequence[str]) -> tuple:
    """(said, said only negated) for any of the phrases: "I do not use email" only negates it."""
    plain = [p for p in phrases if re.search(rf"\b{re.escape(p)}\b", text)]
    negated = [p for p in plain if re.search(rf"\b{_NEGATION}{re.escape(p)}\b", text)]
    return bool(plain), bool(plain) and len(negated) == len(plain)


def contact_method(message: Message, choices: Sequence[Choice] = ()) -> Optional[Any]:
    """The way to be reached, with the address or number when it is typed along
    ("phone please, it's 416 555 0199"): asking for it next would ask twice."""
    method = _contact_method(message, choices)
    if method is None:
        return None
    details = {"preferred_contact": method}
    address, number = _address_in(message.text), _number_in(message.text)
    if address and method in ("email", "either"):
        details["contact_email"] = address
    if number and method in ("phone", "either"):
        details["contact_phone"] = number
    return details if len(details) > 1 else method


def _contact_method(message: Message, choices: Sequence[Choice] = ()) -> Optional[str]:
    chosen = _typed_choice(message.text, choices)
    if chosen is not None:
        return chosen[1]
    text = message.text.lower()
    said = {method: _mentions(text, phrases) for method, phrases in _CONTACT_WORDS.items()}
    wanted = [method for method, (named, refused) in said.items() if named and not refused]
    refused = [method for method, (named, only_refused) in said.items() if only_refused]
    if len(wanted) == 2 and "either" not in wanted:  # "you can call or email"
        return "either"
    if wanted:
        return wanted[0]
    if refused in (["email"], ["phone"]):  # "I don't do email" means the other one
        return "phone" if refused == ["email"] else "email"
    if _NO_PREFERENCE.search(text):
        return "either"
    for word in words(text):
        method = _closest(word, _CONTACT_VOCABULARY, cutoff=0.75, shortest=4)
        if method:
            return method
    return message.values("preferred_contact")[-1] if message.values("preferred_contact") else None


_EMAIL = re.compile(r"[^\s@<>(),;:\"']+@[^\s@<>(),;:\"']+")


def _refuses(message: Message, method: str) -> bool:
    """ "I don't have email", "no phone, sorry": the visitor cannot be reached that way."""
    named, only_refused = _mentions(message.text.lower(), _CONTACT_WORDS[method])
    return named and only_refused


def _switches_to(message: Message, method: str) -> bool:
    """ "Email instead", "can you phone me instead": the other way, asked for at this question."""
    return method_named(message.text) == method


_NO_DETAIL = re.compile(
    r"^\W*(?:no|nope|none|skip|pass|n/?a|no thanks|no thank you|rather not|i'?d rather not|"
    r"prefer not(?: to)?(?: say| give it)?|i'?d prefer not(?: to)?|not sure|i'?m not sure|"
    r"(?:i )?(?:don'?t|do not) know|no idea|(?:i )?(?:don'?t|do not) have (?:one|it)|not now|later)\W*$")


def method_named(text: str) -> Optional[str]:
    """The way to be reached when a request for contact names one ("email me please",
    "can someone ring me", "call or email"): asking "how would you like to be
    contacted?" after that would ask twice."""
    lowered = text.lower()
    if not any(_mentions(lowered, phrases)[0] for phrases in _CONTACT_WORDS.values()):
        return None
    return _contact_method(Message(text))


def declines_detail(text: str) -> bool:
    """The whole message says the visitor will not or cannot give this detail now."""
    return bool(_NO_DETAIL.match(text.lower()))


def email(message: Message, choices: Sequence[Choice] = ()) -> Optional[Any]:
    """The address in the message; a lone word with a dot is a mistyped one, for the
    validation to say what is wrong ("missing the @"). "I don't use email" asks for
    the phone instead."""
    found = _address_in(message.text)
    if found:
        return found
    if _refuses(message, "email") or _switches_to(message, "phone"):
        return {"preferred_contact": "phone", "contact_email": None}
    number = _number_in(message.text)
    if number:  # a phone number where the address was asked: to be phoned
        return {"preferred_contact": "phone", "contact_phone": number, "contact_email": None}
    typed = message.text.strip()
    return typed if re.fullmatch(r"[\w.+-]+\.[a-z]{2,}", typed, re.I) else None


#: A number as typed, with an extension after it ("250-555-0104, extension 213", "x12").
_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d(?:\s*,?\s*(?:ext\.?|extension|x)\s*\d{1,6}\b)?", re.I)


#: An address read out as words: "aj dot singh at outlook dot com"; voice typing may part
#: its first half into words ("greg thompson 62 at yahoo dot com"), never the lead-in's.
_LEAD_IN = (r"(?!(?:is|my|email|e-mail|address|it's|its|it|the|me|us|mail|here|use|at|sure|yes|ok|okay|write|to|"
            r"send|reach|contact|via|on|please|can|you|try|for|and|or|i|am|i'm|im|just|by)\b)")
_SPOKEN_EMAIL = re.compile(rf"(?<![\w'])((?:{_LEAD_IN}[\w+-]+\s+){{0,2}}{_LEAD_IN}[\w+-]+(?:\.[\w+-]+)*"
                           r"(?:\s+dot\s+[\w+-]+)*)"
                           r"\s+(?:at|\(at\)|\[at\])\s+([\w-]+(?:(?:\s+dot\s+|\.)[\w-]+)+)\b", re.I)


def _address_in(text: str) -> Optional[str]:
    # "K.OConnor @ Gmail . com", "priya . nair at gmail dot com": spaces typed around a
    # dot, read as one only when the message holds no address without them.
    joined = re.sub(r"(?<=[\w+-])\s+\.\s*(?=[\w-])", ".", text)
    joined = re.sub(r"(@\s*[\w-]+)\.\s+(?=[a-z]{2,}\b)", r"\1.", joined, flags=re.I)
    written = [_tidied(form) for form in dict.fromkeys((text, joined))]
    for form in written:
        found = _the_one_meant(list(_EMAIL.finditer(form)), form)
        if found:
            return found.group(0).rstrip(".")
    for form in reversed(written):
        spoken = _SPOKEN_EMAIL.search(form)
        if spoken:
            return "@".join(re.sub(r"\s+", "", re.sub(r"\s+dot\s+", ".", part, flags=re.I)) for part in spoken.groups())
    return None


def _tidied(text: str) -> str:
    """An address's typing slips undone: "tyler.brooks @ gmail.com" (phones put a space
    before or after the @), "gmail,com" (the comma beside the dot on a phone's keyboard),
    "bjorn(at)gmail(dot)com" (written against spam)."""
    text = re.sub(r"\s*[(\[{<]\s*(at|dot)\s*[)\]}>]\s*", lambda m: "@" if m.group(1).lower() == "at" else ".",
                  text, flags=re.I)
    text = re.sub(r"(?<=[\w.+-])\s*@\s*(?=[\w-]+\.\w)", "@", text)
    return re.sub(r"(@[\w-]+(?:\.[\w-]+)*),(?=[a-z]{2,}\b)", r"\1.", text, flags=re.I)


def _number_in(text: str) -> Optional[str]:
    """A run of at least seven digits that reads as a phone number, as typed."""
    found = _the_one_meant([m for m in _PHONE.finditer(text) if sum(ch.isdigit() for ch in m.group(0)) >= 7], text)
    return found.group(0).strip() if found else None


def _the_one_meant(found: List[re.Match], text: str) -> Optional[re.Match]:
    """The first address or number, or the last when the visitor takes the first back
    between them ("jess.moore@example.com, sorry I mean jessica.moore@example.com")."""
    if not found:
        return None
    between = text[found[0].end():found[-1].start()]
    return found[-1] if len(found) > 1 and TAKEN_BACK & set(words(between)) else found[0]


_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPOKEN_DIGITS = re.compile(r"\b(?:(double|triple)\s+)?(" + "|".join(_DIGIT_WORDS) + r"|\d)\b", re.I)


def _spoken_number(text: str) -> Optional[str]:
    """A number said digit by digit, as voice typing writes it: "four one six five
    five five, zero one nine eight", "oh seven seven double oh"."""
    def digits(found: re.Match) -> str:
        times = {"double": 2, "triple": 3}.get((found.group(1) or "").lower(), 1)
        return _DIGIT_WORDS.get(found.group(2).lower(), found.group(2)) * times

    said = _SPOKEN_DIGITS.sub(digits, text)
    if said == text:
        return None
    return _number_in(re.sub(r"(?<=\d)[\s,.-]+(?=\d)", "", said))


#: A run of digits with letters typed for some of them: "289-555-O137", "9OO123", "Ol29".
_DIGITS_WITH_LETTERS = re.compile(r"[+(]?[\dOoIl][\dOoIl().\-]*")
_AS_DIGITS = str.maketrans("OoIl", "0011")


def letters_for_digits(text: str) -> str:
    """O typed for 0 and l or I for 1 inside a number (not in words around it)."""
    return _DIGITS_WITH_LETTERS.sub(
        lambda run: run.group().translate(_AS_DIGITS) if sum(ch.isdigit() for ch in run.group()) >= 2 else run.group(),
        text)


def phone(message: Message, choices: Sequence[Choice] = ()) -> Optional[Any]:
    """The number typed; an address typed instead ("rob keane 77 at hotmail dot com")
    asks to be emailed there, as a number typed at the email question asks for a call."""
    typed = letters_for_digits(message.text)
    # "four one six 555 0129": the digits said in words belong to the number too
    found = max(filter(None, [_number_in(typed), _spoken_number(typed)]),
                key=lambda number: sum(ch.isdigit() for ch in number), default=None)
    if found:
        return found
    if _refuses(message, "phone") or _switches_to(message, "email"):
        return {"preferred_contact": "email", "contact_phone": None}
    address = _address_in(message.text)
    if address:
        return {"preferred_contact": "email", "contact_email": address, "contact_phone": None}
    return None


_NAME_LEAD_INS = re.compile(r"^(?:(?:sure|yes|yeah|ok|okay|of course|oh|ah|um|umm|uh|well|hi|hey|hello)\W+)?(?:(?:my )?(?:good |full |first )?name(?: is|'s| it is)|"
                            r"(?:the )?name (?:that |which )?(?:the clinic|the practice|you|they) (?:should |can |could |may )?use"
                            r"(?: is|'s)?|(?:please )?use|"
                            r"name:|i am called|i'm called|im called|they call me|i am|i'm|im|it's|its|it is|"
                            r"this is|call me|you can call me|just|me is|me name is|my name are|i called)\s+", re.I)
#: Courtesies at the end of a name or a time ("Sam here", "evenings pls :)"): not part of it.
_NAME_TAILS = re.compile(r"(?<!you)[\s,]+(?:here|speaking|thanks|thank you|thx|ty|cheers|please|pls|plz)\W*$|\s+[:;]-?[)(DPp]+$",
                         re.I)
#: Words that do not occur in names but do in requests ("start over", "talk to a person").
_NOT_NAME_WORDS = {
    "start", "over", "again", "restart", "cancel", "stop", "quit", "person", "human", "someone",
    "somebody", "talk", "speak", "help", "why", "what", "how", "need", "want", "don't", "dont",
    "not", "no", "yes", "ok", "okay", "sure", "hello", "hi", "hey", "thanks", "thank", "you",
    "pain", "back", "leg", "legs", "neck", "hurts", "hurt", "numb", "tingling", "my", "the",
    "book", "booking", "appointment", "email", "phone", "later", "bye", "goodbye",
    "some", "in", "is", "it", "this", "that", "would", "rather", "prefer", "skip", "anonymous",
    "either", "both", "mail", "address", "sorry", "short", "for", "nickname",
    # who the writer is to the patient: "Linda Park, I'm her daughter"
    "her", "his", "their", "our", "daughter", "son", "wife", "husband", "partner", "mother", "father",
    "grandmother", "grandfather", "granddaughter", "grandson", "sister", "brother", "carer", "caregiver",
    "niece", "nephew", "neighbour", "neighbor", "friend",
}


_ADDRESS_LEAD_IN = re.compile(r"[\s,;:.\-–]*(?:\b(?:and|&)\s+)?(?:\bmy\s+)?\b(?:e-?mail|mail)(?:\s+address)?"
                              r"(?:\s+is)?\s*[:\-–]?\s*$", re.I)


def name(message: Message, choices: Sequence[Choice] = ()) -> Optional[Any]:
    """The name; an address typed with it ("Nina Kaur, nina.k@example.net") is kept
    for the email question and is never part of the name; a question after it is the
    visitor's own ("Ros Tremblay. will they ring from a withheld number?")."""
    message = _answer_part(message)
    if message is None:
        return None
    address = _address_in(message.text)
    if not address:
        return _name_in_parts(message.text)
    found = _name_in_parts(_ADDRESS_LEAD_IN.sub("", _EMAIL.sub(" ", message.text).strip()))
    return {"contact_name": found, "contact_email": address} if found else {"contact_email": address}


_BRACKETS = re.compile(r"\(([^)]*)\)")


def _nickname_or_aside(found: re.Match) -> str:
    """A nickname in brackets is kept, as the clinic should use it ("Margaret (Peggy)
    Ross"); any other aside in brackets is not the name ("Raj Patel (his son)")."""
    inside = found.group(1).strip()
    nickname = re.fullmatch(r"[A-Z][\w'-]+", inside) and inside.lower() not in _NOT_NAME_WORDS
    return f"({inside})" if nickname else " "


def _name_in_parts(typed: str) -> Optional[str]:
    """The name in a message of several parts, split at commas and sentence ends: "It's
    Linda, Linda Harper" and "Jenna. Jenna Kowalczyk" are the whole name, "Wang Li, Wang
    is family name" and "It's Rita Moreau. Rita is fine." the name before its
    explanation."""
    typed = _BRACKETS.sub(_nickname_or_aside, typed)
    parts = [part for part in re.split(r",|(?<=[.!;?])\s+", typed) if part.strip(" .!;")]
    if len(parts) < 2:
        return _name_in(typed)
    names = [_name_in(part) for part in parts]
    found = [name for name in names if name]
    if len(found) == 1 and all(name or part.strip().endswith("?") for name, part in zip(names, parts)):
        return found[0]  # "you need full name? Nadia Ferreira": the visitor's question and the name
    if any(a != b and a.lower() in b.lower() for a in found for b in found):
        return max(found, key=len)
    if names[0] and not all(names[1:]):
        return names[0]
    return _name_in(typed)


def _name_in(typed: str) -> Optional[str]:
    text = re.sub(PICTURES, " ", clean_text(typed, 120)).strip(" .!-–")
    text = _NAME_TAILS.sub("", _NAME_LEAD_INS.sub("", text)).strip(" .!,-–")
    parts = text.split()
    if (not 1 <= len(parts) <= 6 or "?" in text or _EMAIL.fullmatch(text)
            or any(ch.isdigit() for ch in text)):
        return None
    if any(part.lower().strip(",.") in _NOT_NAME_WORDS for part in parts):
        return None
    try:
        return check_name(text)
    except InvalidValue:
        return None


_TIME_WORDS = re.compile(
    r"\b(morning|mornings|afternoon|afternoons|evening|evenings|night|nights|noon|lunch|lunchtime|"
    r"weekday|weekdays|weekend|weekends|any ?time|anytime|whenever|any day|after|before|between|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|"
    r"thursdays|fridays|saturdays|sundays|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|today|tomorrow|am|pm|o'clock|asap|soon|work|daytime|"
    r"mornigns|evenigns|tiem|early|late|any|arvo|arvos)\b|\d")


_TIME_VOCABULARY = sorted(set(re.findall(r"[a-z']{4,}", _TIME_WORDS.pattern)))


def corrected_details(text: str, pending: str) -> Dict[str, str]:
    """An email address, or a phone number said with a correction, typed while
    another question of the handoff is pending: "scratch that, my email is
    lucas@example.com" at the time question, "mornings. oh no wait, the number
    is 416 555 0166, not 0165"."""
    found = {}
    address = _address_in(text) if pending != "contact_email" else None
    if address:
        found["contact_email"] = address
    number = _number_in(text) if pending != "contact_phone" and _CORRECTION.search(text.lower()) else None
    if number:
        found["contact_phone"] = number
    return found


def _without_details(text: str) -> str:
    """The sentences of a message that hold no address or phone number."""
    kept = [part for part in re.split(r"(?<=[.!?;])\s+", text) if not (_address_in(part) or _number_in(part))]
    return " ".join(kept).strip()


def best_time(message: Message, choices: Sequence[Choice] = ()) -> Optional[str]:
    """The time as typed, a mistyped time word put right ("evnings": "evenings"), so the
    clinic reads it; "not sure" or "don't mind" is any time. A sentence that gives a
    contact detail is not part of the time ("mornings. oh wait, the number is ...")."""
    message = _answer_part(message)  # "after work. does it hurt much btw?": the time, then a question
    if message is None:
        return None
    text = _NAME_TAILS.sub("", clean_text(_without_details(message.text), 200)).strip(" -–")
    if not text:
        return None
    if "?" in text:
        return None
    if _TIME_WORDS.search(text.lower()):
        return text
    if len(words(text)) <= 6:
        put_right = {word: difflib.get_close_matches(word, _TIME_VOCABULARY, n=1, cutoff=0.8)
                     for word in words(text)}
        if any(put_right.values()):
            return " ".join(close[0] if close else word for word, close in put_right.items())
    return "any time" if _NO_PREFERENCE.search(text.lower()) else None


#: Words that name one region when they answer "Where is the pain mainly?" (first match wins).
_REGION_WORDS = (
    ("whole_back", r"\b(whole|entire|all over|everywhere|every where|all of it|all back|all the back)\b"),
    ("neck", r"\bneck\b"),
    ("upper_back", r"\b(upper|top|middle|mid|middel|midle|high|between (my |the )?shoulder ?blades?|"
                   r"shoulder ?blades?)\b"),
    ("lower_back", r"\b(lower|lowest|low|bottom|down low|lumbar|lombar|above my (bum|butt|buttocks)|belt ?line|belt|"
                   r"down of (the |my )?back|"
                   r"waist(line)?|above (my|the) hips|down part|back down|below|under|down side|the down)\b"),
    ("shoulders", r"\bshoulders?\b"),
)


#: Words of place that name a part of the back, not a button's place ("the top one").
_BODY_PLACES = re.compile(r"\b(top|middle|bottom|upper|lower|mid)\b")


def location(message: Message, choices: Sequence[Choice] = ()) -> Optional[str]:
    if _BODY_PLACES.search(message.text.lower()) and _names_a_button(message.text):
        choices = ()  # "the top one" is the top of the back
    chosen = _typed_choice(message.text, choices)
    if chosen is not None:
        return chosen[1]
    found = message.values("pain_location")
    if found:
        return found[-1]
    short = location_answer(message.text)
    if short:
        return short
    words = answer_words(message.text)
    return next((region for region, pattern in _REGION_WORDS if re.search(pattern, words)), None)


def duration(message: Message, choices: Sequence[Choice] = ()) -> Optional[Dict[str, Any]]:
    chosen = _typed_choice(message.text, choices)
    if chosen is not None:  # "Less than 6 weeks" is the range, not 42 days
        return {"pain_duration_category": chosen[1], "pain_duration_days": None}
    category = message.values("pain_duration_category")
    if not category:
        return _loose_duration(message.text)
    days = message.values("pain_duration_days")
    return {"pain_duration_category": category[-1], **({"pain_duration_days": days[-1]} if days else {})}


#: "years. like at least 4"; not a score's "4 on a good day, 7 on bad" or "most days 6/10".
_UNIT_THEN_NUMBER = re.compile(r"(?<!good )(?<!bad )(?<!every )(?<!most )(?<!per )(?<!each )\b(day|week|month|year|yr)s?"
                               r"\b\W+(?:\w+\W+){0,3}?(\d{1,2})\b(?!\s*(?:/|out of|on\b|of 10))")
_LONG_TIME = re.compile(r"^\W*(?:for\s+)?(?:oh\s+|many\s+|several\s+|some\s+|since\s+)?(?:years|yrs|ages|forever|"
                        r"donkey's years|a long time|a very long time|long time|long|decades|many times?)\b|"
                        # since an age or a stage of life: years, however many
                        r"\bsince (?:i was|i were|i'm|my) (?:a |an )?(?:kid|child|teen|teenager|young|little|"
                        r"twenties|thirties|school days|youth|\d{1,2})\b")
#: A day named as the start: the pain began then ("yesterday" at "how long?").
_RECENT_DAYS = {"today": 1.0, "this morning": 1.0, "tonight": 1.0, "yesterday": 1.0, "last night": 1.0,
                "this week": 3.0, "the other day": 3.0}


_NIGHTS = re.compile(r"^\W*(?:about |like |maybe |for )?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*"
                     r"(?:nights?|nigths?|nites?)\b")
_UNITS_ONLY = re.compile(r"^\W*(?:for\s+|oh\s+|a few\s+|some\s+|many\s+)?(day|week|month)s\W*(?:now|already)?\W*$")


#: A holiday or season typed alone at "how long?" ("Natale, christmas", "around labour day"):
#: the pain began then. Longer messages are the language layer's ("since ...").
_DATE_ALONE_WORDS = 5


def _date_alone(lowered: str, today: date) -> Optional[Dict[str, Any]]:
    words = re.findall(r"[a-z0-9']+", lowered)
    days = calendar_days(words, today) if len(words) <= _DATE_ALONE_WORDS else None
    if days is None:
        return None
    return {"pain_duration_category": duration_category(days), "pain_duration_days": days}


def _loose_duration(text: str, today: Optional[date] = None) -> Optional[Dict[str, Any]]:
    """Answers to "how long?" the language layer leaves: "years. like at least 4", "ages",
    "christmas"."""
    lowered = text.lower()
    alone = _date_alone(lowered, today or date.today())
    if alone:
        return alone
    reordered = _UNIT_THEN_NUMBER.search(lowered)
    if reordered:
        unit = "year" if reordered.group(1) == "yr" else reordered.group(1)
        days = float(int(reordered.group(2)) * UNIT_DAYS[unit])
        return {"pain_duration_category": duration_category(days), "pain_duration_days": days}
    if _LONG_TIME.search(lowered):
        return {"pain_duration_category": "chronic", "pain_duration_days": None}
    recent = re.sub(r"^\W*(?:since|from|started|it started|began)?\s*|\W*$", "", lowered)
    if recent in _RECENT_DAYS:
        return {"pain_duration_category": "acute", "pain_duration_days": _RECENT_DAYS[recent]}
    nights = _NIGHTS.search(lowered)
    if nights:  # "8 nights" at "how long?": as many days
        days = float(numbers_value(nights.group(1)) or 0)
        return {"pain_duration_category": duration_category(days), "pain_duration_days": days} if days else None
    units = _UNITS_ONLY.search(lowered)
    if units:  # "months" alone is a few months, as the language layer reads "a few months"
        days = float(3 * UNIT_DAYS[units.group(1)])
        return {"pain_duration_category": duration_category(days), "pain_duration_days": None}
    return _day_alone(text, today)


#: A day said with a few words of its own: "right after my holiday in Portugal in
#: September, the 27th".
_DAY_ALONE_WORDS = 12


def _day_alone(text: str, today: Optional[date]) -> Optional[Dict[str, Any]]:
    """A day typed at "how long?" with at most a few words of its own ("20 July",
    "2024-11-20", "the weekend we moved, Oct 3", "right after my holiday in Portugal in
    September, the 27th") is the day the pain began. Not one beside a question ("how
    are you today") or a doctor's visit ("saw my GP on 20 July"), nor two days."""
    if len(words(text)) > _DAY_ALONE_WORDS or "?" in text:
        return None
    # "May", "the 10th": a month or day that only a "since" makes a date
    named = named_days(text, today) or [(days, (max(start - 6, 0), end - 6))
                                        for days, (start, end) in named_days(f"since {text}", today)]
    if len(named) != 1 or extract(text, today).facts.seen_doctor is not None:
        return None
    days, (start, end) = named[0]
    if set(words(text[:start] + " " + text[end:])) & _ASKING_WORDS:
        return None
    return {"pain_duration_category": duration_category(days), "pain_duration_days": days}


#: Words beside a day that make the message a question or talk, not a date.
_ASKING_WORDS = {"how", "what", "when", "where", "why", "who", "which", "you", "your", "u", "ur", "is", "are",
                 "do", "does", "can", "could", "will", "would", "hi", "hello", "hey", "thanks", "thank"}


#: Parts of an arm or a leg, or sciatica: what the spreading question asks about.
_ARM_OR_LEG_WORDS = r"arms?|legs?|hands?|fingers?|foot|feet|knees?|thighs?|calf|calves|shins?|toes?|sciatica"
_ARM_OR_LEG = re.compile(rf"\b({_ARM_OR_LEG_WORDS})\b")
#: Every part a spreading pain is said to reach.
_LIMBS = re.compile(rf"\b({_ARM_OR_LEG_WORDS}|hips?|buttocks?|backside|bum|butt|glutes?|groin|shoulders?|elbows?|"
                    r"wrists?|ankles?)\b")


_STAYS = re.compile(r"^\W*(?:it\W+)?(?:just|only|stays?|staying)\b.{0,20}\b(back|there|local|neck|spot|place|put)\b|"
                    r"\b(?:remains?|stays?|staying|keeps?) (?:where it is|in (?:one|the same) (?:place|spot))|"
                    r"\b(?:don't|dont|doesn't|doesnt|does not|do not|never) (?:go|goes|move|travel|spread)s? anywhere|"
                    r"\b(?:locali[sz]ed|one spot only)\b")


def radiates(message: Message, choices: Sequence[Choice] = ()) -> Union[bool, Dict[str, Any], None]:
    """Spreading, in the words people answer with: "arm", "down my leg", "yes to the arm",
    and the limb it reaches when one is named ("yes left leg", "into my shoulder and
    arm"), which the clinic sees in the lead. Staying put is read before any yes or no,
    which may be the classifier's guess ("only local" was classified `affirm`)."""
    lowered = message.text.lower()
    if _STAYS.search(lowered) and not message.values("pain_radiates"):
        return False
    said = _spreads(message, choices, lowered)
    limb = None if message.values("pain_radiates_to") else _limb_reached(lowered)
    return {"pain_radiates": True, "pain_radiates_to": limb} if said and limb else said


def _spreads(message: Message, choices: Sequence[Choice], lowered: str) -> Optional[bool]:
    said = _yes_no_fact("pain_radiates")(message, choices)
    if said is not False and _NEAR_PARTS.search(lowered) and (
            _limbs_denied(lowered) is False or not _ARM_OR_LEG.search(lowered) and not _SAYS_YES_FIRST.match(lowered)):
        # "wraps around to my ribs, nothing in my arms or legs", "to the glute but no
        # further": a part next to the back is no limb (README, radiation.py); a yes
        # said first ("yeah, it shoots into my shoulder") answers the question as asked
        return False
    if said is not None:
        return said
    if not _LIMBS.search(lowered):
        return None
    if not _NO_WORDS & set(words(message.text)):
        return True
    return _limbs_denied(lowered)


#: Parts next to the back a pain may reach without going into a limb.
_NEAR_PARTS = re.compile(r"\b(?:shoulders?|shoulder blades?|blades?|hips?|buttocks?|bum|butt|backside|bottom|"
                         r"glutes?|ribs?|sides?|chest|neck|head)\b")
_ARM_WORDS = {"arm", "arms", "hand", "hands", "finger", "fingers"}


def _limb_reached(lowered: str) -> Optional[str]:
    """"leg", "arm" or "both" for the limbs an answer names and does not deny."""
    denied = _denied_limbs(lowered)
    named = {"arm" if match.group(1) in _ARM_WORDS else "leg"
             for match in _ARM_OR_LEG.finditer(lowered) if match.start(1) not in denied}
    return "both" if len(named) == 2 else next(iter(named), None)


#: A negation just before a limb: "not to the arm", "but not down my legs".
_DENIED_LIMB = re.compile(r"\b(?:not|never|no|nothing|doesn't|doesnt|don't|dont)\b(?:\W+\w+){0,3}?\W+" + _LIMBS.pattern)


def _limbs_denied(lowered: str) -> Optional[bool]:
    """"A bit to the shoulder, not to the arm": the question asks about an arm
    or a leg, and each named one is denied, so it does not spread (None when
    an arm or leg is named without a negation before it)."""
    denied = _denied_limbs(lowered)
    named = [match.start(1) for match in _ARM_OR_LEG.finditer(lowered)]
    return False if named and all(start in denied for start in named) else None


def _denied_limbs(lowered: str) -> set[int]:
    """Where each arm or leg a negation denies starts: "not to the arm", "nothing in my
    arms or legs" (a list after a negation is denied as a whole)."""
    denied = {match.start(1) for match in _DENIED_LIMB.finditer(lowered)}
    named = [match.span(1) for match in _ARM_OR_LEG.finditer(lowered)]
    for (start, end), (following, _) in zip(named, named[1:]):
        if start in denied and _LISTED_LIMB.fullmatch(lowered[end:following]):
            denied.add(following)  # "not into my arms or legs": the list is denied
    return denied


#: Between two limbs of one list: "arms or legs", "arm nor my leg" ("and" may start a clause:
#: "not to my arm, and my leg hurts too").
_LISTED_LIMB = re.compile(r"\W*(?:or|nor|/)\W*(?:(?:my|the|either|your)\W+)?")


#: The yes/no facts the language layer can read from any message.
YES_NO_FACTS = ("pain_radiates", "seen_doctor")


def _yes_no_fact(entity: str) -> Callable[[Message, Sequence[Choice]], Optional[bool]]:
    def read(message: Message, choices: Sequence[Choice] = ()) -> Optional[bool]:
        message = _answer_part(message, _ASKS_MEANING)  # "Must I have been at the doctor?", "wdym spread"
        if message is None:
            return None
        stated = message.values(entity)
        if stated:
            return bool(stated[-1])
        others = [values[-1] for values in (message.values(other) for other in YES_NO_FACTS if other != entity)
                  if values]
        if others:  # "haven't bothered the GP" answers the doctor question, not this one,
            # but "no. it's a 6 and I saw my GP last week" opens with its own "no"
            opened = _opening_answer(_yes_no_words(message.text))
            return opened if opened is not None and all(bool(other) != opened for other in others) else None
        return _yes_no_answer(message, choices)
    return read


_THERAPIST_ONLY = re.compile(r"\b(physio|physiotherapist|physical therapist|pt|chiro|chiropractor|massage|"
                             r"masseuse|osteo|osteopath|acupuncturist|trainer|pharmacist|chemist)\b")


#: A therapist named as well as the doctor the answer is about.
_BESIDES = re.compile(r"\b(too|also|as well|plus|in addition|besides|on top of that)\b")
#: A therapist the doctor sent the visitor to: "yes, she sent me to physio".
_REFERRED = re.compile(r"\b(sent|send|sends|referred|refer|refers|recommended|suggested|prescribed|ordered)\b")

_CLINICAL_WORDS = r"hospital|gp|doctor|doc|physician|er|a&e|emergency|walk-in|walk in|urgent care|x-?ray|mri|scan|specialist"
_CLINICAL = re.compile(rf"\b({_CLINICAL_WORDS})\b")
#: A visit named in any form, for one said to be ahead.
_VISIT = re.compile(rf"\b({_CLINICAL_WORDS}|dr|appointment|appt|check-?up)\b")


#: A place or doctor named alone is the visit ("went hospital", "walk-in clinic last week"); in a
#: longer answer the language layer has read what the visit was for ("my GP years ago for
#: something else").
_NAMED_VISIT_WORDS = 5
_SAYS_YES_FIRST = re.compile(r"\W*(yes|yeah|yep|yup|ya|yh|aye|sure|i did)\b")
#: A visit still ahead: "got a doctor's appointment next week", "seeing my GP on Thursday".
_AHEAD = re.compile(r"\b(next|tomorrow|soon|later|upcoming|booked|due|going to|gonna|will|'ll|"
                    r"appointment|appt|waiting)\b")


def seen_doctor(message: Message, choices: Sequence[Choice] = ()) -> Optional[bool]:
    """A doctor by the slot's contract; a physiotherapist or chiropractor alone is not
    one, even when named only in the visitor's own question ("Is a physio a doctor?
    I've only seen one of those"), and a visit still ahead is "not yet"."""
    named_anywhere = _THERAPIST_ONLY.search(message.text.lower())
    message = _answer_part(message)  # "what counts as a doctor?" is no visit
    if message is None:
        return None
    stated = message.values("seen_doctor")
    lowered = message.text.lower()
    if _NOT_FOR_THIS.match(lowered) or _BUT_NOT_FOR_THIS.search(lowered) or _SO_NO.search(lowered):
        # "No, not for this. I saw my GP for a physical in June.", "a doctor years ago for a
        # flare-up but not for this one", "my GP retired and I haven't found a new one, so no"
        return False
    # A therapist named only in the question counts unless the answer is a plain yes
    # ("yes. should I also see a physio?").
    therapist = _THERAPIST_ONLY.search(lowered) or (named_anywhere and not _SAYS_YES_FIRST.match(lowered))
    if not stated and therapist:
        # "Yes, several times, and I've had physio too": the therapist is besides the doctor.
        return True if (_BESIDES.search(lowered) or _REFERRED.search(lowered)) and _yes_no_answer(message, choices) \
            else False
    said = _yes_no_fact("seen_doctor")(message, choices)
    if not stated and _AHEAD.search(lowered) and _VISIT.search(lowered) and not _SAYS_YES_FIRST.match(lowered):
        return False  # "I have an appointment with Dr. Osei next week": not yet
    if said is None and _CLINICAL.search(lowered):
        if not stated and said_for_something_else(lowered):
            return False  # "my GP years ago for something else"
        if not _NO_WORDS & set(words(lowered)) and not lowered.rstrip().endswith("?") \
                and len(words(lowered)) <= _NAMED_VISIT_WORDS:
            return True  # "went hospital": the place names the visit
    return said


#: A "no" for this pain, whatever visit for something else or an earlier episode follows
#: ("not this time, the doctor saw it two years ago").
_NOT_FOR_THIS = re.compile(r"\W*(?:(?:no|nope|nah|no no)\W+)?not (?:(?:for|about|with) (?:this|that|it|my back|my neck|"
                           r"the back|the neck|this one|this pain|this problem)|(?:for |during |in )?(?:this|the current|"
                           r"the latest) (?:time|episode|round|flare|flare-up|bout|go))\b")


_BUT_NOT_FOR_THIS = re.compile(r"\bbut not (?:for|about|with|during) (?:this|this one|this time|this pain|this flare|"
                               r"this flare-up|this episode|this bout|the current one|the new one)\b")
#: A no the answer ends on, after its reasons.
_SO_NO = re.compile(r"\b(?:so|therefore|hence)\W+(?:no|nope|not yet|nobody|no one|none)\W*$")


def _yes_no_answer(message: Message, choices: Sequence[Choice] = ()) -> Optional[bool]:
    if _says_unsure(message.text):
        return yes_no(message)  # the "not" of "not sure" chooses no "Not yet"
    chosen = _typed_choice(message.text, choices)
    return chosen[1] if chosen is not None and isinstance(chosen[1], bool) else yes_no(message)


#: One parser per question, keyed by the slot it fills.
PARSERS: Dict[str, Callable[[Message, Sequence[Choice]], Any]] = {
    "pain_location": location,
    "pain_duration_category": duration,
    "pain_radiates": radiates,
    "pain_severity": severity,
    "seen_doctor": seen_doctor,
    "precautions": precautions,
    "danger_check": lambda m, c=(): {True: "yes", False: "no"}.get(_yes_no_answer(m, c)),
    "consent_given": _yes_no_answer,
    "contact_name": name,
    "preferred_contact": contact_method,
    "contact_email": email,
    "contact_phone": phone,
    "preferred_time": best_time,
}


def read_answer(slot: str, message: Message, choices: Sequence[Choice] = ()) -> Optional[Dict[str, Any]]:
    """The slot values the message gives as the answer to the question for `slot`, or None."""
    parser = PARSERS.get(slot)
    if parser is None:
        return None
    value = parser(message, choices)
    if value is None:
        return None
    return value if isinstance(value, dict) else {slot: value}


# ---------------------------------------------------------------- facts kept

#: "Sorry, one more thing" or "wait, I forgot" adds something; it corrects nothing.
_ADDING = r"(?!\W*(?:one more thing|one more|one thing|to bother|i forgot|forgot|to add|also|btw|and another))"
_CORRECTION = re.compile(rf"\b(actually|actualy|actully|acutally|sorry{_ADDING}|i meant|i mean|wait{_ADDING}|"
                         rf"{'|'.join(CORRECTION_PHRASES)}|rather|not .{{1,30}} but|instead|change|wrong|"
                         r"(?:scratch|forget|ignore) (?:the|my|that) (?:\d{1,2}|answer|number|score)|"
                         r"(?:scratch|forget|ignore) what i (?:said|wrote|typed)|"
                         r"more (?:my |the |in (?:my |the )?)?\w+ than)\b")
_ABOUT_THE_PAIN = re.compile(r"\b(pain|back|neck|shoulders?|hurts?|hurting|aches?|aching|sore|"
                             r"stiff|it's been|its been|it has been|started|began)\b")


def is_correction(text: str) -> bool:
    return bool(_CORRECTION.search(text.lower()))


def corrected_score(text: str, noted: Optional[float]) -> Optional[float]:
    """The score that replaces the one noted, when the message names that one as
    wrong: "wait, I meant 6, not 9, typo", "before i say 8 but is 6" at the next
    question. A bare number there is otherwise no score; saying "not 9" of the 9
    noted, or that 9 was said, makes it one."""
    if noted is None:
        return None
    lowered = _COUNTED.sub(" ", text.lower())
    named = (re.search(rf"\bnot (?:an? )?{float(noted):g}\b", lowered)
             or re.search(rf"\b(?:said|say|wrote|typed|put|gave) (?:an? )?{float(noted):g}\b", lowered)
             or re.search(rf"\bthan (?:an? )?{float(noted):g}\b", lowered))  # "more a 4 than a 6 today"
    if not named:
        return None
    rest = lowered[:named.start()] + " " + lowered[named.end():]
    others = {float(n) for n in re.findall(r"\b(10|\d)\b(?![.,]\d)", rest)} - {float(noted)}
    return others.pop() if len(others) == 1 else None


def may_change_known_fact(text: str) -> bool:
    """Whether a message may replace a fact already given while another question is pending.

    "I'm pregnant, 7 months along" answers the precautions question; its seven
    months are not the pain's. A known fact changes only when the message says
    it corrects something or speaks of the pain itself.
    """
    lowered = _BACK_IN_TIME.sub(" ", text.lower())
    return bool(_CORRECTION.search(lowered) or _ABOUT_THE_PAIN.search(lowered))


#: "Back" that dates something, not the visitor's back: "a clot I had a few years back".
_BACK_IN_TIME = re.compile(r"\b(?:years?|months?|weeks?|days?|while|time|way|ages|yrs|yr|wks?|mths?)\s+back\b|"
                           r"\bback\s+(?:then|in (?:the|my|\d{4})|when|home)\b")


_NOT_MINE = re.compile(r"\b(not me|not mine|wasn't me|was not me|not for me|wasn't for me|wasn't mine)\b")
_SOMEONE_ELSE = re.compile(r"\bmy (son|daughter|wife|husband|partner|mother|mum|mom|father|dad|kid|child|"
                           r"friend|brother|sister|boyfriend|girlfriend)\b")
_RETRACTABLE = {
    "seen_doctor": re.compile(r"\b(doctor|gp|physician|visit|appointment|check-?up|seen)\b"),
}


def retracted_facts(text: str) -> List[str]:
    """Yes/no facts the visitor takes back as someone else's ("the doctor visit was for my son, not me")."""
    lowered = text.lower()
    taken_back = _NOT_MINE.search(lowered) or (_SOMEONE_ELSE.search(lowered) and _CORRECTION.search(lowered))
    if not taken_back:
        return []
    return [slot for slot, topic in _RETRACTABLE.items() if topic.search(lowered)]


#: What kind of answer works, said the third time a question is asked.
ANSWER_HINTS = {
    "pain_location": 'Just the part that hurts most is enough, for example "lower back" or "neck".',
    "pain_duration_category": 'A rough time is fine, for example "3 weeks", "2 months" or "since last year".',
    "pain_radiates": 'A "yes" or "no" is enough: does the pain spread into an arm or a leg?',
    "pain_severity": 'A number from 0 (no pain) to 10 (the worst pain) works best, for example "6".',
    "seen_doctor": 'A "yes" or "no" is enough: has a doctor looked at this pain?',
    "precautions": 'Name any that apply, for example "blood thinners", or say "none".',
    "danger_check": 'A "yes" or "no" is enough.',
    "consent_given": 'Please answer "I agree" or "no thanks".',
    "contact_name": 'Just the name the clinic should use, for example "Sam Lee".',
    "preferred_contact": 'Just say "email", "phone" or "either".',
    "contact_email": 'An email address looks like "name@example.com"; or type "phone" to be called instead.',
    "contact_phone": ('A phone number with its area code works, for example "416 555 0123"; from abroad, '
                      'with its country code, like +44 7700 900123. Or type "email" to give an email instead.'),
    "preferred_time": 'For example "weekday mornings", "after 5 pm" or "any time".',
}


# ---------------------------------------------------------------- openings

_START_OVER = re.compile(
    r"\b(?:start|begin)(?:ing)?\s+(?:\w+\s+){0,2}?(?:over|again|afresh|anew|fresh|from scratch)\b|"
    r"\b(?:restart|reset|redo|wipe|clear)\b|\bdo (?:it |this |that )?over\b|\bfrom (?:the )?scratch\b|"
    r"\b(?:from|back to) the (?:beginning|top|start)\b|\bsquare one\b|\bnew conversation\b|\bquestionnaire over\b|"
    r"\bforget (?:everything|all|what i said)\b")


def asks_to_start_over(text: str) -> bool:
    """Whether typed words ask to start again: the classifier alone must never wipe
    the answers ("Very well, I consent." was once taken as "start over")."""
    return text.startswith("/") or bool(_START_OVER.search(text.lower()))


_ROUTE_WORDS = {
    "booking": ("book", "booking", "online", "website", "site", "myself", "schedule", "self", "link", "calendar"),
    "contact": ("contact", "call", "phone", "ring", "email", "touch", "reach", "callback", "text", "details",
                "rang", "ringing", "calling", "phoned", "phoning", "emailing", "texting", "contacted", "contacting",
                "human", "person", "someone", "somebody", "speak", "talk"),
}
_ROUTE_VOCABULARY = {word: route for route, ws in _ROUTE_WORDS.items() for word in ws}


#: What follows these is the way not wanted: "ring me? Easier than booking online", "call me, I
#: have questions before I book".
_NOT_THIS_WAY = re.compile(r"\b(?:than|instead of|before|not|don't|dont|do not|no|hopeless|useless|bad|rubbish|hate|"
                           r"can't|cannot|cant)\b[^.,;!?]*")


def route_choice(text: str) -> Optional[str]:
    """'booking' or 'contact' when a typed answer to "book online, or have the clinic
    contact you?" names just one of them ("online", "bok", "ring me"), else None.
    After a change of mind, what follows it decides ("can I book online? oh wait,
    I'd rather they ring me")."""
    changes = list(_CHANGE_OF_MIND.finditer(text.lower()))
    if changes:
        return _one_route(text[changes[-1].end():]) or _one_route(text)
    return _one_route(text)


#: Where a visitor changes their mind ("X instead of Y" is no change: `_NOT_THIS_WAY`).
_CHANGE_OF_MIND = re.compile(r"\b(?:actually|actualy|wait|on second thoughts?|thinking about it|come to think of it|"
                             r"changed? my mind|i'?d rather|i would rather|or rather|scratch that|hmm,? no|"
                             r"no,? sorry)\b")


#: The booking link asked for, by whatever means: "text me the link" wants to book online.
_THE_LINK = re.compile(r"\b(?:link|url)\b")
#: Details left "for later" ask to be contacted; "later" alone is a "not now".
_FOR_LATER = re.compile(r"\bfor later\b")


#: A detail given with the choice names no way to be reached: "book online. my email is ...".
_DETAIL_GIVEN = re.compile(r"\b(?:my|the)\s+(?:e-?mail|email address|number|phone number|phone|mobile|cell)"
                           r"\s*(?:is\b|'s|:)?\s*\S+@\S+|\S+@\S+")


def _one_route(text: str) -> Optional[str]:
    wanted = _NOT_THIS_WAY.sub(" ", _DETAIL_GIVEN.sub(" ", text.lower()))
    if _THE_LINK.search(wanted):
        return "booking"
    if _FOR_LATER.search(wanted):
        return "contact"
    found = {_closest(word, _ROUTE_VOCABULARY, cutoff=0.8, shortest=3) for word in words(wanted)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


#: The offers at the end of the intake, which a typed answer answers first (bot.offer_policy).
ROUTE_OFFERS = ("utter_offer_handoff", "utter_offer_handoff_which")
FOR_LATER_OFFER = "utter_offer_for_later"
#: Offers whose only route is to be contacted: after "see a doctor first", and
#: while a fact the visitor could not give might call for one.
CONTACT_ONLY_OFFERS = (FOR_LATER_OFFER, "utter_offer_contact_first")
OFFERS = (*ROUTE_OFFERS, *CONTACT_ONLY_OFFERS)
#: Answers to the visitor's own questions (and to words outside the assistant's scope),
#: which leave an offer before them open.
ANSWERS_TO_QUESTIONS = ("utter_faq/", "utter_chitchat/", "utter_why_", "utter_out_of_scope",
                        "utter_question_for_clinic")


def offer_pending(responses_newest_first: Iterable[str]) -> Optional[str]:
    """The offer a message answers, from the assistant's responses so far, newest
    first: the latest one if it is an offer, looking past answers to the visitor's
    own questions ("what happens with my info?" at the offer, then "ok then yes")."""
    for name in responses_newest_first:
        if not name.startswith(ANSWERS_TO_QUESTIONS):
            return name if name in OFFERS else None
    return None


#: What tapping an offer's button answers, by its payload.
_OFFER_PAYLOADS = {"/book": "booking", "/contact_me": "contact", "/deny": "no"}


def offer_answer(message: Message, offer: str, responses: Mapping[str, Any]) -> Optional[str]:
    """What a typed message answers to an offer on screen: 'booking' or 'contact' (the
    route), 'which' (a yes that names no route) or 'no'; None when it is no answer
    ("how much is it?"), for the rules to handle as they would anywhere. `responses`
    are the domain's, where the offer's buttons are found.

    The words decide before the classifier: "Yes, please take my details for
    later" was classified goodbye, "sure why not" deny, "phone" small talk.
    After "see a doctor first", the only route is to be contacted later.
    """
    route = route_choice(message.text)
    if message.text.startswith("/") or "?" in message.text and not route:
        return None
    buttons = [(b.get("title", ""), _OFFER_PAYLOADS.get(b.get("payload", ""))) for b in buttons_of(responses, offer)]
    # A bare number is a button's place here ("2" for the second): no score is asked.
    place = re.fullmatch(r"\W*([1-9])\W*", message.text)
    titled = buttons[int(place.group(1)) - 1] if place and int(place.group(1)) <= len(buttons) else \
        _typed_choice(message.text, buttons)
    if titled and titled[1]:  # "Leave details for later" typed
        return "contact" if offer in CONTACT_ONLY_OFFERS and titled[1] == "booking" else titled[1]
    route = route or ("contact" if method_named(message.text) else None)
    said = yes_no(message)
    if offer in CONTACT_ONLY_OFFERS:
        return "contact" if route or said else ("no" if said is False else None)
    if route:
        return route
    return {True: "which", False: "no"}.get(said)


_OWN_PAIN = re.compile(r"\b(my|me|i|i've|i'm|im|mine)\b.*\b(back|neck|shoulders?|spine|pain|hurts?|hurting|"
                       r"aches?|aching|sore|stiff)\b|\b(back|neck|shoulders?)\b.*\b(hurts?|hurting|aches?|aching|"
                       r"pain|painful|sore|stiff|killing|bad)\b")
_WISH = re.compile(r"\b(i'd like|i would like|i want|i wanna|i'm looking|i am looking|looking for|"
                   r"thinking about|thinking of|wondering|interested|hoping|need|try|trying)\b")
_HELP = re.compile(r"\b(help|acupuncture|treatment|appointment|session|advice)\b")
#: "do u do acupuncture for sciatica", "can acupuncture help a slipped disc?": asked for one's own trouble.
_TREATS = re.compile(r"\b(?:do|does|can|could|would|will|is)\s+(?:you|u|ya|acupuncture|it|they|the clinic)\b.*"
                     r"\b(?:do|treat|treats|help|helps|work|works|good|offer|fix)\b")
_BACK_TROUBLE = re.compile(r"\b(back|neck|spine|spinal|sciatica|sciatic|lumbago|disc|disk|shoulders?|lumbar|coccyx|"
                           r"tailbone|whiplash)\b")


#: Help asked for with nothing else named, told to a back-pain assistant: "I wonder whether you
#: might help me", "help please" ("help me with my booking" names something else).
_HELP_ME = re.compile(r"\b(?:help|assist)\s+(?:me|us)\b(?!\s+(?:with|to|find|book|get))|\bneed\s+(?:some\s+)?help\b"
                      r"(?!\s+(?:with|to))|^\W*help\W*(?:please|pls|plz)?\W*$")
#: A question that asks for help or advice, which the intake itself answers ("can you help?").
_ASKS_ADVICE = re.compile(r"\b(help|helps|advice|advise|recommend|suggest)\b|\bwhat (?:should|can|do) (?:i|we) do\b",
                          re.I)


#: A question that asks to be contacted or to book: "can someone call me?", "how do I book?".
_ASKS_FOR_HANDOFF = re.compile(r"\b(?:call|ring|phone|contact|email|e-mail|text|reach|message)\s+me\b|"
                               r"\bget in touch\b|\b(?:book|booking)\b")


def asks_for_handoff(question: str) -> bool:
    """Whether the visitor's own question asks to be contacted or to book, which the
    handoff after the intake answers."""
    return bool(_ASKS_FOR_HANDOFF.search(question.lower()))


def asks_for_advice(question: str) -> bool:
    """Whether the visitor's own question asks for help or advice ("can you help?", "what
    should I do?"): the intake that follows is the answer, not a referral to the clinic."""
    return bool(_ASKS_ADVICE.search(question))


def asks_for_help(text: str) -> bool:
    """Whether an opening asks for help with the visitor's own pain, or wishes for acupuncture.

    "What is acupuncture?" does not; "I'd like to try acupuncture for my sore
    neck" and "good evening, I am looking for help with my back" do.
    """
    lowered = text.lower()
    return bool(_OWN_PAIN.search(lowered) or (_WISH.search(lowered) and _HELP.search(lowered))
                or (_TREATS.search(lowered) and _BACK_TROUBLE.search(lowered)) or _HELP_ME.search(lowered))

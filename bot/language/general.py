"""A sign asked about or told of in general: no one named who has it.

People write to a health service for information as often as about
themselves: "Are large tumours treatable with chemotherapy?", "Is it
necessary to see a doctor for a skull fracture?", "I want to know if
cancer comes back after treatment". Such a question says nothing of whether
the writer (or the person they write for) has the sign, so ``flags`` asks
one question instead of flagging. A question that names someone ("my", "he",
"my husband", "I have") is about that person and is left to the other rules.

The same holds for a sign told as what something generally brings: "the
outbreak can have body aches and fever", "the chest pain that comes from
high blood pressure", "symptoms include a fever", "possible side effects:
fever, chest pain".

The asking frame itself ("I want to know if", "please tell me") names the
asker, not an owner, so it is set aside before the sentence is read for
people.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

#: Words that open a question ("what is the latest research on ...", "have
#: any studies been done ...?"); the wider set only with its question mark,
#: as "was diagnosed with ..." opens a statement.
_OPENERS = {"does", "do", "can", "could", "is", "are", "what", "how", "will", "would", "why", "which", "should",
            "whats", "what's", "hows"}
_OPENERS_ASKED = _OPENERS | {"did", "was", "were", "have", "has", "any", "when", "who", "may", "might"}
#: A question this short is a title or an aside: "Skin cancer??".
_FRAGMENT_WORDS = 5
#: The asker's wish to know, which makes a sentence a question without its
#: question mark: "I want to know if", "I was wondering whether".
_WANTS_TO_KNOW = re.compile(
    r"\bi (?:just |really |would |'d )?(?:want|wanted|like|need|needed|am wondering|was wondering|wonder|"
    r"am looking|was looking|am interested|would be interested)(?: to)?(?: (?:know|knw|ask|find out|learn))?")
#: The asker's other words around the question: "could you tell me", "please reply me", "thank you".
_POLITE = re.compile(
    r"\b(?:can|could|would|will) you (?:please |kindly )?(?:tell|help|send|give|inform)(?: me)?"
    r"|\b(?:please |pls |plz |kindly )?(?:reply|respond|answer|tell|help|let|send|email|inform|advise) (?:to )?me\b"
    r"|\bthank you\b|\bthanks\b")
#: A request for information named as such: "the difference between", "latest research on".
_INFO = re.compile(r"\b(?:difference between|information (?:on|about|regarding)|info (?:on|about)|"
                   r"research (?:on|about|into|regarding)|latest research|statistics (?:on|about))\b")
#: What a condition or a drug generally brings: "can cause", "symptoms include".
_IN_GENERAL = re.compile(
    r"\b(?:can|may|might|could|will|often|usually|typically|commonly) (?:\w+ )?(?:cause|causes|have|bring|give|"
    r"lead to|result in|trigger|produce)\b|\b(?:symptoms?|signs?|side effects?) (?:include|including|are|of|like|such as)\b"
    r"|\b(?:possible|potential|known|listed|common|rare|serious) side effects?\b"
    r"|\b(?:known|said|reported|listed) to (?:cause|give|bring on|trigger)\b"
    r"|\bthat comes? from\b|\b(?:is|are) (?:a |an )?(?:common )?(?:symptoms?|signs?) of\b")
#: Whoever could have the sign: the writer, a relative, anyone named by pronoun.
_PEOPLE = {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself", "we", "our", "us",
           "he", "she", "his", "her", "him", "hers", "they", "their", "them", "you", "your",
           "husband", "wife", "mum", "mom", "dad", "father", "mother", "son", "daughter", "brother", "sister",
           "grandmother", "grandfather", "aunt", "uncle", "friend", "partner", "boyfriend", "girlfriend",
           "baby", "child", "kid"}


def asked_of_no_one(ent: Span) -> bool:
    """The mention's sentence asks for information (it opens as a question,
    or the wish to know or a request for information comes before the
    mention) and names no one who could have it. "Had cancer in 2015, is
    acupuncture ok?" tells before it asks, and "is acupuncture ok during
    chemo?" asks of a time the asker lives through: both stay the writer's."""
    sent = ent.sent
    text = sent.text.lower()
    before = ent.doc[sent.start:ent.start].text.lower()
    if re.search(r"\b(?:during|after|since|while on|on|post|following|through)(?: (?:a|an|the|my))?$", before.rstrip()):
        return False  # a time the asker lives through: "is acupuncture ok during chemo?"
    words = re.findall(r"[a-z']+", _POLITE.sub(" ", _WANTS_TO_KNOW.sub(" ", text)))
    if not words or set(words) & _PEOPLE:
        return False
    marked = text.rstrip().endswith("?")
    opener = words[0] in (_OPENERS_ASKED if marked else _OPENERS)
    return opener or marked and len(words) <= _FRAGMENT_WORDS \
        or _WANTS_TO_KNOW.search(before) is not None or _INFO.search(before) is not None


def told_in_general(ent: Span) -> bool:
    """The mention's sentence tells what something generally brings and names no one who has it."""
    text = ent.sent.text.lower()
    words = re.findall(r"[a-z']+", text)
    return _IN_GENERAL.search(text) is not None and not set(words) & _PEOPLE

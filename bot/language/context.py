"""Whether a mention is asserted, and whose pain the message is about.

The scopes themselves are computed by the Negex passes in ``scopes``; this
module turns them into the decisions the fact modules share.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from bot.language.scopes import RELATIONS

#: Entities that say where or how the pain is: they tell whose pain it is.
PAIN_EVIDENCE = {"LOCATION", "RADIATION", "PAIN"}

#: "Asking for my dad": the message is about someone else even before any pain.
PROXY_RULES = [
    ("PROXY", "", f"(asking|booking|enquiring|inquiring|writing|messaging|here|contacting you|reaching out|calling|this is) (for|on behalf of|about) (my|our) {RELATIONS}"),
    ("PROXY", "", f"on behalf of (my|our)? {RELATIONS}"),
    ("PROXY", "", f"=For my {RELATIONS}"),
]


def in_question(ent: Span) -> bool:
    """Said in a sentence that ends with a question mark."""
    return ent.sent[-1].text.endswith("?")


_ASKING_VERBS = {"must", "should", "do", "does", "did", "need", "shall", "have", "has", "is", "are", "can", "could",
                 "would", "will", "am"}
_ASKERS = {"i", "you", "one", "we", "it"}


_WHAT_COUNTS = {"count", "counts", "counted", "considered", "qualify", "qualifies"}


def asks_whether(ent: Span) -> bool:
    """Said in a question the writer asks about it ("Must I have been at the doctor?",
    "Do I need to see a GP first?", "what counts as a doctor?"), also in a question
    that opens a later clause ("back pain for 3 weeks, should he see a doctor?",
    "is it time to see my GP?"): it need not have happened."""
    if not in_question(ent):
        return False
    words = [tok.lower_ for tok in ent.sent if not tok.is_punct]
    if (len(words) >= 2 and words[0] in _ASKING_VERBS and words[1] in _ASKERS) or bool(_WHAT_COUNTS & set(words)):
        return True
    if words and words[0] in _GENERAL_OPENERS and not set(words) & _FIRST_PERSON:
        return True
    doc = ent.doc
    return any(doc[i].lower_ in _ASKING_VERBS and doc[i + 1].lower_ in _CLAUSE_ASKERS
               and (doc[i - 1].lower_ in _CLAUSE_OPENERS)
               for i in range(max(ent.sent.start, 1), ent.start - 1))


#: A question that opens so and says nothing of the writer asks in general: "What is the
#: treatment for a herniated disc?", "Which doctor treats back pain?" ("Had an MRI, what now?" does not open so).
_GENERAL_OPENERS = {"what", "which", "how", "why", "when", "where", "who", "can", "could", "does", "do", "is", "are",
                    "will", "would", "should"}
_FIRST_PERSON = {"i", "i'm", "im", "i've", "ive", "i'd", "my", "me", "mine", "myself", "we", "our", "us"}
#: Who a question opening a later clause may ask about: "should he see a doctor?" ("did my
#: doctor miss it?" asks about a visit that was made).
_CLAUSE_ASKERS = _ASKERS | {"he", "she", "they"}
#: What may come right before such a question: "…for 3 weeks, should I…", "…and do I…".
_CLAUSE_OPENERS = {",", ";", ":", "-", "and", "but", "so", "or"}


_MEANING_ASKED = (["wdym"], ["what", "do", "you", "mean"], ["what", "do", "u", "mean"], ["what", "does"],
                  ["what", "is"], ["what", "'s"], ["what", "s"], ["whats"], ["meaning"])


def asks_meaning(ent: Span) -> bool:
    """Said in a sentence that asks what a word means, question mark or not: "wdym spread"."""
    words = [tok.lower_ for tok in ent.sent if not tok.is_punct][:4]
    return any(words[:len(opening)] == opening for opening in _MEANING_ASKED)


def is_hypothetical(ent: Span) -> bool:
    """Asked about or feared rather than had; modals only count inside a question."""
    if ent._.hypothetical:
        return True
    return bool(ent._.conditional) and in_question(ent)


def is_historical(ent: Span) -> bool:
    """Said to be over: "I used to", "years ago", "as a child"."""
    return bool(ent._.historical)


#: A forum reply speaks to its reader: "your lower back", "your GP", "have you
#: had an MRI?", "you should get an X-ray". What it says of the reader is not
#: the writer's pain. "Can you help my back?" addresses the clinic, and stays.
_YOURS = {"your", "ur", "yours"}
_ASKED_OR_TOLD = {("have", "you"), ("has", "you"), ("had", "you"), ("did", "you"), ("were", "you"),
                  ("you", "should"), ("you", "need"), ("you", "must"), ("you", "might"), ("you", "ought"),
                  ("you", "'ve"), ("you", "'ll"), ("you've", "had"), ("you've", "seen"), ("you've", "been")}
_CLAUSE_ENDS = {",", ";", ".", "!", "?", ":", "but", "and", "so", "because", "while"}
#: Adverbs between "you" and the advice: "you really should", "you definitely need".
_ADVERBS = {"really", "definitely", "probably", "also", "still", "just", "certainly", "maybe", "honestly",
            "seriously", "absolutely", "totally", "first", "then"}
#: Bare verbs that open advice to the reader, alone ("Get an MRI", "See a
#: rheumatologist") or after "please" or "and": the writer's own visits are
#: told in the past ("saw a rheumatologist", "had an MRI"). Only a doctor or
#: test is advised so: "try to help my lower back" still names the site.
_ADVISED = {"see", "go", "get", "ask", "talk", "speak", "request", "insist", "push", "book", "try", "consider",
            "visit", "demand", "call", "contact", "make"}


def the_readers(ent: Span) -> bool:
    """Said of the person a reply is written to: owned by "your" ("your lower
    back", "your doctor"), asked of or urged on "you" in its own clause
    ("have you seen a rheumatologist", "you really should get an MRI", "you
    should see a GP and get an X-ray"), or advice to the reader ("Please ask
    for blood tests", "See a rheumatologist")."""
    doc = ent.doc
    if ent[0].lower_ in _YOURS or (ent.start > 0 and doc[ent.start - 1].lower_ in _YOURS):
        return True
    words: list[str] = []
    i = ent.start - 1
    while i >= ent.sent.start and len(words) < 12:
        word = doc[i].lower_
        # "you should see a GP and get an MRI": the advice goes on past an
        # "and" that a bare verb follows.
        if word in _CLAUSE_ENDS and not (word == "and" and words and words[0] in _ADVISED):
            break
        words.insert(0, word)
        i -= 1
    said = [word for word in words if word not in _ADVERBS]
    opening = said[1:] if said[:1] == ["please"] else said
    advice = ent.label_ == "DOCTOR"
    urged = advice and i < ent.sent.start and bool(opening) and opening[0] in _ADVISED
    # "I suggest you see an orthopaedic doctor", "you get an X-ray".
    told = advice and any(a == "you" and b in _ADVISED for a, b in zip(said, said[1:]))
    return urged or told or any(pair in _ASKED_OR_TOLD for pair in zip(said, said[1:]))


def about_someone_else(doc: Doc) -> bool:
    """True when the pain described is only someone else's, or the visitor
    says they write for someone ("asking for my dad") and describes no pain of
    their own. "My neighbour had sciatica, my lower back is sore" is the
    visitor's own."""
    evidence = [bool(ent._.other_experiencer) for ent in doc.ents if ent.label_ in PAIN_EVIDENCE]
    if evidence:
        return all(evidence)
    return any(ent.label_ == "PROXY" for ent in doc.ents)


def belongs(ent: Span, someone_else: bool) -> bool:
    """Said of the person the message is about (a relative's pain is not)."""
    return someone_else or not ent._.other_experiencer


def stated(ent: Span) -> bool:
    """Said as a fact about someone: neither negated nor hypothetical."""
    return not ent._.negex and not is_hypothetical(ent)


def asserted(ent: Span, someone_else: bool) -> bool:
    """A finding the message states for the person it describes."""
    return stated(ent) and belongs(ent, someone_else)


#: Words a fact's negation reaches across: "no pain at all in my lower back",
#: "I don't have any neck pain", "not really my neck", "haven't had pain for 2 weeks".
_LIGHT = {"have", "has", "had", "having", "any", "feel", "felt", "really", "much", "the", "my", "a", "an",
          "in", "on", "at", "around", "of", "pain", "pains", "ache", "aches", "aching", "hurt", "hurts",
          "hurting", "sore", "stiff", "stiffness", "all", "get", "got", "it", "its", "it's", "is",
          "was", "been", "there", "so", "too", "that", "this", "for", "or", "nor", "either",
          "more", "mostly", "just", "only", "actually", "even", "ever", "real", "bad", "problem",
          "problems", "issue", "issues", "trouble", "past", "last", "lately", "recently", "since", "now"}
_NEGATION_WORDS = {"no", "not", "n't", "nt", "never", "neither", "nor", "without", "than", "instead",
                   "isn't", "isnt", "wasn't", "aren't", "don't", "dont", "didn't"}
_REACH = 8


def fact_denied(ent: Span) -> bool:
    """A fact negated by a negation of its own ("not my neck", "no pain in
    my lower back"), not by one about something else that only shares the
    sentence: "did not connect the drug to my low back pain", "not a
    surgical candidate for a ruptured disk in my neck"."""
    if not ent._.negex:
        return False
    doc = ent.doc
    for i in range(ent.start - 1, max(ent.sent.start, ent.start - _REACH) - 1, -1):
        word = doc[i].lower_
        if word in _NEGATION_WORDS:
            return True
        if word not in _LIGHT:
            return False
    return False

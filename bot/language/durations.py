"""How long the pain has lasted: amounts, vague phrases, and whose it is.

Conventions: a week is 7 days, a fortnight 14, a month 30, a year 365, an
hour a 24th of a day ("for the past 36 hours" is 1.5 days: the slot counts
days, and a fraction keeps "a few hours" apart from "a day or two"); a
range ("2-3 weeks", "a week or two") takes its midpoint; "a couple" is 2, "a
few" 3, "several" 4. Vague phrases ("for years", "recently") give only a
category. Dates are read in ``dates``.

A duration belongs to the pain unless the nearest cue in its clause says
otherwise: a medicine, therapy, appointment, doctor visit, test or operation,
pregnancy, another symptom or danger sign ("a temperature of 39 since
yesterday", "weakness in my leg since last week"); or it is said of
another person ("my son has had it for 3 days" only when the whole
message is about him). A date also needs an onset cue ("since", "started",
"woke up with it"), so "can I come on Monday?" is no duration. A worsening's
time ("worse over the past few months") is the pain's only when nothing else,
exact or vague, times the pain.

Real stories time many things: a dosing schedule ("3 a day for a week"), a
gap after a treatment ("he gave me samples, 3 days later..."), the day of an
operation or scan ("had a discectomy 8 months ago"), time off or into a
medicine, another symptom's onset ("the nausea began a week later") and a
recovery ("improvement during the first 30 days") are none of them the pain's.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from bot.language import dates, numbers, topic
from bot.language.precautions import PREGNANT_ABROAD
from bot.language.scopes import RELATION_WORDS

#: With the Spanish and French units of visitors who mix languages ("desde hace 5 días").
_MIXED_IN = {"day": ["días", "dias", "día", "dia", "jour", "jours"],
             "week": ["semana", "semanas", "semaine", "semaines"],
             "month": ["mes", "meses", "mois"],
             "year": ["año", "años", "ano", "anos", "ans", "année", "années", "annee", "annees"]}
UNIT = ("(day|days|week|weeks|wk|wks|wek|month|months|mo|mos|mth|mths|mnth|mnths|"
        "monthes|year|years|yr|yrs|yeras|fortnight|fortnights|decade|decades|"
        + "|".join(word for words in _MIXED_IN.values() for word in words) + ")")
#: Hours, read only in the few rules that can time a pain (see RULES).
HOURS = "(hour|hours|hr|hrs)"
_LEAD = "(for|over|the|this|past|last|about|around|almost|nearly|roughly|approximately|approx|approx.|like|maybe|probably|just|only|under|than|least|good|well)?"
_QTY = "(#num|a|an|one|couple|few|several|half|dozen)"
#: "This is the third day": the pain has lasted that many days so far.
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
             "sixth": 6, "6th": 6, "seventh": 7, "7th": 7}
_ORDINAL = "(" + "|".join(_ORDINALS) + ")"
#: Numbers as a phone or a non-native speller types them before a unit.
_SOUNDALIKES = {"too": 2.0, "tree": 3.0, "free": 3.0, "fore": 4.0}
RULES = [
    ("DURATION", "", f"{_LEAD} {_LEAD} (a|an)? {_QTY} (of)? (a|an)? {UNIT} (and a half)? (ago|now)?"),
    ("DURATION", "", f"{_LEAD} {_LEAD} #num + {UNIT} (ago|now)?"),
    # "since too weeks ago", "for tree weeks": a phone's spelling of two or three, only before a unit.
    ("DURATION", "", f"{_LEAD} {_LEAD} (too|tree|free|fore) {UNIT} (ago|now)?"),
    ("DURATION", "", f"(for|over|the|past|last)? (a|an|one|#num) {UNIT} and half"),
    # Texting: "bout 3 n a half mnths", "2 & a half weeks".
    ("DURATION", "", f"{_LEAD} #num (n|&) a half {UNIT} (ago|now)?"),
    ("DURATION", "", f"(more|less|longer) than (a|an)? {_QTY} {UNIT} (ago|now)?"),
    # "For some weeks", "over a number of years": as many as "a few" (3);
    # never a bare "some days", which is how often.
    ("DURATION", "", f"(for|over) (the|a)? (past|last)? (some|number of|good number of|quite some) {UNIT} (now)?"),
    ("DURATION", "", f"{_LEAD} {_LEAD} #num and (a)? half {UNIT} (ago)?"),
    ("DURATION", "", f"{_LEAD} {_LEAD} #num 1/2 {UNIT} (ago)?"),
    ("DURATION", "", f"(the|this|its|it's|my) {_ORDINAL} (straight|whole)? {UNIT}"),
    ("DURATION", "", "(on|is|it's|its) day #num"),
    ("DURATION", "", f"{_LEAD} {_LEAD} #num (-|to|or) #num {UNIT} (ago)?"),
    ("DURATION", "", f"{_LEAD} between #num and #num {UNIT} (ago)?"),
    ("DURATION", "", f"{_LEAD} {_LEAD} (a|an|one) {UNIT} or (two|2|so)"),
    ("DURATION", "", f"{_LEAD} {_LEAD} " r"/^\d+(\.\d+)?(d|days?|w|wks?|weeks?|m|mos?|mths?|months?|y|yrs?|years?)$/ (ago)?"),
    ("DURATION", "", f"(for|over|in)? (the|this)? (past|last|previous) {UNIT} (and a half)?"),
    # Hours only where they can time a pain: "the past 48 hrs", "since a few
    # hours", "3 hours ago", "for 36 hours" (see ``_an_activitys_hours``),
    # never "10 hours a day" at a desk or "sitting for hours".
    ("DURATION", "", f"(for|over|in)? (the|these)? (past|last|previous) (#num|few|couple|several)? (of)? {HOURS}"),
    ("DURATION", "", f"(since|from) (a|the|last|past)? (#num|few|couple|several)? (of)? {HOURS}"),
    ("DURATION", "", f"{_LEAD} (a|an|#num|few|couple|several)? (few|couple)? (of)? {HOURS} ago"),
    ("DURATION", "", f"{_LEAD} {_LEAD} (a|an|#num) {HOURS} (now)?"),
    ("DURATION", "", f"{_LEAD} {_LEAD} (a)? (few|couple|several) (of)? {HOURS} (now)?"),
    ("DURATION", "", f"{_LEAD} {_LEAD} #num (-|to|or) #num {HOURS} (now|ago)?"),
    ("DURATION", "", f"{_LEAD} {_LEAD} " r"/^\d+(h|hr|hrs|hours?)$/ (now|ago)?"),
    ("VAGUE", "chronic", "(for|been|over) (ages|years|decades|yonks|forever|months|so long|donkey 's years)"),
    ("VAGUE", "chronic", "(for)? (a)? (very|really|long)? long (long)? time"),
    ("VAGUE", "chronic", "(many|multiple|countless|numerous) (years|months)"),
    ("VAGUE", "chronic", "(a number of|a good number of) (years|yrs|months)"),
    ("VAGUE", "chronic", "(had|having|suffered|lived with) (it|this|that|them) (years|yrs|ages|decades)"),
    ("VAGUE", "chronic", "(years|months) and (years|months)"),
    ("VAGUE", "chronic", "(most|all) (of)? my (adult)? life"),
    ("VAGUE", "chronic", "my (whole|entire) (adult)? life"),
    ("VAGUE", "chronic", "since (i was|my) (a)? (kid|child|teenager|teen|teens|young|twenties|20s|thirties|school|childhood|youth|uni|university)"),
    # "Since my early 30s", "since I was 19", "since the age of 25": years, however many.
    ("VAGUE", "chronic", "since (i was|my|the age of|age) (early|mid|late) " r"/^(\d0s|twenties|thirties|forties|fifties|sixties)$/"),
    ("VAGUE", "chronic", "since (i was|my) " r"/^(\d0s|forties|fifties|sixties)$/"),
    ("VAGUE", "chronic", "since (i was|the age of|age) " r"/^[1-9]\d?$/"),
    ("VAGUE", "chronic", "(since childhood|as long as i can remember|forever|chronic|for a few years)"),
    ("VAGUE", "acute", "(recently|recent|just started|only just started|just begun)"),
    ("VAGUE", "chronic", "(years|decades|ages|a long time|long|many years|several years) ago"),
    ("VAGUE", "chronic", "(as|when i was) (a)? (kid|child|teenager|teen|boy|girl|young|younger|student)"),
    ("AGE", "", "#num (-)? (years|year|yrs|yr) (-)? old"),
    ("AGE", "", "#num (yo|y/o|yrs old)"),
    ("AGE", "", "(aged|age) #num"),
    # Non-native "I have 42 years" is an age ("I have 3 years of back pain" is not).
    ("AGE", "", "(i|i've|ive) (have|has) " r"/^[1-9]\d$/" " (years|yrs) (and|,|.|;|old)"),
    ("AGE", "", "(i'm|im|i am|she's|he's|she is|he is|they're|am) " r"/^[1-9]\d$/"),
    # Someone else's number is their age, never the visitor's pain score ("she's 1 now").
    ("AGE", "", "(she's|he's|she is|he is|they're|they are|who's|who is|brother is|sister is|son is|daughter is) #num"),
    # A child's age in months, weeks or days is a time ("she's 5 months"), which times a
    # pain dated from the birth (see ``_age_since_birth``) and nothing else.
    ("DURATION", "child_age", "(she's|he's|she is|he is|son is|daughter is|baby is|he have|she have|he has|she has) "
                              "(now|already|just)? #num (day|days|week|weeks|wk|wks|month|months|mth|mths|mo|mos) (old)?"),
    ("AGE", "", "in (my|his|her|their) " r"/^(\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/"),
    # A feeling of how long, no time: "honestly it feels like forever" is asked again.
    ("IGNORE", "", "(feels|feel|felt|seems|seem|seemed) like (forever|ages|an eternity|years)"),
    ("IGNORE", "", f"(once|twice|thrice|every|each|per) (a|an|other|second|single)? {UNIT}"),
    # "dialysis 3x a week", "3 x per month": how often, as a phone writes it.
    ("IGNORE", "", f"(#num times|#num x|/^\\d+x$/) (a|an|per) {UNIT}"),
]

UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}
_UNIT_WORDS = {
    **dict.fromkeys(["h", "hr", "hrs", "hour", "hours"], "hour"),
    **dict.fromkeys(["d", "day", "days"], "day"),
    **dict.fromkeys(["w", "wk", "wks", "wek", "week", "weeks"], "week"),
    **dict.fromkeys(["fortnight", "fortnights"], "fortnight"),
    **dict.fromkeys(["m", "mo", "mos", "mth", "mths", "mnth", "mnths", "month", "months", "monthes"], "month"),
    **dict.fromkeys(["y", "yr", "yrs", "yeras", "year", "years"], "year"),
    **dict.fromkeys(["decade", "decades"], "decade"),
    **{word: unit for unit, words in _MIXED_IN.items() for word in words},
}
_COMPACT = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$")
_MEDICINES = {
    "ibuprofen", "advil", "motrin", "nurofen", "naproxen", "aleve", "naprosyn", "tylenol",
    "paracetamol", "acetaminophen", "panadol", "codeine", "co-codamol", "cocodamol", "codamol", "tramadol",
    "oxycodone", "percocet", "morphine", "prednisone", "prednisolone", "steroids", "steroid",
    "cortisone", "antibiotics", "antibiotic", "gabapentin", "pregabalin", "lyrica",
    "amitriptyline", "duloxetine", "cymbalta", "diclofenac", "voltaren", "celebrex",
    "meloxicam", "robaxin", "methocarbamol", "cyclobenzaprine", "flexeril", "diazepam",
    "valium", "relaxants", "relaxant", "meds", "medication", "medications", "medicine",
    "pills", "pill", "tablets", "tablet", "painkillers", "painkiller", "anti-inflammatories",
    "nsaids", "injection", "injections", "taking", "took", "prescribed", "prescription",
    "drug", "drugs", "statin", "statins", "dose", "doses", "dosage", "mg", "samples",
}
_THERAPY = {
    "physio", "physiotherapy", "physiotherapist", "chiro", "chiropractor", "chiropractic",
    "massage", "osteo", "osteopath", "osteopathy", "acupuncture", "treatment", "treatments",
    "sessions", "session", "exercises", "stretches", "yoga", "pilates", "rehab", "therapy",
}
_ERRANDS = {"appointment", "appt", "booked", "booking", "referral", "referred", "waiting", "waited",
            "surgery", "operation", "scan", "mri", "x-ray", "xray", "results", "holiday",
            "vacation", "trip", "clot", "diagnosed", "saw", "visited", "consulted"}
#: Other symptoms that durations often measure.
_ELSE = {"heartburn", "headache", "headaches", "migraine", "migraines", "cough", "cold", "flu",
         "nausea", "itching", "itch", "rash", "temperature", "fever", "period", "periods",
         "diarrhea", "diarrhoea", "constipation", "insomnia", "anxiety", "depression",
         "weakness", "lump", "lumps", "cyst", "cysts", "mole",
         "moles", "rash", "removed", "removal", "vomiting", "dizziness", "fatigue", "tiredness",
         "exhaustion", "bleeding", "palpitations", "alopecia", "voice", "hoarseness",
         "smoker", "smoking", "smoke", "smoked", "scleritis", "uveitis", "iritis", "conjunctivitis",
         "covid", "pneumonia", "bronchitis", "sinusitis", "asthma", "psoriasis", "eczema", "chlamydia",
         "ibs", "diabetes", "diabetic", "hypertension", "thyroid", "hypothyroidism", "cholesterol", "pcos",
         "endometriosis", "fibroids", "crohn's", "crohns", "colitis", "reflux", "gerd", "acne", "epilepsy",
         "sex", "intercourse", "unprotected"}
#: How someone lives, not how long it hurts: "married for 5 years", "vegetarian for 10 years".
_LIFE = {"married", "divorced", "widowed", "engaged", "together", "vegetarian", "vegan", "retired", "sober",
         "clean"}
#: A recovery's time is not the pain's: "improvement during the first 30 days".
_RECOVERY = {"improvement", "improved", "improving", "relief", "relieved", "healed", "recovery", "recovering",
             "cured", "resolved", "recovered"}
OTHER_WORDS = _MEDICINES | _THERAPY | _ERRANDS | _ELSE | _RECOVERY | _LIFE | {"course"}
#: Common endings of drug names, so unlisted medicines still mark a duration
#: as the medicine's ("amoxicillin for 7 days").
_DRUG_ENDINGS = ("cillin", "mycin", "cycline", "floxacin", "prazole", "statin", "profen",
                 "coxib", "azepam", "olone", "isone", "codone", "oxetine", "triptyline",
                 "abalin", "pentin")
#: Words that start or keep the pain going, so a date near them is its onset.
ONSET_WORDS = {"started", "start", "starting", "began", "begun", "begin", "happened", "came",
               "kicked", "woke", "hurt", "injured", "tweaked", "pulled", "strained",
               "twisted", "jarred", "went", "lifted", "lifting", "bent", "slipped", "fell",
               "noticed", "developed", "did", "threw", "gardening", "history", "commenced", "commence",
               "appeared", "arose", "onset"}
#: "Slept funny on it", "slept wrong": a night that started the pain ("hadn't slept for a week" is no onset).
_SLEPT_WRONG = {"funny", "wrong", "awkwardly", "awkward", "badly", "weird", "weirdly", "oddly", "strangely", "on"}
_OTHER_LABELS = {"DOCTOR", "PRECAUTION", "CHEMO_NOW", "WEIGHT"}
#: Danger signs whose time is the pain's own (an injury starts it; night pain
#: is it); any other sign's time is the sign's ("fever since yesterday").
_PAIN_FLAGS = {"trauma", "night_pain"}
_PAIN_LABELS = {"LOCATION", "RADIATION", "PAIN", "STAYS"}
_FOREIGN_NEXT = {"pregnant", "along", "postpartum", "pp", "gestation", "old", "course", "supply",
                 "prescription", "dose", "trial", "holiday", "vacation", "trip", "wait", "waiting",
                 "appointment", "postnatal", "post-partum", "into", "post", "post-op", "postop", "post-surgery"}
_PAIN_OF = {"pain", "this", "it", "agony", "causing", "suffering", "hurting", "aching", "discomfort", "back",
            "sciatica", "symptoms", "misery", "being", "my", "that", "constant", "on", "severe",
            "bad", "terrible", "chronic", "sharp", "dull", "intense", "excruciating", "lower",
            "upper", "neck", "off", "nagging", "persistent", "stiffness", "ongoing"}
_BOUNDARIES = {",", ";", ":", "-", "—", "(", ")", "but", "and", "so", "because", "cause",
               "although", "though", "while", "whereas", "plus", "also"}


#: Ways of adding half a unit: "a year and a half", "one and half year", "1 1/2 years".
_AND_A_HALF = (["and", "a", "half"], ["and", "half"], ["n", "a", "half"], ["&", "a", "half"], ["1/2"])


#: Words that put an amount just below what it names ("less than", "under"):
#: "less than 3 months" is the "6 to 12 weeks" choice, not "more than 3 months".
_BELOW = {"less", "under", "fewer"}
#: Words that put an amount a little below it: "nearly three months" is short of three too.
_NEARLY = {"almost", "nearly"}
#: How far below: a tenth of the amount (for "less than", at least a day, or half of one or two days).
_SHORT_BY = 0.1


def amount_days(span: Span) -> float | None:
    """Days an amount names: "a week and a half" 10.5, "1 1/2 years" 547.5,
    "2-3 weeks" 17.5, "6wks" 42."""
    words = [tok.lower_ for tok in span]
    values: list[float] = []
    unit = None
    extra_half = False
    i = 0
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        compact = _COMPACT.match(word)
        half = next((len(form) for form in _AND_A_HALF if words[i:i + len(form)] == form), 0)
        if half:
            extra_half, i = True, i + half
            continue
        if compact and compact.group(2) in _UNIT_WORDS:
            values.append(float(compact.group(1)))
            unit = _UNIT_WORDS[compact.group(2)]
        elif word == "half":
            values.append(0.5)
            i += following in ("a", "an")
        elif word in _ORDINALS:
            values.append(float(_ORDINALS[word]))
        elif word in ("a", "an"):
            if following in _UNIT_WORDS:
                values.append(1.0)
        elif word in _SOUNDALIKES and following in _UNIT_WORDS:
            values.append(_SOUNDALIKES[word])
        elif word in ("some", "number") and following in ("of",) + tuple(_UNIT_WORDS):
            values.append(3.0)
        elif word in _UNIT_WORDS and len(word) > 1:
            unit = _UNIT_WORDS[word]
        elif numbers.value(word) is not None:
            values.append(numbers.value(word))
        i += 1
    amount = sum(values[:2]) / len(values[:2]) if values else 1.0
    # No time at all ("0 years", often a typo for a number) measures nothing.
    if unit is None or amount == 0 and not extra_half:
        return None
    days = (amount + (0.5 if extra_half else 0.0)) * UNIT_DAYS[unit]
    if _BELOW & set(words):  # "less than 6 weeks" is short of six: acute, not subacute
        return days - (max(1.0, _SHORT_BY * days) if days > 2 else days / 2)
    if _NEARLY & set(words):
        return days * (1 - _SHORT_BY)
    return days


_ON_OFF = {"on", "off"}


def _boundary(doc, i: int) -> bool:
    """A clause ends at token i, but not at the "and" of "on and off", at a
    dash inside an entity ("L5-S1", "2-3 weeks") nor in a noun like
    "flare-up" or "check-up" ("clear up-did not" is a dash)."""
    if doc[i].lower_ not in _BOUNDARIES or doc[i].ent_iob_ == "I" or _joins_entities(doc, i):
        return False
    if (doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i + 1].lower_ == "up"):
        return False
    inside_set_phrase = (doc[i].lower_ == "and" and 0 < i < len(doc) - 1
                         and doc[i - 1].lower_ in _ON_OFF and doc[i + 1].lower_ in _ON_OFF)
    return not inside_set_phrase


def _joins_entities(doc, i: int) -> bool:
    """A dash between two parts of one name ("L5 - S1" read as two sites)."""
    return (doc[i].text == "-" and 0 < i < len(doc) - 1 and bool(doc[i - 1].ent_type_)
            and doc[i - 1].ent_type_ == doc[i + 1].ent_type_)


#: Subjects that can only open a clause: in run-on text with no punctuation
#: ("we lost our daughter 1 year ago i have upper back pain") the "i" starts
#: the next one.
_SUBJECTS = {"i", "i'm", "im", "i've", "ive", "i'd", "we", "he", "she", "they"}
#: Words after which such a subject stays in the clause: a question ("should
#: i"), a subordinator ("since i fell", "when i bend") or a conjunction that
#: is already a boundary.
_KEEP_SUBJECT = {"should", "can", "could", "would", "will", "shall", "may", "might", "must", "do", "does",
                 "did", "am", "is", "are", "was", "were", "have", "has", "had", "since", "when", "whenever",
                 "if", "that", "as", "after", "before", "until", "till", "while", "once", "where", "what",
                 "how", "why", "which", "who", "than", "unless", "whether", "because", "cause", "and", "but",
                 "or", "so", "then", "though", "although", "even", "like", "think", "thought", "guess",
                 "know", "feel", "felt", "said", "says", "hope", "wish", "sure", "afraid", "worried", "scared",
                 "now", "today"}
#: Ends of a time said before a possessive that opens the next clause:
#: "pain for 3 months my son has a fever".
_TIME_ENDS = set(_UNIT_WORDS) | {"ago", "yesterday", "today", "now"}


def opens_clause(doc: Doc, i: int) -> bool:
    """Token i starts a new clause in run-on text: a subject pronoun after a
    word that does not keep it ("...1 year ago i have", "hurts i can't"), or
    "my" right after a time ("for 3 months my son")."""
    if i <= 0:
        return False
    word, before = doc[i].lower_, doc[i - 1].lower_
    if word in _SUBJECTS:
        return (before not in _KEEP_SUBJECT and not doc[i - 1].is_punct
                and not _of_the_pain(doc[i - 1]) and not _fronted_time(doc, i - 1))
    if word in _RELATIVES:
        return _of_the_pain(doc[i - 1])
    return word == "my" and before in _TIME_ENDS and not _fronted_time(doc, i - 1)


#: Pronouns that open a relative clause: after the pain ("my lower back pain
#: which started 2 months ago") the clause tells of the pain alone.
_RELATIVES = {"which", "that"}


def _relative_of_pain(doc: Doc, start: int) -> bool:
    """The clause is a relative one said of the pain: "a pain in my lower
    back, which I've had for 3 weeks", "the stiffness that has been there for 5 days"."""
    if doc[start].lower_ not in _RELATIVES or start == 0:
        return False
    before = start - 1 if doc[start - 1].text != "," else start - 2
    return before >= 0 and _of_the_pain(doc[before])


#: "Since then", "ever since", "from then on": the pain dates from the event just told.
_SINCE_THEN = (["since", "then"], ["ever", "since"], ["since", "that"], ["from", "then"], ["since", "."],
               ["since", ","])


def _pain_ever_since(span: Span) -> bool:
    """A point in time ("2 months ago", "in May") of an event the pain is
    then said to date from, in the rest of its sentence or the next: "I
    started a new job 2 months ago and I have had neck pain ever since",
    "Two weeks ago I slipped on ice. Since then my lower back aches". Not
    when it eased since ("...and since then my back feels better"), nor
    after a medicine ("began the new tablets 2 months ago and since then...":
    the tablets' time, as everywhere)."""
    doc = span.doc
    if not _point_in_time(span):
        return False
    start, end = _clause(span)
    if any(tok.lower_ in _MEDICINES or tok.lower_.endswith(_DRUG_ENDINGS) for tok in doc[start:end]):
        return False
    sent = span.sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for i in range(span.end, end - 1):
        pair = [doc[i].lower_, doc[i + 1].lower_]
        if pair in _SINCE_THEN or (pair[0] == "since" and i + 2 >= end):
            told = doc[doc[i].sent.start:doc[i].sent.end]
            return (any(tok.ent_type_ in _PAIN_LABELS or tok.lower_ in _PAIN_NOUNS for tok in told)
                    and not any(tok.lower_ in _EASED or tok.lower_ in _RELIEF for tok in told))
    return False


#: Words that point back at what was just told: "I have pain in my lower
#: back. It started 3 months ago / I am facing this problem since 1 year /
#: I've been dealing with it for 3 months".
_BACK_REFERENCES = {"it", "this", "that", "these", "them", "problem", "problems", "issue", "issues", "condition",
                    "suffering", "struggling", "dealing", "living", "facing", "coping", "duration"}


#: Words of a clause that points back at something else than the pain's
#: lasting: an activity ("I have been doing it for 10 years"), a delay ("2
#: weeks later it...", "after it being in for 30 days"), a change or a feeling
#: ("two weeks ago it got so bad", "I felt like it for a day").
_NOT_ITS_TIME = {"doing", "do", "done", "did", "does", "later", "after", "got", "get", "gets", "getting", "became",
                 "become", "becomes", "felt", "feel", "feels"}


def _refers_back(span: Span, start: int, end: int) -> bool:
    """A clause with no cue of its own that points back ("it", "this
    problem", "dealing with it", "Duration: 3 months") to what was told just
    before it, when that was the pain: the first cue met going back, through
    the sentence before, is the pain or a site, named there ("I do
    stretches. I have been doing it for 3 weeks" points at the stretches)."""
    doc = span.doc
    said = {tok.lower_ for tok in doc[start:end] if not span.start <= tok.i < span.end}
    label = start >= 2 and doc[start - 2].lower_ == "duration"
    if not (said & _BACK_REFERENCES or label) or said & _NOT_ITS_TIME:
        return False
    return _points_back_at_pain(span, start)


def _points_back_at_pain(span: Span, start: int) -> bool:
    """The first cue met going back from a clause, through the sentence
    before, is the pain or a site named there."""
    doc = span.doc
    sent = span.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    if not any(tok.ent_type_ in _PAIN_LABELS for tok in doc[first:start]):
        return False
    for i in range(start - 1, first - 1, -1):
        found = _anchor(i, span)
        if found:
            return found == "pain"
    return False


def _last_since(doc: Doc, first: int, last: int) -> int | None:
    """The index of the last "since" from `first` to `last` (both included), or None."""
    return next((i for i in range(last, first - 1, -1) if doc[i].lower_ == "since"), None)


def _since_the_pains_onset(span: Span, start: int) -> bool:
    """A point in time ("4 years ago") of an event the pain is said to date
    from: "lower back pain since my second pregnancy 4 years ago" (the
    pregnancy starts the pain); "on naproxen since my GP gave it 2 weeks ago"
    dates the medicine."""
    doc = span.doc
    if not _point_in_time(span):
        return False
    since = _last_since(doc, start, span.start - 1)
    if since is None or since == start:
        return False
    anchors = [_anchor(i, span) for i in range(start, since)]
    return "pain" in anchors and "other" not in anchors


#: Nouns a reduced relative clause follows: "the pain I've had for 5 months".
_PAIN_NOUNS = {"pain", "pains", "ache", "aches", "discomfort", "problem", "problems", "issue", "issues",
               "symptoms", "symptom", "sciatica", "stiffness", "thing", "condition", "injury"}


def _of_the_pain(token: Token) -> bool:
    return token.ent_type_ in _PAIN_LABELS or token.lower_ in _PAIN_NOUNS


_TIME_LEADS = {"for", "since", "over", "through", "throughout", "during", "in", "within", "the", "these", "this",
               "past", "last"}


def _fronted_time(doc: Doc, i: int) -> bool:
    """Token i ends a time that opens its sentence or clause: "for the past
    2 weeks I have had back ache" keeps the time with what follows."""
    if doc[i].ent_type_ not in ("DURATION", "DATE", "VAGUE"):
        return False
    start = i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ != "B":
        start -= 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    lead = start
    while lead > doc[i].sent.start and doc[lead - 1].lower_ in _TIME_LEADS:
        lead -= 1
    return lead == doc[i].sent.start or _boundary(doc, lead - 1) or doc[lead - 1].is_punct


def _clause(span: Span) -> tuple[int, int]:
    doc, sent = span.doc, span.sent
    start = span.start
    while start > sent.start and not _boundary(doc, start - 1) and not opens_clause(doc, start):
        start -= 1
    end = span.end
    while end < sent.end and not _boundary(doc, end) and not opens_clause(doc, end):
        end += 1
    return start, end


#: Words of a worsening: its time is the pain's only when nothing else times
#: the pain ("back pain for years, much worse for 2 weeks" is chronic).
FLARE_WORDS = {"worse", "worsened", "worsening", "flared", "flare", "flares", "flare-up",
               "aggravated", "worst", "intensified", "escalated"}


def _anchor(token_index: int, span: Span) -> str | None:
    """'pain', 'flare', 'other' or None for the token at an index, judged by its entity or word."""
    token = span.doc[token_index]
    if token_index in _frequency_tokens(span.doc):
        return "other"
    if token.ent_type_:
        label, ent_id = token.ent_type_, token.ent_id_
        if label == "DOCTOR" and ent_id == "finding":
            return None
        if label in _OTHER_LABELS or label in ("FLAG", "UNCLEAR") and ent_id not in _PAIN_FLAGS:
            return "other"
        if label == "IGNORE" and ent_id == "other":
            return "other"
        if label in _PAIN_LABELS or label in ("FLAG", "UNCLEAR"):
            return "pain"
    word = token.lower_
    if word in OTHER_WORDS or word.endswith(_DRUG_ENDINGS):
        return "other"
    if word in FLARE_WORDS:
        return "flare"
    if word == "slept" and token.i + 1 < len(span.doc) and span.doc[token.i + 1].lower_ in _SLEPT_WRONG:
        return "pain"
    if word in ONSET_WORDS and not _not_an_onset(token):
        # "Started an oral gel 2.5 months ago for sciatica" times the gel;
        # "lifting a heavy box", "pulled a muscle", "came on suddenly" start the pain.
        return "other" if word not in _INJURED and _started_something(token) else "pain"
    return None


#: Onset words whose object is what was lifted or hurt, or a particle ("came
#: on"), never a thing started: "lifting a heavy box 2 weeks ago".
_INJURED = {"hurt", "injured", "tweaked", "pulled", "strained", "twisted", "jarred", "lifted", "lifting", "bent",
            "slipped", "fell", "threw", "came"}


#: "Started the Lipitor", "began a new job": an onset word with an object
#: that is no pain starts that thing; "started the day after" still times it.
_OBJECT_LEADS = {"the", "a", "an", "my", "taking", "using", "on", "with"}
_TIME_WORDS = {"day", "days", "week", "weeks", "morning", "night", "evening", "month", "year", "same",
               "next", "moment", "minute", "second", "time", "last", "very"}


#: "Began using this medication": the word after a demonstrative is the thing started.
_THIS = {"this", "that", "these", "those"}


#: "Started having", "began to get": the thing that follows is what started.
_GETTING = {"having", "getting", "experiencing", "developing", "feeling"}
_TO_GET = {"get", "have", "experience", "develop", "feel"}


#: What may start besides the pain's own words: "started getting worse",
#: "began with a twinge", "started to feel stiff".
_PAIN_LIKE = FLARE_WORDS | topic.SUFFERING | topic.TROUBLE | {"twinge", "twinges", "ache", "aches", "aching", "pains",
                                                             "hurts", "hurting", "stiff", "niggle", "dull", "tightness"}


def _started_something(token: Token) -> bool:
    doc = token.doc
    i = token.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].lower_ in _TO_GET:
        i += 2
    elif i < len(doc) and doc[i].lower_ in _GETTING:
        i += 1
    elif i < len(doc) and doc[i].lower_ in _OBJECT_LEADS:
        i += 1
    else:
        return False
    if i >= len(doc):
        return False
    if doc[i].lower_ in _OBJECT_LEADS and i + 1 < len(doc):
        i += 1
    thing = doc[i]
    if thing.lower_ in _THIS and token.i + 3 < len(doc):
        thing = doc[token.i + 3]
    return (thing.lower_ not in _TIME_WORDS and not thing.like_num and not thing.ent_type_
            and thing.lower_ not in _PAIN_OF and thing.lower_ not in _PAIN_LIKE)


#: What "hurt" does to when it starts the pain: "hurt my back", "hurt myself".
_HURT_WHAT = {"my", "myself", "it", "his", "her", "their", "our", "the", "him", "them", "me"}


def _not_an_onset(token: Token) -> bool:
    """An onset word used otherwise: a trip ("went to the ER"), or "hurt" said of
    how it feels ("it makes my back hurt a bit today") rather than of an injury
    ("I hurt my back today")."""
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return _went_somewhere(token) or (token.lower_ == "hurt" and following not in _HURT_WHAT)


def _went_somewhere(token: Token) -> bool:
    """"Went to the ER last week" is a trip, not the back going ("my back went")."""
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ == "went" and following in ("to", "for", "home", "from")


#: "It has been 8 months", "this is the second day", "I have had this issue
#: for 2 years": the time of the thing the story is about, the pain, unless
#: "since" names another start ("it's been a year since my divorce").
_IT_HAS_BEEN = (["it", "has", "been"], ["it", "'s", "been"], ["its", "been"], ["it", "been"],
                ["this", "has", "been"], ["it", "'s", "now", "been"], ["it", "has", "now", "been"],
                ["been", "going", "on"], ["been", "going", "on", "for"], ["had", "it", "for"],
                ["had", "this", "for"], ["had", "them", "for"], ["this", "is"], ["it", "is"], ["it", "'s"],
                ["today", "is"], ["had", "it", "since"], ["been", "like"],
                ["had", "this", "problem"], ["had", "this", "issue"], ["had", "this", "condition"],
                ["had", "it"], ["had", "this"], ["had", "them"],
                ["had", "the", "problem"], ["had", "the", "issue"])


def _it_has_been(span: Span, start: int) -> bool:
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "since":
        return False
    # The amount may have taken the object in: "had [this for 20 yrs]".
    taken = 1 if span[0].lower_ in ("this", "it", "them") and len(span) > 1 else 0
    before = [tok.lower_ for tok in doc[start:span.start + taken]]
    form = next((form for form in _IT_HAS_BEEN if before[-len(form):] == form), None)
    # "Treatment has been going on for a year": the subject is a treatment.
    subject = before[:-len(form)][-2:] if form else []
    return form is not None and not any(w in OTHER_WORDS or w.endswith(_DRUG_ENDINGS) for w in subject)


def _listed_after_pain(span: Span, start: int) -> bool:
    """The time closes a list that starts with the pain: "severe back pain,
    headache for past few days" times both; "lower back pain, 2 months,
    worse when sitting" is a note of it. Run-on text lists with no comma:
    "severe back pain headache for past few days"."""
    doc = span.doc
    pain = next((i for i in range(span.start - 1, start - 1, -1) if doc[i].ent_type_ in _PAIN_LABELS), None)
    if pain is not None:
        start = pain + 1
    # "lower back pain, going on 8 months now": "going on" is "for".
    listed = [tok for tok in doc[start:span.start] if tok.lower_ not in ("for", "since", "over", "going", "on")]
    if len(listed) > 2 or not all(tok.lower_ in _ELSE for tok in listed):
        return False
    if pain is not None:
        return bool(listed)
    if start < 2 or doc[start - 1].lower_ not in (",", "and"):
        return False
    before_start, _ = _clause(doc[start - 2:start - 1])
    return any(doc[i].ent_type_ in _PAIN_LABELS for i in range(before_start, start - 1))


#: Parts whose pain is not back or neck pain ("knee pain for 2 years").
#: Arms and legs are left out: back and neck pain spreads into them.
OTHER_PARTS = {"knee", "knees", "stomach", "tummy", "belly", "abdomen", "abdominal", "wrist", "wrists",
               "hand", "hands", "finger", "fingers", "thumb", "thumbs", "elbow", "elbows", "ankle",
               "ankles", "foot", "feet", "toe", "toes", "heel", "heels", "chest", "tooth", "teeth", "jaw",
               "ear", "ears", "eye", "eyes", "throat", "breast", "breasts", "groin", "pelvic", "pelvis",
               "joint", "joints", "shin", "shins", "head"}
#: Words of pain travelling from the back ("down my leg to my knee").
_SPREADING = {"down", "into", "to", "through", "radiates", "radiating", "radiate", "shoots", "shooting",
              "travels", "travelling", "traveling", "goes", "going", "spreads", "spreading"}


#: Words that open a clause of how the pain began: "it started 5 days ago when I turned my head".
_HOW_IT_BEGAN = {"when", "after", "while", "whilst", "as", "because", "from"}


def _another_part(span: Span, start: int, end: int) -> bool:
    """The clause names another part, no back or neck site and no spreading:
    its pain is that part's ("knee pain for 2 years", "pain in my wrist for 6
    weeks"). A part named after the time in a clause of how it began ("it
    started 5 days ago when I turned my head") is no pain of its own. A list
    of parts and pains joined by "and" is read as one clause: a part listed
    with a site shares its pain ("my lower back and heels since 3 months"),
    a pain listed after another part is that part's ("chest discomfort and
    pain for 2 weeks"); an "and" that opens a clause of its own ("lower back
    pain and my knee has been sore for 2 months") ends the list."""
    doc = span.doc
    began = next((tok.i for tok in doc[span.end:end] if tok.lower_ in _HOW_IT_BEGAN), end)
    while (start >= 2 and doc[start - 1].lower_ in _LISTED and _listable(doc[start - 2])
           and doc[start].lower_ not in _OPENS_A_CLAUSE):
        start = _clause(doc[start - 2:start - 1])[0]
    return (any(tok.lower_ in OTHER_PARTS for tok in doc[start:began])
            and not any(tok.ent_type_ == "LOCATION" or tok.lower_ in _SPREADING for tok in doc[start:end]))


_LISTED = {"and", "&", "/"}
#: Words after an "and" that start a clause of its own rather than the next
#: item of a list: "lower back pain and my knee has been sore for 2 months".
_OPENS_A_CLAUSE = _SUBJECTS | {"my", "it", "the", "his", "her", "their", "this", "that", "its", "it's", "you"}


def _listable(token: Token) -> bool:
    """A part or a pain that a list of them may go on from."""
    return token.ent_type_ in _PAIN_LABELS or token.lower_ in OTHER_PARTS or token.lower_ in _PAIN_NOUNS


def nearest_anchor(span: Span) -> str | None:
    start, end = _clause(span)
    if _it_has_been(span, start) and _on_a_medicine(span, end):
        return "other"
    if (_it_has_been(span, start) or _listed_after_pain(span, start) or _since_the_pains_onset(span, start)
            or _pain_ever_since(span) or _age_of_pain(span) or _age_since_birth(span)):
        return "pain"
    found = _since_event(span, start) or _nearest(span, start, end)
    if found is None and (_relative_of_pain(span.doc, start) or _refers_back(span, start, end)):
        return "pain"
    if found is None and _in_brackets_after_pain(span.doc, start):
        return "pain"
    if found is None and _fronted_alone(span, start, end):
        # "For the past few months, if I lay down, my lower back was stiff":
        # a time said first, on its own, times the pain said in the rest of
        # its sentence (and only that: "3 weeks, haven't seen a doctor").
        found = "pain" if _nearest(span, start, span.sent.end) == "pain" else None
    if found is None:
        found = _since_which_was(span, start)
    if found is None and _another_part(span, start, end):
        return "other"
    if found == "pain" and (_another_part(span, start, end) or _medicine_started(start, end, span.doc)
                            or _medicine_begun(start, end, span.doc) or _relief(span, start)):
        return "other"
    return found


def _on_a_medicine(span: Span, end: int) -> bool:
    """"It has been my third day on this prescription": a day counted on a
    medicine is the medicine's ("it's been 10 days on ibuprofen" is left to
    the pain)."""
    if not any(tok.lower_ in _ORDINALS for tok in span):
        return False
    words = [tok.lower_ for tok in span.doc[span.end:end]]
    return any(word in ("on", "off") and any(w in _MEDICINES or w.endswith(_DRUG_ENDINGS) for w in words[i + 1:i + 4])
               for i, word in enumerate(words[:3]))


def _in_brackets_after_pain(doc: Doc, start: int) -> bool:
    """A time in brackets right after the pain: "neck spasms (40 yrs)"."""
    return (start >= 2 and doc[start - 1].text == "(" and _of_the_pain(doc[start - 2]))


def _fronted_alone(span: Span, start: int, end: int) -> bool:
    """The time opens its sentence and its clause holds nothing else."""
    sent = span.sent
    return (start == sent.start and end < sent.end
            and all(tok.lower_ in _TIME_LEADS or span.start <= tok.i < span.end for tok in span.doc[start:end]))


def _medicine_started(start: int, end: int, doc: Doc) -> bool:
    """The clause starts a medicine, with no pain or site in it: "started 2
    years ago with 10 mg" is the drug's start."""
    tokens = doc[start:end]
    return (any(tok.lower_ in _MEDICINES or tok.lower_.endswith(_DRUG_ENDINGS) for tok in tokens)
            and not any(tok.ent_type_ in _PAIN_LABELS for tok in tokens))


#: Verbs of a treatment's effect on the pain: "it relieved my back pain for
#: about 6 months" times the relief ("nothing helped it for months" does not).
_RELIEF = {"relieved", "relieves", "relieve", "eased", "eases", "helped", "helps", "reduced", "reduces",
           "controlled", "controls", "numbed", "numbs", "masked", "masks", "stopped", "stops", "cured"}
_NEGATED = {"no", "not", "n't", "never", "nothing", "none", "nobody"}


def _relief(span: Span, start: int) -> bool:
    """A relief verb, then the pain, then the time in one clause, not negated
    ("my back pain stopped me working for 3 weeks" is the pain's time)."""
    tokens = list(span.doc[start:span.start])
    at = next((i for i, tok in enumerate(tokens) if tok.lower_ in _RELIEF), None)
    return (at is not None and not {tok.lower_ for tok in tokens[:at]} & _NEGATED
            and not any(tok.ent_type_ in _PAIN_LABELS for tok in tokens[:at])
            and any(tok.ent_type_ in _PAIN_LABELS for tok in tokens[at:]))


_BEGUN = {"started", "start", "starting", "began", "begun", "begin", "been"}
_TAKING = {"taking", "using", "on"}


def _medicine_begun(start: int, end: int, doc: Doc) -> bool:
    """The clause starts or keeps taking a medicine for the pain: "began using
    this medication for back pain a year ago", "been on gabapentin for my
    lower back for 2 years" time the medicine, not the pain."""
    words = [tok.lower_ for tok in doc[start:end]]
    return any(word in _BEGUN and words[i + 1:i + 2] and words[i + 1] in _TAKING
               and any(w in _MEDICINES or w.endswith(_DRUG_ENDINGS) for w in words[i + 2:i + 5])
               for i, word in enumerate(words))


def _nearest(span: Span, start: int, end: int) -> str | None:
    for i in range(span.start - 1, start - 1, -1):
        found = _anchor(i, span)
        if found:
            if found == "pain" and not span.doc[i].ent_type_:
                return _onset_of_pain(span, start, end, _subject_else(span, start, i))
            return _onset_of_pain(span, start, end, found) if not span.doc[i].ent_type_ else found
    for i in range(span.end, end):
        found = _anchor(i, span)
        if found:
            return _onset_of_pain(span, start, end, found) if not span.doc[i].ent_type_ else found
    return None


def _onset_of_pain(span: Span, start: int, end: int, found: str) -> str | None:
    """An onset or worsening word ("started", "lifting", "noticed", "flare")
    makes a time the pain's in a short answer, where the question names the
    pain; in a long story it starts jobs, workouts, medicines, earlier
    episodes and other illnesses' flares as often ("I have been working out
    and lifting weights for the past 5 months", "6 weeks since the flare
    started and my eyes are still sore"), so there its clause must name the
    pain too ("started hurting", "my back went"),
    or "it" the pain told just before ("a horrible ache across my whole back,
    it started nine weeks ago"), or the time is left to the clause's other
    cues. "A 4 month history of sporadic, yet severe, lower back pain" names
    it after the commas."""
    doc = span.doc
    if found not in ("pain", "flare") or not topic.is_long(doc):
        return found
    if [tok.lower_ for tok in doc[span.end:span.end + 2]] == ["history", "of"]:
        end = span.sent.end
    if any(_names_pain(tok) for tok in doc[start:end]):
        return found
    pointing = any(tok.lower_ in _PRONOUNS for tok in doc[start:end])
    return found if pointing and _points_back_at_pain(span, start) else None


#: Pronouns that can stand for the pain told just before ("it started", "this began").
_PRONOUNS = {"it", "this", "that", "these", "they", "them"}


def _names_pain(token: Token) -> bool:
    """The pain itself, not only its worsening ("the flare" may be any illness's)."""
    return (_of_the_pain(token) or token.lower_ in _PAIN_LIKE and token.lower_ not in FLARE_WORDS
            or token.ent_type_ in ("FLAG", "UNCLEAR") and token.ent_id_ in _PAIN_FLAGS)


def _subject_else(span: Span, start: int, onset: int) -> str:
    """An onset word's subject: "nausea began several months later" starts the
    nausea, "the back pain started 2 weeks ago" the pain, "this flare-up
    started 10 days ago" a worsening (the first cue before the onset word
    decides; none leaves it the pain's)."""
    for i in range(onset - 1, start - 1, -1):
        found = _anchor(i, span)
        if found == "flare":
            return found
        if found:
            return "other" if found == "other" and span.doc[i].lower_ in _ELSE else "pain"
    return "pain"


def _has_onset(span: Span) -> bool:
    if span[0].lower_ in ("since", "from"):
        return True
    start, end = _clause(span)
    doc = span.doc
    if start == span.start and _beside_a_since(doc, start) or _says_which_day(span):
        return True
    return any((doc[i].lower_ in ONSET_WORDS and not _not_an_onset(doc[i])) or doc[i].lower_ == "since"
               or doc[i].ent_id_ == "trauma" for i in range(start, end) if not span.start <= i < span.end)


#: What sets a date beside the phrase it names the day of: "since my birthday, 20 July".
_APPOSITION = {",", "(", "-", ":"}
#: How many words a "since" phrase a date is set beside may have: "since the weekend we moved".
_SINCE_PHRASE = 6


def _beside_a_since(doc: Doc, start: int) -> bool:
    """A date opens a clause right after a short "since" phrase that holds no time of its
    own: "since my birthday, 20 July", "since the move (8 August)", "since the weekend
    we moved, Oct 3"."""
    if start < 2 or doc[start - 1].text not in _APPOSITION:
        return False
    before = doc[max(doc[start - 1].sent.start, start - 1 - _SINCE_PHRASE):start - 1]
    since = [tok.i for tok in before if tok.lower_ == "since"]
    times = [ent for ent in doc.ents if ent.label_ in ("DURATION", "DATE", "VAGUE")
             and since and since[-1] <= ent.start < start - 1]
    return bool(since) and all(ent.label_ == "DATE" and dates.names_an_events_day(ent) for ent in times)


def _says_which_day(span: Span) -> bool:
    """"My back started the weekend we moved, which was October 3rd": a date that says
    which day an onset before it was."""
    doc = span.doc
    words = [tok.lower_ for tok in doc[max(span.sent.start, span.start - 3):span.start]]
    if words[-2:] not in (["which", "was"], ["that", "was"], ["which", "is"]) or len(words) < 3 or words[0] != ",":
        return False
    return any(tok.lower_ in ONSET_WORDS or tok.lower_ == "since" for tok in doc[span.sent.start:span.start - 3])


_FIRST_PERSON = {"i", "i've", "ive", "i'm", "im", "i'd", "me", "myself"}


def visitor_in_clause(span: Span) -> bool:
    """The visitor speaks in the clause of a time that names a relative:
    "since I had my son 7 months ago" is the visitor's time, "we lost our
    daughter a year ago" is not the pain's."""
    start, end = _clause(span)
    doc = span.doc
    if doc[start].lower_ in _RELATIVES and start >= 2:
        # "since I helped my brother move house, which was 3 weeks ago": the
        # relative clause times the clause it hangs on.
        start = _clause(doc[start - 2:start - 1])[0]
    words = {tok.lower_ for tok in doc[start:end]}
    return bool(words & _FIRST_PERSON) or bool(words & _BIRTH and words & _CHILD) or _age_since_birth(span)



def _since_event(span: Span, start: int) -> str | None:
    """"My shoulders have troubled me since I retired in the spring of 2023": a time
    that dates a "since" event times what that event is the onset of, the cue before
    "since" ("on warfarin since my surgery in 2019" is the warfarin's)."""
    doc = span.doc
    since = _last_since(doc, start, span.start - 1)
    if since is None:
        since = _onset_after(doc, start, span.start - 1)
    return None if since is None or since == span.start else _cue_before(span, since)


def _onset_after(doc: Doc, first: int, last: int) -> int | None:
    """The index of an "after" that an onset word just before makes a "since":
    "my back pain started after my surgery 3 months ago" is timed like "since my
    surgery 3 months ago" ("I had an MRI after the fall 2 weeks ago" is not)."""
    return next((i for i in range(last, first, -1) if doc[i].lower_ == "after"
                 and any(tok.lower_ in ONSET_WORDS and not _not_an_onset(tok) for tok in doc[max(first, i - 2):i])),
                None)


def _cue_before(span: Span, index: int) -> str | None:
    """The nearest cue before a token, in the time's sentence."""
    for i in range(index - 1, span.sent.start - 1, -1):
        found = _anchor(i, span)
        if found:
            return found
    return None


def _since_which_was(span: Span, start: int) -> str | None:
    """"My back has been sore since I helped my brother move house, which was 3
    weeks ago": a relative clause that dates a "since" clause times what that
    clause is the onset of, the cue before "since"."""
    doc = span.doc
    if doc[start].lower_ not in _RELATIVES or start < 2:
        return None
    head = _clause(doc[start - 2:start - 1])[0]
    since = _last_since(doc, head, start - 2)
    return None if since is None else _cue_before(span, since)


#: "Since my son was born 3 years ago", "since the birth of my daughter": a
#: child's birth times the mother's pain, like "since I had my son".
_BIRTH = {"born", "birth", "delivery", "delivered", "c-section", "caesarean", "cesarean"}
_CHILD = {"son", "daughter", "baby", "babies", "twins", "child", "kid", "boy", "girl", "little", "one"}


#: Who a child's age is said of, and the words between them and the age:
#: "he is now 7 months", "she's 5 months", non-native "he have now 7 month".
_CHILD_SUBJECTS = _CHILD | {"he", "she", "they"}
_AGE_VERBS = {"is", "'s", "s", "has", "have", "turned", "turns", "will", "be", "now", "already", "just"}
#: How far after "since" the birth may be named: "since my little boy was born".
_SINCE_BIRTH_WINDOW = 6


def _age_since_birth(span: Span) -> bool:
    """"Since my son born I have pain in lower back, he have now 7 month": a pain
    dated from a birth lasts as long as the child's age said after it."""
    doc = span.doc
    i = next((tok.i for tok in span if tok.like_num), span.start) - 1
    verbs = 0
    while i >= 0 and (doc[i].lower_ in _AGE_VERBS or doc[i].lower_ in _ROUGHLY):
        verbs += doc[i].lower_ in _AGE_VERBS
        i -= 1
    if not verbs or i < 0 or doc[i].lower_ not in _CHILD_SUBJECTS:
        return False
    for since in (tok.i for tok in doc[:i] if tok.lower_ == "since"):
        after = {tok.lower_ for tok in doc[since + 1:since + 1 + _SINCE_BIRTH_WINDOW]}
        if after & _BIRTH or ({"had", "having"} & after and after & _CHILD):
            return True
    return False


#: A unit alone as one item of a terse list of facts: "whole back aches. years".
_LONE_UNITS = {"years": "chronic", "yrs": "chronic", "ages": "chronic", "decades": "chronic", "months": "chronic",
               "mths": "chronic", "weeks": "acute", "wks": "acute", "days": "acute"}


def lone_unit(item: Span) -> str | None:
    """The category of a list item that is a time unit alone ("years"), else None;
    the severity layer reads a number after such an item as its amount, not a score."""
    words = [tok.lower_ for tok in item if not tok.is_punct]
    return _LONE_UNITS.get(words[0]) if len(words) == 1 else None


def listed_vague(doc: Doc) -> tuple[str | None, Span | None]:
    """The category of a time given as a lone unit in a list of facts, and its item."""
    items = topic.list_items(doc)
    for item in items if len(items) > 1 else ():
        category = lone_unit(item)
        after_a_stop = item.start == 0 or doc[item.start - 1].is_punct  # not a line broken mid-sentence
        if category and after_a_stop:
            return category, item
    return None, None


def told_of_pain(span: Span) -> bool:
    """In a long message, the nearest cue in the time's own clause is the
    pain, a site, its onset or its worsening ("I've been a nurse for 20
    years" is no pain's time), or the time ends a spell without it ("fine until
    10 days ago"); a short message is an answer, and counts."""
    if _a_time_thought_of(span):
        return False
    return (not topic.is_long(span.doc) or nearest_anchor(span) in ("pain", "flare")
            or _corrects_a_time(span) or ends_a_spell_of_ease(span) or _opens_with_its_onset(span))


#: What may stand between an onset that opens a sentence and its time: "Started on the 3rd".
_BEFORE_A_TIME = {"on", "in", "around", "about", "at", "the", "back", "roughly"}


def _opens_with_its_onset(span: Span) -> bool:
    """A sentence that opens with the onset of what the message is about, its subject
    left out: "It's my neck. Started the beginning of October"."""
    doc = span.doc
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in _BEFORE_A_TIME:
        i -= 1
    return i == span.sent.start and doc[i].lower_ in ONSET_WORDS


_COMPARED = {"than", "vs", "versus"}
_THINKING = {"thinking", "think", "thought", "remembering", "remember", "meant", "mean"}


def _a_time_thought_of(span: Span) -> bool:
    """A past week or month thought of or compared, not the pain's start: "I was thinking
    of last week", "better than last month" ("since the autumn of last year" dates it)."""
    doc = span.doc
    before = [tok.lower_ for tok in doc[max(span.start - 2, 0):span.start]]
    return span[0].lower_ == "last" and bool(before) and (
        before[-1] in _COMPARED or (before[-1] in ("of", "about") and len(before) == 2 and before[0] in _THINKING))


def _corrects_a_time(span: Span) -> bool:
    """A time its sentence corrects, in a long answer to another question: "Oh and
    sorry, I said four weeks but it's actually more like four months"."""
    before = [ent for ent in span.sent.ents if ent.end <= span.start]
    return (any(ent.label_ == "CORRECTION" for ent in before)
            and any(ent.label_ in ("DURATION", "DATE") for ent in before))


#: Most words of description between "of" and the pain: "7 months of unbearable back pain".
_OF_PAIN_WINDOW = 3


def _of_pain(span: Span) -> bool:
    """The time is followed by "of" and the pain: "10 years of back pain",
    "7 months of unbearable, constant back pain"."""
    doc = span.doc
    if not (span.end + 1 < len(doc) and doc[span.end].lower_ == "of"):
        return False
    if doc[span.end + 1].lower_ in _PAIN_OF:
        return True
    for tok in doc[span.end + 1:min(len(doc), span.end + 2 + _OF_PAIN_WINDOW)]:
        if tok.ent_type_ in _PAIN_LABELS or tok.lower_ in _PAIN_NOUNS:
            return True
        if tok.is_punct and tok.text != "," or _boundary(doc, tok.i) and tok.text != ",":
            return False
    return False


#: Words between the pain and its age: "my neck pain is (about) 10 days old".
_COPULAS = {"is", "'s", "s", "was", "are", "were"}
_ROUGHLY = {"about", "around", "almost", "nearly", "only", "just", "roughly", "approximately", "over", "under",
            "barely", "now", "already", "like", "maybe", "probably"}


def _age_of_pain(span: Span) -> bool:
    """The time is the pain's age: "my back pain is 3 days old", "the injury
    is about a week old" (a baby's "3 weeks old" is not the pain's)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "old":
        return False
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in _ROUGHLY:
        i -= 1
    if i < 1 or doc[i].lower_ not in _COPULAS:
        return False
    subject = doc[i - 1]
    return (_of_the_pain(subject) or subject.lower_ in ("it", "this") or subject.lower_ in topic.SUFFERING
            or subject.lower_ in _EPISODE)


_PREGNANCY = {"pregnant", "pregnancy", "expecting", "gestation", "preggers", "preggo", *PREGNANT_ABROAD}


def _told_of_pregnancy(span: Span) -> bool:
    """The time comes right after the pregnancy: "I'm pregnant, 20 weeks", "pregnancy (12 wks)";
    not when it dates the pregnancy ("since my first pregnancy 6 years ago")."""
    doc = span.doc
    if any(tok.lower_ == "ago" for tok in doc[span.start:min(span.end + 1, len(doc))]):
        return False
    i = span.start - 1
    while i >= 0 and (span.doc[i].is_punct or span.doc[i].lower_ in ("about", "around", "almost", "nearly", "now", "at")):
        i -= 1
    return i >= 0 and span.start - i <= 3 and span.doc[i].lower_ in _PREGNANCY


def belongs_to_pain(span: Span) -> bool:
    """Whether a duration or date measures the pain rather than something else."""
    doc = span.doc
    words = [tok.lower_ for tok in span]
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before in ("in", "within", "every", "per") and words[0] not in ("the", "last", "past", "this"):
        return False
    # "after 5 days" is a delay after something else ("went away after 5
    # days", "after 18 months on the drug"); "after 10 years of back pain" is the pain's.
    if before == "after" and not _of_pain(span):
        return False
    if _told_of_pregnancy(span) and not _of_pain(span):
        return False
    following = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
    # "Since I was 8 weeks pregnant" is no age.
    if span.label_ == "VAGUE" and after in _UNIT_WORDS:
        return False
    if _age_of_pain(span):
        return True
    if span.ent_id_ == "child_age":
        return _age_since_birth(span)
    # "Several months in to taking the drug", "my 3rd day off the drug" ("a week off work" is the pain's).
    if (after in _FOREIGN_NEXT or (after, following) == ("in", "to")
            or (after == "off" and following not in _NOT_STOPPED)):
        return False
    if after == "later" and _after_something_else(span):
        return False
    # "2 days after my back pain gone", "3 weeks after the shot": a delay.
    if after == "after" and _a_delay(span):
        return False
    if _conditional(span) or _pain_free(span):
        return False
    if _frequency(words) or _a_contact_then(span) or _per(span) or _an_activitys_hours(span):
        return False
    if after == "of" and not _of_pain(span):
        return False
    if span.label_ == "DATE" and not _has_onset(span):
        return False
    if _on_something(span) or _a_role(span) or _at_a_workplace(span) or _an_activity(span) or _compared_episode(span):
        return False
    return nearest_anchor(span) != "other"


#: "-ing" words after "been" that tell of the pain, not of an activity: "I
#: have been having / suffering from / dealing with back pain for 3 years".
_PAIN_ING = {"having", "getting", "experiencing", "feeling", "suffering", "dealing", "struggling", "living",
             "coping", "battling", "fighting", "hurting", "aching", "bothering", "bugging", "killing",
             "troubling", "going", "putting", "managing", "handling", "noticing", "waking", "limping",
             "paining", "throbbing", "burning", "tingling", "spasming", "playing", "acting", "giving",
             "niggling", "grumbling", "nagging", "flaring", "being"}


def _an_activity(span: Span) -> bool:
    """"I have been running for 10 years", "been working from home for 2
    years", "been sitting at a desk 8 hours a day for 5 years": how long one
    has done something, when no pain or site is named between ("been waking
    up with a stiff neck for 2 weeks" is the pain's; "my back has been
    playing up for a month" too)."""
    doc = span.doc
    start, _ = _clause(span)
    lead = span.start if span[0].lower_ in ("for", "over") else span.start - 1
    if lead <= start or doc[lead].lower_ not in ("for", "over"):
        return False
    been = next((i for i in range(lead - 1, start - 1, -1) if doc[i].lower_ == "been"), None)
    if been is None or been + 1 >= lead:
        return False
    verb = doc[been + 1].lower_
    return (verb.endswith("ing") and verb not in _PAIN_ING and verb not in _PAIN_LIKE
            and not any(tok.ent_type_ in _PAIN_LABELS or _of_the_pain(tok) for tok in doc[been:lead]))


def _a_role(span: Span) -> bool:
    """"I have been a nurse for 20 years", "been an HGV driver for a decade",
    "I've been with my boyfriend for 3 years": how long one has been
    something or with someone, not how long it hurts."""
    doc = span.doc
    lead = span.start if span[0].lower_ == "for" else span.start - 1
    if lead < 3 or doc[lead].lower_ != "for":
        return False
    words = list(doc[max(0, lead - 7):lead])
    been = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower_ == "been"), None)
    if been is None or been + 1 >= len(words) or not any(tok.lower_ in _FIRST_PERSON for tok in words[:been]):
        return False
    after = [tok.lower_ for tok in words[been + 1:]]
    partner = after[0] == "with" and bool(set(after[1:]) & (RELATION_WORDS | {"partner", "him", "her", "them"}))
    return ((after[0] in ("a", "an") or partner)
            and not any(tok.ent_type_ in _PAIN_LABELS or tok.lower_ in _PAIN_NOUNS for tok in words[been + 1:]))


#: Places one works or studies at: "been at this firm 6 years" times the job.
_WORKPLACES = {"firm", "company", "job", "office", "school", "hospital", "warehouse", "store", "shop", "plant",
               "factory", "bank", "agency", "department", "practice", "university", "uni", "college", "position",
               "role", "post", "place", "business", "restaurant", "site", "mill", "workplace", "employer"}


def _at_a_workplace(span: Span) -> bool:
    """"Been at this firm 6 years", "worked in the same warehouse for twelve years": how
    long one has been at a workplace, not how long it hurts."""
    doc = span.doc
    words = [tok.lower_ for tok in doc[max(span.sent.start, span.start - 6):span.start]]
    return any(a in ("been", "worked", "working", "work", "stayed") and b in ("at", "with", "in", "for")
               and _WORKPLACES & set(words[i + 2:i + 5])
               for i, (a, b) in enumerate(zip(words, words[1:])))


def _a_delay(span: Span) -> bool:
    """A point in time ("two days after"), not a length ("for three weeks
    after playing golf") nor an onset ("3 weeks ago after lifting"), counted
    from a treatment ("after the massage", "after taking it") or followed by
    the pain easing ("2 days after my back pain gone"): a delay. "My back
    went 3 days after the gym" is left to the other rules."""
    start, end = _clause(span)
    doc = span.doc
    length = span[0].lower_ in _LENGTH_LEADS or (span.start > 0 and doc[span.start - 1].lower_ in _LENGTH_LEADS)
    if length or span[-1].lower_ == "ago" or _it_has_been(span, start):
        return False
    following = [tok.lower_ for tok in doc[span.end + 1:min(end, span.end + 5)]]
    treated = any(word in _TREATMENTS or word.endswith(_DRUG_ENDINGS) for word in following)
    eased = any(tok.lower_ in _EASED for tok in doc[start:end])
    return treated or eased


_LENGTH_LEADS = {"for", "over", "past", "last"}
#: Treatments a delay is counted from ("after the massage", "after the shot").
_TREATMENTS = (_MEDICINES | _THERAPY | {"shot", "shots", "jab", "epidural", "surgery", "operation"}) - {
    "session", "sessions", "exercises", "stretches", "yoga", "pilates", "taking", "took"}
#: Words of the pain easing: a time near them counts from a treatment.
_EASED = {"gone", "better", "easier", "eased", "relief", "relieved", "improved", "disappeared", "vanished",
          "subsided"}


_IF = {"if", "unless", "whenever"}


#: Words an "if" clause may follow and still be a condition ("however if I skip...").
_BEFORE_IF = {"however", "but", "and", "only", "even", "so", "then", "also"}


#: "If I remember right, about 3 weeks": an aside, not a condition.
_ASIDES = {"remember", "recall", "honest", "right", "correct", "memory", "serves", "mistaken", "wrong"}


def _conditional(span: Span) -> bool:
    """The time is said in an "if" clause that opens its clause: "if I skip
    more than 2 days the backache is back" is a condition, not how long it
    has hurt ("not sure if it matters but it has hurt for 3 weeks" is not)."""
    start, _ = _clause(span)
    words = [tok.lower_ for tok in span.doc[start:span.start]]
    at = next((i for i, word in enumerate(words) if word in _IF), None)
    return (at is not None and all(word in _BEFORE_IF for word in words[:at])
            and not set(words[at:]) & _ASIDES)


#: Words that end the pain for a while: "it went away for 6 months", "pain free for a year".
_FREE_OF_PAIN = {"away", "gone", "disappeared", "vanished", "free", "pain-free", "without", "eased", "subsided",
                 "settled", "remission"}
#: Words a negation may reach over before the pain it denies, besides one word
#: describing it: "haven't had any real back pain", "never been in pain".
_NEGATION_LIGHT = {"had", "have", "has", "having", "any", "been", "felt", "feel", "experienced", "a", "an",
                   "the", "my", "much", "of", "in", "so", "too", "really", "single", "bit", "got"}
#: A time after these is when the pain began, not a time without it: "never had back pain until 2 weeks ago".
_ENDS_A_SPELL = {"until", "till", "til", "before", "except"}


def _pain_free(span: Span) -> bool:
    """The time is a spell without the pain, not how long it has hurt: "I haven't
    had any back pain in the past year", "no neck pain for 2 years", "it went away
    for 6 months", "pain free for a month" ("the pain never went away for 3 months"
    and "never had back pain until 2 weeks ago" are the pain's)."""
    doc = span.doc
    start, _ = _clause(span)
    if span.start > 0 and doc[span.start - 1].lower_ in _ENDS_A_SPELL:
        return False
    tokens = list(doc[start:span.start])
    for at, tok in enumerate(tokens):
        negated = any(t.lower_ in _NEGATED for t in tokens[max(0, at - 2):at])
        if tok.lower_ in _FREE_OF_PAIN and not negated:
            return True
        if tok.lower_ in _NEGATED and _denies_pain(tokens[at + 1:]):
            return True
    return False


def _denies_pain(after: list[Token]) -> bool:
    """The words after a negation reach the pain over light words and at most one
    other ("no neck pain", "haven't had any RSI pain"; "nothing has eased my neck
    pain" denies the easing, not the pain)."""
    rest = list(after)
    while rest and rest[0].lower_ in _NEGATION_LIGHT and not _of_the_pain(rest[0]):
        rest.pop(0)
    return bool(rest) and (_of_the_pain(rest[0]) or (len(rest) > 1 and _of_the_pain(rest[1])))


#: Units before "a day" that make it a rate: "10 hours a day", "twice a week".
_RATE_UNITS = {"hours", "hour", "hrs", "hr", "minutes", "minute", "mins", "min", "times", "days", "nights",
               "miles", "km", "cigarettes", "cups", "pills", "tablets"}


def _per(span: Span) -> bool:
    """"A day" after an amount of something: "at a desk 10 hours a day"."""
    doc = span.doc
    return span[0].lower_ in ("a", "an", "per") and span.start > 0 and doc[span.start - 1].lower_ in _RATE_UNITS


#: Words that make a number of hours a window up to now, not how long something lasted.
_HOURS_SO_FAR = {"past", "last", "previous", "since", "from", "ago", "now"}
#: Words after a number of hours that make it a stretch of an activity or a
#: rate: "8 hours a day", "12 hours straight", "3 hours at a time".
_HOURS_OF = {"a", "an", "per", "each", "every", "straight", "at", "of", "on", "in", "without", "before", "after",
             "shift", "shifts", "day", "days", "night", "nights", "drive", "drives", "flight", "flights", "journey",
             "trip", "week", "weeks", "job", "sleep", "sessions", "session", "workout", "walk", "walks", "hike"}
#: Fewer hours than this, said with a bare "for", time an activity ("sat for 3
#: hours"); a pain said to have lasted a night and a day is timed in more.
_ACTIVITY_HOURS = 12


def _an_activitys_hours(span: Span) -> bool:
    """A number of hours that times an activity or a rate, not the pain:
    "I sit for 8 hours", "10 hours a day", "after 2 hours of driving"; "for
    the past 12 hours", "since a few hours", "3 hours ago", "for 36 hours" and
    "it has been 5 hours" time the pain."""
    if not any(_UNIT_WORDS.get(tok.lower_) == "hour" or _UNIT_WORDS.get(_compact_unit(tok.lower_)) == "hour"
               for tok in span) or amount_days(span) is None:
        return False
    doc = span.doc
    words = {tok.lower_ for tok in span}
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start else ""
    if after in _HOURS_OF or before in ("to", "every", "each"):  # "for up to 24 hours": a limit
        return True
    if words & _HOURS_SO_FAR or _it_has_been(span, _clause(span)[0]):
        return False
    return amount_days(span) * 24 < _ACTIVITY_HOURS


def _compact_unit(word: str) -> str:
    """The unit of a number and unit typed as one word ("48hrs" -> "hrs")."""
    compact = _COMPACT.match(word)
    return compact.group(2) if compact else ""


def _frequency(words: list[str]) -> bool:
    """"3 a day", "2 per week": how often, not how long."""
    return any(a != "half" and numbers.value(a) is not None and b in ("a", "an", "per") and c in _UNIT_WORDS
               for a, b, c in zip(words, words[1:], words[2:]))


def _frequency_tokens(doc: Doc) -> set[int]:
    """Tokens of a dosing schedule ("increase it to 3 a day for two weeks"):
    a time said next to one is the medicine's."""
    if "frequency_tokens" not in doc.user_data:
        doc.user_data["frequency_tokens"] = {
            i for ent in topic.entities(doc) if ent.label_ == "DURATION" and _frequency([t.lower_ for t in ent])
            for i in range(ent.start, ent.end)}
    return doc.user_data["frequency_tokens"]


def _after_something_else(span: Span) -> bool:
    """"N later" counts from what was told just before: the pain's start
    ("pulled my back moving a sofa, 3 days later it is still sore") or a
    treatment ("he gave me samples of a new drug. 3 days later my back feels
    good"), whose time it then is."""
    doc = span.doc
    sent = span.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(span.start - 1, first - 1, -1):
        found = _anchor(i, span)
        if found:
            return found == "other"
    return False


#: Clinical contacts whose own time a point in time can be ("had an MRI 2 weeks ago").
_CONTACTS = {"seen", "test", "procedure", "prescription"}


def _a_contact_then(span: Span) -> bool:
    """A point in time ("8 months ago", "today") in a clause whose event is
    a clinical contact told before it, with no onset before the time: "I had
    a laminectomy on L5-S1 8 months ago", "had an epidural for pain today".
    "Pain since I had surgery 2 years ago" has its onset."""
    doc = span.doc
    if not _point_in_time(span):
        return False
    start, _ = _clause(span)
    before = doc[start:span.start]
    contact = any(tok.ent_type_ == "DOCTOR" and tok.ent_id_ in _CONTACTS for tok in before)
    onset = any(tok.lower_ in ONSET_WORDS or tok.lower_ == "since" or tok.ent_id_ == "trauma" for tok in before)
    return contact and not onset


def _point_in_time(span: Span) -> bool:
    """A time that says when, not how long: a date, "3 weeks ago", "2 weeks
    back", or a bare "last month" ("for the last month" is a length)."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return (span.label_ == "DATE" or span[-1].lower_ == "ago" or after == "back"
            or span[0].lower_ == "last" and before not in _LENGTH_LEADS | {"the", "in", "during", "within"})


#: "been on Lipitor for 2 years", "on the new tablets for a month": what one
#: is on for a time is a treatment (or one's feet), whatever its name; "on and
#: off", "on the left" and "on my back" are not.
_NOT_TAKEN = {"and", "off", "going", "it", "this", "the", "left", "right", "side", "both", "top", "my", "his",
              "her"}


#: "Off and on for years", "off work for 2 weeks" (with the pain) stop no medicine.
_NOT_STOPPED = {"and", "work", "school", "sick"}


def _on_something(span: Span) -> bool:
    """The "for" of the time follows "on" and one or two words that are no
    side or pain, or "off" and what was stopped ("off it for a week"), in
    the time's own clause ("(the kids climb on me) for 2 weeks" is the pain's)."""
    doc = span.doc
    lead = next((i for i in range(span.start, max(-1, span.start - 4), -1)
                 if i < span.end and doc[i].lower_ == "for"), None)
    if lead is None:
        return False
    start = max(0, lead - 3)
    start = max([start] + [i + 1 for i in range(start, lead) if _boundary(doc, i)])
    before = list(doc[start:lead])
    for i, tok in enumerate(before):
        taken = before[i + 1:]
        if (tok.lower_ == "on" and 0 < len(taken) <= 2 and taken[0].lower_ not in _NOT_TAKEN
                and not any(t.ent_type_ in _PAIN_LABELS for t in taken)):
            return True
        if (tok.lower_ == "off" and 0 < len(taken) <= 2 and taken[0].lower_ not in _NOT_STOPPED
                and not any(t.ent_type_ in _PAIN_LABELS for t in taken)):
            return True
    return False


#: Words that tell of the pain's return: "it started again", "it has returned".
_RETURNED = {"again", "returned", "recurred", "relapsed"}
#: Verbs before a "back" that is a return, not the body ("it came back", "now it is back").
_BACK_AFTER = {"came", "come", "comes", "coming", "is", "'s", "was", "are"}


def _returns(doc: Doc) -> list[int]:
    """Where the message tells of the pain coming back: a return word in a
    clause that names the pain or points at it ("it")."""
    if "pain_returns" not in doc.user_data:
        found = []
        for tok in doc:
            word = tok.lower_
            back = (word == "back" and tok.i > 0 and doc[tok.i - 1].lower_ in _BACK_AFTER
                    and tok.ent_type_ != "LOCATION")
            if word in _RETURNED or back:
                start, end = _clause(doc[tok.i:tok.i + 1])
                if any(_names_pain(t) or t.lower_ in _PRONOUNS for t in doc[start:end]):
                    found.append(tok.i)
        doc.user_data["pain_returns"] = found
    return doc.user_data["pain_returns"]


def before_a_return(span: Span) -> bool:
    """The time is told before the pain is said to have come back, so it may
    be the earlier episode's: "I had neck pain in 2019 for a month. Now it
    has returned for 2 weeks" is timed from the return. A time said to run
    up to now ("I've had lower back pain for 14 years, and last month threw
    it out again") is the pain's whole time, not an earlier episode's."""
    start, end = _clause(span)
    return (not _still_running(span, start) and not ends_a_spell_of_ease(span)
            and any(i >= end for i in _returns(span.doc)))


_UNTIL = {"until", "till", "til", "untill"}
#: Words of a spell without the pain: "fine", "pain free", "no problems", "ok".
_EASE = {"fine", "ok", "okay", "good", "great", "free", "normal", "better"}
_NO_TROUBLE = {"pain", "problems", "problem", "trouble", "issues", "bother"}
_ABOUT_WORDS = {"about", "around", "roughly", "like", "maybe", "approximately", "approx", "some"}


def ends_a_spell_of_ease(span: Span) -> bool:
    """The time a spell without the pain ended: "it was fine all year until three weeks ago"
    dates the pain's return, not an earlier episode."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in _ABOUT_WORDS:
        i -= 1
    if i < 0 or doc[i].lower_ not in _UNTIL:
        return False
    words = [tok.lower_ for tok in doc[doc[i].sent.start:i]]
    return any(word in _EASE for word in words) or any(
        a == "no" and b in _NO_TROUBLE for a, b in zip(words, words[1:]))


#: "This flare", "the current episode", "this time": the episode the visitor is in now.
_NOW = {"this", "current", "latest", "present", "recent", "newest"}
_EPISODE = {"flare", "flare-up", "flareup", "flare-ups", "episode", "bout", "attack", "time", "round", "spell"}


def times_this_episode(span: Span) -> bool:
    """The time is said of the episode the visitor is in now, which is what the clinic
    times even when the pain has come and gone for years: "on and off since 2019 but
    this flare is 10 days old", "this episode started 3 weeks ago"."""
    start, end = _clause(span)
    words = [tok.lower_ for tok in span.doc[start:end] if not span.start <= tok.i < span.end]
    return any(a in _NOW and b in _EPISODE for a, b in zip(words, words[1:]))


#: "Have had", "has been", "'ve been": a present perfect runs up to now.
_PERFECT = ({"have", "'ve", "ve", "has", "'s"}, {"had", "been"})


def _still_running(span: Span, start: int) -> bool:
    words = [tok.lower_ for tok in span.doc[start:span.start]]
    return any(a in _PERFECT[0] and b in _PERFECT[1] for a, b in zip(words, words[1:]))


def _compared_episode(span: Span) -> bool:
    """A time in a comparison with an earlier episode: "it started hurting
    again, just like it did six months ago"."""
    start, _ = _clause(span)
    words = [tok.lower_ for tok in span.doc[start:span.start]]
    return any(a in ("like", "as") and b in _PRONOUNS | {"i", "she", "he"} and c in _EPISODE_VERBS
               for a, b, c in zip(words, words[1:], words[2:]))


_EPISODE_VERBS = {"did", "was", "had", "happened", "were"}


#: Beyond the six weeks of acute pain, an injury is history, not an emergency.
INJURY_HISTORY_DAYS = 42


def _clause_ents(span: Span) -> list[Span]:
    start, end = _clause(span)
    return [ent for ent in topic.entities(span.doc) if start <= ent.start and ent.end <= end and ent != span]


def names_no_pain(span: Span) -> bool:
    """The time's clause names no site or pain of its own: "I have reactive
    arthritis since 2 years" times the pain less surely than "pain in my lower
    back since 3 months" does."""
    start, end = _clause(span)
    return not any(tok.ent_type_ in _PAIN_LABELS for tok in span.doc[start:end])


def dates_an_injury(span: Span) -> bool:
    """Whether a time is said in the same clause as an injury ("crashed my car in 2019")."""
    return any(ent.ent_id_ == "trauma" for ent in _clause_ents(span))


def injury_is_history(injury: Span, today: date) -> bool:
    """Whether the time said with an injury puts it more than six weeks back."""
    for ent in _clause_ents(injury):
        if ent.label_ == "VAGUE":
            return ent.ent_id_ == "chronic"
        if ent.label_ in ("DURATION", "DATE"):
            days = days_of(ent, today)
            if days is not None:
                return days > INJURY_HISTORY_DAYS
    return False


_AGE_NUMBER = re.compile(r"^[1-9]\d?$")


def years_since_an_age(span: Span) -> float | None:
    """Days of "since I was 30" when the visitor also tells their age now ("I'm 45"):
    the years between, as a receptionist counts them. None without both ages."""
    said = [tok for tok in span if _AGE_NUMBER.match(tok.text)]
    if not said or not (span[0].lower_ == "since" and span[-1] == said[-1]):
        return None
    now = [int(tok.text) for ent in span.doc.ents if ent.label_ == "AGE" and visitor_in_clause(ent)
           for tok in ent if _AGE_NUMBER.match(tok.text)]
    years = now[-1] - int(said[-1].text) if now else 0
    return float(365 * years) if years > 0 else None


def days_of(span: Span, today: date) -> float | None:
    """Days for a DURATION or DATE span (None for vague ones)."""
    if span.label_ == "DURATION":
        return amount_days(span)
    if span.label_ == "DATE":
        return dates.date_days(span, today)
    return None

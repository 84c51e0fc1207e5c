"""Where the pain is: five canonical regions, plus words that just mean "pain".

Regions come from lay, clinical and non-native wording alike ("the small of
my back", "L5-S1", "C5-C6", "T7", "trapezius", "my waist"). Plain "back" is
kept as evidence of whose pain it is but gives no region, so the intake asks
which part. When several regions are named the main one wins: a corrected
one, then one stressed with "mostly/mainly/especially", then the first back
or neck site named (the shoulders, hips and buttocks come after the back and
neck: "shoulder, neck and back pain" is neck pain that reaches the shoulders),
and a site of a pain that is over after the current one. The others are kept
for the clinic's summary. Sciatica with no site named is lower back
pain: the sciatic nerve starts there.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

BACK = "(back|bak|bakc|bck|backk|bac)"
SPINE = "(spine|spinal)"
_OWNER = "(my|the|his|her|their|your|our|'s|s)"
_BACKBONE = "(" + "|".join([*BACK.strip("()").split("|"), "backbone", *SPINE.strip("()").split("|")]) + ")"

RULES = [
    ("LOCATION", "lower_back", f"(lower|lowr|lwr|lowe|low|bottom) (-)? {BACK}"),
    ("LOCATION", "lower_back", f"(lower|low|bottom) (left|right) (side|part|area)? (of)? {_OWNER}? {BACK}"),
    ("LOCATION", "lower_back", "(lower|low|bottom) (backpain|backache|backpains|backaches|bakpain)"),
    ("LOCATION", "lower_back", "(lowerback|lowback|lowerbackpain|lowbackpain|loin|loins|piriformis|lumbosacral)"),
    ("LOCATION", "lower_back", "waist (pain|pains|ache|aches|aching|hurts|area)"),
    ("LOCATION", "lower_back", f"(pain|pains|ache|aching|hurt|hurts|hurting|sore) (in|around|at|across)? {_OWNER}? waist"),
    ("LOCATION", "lower_back", f"(lower|low|bottom) (part|portion|area|region|section|half) of {_OWNER}? {BACK}"),
    ("LOCATION", "lower_back", f"(lower|low|bottom) (part|portion|area|region|section|half) of {_OWNER}? {SPINE}"),
    ("LOCATION", "lower_back", "=L /^[1-5]([-\\/][1-5s]1?)?$/"),
    ("LOCATION", "lower_back", f"(lower|low) {SPINE}"),
    ("LOCATION", "lower_back", f"(bottom|base) of {_OWNER}? {SPINE}"),
    ("LOCATION", "lower_back", f"(small|bottom|base) of {_OWNER}? {BACK}"),
    ("LOCATION", "lower_back", "(lumbar|lumber|lumbago|lumbosacral|tailbone|coccyx|coxyx|sacrum|sacral|sacroiliac|hip|hips|buttock|buttocks|glute|glutes)"),
    ("LOCATION", "lower_back", "(sacroiliitis|sacroilitis|coccydynia|coccygodynia|lumborum|ql)"),
    ("LOCATION", "lower_back", "tail bone"),
    ("LOCATION", "lower_back", f"{_BACKBONE} (pain|ache|aches|aching|hurts|hurt)? (,)? (in|on|at)? (the|its)? (lower|bottom) (side|part|portion|area|region|half|end)"),
    # Terse notes: "back pain, lower, 3 weeks", "back pain - lower".
    ("LOCATION", "lower_back", f"{_BACKBONE} (pain|ache|aches|aching) (,|-|:)? (lower|low|bottom) (,|.|-|;)"),
    ("LOCATION", "lower_back", f"{BACK} (pain|ache|aches|aching|hurts|hurting|sore)? (,)? (mostly|mainly|especially|more|right|really|very)? (lower|low) down"),
    ("LOCATION", "lower_back", f"{BACK} (is|feels|gets|was) (sore|painful|stiff|tender|aching|achy) (,)? (mostly|mainly|especially|more|right|really|very)? (lower|low) down"),
    ("LOCATION", "lower_back", f"(lower|low) down (in|on|at|across) {_OWNER}? {BACK}"),
    ("LOCATION", "lower_back", f"(lower|low) down (in|on|at) the (left|right|one) (side|part) of {_OWNER}? {BACK}"),
    ("LOCATION", "lower_back", f"{BACK} (pain|ache|aches|hurts)? , (mostly|mainly|especially) (the)? lower (part|bit|end)?"),
    # The region said after a comma later in the sentence ("my back has been giving me grief,
    # mostly the lower part", non-native "pain in back, the down part").
    ("LOCATION", "lower_back", f"{_BACKBONE} ~6w , (in|at|on)? (mostly|mainly|especially|just|only)? (the)? (lower|low|bottom|down) (part|bit|end|half|area|side)"),
    ("LOCATION", "upper_back", f"{_BACKBONE} ~6w , (in|at|on)? (mostly|mainly|especially|just|only)? (the)? (upper|top|middle|mid) (part|bit|half|area)"),
    ("LOCATION", "lower_back", f"{_BACKBONE} ~4w (near|towards|toward|by) the (bottom|base)"),
    # The part said alone after a comma, when the back was named earlier in the sentence
    # with a time between ("my back hurt since 2 month, lower part"): see `_part_alone`.
    ("LOCATION", "lower_back", "(mostly|mainly|especially|just|only)? (the)? (lower|low|bottom|down) (part|bit|end|half)"),
    ("LOCATION", "upper_back", "(mostly|mainly|especially|just|only)? (the)? (upper|top) (part|bit|half)"),
    # The part said after the verb: "my back pain is in the lower region",
    # "I hurt my back, the pain is low down on the left".
    ("LOCATION", "lower_back", f"{_BACKBONE} ~6w (is|'s|are|feels) (mostly|mainly|especially|just|only|more)? (in|at|on|towards|toward)? (the)? (lower|low|bottom) (part|bit|end|half|area|side|region|portion)"),
    ("LOCATION", "upper_back", f"{_BACKBONE} ~6w (is|'s|are|feels) (mostly|mainly|especially|just|only|more)? (in|at|on|towards|toward)? (the)? (upper|top|middle|mid) (part|bit|half|area|region|portion)"),
    ("LOCATION", "lower_back", f"{_BACKBONE} ~5w (,)? (and)? (the|my)? (pain|ache|it|soreness)? (is|'s|are) (mostly|mainly|especially|really|right|very)? (lower|low) down"),
    ("LOCATION", "lower_back", "(waist|belt) (level|line|height)"),
    # Non-native and lay: "my waist is hurting", "the back side of waist", "my kidneys area", "the back low".
    ("LOCATION", "lower_back", "waist (is|'s|are|was|has|have)? (been)? (hurting|aching|sore|painful|paining|killing)"),
    ("LOCATION", "lower_back", f"(back|backside|rear) (side|part)? of {_OWNER}? waist"),
    ("LOCATION", "lower_back", "(kidney|kidneys) (area|region|level|zone)"),
    ("LOCATION", "lower_back", f"the {BACK} (low|lower|bottom) (,|.|;|!|part|side|area)"),
    # Lay wording of the lower back: "just above my buttocks".
    ("LOCATION", "lower_back", f"(just|right|slightly)? above {_OWNER}? (buttocks|buttock|butt|bum|backside|glutes|tailbone|coccyx)"),
    ("LOCATION", "lower_back", "beltline"),
    ("LOCATION", "lower_back", "(si|s.i.|sacroiliac|sacro - iliac) (joint|joints)"),
    # "L-1" as well as "L1": a hyphen inside the level name.
    ("LOCATION", "lower_back", r"/^(l-?[1-5]|s1|l[1-5]-?s1|l[1-5]\/[1-5s]1?)$/"),
    ("LOCATION", "lower_back", r"/^l[1-5]$/ / /^(l?[1-5]|s1)$/"),
    ("LOCATION", "upper_back", f"(upper|top|mid|middle|thoracic) (-)? {BACK}"),
    ("LOCATION", "upper_back", f"(upper|top|middle) (left|right) (side|part|area)? (of)? {_OWNER}? {BACK}"),
    ("LOCATION", "upper_back", f"(upper|thoracic|mid) {SPINE}"),
    ("LOCATION", "upper_back", f"mid - {BACK}"),
    ("LOCATION", "upper_back", f"up {BACK} (pain|pains|ache|aches|aching|hurts)"),
    ("LOCATION", "upper_back", f"(middle|top|centre|center) of {_OWNER}? {BACK}"),
    ("LOCATION", "upper_back", f"(mid|middle|upper|top|centre|center) (point|part|portion|area|region|section|half) of {_OWNER}? {BACK}"),
    ("LOCATION", "upper_back", f"(mid|middle|upper|top|centre|center) (point|part|portion|area|region|section|half) of {_OWNER}? {SPINE}"),
    ("LOCATION", "upper_back", f"(middle|centre|center) of {_OWNER}? {SPINE}"),
    ("LOCATION", "upper_back", "(rib|ribs|ribcage) ~4 (back|backside)"),
    ("LOCATION", "upper_back", f"(back|backside) (of|side of) {_OWNER}? (rib|ribs|ribcage)"),
    ("LOCATION", "upper_back", "(upperback|midback|upperbackpain)"),
    ("LOCATION", "upper_back", r"/^t(1[0-2]|[1-9])([-\/]t?(1[0-2]|[1-9]))?$/"),
    ("LOCATION", "upper_back", "(thoracic|midback|t-spine|rhomboid|rhomboids|scapula|scapulae|scapular|lats|latissimus)"),
    ("LOCATION", "upper_back", f"(between|under|underneath|beneath|below|around|near|behind) {_OWNER}? (left|right)? (shoulder|shoulders|sholder|sholders) (blade|blades)?"),
    ("LOCATION", "upper_back", "(shoulder|sholder) (blade|blades)"),
    ("LOCATION", "upper_back", "(shoulderblade|shoulderblades)"),
    ("LOCATION", "upper_back", f"{_BACKBONE} (pain|ache|aches|aching|hurts|hurt)? (,)? (in|on|at)? (the|its)? (upper|top|middle) (side|part|portion|area|region|half)"),
    ("LOCATION", "upper_back", f"{_BACKBONE} (pain|ache|aches|aching) (,|-|:)? (upper|top|middle|mid) (,|.|-|;)"),
    ("LOCATION", "upper_back", "bra (strap|line|band) (level|line|height)?"),
    ("LOCATION", "neck", "(neck|nek|nck|necks|cervical|c-spine)"),
    ("LOCATION", "neck", "c - spine"),
    ("LOCATION", "neck", "(nape|necks|neckpain|sternocleidomastoid)"),
    ("LOCATION", "neck", f"(base|bottom) of {_OWNER}? skull"),
    ("LOCATION", "neck", "levator scapulae"),
    ("LOCATION", "neck", r"/^c[1-7]([-\/]?c?[1-7])?$/"),
    ("LOCATION", "shoulders", "(shoulder|shoulders|sholder|sholders|shoulde|shouder|shouders|shoulers|trapezius|traps)"),
    ("LOCATION", "shoulders", f"top of {_OWNER}? (left|right)? (shoulder|shoulders|sholder|sholders) (blade|blades)"),
    ("LOCATION", "shoulders", "rotator cuff"),
    ("LOCATION", "shoulders", "(my|left|right|upper) (trap|trapezoid)"),
    ("LOCATION", "whole_back", f"(whole|entire|full|complete) {BACK}"),
    ("LOCATION", "whole_back", f"(whole|entire|full) {SPINE}"),
    ("LOCATION", "whole_back", f"all (over|of|along|down) {_OWNER}? {BACK}"),
    ("LOCATION", "whole_back", f"(all|everywhere) (over|along|down)? {_OWNER}? {SPINE}"),
    ("LOCATION", "whole_back", f"(upper|top) and (lower|bottom) {BACK}"),
    ("LOCATION", "whole_back", "top to bottom"),
    # "the hole back akes": a misspelt whole (no hole is in a back).
    ("LOCATION", "whole_back", f"hole {BACK}"),
    ("LOCATION", "whole_back", "(wholeback|entireback|holeback)"),
    # Non-native "all my back is hurting" (not "all the back exercises").
    ("LOCATION", "whole_back", f"all my {BACK}"),
    ("LOCATION", "whole_back", f"{BACK} all over"),
    # "the whole of my back aches", "my back is sore all over", non-native "all the back, ...".
    ("LOCATION", "whole_back", f"(whole|entire) of {_OWNER}? {BACK}"),
    ("LOCATION", "whole_back", f"{BACK} (is|are|feels|'s)? (so|really|very)? (sore|stiff|painful|achy|aching|hurting|hurts|tender) all over"),
    ("LOCATION", "whole_back", f"all (the|of the) {BACK} (,|.|!|is|hurts|hurt|hurting|pain|aches|ache|aching|sore)"),
    # "Not lower, more the middle": the middle said of the back in hand.
    ("LOCATION", "upper_back", "(more|mostly|mainly|rather|its|it's) (in)? the (middle|mid) (bit|part|section|one)?"),
    ("IGNORE", "other", "the (middle|mid) of the (night|day|week|month|year|morning|afternoon|evening)"),
    ("LOCATION", "back", f"{_OWNER} {BACK}"),
    ("LOCATION", "back", f"{BACK} (pain|pains|ache|aches|aching|problem|problems|issue|issues|injury|spasm|spasms|hurts|is|has|went|gave)"),
    ("LOCATION", "back", "(backache|backpain|spine|spinal)"),
    ("PAIN", "pain", "(pain|pains|hurt|hurts|hurting|ache|aches|aching|achy|sore|soreness|stiff|stiffness|spasm|spasms|twinge|throbbing|discomfort|niggle)"),
    ("PAIN", "pain", "(painful|tendinitis|tendonitis|sprain|sprained|inflamed|tightness)"),
]

REGIONS = {"lower_back", "upper_back", "neck", "shoulders", "whole_back"}
#: Named after the back and neck sites when both are said.
_LAST = {"shoulders"}
#: Parts beside the lower back that stand for it only when nothing else is named.
_BESIDE = {"hip", "hips", "buttock", "buttocks", "glute", "glutes"}
#: Radiation words that place the pain in the lower back when no site is named.
LOWER_BACK_NERVES = ("sciat", "siat")
_EMPHASIS = {"mostly", "mainly", "especially", "primarily", "particularly", "main", "worst", "more", "chiefly"}
_SKIP = {"the", "my", "in", "on", "at", "around", "his", "her", "is", "it's", "'s", "it", "area"}


#: "Cervical" of the cervix, not of the neck ("cervical cancer", "pap smear").
_CERVIX = {"cancer", "smear", "smears", "screening", "intraepithelial", "cells", "biopsy", "polyp",
           "polyps", "dysplasia", "cin", "erosion", "ectropion", "mucus", "fluid", "os", "hpv",
           "lesion", "lesions", "cytology", "dilation", "length", "cerclage", "check"}
#: Thyroid hormones named like thoracic vertebrae, and words of the thyroid they are read beside.
_HORMONES = {"t3", "t4"}
_THYROID = {"thyroid", "tsh", "hypothyroid", "hyperthyroid", "hypothyroidism", "hyperthyroidism", "thyroxine",
            "levothyroxine", "hormone", "hormones", "goiter", "goitre"}
#: "A lumbar puncture" (a spinal tap) is a test, not a site of pain, and the
#: "spinal headache" it may leave is a headache.
_PUNCTURE = {"puncture", "punctures", "tap", "taps", "headache", "headaches"}
#: Things on the skin or under it that are not pain ("a mole on my neck").
_LUMPS = {"mole", "moles", "lump", "lumps", "cyst", "cysts", "rash", "rashes", "lymph", "mass",
          "spot", "spots", "tattoo", "wart", "warts", "bump", "bumps", "pimple", "pimples", "boil",
          "acne", "freckle", "freckles", "birthmark", "itch", "itchy", "itching", "hives", "blister",
          "blisters", "bite", "bites", "scar", "hair", "sweat", "sweating", "lesion", "swelling",
          "nodule", "nodules", "bruise", "sunburn", "eczema", "psoriasis", "growth", "growths", "goiter",
          "goitre", "tumor", "tumors", "tumour", "tumours"}
_PAIN_SIGNS = {"PAIN", "RADIATION"}
#: Pain said inside a site phrase ("back ache") rather than as its own word.
PAIN_WORDS = {"pain", "pains", "ache", "aches", "aching", "achy", "hurt", "hurts", "hurting", "sore",
               "backache", "backpain", "neckpain"}
#: Sites no skin lump sits on: a lump sentence naming them still tells of the
#: spine ("disc degeneration at L5 and cysts on my ovary").
_INNER_SITE = re.compile(r"^(lumbar|lumber|lumbosacral|thoracic|sacrum|sacral|sacroiliac|coccyx|tailbone|"
                         r"[lt]\d+|s1|[lt]\d+[-/][lst]?\d+)$")


#: Sayings with "neck" that are about no neck: "a pain in the neck" (said of a
#: thing), "stick my neck out", "neck and neck", "my neck of the woods".
_SAYINGS = [re.compile(pattern) for pattern in (
    r"\b(is|'s|was|what|such|be|being|are|were) an? (real |total |right |proper |bit of a )?pain in the neck$",
    r"\bstick(ing)? (my|your|his|her|our|their|its) neck$",
    r"^neck (and|n) neck\b", r"\bneck (and|n) neck$",
    r"^neck of the woods", r"\bup to (my|our|his|her|their) neck$", r"\bdown (my|his|her|our|their) neck$",
)]
#: Parts in the neck that are not it: "neck glands", "glands in my neck".
_NECK_PARTS = {"gland", "glands", "thyroid", "lymph", "node", "nodes", "tonsils"}


def _saying(ent: Span) -> bool:
    doc = ent.doc
    before = " ".join(tok.lower_ for tok in doc[max(0, ent.start - 8):ent.end])
    after = " ".join(tok.lower_ for tok in doc[ent.start:min(len(doc), ent.end + 4)])
    return any(pattern.search(before) or pattern.search(after) for pattern in _SAYINGS)


#: Words from a gland or node to the neck it is in: "lymph nodes in different parts of my neck".
_NECK_PART_WINDOW = 7
_IN_ON = {"in", "on", "along", "around", "under", "at"}


def _neck_part(ent: Span) -> bool:
    """"Neck glands", "swollen lymph nodes on my neck", "tender nodes in
    different parts of my neck": a part in the neck, not the neck itself."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in _NECK_PARTS:
        return True
    before = [tok.lower_ for tok in doc[max(ent.sent.start, ent.start - _NECK_PART_WINDOW):ent.start]]
    at = next((i for i, word in enumerate(before) if word in _NECK_PARTS), None)
    return at is not None and bool(set(before[at:]) & _IN_ON) and not set(before[at:]) & PAIN_WORDS


#: "Take her back", "want him back": a person brought back, not a back.
_RETURNS = {"take", "takes", "took", "taking", "bring", "brings", "brought", "bringing", "want", "wants",
            "wanted", "get", "gets", "got", "getting", "call", "called", "calling", "send", "sent", "pay",
            "paid", "win", "won", "welcome", "welcomed", "hold", "held", "holding", "put", "push", "pushed"}


def _not_the_back(ent: Span) -> bool:
    """A plain "back" that is no one's back: "the back of the book", "in the
    back of my mind", "the back of my knee" (the part after "of" is the
    place), or a person brought back ("take her back in"). "Back pain of two
    weeks" is the back's: the "of" follows the pain, not the back."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    owner_only = len(ent) == 2 and ent[0].lower_ in ("her", "his", "him", "their", "them")
    return ent.ent_id_ == "back" and ((after == "of" and ent[-1].lower_ == "back")
                                      or (owner_only and before in _RETURNS))


_PARTS = {"part", "bit", "end", "half"}
_OWNER_WORDS = set(_OWNER.strip("()").split("|"))
#: "the lower part of it": the back said again.
_THE_BACK_AGAIN = {"it", "that", "this"}


_AFTER_THE_PAIN = {",", "sore", "hurts", "hurting", "aches", "aching", "painful", "stiff", "pain", "ache", "bad"}


def _part_alone(ent: Span) -> bool:
    """A part said alone ("lower part") is the back's only after a comma, with the back
    named earlier in its sentence; otherwise it is some other thing's part. A part
    said of something else is never the back's, even after the back was named ("my
    back hurts, the lower part of my leg tingles")."""
    if ent[-1].lower_ not in _PARTS:
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ == "of":
        owned = next((tok.lower_ for tok in doc[ent.end + 1:ent.end + 3] if tok.lower_ not in _OWNER_WORDS), "")
        return owned not in _BACKBONE_WORDS | _THE_BACK_AGAIN
    if any(tok.lower_ in _BACKBONE_WORDS for tok in ent):
        return False
    # After a comma, or straight after the pain's word: "my back is sore the lower part".
    after_comma = ent.start > 0 and doc[ent.start - 1].lower_ in _AFTER_THE_PAIN
    return not (after_comma and any(tok.lower_ in _BACKBONE_WORDS for tok in doc[ent.sent.start:ent.start]))


def other_sense(ent: Span) -> bool:
    """A site word that is not where the pain is: the cervix, a saying ("a
    pain in the neck"), glands in the neck, a "back" that is no one's back
    ("the back of my mind"), or a lump or rash on the neck in a sentence
    that says nothing of pain; "T3" and "T4" in a sentence about the thyroid
    are its hormones, not vertebrae."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if ent[-1].lower_ == "cervical" and (after in _CERVIX or before == "pap"):
        return True
    if ent.text.lower() in _HORMONES and any(tok.lower_ in _THYROID for tok in ent.sent):
        return True
    if ent[-1].lower_ in ("lumbar", "lumber", "spinal") and after in _PUNCTURE:
        return True
    if _not_the_back(ent) or _part_alone(ent):
        return True
    if ent.ent_id_ == "neck" and (_saying(ent) or _neck_part(ent)):
        return True
    sent = ent.sent
    return (not any(_INNER_SITE.match(tok.lower_) for tok in ent)
            and any(tok.lower_ in _LUMPS for tok in sent)
            and not any(other.label_ in _PAIN_SIGNS for other in sent.ents)
            and not any(tok.lower_ in PAIN_WORDS for tok in sent))


def _emphasised(ent: Span) -> bool:
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in _SKIP:
        i -= 1
    before = i >= 0 and doc[i].lower_ in _EMPHASIS
    after = ent.end < len(doc) and doc[ent.end].lower_ in _EMPHASIS
    return before or after


def choose(candidates: list[Span]) -> Span | None:
    """The main region among asserted LOCATION spans (already correction-ordered)."""
    regions = [ent for ent in candidates if ent.ent_id_ in REGIONS]
    if not regions:
        return None
    stressed = [ent for ent in regions if _emphasised(ent)]
    back_or_neck = [ent for ent in regions if ent.ent_id_ not in _LAST and not _nearby(ent)]
    near_back = [ent for ent in regions if ent.ent_id_ not in _LAST]
    chosen = (stressed or back_or_neck or near_back or regions)[0]
    return None if _nearby(chosen) and _plain_back_named(chosen.doc) else chosen


def _nearby(ent: Span) -> bool:
    """A part beside the spine rather than on it ("hip", "buttocks"): it
    places the pain in the lower back only when no back or neck site is named
    ("pain in my hip and buttocks"; "my hip, then neck pain" is neck pain).
    Beside a plain "back" ("severe back and hip pain") it is a second place,
    and which part of the back is asked."""
    return all(tok.lower_ in _BESIDE for tok in ent)


_LISTING = ("and", "&", "/", ",")


def _plain_back_named(doc) -> bool:  # noqa: ANN001 (a spaCy Doc)
    """A plain "back" said as a site: "my back", or "back" listed with the hip
    ("back and hip pain", "pain in my hip, buttocks, back and leg")."""
    listed = any(tok.lower_ in _BACK_WORDS and (
        (tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in _LISTING and doc[tok.i + 2].lower_ in _BESIDE)
        or (tok.i >= 2 and doc[tok.i - 1].lower_ in _LISTING and doc[tok.i - 2].lower_ in _BESIDE))
        for tok in doc)
    return listed or any(ent.label_ == "LOCATION" and ent.ent_id_ == "back" and not ent._.negex
                         and not other_sense(ent) for ent in doc.ents)


_BACK_WORDS = set(BACK.strip("()").split("|"))
_BACKBONE_WORDS = set(_BACKBONE.strip("()").split("|"))


#: A site said of a pain that is over: "my neck used to hurt", "as a child",
#: "I had neck surgery in 2010 and it's fine now".
_PAST_NEXT = {("as", "a"): {"child", "kid", "teenager", "teen", "boy", "girl"},
              ("in", "the"): {"past"}, ("when", "i"): {"was"}, ("used", "to"): None}
_OVER = {"previously", "healed", "resolved"}
_OVER_PAIRS = {("fine", "now"), ("better", "now"), ("gone", "now"), ("went", "away"), ("cleared", "up")}
_CLAUSE_ENDS = {",", ";", ".", "but", "and", "so", "now", "while", "whereas"}


def said_as_past(ent: Span) -> bool:
    """The site's clause tells of a pain that is over, or its sentence says it has gone."""
    doc, sent = ent.doc, ent.sent
    start, end = ent.start, ent.end
    while start > sent.start and doc[start - 1].lower_ not in _CLAUSE_ENDS:
        start -= 1
    while end < sent.end and doc[end].lower_ not in _CLAUSE_ENDS:
        end += 1
    words = [tok.lower_ for tok in doc[start:end]]
    for a, b, c in zip(words, words[1:], words[2:] + [""]):
        if (a, b) in _PAST_NEXT and (_PAST_NEXT[(a, b)] is None or c in _PAST_NEXT[(a, b)]):
            return True
    sentence = [tok.lower_ for tok in sent]
    return bool(set(words) & _OVER) or any(pair in _OVER_PAIRS for pair in zip(sentence, sentence[1:]))


def others(candidates: list[Span], main: str | None) -> list[str]:
    """The other regions named, in the order said, each once."""
    found: list[str] = []
    for ent in candidates:
        if ent.ent_id_ in REGIONS and ent.ent_id_ != main and ent.ent_id_ not in found:
            found.append(ent.ent_id_)
    return found


#: A site that names a spinal level: "L4-L5", "l5/s1", "L 4-5", "C6", "T8", "S1".
_LEVEL = re.compile(r"^[lcts][ -]?\d")


def is_level(ent: Span) -> bool:
    """A LOCATION that names a spinal level rather than a region in words."""
    return ent.label_ == "LOCATION" and bool(_LEVEL.match(ent.text.lower()))


def implied(travels: list[Span]) -> Span | None:
    """A stated sciatica, which means lower back pain when no site is named."""
    return next((ent for ent in travels if ent.text.lower().startswith(LOWER_BACK_NERVES)), None)


#: Region words inside a spine finding ("a herniated lumbar disc"): the
#: finding's span covers them, so the site patterns never see them.
_FINDING_REGIONS = {"lumbar": "lower_back", "lumber": "lower_back", "lumbosacral": "lower_back",
                    "cervical": "neck", "thoracic": "upper_back"}
#: Injuries that name their site: whiplash is an injury of the neck.
SITED_INJURIES = {"whiplash": "neck"}


def named_in(spans: list[Span]) -> tuple[str, Span] | None:
    """The region a finding or injury names when no site is said on its own:
    "a herniated cervical disc" is neck pain, "whiplash from a crash" too,
    and "landed on my tailbone" lower back pain (the site inside an injury,
    ``pipeline.injury_sites``)."""
    for ent in spans:
        inside = [site.id_ for site in ent.doc.spans.get("injury_sites", [])
                  if ent.start <= site.start and site.end <= ent.end and site.id_ in REGIONS]
        if inside:
            return inside[0], ent
        for tok in ent:
            region = _FINDING_REGIONS.get(tok.lower_) or SITED_INJURIES.get(tok.lower_)
            if region:
                return region, ent
    return None

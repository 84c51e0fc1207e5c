"""Red flags: findings that need a doctor before any acupuncture.

Each code has phrases that state it outright (FLAG) and, for some, softer
hints that deserve one yes/no question instead of a guess (UNCLEAR):

- leg_weakness: both legs, a leg giving way, foot drop, getting weaker, "very
  weak", paralysed or "not working" is a flag, as is one weak or numb leg
  that trips, limps, drags or needs a cane; one leg weak or numb otherwise,
  tingling or pins and needles is unclear (common with ordinary sciatica),
  unless said to be growing ("it has been spreading"), and nothing when said
  only of an arm or hand, or when legs go to jelly after exercise or from
  nerves; legs weak after the flu or a virus are unclear.
- fever: fever, chills, sweats, "a temperature" flag; "I feel a bit hot" is
  unclear. A fever dated weeks back ("in January", "a month ago"), denied
  ("fever free") or other senses (temp job, flu jab, hot water bottle, fever
  blisters, "gave me chills") are nothing; 99 °F / 37.5 °C, having the flu,
  and sweats put down to the menopause, panic or exercise are unclear, as is a
  cold sweat; "fever-like" feelings and the flu with a fever denied are nothing.
- chest_pain: chest pain/tightness/pressure/burning (also "pain in my back
  and chest", "left side of my chest") or pain spreading into the jaw flag, as does upper back pain with the left arm or jaw pain; "a bit of a
  tight chest", breathlessness, jaw pain alone or a heart attack named
  without being had is unclear.
- trauma: a fall from a height or down stairs, a crash, collision, any
  accident or a broken bone flags; a plain "I fell" or "slipped" is unclear;
  either said to be more than six weeks back ("a car accident 10 years ago",
  "In 2012, I had an accident"), or retold ("the accident"), is history.
  An accident seen ("I watched a crash") or referred back to with no time
  ("since the accident"), a plain fall or slip, and violence from someone
  ("he shoved me") are unclear; figures of speech ("fell in love", "falling
  apart", "fell asleep on the sofa") are nothing. A fracture read as a
  finding ("the X-ray showed a fracture") flags; one had with no time ("I've
  had fractures") asks; a break of something other than a bone ("the disc
  crushed my nerve") asks. A sign of someone the writer only knows ("a woman
  I talk to lost 20 lb") asks (self-harm and cancer have readings of their own),
  as does another person's injury in a message the writer tells of themselves
  ("my wife slipped on the ice, so I've been doing the lifting"). An accident
  wished for, planned or listed after a wish ("hoping I get run over, get in
  an accident") is no injury (``unreal``).
- weight_loss: weight loss flags when unexplained ("without trying") or
  marked ("lost 2 stone", "day by day") or when eating stopped ("no desire to
  eat", "couldn't keep food down"); when nothing says why it is unclear, and
  on purpose (anywhere in the message: a diet by name, a slimming club,
  inches lost, a success told in a slimmer's terms) it is nothing.
- night_pain: non-mechanical, progressive or night pain flags: pain at night
  *and* pain that nothing eases, pain at rest that resting or lying still
  does not ease ("not relieved by rest"), pain that wakes the writer or keeps
  them up as a habit ("every night", "it wakes me", "the pain would wake me",
  "it keeps me awake at night", "I usually wake up because it hurts"), no
  position found in bed or on a night told of, or constant pain said to keep
  getting worse. A bare "constant pain" or "never goes away",
  being woken, pain worse at night or lying down without that is unclear.
  The no-ease cue must be said of pain or being woken ("up all night sick
  ... sick all the time" is no night pain).
- self_harm: any wish to die or self-harm flags; "I can't go on", "what's
  the point", feeling very low, a passive wish ("I'd rather not wake up"),
  an overdose without intent, "he hurt himself" or "dead"/"die" with the
  writer in its clause ("I'll be dead by then"; not feared, of another, of a
  named cause or an idiom such as "dead tired") is unclear, and so is
  self-harm asked about ("if I feel suicidal what should I do?"). Suicide
  talked of in general ("so many veterans commit suicide"), an episode put in
  the past ("suicidal as a teenager", "in the past") and someone else's
  suicide told as done do not flag but get the question (is it back?); a
  dose question ("did I overdose?") and idioms ("dying to", "political
  suicide", "I thought I was going to die") are nothing. Self-harm told in
  the past with a date, a spell or a recovery ("I attempted suicide in 2015",
  "for years I had suicidal thoughts", "I'm in a better place now"), of
  someone the writer does not name as theirs ("he was suicidal"), feared
  ("scared I might hurt myself"), a threat made on a condition of the
  writer's ("if I leave") and passive wishes (a burden, sleep and not wake up)
  get the question.
- bladder_bowel: losing control, accidents, leaking or retention flag; a
  mention of the bladder, bowels or peeing more often is unclear.
- saddle_numbness: numbness, tingling or no feeling in the saddle area flags;
  an odd or different feeling there is unclear.
- cancer_history: any cancer, its treatments or its doctors flag (history is
  the sign); a lump, growth, shadow or biopsy is unclear, also when asked
  about. A cancer asked about in general ("does lung cancer cause ...?"),
  feared or guessed ("worried I have ovarian cancer", "may have cancer") is
  nothing; guessed under health anxiety or as "symptoms of" it, or named as
  what a drug may cause ("statins can cause cancer"), is unclear. A
  relative's cancer now, in a message about the writer's own state of mind
  ("my aunt is battling cancer and I'm struggling"), is unclear; a relative
  who survived it is family history; working in oncology, a cancer scare and
  a pet's cancer are nothing.

Any sign said after it to have gone ("a fever but it went away", "she's
fine now"), or told in the past tense in a message that sets its story long
ago ("Years ago ... I had a high fever"), is unclear (``episodes``; cancer
aside, whose history is the sign); a pet's illness or fall is nothing. So is,
for the codes in ``_DATED_CODES``, a sign told in the past tense and dated
in its sentence more than two weeks back ("I had chest pain last spring"),
or within a story the message dates more than six weeks back ("diagnosed in
April after a stomach bug. I had a raging temperature"). An injury in a
sentence set at a time of life long past ("when I was 7", "in high school", "in my childhood")
is history; a chest heavy with grief or crying, and constant pain said to
keep getting worse, are decided by ``_chest_of_feeling`` and ``_getting_worse``.

A cancer or an injury named only in a question for information that names
no one ("are sarcomas treatable with chemotherapy?", "is A&E needed for a
fractured toe?"), and any sign but self-harm told as what something
generally brings ("the outbreak can have aches and fever"), get one question
(``general``). A relative's cancer in a message about what runs in the
family ("is it genetic?", "should I be screened?") is family history.

Where the patterns mention nothing of a code and flag nothing outright, the
``second_opinion`` classifier, reading the sentences that hold no negation
and no question, may add an unclear flag for it, never a red one.

A mention said to be over ("I used to wet the bed", "a fever years ago") is
nothing, except cancer, whose history is the sign (see ``scopes``).

Whether each mention is asserted (not negated, hypothetical or a relative's)
is decided in ``context``; self-harm asked as a question ("is life worth
living?") is the sign itself, a cancer guessed at ("is it leukaemia?") is not
had, and a possible sign asked about ("is sweating normal?") still gets its
question. Other senses ("chest infection", "hay fever", "body temperature",
"a 98.6 temperature") are IGNORE spans named after the code they shield, so
the second opinion stays silent on them too. One exception: a danger sign stated of anyone
("my husband can't control his bladder") flags, or asks, because whoever is
typing, that person needs the advice now; only a relative's cancer stays
family history, unless the message is about that relative's cancer now ("my
father has stomach cancer", "a friend had chemo ... she now has") and not
about the visitor's own pain or health ("... now I have a lump"). A family
history ("runs in the family") is never the person's own.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from bot.danger_signs import CODES
from bot.language import context, durations, episodes, general, scopes, second_opinion, unreal
from bot.language.patterns import NEGATIONS

_BONES = {"tibia", "fibula", "femur", "leg", "legs", "arm", "ankle", "wrist", "hip", "pelvis", "rib", "ribs",
          "vertebra", "vertebrae", "spine", "back", "neck", "coccyx", "tailbone", "skull", "head", "collarbone",
          "clavicle", "foot", "hand", "knee", "elbow", "shoulder", "jaw", "sacrum", "forearm", "heel", "bone",
          "bones", "toe", "finger", "nose", "vertebral", "disc"}
#: How far from "broke" or "broken" the bone is named: "broke my left ankle",
#: "my ribs are broken"; "sleep is broken ... my legs" is no broken leg.
_BONE_REACH = 4


#: Words between a break and what it broke: "crushed my left ...", "broke the ...".
_OBJECT_OPENERS = {"my", "his", "her", "their", "the", "a", "an", "left", "right", "both"}


def _object_of_the_break(ent: Span) -> str | None:
    """What the break verb is said to have broken, when it is said right
    after it: "crushed my nerve" -> "nerve", "broke my left ankle" -> "ankle"."""
    doc = ent.doc
    i = ent.end
    while i < ent.sent.end and doc[i].lower_ in _OBJECT_OPENERS:
        i += 1
    return doc[i].lower_ if ent.end < i < ent.sent.end and doc[i].is_alpha else None


#: "Cracked" said of a joint clicked, by a chiropractor or oneself: "the chiro cracked my neck",
#: "cracking my knuckles". A rule that ignored the words took the site with them.
_CRACKS = {"cracked", "crack", "cracks", "cracking"}
_CLICKED = {"back", "neck", "spine", "knuckles", "joints"}


def _clicked(ent: Span) -> bool:
    """A joint cracked, not a bone broken."""
    return ent[-1].lower_ in _CRACKS and _object_of_the_break(ent) in _CLICKED


#: What "broken" says of a body that is no bone: "broken veins in my legs",
#: "a broken ear drum", "broken skin", "broken hearted".
_SOFT_BREAKS = {"vein", "veins", "capillary", "capillaries", "vessel", "vessels", "skin", "heart", "hearted",
                "ear", "eardrum", "drum", "blister", "blisters", "sleep"}


def _bone_broken(ent: Span) -> bool:
    """A bone named within a few words of the break, in its sentence, and
    not something else named as what was broken ("the disc crushed my nerve",
    "broke my phone screen", "broken veins in my legs")."""
    doc = ent.doc
    if ent.end < ent.sent.end and doc[ent.end].lower_ in _SOFT_BREAKS:
        return False
    broken = _object_of_the_break(ent)
    if broken is not None and broken not in _BONES:
        return False
    near = doc[max(ent.sent.start, ent.start - _BONE_REACH):min(ent.sent.end, ent.end + _BONE_REACH)]
    return bool({t.lower_ for t in near} & _BONES)


_LEG_WORDS = {"leg", "legs", "foot", "feet", "knee", "knees", "thigh", "thighs", "calf", "toes", "toe"}
_ARM_WORDS = {"arm", "arms", "hand", "hands", "finger", "fingers", "wrist", "elbow", "forearm", "thumb"}
_WALKING = {"walk", "walking", "stand", "standing"}
#: Weakness words inside a spreading-pain phrase: "pain and weakness in both legs".
_WEAKNESS = {"weak", "weakness", "numb", "numbness"}


_NUMB_OR_WEAK = {"numb", "numbness", "weak", "weakness", "weaker", "dead", "tingling", "heavy", "heaviness"}


def _legs_failing(doc: Doc, someone_else: bool) -> bool:
    """Hints of leg weakness that together are a deficit: a numb or weak leg
    with walking lost ("my left leg was numb and I could barely walk"),
    numbness said of both legs ("numbness and cramps in both legs"), or a
    weakness said to be growing ("my right leg is weak. It's been getting
    worse all week"): a progressive deficit."""
    hints = [e for e in doc.ents if e.ent_id_ == "leg_weakness" and e.label_ == "UNCLEAR" and _stated(e)
             and _is_current(e) and not _about_the_arm(e) and context.belongs(e, someone_else)]
    numb = [e for e in hints if {t.lower_ for t in e} & _NUMB_OR_WEAK]
    if any(_weakness_growing(e) for e in numb):
        return True
    walking = any({t.lower_ for t in e} & _WALKING for e in hints) or any(
        {t.lower_ for t in e.sent} & _GAIT_LOST and {t.lower_ for t in e.sent} & _WHOLE_LEG
        and not {t.lower_ for t in e} & _JOINTS for e in numb)
    both = any(re.search(r"\bboth (?:of )?(?:my |his |her )?(?:legs|feet)\b", e.sent.text.lower()) for e in numb)
    return bool(numb) and (walking or both)


#: A weakness said to grow, of the weakness itself ("it has been increasing",
#: "the numbness is spreading", "getting weaker"), not of a pain beside it.
_GROWING = re.compile(r"\b(?:it|it's|its|weakness|numbness|leg|foot|this|which|that) (?:\w+ ){0,3}?"
                      r"(?:increasing|spreading|progressing|worsening|getting (?:weaker|worse)|gets (?:weaker|worse)"
                      r"|growing|got (?:weaker|worse))\b")
_NOT_GROWING = {"not", "n't", "isn't", "isnt", "hasn't", "hasnt", "never", "no", "stopped"}


def _weakness_growing(ent: Span) -> bool:
    """A growth said of the weakness in its sentence or the two after it, not denied."""
    doc = ent.doc
    end = ent.sent.end
    for _ in range(2):
        end = doc[end].sent.end if end < len(doc) else end
    for match in _GROWING.finditer(doc[ent.start:end].text.lower()):
        if not set(match.group(0).replace("n't", " n't").split()) & _NOT_GROWING:
            return True
    return False


#: What a weak leg does to walking, said beside it: "my leg is weak and I keep
#: tripping", "I walk with a limp because my foot is weak", "I need a cane".
_GAIT_LOST = {"trip", "trips", "tripping", "tripped", "limp", "limping", "limps", "cane", "walker", "crutches",
              "crutch", "stumble", "stumbles", "stumbling", "stumbled", "slaps", "slapping", "drags", "dragging",
              "wheelchair", "scuffing", "scuffs"}
#: The leg or foot itself (a weak knee or ankle with a limp is the joint's).
_WHOLE_LEG = {"leg", "legs", "foot", "feet"}
_JOINTS = {"knee", "knees", "ankle", "ankles"}


#: What wears legs out or sets them shaking for a moment: exercise and nerves.
_SPENDING = {"gym", "workout", "workouts", "run", "running", "ran", "jog", "jogging", "marathon", "race", "squats",
             "squat", "lunges", "hike", "hiking", "cycling", "spin", "exercise", "exercising", "training", "swim",
             "swimming", "climb", "climbing", "dancing", "nerves", "nervous", "fright", "adrenaline", "excitement",
             "excited", "laughing", "drunk", "tipsy"}
_SHAKY = {"jelly", "jello", "wobbly", "shaky"}


#: A passing illness that leaves the legs weak with the rest of the body ("after
#: the flu my legs are weak"): general weakness, worth a question, not the
#: emergency advice a weak leg from the back gets.
_UNWELL = {"flu", "virus", "viral", "covid", "gastro", "norovirus", "bug", "cold"}


def _weak_from_illness(ent: Span) -> bool:
    """A leg-weakness finding whose sentence puts it down to the flu or a virus."""
    words = {t.lower_ for t in ent.sent}
    return ent.ent_id_ == "leg_weakness" and bool(words & _UNWELL) and not words & {"feet", "toes", "foot"} \
        and any(t.lower_ in ("after", "since", "from", "with", "because", "due") for t in ent.sent)


def _legs_spent(ent: Span) -> bool:
    """Legs gone to jelly or wobbly after a workout or from nerves ("my legs
    are jelly after the gym", "after leg day my legs were wobbly"): tired
    muscles or a fright, no sign. Jelly legs with nothing of the kind stay a sign."""
    words = {t.lower_ for t in ent}
    if ent.ent_id_ != "leg_weakness" or not words & _SHAKY:
        return False
    sent = [t.lower_ for t in ent.sent]
    return bool(set(sent) & _SPENDING) or "leg day" in " ".join(sent)


def _about_the_arm(ent: Span) -> bool:
    """Tingling or numbness said of an arm or hand is not a leg-weakness hint
    ("can't walk or use my hands" is still about walking)."""
    if {token.lower_ for token in ent} & _WALKING:
        return False
    words = {token.lower_ for token in ent.sent}
    return bool(words & _ARM_WORDS) and not words & _LEG_WORDS


#: Words that make a night or rest mention about the pain ("worse at night").
_PAIN_WORDS = {"pain", "pains", "painful", "hurts", "hurt", "hurting", "ache", "aches", "aching",
               "worse", "worst", "throbbing", "throbs", "agony", "sore", "awake", "sleep"}



#: The night-pain red flag is non-mechanical, progressive or night pain (NICE
#: CKS): pain at night or at rest that no position or rest eases, pain that
#: wakes the writer every night, or constant pain that keeps getting worse.
#: A bare "constant pain", "worse at night" or "hard to sleep" is common in
#: ordinary back pain and gets the question. Being woken counts as a habit
#: said any way: "every night", "it wakes me up in the middle of the night",
#: "the pain would wake me", "it began to wake me up in agony at night",
#: "it keeps me awake at night" (the pain the one keeping them up, not a
#: snoring husband), "I usually wake in pain around four".
_NIGHTLY = re.compile(r"\b((?:every|each|most) (?:single )?nights?|nightly|night after night|(?:most|many|several) nights|"
                      r"(?:several|many|multiple|a few|few|twice|two|three|four|\d+) (?:times )?(?:a|each|every|per|during the|in the|through the) night|"
                      r"(?:wakes?|waking|woken) (?:me |him |her )?(?:up )?(?:\w+ ){0,2}(?:at|in the middle of the|in the|during the|through the) night|"
                      r"(?:keeps|keep|kept) (?:on )?(?:waking|wakening) (?:me |him |her )?(?:up )?|"
                      r"would (?:\w+ )?(?:wake|waken|keep waking)|"
                      r"(?:began|begun|begins|started|starts|starting) to (?:cause (?:me|him|her) to )?(?:wake|waken)|"
                      r"every (?:few|couple of|two|three) hours|wakes (?:me|him|her)|(?:being|been|get|gets|getting) woken|"
                      r"(?:pain|pains|ache|aches|aching|agony|sciatica|it|which|that|back|hip|neck|legs?) (?:\w+ ){0,3}?"
                      r"(?:kept|keeps|keep|keeping) (?:me |him |her )?(?:up|awake) (?:\w+ ){0,2}(?:at|during the|through the) nights?|"
                      r"(?:pain|pains|ache|aches|aching|agony|sciatica|it|back|hip|neck|legs?) (?:\w+ ){0,3}?"
                      r"(?:keeps|keep) (?:me |him |her )?(?:up|awake) all night|"
                      r"(?:usually|always|often|regularly|routinely|invariably) (?:\w+ ){0,3}(?:wake|wakes|waking|woken))")
#: Said of a pain that never lets up: it keeps getting worse ("worse and
#: worse", "worsening by the week"). "Worse when I bend" is mechanical, no trend.
_WORSENING = re.compile(r"\b((?:getting|gets|got|growing|grown|becoming|become|gone|going|get) "
                        r"(?:progressively |steadily |gradually |increasingly |slowly |much |even )?worse|"
                        r"worse and worse|worsening|progressively (?:worse|getting worse|more)|progressing|progressive|"
                        r"more and more (?:pain|painful|intense|severe|unbearable)|"
                        r"(?:worse|stronger|more painful|more intense) (?:every|each|by the) (?:day|week|month))\b")
#: Pain words proper (not "worse" or "sleep"): the sentence is about a pain.
_PAIN_PROPER = {"pain", "pains", "painful", "hurts", "hurt", "hurting", "ache", "aches", "aching", "agony",
                "throbbing", "throbs", "sore", "excruciating"}
#: A no-ease cue about rest: resting or lying still does not ease it.
_REST_WORDS = {"rest", "resting", "lying", "laying", "still", "bed", "sleeping", "asleep", "lie", "lay", "sleep"}
#: Said with it, the rest does not ease the pain ("even at rest"); a bare "at
#: rest" ("my heart rate at rest") is not.
_NOT_EASED = {"even", "still", "doesn't", "does", "don't", "never", "won't", "didn't", "just", "equally", "no", "little",
              "zero", "not"}


#: Sleep broken or short is night pain only when a pain is named with it
#: ("chronic pain and sleep disruption"), not of a baby or a drug.
_SLEEP_PAIN = _PAIN_PROPER | {"sciatica", "sciatic", "spasms", "cramps"}


def _sleep_lost_to_pain(ent: Span) -> bool:
    """A "sleep" cue (broken sleep, tossing and turning) said with a pain or
    the aching part in its sentence or the one before ("the pain starts again
    after a few hours in bed. I spend half the night tossing and turning",
    "sleeping is a nightmare with this back")."""
    if ent.ent_id_ != "sleep":
        return True
    if {t.lower_ for t in ent.sent} & _OTHER_WAKERS:
        return False  # "sleep problems since the new baby, my back is fine"
    sentences = [ent.sent] + ([ent.doc[ent.sent.start - 1].sent] if ent.sent.start > 0 else [])
    return any({t.lower_ for t in sent} & _SLEEP_PAIN or _aching_part_named(sent) for sent in sentences)


#: Words that make "back" or "hip" the body part ("this back", "my lower back"), not "came back".
_OWNING = {"my", "his", "her", "this", "the", "lower", "upper", "bad", "sore", "stiff", "dodgy"}


def _aching_part_named(sent: Span) -> bool:
    """A back, neck, hip or leg named as the writer's part: "with this back", "my hip"."""
    return any(t.lower_ in _WAKING_PAIN - _SLEEP_PAIN and t.i > sent.start and sent.doc[t.i - 1].lower_ in _OWNING
               for t in sent)


def _rest_not_easing(night: list[Span]) -> bool:
    """Pain at rest that rest does not ease: "it hurts even when I'm resting",
    "the pain is just as bad lying down"."""
    return any(n.ent_id_ == "rest" and ({t.lower_ for t in n} & {"even", "still"}
                                        or re.search(r"\b(?:just|equally) as\b", n.text.lower())) for n in night)


def _woken_nightly(night: list[Span]) -> bool:
    """Woken by a pain, and as a habit: every night ("it wakes me up every
    night"), "the pain wakes me at night", "I keep waking up in pain". The
    pain is named in its sentence or the one before ("my baby wakes me up
    every night" is no night pain), and nothing else is said to wake them
    ("the baby wakes me in the middle of the night, my back is fine")."""
    return any(n.ent_id_ == "wake" and _NIGHTLY.search(n.sent.text.lower()) and _pain_near(n)
               and not _woken_by_something_else(n) for n in night)


#: Who or what else wakes a sleeper: "the baby wakes me", "my bladder wakes me up at night".
_OTHER_WAKERS = {"baby", "babies", "son", "daughter", "kids", "kid", "children", "child", "toddler", "newborn", "dog",
                 "dogs", "cat", "cats", "husband", "wife", "partner", "alarm", "phone", "neighbours", "neighbors",
                 "noise", "snoring", "bladder", "thirst", "dreams", "nightmares", "worry", "worrying", "worries",
                 "anxiety", "stress", "thoughts", "mind", "insomnia", "coffee", "caffeine"}


def _woken_by_something_else(ent: Span) -> bool:
    """Someone or something other than the pain named just before the waking, in its clause."""
    return _named_just_before(ent, 4, _OTHER_WAKERS, _CLAUSE_BREAKS)


def _named_just_before(ent: Span, window: int, words: set[str], ends: set[str]) -> bool:
    """One of `words` among the `window` tokens before the span in its sentence, nearer
    than any of `ends` (where the clause before it stops)."""
    for token in reversed(ent.doc[max(ent.sent.start, ent.start - window):ent.start]):
        if token.lower_ in ends:
            return False
        if token.lower_ in words:
            return True
    return False


#: What wakes one with a pain: a pain word, or the aching part itself ("my back wakes me at night").
_WAKING_PAIN = _SLEEP_PAIN | {"back", "neck", "spine", "hip", "hips", "leg", "legs", "shoulder", "shoulders"}


def _pain_near(ent: Span) -> bool:
    """A pain word in the mention's sentence or the sentence before it."""
    sentences = [ent.sent] + ([ent.doc[ent.sent.start - 1].sent] if ent.sent.start > 0 else [])
    return any({t.lower_ for t in sent} & _WAKING_PAIN for sent in sentences)


_NOT_WORSE = {"not", "n't", "isn't", "isnt", "wasn't", "hasn't", "never", "no", "stopped", "without"}


#: What a worsening is said of, just before it: the pain ("the pain is getting
#: worse", "it has been getting steadily worse"), not "my eyes got worse".
_OF_THE_PAIN = _PAIN_PROPER | {"it", "it's", "its", "this", "back", "neck", "everything"}


def _worsening(text: str) -> bool:
    """A trend of worsening said of the pain, not denied ("isn't getting worse")."""
    for match in _WORSENING.finditer(text):
        before = text[:match.start()].replace("n't", " n't").split()
        if not set(before[-3:]) & _NOT_WORSE and set(before[-4:]) & _OF_THE_PAIN:
            return True
    return False


def _getting_worse(ent: Span) -> bool:
    """Constant pain said, in its sentence or one about the pain, to keep
    getting worse: "The pain is getting worse. I'm in constant agony"."""
    if _worsening(ent.sent.text.lower()):
        return True
    return any(_worsening(sent.text.lower()) and {t.lower_ for t in sent} & _PAIN_PROPER
               for sent in ent.doc.sents)


#: A night told of ("last night", "the other night", "as the night wore on")
#: or the bed itself: where a position is sought for sleep.
_A_NIGHT_IN_BED = re.compile(r"\b(?:(?:last|that|one|the other) night|tonight|a night of|as the night (?:wore|wears|went|goes) on|"
                             r"in bed|to bed|(?:lie|lay|laid|lying|laying) (?:down|flat|in bed)|to sleep|sleep in)\b")
#: The no-ease cues that say no position eases ("couldn't find any position",
#: "no comfortable position"); a bare "can't get comfortable in bed" or
#: "nothing helped" is common with ordinary pain and stays a question.
_POSITION = {"position", "positions"}


#: How many sentences before the no-ease cue the night or the bed may be named:
#: run-on writing in lower case ("...then i laid down and found that not only
#: couldn't i get comfy i couldn't find any position") is cut into short
#: sentences by the splitter, so one sentence back is often mid-thought.
_NIGHT_REACH = 2


def _sentences_back(ent: Span, count: int) -> int:
    """The start of the sentence `count` sentences before the span's own."""
    start = ent.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = ent.doc[start - 1].sent.start
    return start


def _nothing_eased_at_night(doc: Doc) -> Span | None:
    """A position sought in vain in bed or on a night told of, with a pain
    named there: "last night ... i laid down and couldn't find
    any position that didn't kill", "the other night, as I tried and failed
    to find a position comfortable enough to sleep in". Pain at night that
    no position eases is the sign itself, once as much as every night. Not
    when supposed ("if I can't find a position tonight I'll call")."""
    for ent in doc.ents:
        if ent.label_ != "NO_EASE" or not {t.lower_ for t in ent} & _POSITION or not _is_current(ent) \
                or context.is_hypothetical(ent) or context.in_question(ent) \
                or {t.lower_ for t in ent.doc[ent.sent.start:ent.start]} & {"if", "unless", "whether"}:
            continue
        window = ent.doc[_sentences_back(ent, _NIGHT_REACH):ent.sent.end]
        if _A_NIGHT_IN_BED.search(window.text.lower()) and {t.lower_ for t in window} & (_WAKING_PAIN | {"kill", "kills"}):
            return ent
    return None


def _unrelieved_at_rest(ent: Span) -> bool:
    """Pain that resting or lying still does not ease ("excruciating even
    lying still", "rest doesn't help the pain"), said with no negation before it."""
    before = ent.doc[ent.sent.start:ent.start]
    words = {t.lower_ for t in ent}
    return (bool(words & _REST_WORDS) and bool(words & _NOT_EASED) and bool({t.lower_ for t in ent.sent} & _PAIN_PROPER)
            and not any(t.lower_ in NEGATIONS for t in before))


#: Sweats or chills put down, in their sentence, to something other than an
#: infection ("night sweats since the menopause", "sweating with panic").
_OTHER_CAUSES = {"menopause", "menopausal", "perimenopause", "perimenopausal", "hrt", "hormones", "hormonal",
                 "panic", "anxiety", "nightmare", "nightmares", "nervous", "exercise", "exercising", "workout",
                 "gym", "running", "heat", "weather", "sauna", "anxious", "stress", "stressed", "panicking", "panicky",
                 "nerves", "withdrawal", "freezing"}
#: Causes named only with a word that makes them one ("sweats from my
#: tablets", "a fever after the jab"; not "I don't want to keep taking tablets").
_DRUGS_AND_JABS = {"medication", "medications", "meds", "medicine", "tablets", "pills", "antidepressant",
                   "antidepressants", "vaccine", "vaccination", "vaccinations", "jab", "jabs", "booster",
                   "immunisation", "immunization", "shot", "shots"}
_CAUSED_BY = {"after", "from", "since", "because", "due", "caused"}
_GIVE = {"give", "gives", "gave", "giving", "makes", "make", "made"}


#: Causes of sweats and shivers strong enough to count anywhere in the message.
_MESSAGE_CAUSES = re.compile(r"\b(panic attacks?|anxiety attacks?|menopaus\w*|hot flush\w*|hot flash\w*)\b")


#: Feelings that, in the sentence of a chest pain, make it the weight of an
#: emotion ("a heaviness in my chest from sadness", "my chest hurts from
#: crying"): worth one question, not the emergency advice. Anxiety and panic
#: are left out: chest pain with them is still chest pain to rule out.
_FEELINGS = {"crying", "cry", "cried", "cries", "sob", "sobbing", "grief", "grieving", "sadness", "sad", "anger",
             "angry", "rage", "lonely", "loneliness", "heartbroken", "heartbreak", "heartache", "empty", "emptiness",
             "relapse", "guilt", "shame", "emotional", "emotionally", "breakup"}


#: The writer inside the finding: "my partner shoved me down the steps" is the writer's fall.
_THE_WRITER = {"me", "myself", "us"}


#: Reported speech or a wish now: "my son said he wants to kill himself" is not told as past.
_REPORTED_NOW = {"said", "says", "told", "tells", "texted", "messaged", "wrote", "writes", "wants", "want", "is",
                 "are", "has", "keeps", "thinks", "talks", "threatens", "threatened"}


def _done_by_another(ent: Span) -> bool:
    """"my sister attempted suicide": a relative's act told in the past
    tense (not their words or wish now) is asked about, not flagged."""
    clause = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):ent.end]}
    return bool(ent._.other_experiencer) and episodes.told_as_past(ent) and not clause & _REPORTED_NOW


def _heart_attack_of_another(ent: Span) -> bool:
    """"my mum had a heart attack": a relative's, told in the past, is as
    often family history as an emergency now: one question."""
    return (ent.ent_id_ == "chest_pain" and bool(ent._.other_experiencer) and episodes.told_as_past(ent)
            and bool({t.lower_ for t in ent} & {"attack", "infarction", "arrest", "angina"}))


def _chest_of_feeling(ent: Span) -> bool:
    return ent.ent_id_ == "chest_pain" and bool({t.lower_ for t in ent.sent} & _FEELINGS - {t.lower_ for t in ent})


def _sweat_of_other_cause(ent: Span) -> bool:
    if ent.ent_id_ == "fever" and any(
            t.lower_ in _DRUGS_AND_JABS and ({w.lower_ for w in ent.doc[max(ent.sent.start, t.i - 4):t.i]} & _CAUSED_BY
                                             or {w.lower_ for w in ent.doc[t.i + 1:t.i + 2]} & _GIVE)
            for t in ent.sent):
        return True  # "a fever after my flu jab", "these tablets give me sweats"
    return (ent.ent_id_ == "fever" and bool({t.lower_ for t in ent} & {"sweats", "sweat", "sweating", "sweaty",
                                                                        "chills", "shivers", "shivering", "shaking",
                                                                        "hot", "cold", "shakes"})
            and (bool({t.lower_ for t in ent.sent} & _OTHER_CAUSES) or bool(_MESSAGE_CAUSES.search(ent.doc.text.lower()))))


#: Hedges before a finding (ConText's POSSIBLE_EXISTENCE): "I think I have a
#: temperature", "maybe a bit feverish", "I might have wet myself".
_HEDGES = {"think", "guess", "suspect", "maybe", "probably", "possibly", "perhaps", "might", "may", "unsure",
           # medspaCy's ConText POSSIBLE_EXISTENCE cues (context_rules.json, MIT, (c) 2020 medspacy);
           # not its "worried"/"concerned about": "worried about the numbness in my groin" has it
           "possible", "likely", "suspected", "suspicious", "suggestive", "doubt", "worrisome"}
_HEDGED_CODES = {"fever", "chest_pain", "leg_weakness", "bladder_bowel", "saddle_numbness"}
_HEDGE_ENDS = {".", "!", "?", ";", ",", "but", "and", "because", "so"}
_MAYBE = {"might", "may", "could", "possibly", "maybe"}


def _hedged(ent: Span) -> bool:
    """A finding said with a hedge in its clause just before it: one
    question, not the advice. Self-harm is never hedged away (any mention is
    worth the crisis advice), nor an accident or a cancer (``unreal``)."""
    if ent.ent_id_ not in _HEDGED_CODES:
        return False
    if {t.lower_ for t in ent[1:]} & _MAYBE:
        return True  # the hedge inside the finding: "my legs might go weak"
    return _hedged_finding(ent)


#: A death word alone ("dead", "die") is a self-harm hint only with the
#: writer in its clause: "I'll be dead by then", "I should just be dead".
#: "Dying" is left out: "I thought I was dying" is how a symptom felt.
_DEATH_WORDS = {"dead", "die"}
_WRITER_WORDS = {"i", "i'll", "ill", "i'd", "i'm", "im", "me", "myself"}
_CLAUSE_BREAKS = {".", "!", "?", ";", ",", "but", "and", "because", "so", "when", "if"}
#: Words after "dead" or "die" that make it an intensifier, an idiom or a
#: death of a named cause: "dead tired", "dead on my feet", "die of a stroke".
_NOT_A_DEATH = {"set", "of", "from", "tired", "beat", "serious", "end", "ends", "weight", "easy", "sure", "on",
                "right", "wrong", "last", "centre", "center", "straight", "quiet", "still", "certain", "against",
                "ahead", "bored", "boring", "lucky", "heat", "inside", "laughing"}
_FEAR = {"worry", "worried", "worries", "worrying", "scared", "afraid", "fear", "fears", "terrified", "frightened",
         "anxious", "anxiety", "panic", "panicked", "paranoid"}


def _death_without_the_writer(ent: Span) -> bool:
    """A bare death word with no "I" or "me" among the few words before it in
    its clause ("my dad could die", "the battery's dead"), feared or asked
    ("I worry that I'll die", "will I drop dead?"), weighed against
    something else ("I'd rather die than take it again"), of a cause named
    ("if I die of a stroke") or an idiom ("dead set on", "I'm dead tired"):
    no hint at all."""
    if len(ent) != 1 or ent[0].lower_ not in _DEATH_WORDS:
        return False
    doc = ent.doc
    if context.in_question(ent) or {t.lower_ for t in doc[ent.sent.start:ent.start]} & _FEAR:
        return True  # "will I just drop dead?", "I worry ... that I'll die": a fear
    if ent.end < ent.sent.end and doc[ent.end].lower_ in _NOT_A_DEATH:
        return True  # "dead tired", "dead on my feet", "if I die of a heart attack": no wish
    if any(t.lower_ == "than" for t in doc[ent.end:min(ent.sent.end, ent.end + 4)]):
        return True  # "I'd rather die than ...": a preference voiced, not a wish
    for token in reversed(doc[max(ent.sent.start, ent.start - 5):ent.start]):
        if token.lower_ in _CLAUSE_BREAKS:
            return True
        if token.lower_ in _WRITER_WORDS:
            return False
    return True


#: The modal of a supposition's main clause: "I'd go straight to A&E".
_WOULD = {"would", "'d", "wouldn't", "might", "could"}


#: A worry or a wonder put before "if" or "whether": "without worrying if my
#: legs will go numb", "I wonder whether I have a fever".
_WONDER = _FEAR | {"wonder", "wondering", "wondered", "unsure", "ask", "asking", "asked", "know", "sure", "check"}


def _supposed(ent: Span) -> bool:
    """Named inside an "if" clause of a sentence that says what would then
    be done ("If my legs ever went numb I'd go to A&E"), of "you" in general
    ("fine if you need patching up after an accident"), or wondered about
    ("worrying if my legs will go numb"): a supposition, so one question. A
    plain "if" states a habit and keeps the flag ("if I walk far my legs give
    way"). Self-harm is never supposed away (any mention is worth the crisis
    advice)."""
    if ent.ent_id_ == "self_harm":
        return False
    before = [t.lower_ for t in ent.doc[ent.sent.start:ent.start]]
    pairs = list(zip(before, before[1:]))
    return ("if" in before or "unless" in before) and any(t.lower_ in _WOULD for t in ent.sent) or any(
        a in ("if", "when", "unless") and b in ("you", "u", "one") or a in _WONDER and b in ("if", "whether")
        for a, b in pairs)


#: Codes whose mention, told in the past tense and dated in its sentence more
#: than ``episodes.OVER_AFTER_DAYS`` back, is an episode that may be over
#: (ConText's HISTORICAL by a time cue): one question, not the advice. An
#: injury has its own six weeks (``_injury_is_history``), self-harm its own
#: reading of the past, cancer history is the sign itself.
_DATED_CODES = frozenset({"chest_pain", "bladder_bowel", "leg_weakness", "saddle_numbness", "weight_loss",
                          "night_pain", "fever"})


def _past_episode(ent: Span, today: date) -> bool:
    """A fever had at a time said in its sentence to be past ("my son had a
    fever last month", "a temperature three weeks ago"); "a fever for the
    last month" or "since last week" is still going."""
    return ent.ent_id_ == "fever" and episodes.dated_past(ent, today)


def _is_current(ent: Span) -> bool:
    """Not said to be over ("used to", "years ago"); cancer history always counts."""
    return ent.ent_id_ == "cancer_history" or not context.is_historical(ent)


def _family_history(ent: Span) -> bool:
    """"a family history of cancer", "cancer runs in the family": whoever
    the message is about, that is their relatives' cancer."""
    before = {t.lower_ for t in ent.doc[ent.sent.start:ent.start]}
    after = [t.lower_ for t in ent.doc[ent.end:ent.sent.end]]
    in_the_family = any(after[i:i + 3] in (["in", "my", "family"], ["in", "the", "family"], ["in", "our", "family"])
                        for i in range(min(len(after), 4)))
    return bool(before & {"family", "families", "familial", "hereditary", "genetic"}) or "runs" in after[:2] \
        or in_the_family


#: Seen, not suffered: "I watched a car accident happen".
_WITNESS = {"watched", "saw", "witnessed", "witness", "witnessing", "seeing", "watching", "see", "filmed", "heard"}


#: People at large, and the writer or theirs: "people in car accidents often
#: get whiplash" names no one who was hurt.
_PEOPLE_AT_LARGE = {"people", "persons", "anyone", "anybody", "everyone", "everybody", "patients", "drivers",
                    "athletes", "players", "many", "most"}
_WRITER_OR_THEIRS = {"i", "i'm", "im", "i've", "ive", "i'd", "me", "my", "myself", "we", "us", "our"}


def _injury_of_people_at_large(ent: Span) -> bool:
    """An injury said of people in general, in a sentence that names
    neither the writer nor anyone of theirs: talk of injuries, one question."""
    words = {t.lower_ for t in ent.sent}
    return bool(words & _PEOPLE_AT_LARGE) and not words & (_WRITER_OR_THEIRS | scopes.RELATION_WORDS)


def _witnessed(ent: Span) -> bool:
    return bool({t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4):ent.start]} & _WITNESS)


#: The lasting mental aftermath of an event: told of, the event is usually
#: long past ("the accident gave me PTSD").
_AFTERMATH = {"ptsd", "flashbacks", "flashback", "nightmares", "traumatic", "traumatised", "traumatized",
              "triggered", "triggers", "therapist", "therapy", "counselling", "counseling"}


def _aftermath(ent: Span) -> bool:
    """An accident told, in its sentence, with the aftermath it left and no
    time said: when it happened is worth asking."""
    return (bool({t.lower_ for t in ent.sent} & _AFTERMATH)
            and not any(e.label_ in ("DURATION", "DATE") for e in ent.sent.ents))


def _referred_back(ent: Span) -> bool:
    """"since the accident", "after my crash": an event the writer takes as
    known, with no time said in its sentence: when it was is worth asking."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4):ent.start]]
    told = any(a in ("since", "after", "before", "because", "from") and b in ("the", "my", "that", "this", "our")
               for a, b in zip(before, before[1:]))
    return told and not any(e.label_ in ("DURATION", "DATE") for e in ent.sent.ents)


def _retold(ent: Span) -> bool:
    """"the accident", "that crash" after an earlier one: the same event told
    again, decided by its first mention (and its time)."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ not in ("the", "that", "this"):
        return False
    return any(e.ent_id_ == ent.ent_id_ and e.end <= ent.start for e in ent.doc.ents)


_HURT_IT = {("injured", "it"), ("hurt", "it"), ("did", "it"), ("damaged", "it"), ("strained", "it"),
            ("pulled", "it"), ("injured", "my"), ("hurt", "my")}


def _caused_the_problem(ent: Span) -> bool:
    """"I injured it by falling off a horse": the injury is how the problem
    the message dates began, so the problem's time is the injury's."""
    words = [t.lower_ for t in ent.sent]
    return any(pair in _HURT_IT for pair in zip(words, words[1:])) and not any(
        e.label_ in ("DURATION", "DATE") for e in ent.sent.ents)


#: A year said with an injury that is not this one ("in [month] 2012").
_YEAR = re.compile(r"^(19|20)\d\d$")


def _times_said(ent: Span, today: date) -> list[float]:
    """Days back of every time said in the mention's sentence (or the whole
    message, when the injury is how the problem began)."""
    caused = _caused_the_problem(ent)
    days = [durations.days_of(e, today) for e in (ent.doc.ents if caused else ent.sent.ents)
            if e.label_ in ("DURATION", "DATE")]
    days = [d for d in days if d is not None]
    return days + [365.0 * (today.year - int(t.text)) for t in ent.sent
                   if _YEAR.match(t.text) and int(t.text) < today.year]


#: A time of life long past for the adult writing, said in the injury's
#: sentence: "When I was 7 I fell out of a tree and broke my arm", "broke my
#: wrist playing football my senior year".
_LIFE_STAGE = re.compile(
    r"\b(?:when i was (?:a |an )?(?:kid|child|little|young|younger|teen|teenager|baby|toddler|boy|girl|\d+|"
    r"[a-z]+teen|five|six|seven|eight|nine|ten|eleven|twelve)|as a (?:kid|child|teen|teenager|baby|toddler|boy|girl)|"
    r"growing up|in (?:middle|high|grade|primary|elementary|secondary) school|at (?:the )?age (?:of )?\d+|aged \d+|"
    r"in (?:the )?\d+(?:st|nd|rd|th) grade|(?:my|our|in|during) (?:freshman|sophomore|junior|senior) year|"
    r"when i was (?:in|at) (?:school|college|university|uni)|in my (?:teens|youth|childhood|school days|college days)|"
    r"(?:in|during) (?:my )?(?:childhood|infancy|adolescence)|"
    r"(?:back|when i was|during|all through) in my (?:early |mid |late )?(?:teens|twenties|thirties|forties|fifties|"
    r"sixties|20s|30s|40s|50s|60s)|back in (?:college|school|uni|university|high school|the day|the army|the \d0s))\b")


#: An injury named as an old one: "it can aggravate previous injuries where
#: bones have been broken", "my old fracture", "an old compression fracture".
_OLD_INJURY = re.compile(r"\b(previous|prior|old|past|earlier|former) (?:\w+ )?(injur\w*|fractures?|breaks?|broken)\b")


def _injury_is_history(ent: Span, today: date) -> bool:
    """More than six weeks back: said in its clause, or else by every time
    said in its sentence ("In 1996, I had an accident"). A mention with no
    time of its own (a title line: "Surgery after a cycling accident") takes
    the time of the same injury told again elsewhere in the message."""
    if durations.injury_is_history(ent, today) or _retold(ent) \
            or _OLD_INJURY.search(ent.doc[ent.sent.start:ent.end].text.lower()):
        return True
    if _LIFE_STAGE.search(ent.sent.text.lower()) and not any(
            d <= durations.INJURY_HISTORY_DAYS for d in _times_said(ent, today)):
        return True  # "when I was 7 I fell out of a tree", "hit by a car in high school"
    days = _times_said(ent, today)
    if not days:
        days = [d for e in ent.doc.ents if e.ent_id_ == "trauma" and e.sent.start != ent.sent.start
                for d in _times_said(e, today)]
    return bool(days) and min(days) > durations.INJURY_HISTORY_DAYS or _told_later(ent, today)


def _told_later(ent: Span, today: date) -> bool:
    """The story moves on past six weeks after the injury ("... crashed onto
    the floor ... Coming up to three months later"): the injury is history."""
    doc = ent.doc
    for e in doc.ents:
        if e.label_ == "DURATION" and e.start >= ent.end and e.end < len(doc) and doc[e.end].lower_ == "later":
            days = durations.days_of(e, today)
            if days is not None and days > durations.INJURY_HISTORY_DAYS:
                return True
    return False


_DEATH = {"died", "passed", "dead", "death", "deaths", "funeral", "lost", "killed"}
#: Said of a relative now ("my father has stomach cancer"), not their history.
_PRESENT = {"has", "have", "is", "diagnosed", "suffering", "suffers", "undergoing", "undergone",
            "having", "got", "fighting", "battling", "treated", "treatment"}


def _anothers_injury_in_own_story(ent: Span) -> bool:
    """A relative's or colleague's injury in a message the writer tells of
    themselves ("my wife slipped on the ice, so I've been doing all the
    lifting", "a colleague was hit by a car, it shook me"): theirs, not the
    writer's, so one question. Written for them ("my husband fell off a
    ladder, can acupuncture help him?") it stays a sign (``_for_them``)."""
    return ent.ent_id_ == "trauma" and ent._.other_experiencer and not {t.lower_ for t in ent} & _THE_WRITER \
        and not _for_them(ent.doc)


def _fatal_to_another(ent: Span) -> bool:
    """An accident that killed someone the writer names ("the crash that
    killed my parents"): a bereavement, not the writer's injury."""
    words = {t.lower_ for t in ent.sent}
    return ent.ent_id_ == "trauma" and bool(words & _DEATH) and bool(words & (scopes.RELATION_WORDS | _THEM))


_THEM = {"he", "she", "him", "her", "they", "them"}


def _of_the_dead(ent: Span) -> bool:
    """A relative's cause of death ("my mum died of bowel cancer") is family
    history; the mention's own words are no death ("my husband has lost 3 stone")."""
    around = [t for t in ent.sent if not ent.start <= t.i < ent.end]
    return bool(ent._.other_experiencer) and bool({t.lower_ for t in around} & _DEATH)


#: Someone the writer only knows, opening the sentence: "A woman I often talk
#: to lost 20 lb", "a guy at work fell off a ladder", "someone I know" (a
#: friend or a neighbour is a relation, for the experiencer scope: ``scopes``).
_ACQUAINTANCE = re.compile(
    r"^(?:(?:a|an|this|that|one|the|some) (?:\w+ )?(?:woman|women|man|men|lady|ladies|guy|guys|girl|boy|bloke|"
    r"chap|fella|fellow|gentleman|person|people|acquaintance|patient|member|client|customer|regular|kid)|"
    r"one of the \w+|someone|somebody)\b")
#: Words between a subject and its verb: "I've just lost", "I have also been losing".
_AUXILIARIES = {"have", "'ve", "has", "had", "'d", "just", "also", "recently", "already", "been", "now", "since",
                "then", "even", "finally", "actually", "really"}


def _an_acquaintance(ent: Span) -> bool:
    """The sentence opens on someone the writer only knows and the finding is
    not told of the writer ("a woman I often talk to lost 20 lb"; not "a
    guy said I have lost weight", "the man in the van drove into me"): not the
    person the message is for."""
    before = ent.doc[ent.sent.start:ent.start]
    if {t.lower_ for t in ent} & (_THE_WRITER | {"my"}) or not _ACQUAINTANCE.search(before.text.lower()):
        return False
    subject = next((t.lower_ for t in reversed(before) if t.lower_ not in _AUXILIARIES), "")
    return subject not in _WRITER_WORDS | {"i've", "ive"}


#: The writer turns to their own health: "I now have a lump", "my chances".
_FIRST_PERSON = {"i", "i've", "i'm", "ive", "im"}
_HAVING = {"have", "had", "get", "got", "feel", "felt", "noticed", "developed", "having", "found", "suffer"}
_MINE = {"chance", "chances", "risk", "risks", "finger", "daughter", "son"}


def _writer_health(doc: Doc, after: int) -> bool:
    """After the relative's cancer, the message turns to the writer (or
    another person): the cancer is their family history."""
    words = [t.lower_ for t in doc[after:]]
    return any(word in _FIRST_PERSON and _HAVING & set(words[i + 1:i + 3])
               or word in ("my", "for") and words[i + 1:i + 2] and (words[i + 1] in _MINE or words[i + 1] == "me")
               for i, word in enumerate(words))


#: A message about what runs in a family: "is it genetic?", "my chances of
#: getting it", "should I be tested?".
_INHERITED_RISK = re.compile(
    r"\b(?:genetic|genetically|hereditary|heredity|inherit\w*|runs? in (?:the|my|our|his|her) family|"
    r"(?:my|our|his|her|their) (?:risk|chances?)|(?:risk|chances?) of (?:getting|developing|having)|"
    r"(?:be|get|getting|being) (?:tested|screened)|genes?|brca\d?)\b")


def _inherited_risk(doc: Doc) -> bool:
    return _INHERITED_RISK.search(doc.text.lower()) is not None


def _someone_has_cancer(ent: Span, doc: Doc) -> bool:
    """A relative's cancer stated in the present, in a message about no pain
    of the visitor's own: the person written about has it (not family
    history). A message that asks what the cancer means for the family ("is
    it genetic?", "my chances of getting it") is about family history."""
    if ent.label_ not in ("FLAG", "CHEMO_NOW") or ent.ent_id_ not in ("cancer_history", "immunocompromised") \
            or not _stated(ent) or ent._.other_experiencer and _inherited_risk(doc):
        return False
    # The tense is the one said before the cancer ("has leukaemia", not ", is
    # it genetic?"), and not an age's ("my mum (who is 70) had cancer").
    words = {t.lower_ for t in doc[max(ent.sent.start, ent.start - 6):ent.end] if t.ent_type_ != "AGE"}
    if words & {"was", "were"} or {"had", "been"} <= words:
        # "mum was diagnosed ... and won", "her sister had been diagnosed": told as past
        words -= {"diagnosed", "treated", "treatment"}
    if _of_the_dead(ent) or _survived(ent) or _writer_health(doc, ent.end) \
            or not (words & _PRESENT or _still_about_them(ent)):
        return False
    return not any(e.label_ in context.PAIN_EVIDENCE and not e._.other_experiencer for e in doc.ents)


#: "if I have had", "if I was treated for": a condition the writer puts in the past.
_HAD_IF = re.compile(r"(?<!what )(?<!even )\bif i (have |'ve |ve )?(had|was diagnosed with|have been diagnosed with|"
                     r"been diagnosed with|was treated for|been treated for|survived)( an?| the)?$")


def _had_if(ent: Span) -> bool:
    """"Can acupuncture help if I have had cancer": asked as a condition, but
    in the past tense of the writer's own it is usually what they had, so
    it is worth one question. "What if I had cancer?" is a fear, no more."""
    before = " ".join(t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 8):ent.start])
    return bool(_HAD_IF.search(before))


#: Said after a cancer in its sentence: it is over ("she is fine now", "in remission").
_WELL_AGAIN = re.compile(r"\b(?:(?:is|are|'s|was|were) (?:fine|ok|okay|well|healthy|clear|cancer free|"
                         r"doing (?:fine|well|great|good))(?: now)?|recovered|in remission|all clear)\b")


def _survived(ent: Span) -> bool:
    """"a breast cancer survivor", "beat cancer twice": had, and over. The
    writer's own is still history (the sign); a relative's is family history."""
    before = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 3):ent.start]}
    after = {t.lower_ for t in ent.doc[ent.end:min(ent.sent.end, ent.end + 2)]}
    rest = " ".join(t.lower_ for t in ent.doc[ent.end:ent.sent.end])
    return bool(before & {"survived", "beat", "beaten", "overcame"} or after & {"survivor", "survivors", "free"}
                or _WELL_AGAIN.search(rest))


#: The writer tells of their own state of mind: the relative's cancer is why
#: they write, not necessarily what they write for ("my aunt is battling
#: cancer and I'm struggling to cope").
_WRITER_FEELS = re.compile(
    r"\b(?:i'm|i am|im|i've been|ive been|i have been|i feel|i felt|i get|i keep|makes me|made me|i'm just|i've got)"
    r"(?: (?:so|really|very|just|feeling|getting|a bit|quite|constantly|always|completely|totally))* "
    r"(?:struggling|stressed|scared|worried|anxious|depressed|coping|grieving|sad|overwhelmed|exhausted|"
    r"afraid|terrified|upset|heartbroken|lonely|angry|numb|falling apart|breaking down|a mess|lost)\b"
    r"|\b(?:can't|cannot|cant) (?:cope|handle|deal|stop crying|focus)\b|\bpanic attacks?\b"
    r"|\bmy (?:anxiety|depression|mental health|stress)\b|\b(?:been|keep|i'm|im) crying\b"
    r"|\b(?:i don't|i do not|i dont) know (?:what to do|how to cope|how to deal)\b|\bfreaking out\b")


def _writer_in_focus(doc: Doc) -> bool:
    return bool(_WRITER_FEELS.search(doc.text.lower()))


#: The message asks something for the person with the cancer: a question, a
#: request for advice, their treatment or outlook.
_ASKS = re.compile(r"\?|\b(please|advise|advice|help|suggest\w*|recommend\w*|treatment|treatments|treat|prognosis|"
                   r"options?|what (?:can|should|do|does|is|are)|how (?:long|can|do|does|is)|is (?:it|this|there)|"
                   r"can (?:he|she|they|i|acupuncture)|should (?:he|she|they|i)|anyone know|"
                   r"(?:want|wanted|like|need) to (?:know|no|ask)|wondering|looking for)\b")
_WRITER = {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself"}


def _for_them(doc: Doc) -> bool:
    """The message is written for the relative with the cancer: it asks
    something for them ("my dad has bowel cancer, what can he take?") or
    tells only of them ("my brother has tumours in his spine and can't
    walk"). A relative's cancer in the writer's own story ("my mum is going
    through cancer, I spend every moment with her") is asked about instead."""
    return bool(_ASKS.search(doc.text.lower())) or not any(t.lower_ in _WRITER for t in doc)


#: Health anxiety that guesses at a cancer: "my health anxiety makes me
#: think every headache is a tumour", "convincing myself I have cancer".
_ANXIOUS = re.compile(r"\b(anxious|anxiety|paranoid|convinced|convincing|hypochondria\w*|obsess\w*|freaking out|"
                      r"google\w*|thinking (you|i|it)|bad feeling|reading|read up|researching|looking up|"
                      r"freaked out|makes me think|made me think|make me think)\b")
_GUESS_VERBS = {"is", "'s", "be", "have", "got", "of", "about", "has", "was", "its", "maybe", "maybes",
                "probably", "possibly", "stuck", "fixated", "fixating", "reading", "researching", "googling", "googled"}


_CAUSE = {"cause", "causes", "causing", "trigger", "triggers", "lead", "leads", "leading"}
#: A list of what a drug may do: "warns of side effects such as breast cancer".
_SIDE_EFFECTS = re.compile(r"\b(side effects?|risks?|warns?|warnings?|dangers?) (?:\w+ ){0,3}?(such as|like|including|of)\b")


#: A cancer tied to something in general: "smoking causes cancer", "scleritis
#: can be linked to lymphoma" (no one's own, unless owned: "linked to my cancer").
_LINKED = {"linked", "associated", "connected", "related", "tied"}


def _named_as_a_risk(ent: Span) -> bool:
    """A cancer named as what a drug or a habit may cause ("statins can
    cause cancer", "medication that can cause liver damage or cancer",
    "smoking causes cancer") or what a condition is linked to in general."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 8):ent.start]]
    if before and before[-1] in ("my", "his", "her", "their", "our"):
        return False
    near = before[-4:]
    return any(word in _CAUSE and before[i - 1:i] and before[i - 1] in ("can", "could", "may", "might", "to", "will")
               for i, word in enumerate(before)) or "causes" in near[-2:] or any(
        word in _LINKED and near[i + 1:i + 2] in (["to"], ["with"]) for i, word in enumerate(near)) or bool(
        _SIDE_EFFECTS.search(" ".join(before)))


#: A cancer feared or guessed just before it is named: "worried I have
#: ovarian cancer", "I think I've got a tumour", "scared it's leukaemia".
_FEARED = re.compile(r"\b(worried|worrying|scared|afraid|terrified|convinced|paranoid|fear|fearing|think|thinking)"
                     r"( that)? (i|he|she|it|you)( (have|has|'ve|'s|is|got|might|may|could|must))+( (a|an|some))?$")


def _anxious_guess(ent: Span) -> bool:
    """Health anxiety before a cancer named after "is" or "have": a fear, so
    one question rather than a flag (the owner named first, "my cancer", is had)."""
    before = [t.lower_ for t in ent.doc[ent.sent.start:ent.start]]
    if not before or before[-1] in ("my", "his", "her"):
        return False
    if _FEARED.search(" ".join(before[-8:])):
        return True
    if before[-2:-1] in (["symptoms"], ["signs"], ["symptom"]) and before[-1] == "of":
        return True  # "I have symptoms of ovarian cancer": a guess
    return bool(set(before[-3:]) & _GUESS_VERBS) and bool(_ANXIOUS.search(" ".join(before)))


#: Words that tie a cancer to someone who has or had it: a person (with
#: ``_PERSONAL``), having, a diagnosis, a stage, a treatment.
_OWNERSHIP = (scopes.RELATION_WORDS | {
    "i", "me", "myself", "you", "your", "they", "them", "their", "our", "us", "'s", "’s", "have", "has", "had",
    "having", "got", "diagnosed", "diagnosis", "history", "hx", "remission", "survivor", "stage", "grade",
    "treated", "treatment", "battling", "fighting", "beat", "survived", "removed", "surgery", "operation",
    "chemo", "chemotherapy", "radiotherapy", "radiation", "oncologist", "mastectomy", "lumpectomy", "spread",
    "metastatic", "metastasis", "secondary", "secondaries", "terminal", "recurrence", "relapse", "patient"})
#: Cancer as a topic: in general, in the media, for people at large.
_TOPIC = {"people", "patients", "many", "most", "those", "anyone", "someone", "everyone", "somebody", "anybody",
          "documentary", "film", "movie", "book", "article", "show", "programme", "program", "series", "video",
          "news", "causes", "cause", "say", "says", "research", "study", "studies"}


def _cancer_as_a_topic(ent: Span) -> bool:
    """Cancer named with no one who has it ("smoking causes lung cancer",
    "many cancer patients try acupuncture", "a documentary about leukaemia"):
    one question rather than a flag."""
    near = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):min(ent.sent.end, ent.end + 3)]}
    # The mention's own words are not an owner ("for chemotherapy patients").
    words = {t.lower_ for t in ent.sent} - {t.lower_ for t in ent}
    return bool(near & _TOPIC) and not words & (_OWNERSHIP | _PERSONAL) - _TOPIC


#: Work or good causes named after cancer: "a chemo nurse", "cancer research".
_CANCER_WORK = {"nurse", "nurses", "nursing", "phlebotomist", "technician", "tech", "pharmacist", "researcher",
                "researchers", "research", "scientist", "scientists", "charity", "charities", "fundraiser",
                "fundraising", "volunteer", "volunteering"}


def _cancer_work(ent: Span) -> bool:
    """"I was a chemo nurse for years": the word names a job or a cause, not
    an illness anyone has (a ward or a unit may be where a patient is)."""
    after = [t.lower_ for t in ent.doc[ent.end:min(ent.end + 2, ent.sent.end)] if t.text != "-"]
    return bool(after) and after[0] in _CANCER_WORK


#: Diseases treated with chemotherapy drugs at low doses, and those drugs.
_IMMUNE = {"arthritis", "rheumatoid", "psoriasis", "psoriatic", "lupus", "crohn's", "crohns", "colitis", "scleritis",
           "uveitis", "vasculitis", "ms", "sclerosis", "methotrexate", "mtx", "rheumatologist", "ankylosing",
           "spondylitis", "spondyloarthritis", "sarcoidosis", "myositis"}


#: Benign conditions treated with radiation: "radiation treatment to shrink
#: my thyroid", "radiation for an AVM".
_BENIGN_IRRADIATED = {"thyroid", "hyperthyroidism", "hyperthyroid", "overactive", "graves", "graves'", "avm",
                      "malformation", "keloid", "keloids", "heterotopic", "ossification", "plantar"}


def _for_another_disease(ent: Span) -> bool:
    """"chemo" said with arthritis or methotrexate in its sentence (a drug
    for an immune disease), or radiation with a benign condition: worth a
    question rather than taken as a cancer."""
    words = {t.lower_ for t in ent}
    sentence = {t.lower_ for t in ent.sent}
    return (bool(words & {"chemo", "chemotherapy", "chemo's"}) and bool(sentence & _IMMUNE)
            or bool(words & {"radiation", "radiotherapy"}) and bool(sentence & _BENIGN_IRRADIATED))


#: Animals: a pet's illness or fall is no sign of the person's.
#: ("pet" is left out: a PET scan finds cancers; "vet" is as often a veteran;
#: a horse throws its rider.)
_PETS = {"dog", "dogs", "cat", "cats", "puppy", "kitten", "rabbit", "hamster", "parrot", "pup", "doggy", "kitty"}
_PERSON = {"i", "i'm", "im", "i've", "me", "myself", "he", "she", "him", "her", "husband", "wife", "son", "daughter"}


def _of_a_pet(ent: Span) -> bool:
    """"my cat died of cancer", "our dog had a fever": an animal is named
    before the mention in its sentence and no person after it; or the
    sentence names the animal's doctor ("she has a carcinoma, and the vet
    told us"): "the vet" is a veterinary surgeon, "a vet" a veteran."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 8):ent.start]]
    pets = [i for i, word in enumerate(before) if word in _PETS]
    words = [t.lower_ for t in ent.sent]
    vet = any(a in ("the", "our", "my") and b in ("vet", "vets", "veterinarian") for a, b in zip(words, words[1:]))
    return vet or bool(pets) and not set(before[pets[-1] + 1:]) & _PERSON


#: Who the message goes on about; "her" and "him" are left out ("her
#: mother", "protect him" name others as often as the patient).
_THIRD_PERSON = {"he", "she", "his", "he's", "she's"}


#: Words that keep a later mention of the person in the present ("she now has").
_NOW = {"has", "have", "is", "are", "'s", "now", "still", "keeps", "developed", "getting", "can't", "cannot"}


def _still_about_them(ent: Span) -> bool:
    """"A friend had chemo ... She has developed": the message goes on about
    the person with the cancer, now, who is the one it is written for ("he
    had aml and she had apl" is their history)."""
    relation = {t.lower_ for t in ent.sent[:ent.start - ent.sent.start]} & scopes.RELATION_WORDS
    after = ent.doc[ent.end:]
    return any((t.lower_ in _THIRD_PERSON or t.lower_ in relation)
               and {n.lower_ for n in after[i + 1:i + 3]} & _NOW for i, t in enumerate(after))


#: "is it leukaemia?", "maybe a tumour": a diagnosis guessed at, not had.
_GUESS = {"maybe", "possibly", "probably", "perhaps", "suspected", "suspect", "possible", "likely", "may", "might",
          "worried", "worry", "worrying", "concerned", "scared", "afraid", "fear", "fearing", "paranoid",
          "terrified", "frightened", "ruled", "rule"}
#: Words that open a question ("does lung cancer always ...", "what can cause
#: cancer under the eye?"); "supposing" opens a supposition.
_QUESTION_OPENERS = {"does", "do", "can", "could", "is", "are", "what", "how", "will", "would", "why", "which",
                     "when", "supposing", "should", "may", "might", "if", "whats", "what's", "hows"}
#: Whoever the message is about, in the sentence: a question naming them asks
#: about their own cancer ("what can I expect from my chemo?").
_PERSONAL = _FIRST_PERSON | {"my", "me", "mine", "i'd", "i'll", "he", "she", "his", "her", "him", "we", "our",
                             "husband", "wife", "mum", "mom", "dad", "father", "mother", "son", "daughter"}


#: Health anxiety: "I thought I had cancer", "convinced I had every malignant
#: disease", "worrying about brain tumours to liver cancer".
_WORRY = {"worried", "worrying", "worry", "worries", "scared", "afraid", "terrified", "paranoid", "convinced",
          "obsess", "obsessing", "obsessed", "fear", "fearing", "thought", "scare",
          "developing", "googling", "googled"}
#: How to treat it is asked by (or for) someone who has it.
_TREATING = {"treat", "treating", "treated", "cure", "curing", "radiation", "radiotherapy", "chemo", "chemotherapy"}


def _guessed(ent: Span) -> bool:
    """"maybe a tumour", "worried about lung cancer": feared or guessed, not
    had ("worried my cancer is back" is had: the owner is named)."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4):ent.start]]
    if before and before[-1] in ("my", "his", "her"):
        return False
    sentence = [t.lower_ for t in ent.sent]
    if len(sentence) <= 4 and sentence[-1] == "?":
        return True  # a title asking: "Oral cancer?"
    leading = [t.lower_ for t in ent.doc[ent.sent.start:ent.start]]
    worry = max((i for i, word in enumerate(leading) if word in _WORRY), default=None)
    if worry is not None and {"because", "since", "cos", "coz", "cause"} & set(leading[worry:]):
        return False  # "worried because I have breast cancer" gives the reason: had
    if worry is not None:
        return True
    return bool(set(before) & _GUESS) or any(
        a in ("is", "was", "could", "might") and b in ("it", "this", "that", "there")
        for a, b in zip(before, before[1:]))


def _general_question(ent: Span) -> bool:
    """A question about cancer in general ("does ovarian cancer cause leg
    numbness?", "is cirrhosis of the liver cancer?") names no one who has it."""
    sent = ent.sent
    words = [t.lower_ for t in sent if not t.is_punct]
    # The question may open after a title: "Cancer weight loss - does it ...?"
    after_title = [t.nbor().lower_ for t in sent[:-1] if t.text in ("-", ":", "—")] if sent[-1].text == "?" else []
    if not words or not {words[0], *after_title} & _QUESTION_OPENERS:
        return False
    return not set(words) & (_PERSONAL | _TREATING)


_OWNERS = {"my", "his", "her", "our", "their", "'s", "’s", "s'"}


def _owned(ent: Span) -> bool:
    """"my toddler's fever", "my chest pain": a finding someone owns is had,
    even in a question ("when should I see a doctor for my toddler's fever?")."""
    if ent.start == ent.sent.start or ent.doc[ent.start - 1].lower_ not in _OWNERS:
        return False
    return not {t.lower_ for t in ent.doc[ent.sent.start:ent.start]} & _SUPPOSING


#: Words that make an owned finding a supposition: "if my legs went weak",
#: "could acupuncture make my legs go weak?".
_SUPPOSING = {"if", "whether", "could", "would", "might", "can", "will", "may", "cause", "make", "get", "develop"}


def _asked(ent: Span) -> bool:
    """Asked about rather than had. Self-harm asked as a question ("is it
    worth living?") is the sign itself, and a cancer guessed at is not had."""
    if ent.ent_id_ == "self_harm":
        return bool(ent._.hypothetical)
    if ent.ent_id_ == "cancer_history" and (_guessed(ent) or _general_question(ent)):
        return True
    return bool(ent._.hypothetical) or (context.is_hypothetical(ent) and not _owned(ent))


def _asked_about(ent: Span) -> bool:
    """A possible sign asked about ("is sweating normal?") still deserves its
    one question; a stated sign asked about generally ("is chest pain a bad
    sign?") and anything feared or hypothetical do not."""
    if ent.ent_id_ == "cancer_history":
        # A lump asked about ("I have a lump, should I worry?") gets its
        # question; a cancer named in a question does not.
        return (ent.label_ == "UNCLEAR" and not ent._.negex and not ent._.hypothetical
                and not _of_the_dead(ent) and not _guessed(ent))
    return not ent._.negex and not ent._.hypothetical and context.is_hypothetical(ent) and not _of_the_dead(ent)


def _stated(ent: Span) -> bool:
    return not ent._.negex and not _asked(ent)


#: A time said in the sentence that puts self-harm in the past ("suicidal
#: thoughts and self-harm in the past", "she has been suicidal before"), and
#: the words that bring it back to now ("I used to cut and want to again").
_PAST_CUES = {"past", "before", "ago", "used", "previously", "teenager", "teen", "twenties", "younger", "child",
              "kid", "stopped"}
_PAST_PHRASES = ("when i was", "back then", "at the time", "back in", "been there", "in my first", "at one point",
                 "since then", "suicide survivor", "attempt survivor",
                 "got to the point", "in my teens", "in my mid", "in my early", "in my late", "never again",
                 "never take that route")
#: A return that makes it now: "the thoughts of suicide are back in full force".
_BACK_NOW = ("are back", "is back", "'s back", "are coming back", "is coming back", "back again", "have come back",
             "has come back")
_PRESENT_CUES = {"now", "again", "still", "currently", "today", "tonight", "yesterday", "lately", "recently",
                 "sometimes", "keep", "keeps", "want", "wants", "wanna", "urge", "week", "just", "days", "every",
                 "whenever", "safe", "threatening", "threatened", "says", "said", "am", "'m", "feel", "feels",
                 "gets", "always", "constant", "constantly", "since"}


#: People in general, or someone unnamed: "vets that commit suicide", "if any
#: of you are thinking of suicide", "people who are suicidal".
_GENERIC = {"people", "person", "persons", "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
            "those", "they", "them", "their", "who", "others", "many", "most", "several", "vets", "veterans",
            "soldiers", "soldier", "troops", "members", "kids", "teens", "teenagers", "students", "men", "women",
            "guys", "folks", "nobody", "group", "groups", "prevention", "you", "your", "we", "any",
            "awareness", "hotline", "hotlines", "rate", "rates", "watch", "briefs", "statistics"}
#: A drug's warnings, which name no one: "the leaflet warns of suicidal thoughts"
#: (effects listed, "side effects including suicidal ideation", are mostly the writer's).
_DRUG_INFO = {"warning", "warnings", "warns", "leaflet", "label", "labels"}
#: The writer ("my" alone is not enough: "my group for suicidal veterans").
_MINE_NOW = {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself"}


def _self_harm_of_no_one(ent: Span) -> bool:
    """Talk of self-harm in general or of people unnamed ("so many veterans
    committing suicide", "a hotline for suicidal people", "if any of you are
    thinking of suicide"): nobody in the conversation is said to be at risk.
    Near the mention (six words before, four after) someone general is named
    and neither the writer nor anyone of theirs; a bare "suicidal" or "want to
    die" names no one else and stays the writer's."""
    if {t.lower_ for t in ent} & _MINE_NOW:
        return False
    window = ent.doc[max(ent.sent.start, ent.start - 6):min(ent.sent.end, ent.end + 4)]
    # "any more" and "any longer" are adverbs, not people ("if any of you").
    near = {t.lower_ for t in window if not (t.lower_ == "any" and t.i + 1 < len(t.doc)
                                              and t.doc[t.i + 1].lower_ in ("more", "longer"))}
    if ent.text[:1].isupper() and not ent.text.isupper() and ent.start > ent.sent.start \
            and ent.doc[ent.start - 1].text[:1].isupper():
        return True  # a name: "Group for Suicidal Veterans"
    return bool(near & (_GENERIC | _DRUG_INFO)) and not near & (_MINE_NOW | scopes.RELATION_WORDS)


#: Who may be the subject of a self-harm mention other than the writer or
#: someone of theirs: "he was suicidal", "several who attempted suicide".
_UNNAMED = _GENERIC | {"he", "she", "him", "we", "one", "some", "us", "you"}
_NOW_SAID = _PRESENT_CUES | {"is", "are", "has", "have", "'s", "wants", "needs", "thinks", "talks", "talking"}


def _someone_unnamed(ent: Span) -> bool:
    """The nearest person before the mention, in its sentence, is someone the
    writer does not name as theirs ("he was suicidal", "I've known several
    who attempted suicide"), and nothing makes it now: a question, not the
    crisis advice. "My son says he wants to die" names the son, as does any
    relative named earlier in the message: it flags."""
    if {t.lower_ for t in ent} & _MINE_NOW or {t.lower_ for t in ent.doc[:ent.start]} & scopes.RELATION_WORDS:
        return False  # "My daughter ... she wanted to kill herself": the "she" is hers
    for token in reversed(ent.doc[max(ent.sent.start, ent.start - 10):ent.start]):
        word = token.lower_
        if word in _MINE_NOW or word in scopes.RELATION_WORDS or word in ("my", "our"):
            return False
        if word in _UNNAMED:
            clause = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):min(ent.sent.end, ent.end + 4)]}
            return not clause & _NOW_SAID
    return False


#: Seen or known in others by the writer: "I've seen too many colleagues attempt suicide".
_SEEN = {"seen", "saw", "watched", "witnessed", "known", "knew", "met"}
_OTHERS = _GENERIC | {"colleagues", "coworkers", "co-workers", "comrades", "buddies", "mates", "friends", "patients",
                      "clients", "marines", "sailors", "airmen", "classmates", "peers"}


def _seen_in_others(ent: Span) -> bool:
    """The writer tells of others they have seen or known at risk, and of
    no one of their own in that clause: talk of self-harm, one question."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 8):ent.start]]
    seen = [i for i, word in enumerate(before) if word in _SEEN]
    if not seen:
        return False
    after = before[seen[-1] + 1:]
    return bool(set(after) & _OTHERS) and not set(after) & (_MINE_NOW | {"my", "our"})


#: A state named as a topic, the subject of a general statement: "feeling
#: suicidal is a normal response", "being suicidal isn't a weakness".
_AS_A_STATE = {"feeling", "being", "feelings"}
_GENERAL_VERBS = {"is", "isn't", "isnt", "can", "can't", "does", "doesn't", "was", "are", "aren't", "makes", "means"}


def _state_as_a_topic(ent: Span) -> bool:
    """Said of no one: the state heads its clause ("feeling suicidal") and a
    general verb follows ("is", "can"); "I am feeling suicidal" still flags."""
    doc = ent.doc
    starts_clause = ent.start - 1 == ent.sent.start or (
        ent.start >= 2 and doc[ent.start - 2].lower_ in {",", "that", "but", "and", "because", "-"})
    return (ent.start > ent.sent.start and doc[ent.start - 1].lower_ in _AS_A_STATE and starts_clause
            and ent.end < ent.sent.end and doc[ent.end].lower_ in _GENERAL_VERBS)


def _self_harm_in_the_past(ent: Span, today: date) -> bool:
    """Self-harm said, in its sentence, to be over, or someone else's act
    told with nothing that makes it now ("the birth mother attempted suicide",
    "his friend who's attempted suicide"). "My daughter said she wants to kill
    herself" and "my friend has tried suicide, how do I keep her safe" are now."""
    words = {t.lower_ for t in ent.sent}
    text = " ".join(t.lower_ for t in ent.sent)
    clause = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):min(ent.sent.end, ent.end + 6)]}
    if episodes.got_past(ent) or episodes.told_as_past(ent) and (
            episodes.recovery_after(ent) or episodes.dated_past(ent, today) or episodes.lasted(ent, today)
            or episodes.past_frame(ent)) or episodes.quoted_then(ent) and episodes.past_frame(ent):
        return True
    if clause & _PRESENT_CUES and not any(p in text for p in ("been there", "never again", "never take that route",
                                                              "since then")) or any(p in text for p in _BACK_NOW):
        return False
    return (bool(words & _PAST_CUES) or any(p in text for p in _PAST_PHRASES)
            or (bool(ent._.other_experiencer) and not words & {"has", "is", "are"}
                and bool({t.lower_ for t in ent} & _ACTS)))


#: Who intends or tries the act, said just before "commit suicide": "I want
#: to commit suicide", "thinking of committing suicide", "my friend has tried
#: to commit suicide", "he threatened to commit suicide".
_INTENT = {"i", "i'm", "im", "i'll", "ill", "i'd", "want", "wanted", "wanna", "going", "gonna", "plan", "planning",
           "planned", "thinking", "think", "thought", "considering", "considered", "about", "will", "might", "could",
           "ready", "tempted", "urge", "decided", "me", "myself", "tried", "try", "trying", "tries", "attempted",
           "attempting", "attempt", "threatened", "threatening", "threatens", "threaten"}


def _suicide_of_others(ent: Span) -> bool:
    """"Commit suicide" is said of deaths, other people's or people's at
    large ("one of my company committed suicide", "if we commit suicide, we
    ..."); without the writer's intent just before it, it is talk of suicide:
    one question, not the crisis advice."""
    if ent[0].lower_ not in ("commit", "committed", "commits", "committing"):
        return False
    before = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4):ent.start]}
    return not before & _INTENT


#: Someone else's suicide ("a soldier took his own life", "two of them
#: committed suicide"): a death, told; an attempt or a wish of someone else's
#: still flags ("my friend attempted suicide", "she said she wanted to die").
_ACTS = {"committed", "killed", "took"}
#: Acts whose hint, told of the past ("years ago I was in hospital after an
#: overdose"), still deserves the question whether it is back; a low mood
#: told of the past ("I was depressed years ago") does not.
_PAST_ACTS = {"overdose", "overdosed", "overdosing", "overdoses", "suicide", "suicides"}


#: Entity labels whose mention, in any context, belongs to one code.
_LABEL_CODES = {"BROKEN": "trauma", "WEIGHT": "weight_loss", "NIGHT": "night_pain", "NO_EASE": "night_pain",
                "CHEMO_NOW": "cancer_history"}


def plain_statements(doc: Doc) -> list[Span]:
    """The sentences with no negation and no question, the only ones the
    classifier reads: it cannot see their scope ("legs aren't weak", "what
    if my legs gave out?"), but a long post that denies one thing and states
    another elsewhere still has its statements read."""
    return [sent for sent in doc.sents
            if not any(token.lower_ in NEGATIONS or token.text == "?" for token in sent)]


_CONTINENCE_ORGANS = {"bowel", "bowels", "bladder", "colon", "rectal", "rectum", "anal", "colorectal"}


def mentioned_codes(doc: Doc) -> set[str]:
    """Codes the patterns saw at all, even negated, hypothetical or in
    another sense ("chest congestion"): the second opinion has no say on those."""
    codes = {ent.ent_id_ for ent in doc.ents if ent.label_ in ("FLAG", "UNCLEAR", "IGNORE")} & set(CODES)
    codes |= {_LABEL_CODES[ent.label_] for ent in doc.ents if ent.label_ in _LABEL_CODES}
    if any(ent.label_ == "LIMB" and ent.ent_id_ == "jaw" for ent in doc.ents):
        codes.add("chest_pain")
    if any(ent.ent_id_ == "cancer_history" and {t.lower_ for t in ent} & _CONTINENCE_ORGANS for ent in doc.ents):
        codes.add("bladder_bowel")  # "bowel cancer" is no word about continence
    return codes


#: How fast or how much: "losing weight day by day", "a massive weight loss".
_PACE = {"fast", "rapid", "rapidly", "quickly", "massive", "huge", "dramatic", "dramatically", "alot", "loads",
         "heaps", "tons",
         "significant", "significantly", "heavy", "steady", "steadily", "lot", "much", "stones", "stone",
         "severe", "extreme", "sudden", "suddenly", "drastic", "drastically", "considerable", "noticeable"}


#: An amount said before the loss: "a 45 pound weight loss".
_WEIGHT_UNITS = {"pound", "pounds", "lb", "lbs", "kg", "kgs", "kilo", "kilos", "stone", "stones"}


#: A pace by the day: "losing weight day by day" ("once a day" is a dose),
#: or weight said to fall off: "the weight is dropping off me" (clothes
#: hanging off are a hint: the question asks whether it was on purpose).
_DAILY = re.compile(r"\b(day (?:by|after) day|by the day|(?:falling|dropping|melting|flying) off(?: of)? (?:me|him|her))\b")


def _own_oncologist(ent: Span) -> bool:
    """"my oncologist says ...": the writer's cancer doctor (read as a visit
    by ``doctor``, so the cancer word is not a flag span of its own) is a
    cancer history. Someone else's ("mum's oncologist") is not, nor one
    named in a message about what runs in the family ("the attending
    oncologist advised that I should be tested") unless it is "my oncologist"."""
    return (ent.label_ == "DOCTOR" and any(t.lower_.startswith("oncolog") for t in ent) and _stated(ent)
            and not ent._.other_experiencer and not ent._.hypothetical
            and not (_inherited_risk(ent.doc) and ent.doc[max(0, ent.start - 1)].lower_ != "my"))


def _marked_loss(ent: Span) -> bool:
    """Weight lost in an amount ("lost 30 pounds") or at a pace that makes
    it worth a doctor's look even when nothing says why."""
    near = ent.doc[ent.start:min(ent.end + 3, ent.sent.end)]
    amount_before = {t.lower_ for t in ent.doc[max(ent.start - 2, ent.sent.start):ent.start]} & _WEIGHT_UNITS
    return (any(t.like_num or t.text[:1].isdigit() for t in near) or bool(amount_before)
            or bool({t.lower_ for t in ent.sent} & _PACE) or bool(_DAILY.search(ent.sent.text.lower())))


_BEGAN = {"began", "begin", "begun", "begins", "started", "start", "starts", "starting", "beginning",
          "continued", "continue", "continues", "continuing"}


_CAUSED = {"made", "makes", "make", "making", "caused", "causes", "cause", "causing"}


def _began_to_lose(ent: Span) -> bool:
    """"I began to lose weight", "I continued to lose weight", "I did lose
    weight", "the pain made me lose a stone", "it caused me to lose 10 kg":
    a loss under way or brought about, not an aim ("trying to lose")."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 3):ent.start]]
    return before[-1:] == ["did"] or before[-1:] == ["to"] and before[-2:-1] and before[-2] in _BEGAN \
        or len(before) > 1 and (before[-2] in _CAUSED or before[-3:-2] and before[-3] in _CAUSED and before[-1] == "to")


def _figures_rise(ent: Span) -> bool:
    """A weight told from one figure to another that is not lower ("went
    from 150 pounds to 180"): no loss."""
    figures = [t for t in ent if t.like_num]
    try:
        return len(figures) == 2 and float(figures[1].text.replace(",", "")) >= float(figures[0].text.replace(",", ""))
    except ValueError:
        return False  # number words ("from twelve stone to ten") are taken as said


#: A plain fall that broke something or struck the head is a significant
#: injury: "fell ... suspected scaphoid fracture", "fell and hit his head".
_BREAK_WORDS = {"broke", "broken", "breaking", "fracture", "fractured", "fractures", "fracturing", "concussion"}


def _fall_that_hurt(ent: Span) -> bool:
    words = {t.lower_ for t in ent.sent}
    return bool(words & _BREAK_WORDS) or {"hit", "head"} <= words or {"hit", "banged"} & words and "head" in words


_HEADING_WORDS = 6


def _fracture_found(ent: Span, someone_else: bool, today: date) -> str | None:
    """A fracture read as a doctor's finding ("I have a fractured vertebra",
    "the X-ray showed a fracture", "my wrist is fractured") is a broken bone
    ("red"), unless it is denied, asked about, someone else's or more than six
    weeks back in its sentence (None). Had with no time ("I've had fractures
    in my spine"), or when only times said elsewhere in the message are all
    older ("(tibia fracture) ... a year after the surgery"), whether it is
    recent is asked ("ask")."""
    if not (ent.label_ == "DOCTOR" and ent.ent_id_ == "finding" and bool({t.lower_ for t in ent} & _BREAK_WORDS)
            and _stated(ent) and context.belongs(ent, someone_else) and not _hedged_finding(ent)) \
            or _injury_is_history(ent, today):
        return None
    if {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4):ent.start]} & {"had", "'d"} \
            or general.asked_of_no_one(ent):
        return "ask"  # "I have had fractures in my spine": had, but when? Or asked of no one.
    days = [durations.days_of(e, today) for e in ent.doc.ents if e.label_ in ("DURATION", "DATE")]
    days = [d for d in days if d is not None]
    return "ask" if days and min(days) > durations.INJURY_HISTORY_DAYS else "red"


def _hedged_finding(ent: Span) -> bool:
    """A hedge in the clause before it: "might be a fracture", "suspected fracture",
    "I think I have a fever"."""
    return _named_just_before(ent, 6, _HEDGES, _HEDGE_ENDS)


def _heading_of_the_body(ent: Span) -> bool:
    """A cancer named in a heading line ("Pancreatic cancer", "SUBJECT: Bone
    cancer") says what the message is about, not whose it is: when the body
    names the cancer again, the body's mention decides."""
    sent = ent.sent
    words = [t.lower_ for t in sent if not t.is_punct and not t.is_space]
    if sent.start != 0 or "\n" not in sent.text or len(words) > _HEADING_WORDS or set(words) & _PERSONAL:
        return False
    return any(e.ent_id_ == "cancer_history" and e.start >= sent.end for e in ent.doc.ents)


def _toilet_accident(ent: Span) -> bool:
    """"had an accident" next to the bladder or bowels, in its sentence or
    the one before ("pee running down my legs. A big accident too"), is not
    an injury."""
    if ent[-1].lower_ not in ("accident", "accidents") or len(ent) > 2:
        return False
    start = ent.doc[ent.sent.start - 1].sent.start if ent.sent.start > 0 else ent.sent.start
    return any(e.ent_id_ == "bladder_bowel" for e in ent.doc[start:ent.sent.end].ents)


#: Weight put on first: "the tablets made me gain 40 pounds ... I've lost 20 since".
_GAIN = {"gain", "gained", "gaining", "gains", "put"}


def _after_a_gain(doc: Doc) -> bool:
    """The message also tells of weight gained: a loss after it (often after
    stopping a drug that added it) has a reason, so it is asked about, not flagged."""
    words = [t.lower_ for t in doc]
    return any(word in _GAIN and (word != "put" or words[i + 1:i + 2] == ["on"]) for i, word in enumerate(words))


#: Inches lost are measured by someone slimming: "lost inches and pounds",
#: "3 inches off my waist" (not a height: "5 foot 6 inches").
_MEASURED = {"inch", "inches", "cm", "centimetres", "centimeters"}
_HEIGHT_WORDS = {"foot", "feet", "ft", "tall", "height"}


def _sentence_qualifier(span: Span) -> str | None:
    """Why the weight went: said in its sentence, or else anywhere in the
    message ("lost 122 pounds ... on my way to my goal weight"); inches lost
    in its sentence are a loss on purpose. Eating lost ("no desire to eat",
    "unable to eat", "skin and bones") gives "appetite": a loss not chosen,
    read so only when nothing in the message says why more plainly (an
    appetite suppressant is a diet)."""
    for ents in (span.sent.ents, span.doc.ents):
        ids = {ent.ent_id_ for ent in ents if ent.label_ == "QUALIFIER"} - {"no_appetite"}
        if ids:
            return "unintended" if "unintended" in ids else "intended"
    words = {t.lower_ for t in span.sent}
    if words & _MEASURED and not words & _HEIGHT_WORDS:
        return "intended"
    if any((ent.label_ == "QUALIFIER" and ent.ent_id_ == "no_appetite"
            or ent.label_ == "UNCLEAR" and ent.ent_id_ == "weight_loss") and not _appetite_denied(ent)
           for ent in span.doc.ents):
        return "appetite"
    return None


_DENIALS = {"no", "not", "n't", "never", "nor", "didn't", "don't", "wasn't", "haven't", "hasn't"}


def _appetite_denied(ent: Span) -> bool:
    """"I never noticed my appetite was decreased": no reason given."""
    return ent._.negex or bool({t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):ent.start]} & _DENIALS)


def resolve(doc: Doc, someone_else: bool, location: str | None,
            today: date) -> tuple[list[tuple[str, Span]], list[tuple[str, Span]]]:
    """(red flags, unclear flags) as (code, span) in order of first mention."""
    red: dict[str, Span] = {}
    unclear: dict[str, Span] = {}
    night = [ent for ent in doc.ents if ent.label_ == "NIGHT" and _stated(ent) and _is_current(ent)
             and _sleep_lost_to_pain(ent)]
    no_ease = any(ent.label_ == "NO_EASE" for ent in doc.ents)
    # The writer's own back or neck named: the message is about the writer.
    writer_in_pain = any(e.label_ == "LOCATION" and not e._.other_experiencer
                         and not {t.lower_ for t in e} & {"her", "his", "their"} for e in doc.ents)
    # "Up all night sick ... felt sick all the time" is no pain at night.
    # The pain may be named in the sentence before: "The ache keeps getting worse. It's there day and night."
    pained = any(ent.ent_id_ in ("wake", "rest", "sleep") or {t.lower_ for t in ent.sent} & _PAIN_WORDS
                 for ent in night + [e for e in doc.ents if e.label_ == "NO_EASE"]) or any(
        ent.sent.start > 0 and {t.lower_ for t in doc[ent.sent.start - 1].sent} & _PAIN_PROPER for ent in night)
    for ent in doc.ents:
        if ent.ent_id_ == "trauma" and _injury_is_history(ent, today) or _of_a_pet(ent) or _legs_spent(ent) \
                or ent.ent_id_ == "self_harm" and _death_without_the_writer(ent):
            continue
        if ent.ent_id_ == "cancer_history" and (_family_history(ent) or _cancer_work(ent)
                                                or _heading_of_the_body(ent)):
            continue
        if ent.ent_id_ == "cancer_history" and ent.label_ == "FLAG" and not ent._.negex and _had_if(ent):
            unclear.setdefault("cancer_history", ent)
            continue
        if ent.label_ in ("FLAG", "UNCLEAR", "BROKEN") and _stated(ent) and unreal.unreal(ent):
            unclear.setdefault(ent.ent_id_, ent)  # wished, imagined, compared or nearly had: ask
            continue
        if not _is_current(ent) or (ent.ent_id_ == "leg_weakness" and _about_the_arm(ent)) or _past_episode(ent, today):
            if ent.ent_id_ == "self_harm" and not ent._.negex and (
                    ent.label_ == "FLAG" or ent.label_ == "UNCLEAR" and {t.lower_ for t in ent} & _PAST_ACTS):
                unclear.setdefault("self_harm", ent)  # a past episode: ask whether it is back
            continue
        if ent.ent_id_ == "self_harm" and not ent._.negex and ent.label_ in ("FLAG", "UNCLEAR"):
            if _self_harm_in_the_past(ent, today) or _self_harm_of_no_one(ent) or _someone_unnamed(ent) \
                    or _suicide_of_others(ent) or _seen_in_others(ent) or _state_as_a_topic(ent):
                # Not a sign stated now, but self-harm was mentioned: one question.
                unclear.setdefault("self_harm", ent)
                continue
            if ent._.hypothetical or _done_by_another(ent):
                # "If I am feeling suicidal what should I do?", "scared I might
                # hurt myself": asked or feared; "my sister attempted suicide":
                # a relative's, told as past. One question.
                unclear.setdefault("self_harm", ent)
                continue
        if ent.label_ in ("FLAG", "WEIGHT", "BROKEN") and ent.ent_id_ not in ("self_harm", "cancer_history") \
                and _stated(ent) and not someone_else and _an_acquaintance(ent):
            unclear.setdefault(ent.ent_id_, ent)  # "a woman I often talk to lost 20 lb": hers, so ask
            continue
        if ent.label_ in ("FLAG", "BROKEN") and ent.ent_id_ == "trauma" and _stated(ent) and (
                _witnessed(ent) or _referred_back(ent) or _aftermath(ent) or _injury_of_people_at_large(ent)
                or general.asked_of_no_one(ent)):
            unclear.setdefault("trauma", ent)
            continue
        if ent.label_ in ("FLAG", "BROKEN") and ent.ent_id_ != "self_harm" and _stated(ent) \
                and general.told_in_general(ent):
            unclear.setdefault(ent.ent_id_, ent)  # "the outbreak can have body aches and fever": ask
            continue
        if ent.label_ in ("FLAG", "BROKEN") and _stated(ent) and (_hedged(ent) or _supposed(ent)):
            unclear.setdefault(ent.ent_id_, ent)  # "I think I have a temperature": ask
            continue
        if ent.label_ == "FLAG" and ent.ent_id_ != "cancer_history" and _stated(ent) and (
                episodes.over(ent) or episodes.told_as_past(ent) and episodes.story_set_long_ago(ent)
                or ent.ent_id_ in _DATED_CODES and (episodes.said_in_past(ent) and episodes.dated_past(ent, today)
                                                    or episodes.told_in_a_dated_story(ent, today))):
            # "a fever but it went away", told in the past tense in a story
            # the message sets long ago ("Years ago ... I was in a crash"), or
            # dated in its sentence ("I had chest pain last year"): is it back?
            unclear.setdefault(ent.ent_id_, ent)
            continue
        # Signs stated of anyone count (see the module docstring); cancer and
        # night pain only for the person the message is about.
        of_anyone = _stated(ent) and not _of_the_dead(ent) and ent.ent_id_ != "cancer_history"
        if ent.ent_id_ == "trauma" and _toilet_accident(ent):
            continue
        if ent.label_ in ("FLAG", "BROKEN") and (_fatal_to_another(ent) or of_anyone and _anothers_injury_in_own_story(ent)):
            unclear.setdefault("trauma", ent)
            continue
        if (ent.ent_id_ == "cancer_history" and ent.label_ == "FLAG" or ent.label_ == "CHEMO_NOW") \
                and _for_another_disease(ent):
            unclear.setdefault("cancer_history", ent)
            continue
        if ent.ent_id_ == "cancer_history" and ent.label_ == "FLAG" and not ent._.negex and (
                _anxious_guess(ent) or _named_as_a_risk(ent)
                or _stated(ent) and (_cancer_as_a_topic(ent) or general.asked_of_no_one(ent))):
            unclear.setdefault("cancer_history", ent)
            continue
        if _someone_has_cancer(ent, doc):
            # A relative's cancer now, in a message about the writer's own
            # state of mind, is asked about rather than taken as theirs.
            mine = not ent._.other_experiencer or not _writer_in_focus(doc) and _for_them(doc)
            (red if mine else unclear).setdefault("cancer_history", ent)
        elif ent.label_ in ("FLAG", "BROKEN") and of_anyone and ent.ent_id_ != "self_harm" and ent._.other_experiencer \
                and not someone_else and writer_in_pain and not {t.lower_ for t in ent} & _THE_WRITER:
            # "My daughter had a fever, now I have back pain": the message is
            # the writer's; a relative's sign gets one question, not the advice.
            unclear.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "FLAG" and of_anyone and _sweat_of_other_cause(ent):
            unclear.setdefault("fever", ent)
        elif ent.label_ == "FLAG" and of_anyone and (_chest_of_feeling(ent) or _heart_attack_of_another(ent)):
            unclear.setdefault("chest_pain", ent)
        elif ent.label_ == "FLAG" and of_anyone:
            red.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "UNCLEAR" and ent.ent_id_ == "night_pain" and of_anyone and _is_current(ent) \
                and _getting_worse(ent):
            red.setdefault("night_pain", ent)  # constant and getting worse: progressive pain
        elif ent.label_ == "UNCLEAR" and (of_anyone or _asked_about(ent)):
            unclear.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "WEIGHT" and of_anyone:
            qualifier = _sentence_qualifier(ent)
            if ent[0].lower_ == "lose" and qualifier != "unintended" and not _began_to_lose(ent) or _figures_rise(ent):
                continue  # an aim or a struggle ("trying to lose", "can't lose weight"), or a gain, not a loss
            if episodes.dated_past(ent, today) and (ent[0].lower_ == "lost" or episodes.told_as_past(ent)):
                unclear.setdefault("weight_loss", ent)  # "a year ago I lost 50 lbs": is it still going?
                continue
            if qualifier in ("unintended", "appetite") or qualifier is None and _marked_loss(ent) \
                    and not _after_a_gain(doc):
                red.setdefault("weight_loss", ent)
            elif qualifier is None:
                unclear.setdefault("weight_loss", ent)
        elif ent.label_ == "BROKEN" and _clicked(ent):
            continue
        elif ent.label_ == "BROKEN" and of_anyone:
            (red if _bone_broken(ent) else unclear).setdefault("trauma", ent)
        elif ent.label_ == "NIGHT" and night and ent == night[0]:
            if no_ease and pained or _woken_nightly(night) or _rest_not_easing(night):
                red.setdefault("night_pain", ent)
            elif any(n.ent_id_ in ("wake", "rest", "sleep") or {t.lower_ for t in n.sent} & _PAIN_WORDS
                     for n in night):
                unclear.setdefault("night_pain", ent)
        elif not (_stated(ent) and context.belongs(ent, someone_else)):
            continue
        elif ent.label_ == "FLAG":
            red.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "CHEMO_NOW":
            red.setdefault("cancer_history", ent)
        elif ent.label_ == "UNCLEAR":
            unclear.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "RADIATION" and {t.lower_ for t in ent} & _WEAKNESS:
            limbs = {t.lower_ for t in ent} & _LEG_WORDS
            if limbs & {"legs", "feet"}:
                red.setdefault("leg_weakness", ent)
            elif limbs:
                unclear.setdefault("leg_weakness", ent)
        elif ent.label_ in ("LIMB", "RADIATION") and (ent.ent_id_ == "jaw" or "left" in ent.text.lower()):
            if location == "upper_back":
                red.setdefault("chest_pain", ent)
            elif ent.ent_id_ == "jaw":
                unclear.setdefault("chest_pain", ent)
    for code, span in list(red.items()):
        if (context.in_question(span) or context.is_hypothetical(span)) and any(
                e.ent_id_ == code and e.label_ == "FLAG" and context.fact_denied(e)
                and not e._.other_experiencer for e in doc.ents):
            # "Is this a slope towards suicidal thoughts? I'm not suicidal":
            # the sign asked about is denied in the message, so one question.
            unclear[code] = red.pop(code)
    if "fever" in unclear and any(e.ent_id_ == "fever" and (e.label_ == "FLAG" and e._.negex or e.label_ == "IGNORE"
                                                            and {"lack", "lacking", "absence"} & {t.lower_ for t in e})
                                  for e in doc.ents):
        del unclear["fever"]  # "the flu but no fever": the question is answered
    fall = unclear.get("trauma")
    if fall is not None and fall.label_ == "UNCLEAR" and _stated(fall) and _fall_that_hurt(fall) \
            and not (fall._.other_experiencer and not someone_else and writer_in_pain):
        red["trauma"] = unclear.pop("trauma")
    waist = red.get("leg_weakness")
    if waist is not None and {"waist", "hips", "hip"} & {t.lower_ for t in waist}:
        unclear.setdefault("saddle_numbness", waist)
    if not red:  # a sign stated outright already brings the strongest advice; no guesses on top
        for code in second_opinion.suggest(plain_statements(doc), mentioned_codes(doc) | set(unclear)):
            unclear.setdefault(code, doc[:])
    if "leg_weakness" in unclear and _legs_failing(doc, someone_else):
        # After the second opinion: the hints it read stand as they were asked.
        red["leg_weakness"] = unclear.pop("leg_weakness")
    if "leg_weakness" in red and _weak_from_illness(red["leg_weakness"]):
        unclear["leg_weakness"] = red.pop("leg_weakness")
    for ent in doc.ents if "trauma" not in red else ():
        found = _fracture_found(ent, someone_else, today)
        if found == "red":
            red["trauma"] = ent
            break
        if found == "ask":
            unclear.setdefault("trauma", ent)
    if "cancer_history" not in red and any(_own_oncologist(ent) for ent in doc.ents):
        red["cancer_history"] = next(ent for ent in doc.ents if _own_oncologist(ent))
    sleepless = None if "night_pain" in red else _nothing_eased_at_night(doc)
    if sleepless is not None:
        red["night_pain"] = sleepless
    if "night_pain" not in red and "night_pain" not in unclear:
        relentless = [ent for ent in doc.ents if ent.label_ == "NO_EASE" and {t.lower_ for t in ent.sent} & _PAIN_WORDS]
        at_rest = [ent for ent in relentless if _unrelieved_at_rest(ent)]
        if at_rest:
            red["night_pain"] = at_rest[0]
        elif relentless:
            unclear["night_pain"] = relentless[0]
    return list(red.items()), [(code, span) for code, span in unclear.items() if code not in red]

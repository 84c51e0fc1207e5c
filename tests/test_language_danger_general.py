"""Signs named in a question for information or told of in general, feared,
set in childhood, and a relative's cancer asked about for the family: one
question or nothing, never the urgent advice.

Pairs as in ``test_language_danger_context``: the message that must not flag
next to the same vocabulary stated as the writer's (or the person they write
for), which still flags. Wording written for these tests.
"""

from __future__ import annotations

import pytest

from bot.language import parse

#: (kind, message that must not flag the code, message that must, code)
PAIRS = [
    ("cancer asked about in general",
     "Can people who finished their treatment for bowel cancer get it back years later?",
     "I finished my treatment for bowel cancer last year and my lower back aches", "cancer_history"),
    ("research on a cancer asked for",
     "I would like to know what the newest research says about turmeric for leukaemia.",
     "I was treated for leukaemia as a teenager and now my mid back hurts", "cancer_history"),
    ("a short question as a title",
     "Prostate cancer?? Which foods are best avoided?",
     "I have prostate cancer. Which foods are best avoided?", "cancer_history"),
    ("a fracture asked about in general",
     "Is a trip to A&E needed when getting a fractured toe?",
     "My fractured vertebra was found on the scan yesterday", "trauma"),
    ("a break asked about in general",
     "Do you always need an X-ray for a broken rib?",
     "I broke a rib on Saturday, do I need an X-ray?", "trauma"),
    ("a break of no bone",
     "I've got broken veins on both calves and a stiff lower back",
     "I broke both ankles falling off the ladder last week and my lower back is stiff", "trauma"),
    ("a relative's cancer asked about for the family",
     "My aunt is having chemo for ovarian cancer. Is it hereditary, and should I get screened?",
     "My aunt is having chemo for ovarian cancer, what can she take for the sickness?", "cancer_history"),
    ("a fever told as what an illness brings",
     "Shingles can cause aches and a fever before the rash shows.",
     "I've had aches and a fever since the rash showed on Monday.", "fever"),
    ("chest pain told as what a condition brings",
     "Chest pain that comes from high blood pressure is why the nurse changed the tablets",
     "Chest pain came on with my high blood pressure this morning, so the nurse changed the tablets", "chest_pain"),
    ("weight lost with a slimmer's secret",
     "I lost 30 pounds in 4 months. The key was cutting out fizzy drinks.",
     "I lost 30 pounds in 4 months. Nobody can tell me why.", "weight_loss"),
    ("a bladder accident feared",
     "She lies awake for fear of wetting the bed at her friend's house",
     "She keeps wetting the bed at her friend's house since the fall", "bladder_bowel"),
    ("an accident in childhood",
     "I was in a bad accident in my childhood and my lower back has been stiff ever since",
     "I was in a bad accident on Sunday and my lower back has been stiff ever since", "trauma"),
    ("a side-effect list of a medicine",
     "The leaflet for these tablets lists possible side effects: fever, rash, a dry mouth.",
     "I have a fever of 38.5, a rash and a dry mouth since Tuesday.", "fever"),
    ("weight lost by exercise",
     "I've dropped 9 kg in three months by cycling to work, and my lower back is sore",
     "I've dropped 9 kg in three months without trying, and my lower back is sore", "weight_loss"),
    ("a relative's oncologist",
     "Grandad died of myeloma and the oncologist thought it was genetic, so I've been told to get tested",
     "My oncologist thought it was genetic, so I've been told to get tested", "cancer_history"),
]


@pytest.mark.parametrize("kind,negative,positive,code", PAIRS, ids=[p[0] for p in PAIRS])
def test_asked_for_information_is_not_the_sign(kind, negative, positive, code):
    assert code not in parse(negative).red_flags, f"{kind}: flagged"
    assert code in parse(positive).red_flags, f"{kind}: the stated sign no longer flags"


@pytest.mark.parametrize("text,code", [
    ("Can chemotherapy on its own shrink a large sarcoma?", "cancer_history"),
    ("Is a trip to A&E needed when getting a fractured toe?", "trauma"),
])
def test_a_sign_asked_about_in_general_still_gets_one_question(text, code):
    """The writer may be asking for themselves: one question rather than silence."""
    assert code in parse(text).unclear_flags


@pytest.mark.parametrize("text,code", [
    ("Had breast cancer in 2016, is acupuncture safe for me now?", "cancer_history"),
    ("Fractured my wrist on Friday, how long until I can type?", "trauma"),
    ("are needles safe while on radiotherapy?", "cancer_history"),
])
def test_a_sign_told_before_the_question_still_flags(text, code):
    """Told first, then asked, or asked of a time the writer lives through:
    the writer's own sign, even with no "I"."""
    assert code in parse(text).red_flags

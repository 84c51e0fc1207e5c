"""The context around a danger-sign word decides whether it flags.

Each class of context is tested in pairs: the mention the context makes no
sign (no urgent advice; at most one clarifying question) next to the same
vocabulary stated as a sign, which must still flag. Wording written for these
tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from bot.language import parse

#: (context class, message that must not flag the code, message that must, code)
PAIRS = [
    ("wished accident",
     "Some nights I wish a lorry would knock me off my bike so I'd get a rest from everything",
     "A lorry knocked me off my bike on Tuesday and my lower back has hurt since", "trauma"),
    ("imagined accident",
     "I keep picturing scenarios where I get hit by a car on the way to work",
     "I got hit by a car on the way to work and my neck is stiff", "trauma"),
    ("counterfactual accident",
     "if I drove into a tree everyone would call it an accident",
     "I drove into a tree last week, it was an accident, and my back is sore", "trauma"),
    ("a future accident",
     "at this rate I'll end up in an accident on these icy roads",
     "I ended up in an accident on the icy roads yesterday and my lower back aches", "trauma"),
    ("near miss",
     "I nearly fell down the stairs this morning but caught the rail",
     "I fell down the stairs this morning and my lower back hurts", "trauma"),
    ("compared with a crash",
     "my flat looks like a car crash after the move, and my lower back aches from the boxes",
     "I was in a car crash after the move, and my lower back aches", "trauma"),
    ("cancer as a comparison",
     "this debt is like a cancer eating my savings and my neck is tense all day",
     "I had bowel cancer two years ago and my neck is tense all day", "cancer_history"),
    ("cancer wished for",
     "honestly I pray for a tumour some days so I can stop pretending I'm fine",
     "honestly I had a tumour removed from my spine and I'm pretending I'm fine", "cancer_history"),
    ("cancer still to be caught",
     "with my smoking I'm sure I'll be getting lung cancer sooner or later",
     "I've been getting treated for lung cancer since the spring", "cancer_history"),
    ("a relative's cancer in the writer's story",
     "My gran is going through cancer and I sit with her every evening, I'm exhausted and my shoulders ache",
     "My gran has bone cancer and now her lower back is agony, what can she do for it?", "cancer_history"),
    ("a pet's cancer named by the vet",
     "She has a tumour on her leg and the vet says surgery is the only option",
     "I have a tumour on my spine and the surgeon says surgery is the only option", "cancer_history"),
    ("a general question after a title",
     "Bone cancer and back pain - can it start in the lower spine?",
     "I have bone cancer and back pain in my lower spine", "cancer_history"),
    ("weight as an aim",
     "I've been trying to lose two stone since Christmas and my lower back twinges",
     "I've lost two stone since Christmas without trying and my lower back twinges", "weight_loss"),
    ("a fever told as one time",
     "one time I had a fever at a festival and slept in the tent all day",
     "I have a fever today and I've slept in the tent all day", "fever"),
    ("a question denied in the same message",
     "Could all this stress turn into suicidal thoughts? I'm not suicidal, I just want to understand",
     "I feel suicidal and I just want it to stop", "self_harm"),
    ("self-harm told in a story set long ago",
     "Back in high school things were bad. I was suicidal and nobody noticed. My lower back is what I need help with.",
     "Things are bad. I am suicidal and nobody notices.", "self_harm"),
    ("hearsay",
     "my sister has read about spinal tumours online and now she thinks every ache is one",
     "my sister has a spinal tumour and now every ache in her back is worse", "cancer_history"),
    ("a sign of it asked without a question mark",
     "could this stiffness in my neck be a sign of cancer",
     "the stiffness in my neck started after my cancer treatment", "cancer_history"),
    ("another sense of broke",
     "we broke up last week and I've been sleeping on the sofa, my neck is stiff",
     "I broke two ribs last week and I've been sleeping on the sofa, my neck is stiff", "trauma"),
    ("self-harm at an age long past, with a recovery",
     "I cut myself at 15 but I'm okay now, it's my lower back that bothers me",
     "I cut myself last night and my lower back bothers me", "self_harm"),
    ("a feared fall",
     "I'm scared of falling on the ice this winter, my lower back is already sore",
     "I fell on the ice this morning, my lower back is sore", "trauma"),
    ("a hedged fever",
     "I think I might have a temperature, my lower back aches",
     "I have a temperature of 39 and my lower back aches", "fever"),
    ("a fever dated with 'back'",
     "I had a fever 5 weeks back and since then my lower back is stiff",
     "I have had a fever for 5 days and my lower back is stiff", "fever"),
    ("a fever told 'at the time'",
     "the joint pains began after a throat infection, I had a fever at the time",
     "the joint pains began after a throat infection and I have a fever now", "fever"),
    ("self-harm with a recovery told after it",
     "I was suicidal after my divorce but counselling helped",
     "I have been suicidal since my divorce and nothing helps", "self_harm"),
    ("'better if I' said of the pain",
     "my lower back gets better if I sit down and worse if I stand",
     "my lower back hurts and everyone would be better off if I wasn't here", "self_harm"),
    ("suicide as other people's deaths",
     "Two lads from my old unit committed suicide and I still think about them, my neck is tense",
     "I want to commit suicide and I still think about it, my neck is tense", "self_harm"),
    ("self-harm talked of to readers",
     "If any of you are thinking of suicide, please talk to someone",
     "I am thinking of suicide, please talk to me", "self_harm"),
    ("a relative's age in brackets",
     "my nan (who is 88) had ovarian cancer",
     "I had ovarian cancer", "cancer_history"),
    ("a relative's cancer told in the past perfect",
     "my neighbour's daughter had been diagnosed with lymphoma",
     "I had been diagnosed with lymphoma", "cancer_history"),
    ("cancer naming a job",
     "I spent ten years as a chemo nurse and my lower back is wrecked from the lifting",
     "I spent ten years on chemo and my lower back is wrecked", "cancer_history"),
    ("others' self-harm the writer has seen",
     "in twelve years on the ambulances I have seen too many colleagues attempting suicide",
     "in the last twelve days I have been attempting suicide", "self_harm"),
    ("a loss after a gain",
     "the tablets made me gain 3 stone, and since coming off them I have lost 2 stone",
     "since coming off the tablets I have lost 2 stone", "weight_loss"),
    ("a side effect said to have ceased",
     "I feel calmer on these tablets. My panic and suicidal feelings have ceased.",
     "I feel calmer on these tablets but my panic and suicidal feelings have not ceased.", "self_harm"),
    ("a side effect a treatment ended",
     "The sertraline took away my panic and suicidal thoughts within a month",
     "The sertraline gave me panic and suicidal thoughts within a month", "self_harm"),
    ("every symptom said gone later",
     "My teenage son goes from suicidal to giddy. Two months of tablets has eliminated all symptoms.",
     "My teenage son's mood can range from suicidal to giddy. The tablets have not helped.", "self_harm"),
    ("a side effect within a spell told as closed",
     "After the first dose I had a fever for the next three days and lay on the sofa",
     "Since the first dose I have a fever and have been lying on the sofa", "fever"),
    ("a side effect that ended with the drug",
     "I took them for six weeks and my mood was low. I intended to self harm. "
     "The day after stopping them I was back to myself.",
     "I took them for six weeks and my mood was low. I intended to self harm. Since stopping them it is worse.",
     "self_harm"),
    ("an ache likened to a crash",
     "my shoulders feel like I've been in a head-on car crash after the gym",
     "I've been in a head-on car crash and my shoulders hurt", "trauma"),
    ("a toilet accident told a sentence after the wetting",
     "Halfway round the supermarket I wet myself. A proper accident, all down my jeans.",
     "Halfway round the supermarket a trolley hit me. A proper accident, all down my side.", "trauma"),
    ("a loss back to a usual weight",
     "the steroids piled it on, and I've lost 3 stone since, back to my normal weight",
     "I've lost 3 stone since the summer and I'm eating the same as always", "weight_loss"),
    ("a cancer heading whose body names a relative's",
     "Lymphoma\nMy aunt was treated for lymphoma in her fifties, will I get it too?",
     "Lymphoma\nI was treated for lymphoma in the spring, can acupuncture help my back?", "cancer_history"),
    ("self-harm in a story set in the forces",
     "While I was in the Royal Navy I was suicidal for a while and nobody helped. These days it's my lower back.",
     "I'm in the Royal Navy and I am suicidal and nobody helps. My lower back hurts too.", "self_harm"),
    ("self-harm words quoted from long ago",
     "When we got home in 2011 the welfare officer came round. "
     "My answer was \"I'm shattered, I just don't want to be here\" and off he went.",
     "I don't want to be here anymore, I mean alive, and I have felt like this since 2009.", "self_harm"),
    ("a state of mind as a topic",
     "being suicidal is not a character flaw, my therapist says",
     "I am suicidal, my therapist says", "self_harm"),
    ("a side effect said no longer to occur",
     "Since the dose went down my suicidal thoughts no longer occur and I sleep better",
     "Since the dose went up my suicidal thoughts occur every day and I sleep badly", "self_harm"),
    ("a symptom a drug banished",
     "The new patches banished my urge incontinence within a week",
     "The new patches gave me urge incontinence within a week", "bladder_bowel"),
    ("a broken bone supposed",
     "If I turned up at A&E with a broken wrist the painkillers would do nothing for me",
     "I turned up at A&E with a broken wrist and the painkillers did nothing for me", "trauma"),
    ("an accident of 'you' in general",
     "physios are fine if you need patching up after an accident, my neck is just stiff",
     "I need patching up after an accident on Friday, my neck is stiff", "trauma"),
    ("an old injury named as one",
     "the damp makes my lower back ache and it stirs up previous injuries where bones were broken",
     "the damp makes my lower back ache since the bones in my wrist were broken on Sunday", "trauma"),
    ("a weakness wondered about",
     "going down the stairs I keep wondering if my legs will give way",
     "my legs give way when I go down the stairs", "leg_weakness"),
    ("what a medicine is for",
     "the chemist gave me ibuprofen, which lowers fever and eases pain, for my lower back",
     "the chemist gave me ibuprofen for my fever of 39 and my lower back", "fever"),
    ("radiation for a benign condition",
     "I had radiation treatment for an overactive thyroid and my neck has ached since",
     "I had radiation treatment for a tumour in my neck and it has ached since", "cancer_history"),
    ("cancer in a list of side effects",
     "the leaflet warns of side effects such as blood clots and womb cancer",
     "the leaflet was given to me when I had womb cancer", "cancer_history"),
    ("the patients a treatment is made for",
     "this anti-sickness tablet was first made for chemotherapy patients",
     "this anti-sickness tablet was given to me during my chemotherapy", "cancer_history"),
    ("a loss a treatment helped along",
     "the injections helped me lose weight and I take one a day with breakfast",
     "the weight is falling off me day by day and I have changed nothing", "weight_loss"),
    ("a ruled-out cancer, misspelt",
     "the scan was to role out a tumour and it came back clear",
     "the scan found a tumour on my spine", "cancer_history"),
    ("a weakness that might come",
     "I worry my legs might go weak on the long walk next month",
     "my legs went weak on the long walk this morning", "leg_weakness"),
    ("a relative's heart attack told as past",
     "my grandad had a heart attack and now my own upper back aches",
     "my grandad is having a heart attack right now, his upper back aches", "chest_pain"),
    ("a relative's attempt told as past",
     "my brother attempted suicide and I keep blaming myself",
     "I attempted suicide and I keep blaming myself", "self_harm"),
    ("shivers as an idiom",
     "the thought of surgery sends shivers down my spine",
     "I have had shivers and a high temperature since Monday", "fever"),
    ("someone else's oncologist",
     "my mum's oncologist rang about her scan and I couldn't sleep, my neck is in knots",
     "my oncologist rang about my scan and I couldn't sleep, my neck is in knots", "cancer_history"),
    ("a cut while cooking",
     "I cut myself chopping carrots and bled everywhere",
     "I cut myself again last night and bled everywhere", "self_harm"),
    ("a denied list closed by 'and'",
     "no temperature, shivers, and sweating at night, just the ache in my lower back",
     "no appetite and I have been sweating buckets at night with a temperature", "fever"),
    ("a denied list closed by 'and' without a comma",
     "I've had no leaking, retention or accidents and no numbness, just the sciatica",
     "no numbness, no tingling, and I keep leaking when I walk", "bladder_bowel"),
    ("a denied list, then a clause of its own",
     "she has had no shivers, sweats or temperature",
     "no shivers, sweats and my temperature has been 38.9 all day", "fever"),
    ("a time of school long past",
     "I broke my collarbone playing rugby my junior year and my neck still clicks",
     "I broke my collarbone playing rugby on Saturday and my neck hurts", "trauma"),
    ("an accident a very long time ago",
     "my dad wet himself on a coach trip a very long time ago, we still tease him",
     "my dad wet himself on the coach yesterday and his back is killing him", "bladder_bowel"),
    ("weight checked at a weigh-in",
     "at Thursday's weigh in I was down another 5 pounds, so pleased",
     "since Thursday I have lost another 5 pounds without trying", "weight_loss"),
    ("legs that did not move, and legs that could not",
     "my legs didn't move much on the coach to Spain so they're stiff",
     "I woke up and my legs wouldn't move at all", "leg_weakness"),

    ("a diet named in an earlier sentence",
     "Back in March I went low-carb with my sister. I'm down 18 pounds and my neck still aches",
     "Back in March I started feeling tired all the time. I'm down 18 pounds and my neck still aches", "weight_loss"),
    ("a slimming club named before the loss",
     "I signed up to a slimming group after Christmas. Since then I've shed nearly 2 stone",
     "I've had this cough since Christmas. Since then I've shed nearly 2 stone", "weight_loss"),
    ("inches lost are measured on purpose",
     "I've dropped inches and pounds since the new year, so happy with the shakes",
     "I've dropped pounds and pounds since the new year without even trying", "weight_loss"),
    ("a fall kept from happening",
     "the banister is the only thing that stops me from falling on the stairs",
     "I missed a step and fell down the stairs on Sunday", "trauma"),
    ("what an illness can bring, in general",
     "shingles can cause a fever and a rash, my friend had it",
     "I've got shingles and a fever of 38.7", "fever"),
    ("cancer read about",
     "I've been reading loads about bone cancer since my back started",
     "I've been treated for bone cancer since my back started", "cancer_history"),
    ("a break of something that is no bone",
     "the slipped disc has crushed my sciatic nerve and my lower back throbs",
     "a pallet crushed my left foot and my lower back throbs", "trauma"),
    ("a fracture told as a finding, old or new",
     "the CT shows a previous wedge fracture at L1, nothing recent",
     "the CT shows a fractured L1 after I came off my bike on Sunday", "trauma"),
    ("a fracture denied",
     "the A&E doctor said there was no fracture, just bruising",
     "the A&E doctor said my coccyx is fractured", "trauma"),
    ("someone the writer only knows",
     "A man from my walking group has dropped 25 lbs in six weeks and my hip is stiff",
     "My dad has dropped 25 lbs in six weeks and his lower back aches", "weight_loss"),
]


@pytest.mark.parametrize("kind,negative,positive,code", PAIRS, ids=[p[0] for p in PAIRS])
def test_context_keeps_the_sign_apart_from_the_words(kind, negative, positive, code):
    assert code not in parse(negative).red_flags, f"{kind}: flagged"
    assert code in parse(positive).red_flags, f"{kind}: the stated sign no longer flags"


@pytest.mark.parametrize("text,code", [
    ("I wish I'd get in a bad accident so people would finally notice me", "trauma"),
    ("my ankle was pinned for a fibula fracture. Two years on it still swells", "trauma"),
    ("I've had several fractures in my neck, so I'm careful with massage", "trauma"),
    ("my step-mum is going through chemo and I'm the one holding everything together", "cancer_history"),
    ("When I was in the army I was suicidal for a while", "self_harm"),
    ("could acupuncture help me if I have had cancer", "cancer_history"),
    ("are needles all right if I was treated for lymphoma?", "cancer_history"),
])
def test_a_mention_that_is_not_a_sign_still_gets_one_question(text, code):
    """Not the urgent advice, but not silence either: one clarifying question."""
    facts = parse(text)
    assert code not in facts.red_flags
    assert code in facts.unclear_flags


def test_a_feared_cancer_gets_no_question():
    """Only a condition put in the writer's past is asked about."""
    assert parse("what if I had cancer and nobody noticed").unclear_flags == []


def test_a_line_break_ends_the_scope_of_what_came_before():
    """Lines without a full stop are sentences: a history or a question on
    one line does not reach the sign stated on the next."""
    assert "cancer_history" in parse("Is it possible to get cancer from this\nI had chemo for lymphoma in the spring").red_flags
    assert "trauma" in parse("what if I fall again\nI fell off a chair this morning, my lower back hurts").red_flags


def test_a_title_line_takes_the_time_of_the_injury_told_below_it():
    dated = "Back pain after a car accident\nI was in a car accident in 2012 and my lower back has hurt since"
    recent = "Back pain after a car accident\nI was in a car accident on Monday and my lower back hurts"
    assert "trauma" not in parse(dated).red_flags
    assert "trauma" in parse(recent).red_flags


def test_a_weight_said_to_hold_steady_is_not_asked_about():
    """A steady weight answers the weight question; a falling one still flags."""
    steady = parse("my weight has stayed the same all year, I eat well, only my neck aches")
    assert "weight_loss" not in steady.red_flags + steady.unclear_flags
    assert "weight_loss" in parse("my weight has dropped a stone this year, I eat well, only my neck aches").red_flags

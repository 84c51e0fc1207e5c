"""Night pain, numbness between the legs and bladder or bowel trouble in the
ways people tell them (issue 12): pain that wakes them as a habit or that no
position eases on a night, lay and slang names of the saddle area, a
catheter put in, and the same words kept apart when negated, supposed or
about something else. Wording written for these tests, not taken from any
corpus."""

from __future__ import annotations

import pytest

from bot.language import parse

STATED = [
    # Woken by the pain, said as a habit in any tense.
    ("since the op my hip pain wakes me up in the middle of the night", "night_pain"),
    ("my lower back would wake me at 4am and I'd have to get up", "night_pain"),
    ("over the summer the ache began to wake me in the small hours", "night_pain"),
    ("she says the pain in her spine wakes her twice a night", "night_pain"),
    ("I wake up in agony at night with this back of mine", "night_pain"),
    ("the pain has kept me awake most nights this month", "night_pain"),
    # No position eases it, once as much as every night.
    ("last night my back was so bad I couldn't find a position to lie in", "night_pain"),
    ("I lay down after tea but failed to find any position that eased my neck", "night_pain"),
    # Woken, and nothing eased it.
    ("the ache woke me at 3am every night last week and nothing helped", "night_pain"),
    ("my back wakes me at night and no amount of paracetamol touches it", "night_pain"),
    # Pain that wakes, said plainly in the present, or kept on.
    ("I'm exhausted because the ache in my hip wakes me", "night_pain"),
    ("he keeps getting woken by the pain in his neck", "night_pain"),
    ("week after week the sciatica stops me sleeping most nights", "night_pain"),
    # Whatever is done, rest and lying down included.
    ("my spine aches at night whatever I try", "night_pain"),
    ("the ache won't settle even if I lie flat", "night_pain"),
    ("my back pain is equally as bad lying in bed as it is walking", "night_pain"),
    ("bed rest makes no difference to the pain at all", "night_pain"),
    # Relief denied in the passive, as people asking a doctor online write.
    ("the ache in my spine is worse at night and never eased by medicines", "night_pain"),
    ("my lower back pain is not relieved by lying down or resting", "night_pain"),
    # Kept awake or woken as a habit in other words: "at night", "usually".
    ("the ache down my thigh keeps me up at night", "night_pain"),
    ("these days I usually wake up because my back hurts", "night_pain"),
    ("the sciatica keeps me awake all night, week in week out", "night_pain"),
    ("most nights I wake up with severe lower back pain", "night_pain"),
    # No position found, with the bed or the night a few short sentences back.
    ("went to bed early with my hip killing me. tried the pillow trick. then i couldn't find any position", "night_pain"),
    # Woken in the small hours by a pain that nothing eases.
    ("every time I wake up at 2 am the pain in my spine is there and no matter how I turn it stays", "night_pain"),
    # Saddle area in lay, slang and third-person words.
    ("my lady bits have felt numb since Monday", "saddle_numbness"),
    ("there is a lack of feeling around my back passage", "saddle_numbness"),
    ("both my sit bones went numb this afternoon", "saddle_numbness"),
    ("he says his balls have gone numb with the sciatica", "saddle_numbness"),
    ("I'm unable to feel my bottom when I sit on the loo", "saddle_numbness"),
    ("numbness in my nether region since I lifted the sofa", "saddle_numbness"),
    ("the leaflet says numb in the 'saddle' area, and that's me", "saddle_numbness"),
    ("I had no sensation when I wiped after the loo", "saddle_numbness"),
    ("she has lost all feeling around her back passage", "saddle_numbness"),
    ("he could not feel the tissue at all", "saddle_numbness"),
    # Bladder and bowels: a catheter put in, retention, a puddle, control lost.
    ("the paramedics had to put in a catheter because my bladder was full", "bladder_bowel"),
    ("a urinary catheter was inserted at A&E on Friday", "bladder_bowel"),
    ("the nurse catheterised me twice yesterday", "bladder_bowel"),
    ("not being able to wee is what frightened me most", "bladder_bowel"),
    ("my husband woke up lying in a puddle of his own urine", "bladder_bowel"),
    ("I have lost control of my sphincter since the weekend", "bladder_bowel"),
    ("I have no urge to 'pee' at all any more", "bladder_bowel"),
    # Leaks, retention and lost sensation said of the bladder or bowels themselves.
    ("since Thursday my bladder keeps leaking", "bladder_bowel"),
    ("urine dribbles out whenever I get up from the sofa", "bladder_bowel"),
    ("she is struggling to hold her water", "bladder_bowel"),
    ("I've lost bladder sensation completely", "bladder_bowel"),
    ("I don't know when my bowels open any more", "bladder_bowel"),
    ("my waterworks aren't working properly since the slipped disc", "bladder_bowel"),
    ("my bladder feels like bursting but only a trickle comes", "bladder_bowel"),
    ("I can barely pee a few drops at a time", "bladder_bowel"),
    ("two accidents this week with wee on the way to the loo", "bladder_bowel"),
]

HINTED = [
    # A bare "can't get comfortable in bed" or being woken once stays a question.
    ("I can't get comfortable in bed with this sore back", "night_pain"),
    ("my back woke me once last night", "night_pain"),
    ("I've been kept awake by the pain for a fortnight", "night_pain"),
    ("the ache in my spine is made worse by sleeping", "night_pain"),
    ("I've had this pain day in day out since March", "night_pain"),
    ("the pain just isn't going away", "night_pain"),
    ("I can't lie down in bed because of the agony in my back", "night_pain"),
    ("in bed my hip was fine at first but as the night went on the ache got worse", "night_pain"),
    # Woken once in the small hours, or because of the ache, without a habit: one question.
    ("I woke at 3 am with my lower back throbbing", "night_pain"),
    ("around four in the morning the ache in my neck got me up", "night_pain"),
    ("I woke up in the night because of the ache in my hip", "night_pain"),
    # Sleep lost to a pain named just before, or said with a word between.
    ("my lower back throbs after a few hours in bed. then I'm tossing and turning till dawn", "night_pain"),
    ("some days the sciatica is so bad I can't really sleep", "night_pain"),
    ("my neck aches during sleep these days", "night_pain"),
    ("I have not slept a wink for days with this hip pain", "night_pain"),
    ("the ache kept me up all night on Sunday", "night_pain"),
    # Nights made bad, moved or given up because of the back, in everyday words.
    ("come bedtime my lower back is throbbing", "night_pain"),
    ("I've started dreading bedtime because of my hip", "night_pain"),
    ("nights have been torture with this neck of mine", "night_pain"),
    ("he has to sleep in his armchair because of his back", "night_pain"),
    ("my sleep is wrecked with this sore back", "night_pain"),
    ("lying flat is unbearable for my lower back", "night_pain"),
    ("I'm awake most of the night with my neck", "night_pain"),
    ("I haven't had a decent night's sleep since my back went", "night_pain"),
]

NOT_FLAGGED = [
    ("if I can't find a position tonight I'll take a tablet, my back is sore", "night_pain"),
    ("my baby wakes me up in the middle of the night, my back is fine", "night_pain"),
    ("my bladder wakes me every night, and my back aches in the day", "night_pain"),
    ("years ago my back used to wake me at night, but not any more", "night_pain"),
    ("I couldn't find a comfortable position at my desk all afternoon, my back hurts", "night_pain"),
    ("slept wrong one night and hurt my neck, nothing helped, then it healed by itself", "night_pain"),
    ("I'm not in constant pain now, even when lying down", "night_pain"),
    ("I take my tablets every single day for the pain", "night_pain"),
    ("as the night wore on the music next door got louder", "night_pain"),
    ("the pain settles when I lie down for a bit", "night_pain"),
    ("whatever I do, I can't lose weight and my back aches", "night_pain"),
    ("worrying about money keeps me awake at night, my back aches a little", "night_pain"),
    ("the coffee keeps me up at night and my neck is stiff", "night_pain"),
    ("the new puppy had me tossing and turning all week", "night_pain"),
    ("my wife snores and keeps me awake at night, and my back aches in the day", "night_pain"),
    ("I sleep soundly at night; my back only hurts when I garden", "night_pain"),
    ("I haven't slept well since the move, the boxes are everywhere", "night_pain"),
    ("I woke up with back pain after sleeping on a friend's sofa", "night_pain"),
    ("my back aches in the morning until 5 am shifts finish, then it eases when I lie down", "night_pain"),
    ("the nurse said that if I ever can't pee they would put in a catheter", "bladder_bowel"),
    ("my dog left a puddle of wee on the kitchen floor", "bladder_bowel"),
    ("the pipe behind the toilet leaks again", "bladder_bowel"),
    ("my bladder isn't leaking and my bowels are working normally", "bladder_bowel"),
    ("that theory doesn't hold water", "bladder_bowel"),
    ("no numbness around my bottom or my lady parts", "saddle_numbness"),
    ("what if my sit bones go numb on the long drive?", "saddle_numbness"),
    ("I'm not numb in the 'saddle' area at all", "saddle_numbness"),
]


@pytest.mark.parametrize("text,code", STATED)
def test_a_sign_stated_flags(text, code):
    assert code in parse(text).red_flags, text


@pytest.mark.parametrize("text,code", HINTED)
def test_a_hint_gets_the_question_not_the_advice(text, code):
    facts = parse(text)
    assert code in facts.unclear_flags and code not in facts.red_flags, text


@pytest.mark.parametrize("text,code", NOT_FLAGGED)
def test_negated_supposed_past_or_other_senses_do_not_flag(text, code):
    assert code not in parse(text).red_flags, text


NO_QUESTION = [
    # Sleep lost to something other than a pain, or "back" as an adverb.
    "I haven't slept well since I came back from holiday",
    "I have to sleep on the sofa because my husband snores",
    "the baby is up half the night teething",
    "I dread bedtime because of my nightmares",
]


@pytest.mark.parametrize("text", NO_QUESTION)
def test_sleep_lost_to_something_else_is_no_night_pain_at_all(text):
    facts = parse(text)
    assert "night_pain" not in facts.red_flags and "night_pain" not in facts.unclear_flags, text

"""Typed answers to each question, read as the answer to that question (issue 13).

At least eight phrasings per question: terse, chatty, formal and elderly,
non-native, typo-heavy, and the button titles typed as words. The facts of a
message come from the real language layer, as they do in the assistant; the
choices come from the questions' own buttons in domain.yml.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.answers import (
    _loose_duration,
    Message, asks_for_help, asks_what_a_score_means, choices_from_buttons, clearly_a_score, corrected_score,
    may_change_known_fact, method_named,
    offer_answer, offer_pending, question_part, read_answer, asks_to_start_over, retracted_facts, route_choice,
)
from bot.consent import CONSENT_BUTTONS
from bot.language.parse import extract

DOMAIN = yaml.safe_load((Path(__file__).resolve().parent.parent / "domain.yml").read_text())
_ENTITY = {"precautions": "precaution"}


def message(text: str, intent: str | None = None) -> Message:
    """A message with the entities the language layer gives it, each with its span."""
    extraction = extract(text)
    entities = []
    for slot, value in extraction.facts.slot_values().items():
        entity = _ENTITY.get(slot, slot)
        for v in value if isinstance(value, list) else [value]:
            start, end = extraction.spans.get(f"{entity}:{v}") or extraction.spans.get(slot) or (0, len(text))
            entities.append({"entity": entity, "value": v, "start": start, "end": end})
    for code in extraction.facts.precautions_denied:  # as the Rasa component gives them
        start, end = extraction.spans[f"precaution_denied:{code}"]
        entities.append({"entity": "precaution_denied", "value": code, "start": start, "end": end})
    return Message(text, intent, entities)


def choices(slot: str):
    if slot == "consent_given":
        return choices_from_buttons(CONSENT_BUTTONS)
    return choices_from_buttons(DOMAIN["responses"][f"utter_ask_{slot}"][0].get("buttons") or [])


def answer(slot: str, text: str, intent: str | None = None):
    found = read_answer(slot, message(text, intent), choices(slot))
    return None if found is None else found.get(slot)


TYPED = {
    "pain_location": [
        ("lower back", "lower_back"), ("taibone", "lower_back"), ("the bottom one", "lower_back"), ("the top one", "upper_back"), ("Lower back", "lower_back"), ("Neck", "neck"),
        ("Upper / mid back", "upper_back"), ("the bottom bit mostly", "lower_back"), ("down of back, near the belt", "lower_back"),
        ("lower", "lower_back"), ("it is in my neck mostly, right side", "neck"),
        ("My shoulders, I am afraid.", "shoulders"), ("in shoulders both side", "shoulders"),
        ("Whole back", "whole_back"), ("everywhere", "whole_back"), ("lowr back", "lower_back"),
        ("The lower part of my back.", "lower_back"), ("between my shoulder blades", "upper_back"),
        ("down near the belt line", "lower_back"), ("down part of back", "lower_back"),
        ("midle of back", "upper_back"), ("every where", "whole_back"),
        # a typo of a word that is only an answer here
        ("lowr", "lower_back"), ("the uppr one", "upper_back"), ("botom mostly", "lower_back"),
        ("its the botom of my back", "lower_back"), ("lover", None),
        ("the lowed part", "lower_back"), ("uppet", "upper_back"), ("mild", None),
    ],
    "pain_duration_category": [
        ("sence march 2021", "chronic"), ("the middle one", "subacute"), ("1 yr+", "chronic"), ("6 months+", "chronic"),
        ("3 weeks", "acute"), ("More than 3 months", "chronic"), ("6 to 12 weeks", "subacute"),
        ("Less than 6 weeks", "acute"), ("oh gosh, since about last summer I reckon", "chronic"),
        ("For roughly eight weeks now.", "subacute"), ("since 2 week", "acute"),
        ("4 monts", "chronic"), ("two years", "chronic"), ("10 days", "acute"),
        ("years. like at least 4", "chronic"), ("ages", "chronic"), ("months", "chronic"),
        ("weeks", "acute"), ("for weeks now", "acute"), ("yesterday", "acute"), ("since long", "chronic"), ("months and months, honestly", "chronic"),
        ("For some years now, on and off.", "chronic"), ("since i was 20", "chronic"),
        ("6 to 12", "subacute"), ("6-12", "subacute"), ("less than 6", "acute"), ("4 munths", "chronic"),
        ("Too weeks", "acute"), ("sinse last sumer", "chronic"), ("about a month and a haf", "subacute"),
        # a score given early is no time: the question stays open
        ("id say a 4 on a good day, 7 on bad", None), ("most days a 6/10", None),
        ("8 nigths", "acute"), ("5ish wks", "acute"), ("since labour day wknd", "subacute"),
    ],
    "pain_radiates": [
        # a part next to the back is no limb
        ("it wraps around to my ribs on that side, nothing in my arms or legs", False),
        ("radiates to the glute a bit but no further", False), ("it wraps around my ribs a little, that's it", False),
        ("yeah sometimes it shoots into my shoulder", True),  # a yes to the question as asked
        ("you mean like into the leg? no", False), ("u mean down my arm? yes sometimes", True),
        ("yes", True), ("No", False), ("nope", False), ("ya it goes in my leg", True),
        ("no radiation", False), ("radiates: no", False), ("down my hammy", True), ("wdym spread", None), ("dosnt go anywere", False),
        ("it dosnt go donw my leg", False),
        ("No, it stays where it is.", False), ("it go down to the foot", True),
        ("nah just my back", False), ("Yes, it spreads", True), ("No, it stays put", False),
        ("Very well, yes.", True), ("I'm not sure", None), ("arm", True), ("yes to the arm", True),
        ("no, only in back", False), ("into both hips sometimes", False), ("just in my back", False),
        ("only local", False), ("sometimes", True), ("down my backside", False),
        ("It remains where it is, thank you.", False), ("it dont go anywhere", False),
        ("No, it is localised.", False), ("havent botherd the GP", None),
        ("little bit to shoulder, not to arm", False), ("a bit into the shoulder but not down the arm", False),
        ("not to the arm, it goes down my leg", True), ("not my arm", False),
        # a question in statement order after the answer asks, it does not answer
        ("no. it is bad if it goes in the leg?", False), ("Yes. that is normal with sciatica?", True),
        ("no it dosent go down my leg", False),
        # the question's own verb said back at the end
        ("I am happy to report that it does not.", False), ("I'm sorry to say it does", True),
        # an opening "no" beside another fact said the other way is this question's
        ("nope. maybe a 5 now, and my doctor has seen it", False), ("no, I havent been to a doctor", None),
        ("goes round to my ribs, never into my arms or legs", False), ("not to my arm, and my leg hurts too", True),
        ("sometimes down into my right shoulder blade, not the arm", False),
    ],
    "pain_severity": [
        # another scale, as tenths
        ("about 60%", 6), ("out of 5 I'd say 3", 6), ("2 out of 5", 4), ("I'm 100% sure it's a 6", 6),
        # a score said again alone at the end is the one settled on
        ("2 maybe 3. 2", 2), ("5, perhaps 6... ok 5", 5), ("7 or 8. let's say 8", 8), ("4.5", 4.5),
        ("the mild one", 3), ("the middle one", None),
        ("the third option", 8), ("one", 1.0),
        ("sorry what does 0 to 10 mean?", None), ("1-10? no idea, it just aches", None),
        ("6, worse when I have been sitting at the desk for the whole afternoon", 6.0),
        ("Four but it goes up a lot by the evening when the kids are in bed", 4.0),
        ("3 weeks of it and I am tired", None),
        # a number inside the visitor's own question is no score
        ("Would a 9 be like a broken arm? mine's nowhere near that", None), ("is 8 the worst? then I'm a 5", 5),
        ("maybe a 6?", 6), ("Neck. 2 months. No spreading. 7. No doctor yet.", 7), ("betwen 6 and 7", 7), ("Six out if ten", 6), ("3 right now but probably a 6 after a long shift at work", 3),
        ("6", 6), ("about a 7 I'd say", 7), ("I would put it at five.", 5), ("is 8 from 10", 8),
        ("4-6 moderate", 5), ("7-8 severe", 8), ("0-3 mild", 3), ("9-10 worst", 10),
        ("moderate", 5), ("3/10", 3), ("bad", None), ("pretty bad honestly", None),
        ("very bad", 8), ("medium", 5), ("unbearable", 10), ("low", 3),
        ("siz", 6), ("sevem", 7), ("sit", None), ("6.5", 6.5),
        ("Seven, I should think.", 7), ("8 out of 10 on a bad day", 8),
        ("an 8? no, more like a 5 today", 5), ("3 or 4, currently 3", 3), ("a 4 right now, 8 at night", 4),
        ("5, actually 3", 3), ("8 sorry i mean 6", 6), ("its a 6 i think wait no 5", 5),
        ("none", None), ("6-7 at work, 6 rn", 6), ("7 at work, 6 now", 6), ("8 at night, 4 at the moment", 4),
        ("6, sometimes 7 when i sit long", 6), ("usualy 3 but rite now 6", 6),
        ("it's about a for", 4), ("good for nothing", None), ("5 or 6 tbh", 6), ("yeah 4", 4), ("6 or 7 points", 7),
        # a number word slipped by a letter inside a short answer; real words near one are not scores
        ("5-ish right now, 8 when I lift", 5), ("prolly a sevn", 7), ("its a fvie", 5), ("eigth i guess", 8), ("hmm thre", 3), ("nien, maybe", 9),
        ("over there", None), ("its fine", None), ("my weight", None),
    ],
    "seen_doctor": [
        ("I saw a doctor years ago for a similar flare-up but not for this one", False),
        ("My GP retired in the spring and I haven't found a new one, so no.", False),
        ("I went to emerg last Sunday for it because I couldn't straighten up", True),
        ("no, doctors in canada very long wait", False), ("no, the doctors here have a long wait", False),
        # an earlier episode's visit is not this one's
        ("not this time, my GP saw it three years back when it last flared", False),
        ("Not during this episode. The doctor did see the one in 2021.", False),
        ("not that long ago, my GP saw it", True),
        ("yes", True), ("Not yet", False), ("nope", False), ("I saw my GP last week", True),
        ("I regret to say that I have not.", False),
        ("the walk-in clinic on Monday", True), ("my doctor years back, about my wrist", False),
        ("just the GP for something unrelated", False), ("I asked my GP about it when I took my son in, so yes", True), ("saw the doc last spring for my annual physical", False),
        ("No, not for this one. I had a physical with my GP in the summer, before it started.", False),
        ("hmm", None), ("not sure tbh", None), ("kind of?", None), ("um, no", False), ("hmm yes", True),
        ("I have not consulted anyone.", False), ("no doctor yet", False), ("yep", True),
        ("ya my docter looked", True), ("Yes", True), ("havnt", False), ("nopee", False),
        ("I saw a physio only", False), ("chiropractor only", False), ("went hospital", True),
        ("Is it necessary to see a doctor first?", None), ("only pharmacist", False), ("havent botherd the GP", False),
        ("Actually no, I usually just wait it out", False), ("sorry, yes I did", True),
        # a therapist besides the doctor
        ("Yes, a couple of times, and I see a physio as well", True), ("yes plus a chiro", True),
        ("yep, he referred me to a physio", True), ("the physio suggested I come here", False),
        ("haan", True), ("nahi", False), ("nie", False), ("opo", True), ("sì, certo", True),
        # a visit still ahead is "not yet"; a therapist named only in the visitor's own question is no doctor
        ("I'm booked in with the GP on Monday", False), ("there's a doctor's appointment for me next week", False),
        ("Does an osteopath count? that's all I've had", False), ("yes. should I see a physio as well?", True), ("I had an appointment with the GP in May", True),
        ("I'm due to see Dr. Kaur on Friday", False), ("yes, and another appointment next month", True),
        ("not yet, been meaning to ring the surgery for an appointment", False),
    ],
    "precautions": [
        # a meaning asked, then the precaution told; a meaning asked alone notes nothing
        ("what is a bleeding disorder? i have haemophilia A", ["bleeding_disorder"]),
        ("what counts as a blood thinner? I'm on xarelto", ["anticoagulants"]),
        ("does baby aspirin count as a blood thinner?", None),
        # only the one in question denied: none apply
        ("we're hoping for a baby, I'm not pregnant at the moment", []), ("tryin to get pregnent, not yet tho", []), ("not on any blood thinners", []),
        ("not sure tbh", None), ("no idea", None), ("i dont know of any", []),
        ("on bloodthiners and scared of neddles", ["anticoagulants", "needle_phobia"]), ("the needle one", ["needle_phobia"]),
        # an item named by a word of its title, whatever follows; fainting at a blood test
        ("only the pacemaker one, it was fitted in 2021", ["pacemaker"]), ("just the needle thing really", ["needle_phobia"]),
        ("I keel over whenever they take blood", ["needle_phobia"]), ("go all shaky and dizzy with needles", ["needle_phobia"]), ("I tend to faint at blood tests, so yes", ["needle_phobia"]),
        ("I'm on warfare", ["anticoagulants"]), ("none of those... wait actually needles freak me out", ["needle_phobia"]),
        ("im on eliqis", ["anticoagulants"]), ("i take riveroxaban", ["anticoagulants"]),
        ("I have fear from the needles", ["needle_phobia"]), ("bit of a big baby about needles lol", ["needle_phobia"]),
        ("pills to thin the blood, every morning", ["anticoagulants"]), ("i take medicine for blood thinning", ["anticoagulants"]),
        ("immunocomprimised", ["immunocompromised"]), ("not too keen on needles", ["needle_phobia"]),
        # asking what a word of the list means is not having it
        ("What's a bleeding disorder?", None), ("I don't think any of those apply to me", []),
        ("my blood doesn't clot well, I bruise super easily", ["bleeding_disorder"]),
        ("none, my mum bruises easily", []),
        ("my blood tests say my platelets are quite low", ["bleeding_disorder"]), ("what does immunocompromised mean? none of those i guess", []),
        ("I have transplant of kidney in 2019, I take medicine against the immune system", ["immunocompromised"]),
        ("none", []), ("None of these", []), ("Blood thinners", ["anticoagulants"]),
        ("I'm pregnant", ["pregnancy"]), ("I have a pacemaker", ["pacemaker"]),
        ("Fear of needles", ["needle_phobia"]), ("nothing like that", []),
        ("No, none of those apply to me.", []), ("i take warfarin", ["anticoagulants"]),
        ("nothign", []), ("Not that I know of", []), ("all good", []), ("nil", []),
        ("I am pregnent", ["pregnancy"]), ("i take warfrin", ["anticoagulants"]),
        ("i have pacemeker", ["pacemaker"]), ("my immune is weak", ["immunocompromised"]),
        ("i am having baby", ["pregnancy"]), ("needle is my fear", ["needle_phobia"]),
        ("on steroids for my lungs", ["immunocompromised"]), ("i dont have any of that", []),
        ("nothing of this", []), ("just high blood pressure", []), ("diabetic, nothing else", []),
        ("I am not on any of those medications, dear.", []), ("I don't take any of them", []),
        ("I'm on blood thinned", ["anticoagulants"]),
        ("only vitamins", []), ("paracetamol sometimes", []), ("nada", []),
        # the list typed back as a checklist
        ("pacemaker: no, pregnant: no, blood thinners: yes (rivaroxaban)", ["anticoagulants"]),
        ("Pregnant - no. Pacemaker - no.", []), ("pacemaker no, thinners yes", ["anticoagulants"]),
        ("no pacemaker, yes to blood thinners", ["anticoagulants"]), ("pregnancy: n/a", []),
        ("Pregnant? No. Blood thinners? Yes, eliquis", ["anticoagulants"]), ("needles: ✅", ["needle_phobia"]),
        ("blood thinners. no wait, I stopped the warfarin in March, so none", []),
        ("none, sorry i meant pacemaker", ["pacemaker"]), ("pregnant, actually also on warfarin", ["pregnancy", "anticoagulants"]),
        ("needles 😱 scare me", ["needle_phobia"]), ("needles r scary ngl", ["needle_phobia"]),
        ("pregnant: no / thinners: no / pacemaker: no / needles: bit nervous tbh", ["needle_phobia"]),
        ("no pacemaker/warfarin", []), ("I take a small aspirin each morning for my heart.", ["anticoagulants"]),
        # a denied list closed by "and", with a medicine the layer does not name between
        ("I don't take eliquis, ibuprofen and clexane", []), ("not on warfarin, I do take heparin and clexane", ["anticoagulants"]),
        ("75mg aspirin since my stent", ["anticoagulants"]),
        # asked whether it matters: no answer, unless something is stated beside it
        ("what if I'm pregnant, is it still ok?", None), ("can I still have it if I have a pacemaker?", None),
        ("pregnant. is it ok if i'm also on aspirin daily?", ["pregnancy", "anticoagulants"]),
        ("Honestly the needles are the scary part for me", ["needle_phobia"]), ("hemophelia", ["bleeding_disorder"]),
        ("I am very afraid from needles, also I take Marcoumar", ["needle_phobia", "anticoagulants"]),
        ("im pregnat and on asprin every day", ["pregnancy", "anticoagulants"]),
        ("on dialysis 3x a week, my immune system is shot", ["immunocompromised"]),
        # every item denied at once, in words of its own
        ("all clear here", []), ("I'm ok on every one of those", []), ("negative for all of them", []),
        ("all negative", []), ("good on all counts, thanks", []), ("zero of them", []),
        ("im 14 weeks along", ["pregnancy"]), ("needles really freak me out", ["needle_phobia"]),
        ("the needles kind of scare me tbh", ["needle_phobia"]), ("needles don't scare me, none of those", []), ("I am 6 months gone, first baby", ["pregnancy"]),
    ],
    "consent_given": [
        ("👍", True), ("bet 👍", True), ("❌", False),
        ("Very well, you may pass them on.", True), ("you may not", False), ("sure, not a problem", True),
        ("yh", True), ("sorry, before that: I'm not the one with the pacemaker, it's my mum. I do take Plavix though", None),
        ("I do agree", True),
        ("hang on, I should say I am on warfarin. But yes, you may share it", True),
        ("Thanks for asking. No, I would prefer you did not.", False),
        ("yes", True), ("I agree", True), ("No thanks", False), ("sure, go ahead", True),
        ("Yes, I consent.", True), ("ok", True), ("nope", False), ("yse", True), ("I don't agree", False),
        ("go for it", True), ("I'd rather not", False), ("not comfortable with that", False),
        ("no problem", True), ("ok no problem", True),
        ("si", True), ("okey", True), ("That is acceptable.", True), ("ja", True),
        ("happy for you to share it", True), ("tamam", True), ("not happy with that", False),
        ("You have my permission to do so.", True), ("by all means", True), ("feel free, that's fine", True),
        ("no objection from me", True), ("you do not have my permission", False),
        ("go on, share it with them", True), ("send it along", True), ("pass it along please", True),
    ],
    "contact_name": [
        # the visitor's own question before the name; who the writer is to the patient after it
        ("is first name enough? Tomasz Wojcik", "Tomasz Wojcik"), ("Priya Nair, I'm his wife", "Priya Nair"),
        ("Dev Shah (her grandson)", "Dev Shah"), ("Margaret (Peggy) Ross", "Margaret (Peggy) Ross"),
        ("it's Sam, short for Samantha", "Sam"), ("CHLOÉ BÉRUBÉ", "Chloé Bérubé"),
        ("oh, it's Priya Natarajan", "Priya Natarajan"), ("Well my name is Tom Berg", "Tom Berg"),
        ("Dana Whitfield", "Dana Whitfield"), ("my name is Sam Lee", "Sam Lee"), ("Jo", "Jo"),
        ("It's Mrs. Eleanor Price", "Mrs. Eleanor Price"), ("call me Ravi", "Ravi"),
        ("José Álvarez", "José Álvarez"), ("dana whitfield", "Dana Whitfield"), ("mary o'neil", "Mary O'Neil"), ("I am called Svetlana", "Svetlana"),
        ("Sure, it's Tom.", "Tom"), ("Tom :)", "Tom"),
        ("my good name is Anil Mehta", "Anil Mehta"), ("Full name is Gretchen Olsen.", "Gretchen Olsen"),
        ("why do you need my name", None), ("start over", None), ("can I talk to a person", None),
        ("Priya here", "Priya"), ("Sam speaking", "Sam"), ("Name: Lee Wong", "Lee Wong"), ("me is Ahmed", "Ahmed"),
        ("my name is Wang Li, Wang is family name", "Wang Li"), ("It's Linda, Linda Harper", "Linda Harper"),
        ("Tom. Tom Okafor, sorry, my phone changes my surname", "Tom Okafor"), ("It's Rita Moreau. Rita is fine.", "Rita Moreau"), ("Tom. Tom Okafor", "Tom Okafor"), ("J. R. Smith", "J. R. Smith"),
        ("dana@example.org", None), ("416 555 0123", None),
        ("Nora Quinn. will they ring from a withheld number?", "Nora Quinn"), ("Bo Li - is parking free?", "Bo Li"),
        ("The name the clinic should use is Dan.", "Dan"), ("please use Bea", "Bea"), ("Bella Rossi 🌸", "Bella Rossi"),
    ],
    "preferred_contact": [
        ("the two are fine", "either"), ("one or the other, no matter", "either"),
        ("the phone one", "phone"),
        ("Email", "email"), ("by email thanks", "email"), ("Phone", "phone"), ("Either", "either"),
        ("please call me", "phone"), ("emial", "email"), ("By telephone, if you would.", "phone"),
        ("both is ok", "either"), ("text me", "phone"), ("phnoe", "phone"),
        ("Telephone, please. I do not use email.", "phone"), ("I don't do email", "phone"),
        ("no phone, email please", "email"), ("not sure", "either"), ("whatever suits you", "either"),
        ("whatsapp", "phone"), ("you can call or email", "either"), ("fone", "phone"),
    ],
    "contact_email": [
        # written against spam
        ("m.okafor(at)yahoo(dot)ca", "m.okafor@yahoo.ca"), ("m.okafor [at] yahoo.ca", "m.okafor@yahoo.ca"),
        # voice typing parts the first half into words, never the lead-in's
        ("it's ana maria 7 at outlook dot com", "anamaria7@outlook.com"), ("my email is bo at mail dot ca", "bo@mail.ca"),
        # the first one taken back in the same message
        ("sam.k@example.org oops no, sam.kay@example.org", "sam.kay@example.org"),
        ("tyler.brooks @ gmail.com", "tyler.brooks@gmail.com"), ("tariq.h @gmail.com", "tariq.h@gmail.com"),
        ("pat dot nolan at example dot org", "pat.nolan@example.org"),
        ("write to lee at example dot com please", "lee@example.com"),
        ("dana@example.org", "dana@example.org"), ("it's dana.w@example.com thanks", "dana.w@example.com"),
        ("My address is e.price@example.net.", "e.price@example.net"), ("sam+clinic@example.co.uk",
                                                                        "sam+clinic@example.co.uk"),
        ("why?", None), ("I don't have one", None), ("ravi@example.in", "ravi@example.in"),
        ("dana at example dot org", "dana@example.org"), ("dana.example.org", "dana.example.org"),
        ("an.nguyen88@gmail,com", "an.nguyen88@gmail.com"), ("me@example.com, thanks", "me@example.com"),
        # spaces typed around the dots, "at" spoken beside a written domain
        ("R.Okafor @ Yahoo . com", "R.Okafor@Yahoo.com"), ("lena . berg at mail dot ca", "lena.berg@mail.ca"),
        ("lena.berg at mail.ca", "lena.berg@mail.ca"), ("sorry. lena@mail.ca", "lena@mail.ca"),
    ],
    "contact_phone": [
        ("604 555 0101, sorry, it's 604 555 0110", "604 555 0110"),
        # letters typed for digits, and digits said in words beside typed ones
        ("289-555-O137", "289-555-0137"), ("+44 7700 9OO123", "+44 7700 900123"), ("416 555 Ol29", "416 555 0129"),
        ("four one six 555 0129", "4165550129"),
        ("416 555 0123", "416 555 0123"), ("my cell is 647-555-0101", "647-555-0101"),
        ("(613) 555-0199", "(613) 555-0199"), ("+1 416 555 0123", "+1 416 555 0123"),
        ("4165550123", "4165550123"), ("call the home number 905.555.0110", "905.555.0110"),
        ("I'd rather not", None), ("what for?", None),
        # voice typing says the digits
        ("four one six five five five zero one nine eight", "4165550198"),
        ("oh seven seven double oh, nine double oh four six one", "07700900461"),
    ],
    "preferred_time": [
        ("mornings", "mornings"), ("doesnt matter to me", "any time"), ("weekday mornings", "weekday mornings"), ("any time", "any time"),
        ("after 5", "after 5"), ("Afternoons, if you please.", "Afternoons, if you please."),
        # a question after a dash is the visitor's own, not part of the time
        ("lunchtime - do they text first?", "lunchtime"), ("any weekday after 4 - is that ok?", "any weekday after 4"),
        ("evenigns", "evenigns"), ("whenever", "whenever"), ("saturdays", "saturdays"),
        ("how long will it take?", None), ("mornigs", "mornings"), ("evnings", "evenings"), ("blah", None),
        ("I'm not sure", "any time"), ("don't mind", "any time"),
        ("tues or thurs", "tues or thurs"), ("arvos are best", "arvos are best"),
        ("weekday evenings after 6 pls", "weekday evenings after 6"), ("mornings thanks", "mornings"),
        ("after work. does it hurt much btw?", "after work."),
    ],
}


@pytest.mark.parametrize("slot,text,expected",
                         [(slot, text, expected) for slot, cases in TYPED.items() for text, expected in cases])
def test_a_typed_answer_is_read_as_the_answer_to_its_question(slot, text, expected):
    assert answer(slot, text) == expected


def test_every_question_has_at_least_eight_typed_phrasings():
    assert all(len(cases) >= 8 for cases in TYPED.values())


def test_an_answer_gives_the_duration_in_days_too():
    assert read_answer("pain_duration_category", message("3 weeks"), ()) == {
        "pain_duration_category": "acute", "pain_duration_days": 21.0}


def test_a_danger_check_answer_is_yes_or_no():
    assert read_answer("danger_check", message("nope, not at all"), ()) == {"danger_check": "no"}
    assert read_answer("danger_check", message("yes, since yesterday"), ()) == {"danger_check": "yes"}


@pytest.mark.parametrize("text", [
    "I'd like to try acupuncture for my sore neck", "good evening, I am looking for help with my back",
    "thinking about acupuncture, my back has been bad", "hi, my neck is killing me",
    "good evening, neck is hurting me much",
    "I need help with back pain", "do u do acupuncture for sciatica", "Can acupuncture help a slipped disc?",
    "Good evening. I wonder whether you could assist me. I am 79.", "hoping you can help me", "help pls",
])
def test_openings_that_ask_for_help(text):
    assert asks_for_help(text)


@pytest.mark.parametrize("text", ["what is acupuncture", "how much is a session", "hello", "are you a bot",
                                  "do you take insurance?", "can I park near the clinic?",
                                  "can you help me with the booking page?"])
def test_openings_that_do_not_ask_for_help(text):
    assert not asks_for_help(text)


def test_another_answer_does_not_change_a_known_fact_unless_it_is_about_the_pain():
    assert not may_change_known_fact("I'm pregnant, 7 months along")
    assert not may_change_known_fact("I've been on blood thinners for 2 years")
    assert may_change_known_fact("actually it's been 2 months")
    assert may_change_known_fact("the pain started 3 months ago")
    # adding something is no correction: the time is the new thing's
    assert not may_change_known_fact("sorry one more thing, since yesterday my left foot tingles")
    assert not may_change_known_fact("wait, I forgot to say, I've had a cough since monday")
    assert may_change_known_fact("sorry, 3 weeks not 3 days")
    # a number taken back by name ("scratch the 8") corrects; forgetting a name does not
    assert may_change_known_fact("no. and scratch the 8, today it's more a 5")
    assert not may_change_known_fact("yes, I forget the name of the specialist")
    # "back" that dates something is not the visitor's back
    assert not may_change_known_fact("I take apixaban since a clot some years back")
    assert not may_change_known_fact("pacemaker fitted back in 2019")
    assert may_change_known_fact("my back has been bad for 5 months, not 5 weeks")


def test_a_yes_no_fact_taken_back_as_someone_elses():
    assert retracted_facts("sorry, the doctor visit was for my son, not me") == ["seen_doctor"]
    assert retracted_facts("that GP appointment was my wife's, not mine") == ["seen_doctor"]
    assert retracted_facts("my son saw a doctor last week too") == []


@pytest.mark.parametrize("slot,text,switched_to", [
    ("contact_email", "I don't use email, ring me instead", "phone"),
    ("contact_email", "no email sorry", "phone"),
    ("contact_phone", "I don't have a phone, email is better", "email"),
    ("contact_phone", "email instead please", "email"), ("contact_email", "just phone me", "phone"),
])
def test_a_visitor_without_that_kind_of_contact_switches_to_the_other(slot, text, switched_to):
    assert read_answer(slot, message(text), ()) == {"preferred_contact": switched_to, slot: None}


def test_a_bare_number_at_another_question_is_not_a_pain_score():
    assert not clearly_a_score("years. like at least 4")
    assert not clearly_a_score("I have baby in belly, 5 month")
    assert clearly_a_score("sorry the pain is more like a 5 actually")
    assert clearly_a_score("8/10 today")


@pytest.mark.parametrize("text,route", [
    ("online", "booking"), ("bok", "booking"), ("the website one", "booking"), ("I'll book it myself", "booking"),
    ("ring me", "contact"), ("call me back pls", "contact"), ("get in touch by email", "contact"),
    ("contcat me", "contact"), ("not now", None), ("book online or call, either", None), ("hmm", None),
    ("could somebody phone me, simpler than the website", "contact"), ("no calls please, I'll book it online", "booking"),
    ("can I book online? oh wait, I'd rather talk to a person first, please have them ring me", "contact"),
    ("call me, actually no, I will book online", "booking"),
    ("Could they ring me instead of me booking?", "contact"),
    ("just send the link over", "booking"), ("the booking calendar please", "booking"),
    ("I'd prefer it if someone rang me", "contact"), ("phoning me is easiest", "contact"),
    ("I want to speak to a real person", "contact"), ("could you whatsapp me the link", "booking"),
    ("email me the url", "booking"), ("sure, for later", "contact"), ("I'll book later", "booking"), ("later", None),
    ("keep my details for later", "contact"),
    ("get them to contact me. hmm no, thinking about it I'll just book it myself online", "booking"),
    ("can somebody ring me? I've a few questions before I book anything", "contact"),
    ("I'd like a call before booking", "contact"),
    ("book online please. my email is sam.roy@example.org", "booking"), ("online, my email: sam.roy@example.org", "booking"),
])
def test_the_route_typed_at_the_book_or_contact_offer(text, route):
    assert route_choice(text) == route


def _training_examples(intent: str) -> list:
    nlu = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" / "nlu.yml").read_text())["nlu"]
    block = next(item for item in nlu if item.get("intent") == intent)
    return [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]


def test_every_way_to_ask_to_start_over_is_read_as_such_and_an_answer_is_not():
    assert all(asks_to_start_over(text) for text in _training_examples("start_over"))
    for answer_text in ("Very well, I consent.", "yes that's fine", "Over 3 months", "It started again last week"):
        assert not asks_to_start_over(answer_text)


@pytest.mark.parametrize("text,expected", [
    ("phone please, it's 416 555 0199", {"preferred_contact": "phone", "contact_phone": "416 555 0199"}),
    ("email: jo@example.com", {"preferred_contact": "email", "contact_email": "jo@example.com"}),
    ("Email", {"preferred_contact": "email"}),
])
def test_a_number_or_address_typed_with_the_contact_method_is_kept(text, expected):
    assert read_answer("preferred_contact", message(text), choices("preferred_contact")) == expected


@pytest.mark.parametrize("text", ["only local", "just in my back", "It remains where it is, thank you."])
def test_staying_put_is_no_even_when_the_classifier_says_affirm(text):
    assert answer("pain_radiates", text, intent="affirm") is False


@pytest.mark.parametrize("text,expected", [
    ("Nina Kaur, nina.k@example.net", {"contact_name": "Nina Kaur", "contact_email": "nina.k@example.net"}),
    ("sam lee and my email is sam.lee@example.org.", {"contact_name": "Sam Lee", "contact_email": "sam.lee@example.org"}),
    ("either. nina.k@example.net", {"contact_email": "nina.k@example.net"}),
    ("nina.k@example.net", {"contact_email": "nina.k@example.net"}),
])
def test_an_address_typed_at_the_name_question_is_kept_for_the_email_and_is_never_the_name(text, expected):
    assert read_answer("contact_name", message(text), choices("contact_name")) == expected


@pytest.mark.parametrize("text,method", [
    ("email me please", "email"), ("can someone ring me", "phone"), ("whatsapp me", "phone"),
    ("call or email, either is fine", "either"), ("contact me", None), ("please get in touch", None),
])
def test_a_request_for_contact_that_names_the_way_gives_the_contact_method(text, method):
    assert method_named(text) == method


@pytest.mark.parametrize("text,intent,offer,expected", [
    ("Yes, please take my details for later.", "goodbye", "utter_offer_for_later", "contact"),
    ("the second one", "nlu_fallback", "utter_offer_handoff", "contact"),
    ("option 1 please", "nlu_fallback", "utter_offer_handoff", "booking"),
    ("the first one", "nlu_fallback", "utter_offer_for_later", "contact"),
    ("I'll book online", "book", "utter_offer_for_later", "contact"),  # a doctor first: only later contact
    ("sure why not", "deny", "utter_offer_handoff", "which"),
    ("phone", "chitchat", "utter_offer_handoff", "contact"),
    ("not now thanks", "deny", "utter_offer_handoff", "no"),
    ("how much does it cost?", "faq", "utter_offer_handoff", None),
    ("/book", "book", "utter_offer_handoff", None),  # a tap goes by its rule
    ("Leave details for later", "goodbye", "utter_offer_for_later", "contact"),  # the button's title typed
    ("not now", "goodbye", "utter_offer_for_later", "no"), ("Contact me", "contact_me", "utter_offer_handoff", "contact"),
    # a bare number is a button's place: no pain score is asked here
    ("2", "inform", "utter_offer_handoff", "contact"), ("1.", "inform", "utter_offer_handoff", "booking"),
    ("3", "inform", "utter_offer_handoff", "no"),
])
def test_a_typed_answer_to_an_offer_is_read_by_its_words_whatever_the_intent(text, intent, offer, expected):
    assert offer_answer(Message(text, intent), offer, DOMAIN["responses"]) == expected


def test_a_question_about_one_score_of_the_scale_is_told_apart():
    assert asks_what_a_score_means("Would a 9 be like a broken arm? mine's nowhere near that")
    assert asks_what_a_score_means("is ten the worst pain ever?")
    assert not asks_what_a_score_means("maybe a 7?")
    assert not asks_what_a_score_means("about a 6, is that ok?")


@pytest.mark.parametrize("newest_first,offer", [
    (["utter_offer_handoff", "utter_intake_summary"], "utter_offer_handoff"),
    (["utter_faq/privacy", "utter_faq/does_it_hurt", "utter_offer_for_later"], "utter_offer_for_later"),
    (["utter_why_general", "utter_offer_contact_first"], "utter_offer_contact_first"),
    (["utter_no_problem", "utter_offer_handoff"], None),
    (["utter_faq/cost", "utter_ask_contact_name"], None),
])
def test_an_offer_stays_open_while_the_visitor_asks_questions_about_it(newest_first, offer):
    assert offer_pending(newest_first) == offer


@pytest.mark.parametrize("text, noted, expected", [
    ("wait, I meant 6, not 9, typo", 9, 6),
    ("before i say 8 but is 6, my mistake. doctor yes", 8, 6),
    ("I said 7 but it's more like 4 honestly, and yes I saw my GP", 7, 4),
    ("yes, I saw the doctor 3 times", 8, None),
    ("I'd say the GP saw it twice", 8, None),
    ("none. also it's really more of a 3 than a 7 right now", 7, 3),
    ("no, and it's less than 6 weeks old", 6, None),
])
def test_a_score_put_right_at_a_later_question_replaces_the_one_noted(text, noted, expected):
    assert corrected_score(text, noted) == expected


@pytest.mark.parametrize("text, question", [
    ("neck pain for a week, are you open sundays?", "are you open sundays?"),
    ("Back is sore. How much is the first visit?", "How much is the first visit?"),
    ("how much is the first visit?", None),  # the whole message is the question
    ("lower back pain 3 weeks", None),
])
def test_the_question_inside_a_longer_message_is_cut_out_for_its_topic(text, question):
    assert question_part(text) == question


@pytest.mark.parametrize("typed,days", [
    ("christmas", 337), ("Natale, christmas", 337), ("around labour day", 81), ("the week before halloween", 34),
    ("May", 196), ("i may have to think", None), ("20 July", 130), ("2024-11-20", 737),
    ("my birthday, 20 July", 130), ("the 3rd of may", 208), ("no idea sorry", None),
    ("right after my holiday in Portugal in September, the 27th", 61), ("the weekend we moved, Oct 3", 55),
    ("around the time the clocks changed", 26), ("the 10th", 17), ("I saw my GP on 20 July", None),
    ("how are you today", None),
])
def test_a_holiday_typed_alone_at_how_long_dates_the_start(typed, days):
    """At "how long?" a date alone is when it began (counted from 27 Nov 2026): a month
    alone is its middle, a day typed without "since" still dates the start."""
    found = _loose_duration(typed, date(2026, 11, 27))
    assert (found or {}).get("pain_duration_days") == days

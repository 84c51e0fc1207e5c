"""The answer-first rule on tracker fixtures: the forms' validation actions, no servers.

As financial-demo tests its actions: a `Tracker` built by hand, a
`CollectingDispatcher`, and the events the action returns. Each tracker holds
what Rasa would send while a question is pending: the visitor's message with
its intent, the entities of the language layer, and the slot candidates of
the domain's mappings.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.asking import AskForSlot
from actions.conversation import (
    _BOOKING_WAITS, ActionAnswerFaq, ActionAnswerOffer, ActionExplainQuestion, ActionLeadIntoIntake, ActionStartOver,
)
from actions.handoff import ASK_CONTACT_ACTIONS, ActionChooseRoute, ActionSubmitLead, ValidateHandoffForm
from actions.intake import ASK_ACTIONS, AskPainSeverity, AskPrecautions, ValidateIntakeForm
from actions.known_facts import ValidateSlotMappings
from actions.tracker_facts import latest_is_aside
from bot.answers import CONTACT_ONLY_OFFERS

DOMAIN = yaml.safe_load((Path(__file__).resolve().parent.parent / "domain.yml").read_text())
FORM_OF = {"validate_intake_form": "intake_form", "validate_handoff_form": "handoff_form"}


def tracker(requested, text, intent="inform", entities=(), slots=None, form="intake_form",
            candidates=None, before=()):
    """A tracker right after the visitor typed `text` while `requested` was asked."""
    values = {name: None for name in DOMAIN["slots"]}
    values.update(slots or {})
    values.update(candidates or {})
    values["requested_slot"] = requested
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.97},
              "entities": [{"entity": e[0], "value": e[1], **dict(zip(("start", "end"), e[2:]))} for e in entities]}
    known = [{"event": "slot", "name": k, "value": v} for k, v in (slots or {}).items()]
    events = [*known, *before, {"event": "slot", "name": "requested_slot", "value": requested},
              {"event": "bot", "text": "the question"}, {"event": "user", "text": text, "parse_data": latest},
              *({"event": "slot", "name": k, "value": v} for k, v in (candidates or {}).items())]
    return Tracker("visitor", values, latest, events, False, None,
                   {"name": form} if form else {}, "action_listen")


def run(action, fixture):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, fixture, DOMAIN))
    return events, dispatcher.messages


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def rejected(events):
    return any(e.get("event") == "action_execution_rejected" for e in events)


HANDOFF = {"handoff_route": "contact", "consent_given": True, "contact_name": "Dana"}


@pytest.mark.parametrize("text,intent", [("Email", "contact_me"), ("by email thanks", "contact_me"),
                                         ("email please", "inform"), ("e-mail", "nlu_fallback")])
def test_the_contact_method_typed_is_the_answer_whatever_the_intent(text, intent):
    events, _ = run(ValidateHandoffForm(), tracker("preferred_contact", text, intent, slots=HANDOFF,
                                                   form="handoff_form"))
    assert slot_events(events)["preferred_contact"] == "email"
    assert slot_events(events)["requested_slot"] == "contact_email"
    assert not rejected(events)


def test_mornings_is_the_best_time_not_a_greeting():
    fixture = tracker("preferred_time", "mornings", "greet", form="handoff_form",
                      slots={**HANDOFF, "preferred_contact": "email", "contact_email": "d@example.org"},
                      candidates={"preferred_time": "mornings"})
    events, _ = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)["preferred_time"] == "mornings"
    assert not rejected(events)


def test_a_question_while_a_name_is_pending_is_an_aside_and_is_not_taken_as_the_name():
    fixture = tracker("contact_name", "why do you need that", "why_ask", form="handoff_form",
                      slots={"handoff_route": "contact", "consent_given": True},
                      candidates={"contact_name": "why do you need that"})
    events, messages = run(ValidateHandoffForm(), fixture)
    assert rejected(events)
    assert slot_events(events)["contact_name"] is None
    assert messages == []  # no "that doesn't look like a name": the rules answer the question


def test_an_email_typed_with_words_around_it_is_the_address():
    fixture = tracker("contact_email", "sure, it's dana.w@example.org thanks", "inform", form="handoff_form",
                      slots={**HANDOFF, "preferred_contact": "email"},
                      candidates={"contact_email": "sure, it's dana.w@example.org thanks"})
    events, _ = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)["contact_email"] == "dana.w@example.org"


def at_the_phone_question(text, intent, method):
    """The contact details, an email already given, right after `text` was typed for the phone."""
    return tracker("contact_phone", text, intent, form="handoff_form",
                   slots={**HANDOFF, "preferred_contact": method, "contact_email": "d@example.org"},
                   candidates={"contact_phone": text})


@pytest.mark.parametrize("text", ["I'm not sure", "skip", "I don't have one"])
def test_with_either_way_a_visitor_who_gave_an_email_and_declines_the_phone_is_not_asked_again(text):
    events, messages = run(ValidateHandoffForm(), at_the_phone_question(text, "deny", "either"))
    assert slot_events(events)["preferred_contact"] == "email"
    assert slot_events(events)["requested_slot"] == "preferred_time"
    assert [m["response"] for m in messages] == ["utter_contact_one_way"]


@pytest.mark.parametrize("text,address", [("rob keane 77 at hotmail dot com", "robkeane77@hotmail.com"),
                                          ("just use lin.w@example.net", "lin.w@example.net")])
def test_an_address_typed_at_the_phone_question_turns_the_contact_to_email(text, address):
    fixture = tracker("contact_phone", text, "inform", form="handoff_form",
                      slots={**HANDOFF, "preferred_contact": "phone"}, candidates={"contact_phone": text})
    events, _ = run(ValidateHandoffForm(), fixture)
    slots = slot_events(events)
    assert (slots["preferred_contact"], slots["contact_email"]) == ("email", address)
    assert slots.get("contact_phone") is None
    assert slots["requested_slot"] == "preferred_time"


def test_without_the_other_detail_a_declined_phone_is_asked_again():
    fixture = tracker("contact_phone", "I'm not sure", "deny", form="handoff_form",
                      slots={**HANDOFF, "preferred_contact": "phone"}, candidates={"contact_phone": "I'm not sure"})
    events, _ = run(ValidateHandoffForm(), fixture)
    assert "preferred_contact" not in slot_events(events)
    assert slot_events(events).get("contact_phone") is None


@pytest.mark.parametrize("text,intent", [("no thanks", "deny"), ("/deny", "deny"), ("I'd rather not", "deny")])
def test_a_no_to_consent_is_kept_and_ends_the_questions(text, intent):
    fixture = tracker("consent_given", text, intent, form="handoff_form", slots={"handoff_route": "contact"})
    events, _ = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)["consent_given"] is False
    assert slot_events(events)["requested_slot"] is None


def test_a_name_typed_at_the_consent_question_is_no_consent():
    fixture = tracker("consent_given", "Rory", "affirm", form="handoff_form",
                      slots={"handoff_route": "contact"})
    events, _ = run(ValidateHandoffForm(), fixture)
    assert slot_events(events).get("consent_given") is not True


def test_an_answer_the_classifier_calls_start_over_wipes_nothing_and_goes_back_to_the_question():
    fixture = tracker("consent_given", "Very well, I consent.", "start_over", form="handoff_form",
                      slots={"handoff_route": "booking", "pain_location": "neck"})
    events, messages = run(ActionStartOver(), fixture)
    assert events == [{"event": "followup", "timestamp": None, "name": "handoff_form"}]
    assert messages == []


def test_start_over_typed_forgets_the_answers():
    fixture = tracker("consent_given", "can we start over please", "start_over", form="handoff_form",
                      slots={"handoff_route": "booking", "pain_location": "neck"})
    events, messages = run(ActionStartOver(), fixture)
    assert slot_events(events)["pain_location"] is None
    assert [m["response"] for m in messages] == ["utter_start_over"]


def test_a_question_during_the_intake_keeps_its_facts_and_steps_aside():
    fixture = tracker("pain_duration_category", "does it hurt? it goes down my leg", "faq",
                      entities=[("pain_radiates", True)], slots={"pain_location": "neck"},
                      candidates={"pain_radiates": True})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert rejected(events)
    assert slot_events(events)["pain_radiates"] is True


@pytest.mark.parametrize("text,intent", [("pretty much stays put", "faq"), ("stays where it is mostly", "faq"),
                                         ("goes down my leg a bit", "chitchat")])
def test_a_fact_for_a_later_question_is_noted_not_answered_as_a_question(text, intent):
    """The classifier's topic guess (prices, chit-chat) gets no answer: the fact is kept
    and the pending question is asked again."""
    value = "stays" not in text
    fixture = tracker("pain_duration_category", text, intent, entities=[("pain_radiates", value)],
                      slots={"pain_location": "neck"}, candidates={"pain_radiates": value})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert not rejected(events)
    assert slot_events(events)["pain_radiates"] is value


def _selected(*ranking):
    """The FAQ selector's output as Rasa puts it in the latest message."""
    keys = [{"intent_response_key": key, "confidence": confidence} for key, confidence in ranking]
    return {"all_retrieval_intents": ["chitchat", "faq"], "default": {"response": {"utter_action": f"utter_{ranking[0][0]}", "confidence": ranking[0][1],
                                     "intent_response_key": ranking[0][0]}, "ranking": keys}}


@pytest.mark.parametrize("ranking,answered", [
    ((("faq/does_it_hurt", 0.97), ("faq/cost", 0.01)), True),
    ((("faq/cost", 0.46), ("faq/how_many_sessions", 0.42)), False),  # unsure of the topic: nothing said
])
def test_a_question_asked_beside_an_answer_is_answered_too(ranking, answered):
    fixture = tracker("pain_severity", "4 I guess, does it hurt?", "faq", entities=[("pain_severity", 4)],
                      slots={"pain_location": "neck"}, candidates={"pain_severity": 4})
    fixture.latest_message["response_selector"] = _selected(*ranking)
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["pain_severity"] == 4
    assert ("utter_faq/does_it_hurt" in [m.get("response") for m in messages]) is answered


def test_a_question_beside_an_answer_that_no_topic_fits_is_sent_to_the_clinic():
    fixture = tracker("pain_duration_category", "3 weeks. can I bring my dog?", "inform",
                      entities=[("pain_duration_category", "acute")], slots={"pain_location": "neck"},
                      candidates={"pain_duration_category": "acute"})
    fixture.latest_message["response_selector"] = {
        **_selected(("faq/cost", 0.3), ("faq/first_visit", 0.2)),
        "question": _question_selected(("faq/first_visit", 0.14), ("faq/privacy", 0.1))}
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["pain_duration_category"] == "acute"
    assert [m.get("response") for m in messages] == ["utter_question_for_clinic"]


def test_a_request_to_be_called_beside_an_answer_is_told_the_handoff_comes_after_the_intake():
    fixture = tracker("precautions", "nothing on the list. could somebody ring me back?", "contact_me",
                      entities=[], slots={"pain_location": "neck"}, candidates={"precautions": []})
    fixture.latest_message["response_selector"] = {
        **_selected(("faq/cost", 0.3), ("faq/first_visit", 0.2)),
        "question": _question_selected(("faq/first_visit", 0.14), ("faq/privacy", 0.1))}
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["precautions"] == []
    assert [m.get("response") for m in messages] == ["utter_intake_first"]


def test_a_why_asked_beside_an_answer_gets_the_reason():
    fixture = tracker("pain_radiates", "no, why?", "why_ask", slots={"pain_location": "neck"})
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["pain_radiates"] is False
    assert [m.get("response") for m in messages][0] == "utter_why_pain_radiates"


def test_an_answer_with_an_aside_intent_is_still_the_answer():
    fixture = tracker("seen_doctor", "yes, my GP. can I book?", "book", entities=[("seen_doctor", True)],
                      slots={"pain_location": "neck"}, candidates={"seen_doctor": True})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["seen_doctor"] is True
    assert not rejected(events)


def test_a_vague_word_is_not_a_pain_score():
    fixture = tracker("pain_severity", "pretty bad", "inform", entities=[("pain_severity", 6)],
                      slots={"pain_location": "neck"}, candidates={"pain_severity": 6})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert slot_events(events).get("pain_severity") is None


def test_a_typed_severity_choice_is_its_value():
    fixture = tracker("pain_severity", "7-8 severe", "inform", slots={"pain_location": "neck"})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["pain_severity"] == 8


def test_a_pregnancys_months_do_not_replace_the_pains_duration():
    known = {"pain_location": "lower_back", "pain_duration_category": "acute", "pain_duration_days": 21.0,
             "pain_radiates": False, "pain_severity": 6.0, "seen_doctor": False}
    fixture = tracker("precautions", "I'm pregnant, 7 months along", "inform",
                      entities=[("precaution", "pregnancy"), ("pain_duration_category", "chronic"),
                                ("pain_duration_days", 210.0)], slots=known,
                      candidates={"precautions": ["pregnancy"], "pain_duration_category": "chronic",
                                  "pain_duration_days": 210.0})
    events, _ = run(ValidateIntakeForm(), fixture)
    slots = slot_events(events)
    assert slots["precautions"] == ["pregnancy"]
    assert slots["pain_duration_category"] == "acute" and slots["pain_duration_days"] == 21.0


def test_a_duration_known_only_as_a_range_is_not_replaced_by_a_devices_age():
    known = {"pain_location": "lower_back", "pain_duration_category": "chronic", "pain_duration_days": None,
             "pain_radiates": True, "pain_severity": 5.0, "seen_doctor": True}
    fixture = tracker("precautions", "I've got a pacemaker, they put it in 3 years ago", "inform",
                      entities=[("precaution", "pacemaker"), ("pain_duration_category", "chronic"),
                                ("pain_duration_days", 1095.0)], slots=known,
                      candidates={"precautions": ["pacemaker"], "pain_duration_category": "chronic",
                                  "pain_duration_days": 1095.0})
    events, messages = run(ValidateIntakeForm(), fixture)
    slots = slot_events(events)
    assert slots["precautions"] == ["pacemaker"]
    assert slots["pain_duration_category"] == "chronic" and slots["pain_duration_days"] is None
    assert not any("instead of" in (m.get("change") or "") for m in messages)


def test_a_location_corrected_while_the_spreading_question_is_on_screen_is_taken():
    known = {"pain_location": "shoulders", "pain_duration_category": "subacute", "pain_duration_days": 70.0}
    fixture = tracker("pain_radiates", "nope. actualy its more my neck than my shoulders", "inform",
                      entities=[("pain_location", "neck")], slots=known,
                      candidates={"pain_location": "neck", "pain_radiates": False})
    events, messages = run(ValidateIntakeForm(), fixture)
    slots = slot_events(events)
    assert slots["pain_location"] == "neck" and slots["pain_radiates"] is False
    assert any("neck" in (m.get("change") or "") for m in messages)


@pytest.mark.parametrize("text,limb", [("yes left leg", "leg"), ("into my right buttock and thigh", "leg"),
                                       ("Right arm, sometimes.", "arm"), ("ya shoulder n arm", "arm"),
                                       ("both, arms and my legs", "both")])
def test_the_limb_typed_at_the_spreading_question_is_kept_for_the_clinic(text, limb):
    known = {"pain_location": "lower_back", "pain_duration_category": "acute", "pain_duration_days": 20.0}
    events, _ = run(ValidateIntakeForm(), tracker("pain_radiates", text, "affirm", slots=known))
    slots = slot_events(events)
    assert slots["pain_radiates"] is True and slots["pain_radiates_to"] == limb


@pytest.mark.parametrize("text,score", [("he'd call it a 7, is that high?", 7), ("maybe a 5 - is that bad??", 5),
                                        ("6, would that count as severe?", 6)])
def test_a_score_given_with_a_question_about_it_is_taken_and_the_scale_explained(text, score):
    fixture = tracker("pain_severity", text, "inform", entities=[("pain_severity", score)],
                      candidates={"pain_severity": score})
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["pain_severity"] == score
    assert [m.get("response") for m in messages] == ["utter_explain_pain_scale"]


def test_a_spreading_taken_back_takes_its_limb_with_it():
    known = {"pain_location": "lower_back", "pain_duration_category": "acute", "pain_radiates": True,
             "pain_radiates_to": "leg"}
    events, _ = run(ValidateIntakeForm(), tracker("pain_severity", "sorry, it doesn't spread after all, that's my hip",
                                                  "inform", entities=[("pain_radiates", False)], slots=known,
                                                  candidates={"pain_radiates": False}))
    slots = slot_events(events)
    assert slots["pain_radiates"] is False and slots.get("pain_radiates_to") is None


def test_asking_what_a_precaution_means_gets_it_explained_and_the_question_again():
    known = {"pain_location": "shoulders", "pain_duration_category": "chronic", "pain_radiates": False,
             "pain_severity": 5.0, "seen_doctor": False}
    text = "sorry, what does bleeding disorder mean?"
    start = text.index("bleeding")
    fixture = tracker("precautions", text, "faq", entities=[("precaution", "bleeding_disorder", start, start + 17)],
                      slots=known, candidates={"precautions": ["bleeding_disorder"]})
    events, messages = run(ValidateIntakeForm(), fixture)
    slots = slot_events(events)
    assert slots["precautions"] is None
    assert not rejected(events)
    assert [m["response"] for m in messages] == ["utter_explain_precaution_bleeding_disorder"]


def test_a_precaution_told_beside_the_meaning_of_another_asked_gets_the_meaning_and_no_other_answer():
    """"On warfarin. what counts as a bleeding disorder?": the meaning is the answer to the
    question; no "ask the clinic" beside it."""
    known = {"pain_location": "neck", "pain_duration_category": "acute", "pain_radiates": False,
             "pain_severity": 4.0, "seen_doctor": True}
    text = "he's on warfarin. what counts as a bleeding disorder?"
    thinner, bleeding = text.index("warfarin"), text.index("bleeding")
    fixture = tracker("precautions", text, "faq",
                      entities=[("precaution", "anticoagulants", thinner, thinner + 8),
                                ("precaution", "bleeding_disorder", bleeding, bleeding + 17)],
                      slots=known, candidates={"precautions": ["anticoagulants", "bleeding_disorder"]})
    fixture.latest_message["response_selector"] = {**_selected(("faq/is_it_safe", 0.3), ("faq/cost", 0.2)),
                                                   "question": _question_selected(("faq/is_it_safe", 0.2),
                                                                                  ("faq/cost", 0.18))}
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["precautions"] == ["anticoagulants"]
    assert [m["response"] for m in messages] == ["utter_explain_precaution_bleeding_disorder",
                                                 "utter_precaution_anticoagulants"]


@pytest.mark.parametrize("text,code,word", [
    ("what if I'm pregnant, is it still ok?", "pregnancy", "pregnant"),
    ("is it safe if I'm on blood thinners?", "anticoagulants", "blood thinners"),
])
def test_asking_whether_a_precaution_matters_notes_nothing_and_asks_again(text, code, word):
    """Asked at its own question, a precaution that may not apply is no answer: the
    visitor is told it matters and asked again, and says whether it does."""
    known = {"pain_location": "neck", "pain_duration_category": "acute", "pain_radiates": False,
             "pain_severity": 4.0, "seen_doctor": False}
    start = text.index(word)
    fixture = tracker("precautions", text, "faq", entities=[("precaution", code, start, start + len(word))],
                      slots=known, candidates={"precautions": [code]})
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["precautions"] is None
    assert not rejected(events)
    assert [m["response"] for m in messages] == ["utter_precaution_matters"]


def test_a_correction_of_the_duration_is_taken():
    known = {"pain_location": "lower_back", "pain_duration_category": "acute", "pain_duration_days": 21.0}
    fixture = tracker("pain_radiates", "actually it's been 4 months", "inform",
                      entities=[("pain_duration_category", "chronic"), ("pain_duration_days", 120.0)],
                      slots=known, candidates={"pain_duration_category": "chronic", "pain_duration_days": 120.0})
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["pain_duration_category"] == "chronic"
    assert any("instead of" in (m.get("change") or "") for m in messages)


def test_the_doctor_visit_taken_back_as_someone_elses_is_a_no():
    known = {"pain_location": "neck", "pain_duration_category": "acute", "pain_radiates": False,
             "pain_severity": 4.0, "seen_doctor": True}
    fixture = tracker("precautions", "sorry, the doctor visit was for my son, not me. none of those",
                      "inform", entities=[("seen_doctor", True)], slots=known,
                      candidates={"seen_doctor": True})
    events, messages = run(ValidateIntakeForm(), fixture)
    slots = slot_events(events)
    assert slots["seen_doctor"] is False
    assert slots["precautions"] == []
    assert slots.get("requested_slot") != "seen_doctor"
    assert any("not seen a doctor instead of seen a doctor" in (m.get("change") or "") for m in messages)


def test_a_danger_sign_is_never_read_as_an_answer():
    fixture = tracker("pain_radiates", "yes and I can't control my bladder", "red_flag",
                      entities=[("red_flag", "bladder_bowel")], slots={"pain_location": "neck"})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert "pain_radiates" not in slot_events(events)


def test_the_aside_rule_is_one_rule():
    answered = tracker("preferred_contact", "Email", "contact_me", form="handoff_form")
    assert not latest_is_aside(answered, answered=True)
    assert latest_is_aside(answered, answered=False)
    question = tracker("contact_name", "how much is it", "inform", form="handoff_form")
    assert not latest_is_aside(question, answered=False)
    assert latest_is_aside(tracker("contact_name", "how much is it?", "inform", form="handoff_form"), False)


def _asked(slot, times):
    """A tracker where the question for `slot` was on screen in `times` earlier turns."""
    before = []
    for _ in range(times - 1):
        before += [{"event": "slot", "name": "requested_slot", "value": slot}, {"event": "bot", "text": "q"},
                   {"event": "user", "text": "blorp"}]
    fixture = tracker(slot, "blorp", "nlu_fallback", before=before, slots={"reask_count": 1.0})
    if not times:
        fixture.events = [e for e in fixture.events if e.get("event") != "bot"]
    return fixture


@pytest.mark.parametrize("action", [*ASK_ACTIONS, *ASK_CONTACT_ACTIONS])
def test_no_question_is_asked_a_third_time_the_same_way(action):
    ask: AskForSlot = action()
    texts = []
    for times in (0, 1, 2):
        _, messages = run(ask, _asked(ask.slot, times))
        texts.append([(m.get("response"), m.get("text")) for m in messages])
    assert texts[2] != texts[1] and texts[2] != texts[0]
    assert any(response == "utter_answer_hint" for response, _ in texts[2])
    assert not any(response == "utter_answer_hint" for response, _ in texts[0] + texts[1])


@pytest.mark.parametrize("text,method", [("can someone email me please", "email"), ("ring me", "phone"),
                                         ("contact me", None)])
def test_a_request_for_contact_that_names_the_way_is_not_asked_the_way_again(text, method):
    events, _ = run(ActionChooseRoute(), tracker(None, text, "contact_me", form=None))
    assert slot_events(events)["handoff_route"] == "contact"
    assert slot_events(events).get("preferred_contact") == method


def test_a_name_with_its_address_fills_both_and_the_address_is_checked():
    fixture = tracker("contact_name", "Nina Kaur, Nina.K@Example.net.", "inform", form="handoff_form",
                      slots={"handoff_route": "contact", "consent_given": True})
    events, _ = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)["contact_name"] == "Nina Kaur"
    assert slot_events(events)["contact_email"] == "Nina.K@example.net"
    assert not rejected(events)


def test_a_possible_sign_already_asked_about_does_not_stop_the_answer():
    earlier = [{"event": "user", "text": "left leg", "parse_data": {
                    "intent": {"name": "danger_hint"}, "entities": [{"entity": "unclear_flag", "value": "leg_weakness"}]}},
               {"event": "slot", "name": "flag_to_clarify", "value": "leg_weakness"},
               {"event": "slot", "name": "danger_check", "value": "no"}]
    fixture = tracker("pain_radiates", "left leg", "danger_hint", entities=[("unclear_flag", "leg_weakness")],
                      slots={"danger_check": "no", "flag_to_clarify": "leg_weakness"}, before=earlier)
    events, _ = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["pain_radiates"] is True
    assert not rejected(events)


def test_a_new_possible_sign_at_a_yes_no_question_is_asked_about_first():
    fixture = tracker("seen_doctor", "yes, and my leg is a bit weak", "danger_hint",
                      entities=[("unclear_flag", "leg_weakness")])
    events, _ = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["flag_to_clarify"] == "leg_weakness"
    assert "seen_doctor" not in slot_events(events)


def _refused_number(number):
    """One asking of the phone question, answered with a number the check then refused."""
    return [{"event": "slot", "name": "requested_slot", "value": "contact_phone"}, {"event": "bot", "text": "q"},
            {"event": "user", "text": number},
            {"event": "slot", "name": "contact_phone", "value": number},
            {"event": "bot", "text": "That phone number has too many digits"},
            {"event": "slot", "name": "contact_phone", "value": None}]


def test_a_number_typed_again_with_letters_for_digits_is_taken_as_the_visitor_knows_it():
    """"+44 7700 9OO123" refused (no such range in the metadata), then typed the same way
    again: the same digits, so the visitor's own number is taken."""
    typed = "+44 7700 9OO123"
    fixture = tracker("contact_phone", typed, form="handoff_form", before=_refused_number(typed),
                      slots={**HANDOFF, "preferred_contact": "phone"}, candidates={"contact_phone": typed})
    events, _ = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)["contact_phone"] == "+447700900123"


def test_a_detail_that_fails_its_check_twice_gets_the_hint_on_the_third_asking():
    """The number typed fills the slot until the validation takes it back: no reset."""
    turn = _refused_number("01632 960 983")
    ask = next(action for action in ASK_CONTACT_ACTIONS if action.slot == "contact_phone")()
    _, messages = run(ask, tracker("contact_phone", "01632 960 983", form="handoff_form", before=turn * 2,
                                   slots={**HANDOFF, "preferred_contact": "phone"}))
    assert any(m.get("response") == "utter_answer_hint" for m in messages)


def test_a_number_that_still_fails_after_the_hint_turns_to_email_instead_of_asking_on():
    turn = _refused_number("07700 900418")
    fixture = tracker("contact_phone", "07700 900418", form="handoff_form", before=turn * 3,
                      slots={**HANDOFF, "preferred_contact": "phone"}, candidates={"contact_phone": "07700 900418"})
    events, messages = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)["preferred_contact"] == "email"
    assert slot_events(events)["requested_slot"] == "contact_email"
    assert "utter_phone_unusable_email_instead" in [m.get("response") for m in messages]
    once_more = tracker("contact_phone", "07700 900418", form="handoff_form", before=turn,
                        slots={**HANDOFF, "preferred_contact": "phone"}, candidates={"contact_phone": "07700 900418"})
    assert slot_events(run(ValidateHandoffForm(), once_more)[0])["requested_slot"] == "contact_phone"


def test_a_visitor_who_can_give_neither_way_to_be_reached_is_let_go_with_the_clinic_phone():
    """The number failed three times, then the email three times: no third way, no loop,
    and no lead (the clinic could not reach it)."""
    email_turn = [{"event": "slot", "name": "requested_slot", "value": "contact_email"}, {"event": "bot", "text": "q"},
                  {"event": "user", "text": "no idea sorry"}]
    fixture = tracker("contact_email", "no idea sorry", form="handoff_form",
                      before=_refused_number("07700 900418") * 3 + email_turn * 3,
                      slots={**HANDOFF, "preferred_contact": "email"})
    events, messages = run(ValidateHandoffForm(), fixture)
    assert "utter_contact_not_reached" in [m.get("response") for m in messages]
    assert slot_events(events)["requested_slot"] is None
    fixture.slots.update(slot_events(events))
    _, messages = run(ActionSubmitLead(), fixture)
    assert messages == []


def test_consent_still_unclear_after_the_hint_sends_nothing_and_asks_no_more():
    """Only a clear yes passes details on; a visitor whose answer stays unclear is told
    so, with the clinic's phone, instead of meeting the question on and on."""
    turn = [{"event": "slot", "name": "requested_slot", "value": "consent_given"}, {"event": "bot", "text": "q"},
            {"event": "user", "text": "depends what it's for i suppose"}]
    unsure = dict(form="handoff_form", slots={"handoff_route": "contact"})
    fixture = tracker("consent_given", "depends what it's for i suppose", before=turn * 3, **unsure)
    events, _ = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)["consent_given"] is False
    fixture.slots.update(slot_events(events))
    _, messages = run(ActionSubmitLead(), fixture)
    assert [m.get("response") for m in messages] == ["utter_consent_unclear"]
    once_more = tracker("consent_given", "depends what it's for i suppose", before=turn, **unsure)
    assert "consent_given" not in slot_events(run(ValidateHandoffForm(), once_more)[0])


def test_an_email_still_not_given_after_the_hint_turns_the_booking_into_a_phone_call():
    turn = [{"event": "slot", "name": "requested_slot", "value": "contact_email"}, {"event": "bot", "text": "q"},
            {"event": "user", "text": "I'm not sure"}]
    booking = {"handoff_route": "booking", "consent_given": True, "contact_name": "Ahmed"}
    fixture = tracker("contact_email", "I'm not sure", "affirm", form="handoff_form", before=turn * 3, slots=booking)
    events, messages = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)["handoff_route"] == "contact"
    assert slot_events(events)["preferred_contact"] == "phone"
    assert slot_events(events)["requested_slot"] == "contact_phone"
    assert "utter_no_email_phone_instead" in [m.get("response") for m in messages]


def test_the_same_words_again_after_their_aside_was_answered_count_as_an_answer():
    turn = [{"event": "slot", "name": "requested_slot", "value": "contact_name"}, {"event": "bot", "text": "q"},
            {"event": "user", "text": "what happens at the first visit?"}]
    again = tracker("contact_name", "what happens at the first visit?", "faq", form="handoff_form", before=turn,
                    slots={"handoff_route": "contact", "consent_given": True})
    assert not latest_is_aside(again, answered=False)
    first = tracker("contact_name", "what happens at the first visit?", "faq", form="handoff_form",
                    slots={"handoff_route": "contact", "consent_given": True})
    assert latest_is_aside(first, answered=False)


@pytest.mark.parametrize("text", ["email instead please", "I don't have a phone, email is better"])
def test_switching_from_phone_to_email_clears_what_was_typed_at_the_phone_question(text):
    events, _ = run(ValidateHandoffForm(), at_the_phone_question(text, "contact_me", "phone"))
    assert slot_events(events)["preferred_contact"] == "email"
    assert slot_events(events)["contact_phone"] is None


@pytest.mark.parametrize("entities,next_step", [([("pain_location", "lower_back")], "intake"), ([], "none")])
def test_an_opening_question_that_names_where_it_hurts_leads_into_the_intake(entities, next_step):
    fixture = tracker(None, "My lumbar region has troubled me of late. Is there parking nearby?", "faq",
                      entities=entities, form=None)
    events, _ = run(ActionLeadIntoIntake(), fixture)
    assert slot_events(events)["next_step"] == next_step


def test_an_unclear_message_after_emergency_advice_gets_the_advice_again():
    fixture = tracker(None, "is that serious??", "nlu_fallback", form=None, slots={"triage_level": "emergency"})
    _, messages = run(ActionLeadIntoIntake(), fixture)
    assert [m["response"] for m in messages] == ["utter_triage_emergency", "utter_human_handoff"]


KNOWN = {"pain_location": "lower_back", "pain_severity": 8.0, "pain_duration_days": 180.0,
         "pain_duration_category": "chronic", "seen_doctor": False, "precautions": ["pregnancy"]}


@pytest.mark.parametrize("requested,text,candidates", [
    ("preferred_time", "Between two and four in the afternoon.", {"pain_severity": 3.0}),
    ("preferred_time", "after 6, I'm at work all week",
     {"pain_duration_days": 7.0, "pain_duration_category": "acute"}),
    (None, "ok I'll ask the doctor first then", {"seen_doctor": True}),
])
def test_a_message_after_the_intake_about_something_else_keeps_the_known_facts(requested, text, candidates):
    fixture = tracker(requested, text, slots={**HANDOFF, **KNOWN}, candidates=candidates,
                      form="handoff_form" if requested else None)
    events, _ = run(ValidateSlotMappings(), fixture)
    assert slot_events(events) == {slot: KNOWN[slot] for slot in candidates}


def test_a_correction_after_the_intake_changes_the_fact_and_a_late_precaution_is_added():
    fixture = tracker(None, "sorry, actually the pain is more like a 6/10 today, and I'm on Eliquis",
                      slots={**HANDOFF, **KNOWN}, form=None,
                      candidates={"pain_severity": 6.0, "precautions": ["anticoagulants"]})
    events, _ = run(ValidateSlotMappings(), fixture)
    assert slot_events(events) == {"precautions": ["pregnancy", "anticoagulants"]}


def test_a_precaution_taken_back_after_the_intake_is_taken_out_and_a_new_one_added():
    text = "sorry, before that: I'm not the one with the pregnancy, that's my sister. I do take Plavix though"
    fixture = tracker("consent_given", text, "out_of_scope", slots={**HANDOFF, **KNOWN, "consent_given": None},
                      entities=[("precaution_denied", "pregnancy"), ("precaution", "anticoagulants")],
                      candidates={"precautions": ["anticoagulants"]}, form="handoff_form")
    events, messages = run(ValidateSlotMappings(), fixture)
    assert slot_events(events)["precautions"] == ["anticoagulants"]
    assert [m.get("change") for m in messages] == ["pregnancy taken out"]
    events, _ = run(ValidateHandoffForm(), fixture)
    assert not rejected(events) and "consent_given" not in slot_events(events)


def test_a_precaution_taken_back_inside_the_intake_is_taken_out():
    known = {"pain_location": "lower_back", "pain_duration_category": "acute", "precautions": ["pacemaker"]}
    fixture = tracker("pain_radiates", "no. and the pacemaker is my dad's, not mine", slots=known,
                      entities=[("precaution_denied", "pacemaker")], candidates={"pain_radiates": False})
    events, messages = run(ValidateIntakeForm(), fixture)
    slots = slot_events(events)
    # Not "none of these": the precautions question is still to be asked.
    assert slots["precautions"] is None and slots["pain_radiates"] is False
    assert any(m.get("change") == "pacemaker taken out" for m in messages)
    assert slots["requested_slot"] == "pain_severity"


def test_inside_the_intake_form_its_own_validation_decides():
    fixture = tracker("seen_doctor", "no, and it's an 8 at the moment", slots=KNOWN,
                      candidates={"pain_severity": 7.0})
    events, _ = run(ValidateSlotMappings(), fixture)
    assert events == []


def test_a_precaution_given_before_its_question_still_gets_the_question_for_any_others():
    known = {"pain_location": "lower_back", "pain_duration_category": "acute", "pain_duration_days": 21.0,
             "pain_radiates": False, "pain_severity": 4.0, "seen_doctor": False, "precautions": ["pregnancy"]}
    fixture = tracker("seen_doctor", "no", "deny", slots=known, candidates={"seen_doctor": False})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["requested_slot"] == "precautions"
    _, messages = run(AskPrecautions(), tracker("precautions", "no", "deny", slots=known))
    asked = [m for m in messages if m.get("response") == "utter_ask_precautions_others"]
    assert asked and asked[0]["noted"] == "pregnancy"


def test_precautions_answered_at_their_question_are_not_asked_again():
    known = {"pain_location": "lower_back", "pain_duration_category": "acute", "pain_duration_days": 21.0,
             "pain_radiates": False, "pain_severity": 4.0, "seen_doctor": False}
    fixture = tracker("precautions", "I'm on warfarin", "inform", slots=known,
                      entities=[("precaution", "anticoagulants")], candidates={"precautions": ["anticoagulants"]})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["precautions"] == ["anticoagulants"]
    assert slot_events(events)["requested_slot"] is None


@pytest.mark.parametrize("text", ["sorry what does 0 to 10 mean?", "1-10? which scale?",
                                  "Would an 8 mean I can't walk? I can walk fine"])
def test_a_question_about_the_scale_gets_the_scale_explained_and_the_question_again(text):
    fixture = tracker("pain_severity", text, "out_of_scope", slots={"pain_location": "neck"})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert not rejected(events) and "pain_severity" not in slot_events(events)
    _, messages = run(AskPainSeverity(), fixture)
    assert [m.get("response") for m in messages][-2:] == ["utter_explain_pain_scale", "utter_ask_pain_severity"]


@pytest.mark.parametrize("text, intent, slot, value, time", [
    ("scratch that, my email is lucas.f@example.com", "out_of_scope", "contact_email", "lucas.f@example.com", None),
    ("mornings. oh no wait, the number is 416 555 0166, not 0165", "inform", "contact_phone", "+14165550166",
     "mornings."),
])
def test_a_contact_detail_corrected_at_the_time_question_is_changed_and_said_back(text, intent, slot, value, time):
    fixture = tracker("preferred_time", text, intent, form="handoff_form",
                      slots={**HANDOFF, "preferred_contact": "either", "contact_email": "lucas.f@exmaple.com",
                             "contact_phone": "+14165550165"},
                      candidates={"preferred_time": text})
    events, messages = run(ValidateHandoffForm(), fixture)
    assert slot_events(events)[slot] == value
    assert slot_events(events).get("preferred_time") == time
    assert not rejected(events)
    assert any(m.get("response") == "utter_changed" and value in m.get("change", "") for m in messages)


def test_an_invalid_address_at_another_question_changes_nothing():
    fixture = tracker("preferred_time", "oops my email is lucas@nowhere", "inform", form="handoff_form",
                      slots={**HANDOFF, "preferred_contact": "email", "contact_email": "lucas.f@example.com"},
                      candidates={"preferred_time": "oops my email is lucas@nowhere"})
    events, messages = run(ValidateHandoffForm(), fixture)
    assert "contact_email" not in slot_events(events)
    assert not any(m.get("response") == "utter_changed" for m in messages)


def _phone_refused_before(number):
    return [{"event": "slot", "name": "requested_slot", "value": "contact_phone"}, {"event": "bot", "text": "q"},
            {"event": "user", "text": number}, {"event": "slot", "name": "contact_phone", "value": number},
            {"event": "bot", "text": "That number doesn't look right to me"},
            {"event": "slot", "name": "contact_phone", "value": None}]


@pytest.mark.parametrize("again,kept", [("+44 7700 900461", True), ("+447700900461", True),
                                        ("+44 7700 900462", False)])
def test_a_number_the_metadata_does_not_know_is_taken_when_the_visitor_types_it_again(again, kept):
    """+44 7700 900xxx has a UK mobile's length but no range in the number plan's metadata."""
    slots = {**HANDOFF, "preferred_contact": "phone"}
    fixture = tracker("contact_phone", again, form="handoff_form", slots=slots,
                      before=_phone_refused_before("+44 7700 900461"), candidates={"contact_phone": again})
    events, messages = run(ValidateHandoffForm(), fixture)
    assert (slot_events(events).get("contact_phone") == "+447700900461") is kept
    assert any(m.get("response") == "utter_invalid_contact" for m in messages) is not kept


@pytest.mark.parametrize("offer", CONTACT_ONLY_OFFERS)
@pytest.mark.parametrize("text", ["book online", "Book online please", "can i just book it myself"])
def test_booking_asked_for_where_only_contact_is_offered_says_why_it_is_contact(offer, text):
    fixture = tracker(None, text, "book", form=None, slots={"triage_level": "routine"})
    fixture.events.insert(-1, {"event": "bot", "text": "the offer", "metadata": {"utter_action": offer}})
    events, messages = run(ActionAnswerOffer(), fixture)
    assert slot_events(events)["handoff_route"] == "contact"
    assert [m.get("response") for m in messages] == [_BOOKING_WAITS[offer]]
    assert set(_BOOKING_WAITS) == set(CONTACT_ONLY_OFFERS)


@pytest.mark.parametrize("action,intent", [(ActionAnswerFaq(), "faq"), (ActionExplainQuestion(), "why_ask")])
@pytest.mark.parametrize("text", ["wait what does 7 mean on your scale, is that bad?", "whats the scale again",
                                  "what is a 10 on the pain scale"])
def test_a_question_about_the_pain_scale_at_another_question_gets_the_scale_explained(action, intent, text):
    fixture = tracker("seen_doctor", text, intent, slots={"pain_severity": 7})
    fixture.latest_message["response_selector"] = _selected(("faq/how_it_works", 0.9), ("faq/cost", 0.01))
    _, messages = run(action, fixture)
    assert [m.get("response") for m in messages] == ["utter_explain_pain_scale"]


def _question_selected(*ranking):
    """The FAQ topic of the question inside a longer message, as bot.faq_selector adds it."""
    return {"response": {"utter_action": f"utter_{ranking[0][0]}", "confidence": ranking[0][1],
                         "intent_response_key": ranking[0][0]},
            "ranking": [{"intent_response_key": key, "confidence": confidence} for key, confidence in ranking]}


def test_a_question_beside_an_answer_is_answered_by_the_topic_of_its_own_words():
    """The whole message's topic is blurred by the answer ("4 I guess" reads as prices);
    the topic of the question's own words is clear, and is the one answered."""
    fixture = tracker("pain_severity", "4 I guess, does it hurt?", "inform", entities=[("pain_severity", 4)],
                      slots={"pain_location": "neck"}, candidates={"pain_severity": 4})
    fixture.latest_message["response_selector"] = {
        **_selected(("faq/cost", 0.46), ("faq/how_many_sessions", 0.42)),
        "question": _question_selected(("faq/does_it_hurt", 0.61), ("faq/does_it_work", 0.07))}
    events, messages = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["pain_severity"] == 4
    assert [m.get("response") for m in messages] == ["utter_faq/does_it_hurt"]


@pytest.mark.parametrize("asked,question,answered", [
    ("do you take insurance?", (("faq/insurance", 0.38), ("faq/privacy", 0.09)), "utter_faq/insurance"),
    # No clear topic: a request for help is answered by the intake itself ...
    ("can you help?", (("faq/does_it_work", 0.13), ("faq/insurance", 0.13)), None),
    ("what would you advise?", (("faq/does_it_work", 0.2), ("faq/first_visit", 0.18)), None),
    # ... any other question is sent to the clinic, never passed over.
    ("can I bring my dog along?", (("faq/first_visit", 0.16), ("faq/privacy", 0.12)), "utter_question_for_clinic"),
    ("is there a lift up to the clinic?", (("faq/hours_location", 0.2), ("faq/first_visit", 0.17)),
     "utter_question_for_clinic"),
])
def test_an_opening_that_tells_of_the_pain_and_asks_something_gets_the_answer_before_the_first_question(
        asked, question, answered):
    fixture = tracker(None, f"my lower back has hurt for 3 weeks, {asked}", "inform",
                      slots={"pain_location": "lower_back", "pain_duration_category": "acute"})
    fixture.latest_message["response_selector"] = {**_selected(("faq/see_doctor_first", 0.53),
                                                              ("faq/how_many_sessions", 0.31)),
                                                   "question": _question_selected(*question)}
    fixture.slots["requested_slot"] = "pain_radiates"
    ask = next(action for action in ASK_ACTIONS if action.slot == "pain_radiates")
    _, messages = run(ask(), fixture)
    responses = [m.get("response") for m in messages]
    assert responses[-1] == "utter_ask_pain_radiates"
    assert responses[:-1] == ([answered] if answered else [])


def test_a_question_in_an_opening_classified_as_a_question_is_answered_once_by_its_own_words():
    fixture = tracker(None, "lower back pain 3 weeks, does acupuncture hurt?", "faq", form=None)
    fixture.latest_message["response_selector"] = {**_selected(("faq/does_it_work", 0.57), ("faq/does_it_hurt", 0.21)),
                                                   "question": _question_selected(("faq/does_it_hurt", 0.32),
                                                                                  ("faq/what_is_acupuncture", 0.15))}
    _, messages = run(ActionAnswerFaq(), fixture)
    assert [m.get("response") for m in messages] == ["utter_faq/does_it_hurt"]


@pytest.mark.parametrize("text,answered", [
    ("Greetings. I am seeking treatment for lower back discomfort which began three weeks ago. Please advise.", False),
    ("lower back, three weeks. I want to know what it costs", True),
    ("lower back for 3 weeks. Do you take insurance", True),
    ("lower back, 3 weeks, wondering about the price", True),
])
def test_an_opening_classified_as_a_question_that_asks_nothing_gets_no_faq_answer(text, answered):
    """Facts of the pain with no question, marked or not, are noted next: no topic is guessed."""
    fixture = tracker(None, text, "faq", entities=[("pain_location", "lower_back"), ("pain_duration_category", "acute")],
                      form=None)
    fixture.latest_message["response_selector"] = _selected(("faq/how_many_sessions", 0.93), ("faq/cost", 0.03))
    _, messages = run(ActionAnswerFaq(), fixture)
    assert bool(messages) is answered

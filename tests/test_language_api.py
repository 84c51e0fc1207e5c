"""The language layer's public surface: Facts, parse, spans, CLI, caching."""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date

from spacy.tokens import Doc

from bot.language import Facts, parse
from bot.language import cli as language_cli
from bot.language.parse import extract
from bot.language.pipeline import get_nlp
from bot.language.scopes import ScopedNegex

TODAY = date(2026, 11, 24)


def test_to_dict_is_json_safe_and_complete():
    facts = parse("My lower back has hurt for 3 weeks and my GP said it's a strain, 6/10", TODAY)
    data = json.loads(json.dumps(facts.to_dict()))
    assert set(data) == {
        "pain_location", "pain_radiates", "radiates_to", "pain_duration_days",
        "pain_duration_category", "seen_doctor", "pain_severity", "precautions", "precautions_denied", "precautions_of_others",
        "red_flags", "unclear_flags", "about_someone_else", "is_correction",
        "other_locations", "duration_from_date",
    }
    assert data["pain_location"] == "lower_back"
    assert data["pain_duration_days"] == 21
    assert data["pain_severity"] == 6


def test_slot_values_keeps_only_given_intake_facts():
    facts = parse("neck pain for 2 months, not pregnant, I have a fever", TODAY)
    assert facts.slot_values() == {
        "pain_location": "neck",
        "pain_duration_days": 60.0,
        "pain_duration_category": "subacute",
    }
    assert Facts().slot_values() == {}
    assert Facts(pain_radiates=False, precautions=["pregnancy"]).slot_values() == {
        "pain_radiates": False, "precautions": ["pregnancy"]}


def test_lists_are_ordered_by_mention_and_unique():
    facts = parse("I'm on warfarin, I'm pregnant, and yes warfarin daily. I wet myself and have a fever, "
                  "a high temperature really", TODAY)
    assert facts.precautions == ["anticoagulants", "pregnancy"]
    assert facts.red_flags == ["bladder_bowel", "fever"]


def test_today_defaults_to_the_real_date():
    assert parse("since yesterday").pain_duration_days == 1
    assert parse("since yesterday", date(2020, 1, 1)).pain_duration_days == 1


def test_spans_point_into_the_original_text():
    text = "It’s my neck – it goes down my arm, 7/10"
    extraction = extract(text, TODAY)
    start, end = extraction.spans["pain_location"]
    assert text[start:end] == "neck"
    start, end = extraction.spans["pain_severity"]
    assert text[start:end] == "7/10"
    assert extraction.facts.pain_radiates is True


def test_spans_of_corrected_misspellings_point_at_what_the_visitor_typed():
    text = "pian in my nek for about 2 wekes, havent seen a docter"
    extraction = extract(text)
    facts = extraction.facts
    assert (facts.pain_location, facts.pain_duration_days, facts.seen_doctor) == ("neck", 14, False)
    start, end = extraction.spans["pain_location"]
    assert text[start:end] == "nek"
    start, end = extraction.spans["pain_duration_days"]
    assert text[start:end].endswith("2 wekes")
    start, end = extraction.spans["seen_doctor"]
    assert text[start:end].endswith("docter")


def test_pipeline_is_built_once():
    assert get_nlp() is get_nlp()


def test_negation_passes_keep_no_doc_of_their_phrases():
    # negspacy kept each termset phrase as a Doc beside its PhraseMatcher,
    # which alone matches: 45,000 Docs, over 200 MB in every process.
    nlp = get_nlp()
    passes = [nlp.get_pipe(name) for name in nlp.pipe_names if isinstance(nlp.get_pipe(name), ScopedNegex)]
    assert len(passes) == 8
    kept = [(name, count) for component in passes for name, value in vars(component).items()
            if isinstance(value, list) and (count := sum(isinstance(item, Doc) for item in value))]
    assert kept == []


def test_empty_and_odd_input_gives_empty_facts():
    for text in ("", "   ", "?!", "hello", "🙂"):
        facts = parse(text, TODAY)
        assert facts == Facts(), text


def test_parse_is_fast_after_warm_up():
    messages = ["My lower back has hurt for 3 weeks and my GP said it's a strain",
                "no fever, no numbness, it doesn't go down my leg", "about a six", "since Christmas"]
    parse(messages[0], TODAY)
    timings = []
    for _ in range(25):
        for message in messages:
            start = time.perf_counter()
            parse(message, TODAY)
            timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.01


def _run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot")
    commands = parser.add_subparsers(dest="command", required=True)
    language_cli.register(commands)
    args = parser.parse_args(argv)
    return args.handler(args)


def test_cli_parse_prints_facts_as_json(capsys):
    assert _run_cli(["parse", "since last summer, 7/10", "--today", "2026-11-24"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["pain_duration_days"] == 146
    assert printed["pain_severity"] == 7


def test_cli_rejects_a_bad_date(capsys):
    try:
        _run_cli(["parse", "hi", "--today", "24/11/2026"])
    except SystemExit as stop:
        assert stop.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_a_long_message_is_read_up_to_the_channels_cap():
    from bot.language.parse import MAX_CHARS
    from bot.web.channel import WidgetOptions

    assert MAX_CHARS == WidgetOptions().max_message_chars
    filler = "My lower back has been sore for weeks. " * 600
    assert parse("I can't control my bladder. " + filler, TODAY).red_flags == ["bladder_bowel"]
    assert parse(filler + "I can't control my bladder.", TODAY).red_flags == []

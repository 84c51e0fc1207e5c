"""The blank English spaCy pipeline, built once per process.

sentencizer -> line_breaks -> entity_ruler (every concept; an ``anchored_ruler``, which tries
each token pattern only where its first word is) -> severity_ruler (numbers that
read as 0-10, added only where no duration or age already claimed the words)
-> seven negspacy ``Negex`` passes (see ``scopes``). No trained model is needed,
so it starts offline and runs in well under a few milliseconds per message.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from bot.language import (
    anchored_ruler, context, dates, doctor, durations, flag_rules, locations, precautions, radiation, runon,
    scopes, severity,
)
from bot.language.patterns import compile_pattern

#: Phrases that correct what was said before, wherever they stand (`bot.answers` reads them too).
CORRECTION_PHRASES = ("meant to say", "correction", "scratch that", "my mistake", "my bad", "oops", "whoops",
                      "i misspoke", "i was wrong", "typo", "i should have said", "let me correct", "to correct",
                      "not what i meant")

CORRECTION_RULES = [
    ("CORRECTION", "", "=Actually"),
    ("CORRECTION", "", "(,|.|no|oh|well|it's|its|is|it is|wait|sorry|um|hmm|ah|nope) actually"),
    ("CORRECTION", "", "actually (,|no|it's|its|it is|it was|more|i|the|my|not|make that)"),
    ("CORRECTION", "", "i (meant|mean) (to say)?"),
    ("CORRECTION", "", f"({'|'.join(CORRECTION_PHRASES)})"),
    ("CORRECTION", "", "(no|nope) (wait|sorry|actually)"),
    ("CORRECTION", "", "(wait|hang on|hold on) (,)? (no|nope)"),
    ("CORRECTION", "", "sorry (,|-|i|not|no|it's|its|it|my|that|make)"),
    ("CORRECTION", "", "(or rather|rather than)"),
]

MAIN_RULES = (
    locations.RULES + radiation.RULES + durations.RULES + dates.RULES + severity.RULES + doctor.RULES
    + flag_rules.RULES + precautions.RULES + context.PROXY_RULES + CORRECTION_RULES
)


def _entity_patterns(nlp: Language, rules: list[tuple[str, str, str]]) -> list[dict]:
    def tokenize(text: str) -> list[str]:
        return [token.lower_ for token in nlp.tokenizer(text)]

    # A rule without an id gets no "id" key: spaCy names a token pattern with
    # an empty id "LABEL||" but a phrase "LABEL", and the ruler's order of
    # rules (its tie-break) must know each rule by one name.
    return [
        {"label": label, "pattern": pattern, **({"id": ent_id} if ent_id else {})}
        for label, ent_id, dsl in rules
        for pattern in compile_pattern(dsl, tokenize)
    ]


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: forum posts and pasted notes often end
    their lines without a full stop (a title line, then the message), and
    every negation, history and question scope stops at a sentence end."""
    if "\n" not in doc.text:
        return doc
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


#: Entities whose words may hold a site of their own: an injury ("landed on
#: my tailbone", "fell and hit my neck").
_HOLDING_SITES = {("FLAG", "trauma")}


@Language.component("injury_sites")
def injury_sites(doc: Doc) -> Doc:
    """Sites said inside an injury, in ``doc.spans["injury_sites"]``: the
    ruler keeps the longer injury ("landed on my tailbone") and drops the
    site in it, which is still where it hurts. The site rules are the
    ruler's own, matched on the injury's words alone."""
    ruler = get_nlp().get_pipe("entity_ruler")
    strings = doc.vocab.strings
    found = []
    for ent in doc.ents:
        if (ent.label_, ent.ent_id_) not in _HOLDING_SITES:
            continue
        for match_id, start, end in ruler.match(ent.as_doc()):
            label, _, region = strings[match_id].partition(ruler.ent_id_sep)
            if label == "LOCATION":
                found.append(Span(doc, ent.start + start, ent.start + end, label=label, span_id=region))
    doc.spans["injury_sites"] = spacy.util.filter_spans(found)
    return doc


def _shouted_contractions(nlp: Language) -> None:
    """Split "COULDN'T", "DON'T", "I'M" as spaCy splits "couldn't": its
    special cases are listed in lower and title case only, so a message typed
    in capitals kept "COULDN'T" whole and lost both the negation ("n't") and
    every phrase written with "couldn't" in it."""
    for text, pieces in list(nlp.tokenizer.rules.items()):
        shouted = text.upper()
        if shouted != text and shouted not in nlp.tokenizer.rules and (text.islower() or text.istitle()):
            nlp.tokenizer.add_special_case(
                shouted, [{**piece, ORTH: piece[ORTH].upper()} for piece in pieces])


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline; building it takes about a second, so it happens once."""
    nlp = spacy.blank("en")
    # A dash glued to a word's end ("fever- doctors can't help") is split off
    # like any other punctuation, so the word is still the word.
    # So is a plus ("1 yr+", "6 months+": that long or more).
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[A-Za-z])-", r"(?<=[A-Za-z])\+"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # A full stop between capitalised words with no space ("GET UP.NO CHANGE")
    # ends a sentence, as it does in lower case; "U.S." keeps its stops.
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]{2})\.(?=[A-Z]{2})"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    _shouted_contractions(nlp)
    # "For approx. 14 years": the abbreviation's stop ends no sentence.
    for abbreviation in ("approx.", "Approx.", "APPROX."):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # "I went to A&E." keeps its full stop apart, as "the ER." does, so the sentence ends.
    for department in ("A&E", "a&e"):
        nlp.tokenizer.add_special_case(department + ".", [{ORTH: department}, {ORTH: "."}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("line_breaks")
    ruler = nlp.add_pipe("anchored_entity_ruler", name="entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(_entity_patterns(nlp, MAIN_RULES))
    numbers = nlp.add_pipe("anchored_entity_ruler", name="severity_ruler", config={"overwrite_ents": False})
    numbers.add_patterns(_entity_patterns(nlp, severity.NUMBER_RULES))
    nlp.add_pipe("injury_sites")
    # After the entities (a time must not be cut), before the scopes that end at a sentence.
    nlp.add_pipe("run_on_sentences")
    for name, config in scopes.negex_components():
        nlp.add_pipe("scoped_negex", name=name, config=config)
    nlp.add_pipe("checklist_answers")
    return nlp

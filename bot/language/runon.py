"""Sentences in run-on text, where a scraper or a phone dropped the full stops.

"we lost our daughter 1 year ago i have severe upper back pain my doctor said
it is a strain" is one sentence to the sentencizer, so a negation, an "if" or
someone else's story reaches every word of it, and a doctor or a time finds a
pain that belongs to another thought. In a long sentence a lower-case "i" that
opens a clause (``durations.opens_clause``: not "since i", "should i", "the
pain i have had", "for the past 2 weeks i") starts a new sentence. Written
text keeps its capital "I" and its full stops, and is left as it is.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from bot.language import durations

#: Tokens above which a sentence may be several run together.
LONG_SENTENCE = 25
#: The fewest tokens a sentence cut off this way keeps.
MIN_PIECE = 4
#: Words that open a scene-setting phrase the next "i" belongs to: "in my
#: first year of uni i attempted", "after the operation i had".
FRONTED = {"in", "during", "after", "before", "at", "on", "since", "when", "while", "as", "once", "until",
           "by", "from", "throughout", "over", "for", "last", "back", "then", "ever", "because", "if"}
#: The subject as it is typed in lower case.
LOWER_I = {"i", "i'm", "im", "i've", "ive", "i'd", "i'll"}


_PIECE_ENDS = {",", ";", ":", "-", "and", "but", "so"}
#: A piece with a subject of its own is a clause, not a scene ("if i bend it gets worse").
_SUBJECT_WORDS = LOWER_I | {"it", "he", "she", "we", "they", "you"}


def _scene_before(doc: Doc, last: int, i: int) -> bool:
    """The words just before token i, back to a comma or the sentence start,
    open with a scene-setting word ("..., in my first year of uni i")."""
    k = i - 1
    while k > last and doc[k - 1].lower_ not in _PIECE_ENDS:
        k -= 1
    return doc[k].lower_ in FRONTED and not any(tok.lower_ in _SUBJECT_WORDS for tok in doc[k:i])


@Language.component("run_on_sentences")
def run_on_sentences(doc: Doc) -> Doc:
    """Start a sentence at each clause-opening lower-case "i" of a long sentence."""
    for sent in list(doc.sents):
        if len(sent) < LONG_SENTENCE:
            continue
        last = sent.start
        for token in sent[1:]:
            i = token.i
            if (token.text in LOWER_I and token.ent_iob_ != "I" and i - last >= MIN_PIECE
                    and sent.end - i >= MIN_PIECE and not _scene_before(doc, last, i)
                    and durations.opens_clause(doc, i)):
                token.is_sent_start = True
                last = i
    return doc

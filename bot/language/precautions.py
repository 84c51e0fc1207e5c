"""Conditions the acupuncturist must know before needling.

Only current states count: "I stopped warfarin", "when I was pregnant" and
"trying for a baby" are not precautions. A precaution asked about ("is it safe
if I'm on blood thinners?") is still flagged, because people usually ask about
their own situation and a false alarm here costs one question at the clinic;
only at the precautions question itself, where the visitor can simply be asked
again, is it no answer (`bot.answers.precautions_asked_about`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

#: "I'm expecting" is a pregnancy unless something else is expected ("I'm
#: expecting it to ease", "expecting results").
_EXPECTED_THINGS = {"it", "to", "that", "the", "this", "results", "things", "more", "some", "a"}
#: Needles and blood thinners as typed in a hurry ("scared of neddles", "on blod
#: thinners"): the everyday spelling corrector keeps to common words.
_NEEDLE_WORDS = "needles|needle|neddles|neddle|needels|needel|neeldes|needls|nedles"
_NEEDLES = f"({_NEEDLE_WORDS})"
_BLOOD = "(blood|bloods|blod|bood|blodd|bloood)"
_THINNERS = "(thinner|thinners|thinning|thiner|thiners|thinnners|thinnner|thinned|thinnned)"

#: "Pregnant" in the first languages of many visitors, typed in an English sentence ("I am
#: gravida, 5 months"); durations read the same words, so the weeks stay the pregnancy's.
PREGNANT_ABROAD = ("gravida", "grávida", "embarazada", "enceinte", "incinta", "schwanger", "buntis")

RULES = [
    ("PRECAUTION", "pregnancy", "(pregnant|pregnancy|preggers|preggo|trimester|pregnat|pregant|pregnet|prgnant|pregnanat)"),
    # The word of a visitor's first language, typed in an English sentence: "I am gravida".
    ("PRECAUTION", "pregnancy", "(" + "|".join(PREGNANT_ABROAD) + ")"),
    ("PRECAUTION", "pregnancy", "expecting (a baby|twins|our first|my first|our second|my second|baby)"),
    ("PRECAUTION", "pregnancy", "(i'm|i am|im|we're|we are|she's|she is) expecting"),
    ("PRECAUTION", "pregnancy", "#num (weeks|wks|months) (along|gestation)"),
    # Longer than the age it opens with ("I'm 20"), so the pregnancy wins the words.
    ("PRECAUTION", "pregnancy", "(i'm|im|i am|am) #num (weeks|wks|months) (along|gone)"),
    # Non-native and lay wording: "I have baby in belly", "with child", "a bun in the oven".
    ("PRECAUTION", "pregnancy", "(have|having|carry|carrying|got) (a|the|my)? baby inside"),
    ("PRECAUTION", "pregnancy", "baby (in|inside) (my|the)? (belly|tummy|stomach|womb)"),
    ("PRECAUTION", "pregnancy", "(i'm|i am|im|am) (having|carrying|expecting) (a|my|our)? baby"),
    ("PRECAUTION", "pregnancy", "(with child|bun in the oven|baby on the way|mum to be|mom to be|mother to be)"),
    ("IGNORE", "other", "(was|were|been|wasn't) pregnant"),
    ("IGNORE", "other", "(during|after|since|before) (my|her|the) (pregnancy|pregnancies)"),
    ("IGNORE", "other", "(trying|tryin|tryna|try|tried|want|wanting|wanna|hoping|planning|plan) (to get|to become|to fall|for a|to have a|get)? (pregnant|baby|conceive|pregnancy)"),
    ("IGNORE", "other", "(ttc|ivf|fertility|pregnancy test)"),
    ("PRECAUTION", "anticoagulants", f"{_BLOOD} (-)? {_THINNERS}"),
    # "thinners yes", "on thinners": nothing else is taken as "thinners" by people in pain.
    ("PRECAUTION", "anticoagulants", "(thinners|thiners|thinnners)"),
    ("IGNORE", "other", "(paint|lacquer|cellulose) (thinner|thinners)"),
    # A phone's autocorrect of warfarin: "I'm on warfare".
    ("PRECAUTION", "anticoagulants", "(on|taking|take|takes|prescribed) warfare"),
    ("PRECAUTION", "anticoagulants", "(bloodthinner|bloodthinners|bloodthiner|bloodthiners|bloodthinning|blodthinners)"),
    ("PRECAUTION", "anticoagulants", "(anticoagulant|anticoagulants|anti-coagulant|anti-coagulants|anticoagulation|warfarin|coumadin|jantoven|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|lixiana|savaysa|heparin|enoxaparin|clexane|lovenox|fragmin|dalteparin|clopidogrel|plavix|ticagrelor|brilinta|prasugrel|effient|dipyridamole|marcoumar|marcumar|phenprocoumon|acenocoumarol|sintrom|sinthrome|marevan|fluindione|previscan)"),
    ("PRECAUTION", "anticoagulants", "anti - (coagulant|coagulants|coagulation)"),
    # Lay and non-native names: "medicine for blood thin", "tablets to thin my blood".
    ("PRECAUTION", "anticoagulants", f"(medicine|medicines|medication|medications|meds|tablets|pills|drug|drugs|injections) (for|to|that) (thin|thins|thinning) (the|my)? {_BLOOD}"),
    ("PRECAUTION", "anticoagulants", f"(medicine|medicines|medication|medications|meds|tablets|pills|drug|drugs) (for|of|to) (the|my)? {_BLOOD} (thin|thinning|thinner|thinners|thinned)"),
    ("PRECAUTION", "anticoagulants", "(daily|baby|low dose|low-dose|low - dose|81mg|81 mg|junior|a daily) (aspirin|asprin|aspirine|asperin)"),
    ("PRECAUTION", "anticoagulants", "(aspirin|asprin|aspirine|asperin) (every day|daily|each day|a day|every morning|for my heart)"),
    # "a small aspirin each morning for my heart": taken daily, or for the heart, it thins the blood.
    ("PRECAUTION", "anticoagulants", "(small|little|mini|tiny) (aspirin|asprin|aspirine|asperin)"),
    ("PRECAUTION", "anticoagulants", "(aspirin|asprin|aspirine|asperin) ~3 (each|every|a|per|in the) (morning|day|night|evening)"),
    ("PRECAUTION", "anticoagulants", "(aspirin|asprin|aspirine|asperin) ~4 (for|because of|since) (my)? (heart|stent|stents|stroke|clot|clots|afib|af|atrial fibrillation|bypass|heart attack)"),
    ("PRECAUTION", "bleeding_disorder", "(haemophilia|hemophilia|haemophiliac|hemophiliac|haemophilic|hemophilic|hemophelia|haemophelia|hemofilia|hemophila|haemophila|thrombocytopenia|itp)"),
    ("PRECAUTION", "bleeding_disorder", "von (willebrand|willebrands|willebrand 's)"),
    ("PRECAUTION", "bleeding_disorder", "(bleeding|clotting|platelet|blood clotting) (disorder|problem|condition|issue)"),
    ("PRECAUTION", "bleeding_disorder", "(bleed|bleeds|bleeding) ~2 (easily|a lot|heavily|excessively|for ages)"),
    ("PRECAUTION", "bleeding_disorder", "low (platelets|platelet count|platelet)"),
    # "my blood doesn't clot well", "I bruise super easily": how people tell of one.
    ("PRECAUTION", "bleeding_disorder", "(blood|it) (doesn't|does not|doesnt|won't|wont|will not|don't|dont) "
                                        "(clot|clots|clotting) (well|properly|normally|right|easily|very well|fast)?"),
    ("PRECAUTION", "bleeding_disorder", "(bruise|bruises|bruising) (super|really|very|so|too|quite)? "
                                        "(easily|easy|a lot|badly)"),
    ("PRECAUTION", "bleeding_disorder", "(my)? (blood|bleeding) (takes|take) (ages|forever|a long time) to (stop|clot)"),
    ("PRECAUTION", "bleeding_disorder", "(platelets|platelet count|platelet level|platelet levels) (is|are)? (very|quite|really|a bit|always)? low"),
    ("PRECAUTION", "pacemaker", "(pacemaker|pacemakers|pace-maker|icd|defibrillator|defib)"),
    ("PRECAUTION", "pacemaker", "pace (maker|-maker)"),
    ("PRECAUTION", "pacemaker", "(heart|cardiac) (device|monitor implant|implant)"),
    ("PRECAUTION", "needle_phobia", f"(scared|afraid|terrified|frightened|petrified|fearful|nervous|anxious|wary|phobic|squeamish|uneasy|funny|weird) (of|about|around|with|by)? ~2 ({_NEEDLE_WORDS}|injections|jabs)"),
    ("PRECAUTION", "needle_phobia", f"(fear|phobia|terror|afraid|scared|paura|miedo|medo|peur|takot) (of|for|from|about|with|de|di|des|sa) (the)? ({_NEEDLE_WORDS}|injections)"),
    # Self-mockery: "a bit of a wimp with needles", "a big baby about needles".
    ("PRECAUTION", "needle_phobia", f"(wimp|baby|chicken|coward|scaredy cat|scaredy-cat|wuss) ~3 {_NEEDLES}"),
    ("PRECAUTION", "needle_phobia", f"{_NEEDLES} (is|are) my ~1 (fear|phobia)"),
    # The needles as the ones that frighten: "needles honestly terrify me", "needles freak me out".
    ("PRECAUTION", "needle_phobia", f"{_NEEDLES} ~2! (terrify|terrifies|scare|scares|frighten|frightens|petrify|petrifies|freak|freaks|panic) (me|out)"),
    ("PRECAUTION", "needle_phobia", f"{_NEEDLES} (is|are) the (scary|scariest|frightening|worst|hard|hardest) (part|bit|thing)"),
    ("PRECAUTION", "needle_phobia", f"{_NEEDLES} (is|are|r|seem|look) (so|really|very|a bit|bit|kinda|quite|too)? (scary|frightening|terrifying|creepy|horrible)"),
    # A checklist's item answered: "needles: bit nervous tbh", "needles - terrified".
    ("PRECAUTION", "needle_phobia", f"{_NEEDLES} (:|-|=)? (a)? (bit|little|very|quite|really|so|kinda|somewhat|slightly)? (nervous|scared|anxious|afraid|terrified|frightened|squeamish|phobic|wary|petrified|uneasy)"),
    ("PRECAUTION", "needle_phobia", f"{_NEEDLES} (phobia|phobic|fear|anxiety|phobe)"),
    ("PRECAUTION", "needle_phobia", f"(hate|hates|dislike|loathe|can't stand|cannot stand|don't like|do not like|dont like|not a fan of|not fond of|not keen on|not too keen on|not great with|not good with|bad with|panic around|freak out with|really not a fan of|not really a fan of) ~1 {_NEEDLES}"),
    ("PRECAUTION", "needle_phobia", f"{_NEEDLES} (scare|scares|terrify|terrifies|freak|freaks|frighten|frightens) (me)?"),
    ("PRECAUTION", "needle_phobia", f"{_NEEDLES} (make|makes) me ~2 (faint|nervous|anxious|sick|panic|queasy|woozy)"),
    ("PRECAUTION", "needle_phobia", f"(faint|fainted|pass out|passed out|panic|panicky|panicked|feel sick|go woozy|woozy|light-headed|lightheaded|light headed|dizzy|queasy|shaky) ~5 {_NEEDLES}"),
    # Fainting at a blood test is the body's fear of the needle: "I go woozy giving blood".
    ("PRECAUTION", "needle_phobia", "(faint|fainted|faints|pass out|passed out|go woozy|went woozy|get woozy|go faint|went faint|keel over|keeled over|black out|blacked out) ~4 (giving|give|gave|having|have|had|get|getting|when|at|during|for)? (my|a)? (blood) (taken|drawn|test|tests|draw|draws|done)?"),
    ("PRECAUTION", "immunocompromised", "(immunosuppressant|immunosuppressants|immunosuppressed|immunosuppression|immunocompromised|immuno-compromised|anti-rejection|antirejection|methotrexate|humira|biologics|biologic|tacrolimus|cyclosporine|mycophenolate|hiv|etanercept|enbrel|adalimumab|infliximab|remicade|secukinumab|cosentyx)"),
    ("PRECAUTION", "immunocompromised", "(immune|immuno) (compromised|suppressed|suppressants|suppressant)"),
    ("PRECAUTION", "immunocompromised", "(weak|weakened|low|poor|compromised|suppressed|bad|damaged) immune (system)?"),
    ("PRECAUTION", "immunocompromised", "(my)? (immune|immunity) (system)? (is|are|'s)? (weak|weakened|low|poor|compromised|suppressed|bad|not good|not great|shot|wrecked|rubbish|terrible|awful|shocking|very weak|really weak)"),
    # Long-term oral steroids suppress immunity; a steroid injection in the back does not.
    ("PRECAUTION", "immunocompromised", "(on|taking|take|takes) (oral|long-term|long term|daily)? (steroids|steroid tablets|prednisone|prednisolone|dexamethasone)"),
    ("PRECAUTION", "immunocompromised", "(prednisone|prednisolone) (daily|every day|long term|long-term|for years|for months)"),
    ("PRECAUTION", "immunocompromised", "(kidney|liver|heart|lung|bone marrow|organ|stem cell|renal) transplant"),
    ("PRECAUTION", "immunocompromised", "transplant ~2 (meds|medication|medications|drugs|tablets|pills)"),
    ("PRECAUTION", "immunocompromised", "transplant of (a|my|the)? (kidney|liver|heart|lung|lungs|bone marrow|organ|stem cells)"),
    # Non-native and lay names for immunosuppressants: "medicine against the immune system".
    ("PRECAUTION", "immunocompromised", "(medicine|medicines|medication|medications|meds|drugs|tablets|pills) (against|suppressing|lowering|dampening|to suppress|to lower|that suppress|that lower|that suppresses|that lowers) (the|my)? (immune|immunity) (system)?"),
    ("PRECAUTION", "immunocompromised", "(suppress|suppresses|suppressing|lower|lowers|lowering|dampen|dampens) (the|my)? (immune|immunity) (system)?"),
    ("PRECAUTION", "immunocompromised", "anti - rejection"),
    ("CHEMO_NOW", "immunocompromised", "(on|having|doing|undergoing|going through|in the middle of|currently|receiving|getting|started|starting|still on|still having|midway through|halfway through) (chemo|chemotherapy|immunotherapy)"),
    ("CHEMO_NOW", "immunocompromised", "(chemo|chemotherapy) (right now|at the moment|currently|now|every|this week|next week|treatments|sessions|cycles|cycle)"),
]


def is_precaution(ent: Span) -> bool:
    """False for "expecting" that names something other than a baby."""
    if ent.ent_id_ != "pregnancy" or ent[-1].lower_ != "expecting" or ent.end >= len(ent.doc):
        return True
    return ent.doc[ent.end].lower_ not in _EXPECTED_THINGS


#: A checklist typed back: "pacemaker: no, pregnant - no, blood thinners: yes".
_SAYS_NO = {"no", "nope", "none", "nil", "n/a", "na", "negative", "neg", "x", "❌", "✗", "✖", "👎"}
_SAYS_YES = {"yes", "yep", "yeah", "yup", "y", "positive", "✓", "✔", "✅", "👍"}
_SEPARATORS = {":", "-", "=", "–", "—", "?", "..."}


@Language.component("checklist_answers")
def checklist_answers(doc: Doc) -> Doc:
    """Each item of a checklist answered "yes" or "no" right after its name.

    The negation scopes read "pacemaker: no, blood thinners: yes" as a list
    of things had: a "no" after its item is no preceding negation, and the
    colon ends every scope. Here the word after an item (past a colon or a
    dash) decides, when nothing else follows it in its clause.
    """
    for ent in doc.ents:
        if ent.label_ not in ("PRECAUTION", "CHEMO_NOW"):
            continue
        if ent._.negex and _own_item_unnegated(doc, ent):
            ent._.set("negex", False)  # "pacemaker: no / needles: bit nervous": the "no" was the pacemaker's
        index = ent.end
        while index < len(doc) and doc[index].text in _SEPARATORS:
            index += 1
        if index >= len(doc):
            continue
        answer = doc[index].lower_
        if answer == "n" and doc[index + 1:index + 3].text.replace(" ", "").lower() == "/a":
            answer, index = "n/a", index + 2
        rest = doc[index + 1] if index + 1 < len(doc) else None
        if (rest is not None and not rest.is_punct and not rest.is_space
                and rest.lower_ not in ("and", "but", "thanks", "thank")):
            continue
        if answer in _SAYS_NO:
            ent._.set("negex", True)
        elif answer in _SAYS_YES:
            ent._.set("negex", False)
    return doc


_NEGATING = {"no", "not", "n't", "never", "none", "without", "nope", "nor", "neither"}


def _own_item_unnegated(doc: Doc, ent: Span) -> bool:
    """The entity is an item of a checklist parted by spaced slashes or bars
    ("pregnant: no / needles: nervous"), and its own item holds no negation."""
    start = next((token.i + 1 for token in reversed(doc[:ent.start])
                  if token.text in ("/", "|") and token.i > 0 and doc[token.i - 1].whitespace_ and token.whitespace_),
                 None)
    return start is not None and not any(token.lower_ in _NEGATING for token in doc[start:ent.end])

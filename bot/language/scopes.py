"""Negation, hypothetical and experiencer scopes, as negspacy termsets.

One ``Negex`` per question asked of an entity, each writing its own Span
extension:

- ``negex``: negated ("no fever", "I didn't fall", "not my neck"). Findings,
  doctor visits, facts and precautions use different termsets because their
  scopes differ: a comma ends a negated *fact* ("not my lower back, my neck")
  but not a negated list of findings ("no fever, chills or weight loss"); only
  precautions treat the past as "not now" ("I stopped warfarin"; cancer
  *history* stays history); a doctor is denied only by a preceding negation.
- ``hypothetical``: asked about or feared, not had ("what if I get numbness",
  "should I worry about fever", "worried it might be cancer").
- ``historical``: said to be over ("I used to wet the bed", "a fever years
  ago", "as a child"), the HISTORICAL category of medspaCy's ConText rules
  in the words visitors use (medspaCy itself pulls in QuickUMLS and more).
- ``conditional``: a modal or "if" (only counts inside a question, see
  ``context.is_hypothetical``).
- ``other_experiencer``: said of someone else ("my mum had cancer").
  First-person words end that scope, so "my wife says I have sciatica" stays
  the visitor's.

Every trigger's scope runs to the end of its sentence or the next termination
phrase; there is no fixed word window.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from negspacy.negation import Negex
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from bot.language.patterns import expand

FINDING_LABELS = ["FLAG", "UNCLEAR", "RADIATION", "NIGHT", "WEIGHT", "LIMB", "BROKEN"]
FACT_LABELS = ["LOCATION", "DURATION", "DATE", "VAGUE", "SEVERITY", "SEVERITY_WORD"]
PRECAUTION_LABELS = ["PRECAUTION", "CHEMO_NOW"]

RELATIONS = (
    "(husband|wife|partner|mum|mom|mother|mam|dad|father|son|daughter|boyfriend|"
    "girlfriend|fiance|fiancé|fiancee|brother|sister|grandma|grandmother|nan|nana|gran|"
    "granny|grandpa|grandfather|grandad|granddad|aunt|auntie|aunty|uncle|cousin|friend|"
    "colleague|coworker|neighbour|neighbor|boss|child|teenager|stepdad|stepmum|stepmom|"
    "parents|relative|relatives|niece|nephew|inlaws|family|grandparents|siblings|"
    "mothers|fathers|mums|moms|dads|sisters|brothers)"
)

RELATION_WORDS = frozenset(RELATIONS.strip("()").split("|"))

#: Results of tests are normal, not the symptom that sent one there ("chest
#: pain, ECG all normal?" still has the chest pain), and a normal life is no
#: answer to whether a finding is normal.
_NOT_THE_FINDING = expand([
    "(test|tests|ecg|ekg|echo|x-ray|xray|x - ray|ray|scan|scans|mri|ct|bloods|results|result|everything|work - up|workup) "
    "(,)? (all|were|are|was|is|came back|come back|all came back|all came|showed|show|shows)? "
    "(normal|ok|okay|fine|negative|clear|nothing)",
    "normal (life|day|days|activities|routine|things|weight|range|level|levels|temperature|job|work)",
])

#: "Answer" uses of no ("No, 3 months", "no wait") and negation words that
#: belong to a finding itself ("can't feel", "nothing helps") must not negate
#: what follows them.
_PSEUDO = expand([
    "no (,|.|!|-|wait|sorry|actually|it|it's|its|my|i|no)",
    "nope (,|.|-|it|it's|its|my|i)",
    "no further", "not only", "not just", "no change", "not cause", "might not",
    "not sure", "no idea", "no clue", "not certain", "no matter", "no position",
    "no reason", "no point", "not too", "not that", "not so", "nothing helps",
    "nothing (i do|eases|works|seems)", "not easing",
    "(doesn't|does not|won't|will not|never) (ease|eases|settle|settles|let up|go away|stop|stops|help|helps)",
    "(can't|cant|cannot|can not|couldn't|unable to|not able to) (control|feel|pee|wee|urinate|hold|lift|walk|stand|sit|sleep|get|move|bend|turn|raise|stop|empty|go|find|breathe|catch|make|seem|tell|remember)",
    "(haven't|have not|havent) (peed|weed|urinated|been able)",
    "(didn't|did not|didnt) make it",
    "(don't|do not|dont|didn't) see the point", "no feeling",
    "(not|without) (trying|dieting|meaning)", "not on a diet",
    # A manner, not a denial: "without warning my legs gave way", "for no reason".
    "(without|with no) (any)? (warning|notice|reason|explanation|apparent reason|obvious reason)", "not a fan", "not fond",
    "not great with", "not good with", "(can't|cannot) stand",
    "pins and needles", "hot and cold", "(day and night|night and day|on and off|off and on)",
    "(comes|come) and (goes|go)", "(bowel|bowels|bladder) and (bowel|bowels|bladder)",
    "(numbness|tingling|weakness) and (numbness|tingling|weakness)",
    "(wasn't|was not|wasnt|not|didn't|did not|didnt) (until|till)",
    "not (feeling|feel|felt|feels) (well|good|great|right|myself|100%)", "not (well|very well)",
]) + _NOT_THE_FINDING

#: "yet" ends nothing: "I have not yet consulted my doctor" is a "not" that
#: reaches the doctor ("but yet" ends it at "but").
#: "and" ends a negation's scope for findings: "no appetite and night sweats"
#: has the sweats (a "no fever and chills" reading would risk missing a flag),
#: except the "and" that closes a list ("no fever, chills, and night sweats":
#: see ``list_and``). Set phrases with "and" inside ("pins and needles") are
#: pseudo-negations, so their "and" ends nothing.
_TERMINATION = expand([
    "but", "however", "although", "though", "still", "except", "apart from",
    "aside from", "other than", "otherwise", "whereas", "while", "which", "who",
    "because", "since", "plus", "everything", "just", "only", "instead", "and",
    ";", ":", "-", "—",
    ", (i|i'm|im|i've|ive|my|it|it's|its|now|then|the|she|he|her|his|also|have|has|had|am|lost|losing)",
    "now", "(as|so) (i|i'm|im)",
    # A change of mind: "none of those... wait actually needles freak me out".
    "wait", "hang on", "hold on", "oh wait",
])

#: medspaCy's ConText NEGATED_EXISTENCE cues that the lists here lacked
#: (resources/en/context_rules.json of medspacy/medspacy, MIT licence, (c)
#: 2020 medspacy), in the forms people write them. Left out: "lack of" heads a
#: list whose next items are had ("lack of sleep, weight loss"), "declined" is
#: a worsening, "clear of" a cancer history, "with no" a manner ("with no
#: warning my legs gave way").
_CONTEXT_NEGATED_PRECEDING = expand([
    "(does|did) (not|n't) look like", "(evaluate|evaluated|test|tested) for", "fails to reveal",
    "inconsistent with", "not associated with", "(not|n't) (complain|know) of", "not known to have",
    "(not|n't) have (evidence|signs) (of|for)", "unremarkable for", "to exclude",
    "without any (evidence|indication|sign|signs) (of|for)?", "no (new|abnormal|significant|suspicious)",
    "no (cause|findings|complaints|suggestion) (of|for)", "never (developed|had)",
])
_CONTEXT_NEGATED_FOLLOWING = expand([
    "(has|have) been negative", "(was|is|are|were) (negative|neg)", "no longer present",
    "(are|is|was|were) not evident", "negative on", ": (none|no)", "now resolved",
    "(has|have) been ruled out", "(are|is|was) ruled out",
])
_NEGATIONS = expand([
    "no", "not", "n't", "nt", "never", "without", "nothing", "none of", "neither",
    "nobody", "no one", "noone", "no-one", "no - one",
    "nor", "nope", "zero", "deny", "denies", "denied", "denying", "absence of",
    "negative for", "free of", "(rule|rules|ruled|ruling|role|roled) out",
    "no (sign|signs|evidence|history|hint) of",
]) + _CONTEXT_NEGATED_PRECEDING

FINDINGS_TERMSET = {
    "pseudo_negations": _PSEUDO,
    "preceding_negations": _NEGATIONS,
    "following_negations": expand([
        "(was|were|has been|have been|been)? ruled out", "unlikely", "denied", "none",
        "not present", "negative", "- free", "free", "(is|was|has)? (gone|resolved) (now)?",
        "(is|are|'s|seem|seems|seem to be|seems to be|both|all) (fine|ok|okay|normal|all right|alright|good)",
        "(came|come|comes|coming) back (normal|clear|negative|fine|ok|okay|benign|all clear)",
    ]) + _CONTEXT_NEGATED_FOLLOWING,
    "termination": _TERMINATION,
}

#: A doctor is denied only by a preceding negation in the same clause: "the GP
#: ruled out a disc" and "no fever, GP said muscular" are still visits.
DOCTOR_TERMSET = {**FINDINGS_TERMSET, "following_negations": [],
                  "termination": _TERMINATION + [","]}

FACTS_TERMSET = {
    "pseudo_negations": _PSEUDO,
    "preceding_negations": expand([
        "not", "no", "never", "(isn't|isnt|wasn't|aren't|is not|was not)",
        "(rather|more) than", "instead of",
        "(don't|dont|do not|didn't|did not) (have|mean)",
    ]),
    "following_negations": [],
    "termination": _TERMINATION + expand([
        ",", "or", "actually", "i (meant|mean)", "sorry", "(it's|its|it is|it was)",
        "more", "mostly", "mainly", "rather", "well",
    ]),
}

PRECAUTIONS_TERMSET = {
    "pseudo_negations": _PSEUDO,
    "preceding_negations": _NEGATIONS + expand([
        "used to", "stopped", "no longer", "came off", "come off", "quit", "(was|were) on",
        "previously", "gave up",
    ]),
    "following_negations": expand(["anymore", "any more", "in the past", "previously"]),
    # "no pacemaker, yes to blood thinners": a yes starts what is had.
    "termination": _TERMINATION + expand(["yes", "yeah", "yep", "yup"]),
}

#: "when I was eleven months old", "aged 7": a time of life long past.
_AGES = [str(n) for n in range(1, 20)] + ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
_AS_A_CHILD = expand([
    f"(at age|aged|at the age of) ({'|'.join(_AGES)}) (months|month|years|year|yrs)? (old)?",
    f"(when|until|till|til|up until) i was ({'|'.join(_AGES + [str(n) for n in range(20, 100)])}) (months|month|years|year|yrs)? (old)?",
])

#: Stages of life long past for an adult writer (ConText's HISTORICAL, in words people use).
_SCHOOLS = ("(middle school|high school|highschool|hs|junior high|grade school|primary school|secondary school|"
            "elementary school|elementary|college|university|uni|the military|the army|the navy|the service|my teens)")

HISTORICAL_TERMSET = {
    "pseudo_negations": expand([
        "used to be able", "used to be fine", "(i'm|im|i am|got|get|getting|become|becoming) used to",
        "(never|hasn't|hasnt|has not|haven't|not) (gone away|cleared up|settled) (since)?",
        # A window up to now, not a time that is over: "lost 20 kg in the past year".
        "(in|over|during|within) the (past|last) (few|couple of|couple|two|three|four|five|six|2|3|4|5|6|7|8|9|10|12|18|24)? (day|days|week|weeks|month|months|year)",
    ]),
    "preceding_negations": expand([
        "used to", "in the past", "previously", "history of", "h/o",
        "as a (child|kid|teenager|teen|baby|youngster)",
        "when i was (younger|a child|a kid|little|young|a teenager|a teen|at school|in my teens|in my twenties)",
        "(years|decades) (ago|back)",
        # A time of life or a single time told as a story: "one time I had a
        # fever", "when I was in high school I was suicidal", "growing up".
        "(one|that) time (when)? (i|he|she|we)", "at one point", "back (then|in the day|in high school|in school|in college)",
        f"(when|while) (i|he|she) (was|were) (in|at) {_SCHOOLS}", f"in {_SCHOOLS}", "growing up",
        "one day (i|he|she) (started|was|had|got|felt|tried|found|woke)", f"at ({'|'.join(_AGES[4:19])})",
    ] + _AS_A_CHILD),
    "following_negations": expand([
        "(years|decades|a long time|ages|long) (ago|back)", "a (very|really) long time (ago|back)",
        "in the past", "previously",
        "as a (child|kid|teenager|teen|baby|youngster)",
        "when i was (younger|a child|a kid|little|young|a teenager|a teen|at school|in my teens|in my twenties)",
        "(has|have|had)? (since|long since)? (cleared up|gone away|resolved|settled down|cleared)",
        "(is|are|was) (gone|over|better) now", "(all)? (cleared|sorted) (up)? now",
        "(came|has come|had come|went|has gone|had gone) (down|away)",
        *_AS_A_CHILD, "at a (younger|young|early) age", "at (the|that) time", f"at ({'|'.join(_AGES[4:19])})",
        "(broke|has broken|subsided|has subsided|passed|has passed|went away|settled)",
    ]),
    "termination": _TERMINATION,
}

#: A new question after a comma ("chest pains after a new pill, is this
#: normal?") asks about what was just stated: the statement stays asserted.
_QUESTION_TERMINATION = expand([
    "but", "however", "although", "though", "because", "since", "that (i|my)",
    "as i", "now that", "already", "currently", "right now", ";", "…", "...", "now (i|i'm|im|my|i've)",
    ", (is|are|was|were|could|can|should|do|does|did|any|anything|what|how|why|will|would|i|i'm|im|my|now|also|and)",
])

HYPOTHETICAL_TERMSET = {
    "pseudo_negations": expand([
        "(i have|i've|i have got|i've got|i am having|i'm having|having|i get|experiencing|with|has|he has|she has) "
        "(symptoms|signs|symptom) (like|of|such as)",
    ]),
    "preceding_negations": expand([
        "what if", "what happens if", "what (would|should|do) (i|you) do if", "(supposing|suppose|assuming) (that)?",
        "if (i|it|my|the|there|you|he|she|they|this|that) (ever|suddenly|later|then|still)? "
        "(get|gets|got|develop|develops|start|starts|notice|notices|have|has|had|lose|loses|"
        "feel|feels|become|becomes|spread|spreads|go|goes|turn|turns|were|was|is|'s|'re|'m|"
        "am|are|lost|ever|experience|experiences|end|did|do|does|should|would|could|can|will|might)",
        "in case", "(should|do|would) i (worry|be worried|be concerned|be alarmed|panic)",
        "need to worry",
        "(worried|worry|scared|afraid|frightened|terrified|concerned|fear|fearing) (that)? "
        "(i'll|i will|i might|i may|i could|i'd|it's|it is|it might|it may|it could|it'll|"
        "it will|about getting|about developing|of getting|of developing)",
        "could (i|it|this|that|acupuncture|needles|the needles|treatment) (get|develop|be|cause|give|lead)",
        "can (acupuncture|needles|the needles|treatment|it|this) (cause|give|lead)",
        "(does|do|will|would|might) (acupuncture|needles|the needles|treatment|it) (cause|give|lead)",
        "will i (get|develop|end up)", "might i", "is it possible", "possibility of",
        "(risk|risks|chance|chances) of", "(at|a|any|higher|high|increased) risk for", "(warning|red flag|danger)? (signs|symptoms) (of|like)",
        "(a|an|the|any) (sign|symptom|indication|indicator|warning sign|red flag) (of|for)",
        "(look|watch|keep an eye) out for", "be aware of", "when to worry",
        "how to (prevent|avoid)", "(paranoid|terrified) (about|of)",
        "(is|was|could) (it|this|that) (be)? (a|an) (sign|symptom) of",
        "(chance|chances) (it is|it's|its|that it is|that it's)",
        "(should|do) i (be)? (concerned|worried) about", "concerned about (getting|developing)",
        "(check|checked|checking|test|tested|testing|screen|screened|screening|scan|scanned|"
        "scanning|scans|mri|x-ray|xray|biopsy|bloods|investigated|looked|look|looking) (me|him|her|them|you|us)? for",
        "to see if",
        "(should|do|would) i (see|go to|call|ring|contact|visit|get to|need)",
        "(need|needs) to (see|go to|get to|call|visit)",
        "(going|gonna|planning|plan|want|wanting|hoping|hope|trying|try|intend|meaning|waiting|about) "
        "to (see|go to|get to|call|visit|book|ask)",
        "(i'll|i will|will) (see|go to|call|visit|ask)",
        "waiting (list|for)", "(have|got|booked|booking|book|made) (an)? (appointment|appt)",
        "(i|you|we|he|she) (should|need to|ought to|must|might|may|will|could|'ll|'d) "
        "(see|go to|visit|call|get to|get checked|get it checked|talk to|ask)",
        "thinking (of|about) (seeing|going|getting|calling|booking)",
        "(maybe|perhaps) (i)? should (see|go)",
        # The finding is what is asked about: "could this be cancer?", "can a
        # 40 year old get throat cancer", "do the results show I have cancer".
        "(could|can|might|may|would|will) (it|this|that|these|those|they|there) (be|mean|indicate|turn into|become|lead to|cause)",
        "(can|could|do|does|will|would) (a|an|someone|somebody|people|you|one|women|men|kids|children|smokers)",
        "(do|does|did|will|would) (the|my)? (test|tests|results|test results|blood results|scan results|scan|bloods) (show|mean|say)",
        "(project|essay|book|assignment|presentation|homework|article) (about|on|into)",
        # A possibility in general: "these symptoms can be cancer", "I read
        # that tingling may mean MS".
        # Not a bare "can be" or "may be": "the pain can be bad, and I've had a fever" states the fever.
        "(can|could|might|may) (be|mean|indicate) (a|an)? (sign|signs|symptom|symptoms) (of)?",
        "(can|could|might|may) (mean|indicate)",
        "(i|i've|ive) (read|heard) (that|online|somewhere)",
        # Hearsay: what one has heard or read of is a topic, not a finding had.
        "(hear|hearing|heard|read|reading|learned|learnt|seen|seeing|watched|watching) (of|about|stories of|stories about|a story about|an article about)",
        "(read|reading|researched|researching|googled|googling) (a lot|lots|loads|so much|too much|up|online|everything) (about|on|into)",
        # What an illness or a drug can do, said in general: "the flu can bring
        # body aches and fever", "which may cause chills", "it can lead to a fall".
        "(it|this|that|which|they|these|those|you|one|people|illness|infection|infections|virus|flu|outbreak|outbreaks) "
        "(usually|often|sometimes|typically|commonly|generally)? (can|may|might|could) (give|include|bring|come with|have)",
        "(can|may|might|could) (cause|bring on|lead to|trigger|result in|give you)",
        "(information|info|more information|more info|details|facts) (on|about|regarding)",
        "(worried|worry|scared|afraid|concerned|frightened) about (him|her|them|my husband|my wife|my son|my daughter|my kids|my children|my partner)? (getting|developing)",
    ]),
    "following_negations": [],
    "termination": _QUESTION_TERMINATION,
}

CONDITIONAL_TERMSET = {
    "pseudo_negations": _NOT_THE_FINDING + expand(["too (dangerous|serious|risky|late)"]),
    "preceding_negations": expand([
        "if", "whether", "(could|would|might|will|can|should|do|does|did) "
        "(i|you|it|acupuncture|needles|the needles|this|that|they|people|someone|treatment)",
        "(has|have) (anyone|anybody|someone|you) (else)? (had|got|experienced|noticed|felt)",
        "(did|does|do) (anyone|anybody|someone|somebody) (else)?",
        "(is|was|are) (it|this|that|these|there) (a|an)? (sign|signs|symptom|symptoms)? (of)?",
        "(could|can|might|may) (it|this|that|these) be", "(am|do) i (have|get)",
        "i (think|thought|suspect|fear) (i|it|this)? (may|might|could)? (have|be)?",
        "(worried|scared|afraid|paranoid|convinced|concerned|terrified|anxious|frightened) (about|of|that|it|it's|its|i)?",
        "(sign|signs|symptom|symptoms|risk|risks|chance|chances) of", "how to (prevent|avoid)",
        "(can|could) (a|an|someone|people|you) (get|have|develop)", "(suspected|suspect|possible|probable)",
        "(could|can|might|may|is|are) (my|the)", "be (a|an)? (sign|symptom|symptoms) of",
    ]),
    "following_negations": expand([
        "(something|anything) to worry about", "(a|an)? (bad|worrying|serious|concerning|warning|danger) "
        "(sign|symptom)", "(normal|serious|dangerous|an emergency|worrying|cancer)",
        "(risk|risks|scare|screening|research)",
    ]),
    "termination": _QUESTION_TERMINATION,
}

EXPERIENCER_TERMSET = {
    "pseudo_negations": expand(["(my|our|his|her|their|the)? family (doctor|doc|doctors|physician|gp|practice|practitioner|medicine|dr)"]),
    "preceding_negations": expand([
        RELATIONS, f"(my|our|his|her|their) {RELATIONS}", "(my|our|his|her|their)? in-laws",
        "(he|she|him|his|her|hers|he's|she's|their|theirs)", "on behalf of", "someone else",
        "family (history|hx) of", "history in (my|the) family of",
    ]),
    "following_negations": expand([
        "runs in (my|the) family", "in (my|the) family",
        "(on|from) (my|his|her) (mum's|dad's|mother's|father's) side",
    ]),
    "termination": expand([
        "(i|i'm|im|i've|ive|i'd|i'll|me|my|myself|mine|personally)",
        "but", "however", "though", "although", "whereas",
    ]),
}

#: Only findings and doctor visits can be merely feared or asked about; a
#: precaution asked about ("safe if I'm pregnant?") is still worth flagging.
_ASSERTION_TYPES = ["FLAG", "UNCLEAR", "DOCTOR", "NIGHT", "WEIGHT", "CHEMO_NOW", "BROKEN"]


@Language.factory("scoped_negex", default_config={"chunk_prefix": [], "comma_lists_only": False,
                                                  "asides_closed": False, "list_commas": False,
                                                  "and_lists": False, "loose_list_items": False})
class ScopedNegex(Negex):
    """negspacy's Negex with two fixes.

    A pseudo-negation cancels only the triggers inside it: negspacy 1.0.4 also
    cancels a trigger that starts right after it, so in "Nope, never been
    checked" the "never" was lost. And the scopes are decided in one pass over
    the entities: negspacy walks every entity once per scope (``span.ents``),
    which on a 2,000-character message cost more than the rest of the
    pipeline. The decision itself is negspacy's: an entity wholly inside a
    scope is marked when a preceding trigger of that scope starts before it or
    a following trigger ends after it.

    With ``comma_lists_only`` a comma ends the scope of a verb's negation
    unless a list of findings goes on after it: in "can't focus, lack of
    sleep, weight loss" the weight loss is stated, while "no fever, chills or
    weight loss" and "no history of diabetes, heart disease or cancer" keep
    every item negated.

    With ``asides_closed`` a trigger outside a bracketed aside does not reach
    into it either: in "I haven't seen a doctor (had an X-ray at the walk-in)"
    the X-ray is had. An aside that names what was just negated ("no doctor
    (GP)", "not my neck (C5-C6)") stays negated with it.

    With ``list_commas`` a comma between two entities of the pass is a list's,
    not a clause's end (see ``_without_list_commas``).

    With ``and_lists`` the "and" that closes a list of entities of the pass
    ends nothing: "no fever, chills, and night sweats" denies all three (see
    ``list_and``); with ``loose_list_items`` also when the item before it is
    plain words ("not on warfarin, aspirin and heparin").
    """

    # No annotations: spaCy validates a factory's arguments from them, and
    # with postponed annotations they are unresolvable strings.
    def __init__(self, nlp, name, neg_termset, ent_types, extension_name, chunk_prefix,  # noqa: ANN001
                 comma_lists_only, asides_closed, list_commas, and_lists, loose_list_items):
        super().__init__(nlp, name, neg_termset, ent_types, extension_name, chunk_prefix)
        self.comma_lists_only = comma_lists_only
        self.asides_closed = asides_closed
        self.list_commas = list_commas
        self.and_lists = and_lists
        self.loose_list_items = loose_list_items

    def build_patterns(self) -> None:
        """negspacy's PhraseMatcher, without keeping a Doc of every phrase:
        negspacy also holds each termset's phrases as a list of Docs it never
        reads again, 45,000 Docs over the eight passes, over 200 MB in every
        process that loads the pipeline."""
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for key, phrases in (("pseudo", self.pseudo_negations), ("Preceding", self.preceding_negations),
                             ("Following", self.following_negations), ("Termination", self.termination)):
            self.matcher.add(key, self.nlp.tokenizer.pipe(phrases))

    def _comma_ends(self, doc: Doc, verbal: list[int]) -> list[tuple[None, int, int]]:
        """The commas that end a verb's negation: all but those inside a list of
        what it negated ("not on warfarin, aspirin or heparin"), where an item
        already stood between the negation and the comma. In "the blood not
        stop easy, hemophilia" nothing negated stood there: the comma ends it."""
        ents = [ent for ent in doc.ents if not self.ent_types or ent.label_ in self.ent_types]

        def listed(comma: int) -> bool:
            negation = max((start for start in verbal if start < comma), default=-1)
            return any(negation < ent.start and ent.end <= comma for ent in ents)

        return [(None, token.i, token.i + 1) for token in doc[:-1]
                if token.text == "," and not listed(token.i) and doc[token.i + 1].lower_ not in ("or", "nor")]

    def _without_list_commas(self, doc: Doc, terminating: list) -> list:
        """The terminations but the commas between two entities of this pass: "I have
        not seen a doctor, GP or anyone" denies every one of them."""
        return [match for match in terminating if not list_comma(doc, match[1], self.ent_types)]

    def process_negations(self, doc: Doc) -> tuple[list, list, list]:
        names = self.nlp.vocab.strings
        matches = self.matcher(doc)
        pseudo = [(start, end) for key, start, end in matches if names[key] == "pseudo"]
        kept: dict[str, list] = {"Preceding": [], "Following": [], "Termination": []}
        for key, start, end in matches:
            kind = names[key]
            if kind in kept and not any(p_start <= start < p_end for p_start, p_end in pseudo):
                kept[kind].append((key, start, end))
        return kept["Preceding"], kept["Following"], kept["Termination"]

    def negex(self, doc: Doc) -> Doc:
        """Mark the entities in scope of a trigger (see the class docstring)."""
        preceding, following, terminating = self.process_negations(doc)
        # A pain said to stay put holds its own negation: in "no spreading 4/10" the "no"
        # says where the pain is not; it does not deny the score.
        held = {i for ent in doc.ents if ent.label_ == "STAYS" for i in range(ent.start, ent.end)}
        preceding = [match for match in preceding if match[1] not in held]
        following = [match for match in following if match[1] not in held]
        # A dash inside a finding ("not self-harming") or a word ("not on co-codamol or
        # heparin") ends no scope.
        inside = {i for ent in doc.ents for i in range(ent.start + 1, ent.end)}
        terminating = [match for match in terminating if match[1] not in inside and not _word_hyphen(doc, match)]
        if self.list_commas:
            terminating = self._without_list_commas(doc, terminating)
        if self.and_lists:
            terminating = [match for match in terminating
                           if not list_and(doc, match[1], match[2], self.ent_types, self.loose_list_items)]
        plain = self.termination_boundaries(doc, terminating)
        listing = [start for _, start, _ in preceding]
        verbal: list[int] = []
        bounds_by_comma = plain
        if self.comma_lists_only:
            verbal = [start for start in listing if doc[start].lower_ in _VERB_NEGATIONS]
            listing = [start for start in listing if doc[start].lower_ not in _VERB_NEGATIONS]
            bounds_by_comma = self.termination_boundaries(doc, terminating + self._comma_ends(doc, verbal))
        after = sorted((start, end) for _, start, end in following)
        asides = _asides(doc)
        for ent in doc.ents:
            if self.ent_types and ent.label_ not in self.ent_types:
                continue
            ent_listing, ent_verbal, ent_after = listing, verbal, after
            if asides:  # triggers inside a bracketed aside reach only within it
                closed = self._closed_aside(asides, ent) if self.asides_closed else None
                ent_listing = [start for start in listing if _reaches(asides, start, ent, closed)]
                ent_verbal = [start for start in verbal if _reaches(asides, start, ent, closed)]
                ent_after = [(start, end) for start, end in after if _reaches(asides, start, ent, closed)]
            scope = _scope(plain, ent)
            marked = scope is not None and (
                _preceded(sorted(ent_listing), scope, ent)
                or any(end > ent.end for start, end in ent_after[bisect_left(ent_after, (scope[0], -1)):]
                       if start < scope[1]))
            comma_scope = _scope(bounds_by_comma, ent) if ent_verbal else None
            marked = marked or (comma_scope is not None and _preceded(sorted(ent_verbal), comma_scope, ent))
            if marked:
                ent._.set(self.extension_name, True)
        return doc

    def _closed_aside(self, asides: list[tuple[int, int]], ent) -> tuple[int, int] | None:
        """The innermost aside holding the entity, unless it is a few words
        right after an entity of this pass (it names that one again: "no
        doctor (GP)")."""
        holding = [(open_, close) for open_, close in asides if open_ < ent.start and ent.end <= close]
        if not holding:
            return None
        open_, close = max(holding)
        before = ent.doc[open_ - 1] if open_ > 0 else None
        naming = (close - open_ - 1 <= _NAMING_ASIDE and before is not None and bool(before.ent_type_)
                  and (not self.ent_types or before.ent_type_ in self.ent_types))
        return None if naming else (open_, close)


def _word_hyphen(doc: Doc, match: tuple) -> bool:
    """A hyphen written inside a word, with no space on either side: "co-codamol"."""
    _, start, end = match
    return (end - start == 1 and doc[start].text == "-" and start > 0 and not doc[start - 1].whitespace_
            and not doc[start].whitespace_)


#: The most words an aside that names the entity before it again has ("(GP)", "(C5-C6)").
_NAMING_ASIDE = 4


def list_comma(doc: Doc, i: int, labels) -> bool:
    """Whether token `i` is a comma between two entities of these labels, which it
    lists in one clause ("not seen a doctor, GP or anyone")."""
    return (doc[i].text == "," and 0 < i < len(doc) - 1 and doc[i - 1].ent_type_ in labels
            and doc[i + 1].ent_type_ in labels and doc[i + 1].ent_iob_ == "B")


def list_and(doc: Doc, start: int, end: int, labels, loose_items: bool = False) -> bool:
    """Whether doc[start:end] is the "and" that closes a list of entities of
    these labels: an entity right before it (a comma may stand between) that a
    comma parts from another entity before it. "no fever, chills and sweats"
    and "no fever, chills, and sweats" are lists; "no appetite and night
    sweats" is not, and keeps its sweats. With ``loose_items`` the item before the
    "and" may be plain words (see ``_named_item_list``): only for precautions,
    where a name the layer does not know is still a medicine listed; a finding
    missed is worse than one asked about."""
    if end - start != 1 or doc[start].lower_ not in ("and", "&"):
        return False
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0:
        return False
    if doc[i].ent_type_ in labels:
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        listed = i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in labels
    else:
        listed = loose_items and _named_item_list(doc, i, labels)
    return listed and _item_follows(doc, end, labels)


#: The most words of a list item that is no entity ("not on warfarin, baby aspirin and heparin").
_ITEM_WORDS = 3


def _named_item_list(doc: Doc, last: int, labels) -> bool:
    """Whether doc[last] ends a short item of plain words (a drug the layer does not
    know: "aspirin", "ibuprofen") that a comma parts from an entity of these labels
    before it: "not on warfarin, aspirin and heparin" lists all three. An item
    with a word of a clause ("not on warfarin, I take heparin") is no list item."""
    i = last
    while i >= 0 and last - i < _ITEM_WORDS and doc[i].text != "," and doc[i].is_alpha \
            and not doc[i].ent_type_ and (not doc[i].is_stop or doc[i].lower_ in _ITEM_OPENERS):
        i -= 1
    return i < last and i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ in labels


#: Words that may open the last item of a list before its entity: "no fever, chills, or any sweats".
_ITEM_OPENERS = {"any", "no", "a", "an", "some"}


def _item_follows(doc: Doc, i: int, labels) -> bool:
    """The list's last item comes right after its "and"; "no numbness, tingling and
    my legs give way" goes on with a clause of its own."""
    if i < len(doc) and doc[i].lower_ in _ITEM_OPENERS:
        i += 1
    return i < len(doc) and doc[i].ent_type_ in labels and doc[i].ent_iob_ == "B"


def _asides(doc: Doc) -> list[tuple[int, int]]:
    """The (open, close) token indices of each bracketed aside, innermost too."""
    found, opened = [], []
    for token in doc:
        if token.text in ("(", "["):
            opened.append(token.i)
        elif token.text in (")", "]") and opened:
            found.append((opened.pop(), token.i))
    return found


def _reaches(asides: list[tuple[int, int]], trigger: int, ent, closed: tuple[int, int] | None = None) -> bool:
    """A trigger inside an aside speaks only within it: in "lower back pain
    (my son is 4) for 2 weeks" the son's scope ends at the bracket, while in
    "my mum (who is 70) had cancer" the cancer is still hers. An entity in a
    ``closed`` aside hears only the triggers inside that aside."""
    if closed is not None and not closed[0] < trigger < closed[1]:
        return False
    return not any(open_ < trigger < close and not (open_ < ent.start and ent.end <= close)
                   for open_, close in asides)


#: Negations of a verb ("can't focus"), whose scope a comma ends; "no",
#: "without" or "history of" head a list that a comma continues.
_VERB_NEGATIONS = {"n't", "nt", "not", "never"}


def _scope(bounds: list[tuple[int, int]], ent) -> tuple[int, int] | None:
    """The (start, end) of the scope wholly holding the entity, if any."""
    index = bisect_right([start for start, _ in bounds], ent.start) - 1
    if index < 0 or ent.end > bounds[index][1]:
        return None
    return bounds[index]


def _preceded(triggers: list[int], scope: tuple[int, int], ent) -> bool:
    """A trigger starts inside the scope before the entity."""
    first = bisect_left(triggers, scope[0])
    return first < len(triggers) and triggers[first] < min(ent.start, scope[1])


def negex_components() -> list[tuple[str, dict]]:
    """(name, config) of every ``scoped_negex`` the pipeline adds, in order."""

    def config(termset: dict, labels: list[str], extension: str, comma_lists_only: bool = False,
               asides_closed: bool = False, list_commas: bool = False, and_lists: bool = False,
               loose_list_items: bool = False) -> dict:
        return {"neg_termset": termset, "ent_types": sorted(set(labels)),
                "extension_name": extension, "chunk_prefix": [], "comma_lists_only": comma_lists_only,
                "asides_closed": asides_closed, "list_commas": list_commas, "and_lists": and_lists,
                "loose_list_items": loose_list_items}

    every_label = FINDING_LABELS + FACT_LABELS + PRECAUTION_LABELS + ["PAIN", "DOCTOR"]
    return [
        ("negex_findings", config(FINDINGS_TERMSET, FINDING_LABELS, "negex", comma_lists_only=True, and_lists=True)),
        # A denied visit or a negated site does not reach into a side note.
        ("negex_doctor", config(DOCTOR_TERMSET, ["DOCTOR"], "negex", asides_closed=True, list_commas=True)),
        ("negex_facts", config(FACTS_TERMSET, FACT_LABELS, "negex", asides_closed=True)),
        ("negex_precautions", config(PRECAUTIONS_TERMSET, PRECAUTION_LABELS, "negex", comma_lists_only=True,
                                     and_lists=True, loose_list_items=True)),
        ("hypothetical", config(HYPOTHETICAL_TERMSET, _ASSERTION_TYPES, "hypothetical")),
        ("conditional", config(CONDITIONAL_TERMSET, _ASSERTION_TYPES, "conditional")),
        ("historical", config(HISTORICAL_TERMSET, FINDING_LABELS, "historical")),
        ("experiencer", config(EXPERIENCER_TERMSET, every_label, "other_experiencer")),
    ]

"""Red flags: findings that need a doctor before any acupuncture.

Each code has phrases that state it outright (FLAG) and, for some, softer
hints that deserve one yes/no question instead of a guess (UNCLEAR):

- leg_weakness: both legs, a leg giving way, foot drop, getting weaker, "very
  weak", paralysed or "not working" is a flag; one leg weak or numb,
  tingling or pins and needles is unclear (common with ordinary sciatica),
  and nothing when said only of an arm or hand.
- fever: fever, chills, sweats, "a temperature" flag; "I feel a bit hot" is
  unclear. A fever dated weeks back ("in January", "a month ago"), denied
  ("fever free") or other senses (temp job, flu jab, hot water bottle, fever
  blisters, "gave me chills") are nothing; 99 °F / 37.5 °C, having the flu,
  and sweats put down to the menopause, panic or exercise are unclear, as is a
  cold sweat; "fever-like" feelings and the flu with a fever denied are nothing.
- chest_pain: chest pain/tightness/pressure/burning (also "pain in my back
  and chest", "left side of my chest") or pain spreading into the jaw flag, as does upper back pain with the left arm or jaw pain; "a bit of a
  tight chest", breathlessness, jaw pain alone or a heart attack named
  without being had is unclear.
- trauma: a fall from a height or down stairs, a crash, collision, any
  accident or a broken bone flags; a plain "I fell" or "slipped" is unclear;
  either said to be more than six weeks back ("a car accident 10 years ago",
  "In 2012, I had an accident"), or retold ("the accident"), is history.
  An accident seen ("I watched a crash") or referred back to with no time
  ("since the accident"), a plain fall or slip, and violence from someone
  ("he shoved me") are unclear; figures of speech ("fell in love", "falling
  apart", "fell asleep on the sofa") are nothing.
- weight_loss: weight loss flags when unexplained ("without trying") or
  marked ("lost 2 stone", "day by day"); when nothing says why it is unclear,
  and on purpose (anywhere in the message) it is nothing.
- night_pain: pain at night *and* pain that nothing eases flags, as does pain
  said to be constant or never to go away (non-mechanical pain); being woken,
  pain worse at night or lying down without that is unclear. The no-ease
  cue must be said of pain or being woken ("up all night sick ... sick all
  the time" is no night pain).
- self_harm: any wish to die or self-harm flags; "I can't go on", "what's
  the point", feeling very low, a passive wish ("I'd rather not wake up"),
  an overdose without intent or "he hurt himself" is unclear, and so is
  self-harm asked about ("if I feel suicidal what should I do?"). Suicide
  talked of in general ("so many veterans commit suicide"), an episode put in
  the past ("suicidal as a teenager", "in the past") and someone else's
  suicide told as done do not flag but get the question (is it back?); a
  dose question ("did I overdose?") and idioms ("dying to", "political
  suicide", "I thought I was going to die") are nothing. Self-harm told in
  the past with a date, a spell or a recovery ("I attempted suicide in 2015",
  "for years I had suicidal thoughts", "I'm in a better place now"), of
  someone the writer does not name as theirs ("he was suicidal"), feared
  ("scared I might hurt myself"), a threat made on a condition of the
  writer's ("if I leave") and passive wishes (a burden, sleep and not wake up)
  get the question.
- bladder_bowel: losing control, accidents, leaking or retention flag; a
  mention of the bladder, bowels or peeing more often is unclear.
- saddle_numbness: numbness, tingling or no feeling in the saddle area flags;
  an odd or different feeling there is unclear.
- cancer_history: any cancer, its treatments or its doctors flag (history is
  the sign); a lump, growth, shadow or biopsy is unclear, also when asked
  about. A cancer asked about in general ("does lung cancer cause ...?"),
  feared or guessed ("worried I have ovarian cancer", "may have cancer") is
  nothing; guessed under health anxiety or as "symptoms of" it, or named as
  what a drug may cause ("statins can cause cancer"), is unclear. A
  relative's cancer now, in a message about the writer's own state of mind
  ("my aunt is battling cancer and I'm struggling"), is unclear; a relative
  who survived it is family history; working in oncology, a cancer scare and
  a pet's cancer are nothing.

Any sign said after it to have gone ("a fever but it went away", "she's
fine now") is unclear (``episodes``); a pet's illness or fall is nothing.

Where the patterns mention nothing of a code, and the message has no
negation or question, the ``second_opinion`` classifier may add an unclear
flag for it, never a red one.

A mention said to be over ("I used to wet the bed", "a fever years ago") is
nothing, except cancer, whose history is the sign (see ``scopes``).

Whether each mention is asserted (not negated, hypothetical or a relative's)
is decided in ``context``; self-harm asked as a question ("is life worth
living?") is the sign itself, a cancer guessed at ("is it leukaemia?") is not
had, and a possible sign asked about ("is sweating normal?") still gets its
question. Other senses ("chest infection", "hay fever", "body temperature",
"a 98.6 temperature") are IGNORE spans named after the code they shield, so
the second opinion stays silent on them too. One exception: a danger sign stated of anyone
("my husband can't control his bladder") flags, or asks, because whoever is
typing, that person needs the advice now; only a relative's cancer stays
family history, unless the message is about that relative's cancer now ("my
father has stomach cancer", "a friend had chemo ... she now has") and not
about the visitor's own pain or health ("... now I have a lump"). A family
history ("runs in the family") is never the person's own.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from bot.danger_signs import CODES
from bot.language import context, durations, episodes, scopes, second_opinion
from bot.language.patterns import NEGATIONS

_BLADDER = "(bladder|bowels|bowel|pee|wee|urine|poo|poop|stool|stools|waterworks|toilet)"
_CANT = "(can't|cant|cannot|can not|couldn't|unable to|not able to|struggling to|struggle to|trouble|difficulty|problems|hard to|can't seem to)"
#: Saddle areas in one word, and the few that need two or three.
_SADDLE = ("(groin|genitals|genital|privates|crotch|perineum|perineal|saddle|bum|butt|buttocks|"
           "backside|vagina|vaginal|penis|scrotum|anus|nethers|testicles|testicle|testes|labia|vulva|clitoris|"
           "rectum|arse|ass|buttock|perianal|undercarriage)")
_SADDLE_PHRASES = ["inner (thigh|thighs)", "(my|her|his) bottom", "(bum|butt|bottom) (cheeks|cheek)", "inside of (my|her|his|the)? (thigh|thighs|legs)",
                   "down there", "down below", "below the belt", "between (my|her|his|the)? legs", "private (parts|area|bits)",
                   "back passage", "nether regions", "(vaginal|genital|groin|anal|saddle) (area|region)",
                   "(the|my|her|his)? (rear end|bottom area|seat area)"]
#: "From the waist down" is leg weakness, which asks about the saddle too (``resolve``).
_NUMB = "(numb|numbness|tingling|tingly|dead|deadness|numbed|numbish|paraesthesia|paresthesia|paraesthesias|paresthesias)"
#: Sensations too vague to state a sign, worth one question about the saddle.
_ODD = "(odd|weird|strange|funny|different|buzzing|fizzing|altered|reduced|less)"
_NO_FEELING = ("(no feeling|lost feeling|loss of feeling|loss of sensation|no sensation|lost sensation|reduced feeling|"
               "reduced sensation|altered sensation|less feeling|pins and needles|can't feel|"
               "cannot feel|can't feel anything)")
_WEAK = ("(weak|weaker|weakening|numb|number|dead|wobbly|jelly|giving way|give way|gave way|"
         "buckling|buckle|buckled|collapsing|collapse|collapsed|give out|giving out|gave out)")
_HEIGHT = ("(ladder|roof|stairs|steps|staircase|stair|horse|bike|bicycle|motorbike|motorcycle|"
           "tree|height|heights|scaffolding|scaffold|wall|trampoline|balcony|chair|table|"
           "building|stool|loft|attic|cliff|rock|ice|floor|kerb|curb|pavement|bath|shower|"
           "swing|slide|stage|platform|deck|porch|truck|van|boat|treadmill)")
_FALL = "(fell|fall|falling|fallen|falls|tumbled|tumble|came|come|thrown|slipped|slip|tripped|crashed)"
#: Both legs, or the legs with other limbs: their weakness is never just sciatica.
_LEGS = ("(legs|feet|legs and feet|feet and legs|hands and legs|arms and legs|legs and arms|hands and feet|"
         "arm and leg|hand and leg|hand and foot|leg and foot|foot and leg)")
_CHEST_WORDS = "(pain|pains|tightness|pressure|discomfort|heaviness|ache|aches|hurts|tight)"
_SELF = ("(kill myself|killing myself|end it|end it all|ending it all|ending it|"
         "end my life|ending my life|hurt myself|hurting myself|harm myself|harming myself|"
         "take my own life|taking my own life|not be here|not wake up|not being here|disappear|"
         "overdose|take an overdose|od|cut myself|cutting myself)")

RULES = [
    ("FLAG", "bladder_bowel", f"{_CANT} (always|properly|fully|quite|really|completely)? (control|hold|empty|hold in) (my|his|her|their|the|in)? {_BLADDER}"),
    ("FLAG", "bladder_bowel", "(accident|accidents) (in|with)? (my|his|her)? (pants|knickers|underwear|trousers|bed)"),
    ("FLAG", "bladder_bowel", f"{_BLADDER} ~4 (accident|accidents)"),
    ("FLAG", "bladder_bowel", "(bedwetting|bed-wetting|wet the bed|wetting the bed|wets the bed|wet myself|wets himself|wets herself)"),
    ("FLAG", "bladder_bowel", "(faecal|fecal|urinary|bowel|bladder|double) (incontinence|leakage|leaking|urgency)"),
    ("FLAG", "bladder_bowel", "(incontinance|incontinet|incontenence|incontinant|inconsistence)"),
    ("UNCLEAR", "bladder_bowel", "(bladder|bowel|bowels|waterworks|urination|urinating|urinate|urine|peeing|weeing|continence|dribbling|dribble|leaky|urgency|nocturia|constipation|constipated|catheter|diaper|diapers|nappies|incontinence pads)"),
    ("UNCLEAR", "bladder_bowel", "(urge|urges|rush|rushing) to (the)? (toilet|loo|bathroom|pee|wee)"),
    ("UNCLEAR", "bladder_bowel", "(pee|wee|urinate|go to the toilet|go to the loo|going to the toilet|going to the loo) ~2 (more|less|lot|often|frequently|constantly|urgently)"),
    ("FLAG", "bladder_bowel", f"(lost|losing|loss of|lose|no) control (of|over) (my)? {_BLADDER}"),
    ("FLAG", "bladder_bowel", "(lost|losing|loss of|no) (bladder|bowel) control"),
    ("FLAG", "bladder_bowel", "(wet|wetting|peed|peeing|pee|wee|weed|weeing|pissed|pissing|soiled|soiling|soil|pooed|pooped|messed) (myself|my pants|the bed|my trousers|my knickers|my underwear|herself|himself)"),
    ("FLAG", "bladder_bowel", f"{_CANT} (passing|pass) (urine|water|stool|stools|a stool|wind)"),
    ("FLAG", "bladder_bowel", "(bladder|bowel|bowels) (doesn't|does not|won't|will not|isn't|is not|never|don't|do not) (fully|completely|properly)? (empty|emptying|empties)"),
    ("FLAG", "bladder_bowel", "(had to be|needed to be|needed|have to be|got|fitted with) (a)? (catheterised|catheterized|catheter)"),
    ("FLAG", "bladder_bowel", "(incontinence|incontinent)"),
    ("FLAG", "bladder_bowel", "(no|lost the|lost|without any|without the|without) (urge|sensation|feeling) (to|of needing to|that i need to) (pee|wee|urinate|poo|open my bowels)"),
    ("FLAG", "bladder_bowel", "(urinary|urine|bladder) retention"),
    ("FLAG", "bladder_bowel", "retaining (urine|pee|wee)"),
    ("FLAG", "bladder_bowel", "(leaking|leak|leaked|leaks|dribbling|dribble) ~2 (urine|pee|wee|poo)"),
    ("FLAG", "bladder_bowel", "(leaking|leak|leaks) when i (cough|sneeze|laugh|stand|move|walk)"),
    ("FLAG", "bladder_bowel", "(pee|wee|piss|wet|pees|wees|wet myself|leaking|leak|leaks) (a little|a bit)? (when|whenever|every time|if) i (cough|sneeze|laugh|stand|move|walk|lift)"),
    ("FLAG", "bladder_bowel", f"{_CANT} (pee|wee|urinate|pass urine|pass water|go to the toilet|poo|have a poo|open my bowels|empty my bladder)"),
    ("FLAG", "bladder_bowel", "(haven't|have not|havent|hasn't) (peed|weed|urinated|been able to pee|been able to wee|been able to urinate)"),
    ("FLAG", "bladder_bowel", "(can't|cannot|couldn't|didn't|did not|didnt|don't|do not|not|never|doesn't) (always)? (quite)? (make|made|get) (it)? to the (toilet|loo|bathroom|restroom|washroom) (in time)?"),
    ("FLAG", "bladder_bowel", "(accident|accidents) ~3 (toilet|loo|bathroom|bladder|bowel|bowels)"),
    ("FLAG", "bladder_bowel", "(bladder|bowel|bowels|waterworks|toilet|urinary|urine) (problems|problem|issues|issue|trouble|changes|change|dysfunction|symptoms|accidents|incontinence|control)"),
    ("FLAG", "bladder_bowel", "(problems|problem|trouble|issues|changes|difficulty) (with)? (my)? (bladder|bowels|bowel|waterworks|peeing|urinating|weeing)"),
    ("FLAG", "bladder_bowel", "(no|can't|cannot|don't) (feel|sense|know|tell) (when)? (i need to|the urge to|if i need to) (pee|go|wee|poo)"),
    ("FLAG", "bladder_bowel", "(urinate|urinating|urinates|pee|peeing|pees|wee|weeing|wees) (everywhere|on the floor|in bed|in my sleep|in her sleep|in his sleep|without knowing|without noticing)"),
    ("FLAG", "bladder_bowel", "(using|use|wearing|wear|wears|need|needs|in) ~4 (diaper|diapers|nappies|nappy|incontinence pads|incontinence pants|depends)"),
    ("FLAG", "bladder_bowel", "(have to|has to|need to|needs to|use|uses|using|with|self) (a)? (catheter|catheterise|catheterize|catheterising|catheterizing)"),
    ("FLAG", "bladder_bowel", "(suprapubic|indwelling|permanent) catheter"),
    ("FLAG", "bladder_bowel", "(bladder|bowel|bowels|waterworks) (has|have|had)? (failed|stopped working|packed up|shut down|gone)"),
    ("UNCLEAR", "bladder_bowel", "(bowel blockage|bowel obstruction|blocked bowel|bowel movement|bowel movements|bowel motion|bowel motions|stools|bloody stool|blood in my stool|blood in my urine|blood in urine)"),
    ("FLAG", "saddle_numbness", f"{_NUMB} ~4 {_SADDLE}"),
    ("FLAG", "saddle_numbness", f"{_SADDLE} ~3 {_NUMB}"),
    ("FLAG", "saddle_numbness", f"{_NO_FEELING} (in|around|on|down)? (my|the|her|his)? {_SADDLE}"),
    *[("FLAG", "saddle_numbness", f"{_NUMB} ~4 {area}") for area in _SADDLE_PHRASES],
    *[("FLAG", "saddle_numbness", f"{_NO_FEELING} (in|around|on)? (my|the|her|his)? {area}") for area in _SADDLE_PHRASES],
    *[("FLAG", "saddle_numbness", f"{area} ~3 {_NUMB}") for area in _SADDLE_PHRASES],
    ("FLAG", "saddle_numbness", f"{_NO_FEELING} ~5 {_SADDLE}"),
    ("FLAG", "saddle_numbness", "saddle (numbness|anaesthesia|anesthesia|anaesthetic|sensation|paraesthesia|paresthesia|area)"),
    ("FLAG", "saddle_numbness", "(numb|numbness|no feeling|can't feel anything) when (i)? (wipe|wiping|sit on the toilet|on the toilet)"),
    ("UNCLEAR", "saddle_numbness", f"{_ODD} (feeling|feelings|sensation|sensations)? ~3 {_SADDLE}"),
    ("UNCLEAR", "saddle_numbness", f"(electric|electrical|shock|shocks|shooting|burning|buzzing|fizzing) ~3 (in|around)? (my)? {_SADDLE}"),
    ("UNCLEAR", "saddle_numbness", "(electric|electrical|shock|shocks|shooting|burning|buzzing|fizzing) ~3 (in|around)? (my)? (rectum|anus|back passage|genitals)"),
    *[("UNCLEAR", "saddle_numbness", f"{_ODD} (feeling|feelings|sensation|sensations)? ~3 {area}") for area in _SADDLE_PHRASES],
    ("UNCLEAR", "saddle_numbness", f"{_SADDLE} (feels|feel|feeling|is|are) (a bit|a little|slightly|kind of|sort of)? {_ODD}"),
    ("UNCLEAR", "saddle_numbness", "(down there|between my legs|private parts) (feels|feel|feeling|is) (a bit|a little|slightly|kind of|sort of)? (odd|weird|strange|funny|different)"),
    ("FLAG", "saddle_numbness", "(can't|cannot|couldn't|don't) feel ~4 (wipe|wiping|paper)"),
    ("FLAG", "saddle_numbness", "(numb|tingly|dead) (bum|bottom|backside|butt|arse|bum cheeks)"),
    ("FLAG", "saddle_numbness", "(can't|cannot|couldn't|don't|do not|can not) feel (myself|anything|a thing) (when|while) (i)? (sit|sitting|on|use|using|go|going) ~2 (toilet|loo|bathroom)"),
    ("FLAG", "leg_weakness", f"(legs|feet) ~3! {_WEAK}"),
    ("FLAG", "leg_weakness", "(weakness|numbness) in (both)? (my|his|her)? (legs|feet)"),
    ("FLAG", "leg_weakness", "(leg|knee|legs|knees) ~2! (giving way|gives way|gave way|give way|buckling|buckles|buckled|collapsing|collapses|collapsed|gives out|giving out|gave out|going from under me|went from under me)"),
    ("FLAG", "leg_weakness", "(leg|legs|foot|feet) ~3! (weaker|weakening|number|more numb)"),
    ("FLAG", "leg_weakness", "(foot drop|drop foot|dropped foot|footdrop)"),
    ("FLAG", "leg_weakness", "(strength|power) (has|had)? (gone|went|drained|disappeared) (from|out of) (my|his|her|both)? (legs|leg)"),
    ("FLAG", "leg_weakness", "(weakness|weak|numbness|numb) ~3! (especially|mainly|mostly|particularly) (in)? (my|the|his|her)? (legs|feet)"),
    # Clinical words for the legs: "weakness of both lower limbs".
    ("FLAG", "leg_weakness", "(weakness|weak|numbness|numb|paralysis|paresis) (in|of)? (both|my|the|his|her)? (lower) (limbs|extremities|limb|extremity)"),
    ("FLAG", "leg_weakness", "(lower limb|lower limbs|lower extremity|lower extremities|bilateral leg|bilateral lower limb|bilateral lower extremity) (weakness|numbness|paralysis|paresis)"),
    # Weakness of one leg that came on suddenly or keeps growing is no
    # ordinary sciatica.
    ("FLAG", "leg_weakness", "(sudden|suddenly|new|rapid|rapidly|progressive|progressing|worsening|increasing) (onset of)? (weakness|numbness) (in|of) (my|his|her|the)? (left|right)? (leg|foot)"),
    ("UNCLEAR", "leg_weakness", "(difficulty|trouble|problems|problem|hard time|struggling|struggle) (in|with)? (walking|to walk|standing|to stand)"),
    ("UNCLEAR", "leg_weakness", "(can|could|can't|cannot) (hardly|barely|not really) (walk|stand)"),
    ("UNCLEAR", "leg_weakness", "(harder|hard|difficult|more difficult) (for me)? to (even)? (walk|stand)"),
    ("UNCLEAR", "leg_weakness", "(can't|couldn't|cannot|could not) (even)? walk (across|to the end of|the length of) (the|a|my)? (room|kitchen|house|street|road)"),
    ("FLAG", "leg_weakness", "(foot|feet|toes|ankle) (just)? (won't|wont|doesn't|does not|can't|cannot|will not|don't|didn't) (lift|lift up|raise|come up|flex|bend up|work)"),
    ("FLAG", "leg_weakness", "(numbness|numb|weakness|weak|dead) ~3 both (legs|feet)"),
    ("FLAG", "leg_weakness", "(weak|weakened|weakening|weaker|numb) (in)? (both)? (my|his|her)? (legs|feet)"),
    ("FLAG", "leg_weakness", "(legs|leg) (are|is|feel|feels|felt|went|go|goes|have gone) (so|really|very)? (week|weeak|wek|weka)"),
    ("FLAG", "leg_weakness", "(legs|leg|knee|knees) (just|really|simply)? (won't|wont|don't|dont|didn't|didnt|wouldn't) (work|hold me|hold me up|support me|take my weight)"),
    ("FLAG", "leg_weakness", "(lost|losing|loss of) (the)? (use|strength|power|control) (of|in) (my|his|her|both)? (left|right)? (legs|leg|feet|foot)"),
    # One leg getting weaker is a progressive deficit, not ordinary sciatica.
    ("FLAG", "leg_weakness", "(weakness|weak|numbness|numb) (in|of)? (my|his|her|the)? (left|right)? (leg|foot) ~5 (getting worse|gets worse|keeps getting worse|worsening|progressing|progressively worse|spreading)"),
    ("FLAG", "leg_weakness", "(can't|cannot|can not|unable to|can no longer|no longer able to|couldn't) (walk|stand) on (my)? (heels|toes|tiptoes|tip toes)"),
    ("FLAG", "leg_weakness", "(can't|cannot|can not|unable to|not able to|struggling to|trouble|difficulty) (lift|raise|move|pick up|flex|point) (my)? (left|right)? (foot|toes|leg|ankle|big toe)"),
    ("FLAG", "leg_weakness", "(dragging|drag|drags|dragged) (my)? (left|right)? (foot|leg)"),
    ("FLAG", "leg_weakness", "(can't|cannot|can not|couldn't) feel (my|his|her|both)? (feet|legs)"),
    ("UNCLEAR", "leg_weakness", "(can't|cannot|can not|couldn't) feel (my|his|her)? (left|right)? (foot|leg|toes)"),
    ("FLAG", "leg_weakness", "(foot|leg) (keeps)? (dragging|drags|slapping|slaps|catching)"),
    # Weakness of both legs, or of one leg said to be marked, is the sign;
    # one leg weak or numb without that is a question (common with sciatica).
    ("FLAG", "leg_weakness", f"(weakness|weak|paralysis|paralysed|paralyzed) (and numbness|and tingling|and pain)? (in|of)? (my|his|her|both|the)? (lower)? {_LEGS}"),
    ("FLAG", "leg_weakness", "(paralysis|paralysed|paralyzed) (in|of)? (my|his|her|both|the)? (left|right|lower)? (leg|foot)"),
    ("FLAG", "leg_weakness", "(weakness|weak) (and numbness|and tingling)? (in|of)? (my|his|her|the)? (left|right) (leg and foot|foot and leg|leg and ankle)"),
    *[("FLAG", "leg_weakness", f"{side} (leg|foot|legs|feet) (is|was|are|were|has|have)? (just|suddenly|completely|totally|simply)? (not|stopped|isn't|wasn't|aren't|weren't) (working|moving)")
      # The owner is part of the span, so "to my right foot" is not a radiation.
      for side in ("(my|his|her|the) (left|right)", "(my|his|her|the)", "(left|right)", "")],
    ("UNCLEAR", "leg_weakness", "(no feeling|lost feeling|loss of feeling|no sensation|lost sensation) ~8 (leg|foot|toes|shin|calf)"),
    ("FLAG", "leg_weakness", "(leg|foot) ~2! (very|really|so|too|extremely|completely|totally|severely|badly) (weak|weakened)"),
    ("FLAG", "leg_weakness", "(numbness|numb) (in|of)? (my|his|her|both|the)? (hands and legs|arms and legs|legs and arms|legs and feet|feet and legs|legs and hands|leg and foot|foot and leg)"),
    ("FLAG", "leg_weakness", "(legs|feet) ~3! (weak|weakened|paralysed|paralyzed|useless)"),
    ("FLAG", "leg_weakness", "(leg|foot) ~3! (paralysed|paralyzed|useless)"),
    ("FLAG", "leg_weakness", "(can|could) (hardly|barely) (lift|move|raise|feel) (my|his|her)? (left|right)? (foot|leg|legs|feet|toes)"),
    ("FLAG", "leg_weakness", "(paralysed|paralyzed|paralysis|numb|numbness|nothing|tingles|tingling) ~3 from (the|my|his|her)? (waist|hips) down"),
    ("UNCLEAR", "leg_weakness", "(leg|legs|foot|feet) (keeps|keep)? (falls|fall|falling|fell|going|goes|went|go) (asleep|numb|dead)"),
    ("UNCLEAR", "leg_weakness", "(can't|cannot|can not|unable to|couldn't|could not|cant|struggle to|struggling to) (walk|stand|put weight|put my feet)"),
    ("FLAG", "leg_weakness", "(trip|tripping|tripped|trips) (over|on)? my (own)? (foot|feet|toes)"),
    ("UNCLEAR", "leg_weakness", "(leg|foot|knee|thigh|calf|toes) ~3 (weakish|numb|tingly|tingling|dead|funny|heavy|wobbly|odd)"),
    ("UNCLEAR", "leg_weakness", "(leg|foot|knee|thigh|calf|toes) ~1 weak"),
    ("UNCLEAR", "leg_weakness", "(leg|foot|legs|feet) (feels|feel|is|are|gets|get|goes|go|seems|seem|felt|was|were)? (a bit|a little|slightly|bit|abit|kind of|sort of|sometimes|occasionally|mildly|a tad) (weak|weakish|weaker)"),
    ("UNCLEAR", "leg_weakness", "(legs|feet) (feel|feels|are|get|go|going)? (a bit|a little|slightly|bit|kind of|sort of|sometimes|occasionally) (weak|numb|tingly|heavy|wobbly)"),
    ("UNCLEAR", "leg_weakness", "(numb|tingly|dead|heavy) (left|right)? (leg|foot|knee)"),
    ("UNCLEAR", "leg_weakness", "(tingling|tingles|tingly|pins and needles|pins & needles|numbness|numb|weakness)"),
    ("FLAG", "trauma", f"{_FALL} ~2 (off|from|down|out|on|onto|over) ~3 {_HEIGHT}"),
    ("FLAG", "trauma", "(bad|big|major|nasty|hard|serious|heavy|awful|terrible|huge|horrible) (fall|tumble|crash|accident|collision|tackle|hit|knock|smash|wipeout)"),
    ("FLAG", "trauma", "(fell|landed|fallen|came down|crashed) (hard|heavily|badly|awkwardly)? (on|onto) (my|the)? (back|tailbone|bum|butt|backside|neck|head|coccyx|bottom|spine|side)"),
    ("FLAG", "trauma", "(car|road|traffic|motor|motorcycle|motorbike|bike|cycling|skiing|ski|snowboarding|work|workplace|sports|sporting|rugby|football|hockey|vehicle|auto|bus|train) (accident|crash|collision|wreck|smash)"),
    ("FLAG", "trauma", "(rear - ended|rear ended|t - boned|run over|rta|mva|mvc)"),
    ("FLAG", "trauma", "(hit|knocked|struck) (by|off|down|over) (a|my|the)? (car|truck|van|bus|bike|vehicle|cyclist|lorry|motorbike)"),
    ("FLAG", "trauma", "(car|truck|van|bus|lorry|vehicle|driver|someone) (went|drove|crashed|ran|smashed|ploughed|plowed|slammed|reversed|backed) into (me|us|my car|the back of me|the back of my car|the side of me|the side of my car)"),
    ("FLAG", "trauma", "(tackle|tackled|tackling|collided|collision|whiplash|concussion)"),
    # Soft furniture is a fall only off it: "crashed on the couch" is sleep.
    ("FLAG", "trauma", "(fell|fall|falling|fallen|falls|tumbled|rolled|toppled|thrown|slipped) ~2 (off|from|out of) ~3 (couch|sofa|bed|bunk|settee)"),
    # A fall with the blow it dealt: "fell and hit my back on the bath".
    ("FLAG", "trauma", "(fell|fallen|slipped|tripped|stumbled|fall) ~4 (hit|hitting|banged|banging|bashed|smacked|landed|landing|struck|whacked|cracked) (my|his|her) (back|head|neck|spine|tailbone|coccyx|hip|hips|ribs|side|shoulder|bottom|bum)"),
    ("FLAG", "trauma", "(car|truck|van|bus|lorry|vehicle|driver|cyclist|motorbike|motorcycle) (hit|struck|knocked|clipped|ran over|knocked over|knocked down) (me|him|her|us|my)"),
    # Violence from someone: one question (the blow, its time and place vary).
    ("UNCLEAR", "trauma", "(he|she|they|someone|somebody|ex|husband|boyfriend|partner|dad|father|mum|mom|mother|stepdad|guy|man|men) ~2 (hit|hits|punched|punches|kicked|kicks|beat|beats|attacked|pushed|shoved|slapped|strangled|choked|threw|stamped on) (me|him|her)"),
    ("UNCLEAR", "trauma", "(i|he|she) (was|got|were|been) (assaulted|attacked|beaten|beaten up|mugged|jumped|punched|kicked|pushed|shoved|stabbed)"),
    ("UNCLEAR", "trauma", "trauma"),
    ("FLAG", "trauma", "(in|involved in) (an|a) (accident|crash|car accident|pile-up)"),
    ("FLAG", "trauma", "(was|got|been|being|get) (hit|struck|knocked over|knocked down|run over|rammed) (by|from behind)"),
    # A broken bone flags when a bone is named in its sentence; the bone is
    # left out of the span, so "coccyx broken" still says where the pain is.
    ("BROKEN", "trauma", "(broke|broken|fractured|cracked|crushed|shattered)"),
    ("FLAG", "trauma", "(fracture|fractures)"),
    ("FLAG", "trauma", "accident"),
    ("FLAG", "trauma", "(injured|hurt|injury|injuries|injuring) ~4 (rugby|football|hockey|boxing|judo|wrestling|skiing|snowboarding|riding|tackle|crash|collision)"),
    ("FLAG", "trauma", "(really|very|pretty|quite|so) (bad|big|major|nasty|hard|serious|heavy|awful|terrible|huge|horrible) (fall|tumble|crash|accident|collision|tackle|hit|knock|smash|wipeout)"),
    ("IGNORE", "trauma", "(by accident|accident and emergency|accident & emergency|accident + emergency|stress fracture|stress fractures)"),
    ("UNCLEAR", "trauma", "(injury|injuries|injured|injuring)"),
    ("UNCLEAR", "trauma", "(fell|fall|falling|fallen|falls|slipped|tripped|stumbled|accident|accidents|knocked|bumped|banged|crash|crashed|collided|whacked|tumbled|tumble|stumble|landed)"),
    ("IGNORE", "trauma", "(fell|fall|falling|fallen|falls) asleep"),
    # Figures of speech: "fell in love", "falling apart", "fell ill".
    ("IGNORE", "trauma", "(fell|fall|falling|fallen|falls) (in love|apart|behind|through|short|silent|pregnant|ill|sick|into place|out with|into depression|into a depression|off the wagon|for it|for him|for her)"),
    ("IGNORE", "trauma", "(fall|spring|summer|autumn|winter) (semester|term|season|break|quarter|classes)"),
    ("IGNORE", "fever", "(hay|cabin|spring|football|saturday night) fever"),
    ("IGNORE", "fever", "fever (blister|blisters|dream|dreams|pitch)"),
    ("IGNORE", "fever", "(give|gives|gave|giving|get|gets|got|sends|sent|send) (me)? (the)? (chills|shivers|goosebumps)"),
    ("IGNORE", "fever", "(chills|shivers|shiver) (down|up) (my|the|your) (spine|back)"),
    ("IGNORE", "fever", "(no|break a|broke a|broken a|without breaking a) sweat"),
    ("IGNORE", "fever", "voice (is|was|keeps|goes|sounds)? (shivering|shaking|trembling|shivers|shaky)"),
    ("IGNORE", "fever", "(body|room|skin|water|outside|bath|core|normal|place|house|global|weather|cooking|oven|air) (temperature|temp|temperatures|temps)"),
    ("IGNORE", "fever", "(got|get|have|had|with|running|started)? (a|the|my)? (temp|temps) (filling|fillings|crown|crowns|job|jobs|agency|agencies|work|worker|workers|contract|position|staff|tattoo|password)"),
    ("IGNORE", "fever", "(changes|change|drop|drops|sensitive|sensitivity) (in|to)? (the)? (temperature|temperatures|hot|cold|heat)"),
    ("IGNORE", "fever", "(flu|influenza) (shot|shots|jab|jabs|vaccine|vaccines|vaccination|injection|season)"),
    ("IGNORE", "fever", "(hot) (water|water bottle|bath|shower|tub|dog|flush|flushes|flash|flashes|pack|packs|weather|day|days|food|drink|tea|spot|spots|stone|stones|yoga)"),
    ("UNCLEAR", "fever", "(have|had|got|with|caught|catch|has|down with|getting) (the|a)? (flu|influenza)"),
    # A normal reading is no fever: "98.3 fever", "temperature of 36.8".
    ("IGNORE", "fever", r"/^(9[5-8]|3[56]|37([.,][0-4]\d*)?)([.,]\d+)?$/ (°|º|degrees|deg)? (f|c|fahrenheit|celsius)? (fever|temperature|temp)"),
    ("IGNORE", "fever", r"(temperature|temp|fever) ~3 /^(9[5-8]|3[56]|37([.,][0-4]\d*)?)([.,]\d+)?(°|º)?[cf]?$/"),
    # A low-grade reading (99 °F, 37.5-37.9 °C) is worth one question.
    ("UNCLEAR", "fever", r"(temperature|temp|fever|temps) ~3 /^(99|37[.,][5-9])([.,]\d+)?(°|º)?[cf]?$/"),
    ("IGNORE", "chest_pain", "chest (x-ray|xray|x - ray|x ray|infection|infections|congestion|cold|hair|freezer|of drawers|press|presses|drain|tube|physio|physiotherapy|ct|scan|wall|muscle|muscles|workout|day)"),
    ("IGNORE", "chest_pain", "(congested|chesty|rattly|wheezy|phlegmy) (chest|cough)"),
    ("IGNORE", "chest_pain", "chest (is|feels|was|gets|sounds|'s)? (congested|rattly|rattling|wheezy|phlegmy|full of phlegm|full of mucus)"),
    ("IGNORE", "cancer_history", "(cancer|tumour|tumor) (risk|risks|research|charity|charities|awareness|screening|screenings|scare|scares|ward|drug|drugs|society|trust|unit)"),
    ("IGNORE", "cancer_history", "(bowel|colon|prostate|breast|lung|skin|brain|ovarian|cervical|pancreatic|stomach|liver|kidney|throat|testicular|womb) (cancer|tumour|tumor) (risk|risks|research|charity|awareness|screening|screenings|scare|scares|check|checks|test|tests)"),
    # Tumours named as a benign kind are worth one question, not a flag.
    ("UNCLEAR", "cancer_history", "(acoustic|neuroma|nouroma|lipoma|fibroid|fibroids|adenoma|pituitary|puffy|fatty|desmoid|brown|giant cell|phyllodes|warthin's|warthins) (tumour|tumours|tumor|tumors|growth|growths)"),
    ("IGNORE", "self_harm", "(want|wants|wanted|right) to die with dignity"),
    ("IGNORE", "self_harm", "(euthanasia|dignitas)"),
    ("UNCLEAR", "fever", "(glandular|dengue|scarlet|yellow|rheumatic|typhoid|valley|mediterranean) fever"),
    ("IGNORE", "", "(benign|non-cancerous|noncancerous|non cancerous) ~2 (tumour|tumours|tumor|tumors|growth|growths|lump|lumps|mass|cyst|cysts)"),
    ("IGNORE", "", "(assisted|physician assisted|physician-assisted) (suicide|dying)"),
    ("IGNORE", "", "(head|brain|emotional|childhood|psychological) trauma"),
    ("IGNORE", "", "(slipped|slip|slipping|herniated|bulging|prolapsed|ruptured) (a)? (disc|disk|discs)"),
    ("FLAG", "fever", "(fever|fevers|feverish|febrile|pyrexia|chills|rigors|shivers|shivering|sweats)"),
    ("FLAG", "fever", "(the|cold|night|hot|drenching) (chills|sweats|sweat|shivers)"),
    ("FLAG", "fever", "(excessive|excessively|heavy|heavily|profuse|profusely|drenching|soaking|bad|badly) (sweating|sweats|sweat) (at night|in the night|overnight|in my sleep|every night|through the night)"),
    ("FLAG", "fever", "(sweating|sweat|sweats) (a lot|heavily|excessively|badly|buckets) (at night|in the night|overnight|in my sleep|every night|through the night)"),
    ("FLAG", "fever", "(wake|wakes|woke|waking|woken) (up)? (drenched|soaked|soaking|dripping|wet) (in|with)? (sweat|sweats)?"),
    # A cold sweat goes as often with fainting, panic or the heart as with an
    # infection: one question. "Fever-like" feelings are likened to a fever,
    # and "a lack of fevers" denies one.
    ("UNCLEAR", "fever", "(a|in a|broke out in a|broke into a)? cold (sweat|sweats|sweating)"),
    ("IGNORE", "fever", "(fever|flu) (-)? like (sensations|sensation|feelings|feeling)"),
    ("IGNORE", "fever", "(lack|lacking|absence) of (a)? (fever|fevers|temperature)"),
    ("FLAG", "fever", "(high|raised|running a|got a|have a|had a|with a|a) (temperature|temp)"),
    ("FLAG", "fever", r"(temperature|temp|temps|temperatures|fever) ~3 /^(3[89]|4[01]|10[0-5])([.,]\d+)?(°|º)?[cf]?$/"),
    ("FLAG", "fever", r"/^(3[89]|4[01])([.,]\d+)?$/ (°|º|degrees|deg)? (c|celsius|centigrade)"),
    ("FLAG", "fever", r"/^(3[89]|4[01])([.,]\d+)?(°|º)?c$/"),
    ("FLAG", "fever", r"/^10[0-5]([.,]\d+)?$/ (°|º|degrees|deg)? (f|fahrenheit)"),
    ("FLAG", "fever", r"/^10[0-5]([.,]\d+)?(°|º)?f$/"),
    ("FLAG", "fever", "(feverish|fevers|shivery) (and|with) (shaking|shivering|sweating|sweats|chills)"),
    ("UNCLEAR", "fever", "(feel|feeling|felt|feels) (really|very|quite|so|a bit|a little)? (unwell|ill|poorly|flu-ish|fluey|flu-like|flu - like|shivery|clammy|sweaty|feverish)"),
    ("UNCLEAR", "fever", "(sweaty|sweating|clammy|flu-like|flu like|flu - like|temperature|temp|fevery)"),
    ("UNCLEAR", "fever", "(dripping|drenched|soaked|pouring|covered|soaking|wet) (with|in)? (sweat|sweats)"),
    ("FLAG", "fever", "(hot and cold|hot & cold|burning up)"),
    ("UNCLEAR", "fever", "(feel|feeling|felt|feels|i'm|am|bit|little|slightly|abit) (a bit|a little|slightly|kind of|kinda|sort of|bit|a touch)? (hot|warm|feverish|shivery|flushed|clammy|sweaty)"),
    ("UNCLEAR", "fever", "(a bit|a little|slightly|mildly|kind of|kinda) (feverish|shivery|hot)"),
    ("FLAG", "cancer_history", "(cancer|cancers|cancerous|tumour|tumours|tumor|tumors|malignancy|malignant|metastases|metastasis|metastatic|lymphoma|leukaemia|leukemia|myeloma|sarcoma|melanoma|carcinoma|chemo|chemotherapy|radiotherapy|oncologist|oncology|mastectomy|lumpectomy)"),
    ("FLAG", "cancer_history", "(radiation|radiation therapy) (therapy|treatment|treatments)"),
    ("FLAG", "cancer_history", "in remission"),
    ("FLAG", "cancer_history", "(mets|secondaries|neoplasm|neoplasms|neoplastic|hodgkin|hodgkins|hodgkin's|glioma|glioblastoma|immunotherapy|tamoxifen|letrozole|anastrozole|herceptin|palliative|macmillan|adenocarcinoma|mesothelioma|seminoma|cancer-free|cancor|cancers|tumer|tumers|tumour's|chemo's|radiation treatment|the big c)"),
    ("FLAG", "cancer_history", "(bowel|bladder|colon|colorectal|prostate|breast|lung|skin|brain|bone|blood|ovarian|cervical|pancreatic|stomach|liver|kidney|throat|spinal|spine|testicular|womb|uterine) (cancer|tumour|tumor|tumours|tumors)"),
    ("FLAG", "cancer_history", "(secondary|secondaries|bone) (cancer|tumours|tumors|deposits|mets|lesions)"),
    # Compounds and misspellings of the cancers' own names ("braincancer",
    # "leiomyosarcoma", "adenocarcinom", "neuroblastoma").
    ("FLAG", "cancer_history", r"/^[a-z]*(cancer|carcinom|sarcoma|blastoma|lymphoma|leuka?emia|myeloma|metasta)[a-z]*$/"),
    ("UNCLEAR", "cancer_history", "(lump|lumps|growth|growths|mass|shadow|lesion|lesions|nodule|nodules|biopsy|biopsies|tumour marker|tumor marker|tumour markers|tumor markers|psa)"),
    # Chemotherapy drugs given for arthritis and other immune diseases
    # ("methotrexate, a low-dose chemo drug"): one question, not a cancer.
    ("UNCLEAR", "cancer_history", "(low dose|low-dose|low - dose|weekly)? (chemo|chemotherapy|cancer) (drug|drugs|medication|medications|medicine|tablet|tablets|pill|pills|injection|injections)"),
    ("UNCLEAR", "cancer_history", "(low dose|low-dose|low - dose) (chemo|chemotherapy)"),
    ("UNCLEAR", "cancer_history", "(precancerous|pre-cancerous|pre - cancerous|precancer|pre-cancer|pre - cancer|dysplasia)"),
    # Working with cancer is not having it ("I work as an oncology nurse").
    ("IGNORE", "cancer_history", "(work|works|worked|working|job|career|employed|volunteer|volunteering|volunteered) (as|in|at|on|for) (a|an|the)? (oncology|cancer|chemo|chemotherapy|radiotherapy|radiation) (nurse|nurses|ward|wards|unit|units|department|centre|center|clinic|hospital|research|charity|team|tech|technician|therapist|doctor|pharmacist)?"),
    ("WEIGHT", "weight_loss", "(lost|losing|lose|dropped|dropping|shed|shedding) ~3 (weight|kg|kgs|kilos|kilo|pounds|lbs|lb|stone|stones|sizes)"),
    ("WEIGHT", "weight_loss", "weight ~2 (loss|dropped|dropping|falling|gone down|went down|dropped off|falling off)"),
    ("WEIGHT", "weight_loss", "(clothes|trousers|jeans|pants|belt|dress|skirt|shirt|top|clothing) (are|is)? (all)? (falling off|hanging off|looser|loose|getting loose|baggy|too big|swamping me)"),
    ("WEIGHT", "weight_loss", "(down|lighter by) (about|around|almost|nearly|over)? #num (pounds|lbs|lb|kg|kgs|kilos|stone|st)"),
    ("WEIGHT", "weight_loss", "(a|half a|#num) (stone|stones|pounds|lbs|kg|kgs|kilos|dress sizes|sizes) (lighter|down|thinner|smaller)"),
    ("WEIGHT", "weight_loss", r"(lost|losing|dropped|dropping|shed|shedding|down) ~2 /^\d+([.,]\d+)?(st|kg|kgs|lbs|lb|stone)$/"),
    ("WEIGHT", "weight_loss", "(weight|weighing) (has|is|keeps)? (dropped|plummeted|fallen|gone down|dropped off|falling off|dropping|plummeting)"),
    ("WEIGHT", "weight_loss", "(wieght|weigth|wight|weigh) (loss|lost)"),
    ("UNCLEAR", "weight_loss", "(no|lost my|loss of|lost|poor|reduced|losing my|not much of an|no real) appetite"),
    ("UNCLEAR", "weight_loss", "(off my food|not eating|barely eating|hardly eating|can't eat|cannot eat|skin and bone|wasting away|getting thinner|so thin|really thin|gaunt)"),
    ("QUALIFIER", "unintended", "without (trying|dieting|meaning to|changing|exercising|doing anything|a diet|any reason|explanation)"),
    ("QUALIFIER", "unintended", "(not|isn't|wasn't|no|not even|haven't been) (trying|dieting|on a diet)"),
    ("QUALIFIER", "unintended", "(not|isn't|wasn't|not even|haven't been) trying to lose (it|weight|any)?"),
    ("QUALIFIER", "unintended", "for no (apparent|real|obvious)? reason"),
    ("QUALIFIER", "unintended", "(no idea why|can't explain|out of nowhere|no reason)"),
    ("QUALIFIER", "unintended", "(no|without|not|haven't|hasn't|without any|without having any|with no|no change in|no change of|without any change in|without any change of|without having any change of|without having any change in|without changing) (exercise|exercising|dieting|diet|my diet|gym|trying)"),
    ("QUALIFIER", "unintended", "(horrible|bad|poor|terrible|unhealthy|awful|rubbish) (diet|eating)"),
    ("QUALIFIER", "unintended", "(unexplained|unintentional|unintentionally|unintended|unexpected|unexpectedly|inexplicably|inexplicable|mysteriously|unexplainable)"),
    ("QUALIFIER", "intended", "(on a diet|dieting|diet|on purpose|trying to lose|goal weight|target weight|weight loss surgery|gastric band|gastric sleeve|bariatric|intentionally|deliberately|slimming|weight watchers|ozempic|wegovy|mounjaro|calorie|calories|gym|exercising|working out|fasting)"),
    ("FLAG", "chest_pain", f"chest {_CHEST_WORDS}"),
    ("FLAG", "chest_pain", "chest (is|feels|gets|goes|feeling) (tight|heavy|tight and heavy|crushed|squeezed)"),
    ("FLAG", "chest_pain", "(tight|tightness|pressure|crushing|heavy|heaviness|squeezing|pain|pains|ache|band) ~3! (in|on|across|around|through) (my|the)? chest"),
    ("FLAG", "chest_pain", "(pain|pains|it|ache|spreads|goes|shoots|radiates|spreading|radiating) ~3 (into|up|to|in|towards) (my|the)? (jaw|jaws)"),
    ("LIMB", "jaw", "(jaw|jaws) (pain|ache|aches|aching|hurts|is sore|feels tight)"),
    ("LIMB", "jaw", "(pain|ache|aching|tightness) in (my|the) (jaw|jaws)"),
    ("UNCLEAR", "chest_pain", "(short of breath|shortness of breath|breathless|breathlessness|out of breath|hard to breathe|struggling to breathe|difficulty breathing|trouble breathing)"),
    ("UNCLEAR", "chest_pain", "(can't|cannot) (breathe|catch my breath)"),
    ("UNCLEAR", "chest_pain", "(puffed out|out of puff|puffing and panting|winded|gasping for air|gasping for breath)"),
    ("FLAG", "chest_pain", "(tight|crushing|squeezing|heavy|painful|sore|pressing) (pain in the|feeling in my|feeling in the)? chest"),
    ("FLAG", "chest_pain", "(having|had|have|having a|had a|have a|suffered a|suffering a) (angina|heart attack|myocardial infarction|cardiac arrest)"),
    # Named alone, a heart attack is as often feared, retold or a relative's: one question.
    ("UNCLEAR", "chest_pain", "(angina|heart attack|myocardial infarction|cardiac arrest|heart attacks)"),
    ("FLAG", "chest_pain", "(pain|pains|painful|ache|aches|aching|hurts|hurt|hurting|burning|burns|burn|discomfort|tightness|pressure|stabbing|sharp) ~4! (in|on|across|around|through|of|at) (my|the|his|her)? (left|right|upper|lower|middle|centre|center|whole)? (left|right|upper|lower|middle)? chest"),
    ("FLAG", "chest_pain", "(pain|pains|painful|ache|aches|hurts|hurt|hurting|burning|discomfort|tightness|pressure|stabbing) ~4! (left|right) side of (my|the|his|her)? chest"),
    ("FLAG", "chest_pain", "(pain|pains|ache|aches|hurts|hurt|hurting|discomfort|tightness|pressure) ~3! (back|neck|shoulders|shoulder|stomach|abdomen|tummy|arm|arms|legs|ribs|head|jaw) (and|&|,)? (my|the|his|her)? (left|right|upper)? chest"),
    ("FLAG", "chest_pain", "chest (felt|feels|feel|is|was|went|goes|gets) /^[\"'“”‘’]$/ (heavy|tight|crushed)"),
    ("FLAG", "chest_pain", "(left|right|upper|lower|middle|whole)? chest (and|&) (shoulder|back|arm|neck|jaw|upper back|stomach) (pain|pains|ache|aches|hurts|discomfort|tightness|pressure)"),
    ("FLAG", "chest_pain", "chest ~3! (burn|burns|burning|hurt|hurts|hurting|ache|aches|aching|seized|seizes|tightens|tightened|constricted|squeezed|crushed)"),
    ("FLAG", "chest_pain", "(left|right|upper|lower|middle|centre|center) chest (pain|pains|ache|aches|tightness|pressure|discomfort|hurts)"),
    ("FLAG", "chest_pain", "(constant|continuous|continual|persistent|nonstop|non-stop) chest (pain|pains|ache|aches|tightness|pressure|discomfort)"),
    ("FLAG", "chest_pain", "chest (started|starts|start|began|begins|keeps)? (feeling|feels|felt|feel|getting|gets|got|went|goes) (really|very|so|quite|extremely)? (tight|heavy|constricted|crushed)"),
    ("UNCLEAR", "chest_pain", "(hard time|difficulty in|trouble|struggling|struggle|problems|shallow|laboured|labored) (breathing|to breathe|to breath|breath)"),
    ("UNCLEAR", "chest_pain", "(not being able to|can't|cannot|cant|unable to) (breath|breathe) (properly|well|very well)?"),
    ("UNCLEAR", "chest_pain", "(chest|sternum|heavy-chested|chested|breastbone|palpitations|heart racing|racing heart|heart pounding)"),
    ("UNCLEAR", "chest_pain", "chest (feels|is|gets|goes) (a bit|a little|slightly|kind of|sort of|bit|abit) (tight|heavy|sore|achy)"),
    ("UNCLEAR", "chest_pain", "(a bit of a|slightly|bit of a|a little|a slightly) (tight|heavy|sore) chest"),
    # The place alone, so "chest pain under my right breast" keeps its flag.
    ("UNCLEAR", "chest_pain", "(under|below|beneath|behind) (my|the)? (left|right)? (breast|breastbone|sternum|nipple)"),
    ("UNCLEAR", "chest_pain", "heart ~4 (squeezed|squeezing|squeeze|crushed|crushing|clenched|clenching|gripped|in a vice)"),
    ("FLAG", "chest_pain", "(and|&|also|plus) (in|into|through|across|around) (my|the) chest"),
    ("LIMB", "left_arm", "(left|l) (arm|arms|hand|hands|shoulder and arm)"),
    ("FLAG", "self_harm", f"(want|wanna|wanted|going|gonna|think of|think about|thinking of|thinking about|thought about|thoughts of|thoughts about|considering|considered|plan|planning|tempted|feel like|urge) (to)? {_SELF}"),
    # Dying is wished ("I want to die"); "she's going to die" is a fear.
    ("FLAG", "self_harm", "(want|wanna|wanted|think of|think about|thinking of|thinking about|thought about|thoughts of|thoughts about|considering|tempted|feel like|urge|wish|wishing|ready) (to)? (die|dying)"),
    ("FLAG", "self_harm", "(kill|killing|harm|harming) (himself|herself|themselves|themself)"),
    # A threat made on a condition of the writer's ("my ex threatened to kill
    # himself if I left") is as often a means of control as a risk: one question.
    ("UNCLEAR", "self_harm", "(threatened|threatens|threatening|threaten) (to)? (kill|end|take|commit|hurt|harm) (himself|herself|themselves|his life|her life|his own life|her own life|their life|suicide) ~4 (if|unless|whenever|when|every time) (i|we|i'd)"),
    ("UNCLEAR", "self_harm", "(threatened|threatens|threatening|threaten) suicide ~4 (if|unless|whenever|when|every time) (i|we|i'd)"),
    # "He hurt himself at work" is as often an injury: one question.
    ("UNCLEAR", "self_harm", "(hurt|hurting) (himself|herself|themselves|themself)"),
    ("FLAG", "self_harm", "(end|ending|take|taking) (his|her|their) (own)? life"),
    ("FLAG", "self_harm", "(wants|want|wanted|wanting|talks about wanting|talking about wanting) to die"),
    ("FLAG", "self_harm", "(kill myself|killing myself|end it all|end my life|take my life|take my own life|suicidal|self harm|self-harm|self - harm|selfharm|harming myself|cutting myself|better off dead|better off without me|no reason to live|nothing to live for|wish i was dead|wish i were dead|wish i wasn't here|wish i wasn't alive|want it all to end|want it to end)"),
    ("FLAG", "self_harm", "(don't|do not|dont) want to (live|be alive|be here|wake up|go on|exist)"),
    ("FLAG", "self_harm", "(no|don't see the|dont see the|what's the|whats the|see no|can't see the|cant see the|don't see any) point (in|of)? (living|going on|life|being alive|anything)"),
    ("UNCLEAR", "self_harm", "(can't|cannot|cant) (go on|take it anymore|take this anymore|cope anymore|cope|do this anymore)"),
    ("UNCLEAR", "self_harm", "(hopeless|at the end of my tether|at my wits end)"),
    ("FLAG", "self_harm", "(tired|sick) of (living|life|being alive)"),
    ("IGNORE", "self_harm", "(tired|sick) of living (among|in|at|near|next|with people|here|there|out of)"),
    ("FLAG", "self_harm", "better off if i (was|were|wasn't|weren't) (gone|dead|not here|around|here)"),
    ("FLAG", "self_harm", "(no|see no|don't see any|dont see any) point (in)? (carrying on|being here|waking up|trying anymore|going on)"),
    ("FLAG", "self_harm", "(suicidel|suicidle|sucidal|suicdal|sucide|suicde)"),
    # An overdose is a self-harm word only with intent ("want to overdose",
    # above); asked about a dose or a drug it is no sign, otherwise one question.
    ("UNCLEAR", "self_harm", "(overdose|overdosed|overdosing|overdoses)"),
    ("IGNORE", "self_harm", "(can|could|did|do|does|will|would|might|to) (i|you|one|someone|somebody|people|a person|he|she|we|they|u)? (technically|accidentally|accidently|actually)? (overdose|od)"),
    ("IGNORE", "self_harm", "(accidental|accidentally|accidently|heroin|drug|drugs|opioid|opiate|caffeine|fentanyl|alcohol|vitamin) (overdose|overdoses)"),
    ("IGNORE", "self_harm", "(overdose|overdosed|overdosing) (of|on)? (magnesium|caffeine|vitamin|vitamins|iron|salt|paracetamol|ibuprofen|tylenol|acetaminophen|heroin|insulin)"),
    ("IGNORE", "self_harm", "(worried|worry|afraid|scared|risk|danger|chance) (of|about)? (an)? (overdose|overdosing)"),
    # Cutting oneself by accident is no self-harm ("cut myself shaving").
    ("IGNORE", "self_harm", "(cut|cutting) (myself|himself|herself) (shaving|on|with|while|chopping|cooking|by accident|accidentally|gardening)"),
    ("FLAG", "self_harm", "(cut|cuts|cutting|burn|burning|hit|hitting|punch|punching|hurt|hurting|harm|harming|starve|starving) (myself|himself|herself) (on purpose|deliberately|intentionally)"),
    ("FLAG", "self_harm", "(i|been|started|start|keep) (cutting|burning) (myself|again)"),
    ("FLAG", "self_harm", "(i|she|he) (cut|cuts) (myself|herself|himself)"),
    ("FLAG", "self_harm", "better off (not here|not alive|not around|not in this world|gone|without me)"),
    ("UNCLEAR", "self_harm", "(shouldn't|should not|shouldnt) (be here|be alive|exist)"),
    ("UNCLEAR", "self_harm", "(rather|prefer to) (never|not) (wake up|be here|be alive|exist)"),
    ("UNCLEAR", "self_harm", "(hate|hates) (my|this|your) (life|existence)"),
    ("UNCLEAR", "self_harm", "(care|caring) (if|whether) i (live|die|wake up)"),
    ("UNCLEAR", "self_harm", "(wish|wished) (i|i'd) (had)? (never been born|not been born|wouldn't have been born|wasn't born)"),
    # Figures of speech: "I thought I was going to die", "dying to get it sorted".
    ("IGNORE", "self_harm", "(thought|think|felt|feel|feels|felt like|feel like|feels like|like) (i was|i'm|im|i am|i'd|i would)? (going|gonna|about) (to)? die"),
    ("UNCLEAR", "self_harm", "(i'm|im|i am|i'll|ill) (going|gonna|about) (to)? die"),
    ("IGNORE", "self_harm", "(dying|die) (to|for) (get|know|see|try|go|have|make|meet|hear|a)"),
    ("IGNORE", "self_harm", "(wanted to|want to|wanna|could|would|i'll|gonna|going to|almost|nearly)? (die|died|dies|dying) (of|from) (embarrassment|shame|laughing|laughter|boredom|cuteness|happiness|excitement)"),
    ("IGNORE", "self_harm", "(political|career|social|professional) suicide"),
    ("IGNORE", "self_harm", "(going to|gonna|gon na|will i|could i|would i|can i|might i|i'll|i will)? (kill|killing|hurt|hurting|harm|harming) myself (doing|by doing|taking|by taking|mixing|drinking|lifting|working|training|exercising) (this|that|it|these|those)?"),
    ("UNCLEAR", "self_harm", "(what's|whats|what is) the point"),
    ("FLAG", "self_harm", "(is|isn't|if) (life|it|this) (really|even|truly|still)? worth (it to keep on living|living|it to go on|going on)"),
    ("UNCLEAR", "self_harm", "(life|living) ~2 (is|isn't|not) worth"),
    ("UNCLEAR", "self_harm", "(suicide|suicides)"),
    # "Suicidal" said of a group is talk about others: one question at most.
    ("UNCLEAR", "self_harm", "suicidal (people|persons|patients|veterans|vets|soldiers|troops|military|members|teens|teenagers|kids|students|clients|individuals|callers|men|women|friends|youth|service)"),
    # Wishing for an accident is a passive wish to die, not an injury.
    ("UNCLEAR", "self_harm", "(wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying) (for)? (an|a)? (accident|crash) (would|to|will)? (happen|occur|take me|come)?"),
    ("FLAG", "self_harm", "(attempted|attempt|attempting|considering|considered|thinking about|thinking of|thought about|thoughts of|thoughts about|contemplating|contemplated|plan|planning|commit|committing|tried) suicide"),
    ("FLAG", "self_harm", "(feel|feels|felt|feeling) (like)? (life|living) ~2! (isn't|is not|wasn't|was not|not) (even|really)? worth (living|it)"),
    ("UNCLEAR", "self_harm", "(dark thoughts|dark place|very low|so low|really low|depressed|depression|give up|giving up|want to give up)"),
    ("UNCLEAR", "self_harm", "(can't|cannot|cant) (carry on|keep going|take much more|live like this|live with this)"),
    # Wishes to end things in everyday words, plans and methods.
    ("FLAG", "self_harm", "(want|wanna|wanted|thinking about|thinking of|thought about|thoughts of|thoughts about|considering|planning|plan|going|gonna|ready) (to)? (end|ending) (things|everything|it|it all|my suffering|the suffering|my pain for good)"),
    ("FLAG", "self_harm", "(self-harming|self harming|selfharming|self - harming|self-harmed|self harmed)"),
    ("FLAG", "self_harm", "(relapsed|relapse|relapsing) ~3 (cut|cutting|self harm|self-harm|self - harm|burning myself)"),
    ("FLAG", "self_harm", "(i|and) (cut|burned|burnt) (again|last night|yesterday|today|this morning|tonight)"),
    ("FLAG", "self_harm", "(happier|better|easier) (off)? (if i|if i'm|if i was|if i were|without me|when i'm gone|once i'm gone) (wasn't|weren't|not|gone|dead|around|here)?"),
    ("FLAG", "self_harm", "(took|taken|take|swallowed|swallow) ~3 (pills|tablets|meds|painkillers) (on purpose|deliberately|intentionally|to die|to end it)"),
    ("UNCLEAR", "self_harm", "(took|taken|swallowed) (too many|a lot of|loads of|all my|all of my|a handful of|a bunch of|the whole|a whole) ~2 (pills|tablets|meds|painkillers|medication|bottle|packet|box)"),
    ("UNCLEAR", "self_harm", "(jump|jumping|jumped|step|stepping|stepped|walk|walking|throw myself|throwing myself) (off|in front of|from|under) (a|the|my)? (bridge|train|building|roof|cliff|car|bus|lorry|truck|balcony|tower|traffic)"),
    ("UNCLEAR", "self_harm", "(drive|driving|drove|crash|crashing|swerve|swerving) (my car)? into (a|the|on coming|oncoming)? (wall|tree|traffic|lorry|truck|bridge)"),
    ("UNCLEAR", "self_harm", "(sleep|go to sleep|fall asleep|sleep and) (and)? (never|not) (wake up|wake)"),
    ("UNCLEAR", "self_harm", "(sleep forever|never wake up|disappear forever)"),
    ("UNCLEAR", "self_harm", "(no one|nobody|noone|no-one) (would|will) (even)? (miss|notice|care|mind) (me|if i|when i)?"),
    ("UNCLEAR", "self_harm", "(i'm|im|i am|feel like|being) (just)? (a|such a) (burden|waste of space)"),
    ("UNCLEAR", "self_harm", "(worthless|hate myself|no future|don't see a future|life is meaningless|life has no meaning|done with life|done with everything|want it all to stop|want it to stop|want everything to stop)"),
    ("UNCLEAR", "self_harm", "(might|could|will|'ll|going to|gonna|would) (hurt|harm|kill) myself"),
    ("UNCLEAR", "self_harm", "(can't|cannot|cant) (handle|stand|bear) (this|it|life|my life)? (anymore|any more|much longer)"),
    ("UNCLEAR", "self_harm", "(tired of|sick of) (fighting|trying|everything|it all|existing)"),
    ("UNCLEAR", "self_harm", "(thoughts|thinking|think|thought) (about|of) (death|dying|not existing|not being alive)"),
    ("UNCLEAR", "self_harm", "(wish|want|wanted) (i could|to)? (just)? (disappear|vanish|stop existing|not exist|cease to exist)"),
    ("UNCLEAR", "self_harm", "(no way out|there's no way out|feel trapped|feeling trapped|don't care if i live|dont care if i live)"),
    ("NIGHT", "night", "(at|during the|every|each|through the|in the middle of the|most|all) (night|nights)"),
    ("NIGHT", "night", "(nights|nighttime|night-time|overnight|night pain|night pains|day and night|night and day)"),
    ("NIGHT", "night", "night (time|-time)"),
    ("NIGHT", "night", "(small|wee|early) hours"),
    ("NIGHT", "rest", "(worse|worst|bad|terrible|hurts|hurt|pain) ~4 (lying down|lying flat|lying in bed|in bed|at rest|when resting|while resting|resting|lie down|lay down|laying down|lie flat|lay flat|laying flat)"),
    ("NIGHT", "wake", "(wakes|waking|woken|wake|keeps waking|keep waking) (me|him|her) (up)?"),
    ("NIGHT", "wake", "(woken|woke|waking) (up)? (by|with|in) (it|the pain|pain|agony|excruciating pain|severe pain)"),
    ("NIGHT", "wake", "(keeps|keep|kept) (me|him|her) (awake|up)"),
    ("NIGHT", "wake", "(can't|cannot|can not|unable to|struggling to|struggle to) (sleep|get to sleep|stay asleep)"),
    ("NIGHT", "wake", "(affecting|affects|affected|disturbing|disturbs|disturbed|ruining|ruins|ruined|wrecking|interrupting|interrupts) (my|his|her) sleep"),
    ("NIGHT", "wake", "(impossible|hard|difficult) to (sleep|get to sleep|stay asleep)"),
    ("NIGHT", "wake", "(woke|wake|waking|woken) (up)? (because|due to|from) (of)? (the|my)? (pain|agony)"),
    # Pain that never lets up may be non-mechanical pain (NICE CKS), night or
    # not: "I'm in constant pain", "it never goes away". Many people with
    # long-standing back pain say so of ordinary pain, so it gets the night-pain
    # question rather than urgent advice straight away.
    ("UNCLEAR", "night_pain", "(constant|constantly|continuous|continual|nonstop|unrelenting|relentless|unremitting) ~2! (pain|pains|agony|ache|aching|headache|headaches|discomfort|throbbing)"),
    ("UNCLEAR", "night_pain", "(non-stop|non stop|never-ending|never ending|24/7) (pain|pains|agony|ache|aching|headache|headaches|discomfort|throbbing)"),
    ("UNCLEAR", "night_pain", "(pain|pains|hurt|hurts|ache|aches|aching|agony) ~2! (24|twenty four) (hours|hrs|hour) (a|per) day"),
    ("UNCLEAR", "night_pain", "(pain|pains|hurts|hurt|hurting|ache|aches|aching|agony) (is|are|has been|have been|it)? (constant|constantly|continuous|non-stop|nonstop|24/7|all the time|day and night|night and day)"),
    ("UNCLEAR", "night_pain", "(always|constantly|permanently) (either)? (in) (pain|agony)"),
    ("UNCLEAR", "night_pain", "(pain|pains|ache|it) (which|that)? (never|doesn't ever|does not ever|won't ever) (goes|go|ease|eases|stops|stop|lets|let) (away|up)?"),
    ("NO_EASE", "", "no matter (what|which|how|where) ~3"),
    ("NO_EASE", "", "nothing (helps|eases|works|settles|relieves|i do|seems to help|makes it)"),
    ("NO_EASE", "", "no position (helps|is comfortable|eases it)?"),
    ("NO_EASE", "", "(can't|cannot) (get comfortable|find a comfortable position|find a position|find any position)"),
    ("NO_EASE", "", "(any|every|whatever) position"),
    ("NO_EASE", "", "(doesn't|does not|won't|will not|never|isn't|not) (ease|eases|easing|settle|settles|let up|lets up|go away|goes away|stop|stops|get better|improve|improves)"),
    ("NO_EASE", "", "(no relief|constant|constantly|relentless|unrelenting|non-stop|nonstop|24/7|all night)"),
    ("NO_EASE", "", "even (when|while|if)? (i'm|i am)? (lying|resting|rest|i rest|still|in bed|lying still|lying down|sleeping|asleep)"),
    ("NO_EASE", "", "(at|when at|while at) rest"),
    ("NO_EASE", "", "(lying|laying) still"),
    ("NO_EASE", "", "(rest|resting|lying down|lying still|lying in bed|sleep|sleeping) (doesn't|does not|don't|never|won't) (help|ease it|ease|make a difference|relieve it|change it)"),
]


_BONES = {"tibia", "fibula", "femur", "leg", "legs", "arm", "ankle", "wrist", "hip", "pelvis", "rib", "ribs",
          "vertebra", "vertebrae", "spine", "back", "neck", "coccyx", "tailbone", "skull", "head", "collarbone",
          "clavicle", "foot", "hand", "knee", "elbow", "shoulder", "jaw", "sacrum", "forearm", "heel", "bone",
          "bones", "toe", "finger", "nose", "vertebral", "disc"}
_LEG_WORDS = {"leg", "legs", "foot", "feet", "knee", "knees", "thigh", "thighs", "calf", "toes", "toe"}
_ARM_WORDS = {"arm", "arms", "hand", "hands", "finger", "fingers", "wrist", "elbow", "forearm", "thumb"}
_WALKING = {"walk", "walking", "stand", "standing"}
#: Weakness words inside a spreading-pain phrase: "pain and weakness in both legs".
_WEAKNESS = {"weak", "weakness", "numb", "numbness"}


def _about_the_arm(ent: Span) -> bool:
    """Tingling or numbness said of an arm or hand is not a leg-weakness hint
    ("can't walk or use my hands" is still about walking)."""
    if {token.lower_ for token in ent} & _WALKING:
        return False
    words = {token.lower_ for token in ent.sent}
    return bool(words & _ARM_WORDS) and not words & _LEG_WORDS


#: Words that make a night or rest mention about the pain ("worse at night").
_PAIN_WORDS = {"pain", "pains", "painful", "hurts", "hurt", "hurting", "ache", "aches", "aching",
               "worse", "worst", "throbbing", "agony", "sore", "awake", "sleep"}



#: Sweats or chills put down, in their sentence, to something other than an
#: infection ("night sweats since the menopause", "sweating with panic").
_OTHER_CAUSES = {"menopause", "menopausal", "perimenopause", "perimenopausal", "hrt", "hormones", "hormonal",
                 "panic", "anxiety", "nightmare", "nightmares", "nervous", "exercise", "exercising", "workout",
                 "gym", "running", "heat", "weather", "sauna", "anxious", "stress", "stressed", "panicking", "panicky",
                 "nerves", "withdrawal", "freezing"}
#: Causes named only with a word that makes them one ("sweats from my
#: tablets", "a fever after the jab"; not "I don't want to keep taking tablets").
_DRUGS_AND_JABS = {"medication", "medications", "meds", "medicine", "tablets", "pills", "antidepressant",
                   "antidepressants", "vaccine", "vaccination", "vaccinations", "jab", "jabs", "booster",
                   "immunisation", "immunization", "shot", "shots"}
_CAUSED_BY = {"after", "from", "since", "because", "due", "caused"}
_GIVE = {"give", "gives", "gave", "giving", "makes", "make", "made"}


#: Causes of sweats and shivers strong enough to count anywhere in the message.
_MESSAGE_CAUSES = re.compile(r"\b(panic attacks?|anxiety attacks?|menopaus\w*|hot flush\w*|hot flash\w*)\b")


def _sweat_of_other_cause(ent: Span) -> bool:
    if ent.ent_id_ == "fever" and any(
            t.lower_ in _DRUGS_AND_JABS and ({w.lower_ for w in ent.doc[max(ent.sent.start, t.i - 4):t.i]} & _CAUSED_BY
                                             or {w.lower_ for w in ent.doc[t.i + 1:t.i + 2]} & _GIVE)
            for t in ent.sent):
        return True  # "a fever after my flu jab", "these tablets give me sweats"
    return (ent.ent_id_ == "fever" and bool({t.lower_ for t in ent} & {"sweats", "sweat", "sweating", "sweaty",
                                                                        "chills", "shivers", "shivering", "shaking",
                                                                        "hot", "cold", "shakes"})
            and (bool({t.lower_ for t in ent.sent} & _OTHER_CAUSES) or bool(_MESSAGE_CAUSES.search(ent.doc.text.lower()))))


def _past_episode(ent: Span, today: date) -> bool:
    """A fever had at a time said in its sentence to be past ("my son had a
    fever last month", "a temperature three weeks ago"); "a fever for the
    last month" or "since last week" is still going."""
    return ent.ent_id_ == "fever" and episodes.dated_past(ent, today)


def _is_current(ent: Span) -> bool:
    """Not said to be over ("used to", "years ago"); cancer history always counts."""
    return ent.ent_id_ == "cancer_history" or not context.is_historical(ent)


def _family_history(ent: Span) -> bool:
    """"a family history of cancer", "cancer runs in the family": whoever
    the message is about, that is their relatives' cancer."""
    before = {t.lower_ for t in ent.doc[ent.sent.start:ent.start]}
    after = [t.lower_ for t in ent.doc[ent.end:ent.sent.end]]
    in_the_family = any(after[i:i + 3] in (["in", "my", "family"], ["in", "the", "family"], ["in", "our", "family"])
                        for i in range(min(len(after), 4)))
    return bool(before & {"family", "families", "familial", "hereditary", "genetic"}) or "runs" in after[:2] \
        or in_the_family


#: Seen, not suffered: "I watched a car accident happen".
_WITNESS = {"watched", "saw", "witnessed", "witness", "witnessing", "seeing", "watching", "see", "filmed", "heard"}


def _witnessed(ent: Span) -> bool:
    return bool({t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4):ent.start]} & _WITNESS)


#: The lasting mental aftermath of an event: told of, the event is usually
#: long past ("the accident gave me PTSD").
_AFTERMATH = {"ptsd", "flashbacks", "flashback", "nightmares", "traumatic", "traumatised", "traumatized",
              "triggered", "triggers", "therapist", "therapy", "counselling", "counseling"}


def _aftermath(ent: Span) -> bool:
    """An accident told, in its sentence, with the aftermath it left and no
    time said: when it happened is worth asking."""
    return (bool({t.lower_ for t in ent.sent} & _AFTERMATH)
            and not any(e.label_ in ("DURATION", "DATE") for e in ent.sent.ents))


def _referred_back(ent: Span) -> bool:
    """"since the accident", "after my crash": an event the writer takes as
    known, with no time said in its sentence: when it was is worth asking."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4):ent.start]]
    told = any(a in ("since", "after", "before", "because", "from") and b in ("the", "my", "that", "this", "our")
               for a, b in zip(before, before[1:]))
    return told and not any(e.label_ in ("DURATION", "DATE") for e in ent.sent.ents)


def _retold(ent: Span) -> bool:
    """"the accident", "that crash" after an earlier one: the same event told
    again, decided by its first mention (and its time)."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ not in ("the", "that", "this"):
        return False
    return any(e.ent_id_ == ent.ent_id_ and e.end <= ent.start for e in ent.doc.ents)


_HURT_IT = {("injured", "it"), ("hurt", "it"), ("did", "it"), ("damaged", "it"), ("strained", "it"),
            ("pulled", "it"), ("injured", "my"), ("hurt", "my")}


def _caused_the_problem(ent: Span) -> bool:
    """"I injured it by falling off a horse": the injury is how the problem
    the message dates began, so the problem's time is the injury's."""
    words = [t.lower_ for t in ent.sent]
    return any(pair in _HURT_IT for pair in zip(words, words[1:])) and not any(
        e.label_ in ("DURATION", "DATE") for e in ent.sent.ents)


#: A year said with an injury that is not this one ("in [month] 2012").
_YEAR = re.compile(r"^(19|20)\d\d$")


def _injury_is_history(ent: Span, today: date) -> bool:
    """More than six weeks back: said in its clause, or else by every time
    said in its sentence ("In 1996, I had an accident")."""
    if durations.injury_is_history(ent, today) or _retold(ent):
        return True
    caused = _caused_the_problem(ent)
    days = [durations.days_of(e, today) for e in (ent.doc.ents if caused else ent.sent.ents)
            if e.label_ in ("DURATION", "DATE")]
    days = [d for d in days if d is not None]
    days += [365.0 * (today.year - int(t.text)) for t in ent.sent if _YEAR.match(t.text) and int(t.text) < today.year]
    return bool(days) and min(days) > durations.INJURY_HISTORY_DAYS


_DEATH = {"died", "passed", "dead", "death", "deaths", "funeral", "lost"}
#: Said of a relative now ("my father has stomach cancer"), not their history.
_PRESENT = {"has", "have", "is", "diagnosed", "suffering", "suffers", "undergoing", "undergone",
            "having", "got", "fighting", "battling", "treated", "treatment"}


def _of_the_dead(ent: Span) -> bool:
    """A relative's cause of death ("my mum died of bowel cancer") is family history."""
    return bool(ent._.other_experiencer) and bool({t.lower_ for t in ent.sent} & _DEATH)


#: The writer turns to their own health: "I now have a lump", "my chances".
_FIRST_PERSON = {"i", "i've", "i'm", "ive", "im"}
_HAVING = {"have", "had", "get", "got", "feel", "felt", "noticed", "developed", "having", "found", "suffer"}
_MINE = {"chance", "chances", "risk", "risks", "finger", "daughter", "son"}


def _writer_health(doc: Doc, after: int) -> bool:
    """After the relative's cancer, the message turns to the writer (or
    another person): the cancer is their family history."""
    words = [t.lower_ for t in doc[after:]]
    return any(word in _FIRST_PERSON and _HAVING & set(words[i + 1:i + 3])
               or word in ("my", "for") and words[i + 1:i + 2] and (words[i + 1] in _MINE or words[i + 1] == "me")
               for i, word in enumerate(words))


def _someone_has_cancer(ent: Span, doc: Doc) -> bool:
    """A relative's cancer stated in the present, in a message about no pain
    of the visitor's own: the person written about has it (not family history)."""
    if ent.label_ not in ("FLAG", "CHEMO_NOW") or ent.ent_id_ not in ("cancer_history", "immunocompromised") \
            or not _stated(ent):
        return False
    # The tense is the one said before the cancer ("has leukaemia", not ", is it genetic?").
    words = {t.lower_ for t in doc[max(ent.sent.start, ent.start - 6):ent.end]}
    if words & {"was", "were"}:
        words -= {"diagnosed", "treated", "treatment"}  # "mum was diagnosed ... and won": told as past
    if _of_the_dead(ent) or _survived(ent) or _writer_health(doc, ent.end) \
            or not (words & _PRESENT or _still_about_them(ent)):
        return False
    return not any(e.label_ in context.PAIN_EVIDENCE and not e._.other_experiencer for e in doc.ents)


def _survived(ent: Span) -> bool:
    """"a breast cancer survivor", "beat cancer twice": had, and over. The
    writer's own is still history (the sign); a relative's is family history."""
    before = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 3):ent.start]}
    after = {t.lower_ for t in ent.doc[ent.end:min(ent.sent.end, ent.end + 2)]}
    return bool(before & {"survived", "beat", "beaten", "overcame"} or after & {"survivor", "survivors", "free"})


#: The writer tells of their own state of mind: the relative's cancer is why
#: they write, not necessarily what they write for ("my aunt is battling
#: cancer and I'm struggling to cope").
_WRITER_FEELS = re.compile(
    r"\b(?:i'm|i am|im|i've been|ive been|i have been|i feel|i felt|i get|i keep|makes me|made me|i'm just|i've got)"
    r"(?: (?:so|really|very|just|feeling|getting|a bit|quite|constantly|always|completely|totally))* "
    r"(?:struggling|stressed|scared|worried|anxious|depressed|coping|grieving|sad|overwhelmed|exhausted|"
    r"afraid|terrified|upset|heartbroken|lonely|angry|numb|falling apart|breaking down|a mess|lost)\b"
    r"|\b(?:can't|cannot|cant) (?:cope|handle|deal|stop crying|focus)\b|\bpanic attacks?\b"
    r"|\bmy (?:anxiety|depression|mental health|stress)\b|\b(?:been|keep|i'm|im) crying\b"
    r"|\b(?:i don't|i do not|i dont) know (?:what to do|how to cope|how to deal)\b|\bfreaking out\b")


def _writer_in_focus(doc: Doc) -> bool:
    return bool(_WRITER_FEELS.search(doc.text.lower()))


#: Health anxiety that guesses at a cancer: "my health anxiety makes me
#: think every headache is a tumour", "convincing myself I have cancer".
_ANXIOUS = re.compile(r"\b(anxious|anxiety|paranoid|convinced|convincing|hypochondria\w*|obsess\w*|freaking out|"
                      r"google\w*|thinking (you|i|it)|bad feeling|reading|read up|researching|looking up|"
                      r"freaked out|makes me think|made me think|make me think)\b")
_GUESS_VERBS = {"is", "'s", "be", "have", "got", "of", "about", "has", "was", "its", "maybe", "maybes",
                "probably", "possibly", "stuck", "fixated", "fixating", "reading", "researching", "googling", "googled"}


_CAUSE = {"cause", "causes", "causing", "trigger", "triggers"}


def _named_as_a_risk(ent: Span) -> bool:
    """A cancer named as what a drug or a habit may cause ("statins can
    cause cancer", "medication that can cause liver damage or cancer")."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 8):ent.start]]
    return any(word in _CAUSE and before[i - 1:i] and before[i - 1] in ("can", "could", "may", "might", "to", "will")
               for i, word in enumerate(before))


#: A cancer feared or guessed just before it is named: "worried I have
#: ovarian cancer", "I think I've got a tumour", "scared it's leukaemia".
_FEARED = re.compile(r"\b(worried|worrying|scared|afraid|terrified|convinced|paranoid|fear|fearing|think|thinking)"
                     r"( that)? (i|he|she|it|you)( (have|has|'ve|'s|is|got|might|may|could|must))+( (a|an|some))?$")


def _anxious_guess(ent: Span) -> bool:
    """Health anxiety before a cancer named after "is" or "have": a fear, so
    one question rather than a flag (the owner named first, "my cancer", is had)."""
    before = [t.lower_ for t in ent.doc[ent.sent.start:ent.start]]
    if not before or before[-1] in ("my", "his", "her"):
        return False
    if _FEARED.search(" ".join(before[-8:])):
        return True
    if before[-2:-1] in (["symptoms"], ["signs"], ["symptom"]) and before[-1] == "of":
        return True  # "I have symptoms of ovarian cancer": a guess
    return bool(set(before[-3:]) & _GUESS_VERBS) and bool(_ANXIOUS.search(" ".join(before)))


#: Words that tie a cancer to someone who has or had it: a person (with
#: ``_PERSONAL``), having, a diagnosis, a stage, a treatment.
_OWNERSHIP = (scopes.RELATION_WORDS | {
    "i", "me", "myself", "you", "your", "they", "them", "their", "our", "us", "'s", "’s", "have", "has", "had",
    "having", "got", "diagnosed", "diagnosis", "history", "hx", "remission", "survivor", "stage", "grade",
    "treated", "treatment", "battling", "fighting", "beat", "survived", "removed", "surgery", "operation",
    "chemo", "chemotherapy", "radiotherapy", "radiation", "oncologist", "mastectomy", "lumpectomy", "spread",
    "metastatic", "metastasis", "secondary", "secondaries", "terminal", "recurrence", "relapse", "patient"})
#: Cancer as a topic: in general, in the media, for people at large.
_TOPIC = {"people", "patients", "many", "most", "those", "anyone", "someone", "everyone", "somebody", "anybody",
          "documentary", "film", "movie", "book", "article", "show", "programme", "program", "series", "video",
          "news", "causes", "cause", "say", "says", "research", "study", "studies"}


def _cancer_as_a_topic(ent: Span) -> bool:
    """Cancer named with no one who has it ("smoking causes lung cancer",
    "many cancer patients try acupuncture", "a documentary about leukaemia"):
    one question rather than a flag."""
    near = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):min(ent.sent.end, ent.end + 3)]}
    words = {t.lower_ for t in ent.sent}
    return bool(near & _TOPIC) and not words & (_OWNERSHIP | _PERSONAL) - _TOPIC


#: Diseases treated with chemotherapy drugs at low doses, and those drugs.
_IMMUNE = {"arthritis", "rheumatoid", "psoriasis", "psoriatic", "lupus", "crohn's", "crohns", "colitis", "scleritis",
           "uveitis", "vasculitis", "ms", "sclerosis", "methotrexate", "mtx", "rheumatologist", "ankylosing",
           "spondylitis", "spondyloarthritis", "sarcoidosis", "myositis"}


def _for_another_disease(ent: Span) -> bool:
    """"chemo" said with arthritis or methotrexate in its sentence: a drug
    for an immune disease, worth a question rather than taken as a cancer."""
    return (bool({t.lower_ for t in ent} & {"chemo", "chemotherapy", "chemo's"})
            and bool({t.lower_ for t in ent.sent} & _IMMUNE))


#: Animals: a pet's illness or fall is no sign of the person's.
#: ("pet" is left out: a PET scan finds cancers; "vet" is as often a veteran;
#: a horse throws its rider.)
_PETS = {"dog", "dogs", "cat", "cats", "puppy", "kitten", "rabbit", "hamster", "parrot", "pup", "doggy", "kitty"}
_PERSON = {"i", "i'm", "im", "i've", "me", "myself", "he", "she", "him", "her", "husband", "wife", "son", "daughter"}


def _of_a_pet(ent: Span) -> bool:
    """"my cat died of cancer", "our dog had a fever": an animal is named
    before the mention in its sentence and no person after it."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 8):ent.start]]
    pets = [i for i, word in enumerate(before) if word in _PETS]
    return bool(pets) and not set(before[pets[-1] + 1:]) & _PERSON


#: Who the message goes on about; "her" and "him" are left out ("her
#: mother", "protect him" name others as often as the patient).
_THIRD_PERSON = {"he", "she", "his", "he's", "she's"}


#: Words that keep a later mention of the person in the present ("she now has").
_NOW = {"has", "have", "is", "are", "'s", "now", "still", "keeps", "developed", "getting", "can't", "cannot"}


def _still_about_them(ent: Span) -> bool:
    """"A friend had chemo ... She has developed": the message goes on about
    the person with the cancer, now, who is the one it is written for ("he
    had aml and she had apl" is their history)."""
    relation = {t.lower_ for t in ent.sent[:ent.start - ent.sent.start]} & scopes.RELATION_WORDS
    after = ent.doc[ent.end:]
    return any((t.lower_ in _THIRD_PERSON or t.lower_ in relation)
               and {n.lower_ for n in after[i + 1:i + 3]} & _NOW for i, t in enumerate(after))


#: "is it leukaemia?", "maybe a tumour": a diagnosis guessed at, not had.
_GUESS = {"maybe", "possibly", "probably", "perhaps", "suspected", "suspect", "possible", "likely", "may", "might",
          "worried", "worry", "worrying", "concerned", "scared", "afraid", "fear", "fearing", "paranoid",
          "terrified", "frightened", "ruled", "rule"}
#: Words that open a question ("does lung cancer always ...", "what can cause
#: cancer under the eye?"); "supposing" opens a supposition.
_QUESTION_OPENERS = {"does", "do", "can", "could", "is", "are", "what", "how", "will", "would", "why", "which",
                     "when", "supposing", "should", "may", "might", "if", "whats", "what's", "hows"}
#: Whoever the message is about, in the sentence: a question naming them asks
#: about their own cancer ("what can I expect from my chemo?").
_PERSONAL = _FIRST_PERSON | {"my", "me", "mine", "i'd", "i'll", "he", "she", "his", "her", "him", "we", "our",
                             "husband", "wife", "mum", "mom", "dad", "father", "mother", "son", "daughter"}


#: Health anxiety: "I thought I had cancer", "convinced I had every malignant
#: disease", "worrying about brain tumours to liver cancer".
_WORRY = {"worried", "worrying", "worry", "worries", "scared", "afraid", "terrified", "paranoid", "convinced",
          "obsess", "obsessing", "obsessed", "fear", "fearing", "thought", "scare",
          "developing", "googling", "googled"}
#: How to treat it is asked by (or for) someone who has it.
_TREATING = {"treat", "treating", "treated", "cure", "curing", "radiation", "radiotherapy", "chemo", "chemotherapy"}


def _guessed(ent: Span) -> bool:
    """"maybe a tumour", "worried about lung cancer": feared or guessed, not
    had ("worried my cancer is back" is had: the owner is named)."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4):ent.start]]
    if before and before[-1] in ("my", "his", "her"):
        return False
    sentence = [t.lower_ for t in ent.sent]
    if len(sentence) <= 4 and sentence[-1] == "?":
        return True  # a title asking: "Oral cancer?"
    leading = [t.lower_ for t in ent.doc[ent.sent.start:ent.start]]
    worry = max((i for i, word in enumerate(leading) if word in _WORRY), default=None)
    if worry is not None and {"because", "since", "cos", "coz", "cause"} & set(leading[worry:]):
        return False  # "worried because I have breast cancer" gives the reason: had
    if worry is not None:
        return True
    return bool(set(before) & _GUESS) or any(
        a in ("is", "was", "could", "might") and b in ("it", "this", "that", "there")
        for a, b in zip(before, before[1:]))


def _general_question(ent: Span) -> bool:
    """A question about cancer in general ("does ovarian cancer cause leg
    numbness?", "is cirrhosis of the liver cancer?") names no one who has it."""
    sent = ent.sent
    words = [t.lower_ for t in sent if not t.is_punct]
    if not words or words[0] not in _QUESTION_OPENERS:
        return False
    return not set(words) & (_PERSONAL | _TREATING)


_OWNERS = {"my", "his", "her", "our", "their", "'s", "’s", "s'"}


def _owned(ent: Span) -> bool:
    """"my toddler's fever", "my chest pain": a finding someone owns is had,
    even in a question ("when should I see a doctor for my toddler's fever?")."""
    if ent.start == ent.sent.start or ent.doc[ent.start - 1].lower_ not in _OWNERS:
        return False
    return not {t.lower_ for t in ent.doc[ent.sent.start:ent.start]} & _SUPPOSING


#: Words that make an owned finding a supposition: "if my legs went weak",
#: "could acupuncture make my legs go weak?".
_SUPPOSING = {"if", "whether", "could", "would", "might", "can", "will", "may", "cause", "make", "get", "develop"}


def _asked(ent: Span) -> bool:
    """Asked about rather than had. Self-harm asked as a question ("is it
    worth living?") is the sign itself, and a cancer guessed at is not had."""
    if ent.ent_id_ == "self_harm":
        return bool(ent._.hypothetical)
    if ent.ent_id_ == "cancer_history" and (_guessed(ent) or _general_question(ent)):
        return True
    return bool(ent._.hypothetical) or (context.is_hypothetical(ent) and not _owned(ent))


def _asked_about(ent: Span) -> bool:
    """A possible sign asked about ("is sweating normal?") still deserves its
    one question; a stated sign asked about generally ("is chest pain a bad
    sign?") and anything feared or hypothetical do not."""
    if ent.ent_id_ == "cancer_history":
        # A lump asked about ("I have a lump, should I worry?") gets its
        # question; a cancer named in a question does not.
        return (ent.label_ == "UNCLEAR" and not ent._.negex and not ent._.hypothetical
                and not _of_the_dead(ent) and not _guessed(ent))
    return not ent._.negex and not ent._.hypothetical and context.is_hypothetical(ent) and not _of_the_dead(ent)


def _stated(ent: Span) -> bool:
    return not ent._.negex and not _asked(ent)


#: A time said in the sentence that puts self-harm in the past ("suicidal
#: thoughts and self-harm in the past", "she has been suicidal before"), and
#: the words that bring it back to now ("I used to cut and want to again").
_PAST_CUES = {"past", "before", "ago", "used", "previously", "teenager", "teen", "twenties", "younger", "child",
              "kid", "stopped"}
_PAST_PHRASES = ("when i was", "back then", "at the time", "back in", "been there", "in my first", "at one point",
                 "since then", "suicide survivor", "attempt survivor",
                 "got to the point", "in my teens", "in my mid", "in my early", "in my late", "never again",
                 "never take that route")
_PRESENT_CUES = {"now", "again", "still", "currently", "today", "tonight", "yesterday", "lately", "recently",
                 "sometimes", "keep", "keeps", "want", "wants", "wanna", "urge", "week", "just", "days", "every",
                 "whenever", "safe", "threatening", "threatened", "says", "said", "am", "'m", "feel", "feels",
                 "gets", "always", "constant", "constantly", "since"}


#: People in general, or someone unnamed: "vets that commit suicide", "if any
#: of you are thinking of suicide", "people who are suicidal".
_GENERIC = {"people", "person", "persons", "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
            "those", "they", "them", "their", "who", "others", "many", "most", "several", "vets", "veterans",
            "soldiers", "soldier", "troops", "members", "kids", "teens", "teenagers", "students", "men", "women",
            "guys", "folks", "nobody", "group", "groups", "prevention",
            "awareness", "hotline", "hotlines", "rate", "rates", "watch", "briefs", "statistics"}
#: The writer ("my" alone is not enough: "my group for suicidal veterans").
_MINE_NOW = {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself"}


def _self_harm_of_no_one(ent: Span) -> bool:
    """Talk of self-harm in general or of people unnamed ("so many veterans
    committing suicide", "a hotline for suicidal people", "if any of you are
    thinking of suicide"): nobody in the conversation is said to be at risk.
    Near the mention (six words before, four after) someone general is named
    and neither the writer nor anyone of theirs; a bare "suicidal" or "want to
    die" names no one else and stays the writer's."""
    if {t.lower_ for t in ent} & _MINE_NOW:
        return False
    near = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):min(ent.sent.end, ent.end + 4)]}
    if ent.text[:1].isupper() and ent.start > ent.sent.start and ent.doc[ent.start - 1].text[:1].isupper():
        return True  # a name: "Group for Suicidal Veterans"
    return bool(near & _GENERIC) and not near & (_MINE_NOW | scopes.RELATION_WORDS)


#: Who may be the subject of a self-harm mention other than the writer or
#: someone of theirs: "he was suicidal", "several who attempted suicide".
_UNNAMED = _GENERIC | {"he", "she", "him", "we", "one", "some", "us", "you"}
_NOW_SAID = _PRESENT_CUES | {"is", "are", "has", "have", "'s", "wants", "needs", "thinks", "talks", "talking"}


def _someone_unnamed(ent: Span) -> bool:
    """The nearest person before the mention, in its sentence, is someone the
    writer does not name as theirs ("he was suicidal", "I've known several
    who attempted suicide"), and nothing makes it now: a question, not the
    crisis advice. "My son says he wants to die" names the son, as does any
    relative named earlier in the message: it flags."""
    if {t.lower_ for t in ent} & _MINE_NOW or {t.lower_ for t in ent.doc[:ent.start]} & scopes.RELATION_WORDS:
        return False  # "My daughter ... she wanted to kill herself": the "she" is hers
    for token in reversed(ent.doc[max(ent.sent.start, ent.start - 10):ent.start]):
        word = token.lower_
        if word in _MINE_NOW or word in scopes.RELATION_WORDS or word in ("my", "our"):
            return False
        if word in _UNNAMED:
            clause = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):min(ent.sent.end, ent.end + 4)]}
            return not clause & _NOW_SAID
    return False


def _self_harm_in_the_past(ent: Span, today: date) -> bool:
    """Self-harm said, in its sentence, to be over, or someone else's act
    told with nothing that makes it now ("the birth mother attempted suicide",
    "his friend who's attempted suicide"). "My daughter said she wants to kill
    herself" and "my friend has tried suicide, how do I keep her safe" are now."""
    words = {t.lower_ for t in ent.sent}
    text = " ".join(t.lower_ for t in ent.sent)
    clause = {t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 6):min(ent.sent.end, ent.end + 6)]}
    if episodes.got_past(ent) or episodes.told_as_past(ent) and (
            episodes.recovery_after(ent) or episodes.dated_past(ent, today) or episodes.lasted(ent, today)):
        return True
    if clause & _PRESENT_CUES and not any(p in text for p in ("been there", "never again", "never take that route",
                                                              "since then")):
        return False
    return (bool(words & _PAST_CUES) or any(p in text for p in _PAST_PHRASES)
            or (bool(ent._.other_experiencer) and not words & {"has", "is", "are"}
                and bool({t.lower_ for t in ent} & _ACTS)))


#: Someone else's suicide ("a soldier took his own life", "two of them
#: committed suicide"): a death, told; an attempt or a wish of someone else's
#: still flags ("my friend attempted suicide", "she said she wanted to die").
_ACTS = {"committed", "killed", "took"}


#: Entity labels whose mention, in any context, belongs to one code.
_LABEL_CODES = {"BROKEN": "trauma", "WEIGHT": "weight_loss", "NIGHT": "night_pain", "NO_EASE": "night_pain",
                "CHEMO_NOW": "cancer_history"}


def _negated_or_asked(doc: Doc) -> bool:
    """A negation or a question anywhere: the classifier cannot see their
    scope ("legs aren't weak"), so it stays silent."""
    return any(token.lower_ in NEGATIONS or token.text == "?" for token in doc)


def mentioned_codes(doc: Doc) -> set[str]:
    """Codes the patterns saw at all, even negated, hypothetical or in
    another sense ("chest congestion"): the second opinion has no say on those."""
    codes = {ent.ent_id_ for ent in doc.ents if ent.label_ in ("FLAG", "UNCLEAR", "IGNORE")} & set(CODES)
    codes |= {_LABEL_CODES[ent.label_] for ent in doc.ents if ent.label_ in _LABEL_CODES}
    if any(ent.label_ == "LIMB" and ent.ent_id_ == "jaw" for ent in doc.ents):
        codes.add("chest_pain")
    return codes


#: How fast or how much: "losing weight day by day", "a massive weight loss".
_PACE = {"day", "fast", "rapid", "rapidly", "quickly", "massive", "huge", "dramatic", "dramatically",
         "significant", "significantly", "heavy", "steady", "steadily", "lot", "much", "stones", "stone",
         "severe", "extreme", "sudden", "suddenly", "drastic", "drastically", "considerable", "noticeable"}


#: An amount said before the loss: "a 45 pound weight loss".
_WEIGHT_UNITS = {"pound", "pounds", "lb", "lbs", "kg", "kgs", "kilo", "kilos", "stone", "stones"}


def _marked_loss(ent: Span) -> bool:
    """Weight lost in an amount ("lost 30 pounds") or at a pace that makes
    it worth a doctor's look even when nothing says why."""
    near = ent.doc[ent.start:min(ent.end + 3, ent.sent.end)]
    amount_before = {t.lower_ for t in ent.doc[max(ent.start - 2, ent.sent.start):ent.start]} & _WEIGHT_UNITS
    return (any(t.like_num or t.text[:1].isdigit() for t in near) or bool(amount_before)
            or bool({t.lower_ for t in ent.sent} & _PACE))


#: A plain fall that broke something or struck the head is a significant
#: injury: "fell ... suspected scaphoid fracture", "fell and hit his head".
_BREAK_WORDS = {"broke", "broken", "breaking", "fracture", "fractured", "fractures", "fracturing", "concussion"}


def _fall_that_hurt(ent: Span) -> bool:
    words = {t.lower_ for t in ent.sent}
    return bool(words & _BREAK_WORDS) or {"hit", "head"} <= words or {"hit", "banged"} & words and "head" in words


def _toilet_accident(ent: Span) -> bool:
    """"had an accident" next to the bladder or bowels is not an injury."""
    return any(e.ent_id_ == "bladder_bowel" for e in ent.sent.ents)


def _sentence_qualifier(span: Span) -> str | None:
    """Why the weight went: said in its sentence, or else anywhere in the
    message ("lost 122 pounds ... on my way to my goal weight")."""
    for ents in (span.sent.ents, span.doc.ents):
        ids = {ent.ent_id_ for ent in ents if ent.label_ == "QUALIFIER"}
        if ids:
            return "unintended" if "unintended" in ids else "intended"
    return None


def resolve(doc: Doc, someone_else: bool, location: str | None,
            today: date) -> tuple[list[tuple[str, Span]], list[tuple[str, Span]]]:
    """(red flags, unclear flags) as (code, span) in order of first mention."""
    red: dict[str, Span] = {}
    unclear: dict[str, Span] = {}
    night = [ent for ent in doc.ents if ent.label_ == "NIGHT" and _stated(ent) and _is_current(ent)]
    no_ease = any(ent.label_ == "NO_EASE" for ent in doc.ents)
    # The writer's own back or neck named: the message is about the writer.
    writer_in_pain = any(e.label_ == "LOCATION" and not e._.other_experiencer
                         and not {t.lower_ for t in e} & {"her", "his", "their"} for e in doc.ents)
    # "Up all night sick ... felt sick all the time" is no pain at night.
    pained = any(ent.ent_id_ in ("wake", "rest") or {t.lower_ for t in ent.sent} & _PAIN_WORDS
                 for ent in night + [e for e in doc.ents if e.label_ == "NO_EASE"])
    for ent in doc.ents:
        if ent.ent_id_ == "trauma" and _injury_is_history(ent, today) or _of_a_pet(ent):
            continue
        if ent.ent_id_ == "cancer_history" and _family_history(ent):
            continue
        if not _is_current(ent) or (ent.ent_id_ == "leg_weakness" and _about_the_arm(ent)) or _past_episode(ent, today):
            if ent.ent_id_ == "self_harm" and ent.label_ == "FLAG" and not ent._.negex:
                unclear.setdefault("self_harm", ent)  # a past episode: ask whether it is back
            continue
        if ent.ent_id_ == "self_harm" and not ent._.negex and ent.label_ in ("FLAG", "UNCLEAR"):
            if _self_harm_in_the_past(ent, today) or _self_harm_of_no_one(ent) or _someone_unnamed(ent):
                # Not a sign stated now, but self-harm was mentioned: one question.
                unclear.setdefault("self_harm", ent)
                continue
            if ent._.hypothetical:
                # "If I am feeling suicidal what should I do?", "scared I might
                # hurt myself": asked or feared, so one question.
                unclear.setdefault("self_harm", ent)
                continue
        if ent.label_ == "FLAG" and ent.ent_id_ == "trauma" and _stated(ent) and (
                _witnessed(ent) or _referred_back(ent) or _aftermath(ent)):
            unclear.setdefault("trauma", ent)
            continue
        if ent.label_ == "FLAG" and ent.ent_id_ != "cancer_history" and _stated(ent) and episodes.resolved(ent):
            unclear.setdefault(ent.ent_id_, ent)  # "a fever but it went away": is it back?
            continue
        # Signs stated of anyone count (see the module docstring); cancer and
        # night pain only for the person the message is about.
        of_anyone = _stated(ent) and not _of_the_dead(ent) and ent.ent_id_ != "cancer_history"
        if ent.ent_id_ == "trauma" and ent.text.lower() in ("accident", "accidents") and _toilet_accident(ent):
            continue
        if (ent.ent_id_ == "cancer_history" and ent.label_ == "FLAG" or ent.label_ == "CHEMO_NOW") \
                and _for_another_disease(ent):
            unclear.setdefault("cancer_history", ent)
            continue
        if ent.ent_id_ == "cancer_history" and ent.label_ == "FLAG" and not ent._.negex and (
                _anxious_guess(ent) or _named_as_a_risk(ent) or _stated(ent) and _cancer_as_a_topic(ent)):
            unclear.setdefault("cancer_history", ent)
            continue
        if _someone_has_cancer(ent, doc):
            # A relative's cancer now, in a message about the writer's own
            # state of mind, is asked about rather than taken as theirs.
            mine = not ent._.other_experiencer or not _writer_in_focus(doc)
            (red if mine else unclear).setdefault("cancer_history", ent)
        elif ent.label_ in ("FLAG", "BROKEN") and of_anyone and ent.ent_id_ != "self_harm" and ent._.other_experiencer \
                and not someone_else and writer_in_pain:
            # "My daughter had a fever, now I have back pain": the message is
            # the writer's; a relative's sign gets one question, not the advice.
            unclear.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "FLAG" and of_anyone and _sweat_of_other_cause(ent):
            unclear.setdefault("fever", ent)
        elif ent.label_ == "FLAG" and of_anyone:
            red.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "UNCLEAR" and (of_anyone or _asked_about(ent)):
            unclear.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "WEIGHT" and of_anyone:
            qualifier = _sentence_qualifier(ent)
            if qualifier == "unintended" or qualifier is None and _marked_loss(ent):
                red.setdefault("weight_loss", ent)
            elif qualifier is None:
                unclear.setdefault("weight_loss", ent)
        elif ent.label_ == "BROKEN" and of_anyone:
            (red if {t.lower_ for t in ent.sent} & _BONES else unclear).setdefault("trauma", ent)
        elif ent.label_ == "NIGHT" and night and ent == night[0]:
            if no_ease and pained:
                red.setdefault("night_pain", ent)
            elif any(n.ent_id_ in ("wake", "rest") or {t.lower_ for t in n.sent} & _PAIN_WORDS
                     for n in night):
                unclear.setdefault("night_pain", ent)
        elif not (_stated(ent) and context.belongs(ent, someone_else)):
            continue
        elif ent.label_ == "FLAG":
            red.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "CHEMO_NOW":
            red.setdefault("cancer_history", ent)
        elif ent.label_ == "UNCLEAR":
            unclear.setdefault(ent.ent_id_, ent)
        elif ent.label_ == "RADIATION" and {t.lower_ for t in ent} & _WEAKNESS:
            limbs = {t.lower_ for t in ent} & _LEG_WORDS
            if limbs & {"legs", "feet"}:
                red.setdefault("leg_weakness", ent)
            elif limbs:
                unclear.setdefault("leg_weakness", ent)
        elif ent.label_ in ("LIMB", "RADIATION") and (ent.ent_id_ == "jaw" or "left" in ent.text.lower()):
            if location == "upper_back":
                red.setdefault("chest_pain", ent)
            elif ent.ent_id_ == "jaw":
                unclear.setdefault("chest_pain", ent)
    if "fever" in unclear and any(e.ent_id_ == "fever" and (e.label_ == "FLAG" and e._.negex or e.label_ == "IGNORE"
                                                            and {"lack", "lacking", "absence"} & {t.lower_ for t in e})
                                  for e in doc.ents):
        del unclear["fever"]  # "the flu but no fever": the question is answered
    fall = unclear.get("trauma")
    if fall is not None and fall.label_ == "UNCLEAR" and _stated(fall) and _fall_that_hurt(fall) \
            and not (fall._.other_experiencer and not someone_else and writer_in_pain):
        red["trauma"] = unclear.pop("trauma")
    waist = red.get("leg_weakness")
    if waist is not None and {"waist", "hips"} & {t.lower_ for t in waist}:
        unclear.setdefault("saddle_numbness", waist)
    if not _negated_or_asked(doc):
        for code in second_opinion.suggest(doc.text, mentioned_codes(doc) | set(red) | set(unclear)):
            unclear.setdefault(code, doc[:])
    if "night_pain" not in red and "night_pain" not in unclear:
        relentless = [ent for ent in doc.ents if ent.label_ == "NO_EASE" and {t.lower_ for t in ent.sent} & _PAIN_WORDS]
        if relentless:
            unclear["night_pain"] = relentless[0]
    return list(red.items()), [(code, span) for code, span in unclear.items() if code not in red]

"""The phrases of the danger signs: what states each code outright (FLAG),
what deserves one question (UNCLEAR), other senses that shield a code
(IGNORE), and the cues ``flags.resolve`` weighs (NIGHT, NO_EASE, LIMB,
BROKEN, WEIGHT, QUALIFIER, CHEMO_NOW).

Kept apart from ``flags`` so the vocabulary, which grows with every new kind
of writing, can be read and reviewed without the code that decides what a
mention means; the tiers and their reasons are described in ``flags``.
"""

from __future__ import annotations

_BLADDER = "(bladder|bowels|bowel|pee|wee|urine|poo|poop|stool|stools|waterworks|toilet|sphincter)"
_CANT = ("(can't|cant|cannot|can not|couldn't|unable to|not able to|not being able to|being unable to|struggling to|"
         "struggle to|trouble|difficulty|problems|hard to|can't seem to)")
#: Saddle areas in one word, and the few that need two or three.
_SADDLE = ("(groin|genitals|genital|privates|crotch|perineum|perineal|saddle|bum|butt|buttocks|"
           "backside|vagina|vaginal|penis|scrotum|anus|nethers|testicles|testicle|testes|labia|vulva|clitoris|"
           "rectum|arse|ass|buttock|perianal|undercarriage|pubic|pubis|balls|willy|fanny|taint|gooch|butthole|bumhole)")
_SADDLE_PHRASES = ["inner (thigh|thighs)", "(my|her|his) bottom", "(bum|butt|bottom) (cheeks|cheek)", "inside of (my|her|his|the)? (thigh|thighs|legs)",
                   "down there", "down below", "below the belt", "between (my|her|his|the)? legs", "private (parts|area|bits)",
                   "back passage", "nether (regions|region)", "(lady|girly|man|naughty) (parts|bits)", "(sit|sitting) (bones|bone)", "(vaginal|genital|groin|anal|saddle) (area|region)",
                   "(the|my|her|his)? (rear end|bottom area|seat area)"]
#: A comfortable position sought in vain, now or on a night told of: "couldn't find a position",
#: "tried and failed to find a position".
_NO_COMFORT = ("(can't|cannot|cant|can not|couldn't|could not|couldnt|unable to|not able to|failed to|fail to|"
               "struggle to|struggling to|struggled to)")
#: "From the waist down" is leg weakness, which asks about the saddle too (``resolve``).
_NUMB = "(numb|numbness|tingling|tingly|dead|deadness|numbed|numbish|paraesthesia|paresthesia|paraesthesias|paresthesias)"
#: Sensations too vague to state a sign, worth one question about the saddle.
_ODD = "(odd|weird|strange|funny|different|buzzing|fizzing|altered|reduced|less)"
_NO_FEELING = ("(no feeling|lost feeling|loss of feeling|loss of sensation|no sensation|lost sensation|reduced feeling|"
               "reduced sensation|altered sensation|less feeling|pins and needles|can't feel|"
               "cannot feel|can't feel anything|cant feel|cant feel anything|couldn't feel|couldn't feel anything|unable to feel|"
               "lack of sensation|lack of feeling|decreased sensation|diminished sensation|decreased feeling|"
               "lost all feeling|lost all sensation|lost all the feeling|no feeling at all|"
               "could not feel|could not feel anything|couldnt feel|couldnt feel anything|didn't feel anything)")
_WEAK = ("(weak|weaker|weakening|numb|number|dead|wobbly|jelly|giving way|give way|gave way|"
         "buckling|buckle|buckled|collapsing|collapse|collapsed|give out|giving out|gave out)")
_HEIGHT = ("(ladder|roof|stairs|steps|staircase|stair|horse|bike|bicycle|motorbike|motorcycle|"
           "tree|height|heights|scaffolding|scaffold|wall|trampoline|balcony|chair|table|"
           "building|stool|loft|attic|cliff|rock|ice|floor|kerb|curb|pavement|bath|shower|"
           "swing|slide|stage|platform|deck|porch|truck|van|boat|treadmill|bathtub|tub|scooter|e-scooter|"
           "skateboard|moped|quad|pony|skis|snowboard|skates|rollerblades|hoverboard)")
_FALL = "(fell|fall|falling|fallen|falls|tumbled|tumble|came|come|thrown|slipped|slip|tripped|crashed)"
#: Both legs, or the legs with other limbs: their weakness is never just sciatica.
_LEGS = ("(legs|feet|legs and feet|feet and legs|hands and legs|arms and legs|legs and arms|hands and feet|"
         "arm and leg|hand and leg|hand and foot|leg and foot|foot and leg)")
_NUMB_IN_FEELING = ["(emotionally|mentally) (numb|numbed|numbness)",
                    "(numb|numbed|numbness) (inside|to everything|to it all|to the world|emotionally)",
                    "(numb|numbs|numbing) (the|my) (pain|feelings|emotions|mind|brain|thoughts|sadness|hurt)"]
_CHEST_WORDS = "(pain|pains|tightness|pressure|discomfort|heaviness|ache|aches|hurts|tight)"
_SELF = ("(kill myself|killing myself|end it|end it all|ending it all|ending it|"
         "end my life|ending my life|hurt myself|hurting myself|harm myself|harming myself|"
         "take my own life|taking my own life|not be here|not wake up|not being here|disappear|"
         "overdose|take an overdose|od|cut myself|cutting myself|hang myself|hanging myself|"
         "shoot myself|shooting myself|drown myself|drowning myself|poison myself|gas myself|"
         "throw myself off|slit my wrists|slitting my wrists|kill my own self|kill my self|"
         "killing my own self|end my own life|ending my own life)")

RULES = [
    ("FLAG", "bladder_bowel", f"{_CANT} (always|properly|fully|quite|really|completely)? (control|hold|empty|hold in) (my|his|her|their|the|in)? {_BLADDER}"),
    ("FLAG", "bladder_bowel", "(accident|accidents) (in|with)? (my|his|her)? (pants|knickers|underwear|trousers|bed)"),
    ("FLAG", "bladder_bowel", f"{_BLADDER} ~4 (accident|accidents)"),
    ("FLAG", "bladder_bowel", "(bedwetting|bed-wetting|wet the bed|wetting the bed|wets the bed|wet myself|wets himself|wets herself)"),
    ("FLAG", "bladder_bowel", "(went|go|gone|going|goes|did it|done it|doing it) in (my|his|her) (pants|trousers|knickers|underwear|pyjamas|pajamas|nappy|diaper)"),
    ("FLAG", "bladder_bowel", "(faecal|fecal|urinary|bowel|bladder|double) (incontinence|leakage|leaking|urgency)"),
    ("FLAG", "bladder_bowel", "(incontinance|incontinet|incontenence|incontinant|inconsistence)"),
    ("UNCLEAR", "bladder_bowel", "(bladder|bowel|bowels|waterworks|urination|urinating|urinate|urine|peeing|weeing|continence|dribbling|dribble|leaky|urgency|nocturia|constipation|constipated|catheter|diaper|diapers|nappies|incontinence pads)"),
    ("UNCLEAR", "bladder_bowel", "(urge|urges|rush|rushing) to (the)? (toilet|loo|bathroom|pee|wee)"),
    ("UNCLEAR", "bladder_bowel", "(pee|peed|peeing|wee|weed|urinate|urinating|poo|pooed|bladder|bowels|toilet|loo|bathroom) ~3 (without|with no|with little|with barely|with hardly|without barely|without hardly|barely|hardly) (any|much|a)? warning"),
    ("UNCLEAR", "bladder_bowel", "(pee|wee|urinate|go to the toilet|go to the loo|going to the toilet|going to the loo) ~2 (more|less|lot|often|frequently|constantly|urgently)"),
    # Control said to be small, not only lost: "minimal control of going to the bathroom".
    ("FLAG", "bladder_bowel", f"(lost|losing|loss of|lose|no|little|minimal|poor|limited|reduced|less) control (of|over) (going to)? (the|my|her|his|their)? ({_BLADDER[1:-1]}|bathroom|restroom)"),
    ("FLAG", "bladder_bowel", "(lost|losing|loss of|no) (bladder|bowel) control"),
    ("FLAG", "bladder_bowel", "(wet|wets|wetting|peed|peeing|pee|pees|wee|wees|weed|weeing|piss|pisses|pissed|pissing|soiled|soiling|soil|soils|poo|poos|pooed|poop|poops|pooped|mess|messed) (myself|my pants|the bed|my trousers|my knickers|my underwear|herself|himself)"),
    ("FLAG", "bladder_bowel", f"{_CANT} (passing|pass) (urine|water|stool|stools|a stool|wind)"),
    ("FLAG", "bladder_bowel", "(bladder|bowel|bowels) (doesn't|does not|won't|will not|isn't|is not|never|don't|do not) (fully|completely|properly)? (empty|emptying|empties)"),
    ("FLAG", "bladder_bowel", "(had to be|needed to be|needed|have to be|got|fitted with) (a)? (catheterised|catheterized|catheter)"),
    # A catheter put in, or a night in a puddle of one's own pee: "they inserted a Foley catheter",
    # "had a catheter fitted", "they catheterised me", "found sitting in a puddle of pee".
    ("FLAG", "bladder_bowel", "(inserted|insert|put in|placed|fitted|gave me|given) (a|an)? (foley|urinary|bladder|indwelling)? catheter"),
    ("FLAG", "bladder_bowel", "(a|the)? (foley|urinary)? catheter (was|had to be|needed to be)? (inserted|put in|placed|fitted)"),
    ("FLAG", "bladder_bowel", "(catheterised|catheterized|cathetered) (me|him|her)"),
    ("FLAG", "bladder_bowel", "in a puddle of (my|his|her)? (own)? (pee|wee|urine|piss)"),
    ("FLAG", "bladder_bowel", "(incontinence|incontinent)"),
    ("FLAG", "bladder_bowel", "(no|lost the|lost|without any|without the|without) (urge|sensation|feeling) (to|of needing to|that i need to) /^[\"“”'‘’]$/? (pee|wee|urinate|poo|open my bowels)"),
    ("FLAG", "bladder_bowel", "(urinary|urine|bladder) retention"),
    ("FLAG", "bladder_bowel", "(retaining|retained|retain) (urine|pee|wee|my urine)"),
    ("FLAG", "bladder_bowel", "(pee|urine|wee|piss) ~2 (running|ran|runs|dribbling|trickling|leaking|leaked|pouring|going) down (my|his|her|the inside of my) (leg|legs|thigh|thighs)"),
    ("FLAG", "bladder_bowel", "(leaking|leak|leaked|leaks|dribbling|dribble) ~2 (urine|pee|wee|poo)"),
    ("FLAG", "bladder_bowel", "(leaking|leak|leaks) when i (cough|sneeze|laugh|stand|move|walk)"),
    ("FLAG", "bladder_bowel", "(pee|wee|piss|wet|pees|wees|wet myself|leaking|leak|leaks) (a little|a bit)? (when|whenever|every time|if) i (cough|sneeze|laugh|stand|move|walk|lift)"),
    ("FLAG", "bladder_bowel", f"{_CANT} (pee|wee|urinate|pass urine|pass water|go to the toilet|poo|have a poo|open my bowels|empty my bladder)"),
    ("FLAG", "bladder_bowel", "(haven't|have not|havent|hasn't) (peed|weed|urinated|been able to pee|been able to wee|been able to urinate)"),
    ("FLAG", "bladder_bowel", "(can't|cannot|couldn't|didn't|did not|didnt|don't|do not|not|never|doesn't) (always)? (quite)? (make|made|get) (it)? to the (toilet|loo|bathroom|restroom|washroom) (in time)?"),
    # A near miss is worth the question: "nearly missed the toilet", "only just made it to the loo".
    ("UNCLEAR", "bladder_bowel", "(nearly|almost|barely|just) (missed|miss|missing|make|made|making|get|got) (it)? (to)? the (toilet|loo|bathroom|restroom|washroom)"),
    ("FLAG", "bladder_bowel", "(accident|accidents) ~3 (toilet|loo|bathroom|bladder|bowel|bowels)"),
    # Leaks, retention and lost sensation said of the bladder or bowels
    # themselves: "my bladder has been leaking", "urine leaks out when I
    # walk", "it feels full but nothing comes out", "I can't hold my water",
    # "no bladder sensation", "my bladder isn't working properly", "a few
    # accidents, mostly wee".
    ("FLAG", "bladder_bowel", "(urine|pee|wee|poo|bladder|bowels) (just|keeps|keep|has been|have been|is|are|'s|constantly|still)? (leaking|leaks|leaked|trickles|trickling|dribbles|dribbling|seeps|seeping)"),
    ("FLAG", "bladder_bowel", "(accident|accidents) ~4 (wee|pee|poo|poop|urine|weeing|peeing)"),
    ("FLAG", "bladder_bowel", f"{_CANT} (hold|holding|hold in|holding in) (my|his|her)? (water|wee|pee|urine)"),
    ("FLAG", "bladder_bowel", "(no|lost|lost my|reduced|lack of|loss of|without) (bladder|bowel) (sensation|feeling)"),
    ("FLAG", "bladder_bowel", "(can't|cannot|cant|couldn't|don't|dont|do not) (feel|sense|tell|know) (when|if) (my)? (bowels|bowel|bladder) (move|moves|moved|open|opens|opened|empty|empties|emptied|is emptying)"),
    ("FLAG", "bladder_bowel", "(bladder|bowels|bowel|waterworks) (isn't|is not|aren't|are not|isnt|arent|not) (working|functioning) (properly|right|normally|as it should)?"),
    ("FLAG", "bladder_bowel", "(bladder|bowels) ~4 (but|and) (nothing|hardly anything|barely anything|only a trickle|only a dribble|just a trickle|just a dribble) (comes|came|will come|would come)"),
    ("FLAG", "bladder_bowel", "(only|barely|just) (pee|wee|pass|passing|peeing|weeing) (a)? (dribble|trickle|few drops)"),
    ("FLAG", "bladder_bowel", "(haven't|havent|have not|never|not) (fully|completely|properly)? emptied (my)? (bladder|bowels)?"),
    ("FLAG", "bladder_bowel", "(bladder|bowel|bowels|waterworks|toilet|urinary|urine) (problems|problem|issues|issue|trouble|changes|change|dysfunction|symptoms|accidents|incontinence|control)"),
    ("FLAG", "bladder_bowel", "(problems|problem|trouble|issues|changes|difficulty) (with)? (my)? (bladder|bowels|bowel|waterworks|peeing|urinating|weeing)"),
    ("FLAG", "bladder_bowel", "(no|can't|cannot|don't) (feel|sense|know|tell) (when)? (i need to|the urge to|if i need to) (pee|go|wee|poo)"),
    ("FLAG", "bladder_bowel", "(urinate|urinating|urinates|pee|peeing|pees|wee|weeing|wees) (everywhere|on the floor|in bed|in my sleep|in her sleep|in his sleep|without knowing|without noticing)"),
    ("FLAG", "bladder_bowel", "(using|use|wearing|wear|wears|need|needs|in) ~4 (diaper|diapers|nappies|nappy|incontinence pads|incontinence pants|depends)"),
    ("FLAG", "bladder_bowel", "(have to|has to|need to|needs to|use|uses|using|with|self) (a)? (catheter|catheterise|catheterize|catheterising|catheterizing)"),
    ("FLAG", "bladder_bowel", "(suprapubic|indwelling|permanent) catheter"),
    ("FLAG", "bladder_bowel", "(bladder|bowel|bowels|waterworks) (has|have|had)? (failed|stopped working|packed up|shut down|gone)"),
    # Control said to be gone, no feeling of passing or of a full bladder,
    # straining to start, pads for leaks: "my bladder control is gone", "no
    # sensation when I pee", "I have to strain to wee", "pads because I leak".
    ("FLAG", "bladder_bowel", "(bladder|bowel|bowels|toilet|continence) control (is|has|'s)? (gone|going|went|lost|failing|poor|bad|worse|worsening)"),
    # Control said to be back or kept is no loss of it: "my bladder control is back", "regulated bladder control".
    ("IGNORE", "bladder_bowel", "(bladder|bowel|bowels|toilet|continence) control (is|was|has|'s)? (been|come)? (back|returned|restored|fine|normal|good|ok|okay|improved|better|great)"),
    ("IGNORE", "bladder_bowel", "(regulated|regulates|restored|restores|improved|improves|regained|regain|regaining|good|normal|full) (my|his|her)? (bladder|bowel|bowels|toilet) control"),
    ("FLAG", "bladder_bowel", "(no|lost|without|less|reduced) (sensation|feeling) (at all)? (when|while|as) (i)? (pee|peeing|wee|weeing|urinate|urinating|poo|pooing|wipe|wiping|pass urine|passing urine|pass water|passing water|pass a stool|open my bowels)"),
    # Passing urine not felt, or known only after: "I couldn't feel myself peeing", "I peed and didn't even know".
    ("FLAG", "bladder_bowel", "(can't|cannot|couldn't|could not|don't|didn't|did not|unable to) (feel|sense) (myself)? (peeing|weeing|urinating|pooing|the urine|the pee|the wee|the stream)"),
    ("FLAG", "bladder_bowel", "(peed|weed|urinated|pooed|pooped|wet myself|soiled myself) (and|but)? (didn't|did not|without) (even)? (know|knowing|notice|noticing|realise|realising|realize|realizing|feel|feeling)"),
    ("FLAG", "bladder_bowel", "(can't|cannot|can|couldn't|don't|dont|no) (longer)? (tell|feel|sense|know) (when|if) (my)? (bladder|bowel|bowels) (is|are|'s)? full"),
    ("FLAG", "bladder_bowel", "(strain|straining|strained|strains|push|pushing) (hard)? to (pee|wee|urinate|piss)"),
    ("FLAG", "bladder_bowel", "(n't|cannot|cant|trouble|difficulty|unable|hard|struggle|struggles|struggling) (to)? (start|starting|begin|beginning) (to)? (pee|peeing|wee|weeing|urinate|urinating)"),
    ("FLAG", "bladder_bowel", "(n't|cannot|cant|trouble|difficulty|unable|hard|struggle|struggles|struggling) (to)? (get|getting) started (to)? (pee|peeing|wee|weeing|urinate|urinating)"),
    ("FLAG", "bladder_bowel", "(urine|pee|wee|poo|stool|stools) ~2 (comes|come|came|leaks|leaked|slips|escapes) (out)? without (me|my) (knowing|noticing|feeling|realising|realizing)"),
    ("FLAG", "bladder_bowel", "(pad|pads) ~4 (bladder|urine|wee|pee|accidents|incontinence)"),
    ("FLAG", "bladder_bowel", "(wear|wearing|wears|need|needing|use|using) (a)? (pad|pads) ~3 (because|as|since|cause|coz|case) (i|he|she)? (keep|keeps)? (leak|leaks|leaking)"),
    ("UNCLEAR", "bladder_bowel", "(bowel blockage|bowel obstruction|blocked bowel|bowel movement|bowel movements|bowel motion|bowel motions|stools|bloody stool|blood in my stool|blood in my urine|blood in urine)"),
    ("FLAG", "saddle_numbness", f"{_NUMB} ~4 {_SADDLE}"),
    ("FLAG", "saddle_numbness", f"{_SADDLE} ~3 {_NUMB}"),
    ("FLAG", "saddle_numbness", f"{_NO_FEELING} (in|around|on|down)? (my|the|her|his)? {_SADDLE}"),
    *[("FLAG", "saddle_numbness", f"{_NUMB} ~4 {area}") for area in _SADDLE_PHRASES],
    *[("FLAG", "saddle_numbness", f"{_NO_FEELING} (in|around|on)? (my|the|her|his)? {area}") for area in _SADDLE_PHRASES],
    *[("FLAG", "saddle_numbness", f"{area} ~3 {_NUMB}") for area in _SADDLE_PHRASES],
    ("FLAG", "saddle_numbness", f"{_NO_FEELING} ~5 {_SADDLE}"),
    # A word between: "I can't really feel my bum", "can barely feel my bottom".
    ("FLAG", "saddle_numbness", f"(can't|cannot|can not|couldn't|could not|cant|couldnt) (really|properly|quite|fully|even|totally|barely|hardly) feel ~4 {_SADDLE}"),
    ("FLAG", "saddle_numbness", f"(can|could)? (barely|hardly) feel ~4 {_SADDLE}"),
    *[("FLAG", "saddle_numbness", f"(can't|cannot|couldn't|cant) (really|properly|quite|fully|even|totally|barely|hardly) feel ~2 {area}")
      for area in _SADDLE_PHRASES],
    *[("FLAG", "saddle_numbness", f"(barely|hardly) feel ~2 {area}") for area in _SADDLE_PHRASES],
    ("FLAG", "saddle_numbness", "saddle (numbness|anaesthesia|anesthesia|anaesthetic|sensation|paraesthesia|paresthesia|area)"),
    ("FLAG", "saddle_numbness", "(numb|numbness|no feeling|can't feel anything) (feeling|sensation)? (when|while|after) (i)? (wipe|wiping|wiped|sit on the toilet|on the toilet)"),
    ("UNCLEAR", "saddle_numbness", f"{_ODD} (feeling|feelings|sensation|sensations)? (when|while|after) (i)? (wipe|wiping|wiped)"),
    # The saddle felt as if sat on something: "it feels like I'm sitting on a wallet".
    ("UNCLEAR", "saddle_numbness", "(feels|feel|feeling|like|if) ~3 (sitting|sat) on (a|my)? (wallet|ball|golf ball|tennis ball|lump|rolled up sock|pebble)"),
    ("FLAG", "saddle_numbness", f"{_NO_FEELING} when (i)? (wipe|wiping|wiped)"),
    # The saddle named in quotes, as people copy it from a leaflet: 'numb in the "saddle" area'.
    ("FLAG", "saddle_numbness", f"{_NUMB} ~4 /^[\"“”'‘’]$/ {_SADDLE}"),
    ("FLAG", "saddle_numbness", f"{_NO_FEELING} ~4 /^[\"“”'‘’]$/ {_SADDLE}"),
    ("UNCLEAR", "saddle_numbness", f"{_ODD} (feeling|feelings|sensation|sensations)? ~3 {_SADDLE}"),
    ("UNCLEAR", "saddle_numbness", f"(electric|electrical|shock|shocks|shooting|burning|buzzing|fizzing|humming|vibrating|vibration|vibrations|crawling) ~3 (in|around)? (my)? {_SADDLE}"),
    ("UNCLEAR", "saddle_numbness", "(electric|electrical|shock|shocks|shooting|burning|buzzing|fizzing) ~3 (in|around)? (my)? (rectum|anus|back passage|genitals)"),
    *[("UNCLEAR", "saddle_numbness", f"{_ODD} (feeling|feelings|sensation|sensations)? ~3 {area}") for area in _SADDLE_PHRASES],
    ("UNCLEAR", "saddle_numbness", f"{_SADDLE} (feels|feel|feeling|is|are) (a bit|a little|slightly|kind of|sort of)? {_ODD}"),
    ("UNCLEAR", "saddle_numbness", "(down there|between my legs|private parts) (feels|feel|feeling|is) (a bit|a little|slightly|kind of|sort of)? (odd|weird|strange|funny|different)"),
    ("FLAG", "saddle_numbness", "(can't|cannot|couldn't|could not|couldnt|cant|don't|didn't|unable to) feel ~4 (wipe|wiping|wiped|paper|toilet roll|tissue)"),
    ("FLAG", "saddle_numbness", "(numb|tingly|dead) (bum|bottom|backside|butt|arse|bum cheeks)"),
    ("FLAG", "saddle_numbness", "(can't|cannot|couldn't|don't|do not|can not) feel (myself|anything|a thing) (when|while) (i)? (sit|sitting|on|use|using|go|going) ~2 (toilet|loo|bathroom)"),
    ("FLAG", "leg_weakness", f"(legs|feet) ~3! {_WEAK}"),
    ("FLAG", "leg_weakness", "(weakness|numbness) in (both)? (my|his|her)? (legs|feet)"),
    # Both calves or thighs are both legs: "weakness in the calves and feet".
    ("FLAG", "leg_weakness", "(weakness|numbness) in (both)? (my|his|her|the)? (calves|thighs|shins)"),
    ("FLAG", "leg_weakness", "(leg|knee|legs|knees) ~2! (giving way|gives way|gave way|give way|buckle|buckling|buckles|buckled|collapse|collapsing|collapses|collapsed|crumble|crumbling|crumbles|crumbled|give out|gives out|giving out|gave out|going from under me|went from under me)"),
    ("FLAG", "leg_weakness", "(leg|knee|legs|knees) ~4 (give|gives|gave|giving|go|goes|went|going) (out|way) (from)? (under|beneath) (me|him|her)"),
    # Buckling under one's own weight is said of legs even when they are only
    # "they" by then: "they buckled under the weight of me", "buckling beneath him".
    ("FLAG", "leg_weakness", "(buckle|buckles|buckled|buckling) (under|beneath) (me|him|her|my weight|his weight|her weight|my own weight|the weight of me|the weight of him|the weight of her)"),
    # A collapse or walking to learn again asks (fainting, exhaustion); "collapsed on the sofa" is rest.
    ("UNCLEAR", "leg_weakness", "(i|he|she|then i|and i) (just|suddenly)? (collapsed|collapse|collapses)"),
    ("IGNORE", "leg_weakness", "(collapsed|collapse|collapses) (on|onto|into|in) (the|my|a|his|her)? (sofa|couch|bed|chair|armchair|settee)"),
    ("UNCLEAR", "leg_weakness", "(forgot|forgotten|forget) how to walk"),
    ("UNCLEAR", "leg_weakness", "(learn|learning|learnt|learned|relearn|relearning) (how)? to walk again"),
    ("FLAG", "leg_weakness", "(leg|legs|foot|feet) ~3! (weaker|weakening|number|more numb)"),
    ("FLAG", "leg_weakness", "(foot drop|drop foot|dropped foot|footdrop)"),
    # Strength named as gone: "my legs have no strength in them", "no power in my leg".
    ("FLAG", "leg_weakness", "(legs|leg|feet|foot) (have|has|had|with) (no|little|zero|hardly any|barely any) (strength|power)"),
    ("FLAG", "leg_weakness", "(no|little|zero|hardly any|barely any) (strength|power) (left)? in (my|his|her|both|the)? (legs|leg|feet|foot)"),
    # The big leg muscles, both sides: "my thighs are so weak"; one side asks.
    ("FLAG", "leg_weakness", "(thighs|calves|quads|hamstrings|leg muscles) (are|feel|felt|were|went|have gone|getting|have got|are getting) (so|really|very|quite|a bit|all|totally)? (weak|weaker)"),
    ("UNCLEAR", "leg_weakness", "(thigh|calf|quad|hamstring|leg muscle) (is|feels|felt|was|went|has gone|getting|has got|is getting) (so|really|very|quite|a bit|all|totally)? (weak|weaker)"),
    # The toes catching is how a dropping foot shows: "my toes catch on the carpet".
    ("UNCLEAR", "leg_weakness", "(toes|toe|foot) (keep|keeps)? (catch|catches|catching|caught|snag|snags|snagging|scuff|scuffs|scuffing) (on)? (the)? (ground|floor|carpet|pavement|kerb|curb|step|steps|stairs)"),
    ("FLAG", "leg_weakness", "(strength|power) (has|had)? (gone|went|drained|disappeared) (from|out of) (my|his|her|both)? (legs|leg)"),
    # Power lost, or a leg that will not move, is a motor deficit even in one leg:
    # "made my right leg lose power", "lost strength in my foot", "my foot wouldn't lift"
    # ("my legs didn't move much on the flight" says what they did, not what they could).
    ("FLAG", "leg_weakness", "(leg|legs|foot|feet|toes) ~3 (lose|lost|losing|loses) (its|their|all)? (power|strength|function|movement)"),
    ("FLAG", "leg_weakness", "(lost|losing|lose) (all|the)? (power|strength|function|movement) ~2 (in|of) (my|his|her|the|both)? (leg|legs|foot|feet)"),
    ("FLAG", "leg_weakness", "(leg|legs|foot|feet|toes) ~3 (would|will|could|can|wo|ca) (n't|not|nt) (move|lift|respond|budge)"),
    ("FLAG", "leg_weakness", "(legs|feet) ~3 (neither|none) (of them)? (would|will|could|can) (move|lift|respond|budge|work)"),
    ("FLAG", "leg_weakness", "(weakness|weak|numbness|numb) ~3! (especially|mainly|mostly|particularly) (in)? (my|the|his|her)? (legs|feet)"),
    # Clinical words for the legs: "weakness of both lower limbs".
    ("FLAG", "leg_weakness", "(weakness|weak|numbness|numb|paralysis|paresis) (in|of)? (both|my|the|his|her)? (lower) (limbs|extremities|limb|extremity)"),
    ("FLAG", "leg_weakness", "(lower limb|lower limbs|lower extremity|lower extremities|bilateral leg|bilateral lower limb|bilateral lower extremity) (weakness|numbness|paralysis|paresis)"),
    # Weakness of one leg that came on suddenly or keeps growing is no
    # ordinary sciatica.
    ("FLAG", "leg_weakness", "(sudden|suddenly|new|rapid|rapidly|progressive|progressing|worsening|increasing) (onset of)? (weakness|numbness) (in|of) (my|his|her|the)? (left|right)? (leg|foot)"),
    ("UNCLEAR", "leg_weakness", "(difficulty|trouble|problems|problem|hard time|struggling|struggle) (in|with)? (walking|to walk|standing|to stand)"),
    ("UNCLEAR", "leg_weakness", "(heavy|heaviness|dead weight) (feeling|sensation)? (in)? (my|both|his|her)? (legs|leg|feet|limbs)"),
    ("UNCLEAR", "leg_weakness", "(legs|leg|limbs|feet) (feel|felt|feels|feeling|are|were|was|went|go|goes) (so|very|really|too|like|suddenly|all)? (heavy|lead|dead weights|concrete|weird|strange|odd|funny|shaky|unsteady|wrong)"),
    ("UNCLEAR", "leg_weakness", "(dragging|drag|dragged|drags) (my)? (left|right|bad)? (leg|legs|foot|feet)"),
    ("UNCLEAR", "leg_weakness", "(paralysed|paralyzed|paralised|paralized|paralysis)"),
    ("IGNORE", "leg_weakness", "sleep (paralysis|paralysed|paralyzed)"),
    # Numb in feeling, not in a limb or the saddle: "emotionally numb", "drink to numb the pain".
    *[("IGNORE", code, pattern) for code in ("leg_weakness", "saddle_numbness") for pattern in _NUMB_IN_FEELING],
    ("UNCLEAR", "leg_weakness", "(can|could|can't|cannot) (hardly|barely|not really) (walk|stand)"),
    ("UNCLEAR", "leg_weakness", "(harder|hard|difficult|more difficult) (for me)? to (even)? (walk|stand)"),
    ("UNCLEAR", "leg_weakness", "(can't|couldn't|cannot|could not) (even)? walk (across|to the end of|the length of) (the|a|my)? (room|kitchen|house|street|road)"),
    ("FLAG", "leg_weakness", "(foot|feet|toes|ankle) (just)? (won't|wont|doesn't|does not|can't|cannot|will not|don't|didn't) (lift|lift up|raise|come up|flex|bend up|work)"),
    ("FLAG", "leg_weakness", "(numbness|numb|weakness|weak|dead) ~3 both (legs|feet)"),
    ("FLAG", "leg_weakness", "(weak|weakened|weakening|weaker|numb) (in)? (both)? (my|his|her)? (legs|feet)"),
    ("FLAG", "leg_weakness", "(legs|leg) (are|is|feel|feels|felt|went|go|goes|have gone) (so|really|very)? (week|weeak|wek|weka)"),
    ("FLAG", "leg_weakness", "(legs|leg|knee|knees) (just|really|simply)? (won't|wont|don't|dont|didn't|didnt|wouldn't) (work|hold me|hold me up|support me|take my weight|hold my weight|bear my weight|carry me|carry my weight)"),
    ("FLAG", "leg_weakness", "(legs|leg|feet|foot) (just|really|simply)? (won't|wont|don't|dont|didn't|didnt|wouldn't) (do what|listen|obey|cooperate|respond)"),
    ("FLAG", "leg_weakness", "(leg|foot|legs|feet) (has|have|had|just|suddenly)? (gone|went|going|goes) (all|completely|really|very|suddenly)? (weak|weak and numb|numb and weak)"),
    # Felt about to give way, weight not borne, a wasted muscle, balance lost: one question.
    ("UNCLEAR", "leg_weakness", "(legs|leg|knees|knee) ~5 (going to|gonna|about to|might|could|will) (give way|give out|buckle|collapse)"),
    ("UNCLEAR", "leg_weakness", "(can't|cannot|cant|unable to|couldn't|could not) (put|bear|take) (any|much)? weight (on|through) (my|his|her)? (left|right)? (leg|foot|legs|feet)"),
    ("UNCLEAR", "leg_weakness", "(muscle|muscles|thigh|thighs|calf|calves|quad|quads|leg|legs) ~3 (wasted|wasting|shrunk|shrinking|atrophy|atrophied|atrophying|withered|withering)"),
    ("UNCLEAR", "leg_weakness", "(unsteady|wobbly|shaky|off balance|unbalanced) on (my|his|her) (feet|legs)"),
    ("UNCLEAR", "leg_weakness", "(losing|lose|lost|keep losing|keeps losing) (my|his|her) balance"),
    ("UNCLEAR", "leg_weakness", "(my|his|her) balance (is|has been|'s|was)? (off|bad|poor|terrible|gone|worse|getting worse|not good)"),
    ("FLAG", "leg_weakness", "(lost|losing|loss of) (the)? (use|strength|power|control) (of|in) (my|his|her|both)? (left|right)? (legs|leg|feet|foot)"),
    # One leg getting weaker is a progressive deficit, not ordinary sciatica.
    ("FLAG", "leg_weakness", "(weakness|weak|numbness|numb) (in|of)? (my|his|her|the)? (left|right)? (leg|foot) ~5 (getting worse|gets worse|keeps getting worse|worsening|progressing|progressively worse|spreading)"),
    ("FLAG", "leg_weakness", "(can't|cannot|can not|unable to|can no longer|no longer able to|couldn't) (walk|stand) on (my)? (heels|toes|tiptoes|tip toes)"),
    ("FLAG", "leg_weakness", "(can't|cannot|can not|couldn't|could not|unable to|not able to|struggling to|trouble|difficulty) (lift|raise|move|pick up|flex|point) (my|his|her)? (left|right)? (foot|toes|leg|ankle|big toe)"),
    ("FLAG", "leg_weakness", "(foot|feet|toes) (has|had|have|is|was|are|were|keeps|kept)? (started|starts|begun|been)? (drooping|droopy|slapping)"),
    ("FLAG", "leg_weakness", "(dragging|drag|drags|dragged) (my)? (left|right)? (foot|leg)"),
    ("FLAG", "leg_weakness", "(can't|cannot|can not|couldn't) (really|properly|quite|fully|even|totally)? feel (my|his|her|both)? (feet|legs)"),
    ("FLAG", "leg_weakness", "(can|could)? (barely|hardly) feel (my|his|her|both)? (feet|legs)"),
    ("UNCLEAR", "leg_weakness", "(can't|cannot|can not|couldn't) (really|properly|quite|fully|even|totally)? feel (my|his|her)? (left|right)? (foot|leg|toes)"),
    ("UNCLEAR", "leg_weakness", "(can|could)? (barely|hardly) feel (my|his|her)? (left|right)? (foot|leg|toes)"),
    ("FLAG", "leg_weakness", "(foot|leg) (keeps)? (dragging|drags|slapping|slaps|catching|flops|flopping|flopped)"),
    ("FLAG", "leg_weakness", "(floppy|flopping) (left|right)? (foot|feet|ankle)"),
    # Weakness of both legs, or of one leg said to be marked, is the sign;
    # one leg weak or numb without that is a question (common with sciatica).
    ("FLAG", "leg_weakness", f"(weakness|weak|paralysis|paralysed|paralyzed) (and numbness|and tingling|and pain)? (in|of)? (my|his|her|both|the)? (lower)? {_LEGS}"),
    ("FLAG", "leg_weakness", "(paralysis|paralysed|paralyzed) (in|of)? (my|his|her|both|the)? (left|right|lower)? (leg|foot)"),
    ("FLAG", "leg_weakness", "(weakness|weak) (and numbness|and tingling)? (in|of)? (my|his|her|the)? (left|right) (leg and foot|foot and leg|leg and ankle)"),
    *[("FLAG", "leg_weakness", f"{side} (leg|foot|legs|feet) (is|was|are|were|has|have)? (just|suddenly|completely|totally|simply)? (not|stopped|isn't|wasn't|aren't|weren't) (working|moving)")
      # The owner is part of the span, so "to my right foot" is not a radiation.
      for side in ("(my|his|her|the) (left|right)", "(my|his|her|the)", "(left|right)", "")],
    ("UNCLEAR", "leg_weakness", "(no feeling|lost feeling|loss of feeling|lack of feeling|no sensation|lost sensation|lack of sensation) ~8 (leg|foot|toes|shin|calf)"),
    ("FLAG", "leg_weakness", "(leg|foot) ~2! (very|really|so|too|extremely|completely|totally|severely|badly) (weak|weakened)"),
    ("FLAG", "leg_weakness", "(numbness|numb) (in|of)? (my|his|her|both|the)? (hands and legs|arms and legs|legs and arms|legs and feet|feet and legs|legs and hands|leg and foot|foot and leg)"),
    ("FLAG", "leg_weakness", "(legs|feet) ~3! (weak|weakened|paralysed|paralyzed|useless|nonfunctional|non-functional|semi-functional)"),
    ("FLAG", "leg_weakness", "(leg|foot) ~3! (paralysed|paralyzed|useless|nonfunctional|non-functional|semi-functional)"),
    # A limb gone limp, or its power found reduced, as a doctor would write it
    # down: "my leg has gone limp", "the power in my left leg is reduced".
    ("FLAG", "leg_weakness", "(leg|legs|foot|feet) (has|have|had|just|suddenly)? (gone|went|going|goes|is|are|was|were|feels|feel|felt) (all|completely|totally|suddenly)? limp"),
    ("FLAG", "leg_weakness", "(power|strength) (in|of) (my|his|her|the|both)? (left|right)? (leg|legs|foot|feet) (is|are|was|were|has|have)? (been)? (reduced|decreased|diminished|less|weaker|down)"),
    ("FLAG", "leg_weakness", "(reduced|decreased|diminished|less) (power|strength) (in|of) (my|his|her|the|both)? (left|right)? (leg|legs|foot|feet)"),
    # No strength left in a leg, and weak or numb limbs (both, or all of them):
    # "no strength in my legs", "weakness in both extremities", "numb limbs".
    ("FLAG", "leg_weakness", "(no|zero|hardly any|barely any|little) (strength|power) (left)? in (my|his|her|both|the)? (left|right)? (legs|feet|leg|foot)"),
    ("FLAG", "leg_weakness", "(weakness|weak|numbness|numb|paralysis|paresis) (in|of)? (both|all|my|his|her|the)? (four|4)? (extremities|limbs)"),
    ("FLAG", "leg_weakness", "(can|could) (hardly|barely) (lift|move|raise|feel) (my|his|her)? (left|right)? (foot|leg|legs|feet|toes)"),
    ("FLAG", "leg_weakness", "(paralysed|paralyzed|paralysis|numb|numbness|nothing|anything|tingles|tingling) ~3 from (the|my|his|her)? (waist|hips|hip) down"),
    ("UNCLEAR", "leg_weakness", "(leg|legs|foot|feet) (keeps|keep)? (falls|fall|falling|fell|going|goes|went|go) (asleep|numb|dead)"),
    ("UNCLEAR", "leg_weakness", "(can't|cannot|can not|unable to|couldn't|could not|cant|struggle to|struggling to) (walk|stand|put weight|put my feet)"),
    ("FLAG", "leg_weakness", "(trip|tripping|tripped|trips) (over|on)? my (own)? (foot|feet|toes)"),
    ("UNCLEAR", "leg_weakness", "(leg|foot|knee|thigh|calf|toes) ~3 (weak|weakish|numb|tingly|tingling|dead|funny|heavy|wobbly|odd)"),
    ("UNCLEAR", "leg_weakness", "(leg|foot) ~3 (not|n't|nowhere near) as strong as"),
    ("UNCLEAR", "leg_weakness", "(leg|foot|knee|thigh|calf|toes) ~1 weak"),
    ("UNCLEAR", "leg_weakness", "(leg|foot|legs|feet) (feels|feel|is|are|gets|get|goes|go|seems|seem|felt|was|were)? (a bit|a little|slightly|bit|abit|kind of|sort of|sometimes|occasionally|mildly|a tad) (weak|weakish|weaker)"),
    ("UNCLEAR", "leg_weakness", "(legs|feet) (feel|feels|are|get|go|going)? (a bit|a little|slightly|bit|kind of|sort of|sometimes|occasionally) (weak|numb|tingly|heavy|wobbly)"),
    ("UNCLEAR", "leg_weakness", "(numb|tingly|dead|heavy) (left|right)? (leg|foot|knee)"),
    ("UNCLEAR", "leg_weakness", "(tingling|tingles|tingly|pins and needles|pins & needles|numbness|numb|weakness)"),
    # Off a course rather than off a height: "fallen off the radar", "fell off
    # the face of the earth", "fell off the bandwagon" (listed before the falls
    # from a height, so it wins on the same words).
    ("IGNORE", "trauma", "(fell|fall|falling|fallen|falls) off (the|my) (bandwagon|radar|map|grid|face of the earth|rails|track|plan|diet)"),
    ("FLAG", "trauma", f"{_FALL} ~2 (off|from|down|out|on|onto|over|into) ~3 {_HEIGHT}"),
    ("FLAG", "trauma", "(bad|big|major|nasty|hard|serious|heavy|awful|terrible|huge|horrible|severe) (fall|tumble|crash|accident|collision|tackle|hit|knock|smash|wipeout)"),
    # The injury named with the event that caused it: "injured in a fall at work", "fell flat on my face".
    ("FLAG", "trauma", "(injured|hurt|injury|injuries|damaged|broken|fractured) (in|from|during|by|after) (a|an|the|my|his|her)? (fall|crash|collision|accident|wreck)"),
    ("FLAG", "trauma", "(fell|fall|falling|fallen) flat on (my|his|her)? (face|back|head)"),
    ("FLAG", "trauma", "(fell|landed|fallen|came down|crashed) (hard|heavily|badly|awkwardly|right|straight|smack|flat)? (on|onto) (my|the)? (back|tailbone|bum|butt|backside|neck|head|coccyx|bottom|spine|side)"),
    ("FLAG", "trauma", "(car|road|traffic|motor|motorcycle|motorbike|bike|cycling|skiing|ski|snowboarding|work|workplace|sports|sporting|rugby|football|hockey|vehicle|auto|bus|train) (accident|crash|collision|wreck|smash)"),
    ("FLAG", "trauma", "(rear - ended|rear ended|t - boned|run over|rta|mva|mvc)"),
    # A crash told by what was crashed, or by its everyday names: "I crashed my
    # car", "rolled the van", "a fender bender on Friday".
    ("FLAG", "trauma", "(crashed|wrecked|rolled|totalled|totaled|flipped|smashed|wrote off|written off) (my|his|her|the|our|their) (car|van|truck|bike|motorbike|motorcycle|scooter|moped|quad|jeep|lorry)"),
    ("FLAG", "trauma", "(fender bender|fender - bender|fender-bender|prang|pile - up|pileup|pile-up)"),
    ("FLAG", "trauma", "(hit|knocked|struck) (by|off|down|over) (a|my|the)? (car|truck|van|bus|bike|vehicle|cyclist|lorry|motorbike)"),
    ("FLAG", "trauma", "(car|truck|van|bus|lorry|vehicle|driver|someone) (went|drove|crashed|ran|smashed|ploughed|plowed|slammed|reversed|backed) (right|straight|head on|full speed)? into (me|us|my car|the back of me|the back of my car|the side of me|the side of my car)"),
    ("FLAG", "trauma", "(tackle|tackled|tackling|collided|collision|whiplash|concussion)"),
    # Soft furniture is a fall only off it: "crashed on the couch" is sleep.
    ("FLAG", "trauma", "(fell|fall|falling|fallen|falls|tumbled|rolled|toppled|thrown|slipped) ~2 (off|from|out of) ~3 (couch|sofa|bed|bunk|settee)"),
    # A fall with the blow it dealt: "fell and hit my back on the bath".
    ("FLAG", "trauma", "(fell|fallen|falling|slipped|slipping|tripped|tripping|stumbled|fall) ~4 (hit|hitting|banged|banging|bashed|smacked|landed|landing|struck|whacked|cracked) (my|his|her) (back|head|neck|spine|tailbone|coccyx|hip|hips|ribs|side|shoulder|bottom|bum)"),
    ("FLAG", "trauma", "(car|truck|van|bus|lorry|vehicle|driver|cyclist|motorbike|motorcycle) (hit|struck|knocked|clipped|ran over|knocked over|knocked down) (me|him|her|us|my)"),
    # Violence from someone: one question (the blow, its time and place vary).
    # Pushed or thrown from a height is a fall from it: "he pushed me down the stairs".
    ("FLAG", "trauma", f"(pushed|shoved|threw|thrown|knocked|kicked) (me|him|her|us) ~2 (down|off|from|over|out of) ~3 {_HEIGHT}"),
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
    # Figures of speech: "tackle this pain", "accident prone", "my life is a car crash".
    ("IGNORE", "trauma", "(to|help|helps|helped|helping|how|way|ways|best|finally|can|could|will|should|must|need to|trying to|try to) (tackle|tackling) (this|that|these|those|it|them|the|my|your|our|any|some|a|an)?"),
    ("IGNORE", "trauma", "(tackle|tackling|tackled) (this|that|these|those|the|my|your|our|any|some) ~2 (pain|pains|problem|problems|issue|issues|cause|causes|back|stress|weight|symptoms|symptom|condition|conditions|task|tasks|job|jobs|list|project|inflammation|stiffness|posture|habits|anxiety|backlog|workload)"),
    ("IGNORE", "trauma", "(accident prone|accident-prone|accident - prone|happy accident|accident waiting to happen)"),
    # Breaks and falls of other things: "my sleep is fractured", "my blood pressure
    # fell", "the pills knocked me out" ("the chiropractor cracked my back": flags._clicked).
    ("IGNORE", "trauma", "(sleep|nights|night|family|relationship|attention|concentration|english) (is|was|has been|are|were|gets|got|always)? (so|very|really|quite|a bit|badly)? (fractured|broken)"),
    ("IGNORE", "trauma", "(fractured|broken) (sleep|nights|english|family|home)"),
    ("IGNORE", "trauma", "(pressure|sugar|sugars|level|levels|count|numbers|temperature|price|prices|rate|hair) (is|was)? (fell|fall|falls|falling|fallen) (out)?"),
    ("IGNORE", "trauma", "(pills|tablets|meds|medication|drugs|medicine|painkillers|it|they) (knocked|knock|knocks) (me|him|her) (out|sideways)"),
    ("IGNORE", "trauma", "(crash|crash-dieting) (diet|diets|dieting|course)"),
    # Injuries seen or treated at work: "I work in A&E and see lots of fractures".
    ("IGNORE", "trauma", "(see|seeing|saw|seen|treat|treating|treated) (lots of|many|a lot of|loads of|plenty of|all kinds of|so many|all sorts of) (fractures|breaks|accidents|falls|car crashes|crashes|injuries)"),
    ("IGNORE", "trauma", "(laptop|computer|phone|pc|system|website|server|app|market) (crashed|crashes|crashing|crash|keeps crashing)"),
    ("IGNORE", "trauma", "(life|day|week|year|month|relationship|marriage|career|job|head|brain|mind|love life|finances|back|neck|body|health|spine|sleep|diet|week|weekend) ('s|is|was|has been|have been|feels like|felt like|is like|was like) (a|an)? (total|complete|absolute|bit of a|slow motion|slow-motion)? (car crash|train wreck|trainwreck|car wreck|wreck)"),
    # "hit him on accident", "I'm an accident" (an unplanned child), "let your tongue fall away".
    ("IGNORE", "trauma", "on accident"),
    ("IGNORE", "trauma", "(i'm|im|i am|i was|you're|you are|you were|he was|she was|being) (just|only)? (a|an) accident"),
    ("IGNORE", "trauma", "(fall|falls|fell|falling) away"),
    ("IGNORE", "trauma", "(broke|breaks|break) the (camel|camels|camel's)"),
    ("UNCLEAR", "trauma", "(injury|injuries|injured|injuring)"),
    ("UNCLEAR", "trauma", "(fell|fall|falling|fallen|falls|slipped|tripped|stumbled|accident|accidents|knocked|bumped|banged|crash|crashed|collided|whacked|tumbled|tumble|stumble|landed)"),
    ("IGNORE", "trauma", "(fell|fall|falling|fallen|falls) asleep"),
    # A fall kept from happening: "I grab the rail to stop myself falling",
    # "caught myself from falling over", "keeps her from tripping".
    ("IGNORE", "trauma", "(catch|caught|catching|stop|stopped|stopping|keep|kept|keeping|save|saved|saving|prevent|prevented|preventing|stops|keeps) (myself|me|himself|herself|him|her|us) (from)? (falling|fall|tripping|slipping|stumbling)"),
    # Other senses of "broke": a relationship ended, no money, a habit or news broken.
    ("IGNORE", "trauma", "(broke|broken|breaking) (up|off|down|my heart|his heart|her heart|the news|the habit|the cycle|free|even|into|out in|my promise|the law|the silence)"),
    ("IGNORE", "trauma", "(i'm|im|i am|we're|were|we are|was|totally|completely|flat|dead|so|too) broke"),
    ("IGNORE", "trauma", "(broken|crushed|shattered) (heart|hearted|home|family|promise|promises|spirit|dreams|english|record|relationship|marriage)"),
    # Figures of speech: "fell in love", "falling apart", "fell ill".
    ("IGNORE", "trauma", "(fell|fall|falling|fallen|falls) (in love|apart|behind|through|short|silent|pregnant|ill|sick|into place|out with|into depression|into a depression|off the wagon|for it|for him|for her)"),
    ("IGNORE", "trauma", "(fall|spring|summer|autumn|winter) (semester|term|season|break|quarter|classes)"),
    ("IGNORE", "fever", "(hay|cabin|spring|football|saturday night) fever"),
    ("IGNORE", "fever", "fever (blister|blisters|dream|dreams|pitch)"),
    ("IGNORE", "fever", "(give|gives|gave|giving|get|gets|got|sends|sent|send) (me)? (the)? (chills|shivers|goosebumps)"),
    ("IGNORE", "fever", "(chills|shivers|shiver) (ran|run|runs|running|went|go|goes|going|sent|send|sends)? (down|up) (my|the|your) (spine|back)"),
    ("IGNORE", "fever", "(no|break a|broke a|broken a|without breaking a) sweat"),
    ("IGNORE", "fever", "voice (is|was|keeps|goes|sounds)? (shivering|shaking|trembling|shivers|shaky)"),
    ("IGNORE", "fever", "(body|room|skin|water|outside|bath|core|normal|place|house|global|weather|cooking|oven|air) (temperature|temp|temperatures|temps)"),
    ("IGNORE", "fever", "(got|get|have|had|with|running|started)? (a|the|my)? (temp|temps) (filling|fillings|crown|crowns|job|jobs|agency|agencies|work|worker|workers|contract|position|staff|tattoo|password)"),
    ("IGNORE", "fever", "(changes|change|drop|drops|sensitive|sensitivity) (in|to)? (the)? (temperature|temperatures|hot|cold|heat)"),
    ("IGNORE", "fever", "(flu|influenza) (shot|shots|jab|jabs|vaccine|vaccines|vaccination|injection|season)"),
    ("IGNORE", "fever", "(hot) (water|water bottle|bath|shower|tub|dog|flush|flushes|flash|flashes|pack|packs|weather|day|days|food|drink|tea|spot|spots|stone|stones|yoga)"),
    ("UNCLEAR", "fever", "(have|had|got|with|caught|catch|has|down with|getting) (the|a)? (flu|influenza)"),
    ("UNCLEAR", "fever", "(flu|influenza) (bug|virus)"),
    # Cold to the bone, as a chill: "I can't get warm", "feeling super cold".
    ("UNCLEAR", "fever", "(can't|cannot|couldn't|could not|cant|couldnt) (get|keep|stay) warm"),
    ("UNCLEAR", "fever", "(feeling|felt) (super|really|very|so|freezing|absolutely|bitterly)? (cold|freezing|chilled)"),
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
    ("IGNORE", "self_harm", "die with dignity"),
    ("IGNORE", "self_harm", "(euthanasia|dignitas)"),
    ("UNCLEAR", "fever", "(glandular|dengue|scarlet|yellow|rheumatic|typhoid|valley|mediterranean) fever"),
    # A benign growth is cancer's vocabulary seen and set aside: the second opinion stays out of it.
    ("IGNORE", "cancer_history", "(benign|non-cancerous|noncancerous|non cancerous) ~2 (tumour|tumours|tumor|tumors|growth|growths|lump|lumps|mass|cyst|cysts)"),
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
    ("FLAG", "fever", "(raised|elevated|high|higher|increased) (body)? (temperature|temp)"),
    ("UNCLEAR", "fever", "(constantly|always|permanently|continually) (so|very|really|too)? (hot|feverish|burning up)"),
    # What a medicine is for, said in general ("paracetamol which reduces
    # fever", "good for colds and fever"): nobody's fever.
    ("IGNORE", "fever", "(which|that|it|to|will|can) (reduces|reduce|lowers|lower|treats|treat|relieves|relieve|brings down|bring down|controls|control|prevents|prevent) (pain and|aches and|pain ,)? (fever|fevers|temperature|temperatures)"),
    ("IGNORE", "fever", "(effective|effecive|good|used|useful|great|helpful|indicated|recommended) (for|against) ~3 (fever|fevers)"),
    ("UNCLEAR", "fever", "(feel|feeling|felt|feels|i'm|am|bit|little|slightly|abit) (a bit|a little|slightly|kind of|kinda|sort of|bit|a touch)? (hot|warm|feverish|shivery|flushed|clammy|sweaty)"),
    ("UNCLEAR", "fever", "(a bit|a little|slightly|mildly|kind of|kinda) (feverish|shivery|hot)"),
    ("FLAG", "cancer_history", "(cancer|cancers|cancerous|tumour|tumours|tumor|tumors|malignancy|malignant|metastases|metastasis|metastatic|lymphoma|leukaemia|leukemia|myeloma|sarcoma|melanoma|carcinoma|chemo|chemotherapy|radiotherapy|oncologist|oncology|mastectomy|lumpectomy)"),
    ("FLAG", "cancer_history", "(radiation|radiation therapy) (therapy|treatment|treatments)"),
    ("FLAG", "cancer_history", "in remission"),
    # A recurrence is of a cancer had: "to help prevent cancer recurrence".
    ("FLAG", "cancer_history", "(cancer|tumour|tumor) (recurrence|reccurence|recurrance|reoccurrence|recurring|relapse|returning|coming back)"),
    ("FLAG", "cancer_history", "(recurrence|reccurence|recurrance|reoccurrence|relapse|return) of (my|the|her|his)? (cancer|tumour|tumor)"),
    ("FLAG", "cancer_history", "(chemoradiation|chemoradiotherapy|radiochemotherapy|chemo-radiation|chemo-radiotherapy|chemo radiation|chemo radiotherapy)"),
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
    ("WEIGHT", "weight_loss", "(lost|losing|lose|dropped|dropping|shed|shedding) ~3 (weight|wieght|weigth|kg|kgs|kilos|kilograms|kilogrammes|kilo|pounds|lbs|lb|stone|stones|sizes)"),
    # Sizes gone down, and a weight now less: "gone down two dress sizes", "I weigh 10 pounds less".
    ("WEIGHT", "weight_loss", "(gone|went|going|dropped|dropping|come) down (a|#num) (dress|clothes|clothing|jean|trouser|trousers|jeans)? (size|sizes)"),
    ("WEIGHT", "weight_loss", "(weigh|weighing|weighs) (#num|a) (pounds|lbs|lb|kg|kgs|kilos|stone|st) less"),
    ("WEIGHT", "weight_loss", "weight ~2 (loss|dropped|dropping|falling|gone down|went down|dropped off|falling off)"),
    ("WEIGHT", "weight_loss", "(clothes|trousers|jeans|pants|belt|dress|skirt|shirt|top|clothing) (are|is)? (all)? (falling off|hanging off|looser|loose|getting loose|baggy|too big|swamping me)"),
    ("WEIGHT", "weight_loss", "(down|lighter by) (about|around|almost|nearly|over)? #num (pounds|lbs|lb|kg|kgs|kilos|kilograms|kilogrammes|stone|st)"),
    ("WEIGHT", "weight_loss", "(a|half a|#num) (stone|stones|pounds|lbs|kg|kgs|kilos|kilograms|kilogrammes|dress sizes|sizes) (lighter|down|thinner|smaller)"),
    ("WEIGHT", "weight_loss", r"(lost|losing|dropped|dropping|shed|shedding|down) ~2 /^\d+([.,]\d+)?(st|kg|kgs|lbs|lb|stone)$/"),
    ("WEIGHT", "weight_loss", "(weight|weighing) (has|is|keeps)? (dropped|plummeted|fallen|gone down|dropped off|falling off|dropping|plummeting)"),
    ("WEIGHT", "weight_loss", "(wieght|weigth|wight|weigh) (loss|lost)"),
    ("WEIGHT", "weight_loss", "(pounds|lbs|kilos|kgs|stone|poundage|weight) (are|is|have been|has been|keep|keeps)? (just|still|really)? (falling|dropping|melting|flying|coming) off"),
    ("WEIGHT", "weight_loss", "(dropped|shed|dropping|shedding) a (bunch|ton|load|lot|heap|fair bit)"),
    # An amount told in words: "lost a huge amount of weight", "lost a great deal of weight".
    ("WEIGHT", "weight_loss", "(lost|losing|lose|dropped|dropping|shed|shedding) (a|an|such a|so much|quite a)? ~2 (amount|deal|chunk|lot|bit|load|loads|ton|tons) of (weight|wieght|weigth|kg|kilos|pounds|lbs|stone|body weight)"),
    # A weight told from one figure to another ("went from 194 pounds to 167",
    # "dropped from 12 stone to 10"); ``flags`` keeps it only when the second is lower.
    ("WEIGHT", "weight_loss", "(went|gone|dropped|fell|fallen|come|came|been|got|gotten) (down)? from #num (pounds|lbs|lb|kg|kgs|kilos|stone|stones|st)? to #num"),
    ("WEIGHT", "weight_loss", "(was|am|i'm|im|is|now|got|get|getting|gotten|been) down to #num (pounds|lbs|lb|kg|kgs|kilos|stone|stones|st)"),
    ("WEIGHT", "weight_loss", "(went|gone|dropped|come|came|been|got|gotten) (down)? from (a)? (dress)? size #num to (a)? (size)? #num"),
    ("UNCLEAR", "weight_loss", "(got|gotten|become|became|grown|grew|getting) (much|a lot|so much|really|noticeably|visibly)? (thinner|skinnier)"),
    # A weight said to hold steady answers the question: nothing to ask.
    ("IGNORE", "weight_loss", "(weight|weights) ('s|is|has been|has stayed|stayed|staying|remains|has remained) (steady|stable|the same|unchanged|constant|normal)"),
    ("UNCLEAR", "weight_loss", "(no|lost my|loss of|lost|poor|reduced|losing my|not much of an|no real) appetite"),
    ("UNCLEAR", "weight_loss", "(off my food|not eating|barely eating|hardly eating|can't eat|cannot eat|skin and bone|skin and bones|too skinny|too thin|so skinny|skeletal|wasting away|getting thinner|so thin|really thin|gaunt)"),
    ("QUALIFIER", "unintended", "without (even|really|actually)? (trying|dieting|meaning to|changing|exercising|doing anything|a diet|any reason|explanation)"),
    ("QUALIFIER", "unintended", "(not|isn't|wasn't|no|not even|haven't been) (trying|dieting|on a diet)"),
    ("QUALIFIER", "unintended", "(not|isn't|wasn't|not even|haven't been) trying to lose (it|weight|any)?"),
    ("QUALIFIER", "unintended", "for no (apparent|real|obvious)? reason"),
    # Eating as much as ever: "even though I eat loads", "I'm eating normally".
    ("QUALIFIER", "unintended", "(even)? (though|although|despite) (i|i'm|im|he|she|he's|she's|they)? (eat|eating|ate|eats) (loads|normally|plenty|properly|lots|more)?"),
    ("QUALIFIER", "unintended", "(eating|eat|eats|ate) (normally|more than ever|as normal|as usual|like a horse)"),
    ("QUALIFIER", "unintended", "(eating|eat|eats|ate) (the same|the same amount|as much as ever|as much as always|as much as before|as much as i used to)"),
    # Not chosen, said by denying the choice: "not on purpose", "which I wasn't expecting".
    ("QUALIFIER", "unintended", "(not|wasn't|isn't|was not|is not|never|definitely not) (on purpose|intentional|intentionally|deliberate|deliberately|planned)"),
    ("QUALIFIER", "unintended", "(wasn't|was not|weren't|didn't|did not|not) (expecting|expect|expected)"),
    ("QUALIFIER", "unintended", "(no idea why|can't explain|out of nowhere|no reason)"),
    ("QUALIFIER", "unintended", "(don't|dont|do not|didn't|did not) (know|understand) why"),
    ("QUALIFIER", "unintended", "(not sure|unsure) why"),
    ("QUALIFIER", "unintended", "(no|without|not|haven't|hasn't|without any|without having any|with no|no change in|no change of|without any change in|without any change of|without having any change of|without having any change in|without changing) (exercise|exercising|dieting|diet|my diet|gym|trying)"),
    ("QUALIFIER", "unintended", "(horrible|bad|poor|terrible|unhealthy|awful|rubbish) (diet|eating)"),
    ("QUALIFIER", "unintended", "(unexplained|unintentional|unintentionally|unintended|unexpected|unexpectedly|inexplicably|inexplicable|mysteriously|unexplainable)"),
    # Said not to be chosen: "not a matter of choice", "unwanted weight loss", "I didn't mean to lose it".
    ("QUALIFIER", "unintended", "(unwanted|unplanned|involuntary|involuntarily|unwelcome)"),
    ("QUALIFIER", "unintended", "(not|wasn't|isn't|was not|is not|wasnt|isnt) (a matter of|by|out of|my|of my)? choice"),
    ("QUALIFIER", "unintended", "(didn't|did not|didnt|don't|do not|dont|never) (mean|want|intend|plan) to (lose|drop|shed)?"),
    # Eating lost rather than cut: "no desire to eat", "unable to eat more than
    # a few bites", "lost my appetite". ``flags`` weighs it below a reason said
    # outright either way (an appetite suppressant is still a diet).
    ("QUALIFIER", "no_appetite", "(no|lost my|lost all|loss of|lost|poor|reduced|decreased|decrease in|losing my|no real|little|zero) (desire to eat|appetite)"),
    ("QUALIFIER", "no_appetite", "appetite (has|had|is|was)? (gone|vanished|disappeared|decreased|decreased significantly|dropped|plummeted|nonexistent|non-existent)"),
    ("QUALIFIER", "no_appetite", "(unable to|can't|cannot|could not|couldn't|can not|wasn't able to|not able to|struggling to|struggle to) (eat|keep food down|keep anything down|swallow)"),
    ("QUALIFIER", "no_appetite", "(stopped|stop|not|barely|hardly|haven't been|wasn't) eating"),
    ("QUALIFIER", "no_appetite", "(not|n't|never|no longer) (eating|eat) (the same|the same amount|as much) (as before|as usual|as always|as i used to)?"),
    ("QUALIFIER", "no_appetite", "(don't|dont|do not|didn't|did not|never|can't|cannot) (feel like|fancy|want to|face) (eating|eat|food|meals)"),
    ("QUALIFIER", "no_appetite", "(nausea|nauseous|nauseated|vomiting|throwing up|being sick|so sick|food aversion)"),
    # Back to a usual weight: the loss undoes a gain (often a drug's).
    # A treatment said to help with it: the loss was wanted ("metformin helped me lose weight").
    ("QUALIFIER", "intended", "(help|helps|helped|helping) (me|him|her)? (to)? (lose|losing|shed) ~2 (weight|pounds|lbs|kilos|kg|stone)"),
    ("QUALIFIER", "intended", "(back|back down|down|returned|return) to (my|her|his|a)? (normal|usual|old|healthy|ideal|previous|original) weight"),
    ("QUALIFIER", "intended", "(on a diet|dieting|diet|on purpose|trying to lose|goal weight|target weight|weight loss surgery|gastric band|gastric sleeve|bariatric|intentionally|deliberately|slimming|weight watchers|ozempic|wegovy|mounjaro|calorie|calories|gym|exercising|working out|workout|workouts|fasting|starving myself|starved myself)"),
    # Weight watched at a weigh-in is watched on purpose (not "I don't comfort eat",
    # which may come before an unexplained loss).
    ("QUALIFIER", "intended", "(weigh|weighed|weighing) (in|ins)"),
    # A target still ahead is a loss on purpose: "three more to go", "another 10 lbs to lose".
    ("QUALIFIER", "intended", "(#num|few|couple|some|more|another) (more)? (pounds|lbs|lb|kg|kgs|kilos|stone|stones|st)? (more)? (to go|to lose|left to lose|still to lose)"),
    ("QUALIFIER", "intended", "(weigh-in|weigh-ins)"),
    # Lost by doing something: "by walking daily", "by running and swimming", "by doing yoga".
    ("QUALIFIER", "intended", "by (doing|daily|regular|going|more)? (exercise|exercises|exercising|walking|running|swimming|cycling|jogging|yoga|pilates|training|hiking|dancing|biking|skipping|walks|runs|workouts|sport|sports)"),
    # A slimmer's secret: "the key was drinking water", "one meal a day".
    ("QUALIFIER", "intended", "(the key|the secret|the trick) (was|is|has been)"),
    ("QUALIFIER", "intended", "(one|1|two|2) (meal|meals) (a|per) day"),
    # Diets and slimming by name, and eating cut on purpose: "I started keto in
    # May", "joined a slimming club", "cut out carbs", "on diet pills".
    ("QUALIFIER", "intended", "(diets|keto|ketogenic|paleo|atkins|whole30|low-carb|lowcarb|carbs|noom|slimfast|weightwatchers|myfitnesspal|phentermine|saxenda|orlistat|liraglutide|semaglutide|tirzepatide|dietbet)"),
    ("QUALIFIER", "intended", "(low|no|cut|cutting|gave up|give up|giving up|given up) (out|down|back)? (on)? (carb|carbs|sugar|sugars|bread|junk|takeaways|snacks|snacking|alcohol|booze|fat)"),
    ("QUALIFIER", "intended", "(slimming|diet|weight loss|weight-loss|fat loss) (club|group|plan|programme|program|pills|pill|shakes|tablets|journey|app|coach|challenge|injections|jabs)"),
    # A diet named only as unchanged is no diet: "I have not changed my diet".
    ("IGNORE", "", "(not|haven't|hadn't|hasn't|didn't|never) (changed|change|altered|alter) (my|her|his|their|our|the)? (diet|eating|eating habits)"),
    ("IGNORE", "", "(diet|eating|eating habits) (has|have|had|is|was)? (not|n't|never) (changed|altered|been different)"),
    ("QUALIFIER", "intended", "(eating|eat|ate) (healthy|healthier|healthily|sensibly|better|clean|cleaner|smaller portions)"),
    # A loss aimed at: "more chance of losing weight", "I want to lose some pounds".
    ("QUALIFIER", "intended", "(want|wanted|wanting|hope|hoping|hoped|plan|planning|aim|aiming|chance|chances|bid|motivated|determined) (to|of|at)? (lose|losing|shed|shedding) (some|the|a few|a bit of)? (weight|pounds|lbs|kilos|kg|stone|fat)"),
    ("QUALIFIER", "intended", "(appetite suppressant|appetite suppressants|portion control|meal replacement|meal replacements|intermittent fasting|watching what i eat|counting points)"),
    # Told as a success, in a slimmer's terms: "BMI is 28 now", "can finally fit
    # into my old jeans", "so proud", "on adipex".
    ("QUALIFIER", "intended", "(bmi|body mass index|adipex|meridia|sibutramine|qsymia|contrave|alli|xenical|belviq)"),
    ("QUALIFIER", "intended", "(fit|fits|fitting|get|got|getting) (back)? (into|in) (my|a|the|smaller|old)? ~2 (jeans|clothes|dress|trousers|pants|skirt|size|sizes|clothing)"),
    ("QUALIFIER", "intended", "(wear|wearing) (my|a|the)? (favorite|favourite|old|smaller)? (jeans|clothes|dress|trousers|pants|skirt|size)"),
    ("QUALIFIER", "intended", "(clothes|jeans|dress|trousers|pants) (fit|fits|fitting) (better|again|nicely|great)"),
    ("QUALIFIER", "intended", "(so|really|very|feel|feeling|felt) (proud|chuffed|thrilled|great|amazing|fantastic|confident)"),
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
    ("FLAG", "chest_pain", "chest ~3! (burn|burns|burning|hurt|hurts|hurting|ache|aches|aching|seized|seizes|tighten|tightens|tightened|tightening|constricted|squeezed|crushed)"),
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
    # A pain that travels on to the chest: "moving to my back, sides and then to my chest".
    ("FLAG", "chest_pain", "(and|&|then) (then|back|also)? (to|into|round to|around to|up to) (my|the)? chest"),
    ("LIMB", "left_arm", "(left|l) (arm|arms|hand|hands|shoulder and arm)"),
    # An intent, also decided or tried, with a word between: "I decided I would
    # really hurt myself", "tried to actually end it".
    ("FLAG", "self_harm", f"(want|wants|wanna|wanted|going|gonna|think of|think about|thinking of|thinking about|thought about|thoughts of|thoughts about|considering|considered|plan|planning|tempted|feel like|urge|decided|decide|deciding|determined) (to)? (really|just|actually|finally|seriously|properly)? {_SELF}"),
    ("FLAG", "self_harm", f"(tried|try|tries|trying|attempted|attempting) to (really|just|actually|finally|seriously|properly)? {_SELF}"),
    # Said as what will be done, without "kill": "I'll end it soon", "I'm going
    # to end things this year" (also a relationship ended): one question.
    ("UNCLEAR", "self_harm", "(i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna|i am gonna) (just)? (end it|end things|end everything)"),
    # Ending it weighed as the easier way: "it'd be easier to just end it all".
    ("FLAG", "self_harm", "(easier|simpler|kinder|better) (for everyone|to everyone|for everybody|for them|for my family)? (just)? (to|if i) (just)? (end it all|end my life|die|died|kill myself|be dead|was dead|were dead|not exist|not be here|wasn't here|weren't here|not wake up)"),
    ("UNCLEAR", "self_harm", "(easier|simpler|kinder|better) (for everyone|to everyone|for everybody|for them|for my family)? (just)? (to|if i) (just)? (end it|end things|disappear)"),
    ("FLAG", "self_harm", f"(whatever|anything) (i can|it takes|i could) to (really|just|actually|finally|seriously)? {_SELF}"),
    # Ending it with someone is a relationship: "I'll end it with him".
    ("IGNORE", "self_harm", "(i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna|i am gonna)? (end|ending|ended) (it|things) (with|between)"),
    ("IGNORE", "self_harm", "(feel like|feel that|think|thinking|decided|know|guess) i (should|could|might as well|may as well|will|would|'ll|ought to|need to|have to|'d)? (just)? (end|ending) (it|things) (with|between)"),
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
    ("FLAG", "self_harm", "(kill myself|killing myself|end it all|end my life|take my life|take my own life|suicidal|self harm|self-harm|self - harm|selfharm|harming myself|cutting myself|better off dead|better off without me|kill my own self|killing my own self|no reason to live|nothing to live for|wish i was dead|wish i were dead|wish i wasn't here|wish i wasn't alive|want it all to end|want it to end)"),
    ("FLAG", "self_harm", "(don't|do not|dont) want to (live|be alive|be here|wake up|go on|exist)"),
    # The same wish told of a time gone by ("there were times I didn't want to go on"): is it back?
    ("UNCLEAR", "self_harm", "(didn't|did not|didnt) want to (live|be alive|be here|wake up|go on|exist|carry on)"),
    ("FLAG", "self_harm", "(wish|wished|wishing) (that)? i (was|were) (not|n't) (alive|here|around)"),
    ("FLAG", "self_harm", "(no|don't see the|dont see the|what's the|whats the|see no|can't see the|cant see the|don't see any) point (in|of|to)? (living|going on|life|being alive|anything)"),
    ("UNCLEAR", "self_harm", "(can't|cannot|cant) (go on|take it anymore|take this anymore|cope anymore|cope|do this anymore)"),
    ("UNCLEAR", "self_harm", "(hopeless|at the end of my tether|at my wits end)"),
    # Bad at something: "I'm hopeless with booking sites", "hopeless at computers".
    ("IGNORE", "self_harm", "hopeless (with|at) (booking|computers|computer|technology|tech|websites|website|sites|apps|app|forms|phones|online|names|dates|numbers|directions|remembering)"),
    ("FLAG", "self_harm", "(tired|sick) of (living|life|being alive)"),
    ("IGNORE", "self_harm", "(tired|sick) of living (among|in|at|near|next|with people|here|there|out of)"),
    ("FLAG", "self_harm", "better off if i (was|were|wasn't|weren't) (gone|dead|not here|around|here)"),
    ("FLAG", "self_harm", "(no|see no|don't see any|dont see any) point (in)? (carrying on|being here|waking up|trying anymore|going on)"),
    ("FLAG", "self_harm", "(suicidel|suicidle|sucidal|suicdal|sucide|suicde)"),
    # An overdose is a self-harm word only with intent ("want to overdose",
    # above); asked about a dose or a drug it is no sign, otherwise one question.
    ("UNCLEAR", "self_harm", "(overdose|overdosed|overdosing|overdoses)"),
    ("FLAG", "self_harm", "(tried|try|tries|trying|attempted|attempt|attempting) to (overdose|od)"),
    ("FLAG", "self_harm", "(suicide|suicidal|self harm|self-harm) (ideation|ideations|ideas|thoughts|thought|urges|urge|feelings|tendencies|attempt|attempts)"),
    ("IGNORE", "self_harm", "(can|could|did|do|does|will|would|might|to) (i|you|one|someone|somebody|people|a person|he|she|we|they|u)? (technically|accidentally|accidently|actually)? (overdose|od)"),
    ("IGNORE", "self_harm", "(accidental|accidentally|accidently|heroin|drug|drugs|opioid|opiate|caffeine|fentanyl|alcohol|vitamin) (overdose|overdoses)"),
    ("IGNORE", "self_harm", "(overdose|overdosed|overdosing) (of|on)? (magnesium|caffeine|vitamin|vitamins|iron|salt|paracetamol|ibuprofen|tylenol|acetaminophen|heroin|insulin)"),
    ("IGNORE", "self_harm", "(worried|worry|afraid|scared|risk|danger|chance) (of|about)? (an)? (overdose|overdosing)"),
    # Cutting oneself by accident is no self-harm ("cut myself shaving").
    # The subject is part of the span, so it outweighs "I cut myself" (same start, longer).
    ("IGNORE", "self_harm", "(i|he|she)? (cut|cutting|cuts) (myself|himself|herself) (shaving|on|with|while|chopping|cooking|by accident|accidentally|gardening)"),
    ("FLAG", "self_harm", "(cut|cuts|cutting|burn|burning|hit|hitting|punch|punching|hurt|hurting|harm|harming|starve|starving) (myself|himself|herself) (on purpose|deliberately|intentionally)"),
    ("FLAG", "self_harm", "(i|been|started|start|began|begun|begin|keep) (cutting|burning) (myself|again)"),
    # Cutting named as a habit, a craving or a way of coping: "urges of cutting again",
    # "I've come to rely on cutting", "cutting as a means of release".
    ("FLAG", "self_harm", "(urge|urges|urging|craving|cravings) (of|to|for) (cutting|cut myself|self harm|self-harm|self harming|hurt myself|harm myself|burning myself|burn myself)"),
    ("FLAG", "self_harm", "(rely|relying|relied|depend|depending|depended|dependent|addicted|addiction) (on|to) (cutting|self harm|self-harm|self harming|burning myself)"),
    ("FLAG", "self_harm", "cutting (as|is) (a|my) (way|means|method|coping mechanism|coping strategy|release)"),
    ("FLAG", "self_harm", "(i|she|he) (cut|cuts) (myself|herself|himself)"),
    ("FLAG", "self_harm", "better off (not here|not alive|not around|not in this world|gone|without me)"),
    ("UNCLEAR", "self_harm", "(shouldn't|should not|shouldnt) (be here|be alive|exist)"),
    ("UNCLEAR", "self_harm", "(rather|prefer to) (never|not) (wake up|be here|be alive|exist)"),
    ("UNCLEAR", "self_harm", "(hate|hates) (my|this|your) (life|existence)"),
    ("UNCLEAR", "self_harm", "(care|caring) (if|whether) i (live|die|wake up)"),
    ("UNCLEAR", "self_harm", "(wish|wished) (i|i'd) (had)? (never been born|not been born|wouldn't have been born|wasn't born)"),
    ("UNCLEAR", "self_harm", "(wish|wished) (i|i'd) (was|were|had) never (been)? (born|here|alive)"),
    ("UNCLEAR", "self_harm", "(hope|hoping|pray|praying|wish|wished|wishing) (that)? i (don't|dont|do not|won't|wont|will not|never|didn't|did not|hadn't|had not) (wake|woke|woken|waken) (up)?"),
    # Life said not worth it, or nothing left to live for, is the wish itself.
    ("FLAG", "self_harm", "(life|living|my life) (isn't|isnt|is not|'s not|ain't|aint) (even|really)? worth (living|it anymore|it any more|living anymore|living any more|going on|the effort)"),
    ("FLAG", "self_harm", "(nothing|no one|nobody|nothing left|noone) (left)? to live for"),
    ("FLAG", "self_harm", "no (reason|point) (for me)? to (live|keep living|go on living|stay alive|be alive|keep going on)"),
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
    # A drug's warning named: "the suicidal thoughts warning", "warned about suicidality".
    ("UNCLEAR", "self_harm", "(suicidal|suicide|suicidality) (thoughts|ideation|behaviour|behavior|thinking)? (warning|warnings|label|labels)"),
    ("UNCLEAR", "self_harm", "(warning|warnings|warned|label|labels) (of|about|for|on) (the)? (risk of)? (suicidal|suicide|suicidality) (thoughts|ideation|behaviour|behavior|thinking)?"),
    # "Suicidal" said of a group is talk about others: one question at most.
    ("UNCLEAR", "self_harm", "suicidal (people|persons|patients|veterans|vets|soldiers|troops|military|members|teens|teenagers|kids|students|clients|individuals|callers|men|women|friends|youth|service)"),
    # Wishing for an accident is a passive wish to die, not an injury.
    ("UNCLEAR", "self_harm", "(wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying) (for)? (an|a)? (accident|crash) (would|to|will)? (happen|occur|take me|come)?"),
    ("FLAG", "self_harm", "(attempted|attempt|attempting|considering|considered|thinking about|thinking of|thought about|thoughts of|thoughts about|contemplating|contemplated|plan|planning|commit|committing|tried) suicide"),
    # "already thought to suicide", "I think of suicide every day": thinking told with another little word.
    ("FLAG", "self_harm", "(thought|think|thinks|thinking|thoughts) (to|of|on) (commit|committing|do|doing)? suicide"),
    ("IGNORE", "self_harm", "(think|thinks|thought|thinking|thoughts) (of|on|to|about) suicide (prevention|awareness)"),
    ("FLAG", "self_harm", "(feel|feels|felt|feeling) (like)? (life|living) ~2! (isn't|is not|wasn't|was not|not) (even|really)? worth (living|it)"),
    ("UNCLEAR", "self_harm", "(dark thoughts|dark place|very low|so low|really low|depressed|depression|give up|giving up|want to give up)"),
    ("UNCLEAR", "self_harm", "(can't|cannot|cant) (carry on|keep going|take much more|live like this|live with this)"),
    # Wishes to end things in everyday words, plans and methods.
    ("FLAG", "self_harm", "(want|wanna|wanted|thinking about|thinking of|thought about|thoughts of|thoughts about|considering|planning|plan|going|gonna|ready) (to)? (end|ending) (things|everything|it|it all|my suffering|the suffering|my pain for good)"),
    ("FLAG", "self_harm", "(self-harming|self harming|selfharming|self - harming|self-harmed|self harmed)"),
    ("FLAG", "self_harm", "(relapsed|relapse|relapsing) ~3 (cut|cutting|self harm|self-harm|self - harm|burning myself)"),
    ("FLAG", "self_harm", "(i|and) (cut|burned|burnt) (again|last night|yesterday|today|this morning|tonight)"),
    # The wish needs its end: "better off if I wasn't here"; "it gets better if I sit" is about the pain.
    ("FLAG", "self_harm", "(happier|better|easier) (off)? (without me|when i'm gone|once i'm gone)"),
    ("FLAG", "self_harm", "(happier|better|easier) (off)? (if i|if i'm|if i was|if i were) (wasn't|weren't|not|gone|dead|died|disappeared|never)"),
    ("FLAG", "self_harm", "(took|taken|take|swallowed|swallow) ~3 (pills|tablets|meds|painkillers) (on purpose|deliberately|intentionally|to die|to end it)"),
    ("UNCLEAR", "self_harm", "(took|taken|swallowed) (too many|a lot of|loads of|all my|all of my|a handful of|a bunch of|the whole|a whole) ~2 (pills|tablets|meds|painkillers|medication|bottle|packet|box)"),
    ("UNCLEAR", "self_harm", "(jump|jumping|jumped|step|stepping|stepped|walk|walking|throw myself|throwing myself) (off|in front of|from|under) (a|the|my)? (bridge|train|building|roof|cliff|car|bus|lorry|truck|balcony|tower|traffic)"),
    ("UNCLEAR", "self_harm", "(drive|driving|drove|swerve|swerving) (my car)? off (a|the)? (cliff|bridge|road|pier)"),
    ("UNCLEAR", "self_harm", "(drive|driving|drove|crash|crashing|swerve|swerving) (my car)? into (a|the|on coming|oncoming)? (wall|tree|traffic|lorry|truck|bridge)"),
    ("UNCLEAR", "self_harm", "(sleep|go to sleep|fall asleep|sleep and) (and)? (never|not) (wake up|wake)"),
    ("UNCLEAR", "self_harm", "(sleep forever|never wake up|disappear forever)"),
    ("UNCLEAR", "self_harm", "(no one|nobody|noone|no-one) (would|will) (even)? (miss|notice|care|mind) (me|if i|when i)?"),
    ("UNCLEAR", "self_harm", "(i'm|im|i am|feel like|being) (just)? (a|such a) (burden|waste of space)"),
    ("UNCLEAR", "self_harm", "(worthless|hate myself|no future|don't see a future|life is meaningless|life has no meaning|done with life|done with everything|want it all to stop|want it to stop|want everything to stop)"),
    ("UNCLEAR", "self_harm", "(might|could|will|'ll|going to|gonna|would) (hurt|harm|kill) myself"),
    # A preference voiced, not a wish: "I'd rather kill myself than go back there".
    ("IGNORE", "self_harm", "(rather|sooner) (just)? (kill myself|shoot myself|hang myself|be dead) than"),
    # An intent said ("I will kill myself next week"), or suicide as where the
    # writer is ("depressed to the point of suicide", "all I can think is suicide").
    ("FLAG", "self_harm", "(i will|i'll|ill|i am going to|i'm going to|im going to|i'm gonna|im gonna|i am gonna) (just)? kill myself"),
    ("FLAG", "self_harm", "(point of|verge of|brink of|edge of|close to|think is|think of is|think about is|between me and) suicide"),
    ("UNCLEAR", "self_harm", "(can't|cannot|cant) (handle|stand|bear) (this|it|life|my life|this life|living|being alive)? (anymore|any more|much longer)"),
    ("UNCLEAR", "self_harm", "(tired of|sick of) (fighting|trying|everything|it all|existing)"),
    ("UNCLEAR", "self_harm", "(thoughts|thinking|think|thought) (about|of) (death|dying|not existing|not being alive)"),
    ("UNCLEAR", "self_harm", "(wish|want|wanted) (i could|to)? (just)? (disappear|vanish|stop existing|not exist|cease to exist)"),
    ("FLAG", "self_harm", "(want|wanna|wanted|wanting) (to)? (just)? (stop existing|not exist|cease to exist|not be alive|stop living|stop being alive|stop being here|be gone)"),
    # Preparations and methods in plain or coded words: "I've been stockpiling
    # my tablets", "enough pills to end it", "unalive"; farewells and things
    # given away, which have other reasons too, get the question.
    ("FLAG", "self_harm", "(unalive|unaliving|unalived|sewerslide)"),
    ("FLAG", "self_harm", "(stockpiling|stockpiled|stockpile|hoarding|hoarded|stashing|stashed) (up)? (all)? (my|enough|some|the)? (pills|tablets|meds|medication|painkillers|sleeping)"),
    ("FLAG", "self_harm", "enough (pills|tablets|meds|painkillers|medication) ~3 to (end it|die|kill myself|do it|end things|overdose|not wake up)"),
    # Pills put by in other words ("putting pills aside, just in case"): the question.
    ("UNCLEAR", "self_harm", "(putting|put|setting|set|saving|saved|collecting|collected|storing|stored|squirrelling|squirreling) (my|her|his|their|some|the|extra)? (pills|tablets|meds|painkillers) (aside|away|up|by)"),
    ("UNCLEAR", "self_harm", "(saving|saved|storing|stored|building|built) up (my|her|his|their|some|the|extra)? (pills|tablets|meds|painkillers)"),
    ("UNCLEAR", "self_harm", "(gave|given|giving) away (my|all my|most of my) (things|stuff|belongings|possessions)"),
    ("FLAG", "self_harm", "(thinking|thought|considering|considered|planning|plan|going|want|wanted|tempted) (about|of|to)? (jumping|jump|stepping|step) (off|in|from|under) (front)? (of)? (a|the|my)?"),
    ("FLAG", "self_harm", "(thinking|thought|considering|considered|planning|plan|going|want|wanted|tempted) (about|of|to)? (throwing|throw) myself (off|in|from|under) (front)? (of)? (a|the|my)?"),
    ("FLAG", "self_harm", "had enough of (life|living|being alive)"),
    ("UNCLEAR", "self_harm", "had enough of (it all|everything|this life|this world)"),
    ("UNCLEAR", "self_harm", "(n't|not)? (mind|happy|glad|relieved|fine|okay|ok) if i (just)? never (wake|woke)"),
    ("UNCLEAR", "self_harm", "(n't|not)? (mind|happy|glad|relieved|fine|okay|ok) if i (just)? (did|do) (n't|not) (wake|woke)"),
    ("UNCLEAR", "self_harm", "(said|saying|say) (my)? goodbye (to everyone|to everybody|to you all|to the world)"),
    ("UNCLEAR", "self_harm", "(this is)? my (last|final) (message|post|text|words)"),
    ("UNCLEAR", "self_harm", "(written|wrote|writing|write) (letters|a letter|notes|a note) (to|for) (my|everyone|everybody) ~2 (in case|for after|for when)"),
    ("UNCLEAR", "self_harm", "(sat|sitting|sit|stood|standing|stand) (on)? (the)? (edge|ledge) of (the|a|my)? (roof|bridge|building)"),
    ("UNCLEAR", "self_harm", "i (won't|wont|will not) be (around|here) (much longer|for much longer)"),
    # The writer and death in one short clause ("I'll be dead by then", "I
    # should just be dead", "if I die"): whatever the verb between, one question.
    ("UNCLEAR", "self_harm", "(dead|die)"),
    # Wishes, plans and preparations in forum words (the ladder of intent
    # screening tools ask about: a wish to die, a method, a plan, preparations).
    ("FLAG", "self_harm", "(wish|wished|hope|hoping|pray|praying) (that)? (i|i'll|ill|i'd) (would|could|will|'d|'ll|might)? (just)? (die|was dead|were dead|drop dead|died)"),
    ("FLAG", "self_harm", "(kms|kmsl)"),
    ("FLAG", "self_harm", "(slit|slitting|slashed|slashing|slice|sliced|slicing) (open)? (my|her|his) (wrists|wrist|throat|neck|veins)"),
    # A death wished by a means: "I wish I'd starved to death", "wish I had bled to death".
    ("FLAG", "self_harm", "(wish|wished|wishing) (that)? (i|i'd) (had)? (just)? (starved|starve|bled|bleed|drank|drink|froze|freeze|drowned|drown) (myself)? to death"),
    ("FLAG", "self_harm", "(attempted|failed|botched) (od|overdose|overdoses)"),
    # Marks of self-harm, and cutting that no longer brings relief: one question.
    ("UNCLEAR", "self_harm", "(scars|scarred|scarring|marks) ~6 (from|of) (cutting|self harm|self-harm|self harming|burning myself)"),
    ("UNCLEAR", "self_harm", "cutting (doesn't|doesnt|does not|no longer|isn't|won't|don't) (even)? (help|helps|work|works|make me feel)"),
    ("UNCLEAR", "self_harm", "(wish|wishing|wished|long|longing|pray|praying|hope|hoping|crave|craving|want|wanting) (for)? (sweet|eternal|total)? oblivion"),
    # A death by chance wished for: "I wish I'd be in an accident", "hoping I get hit by a bus".
    ("UNCLEAR", "self_harm", "(wish|wished|wishing|hope|hoping|pray|praying) (that)? i ('d|would|could|will|'ll|might)? (be|get) (in|hit by|killed in|killed by) (an|a)? (accident|crash|car|bus|truck|lorry|train)"),
    # The same wish with the driver as its subject: "wishing someone would smash into me".
    ("UNCLEAR", "self_harm", "(wish|wished|wishing|hope|hoping|hoped|pray|praying) (that)? (someone|somebody|a car|a truck|a lorry|a bus|a train|a driver) (would|will|could|'d|might)? (just)? (hit|smash|crash|run|drive|plough|plow) (into|in to|over|me)"),
    ("UNCLEAR", "self_harm", "(waiting|wait|waited) (around)? (to die|for death|for my death|to be dead)"),
    ("UNCLEAR", "self_harm", "(should have|should've|shouldve) (died|been dead|stayed dead|not woken up|not survived)"),
    ("UNCLEAR", "self_harm", "(shouldn't|should not|shouldnt) have (survived|lived|woken up|pulled through|made it through)"),
    ("UNCLEAR", "self_harm", "(an|the)? (end|ending) (to|of) (my|this) (torment|suffering|misery|existence)"),
    ("FLAG", "self_harm", "(opting|opt|opted|opts) out of (my|your|this|the)? ~1 existence"),
    ("FLAG", "self_harm", "(cut|cutting|cuts) (my|her|his) wrists"),
    ("FLAG", "self_harm", "(goodbye|suicide|farewell) (letter|letters|note|notes)"),
    ("FLAG", "self_harm", "(researching|research|researched|looking up|looked up|googling|googled|searching|searched|reading about|read about|looking at|looked at|looking for|finding) (ways|methods|method|how) (to|of)? (die|dying|kill myself|killing myself|end my life|ending my life|end it|ending it|commit suicide|overdose|opt out|opting out)"),
    # A method or plan of one's own: "researching suicide methods", "the method of suicide I chose".
    ("FLAG", "self_harm", "(researching|research|researched|looking up|looked up|googling|googled|searching|searched|reading about|read about|chose|chosen|selected|picked|decided on|my) (suicide|overdose) (methods|method|options|plan|plans)"),
    ("FLAG", "self_harm", "(the|my) (method|methods|way|plan) (of|for) (suicide|killing myself|ending it|ending my life) (i|i've|ive|is|will)"),
    # All that is wanted: "the only thing I wanna do is overdose", "all I want is to die".
    ("FLAG", "self_harm", "(thing|all) i (want|wanna|wanted|want to do|wanna do|wanted to do|would like to do) (is|was) (to)? (just)? (overdose|die|kill myself|end it|end it all|end my life|not exist|disappear|be dead|not wake up|not be here)"),
    # The writer's own conclusion: "I feel like I should just end it", "I think I'll end it all".
    ("FLAG", "self_harm", f"(feel like|feel that|think|thinking|decided|know|guess) i (should|could|might as well|may as well|will|would|'ll|ought to|need to|have to|'d) (just)? {_SELF}"),
    ("FLAG", "self_harm", "(ways|methods|method|how) (to)? (kill myself|end my life|commit suicide)"),
    ("FLAG", "self_harm", "(death|dying|suicide|ending it) (is|seems|feels) (like)? (the|my) (only|best|easiest|last) (option|way out|answer|choice|solution|way)"),
    ("FLAG", "self_harm", "(hate|hated|hating) being alive"),
    ("FLAG", "self_harm", "(given|give|giving|gave) up on (life|living|being alive)"),
    ("FLAG", "self_harm", "(want|wanna|wanted) out of (this|my)? (life|world)"),
    ("FLAG", "self_harm", "(planning|going|gonna|want|wanna|wanted|wanting|tempted|about|plan) to (take|swallow) (all|every one of|the whole|all of|the entire|an entire|a whole) ~2 (pills|tablets|meds|medication|bottle|packet|box)"),
    ("FLAG", "self_harm", "(won't|wont|will not) be alive (by|for|next|much longer|tomorrow|after)"),
    ("FLAG", "self_harm", "(don't think i'll|dont think ill|don't think i will|doubt i'll|doubt i will) (still)? be (alive|here|around) (by|for|next|much longer|tomorrow|after)"),
    ("FLAG", "self_harm", "(can't|cannot|cant) see myself (living|alive|being alive|being here|being around) (much)? (longer|past|beyond)"),
    ("FLAG", "self_harm", "(noose|nooses)"),
    ("UNCLEAR", "self_harm", "(last post|goodbye everyone|goodbye world|this is goodbye|saying goodbye to everyone)"),
    ("UNCLEAR", "self_harm", "(my)? life is (pointless|worthless|hopeless)"),
    ("UNCLEAR", "self_harm", "(can't|cannot|cant) keep (living|going) like this"),
    ("UNCLEAR", "self_harm", "(pain|it|everything) to (stop|end) (forever|for good|permanently)"),
    ("FLAG", "self_harm", "(wish|wishing|wished|wishes|long|longing|pray|praying|prayed|hoping|hope|beg|begging) for (death|my death|death to come|the end|it all to end)"),
    ("FLAG", "self_harm", "(cutting|cut|cuts|burning|burns|harming|harms|hurting) (herself|himself|themselves|themself)"),
    ("UNCLEAR", "self_harm", "(no way out|there's no way out|feel trapped|feeling trapped|don't care if i live|dont care if i live)"),
    ("UNCLEAR", "self_harm", "(can't|cannot|cant|don't|dont|do not) see (a|any) way out"),
    ("UNCLEAR", "self_harm", "(there's|there is|theres) no point (anymore|any more|any longer|in anything|to anything)"),
    ("UNCLEAR", "self_harm", "(want|wanted|need|wish) (it|it all|everything|all of this|all this) (would|to|could)? (just)? (end|be over|stop) (forever|for good|permanently)?"),
    ("UNCLEAR", "self_harm", "(stop|end) (the|my|this)? (pain|suffering|it) (forever|for good|permanently)"),
    ("UNCLEAR", "self_harm", "(wouldn't|would not|wouldnt|don't|dont|do not) (care|mind) if i (died|die|was dead|were dead|didn't wake up|did not wake up)"),
    # Doubt about wanting to live, and pills all taken as a thought: "not sure I want to live anymore".
    ("FLAG", "self_harm", "(not sure|unsure|don't know if|dont know if|do not know if|not certain) (if|whether)? i (want|wanna|still want) to (live|be alive|be here|keep living|stay alive)"),
    ("FLAG", "self_harm", "(thinking of|thinking about|thought about|thought of|considering|considered|planning on|tempted by) (taking|swallowing) (all|every one of|the whole|all of|the entire|a whole) ~2 (pills|tablets|meds|medication|painkillers|bottle|packet|box)"),
    ("NIGHT", "night", "(at|during the|every|each|through the|in the middle of the|most|all) (night|nights)"),
    ("NIGHT", "night", "(nights|nighttime|night-time|overnight|night pain|night pains|day and night|night and day)"),
    ("NIGHT", "night", "night (time|-time)"),
    ("NIGHT", "night", "(small|wee|early) hours"),
    # The small hours by the clock or by the dark: "woke at 3 am in pain",
    # "around four in the morning", "in the pre-dawn hours".
    ("NIGHT", "night", "(at|around|about|by|until|till|before|after|since) (1|2|3|4|5|one|two|three|four|five) (am|a.m.|a.m|in the morning)"),
    ("NIGHT", "night", "(pre-dawn|predawn|pre dawn|dark) hours"),
    ("NIGHT", "night", "(by|come|until|till) (bedtime|bed time|bed-time)"),
    ("NIGHT", "night", "(once|twice|several times|a few times|many times|two times|three times|#num times) (a|each|per|every) night"),
    ("NIGHT", "rest", "(worse|worst|bad|terrible|hurts|hurt|pain|aches|ache|aching|sore|painful|agony) ~4 (lying down|lying flat|lying in bed|in bed|at rest|when resting|while resting|resting|lie down|lay down|laying down|lie flat|lay flat|laying flat)"),
    # Lying down or a bed made impossible by the pain, and a pain growing
    # through the night: "unable to lie in bed because of the pain", "as the
    # night wore on, the pain got worse".
    ("NIGHT", "rest", f"{_NO_COMFORT} (lie|lay|sleep|stay) (down|flat) (in bed|in my bed|in a bed)? ~4 (pain|agony|hurt|hurts|ache)"),
    ("NIGHT", "rest", f"{_NO_COMFORT} (lie|lay|sleep|stay) (in bed|in my bed|in a bed) ~4 (pain|agony|hurt|hurts|ache)"),
    ("NIGHT", "night", "as the night (wore|wears|went|goes|progressed|progresses) on"),
    # Sleep itself making it worse: "made worse by sleeping", "it hurts more while I sleep".
    ("NIGHT", "rest", "(worse|worst|hurts|hurt|aches|ache|aching|sore|painful|agony) ~3 (by sleeping|when sleeping|while sleeping|after sleeping|when i sleep|while i sleep|in my sleep)"),
    ("NIGHT", "rest", "(pain|pains|ache|aches|aching|agony) (during|in|while) (my)? (sleep|sleeping)"),
    ("NIGHT", "wake", "(wakes|waking|woken|wake|woke|keeps waking|keep waking) (me|him|her) (up)?"),
    ("NIGHT", "wake", "(woken|woke|waking) (up)? (by|with|in) (it|the pain|pain|agony|excruciating pain|severe pain)"),
    ("NIGHT", "wake", "(keeps|keep|kept) (me|him|her) (awake|up)"),
    ("NIGHT", "wake", "kept awake (by|with|from|because of) (the|my|his|her)? (pain|pains|agony|ache|it)"),
    ("NIGHT", "wake", "(stops|stop|stopped|stopping|prevents|prevented|preventing) (me|him|her) (from)? (sleeping|getting to sleep|going to sleep|sleep)"),
    ("NIGHT", "wake", "(can't|cannot|can not|cant|couldn't|could not|couldnt|unable to|not able to|struggling to|struggle to|struggled to) (even|really|properly)? (sleep|get to sleep|stay asleep)"),
    ("NIGHT", "wake", "(awakened|awoken|awakens|awaken|awakening) (me|him|her)? (by|with|from) (it|the pain|pain|agony)"),
    ("NIGHT", "wake", "(no|hardly any|barely any|little) sleep"),
    ("NIGHT", "wake", "(affecting|affects|affected|disturbing|disturbs|disturbed|ruining|ruins|ruined|wrecking|interrupting|interrupts) (my|his|her) sleep"),
    ("NIGHT", "wake", "(impossible|hard|difficult) to (sleep|get to sleep|stay asleep)"),
    ("NIGHT", "wake", "(woke|wake|waking|woken) (up)? (because|due to|from) (of)? (the|my)? (pain|agony)"),
    # The pain named as the waker a few words on: "woke up in the night because of
    # the ache", "I wake up because I hurt too much to stay asleep".
    ("NIGHT", "wake", "(woke|wake|wakes|waking|woken) (up)? ~3 (because of|due to|overwhelmed by) (the|my|his|her|this)? ~1 (pain|agony|ache|aching)"),
    ("NIGHT", "wake", "(woke|wake|wakes|waking|woken) (up)? because (i|he|she|it|my back|my neck) (hurt|hurts|ached|aches|ache|was hurting|is hurting|was in pain|is in pain|am in pain)"),
    # Waking already hurting, as a habit: "I wake up most mornings in so much
    # pain", "woke up a couple of times achy" (not once: "woke up with a sore neck").
    ("NIGHT", "wake", "(wake|wakes|waking|wakening) (up)? ~5 (in pain|in agony|aching|achy|achey|achiness|sore|hurting)"),
    ("NIGHT", "wake", "(woke|woken) (up)? ~2 (times|mornings|nights) ~4 (in pain|in agony|aching|achy|achey|achiness|sore|hurting)"),
    ("NIGHT", "wake", "(wake|wakes|waking|wakening) (up)? ~3 with (my|his|her|a|the) ~1 (back|neck|spine|hip|hips|shoulder|shoulders|leg|legs) (aching|sore|hurting|throbbing|in agony|killing me)"),
    # Sleep broken or short, which counts only said with a pain in its sentence
    # ("chronic pain and sleep disruption", "I don't get much sleep due to the pain").
    ("NIGHT", "sleep", "sleep (disruption|disruptions|disturbance|disturbances|deprivation|problems|issues|trouble)"),
    ("NIGHT", "sleep", "(broken|disrupted|disturbed|interrupted|fitful|restless) (sleep|nights)"),
    ("NIGHT", "sleep", "(tossing and turning|toss and turn|tossed and turned|tosses and turns)"),
    # Sleep made bad, moved or given up, said of the sleeper's nights: a pain
    # must be named with it ("sleeping is a nightmare with this back", "I have
    # to sleep in the recliner because of my hip", "up half the night with my neck").
    ("NIGHT", "sleep", "(sleeping|sleep|nights|night-times|bedtimes) (is|are|has been|have been|was|were) (a nightmare|hell|agony|torture|impossible|awful|horrendous|terrible|a struggle|a battle)"),
    ("NIGHT", "sleep", "(my|his|her) sleep (is|has been|was|gets|keeps getting) (ruined|wrecked|disturbed|broken|affected|terrible|awful|non-existent|nonexistent|shot|interrupted)"),
    ("NIGHT", "sleep", "(have to|had to|has to|having to|can only|could only|only able to) (sleep|sleeping) (in|on) (a|the|my|his|her)? (recliner|chair|armchair|sofa|couch|floor|settee)"),
    ("NIGHT", "sleep", "(sleep|sleeping|slept) (sitting up|upright|propped up)"),
    ("NIGHT", "sleep", "(dread|dreading|dreaded|scared of|afraid of) (going to)? (bed|bedtime|lying down|the nights|night-time)"),
    ("NIGHT", "sleep", "(up|awake) (half|most|all|much) (of)? (the)? night"),
    ("NIGHT", "sleep", "(spend|spent|spending) (the|my|his|her)? nights (pacing|walking|awake|up|crying|sitting up)"),
    ("NIGHT", "sleep", "(haven't|have not|hasn't|has not|hadn't|had not|not|never|don't|didn't|can't) (had|have|get|got|getting) (a)? (good|decent|full|proper|whole|single) (night's|nights|night of) (sleep|rest)"),
    # Lying down itself the pain: "lying in bed is agony".
    ("NIGHT", "rest", "(lying|laying|lying down|laying down|lying in bed|being in bed|lying flat) (is|was|has been|gets|becomes)? (agony|torture|excruciating|unbearable|impossible|hell|so painful|very painful|too painful)"),
    ("NIGHT", "sleep", "(haven't|have not|hasn't|has not|hadn't|had not|didn't|did not|not) (slept|been sleeping|sleeping|sleep) (properly|well|much|at all|a wink|right|through the night)"),
    # Waking already in pain, said in the present (a habit): "I wake up with terrible back pain".
    ("NIGHT", "wake", "(wake|wakes|waking) (up)? with (terrible|severe|bad|awful|excruciating|intense|sharp|horrible|so much|a lot of|such)? (back|neck|hip|leg|spine|lower back)? (pain|pains|agony)"),
    ("NIGHT", "sleep", "(don't|dont|do not|didn't|didnt|can't|cant|cannot|never|not) (get|getting|got) (a lot of|alot of|lots of|much|any|enough|decent|proper) sleep"),
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
    # Pain said to be there day after day, or going nowhere: "pain every single
    # day for months", "the ache isn't going anywhere".
    ("UNCLEAR", "night_pain", "(pain|pains|ache|aches|aching|hurts|hurting) ~4 (every single day|day in day out|day in and day out|all day every day|day after day)"),
    ("UNCLEAR", "night_pain", "(pain|pains|ache|aches) (just|still|simply)? (isn't|is not|isnt|won't|will not|wont|never) (going|go) (away|anywhere)"),
    ("NO_EASE", "", "no matter (what|which|how|where) ~3"),
    ("NO_EASE", "", "nothing (helps|eases|works|settles|relieves|i do|seems to help|makes it|helped|eased|worked|settled|relieved|seemed to help|seemed to work|would help|i did|touches it|touched it)"),
    ("NO_EASE", "", "no amount of (painkillers|pain killers|pain relief|medication|meds|tablets|pills|rest|resting|stretching|stretches|heat|ice)"),
    ("NO_EASE", "", "no position (helps|is comfortable|eases it)?"),
    ("NO_EASE", "", f"{_NO_COMFORT} (get comfortable|get comfy|find a comfortable position|find a comfy position|find a position|find any position|find a comfortable spot)"),
    # Comfort sought at a desk or in a car is about sitting, not about rest: "can't get comfortable at my desk".
    ("IGNORE", "night_pain", f"{_NO_COMFORT} (get comfortable|get comfy|find a comfortable position|find a comfy position|find a position) (at|in|on) (my|the|a|any)? (desk|chair|chairs|seat|car|office|computer|workstation|work|train|bus|plane|flight)"),
    ("NO_EASE", "", "(no|lack of|never a|not a|not one|there's no|there is no) comfortable (sleep|sleeping|lying)? (position|positions)"),
    # Relief denied in the passive, as Q&A askers write: "not relieved by rest",
    # "never eased with painkillers".
    ("NO_EASE", "", "(not|never|isn't|wasn't|no|hardly|barely) (relieved|eased|helped|improved|settled) (by|with) (any|the|my)? (rest|resting|lying down|sleep|sleeping|medicines|medicine|medication|medications|painkillers|pain killers|tablets|anything|changing position)"),
    # Good sleep said outright is no night pain: "I sleep well at night".
    ("IGNORE", "night_pain", "(sleep|sleeping|slept) (well|fine|ok|okay|soundly|normally|like a baby|through the night) (at night|every night|most nights)?"),
    # Painkillers that do nothing are one more "nothing helps": "the tablets don't touch it".
    ("NO_EASE", "", "(painkillers|pain killers|pain meds|pain medication|tablets|meds|medication|paracetamol|ibuprofen|codeine|tramadol) (don't|do not|doesn't|does not|won't|will not|never|barely|hardly|didn't|did not) (help|touch|work|ease|shift|dent|take the edge off)"),
    ("NO_EASE", "", "(any|every|whatever) position"),
    # Whatever is done, rest and lying down included: "it hurts at night whatever I do",
    # "it doesn't ease when I lie down", "just as bad lying down", "resting makes no difference".
    ("NO_EASE", "", "(whatever|however) (i|he|she|we) (do|did|try|tried|lie|lay|sit|move|moved)"),
    ("NO_EASE", "", "(doesn't|does not|won't|will not|never|don't|didn't) (ease|eases|settle|settles|let up|lets up|go away|goes away|get better|improve|stop|stops) (when|while|if|even when|even if)? (i|he|she)? (lie|lay|lying|laying|rest|resting|sleep|sleeping) (down|still|flat)?"),
    ("NO_EASE", "", "(just|equally) as (bad|painful|sore) (when)? (i)? (lying|lie|lay|resting|rest|in bed) (down|still|flat)?"),
    ("NO_EASE", "", "(rest|resting|lying down|lying still|lying in bed|sleep|sleeping|bed rest) (makes|made|make) (no|little|zero) difference"),
    ("NO_EASE", "", "(doesn't|does not|won't|will not|never|isn't|not) (ease|eases|easing|settle|settles|let up|lets up|go away|goes away|stop|stops|get better|improve|improves)"),
    ("NO_EASE", "", "(no relief|constant|constantly|relentless|unrelenting|non-stop|nonstop|24/7|all night)"),
    ("NO_EASE", "", "(around|round) the clock"),
    ("NO_EASE", "", "even (when|while|if)? (i'm|i am)? (lying|resting|rest|i rest|still|in bed|lying still|lying down|sleeping|asleep)"),
    ("NO_EASE", "", "(at|when at|while at) rest"),
    ("NO_EASE", "", "(lying|laying) still"),
    ("NO_EASE", "", "(rest|resting|lying down|lying still|lying in bed|sleep|sleeping) (doesn't|does not|don't|never|won't) (help|ease it|ease|make a difference|relieve it|change it)"),
]

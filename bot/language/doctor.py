"""Whether a medical doctor has seen the pain, in any form a patient tells it.

Clinical contact is a visit (GPs, family doctors, physicians, walk-in and
urgent care, the emergency department, hospital, medical specialists), a test
or its result (MRI, X-ray, CT, scans, bloods), a diagnosis ("diagnosed with",
a named disc or spine finding such as "a herniated disc at L4-L5"), a
prescription, an injection or an operation. Physios, chiropractors,
osteopaths, massage therapists and acupuncturists are deliberately absent:
seeing only them leaves the answer unknown.

A negated mention ("haven't seen a doctor", "never been checked") means
False, unless the negation is about what the doctor gave ("no solution from
doctors" is a visit). Nothing is taken from a mention that is planned
("seeing my GP next week", "booked for an MRI"), wondered about ("do I need
surgery?"), hedged ("I think it's a slipped disc") or about another problem
("an MRI of my knee", "surgery for breast cancer", "diagnosed with lupus")
or made for someone else ("I took my mum to the GP"), nor from one in a
condition ("unless the GP has something better") or a yes/no question
("Does it cause spinal stenosis?"). A contact refused or wanted once more
("I can't have surgery on it again", "another MRI") was had before. A
hospital someone works at, a doctor whose book someone read, doctors as a
kind ("most surgeons recommend...") and a diagnosis a physio or chiropractor
made are no visit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from bot.language import durations, locations, radiation, spelling, topic, unmade
from bot.language.scopes import RELATIONS, list_comma

_RELATIONS = set(RELATIONS.strip("()").split("|"))

_DOCTOR = (
    "(gp|gps|g.p.|doctor|doctors|doctor's|doc|docs|dr|dr.|physician|physicians|"
    "neurologist|neurologists|neuro|neurosurgeon|neurosurgeons|rheumatologist|rheumatologists|orthopaedic|orthopedic|orthopaedics|"
    "orthopedics|orthopod|ortho|specialist|specialists|surgeon|surgeons|"
    "a&e|casualty|urgent care|urgentcare|emergency room|emergency department|"
    "emergency dept|the emergency|walk-in|walkin|walk in|nurse practitioner|"
    "pain clinic|spine clinic|medical centre|medical center|doctor 's|gp 's|internist|"
    "family practitioner|general practitioner|health centre|health center|doctors office|doctor 's office|"
    "sports medicine|physiatrist|neurosurgery|pain management|pain specialist|"
    "radiologist|gynaecologist|gynecologist|obgyn|ob-gyn|oncologist|pcp|rheumy|rheumatology|"
    "neurology|orthopaedic surgeon|orthopedic surgeon|spinal surgeon|spine surgeon|orthopedist|"
    "orthopedists|orthopaedist|orthopaedists|orthopaedician|orthopedician|health care provider|"
    "health care providers|"
    "healthcare provider|healthcare providers|medical provider|primary care)"
)
_TESTS = (
    "(mri|mris|mri's|x-ray|x-rays|xray|xrays|x.ray|x.rays|x - ray|x - rays|x ray|x rays|ct scan|ct scans|cat scan|"
    "scan|scans|ultrasound|emg|nerve conduction|bloods|blood test|blood tests|blood work|"
    "bloodwork|blood results|lab work|labwork|lab results|myelogram|bone scan|dexa|imaging|radiology|radiograph|"
    "hla-b27|hla b27|hla - b27|b27|crp|esr|inflammatory markers|inflammation markers|"
    "urine test|urine tests|urine sample|urinalysis)"
)
_DISC_WORDS = topic.DISCS
_DISC = "(" + "|".join(sorted(_DISC_WORDS)) + ")"
_FINDING = ("(herniated|herniation|herniations|bulging|bulged|bulge|bulges|slipped|slip|prolapsed|"
            "prolapse|ruptured|protruding|protrusion|protrusions|degenerated|degenerative|"
            "degeneration|generation|desiccated|desiccation|torn|tear|dislocation|narrowing|"
            "narrowed|compressed|compression)")
_FINDING_WORDS = set(_FINDING.strip("()").split("|"))
_CONDITIONS = (
    "(spondylolisthesis|anterolisthesis|anterlothesis|retrolisthesis|spondylosis|spondylitis|"
    "stenosis|spondylolysis|osteophytes|osteophyte|myelopathy|ddd|"
    "facet arthropathy|modic|schmorl's|schmorls|scheuermann's|syrinx|osteoporosis|"
    "compression fracture|pars defect|annular tear|cauda equina|straightening|lordosis|scoliosis|kyphosis)"
)
_PROCEDURES = (
    "(surgery|surgeries|operation|operations|operated|fusion|fused|laminectomy|discectomy|"
    "microdiscectomy|micro-discectomy|decompression|laminotomy|foraminotomy|epidural|epidurals|"
    "injection|injections|nerve block|nerve blocks|facet block|facet blocks|rhizotomy|"
    "ablation|cortisone shot|steroid shot|cortisone shots|steroid shots|kyphoplasty|"
    "vertebroplasty|disc removed|disc replacement|spinal cord stimulator|"
    "second opinion|prescribed|prescription|prescriptions|incision|incisions|post-op|postop|post-operative|"
    "postoperative|pre-op|anaesthetic|anesthetic|anaesthesia|anesthesia)"
)

#: Medicines only a prescriber gives: taking one for the pain means a doctor
#: has seen it (over-the-counter painkillers such as ibuprofen do not). The
#: immunosuppressants are precautions (``precautions``), not listed here.
_PRESCRIBED = (
    "(gabapentin|neurontin|pregabalin|lyrica|tramadol|ultram|oxycodone|oxycontin|percocet|"
    "hydrocodone|vicodin|norco|morphine|fentanyl|tapentadol|prednisone|prednisolone|"
    "methylprednisolone|medrol|sulfasalazine|sulphasalazine|hydroxychloroquine|plaquenil|"
    "cyclobenzaprine|flexeril|methocarbamol|robaxin|tizanidine|zanaflex|baclofen|"
    "amitriptyline|nortriptyline|duloxetine|cymbalta|celecoxib|celebrex|meloxicam|mobic|"
    "etoricoxib|arcoxia|carisoprodol|soma|metaxalone|skelaxin|lortab|ultracet|darvocet|dilaudid|"
    "hydromorphone|methadone|elavil|lidoderm|ketorolac|toradol|etodolac|nabumetone|relafen|nucynta|opana|"
    "oxymorphone|kadian|roxicodone|endocet|levorphanol|vicoprofen|diazepam|valium|oxy|oxys|percs|norcos|"
    "indomethacin|indocin|piroxicam|feldene|naprosyn|anaprox|arthrotec|buprenorphine|butrans|demerol|pethidine|"
    "dihydrocodeine|solpadol|zapain|palexia|targin|oxynorm|zomorph|oramorph|sevredol)"
)

#: What a hospital did, said with the hospital as subject: "the hospital sent me home".
_HOSPITAL_DID = ("(said|says|told|sent|gave|did|found|kept|discharged|admitted|diagnosed|prescribed|put|"
                 "referred|checked|examined|x-rayed|scanned|treated|thought|ran)")

RULES = [
    ("DOCTOR", "seen", f"(family|my|the|a|walk - in|walk in|er|urgent care|clinic|hospital|sports)? {_DOCTOR}"),
    ("DOCTOR", "seen", "walk - in (clinic|centre|center)?"),
    # A hospital as a place ("at the hospital they said", "sent home from hospital") or as
    # what acted ("the hospital discharged me"); one worked at is no visit (_a_job).
    ("DOCTOR", "seen", "(to|at|from|in|into) (the|a|local)? hospital"),
    ("DOCTOR", "seen", f"(the|my|local)? hospital {_HOSPITAL_DID}"),
    ("DOCTOR", "seen", "(my|the|a|saw|seen|see|orthopaedic|orthopedic|spinal|spine|hospital) consultant"),
    ("DOCTOR", "seen", "=ER"),
    ("DOCTOR", "seen", "(to|in|at|the) (the)? (er|emergency|emerg)"),
    ("DOCTOR", "seen", r"/^dr\.?$/"),
    ("DOCTOR", "seen", "(=MD|=NP|=A&E|=CT|=PCP)"),
    # Emergency care that came to the writer: "had to call an ambulance", "the paramedics took me in".
    ("DOCTOR", "seen", "(an|the)? (ambulance|paramedic|paramedics|emt|emts)"),
    ("DOCTOR", "seen", "a & e"),
    # "had it checked", "got checked", "been looked at"; "having checked my calendar" is the writer's own act.
    ("DOCTOR", "seen", "(got|get|been|it|being) (it|them|myself|this)? (checked|checked out|looked at|seen to|examined|assessed|x-rayed|xrayed)"),
    ("DOCTOR", "seen", "(had|have|has|having) (it|them|myself|this) (checked|checked out|looked at|seen to|examined|assessed|x-rayed|xrayed)"),
    ("DOCTOR", "seen", "(had|have|has|having) (checked|checked out|looked at|examined|assessed|x-rayed|xrayed) (me|it|them|this)"),
    ("DOCTOR", "seen", "(checked|looked at|examined|assessed) by (anyone|anybody|a medical professional)"),
    ("DOCTOR", "seen", "(had|got|get|have|has|having) (it|this|them) (properly)? diagnosed"),
    # Help of a clinical kind, like "anyone": it tells only when denied ("no medical advice so far").
    ("DOCTOR", "anyone", "(medical|professional) (help|advice|attention|care|treatment|opinion)"),
    ("DOCTOR", "anyone", "(seen|see|been to|been to see|consulted|spoken to|talked to|gone to) (anyone|anybody|a professional)"),
    ("DOCTOR", "test", _TESTS),
    ("DOCTOR", "test", "(tests|test) (show|showed|shows|revealed|came|results|found|confirmed|ruled|say|said)"),
    ("DOCTOR", "test", "(medical|various|several|many|all the|blood|lab|nerve) tests"),
    ("DOCTOR", "test", "(my|the|all|mri|x-ray|xray|scan|ct|blood|test|lab|medical) (report|reports)"),
    # Tests done without a name: "they ran some tests", "did a few tests", "a neurological exam".
    ("DOCTOR", "test", "(ran|run|running|did|done|doing) (some|a|more|several|various|the|lots|loads|all)? "
     "(few|bunch|of|sorts)? (of)? (tests|test)"),
    ("DOCTOR", "test", "(physical|clinical|neurological|neuro|medical|spinal) (exam|exams|examination|examinations)"),
    # Tests by their lay names: "my labs came back fine", "the spine films were normal".
    ("DOCTOR", "test", "(labs|lab) (all)? (came|come|were|are|showed|show|shows|results|work)"),
    ("DOCTOR", "test", "(spine|spinal|back|neck|lumbar|cervical|x-ray|xray) (film|films)"),
    ("DOCTOR", "seen", "(was|were|got|been) admitted"),
    # A plain clinic may be a physio's: it counts only when what was done there follows (_clinic_acted).
    ("DOCTOR", "clinic", "(to|at|from|in) (the|a|local)? clinic"),
    # Let out of or kept in a hospital: "was discharged the same day", "they kept me in overnight".
    ("DOCTOR", "seen", "(was|were|got|been|being) (discharged|examined)"),
    ("DOCTOR", "seen", "(hospitalized|hospitalised|hospitalization|hospitalisation|inpatient|inpatients|outpatient|"
     "outpatients)"),
    ("DOCTOR", "seen", "(kept|keep) (me|him|her)? in (overnight|hospital|for)"),
    # Doctors the lists above leave out: an obstetrician (back pain in pregnancy),
    # a stand-in GP, the nurse of a GP practice.
    ("DOCTOR", "seen", "(my|the|an)? (=OB|obstetrician|obstetricians|locum|locums)"),
    ("DOCTOR", "seen", "(my|the|a)? (practice|surgery|triage) nurse"),
    ("DOCTOR", "seen", "(was|were|been|got|being) (seen|treated|examined|checked) (at|in) (the|a) (clinic|hospital|surgery)"),
    ("DOCTOR", "diagnosis", "(diagnosed|diagnosis|diagnoses|diagnosed with|dx|dxed)"),
    ("DOCTOR", "diagnosis", "(was|been|were|got|am) told (i|i've|it|it's|its|that|my|there)"),
    ("DOCTOR", "finding", f"{_FINDING} (lumbar|cervical|thoracic|spinal)? {_DISC}"),
    ("DOCTOR", "finding", f"{_DISC} (herniation|herniations|hernia|bulge|bulges|bulging|protrusion|prolapse|degeneration|generation|desiccation|dislocation|disease|tear|space|spaces)"),
    # Said as something done to a disc: "I herniated two discs", "re-herniated my disc", "blew out a disc".
    ("DOCTOR", "finding", f"(re)? (-)? (herniated|herniate|ruptured|bulged|blew|blown|popped) (out)? "
     f"(a|my|the|two|2|three|3|both|another)? (lumbar|cervical|thoracic)? {_DISC}"),
    ("DOCTOR", "finding", "(fracture|fractures|fractured|compression fracture|vertebral fracture)"),
    ("DOCTOR", "finding", _CONDITIONS),
    ("DOCTOR", "finding", "(degenerative|degenerating) (disc|disk|spine|changes|joint)"),
    ("DOCTOR", "procedure", _PROCEDURES),
    ("DOCTOR", "procedure", "(referred|referral) (me|to|for|by)"),
    ("DOCTOR", "procedure", "(gave|give|given|giving|gives) me (a)? (shot|shots|jab|jabs)"),
    # Injected by someone ("was injected with steroids", "they injected my facet joints") or
    # a jab named by what it holds ("a steroid jab").
    ("DOCTOR", "procedure", "(was|were|got|been|being|had|have|has|they|he|she|doctor|surgeon) injected"),
    ("DOCTOR", "procedure", "injected (me|my|into|it|both|the)"),
    ("DOCTOR", "procedure", "(steroid|cortisone|epidural|spinal|facet) (jab|jabs)"),
    # Off work on a doctor's say-so: "signed off work for two weeks", "signed me off sick".
    ("DOCTOR", "procedure", "(signed|signing) (me)? off (work|sick|for)"),
    # A prescription by its short names, written for the writer: "gave me a script for naproxen".
    ("DOCTOR", "prescription", "(gave|given|giving|gives|wrote|writes|write|written) me (a|an|another)? (script|scrip|rx)"),
    ("DOCTOR", "procedure", "(a|my|the|got|get|gave) referral"),
    ("DOCTOR", "prescription", _PRESCRIBED),
    # Muscle relaxants are prescribed (in the tune texts every one taken for the pain was).
    ("DOCTOR", "prescription", "muscle (relaxant|relaxants|relaxer|relaxers|relaxor|relaxors)"),
    ("DOCTOR", "prescription", "(dose pack|dosepack|dosepak|dose pak|steroid pack|steroid taper|prednisone taper)"),
    # Opioids by their class, taken: none is sold over the counter ("non-narcotic" and
    # "other than narcotics" name none taken).
    ("DOCTOR", "prescription", "(on|taking|take|took|using|given|gave me|prescribed) (some|the|strong|stronger)? "
     "(opioid|opioids|opiate|opiates|narcotic|narcotics)"),
    ("DOCTOR", "procedure", "(a|the|my|get|got)? (sick note|sicknote|fit note|sick notes|fit notes)"),
    ("DOCTOR", "procedure", "(a|the|my)? (doctor's|doctors|gp's) (note|notes|letter)"),
    ("DOCTOR", "test", "(was|were|got|been|being|had|have|has|get) (scanned|x-rayed|xrayed)"),
    ("DOCTOR", "test", "(they|hospital|doctor|doctors|gp|he|she) (scanned|x-rayed|xrayed) (my|me|it|both)"),
    # A television doctor or a brand is no clinician: "I heard on the Dr. Oz
    # show", "hyaluronic acid (Doctor's Best)".
    ("IGNORE", "other", r"(the)? /^(dr\.?|doctor)$/ (oz|phil)"),
    ("IGNORE", "other", "(doctor|doctors|doctor's) ('s)? best"),
    ("DOCTOR", "prescription", "(put|started|switched|changed) me (on|onto|to) (a|the|some|stronger)? (course of)? "
     "(naproxen|co-codamol|cocodamol|codeine|diclofenac|steroids|painkillers|pain killers|muscle relaxants|"
     "anti-inflammatories|medication|meds|tablets|pills|nsaids)"),
]

#: Kinds that are inferred from what the patient says rather than a visit
#: named outright, so a hedge in their clause ("I think", "maybe") drops them.
_INFERRED = {"finding", "test", "diagnosis", "procedure", "prescription"}
_HEDGES = {"think", "maybe", "might", "could", "would", "possibly", "probably", "perhaps", "guess",
           "wonder", "wondering", "suspect", "like", "if", "whether", "unsure", "unless"}
#: Words before a visit or test that put it in the future or in doubt
#: ("booked for an MRI", "do I need surgery?").
_PLANNED = {"next", "tomorrow", "upcoming", "scheduled", "booked", "booking", "waiting", "wait", "will", "shall",
            "'ll", "gonna", "planning", "plan", "planned", "soon", "await", "awaiting", "need",
            "needs", "recommended", "suggested", "considering", "consider", "want", "wants",
            "should", "avoid", "refused", "try", "trying", "scared", "afraid", "worried", "fear",
            "terrified", "rather", "option", "options", "offered", "worth", "hope", "hoping", "luck",
            # asked for or tried for, not yet had: "I asked for an MRI", "tried to get an x-ray"
            "asked", "asking", "requested", "tried",
            # nearly made, so not made: "I almost went to A&E", "nearly called an ambulance"
            "almost", "nearly"}
#: For a doctor named or a test or operation someone calls theirs ("my MRI"),
#: only a booking or a time ahead makes it planned ("my GP said I should").
_BOOKED = {"next", "tomorrow", "upcoming", "scheduled", "booked", "booking", "waiting", "wait", "will", "shall",
           "'ll", "gonna", "planning", "planned", "soon", "await", "awaiting", "due", "until",
           "earliest", "plan", "thinking", "worth", "hope", "hoping", "luck", "almost", "nearly"}
#: "I'd push for a referral", "I would ask for an MRI": what the writer would do is advice, not a visit.
_WOULD = {"'d", "would", "d"}
_WOULD_DO = {"see", "get", "go", "ask", "push", "insist", "request", "try", "demand", "book", "have"}
#: A doctor followed by what it will or may do is still to come: "a GP should be able to help",
#: "the doctors will probably want an MRI" ("the GP may have missed it" is past).
_MAY_DO = {"will", "'ll", "should", "might", "may"}
_POSSESSIVE = {"my", "his", "her", "their", "our"}
#: A forum question to others ("has anyone had an MRI?") tells no visit of the writer's.
_OTHERS = {"anyone", "anybody", "someone", "somebody", "others", "people", "everyone"}
#: "What kind of doctor should I see?": a question after the doctor asks which to see.
_ASKING = {"should", "shall", "do", "would", "could", "can", "must"}
_ASKER = {"i", "we"}
#: How one feels about doctors is no visit: "I hate doctors", "I don't trust GPs".
_ATTITUDE = {"hate", "hates", "dislike", "dislikes", "trust", "distrust", "mistrust", "avoid", "avoided",
             "avoiding"}
#: A visit in a condition is not one: "unless the doctor has another medication", "if I see a specialist".
_CONDITIONS_OF = {"if", "unless"}
#: Words right after a visit that put it ahead ("seeing my GP next week").
_AHEAD = {"next", "tomorrow", "soon", "later"}
_AHEAD_WINDOW = 3
#: Words right after a test that say it was done: "waiting for my MRI results".
_DONE = {"results", "result", "report", "showed", "shows", "came", "found", "revealed"}
_VISIT_VERBS = {"see", "get", "have", "go", "book", "ask", "make", "call", "visit", "ring", "phone", "contact",
                "speak", "talk"}
#: Words before "to" and a visit that put the visit ahead: "going to", "need to",
#: "I keep meaning to ring my GP", "planning to see a specialist".
_INTENDING = {"going", "have", "has", "need", "needs", "meaning", "mean", "meant", "want", "wanted", "plan",
              "planning", "hope", "hoping", "intend", "intending", "try", "trying", "tried", "supposed"}
_APPOINTMENT = {"appointment", "appointments", "appt"}
#: Past tense in an appointment's clause: "had an appointment with my GP",
#: "at my last appointment".
_PAST = {"had", "went", "was", "were", "saw", "made", "attended", "did", "told", "said", "gave", "sent",
         "referred", "prescribed", "ordered", "examined", "checked", "found", "diagnosed", "been",
         "last", "previous", "recent"}
#: Nouns a negation can be about when a doctor follows: "no help from my GP".
_GIVEN = {"solution", "solutions", "help", "answer", "answers", "relief", "luck", "improvement",
          "explanation", "cause", "diagnosis", "idea", "success", "joy", "change", "clue",
          "result", "results", "treatment", "cure", "reason", "one", "sense", "use"}
#: Parts and conditions that make a visit or test about something else, with
#: the pains and care only they have ("headaches", "gum surgery", "my GI
#: specialist"). The kidneys and bowel are left out: they are checked
#: *because* of back pain. Misspelt by a letter, a long one still counts (``_other``).
_ELSEWHERE = frozenset({"knee", "knees", "ankle", "ankles", "foot", "feet", "wrist", "wrists", "hand", "hands",
              "elbow", "elbows", "head", "stomach", "abdomen", "abdominal", "heart", "chest", "breast", "breasts", "lung",
              "lungs", "bladder", "asthma", "diabetes", "pregnancy", "baby",
              "teeth", "tooth", "eye", "eyes", "ear", "ears", "throat", "skin", "cancer", "tumour",
              "tumor", "lumpectomy", "mastectomy", "radiation", "chemo", "ovary", "ovaries",
              "uterus", "womb", "thyroid", "heartburn", "migraine", "migraines", "infection",
              "lymph", "node", "nodes", "pap", "smear", "cyst", "mole", "arm", "hip", "shin",
              "appendix", "appendicitis", "gallbladder", "gallstones", "liver", "anxiety", "depression",
              "panic", "flu", "covid", "cough", "scleritis", "uveitis", "iritis", "chlamydia", "std",
              "uti", "allergy", "allergies", "sinus", "prostate", "acne", "rash", "cholesterol",
              "statin", "statins", "palsy", "ibs", "crohn's", "crohns", "colitis", "pcos", "fibroids",
              "hypothyroidism", "hyperthyroidism", "adhd", "ptsd", "bipolar", "epilepsy", "copd",
              "hypertension", "anemia", "anaemia", "hernia", "pneumonia", "bronchitis", "sinusitis",
              "tonsillitis", "gastritis", "reflux", "gerd", "ulcer", "antidepressants", "antidepressant",
              "insulin", "metformin", "thyroxine", "levothyroxine", "inhaler", "contraceptive",
              "contraception", "attack", "stroke", "pregnant", "miscarriage", "labour", "labor",
              "childbirth", "gut", "gi", "ent", "endometriosis", "toothache", "earache",
              "stomachache", "bellyache", "menstrual", "gum", "gums", "periodontal", "dental", "dentist",
              "cardiologist", "seizure", "seizures", "brain", "suicide", "overdose"})
_ABOUT = {"for", "about", "on", "of", "with", "because", "after", "due", "during"}
#: Care named after another problem: "my anxiety meds", "a heart check".
_ITS_CARE = {"meds", "medication", "medications", "medicine", "pills", "tablets", "doctor", "specialist",
             "appointment", "check", "checkup", "check-up", "test", "tests", "scan", "clinic", "nurse"}
#: A test that "ruled out kidney stones" was done to explain this pain.
_RULED_OUT = {"ruled", "rule", "rules", "excluded"}
_NEGATIONS = {"no", "not", "n't", "nt", "never", "nobody", "nothing", "none", "without", "nor", "neither"}
#: "No doctor could help": a negation on the doctor itself, followed by what
#: the doctors failed to do, tells of visits.
_NO_ONE = {"no", "none"}
_OUTCOMES = {"help", "helped", "helps", "find", "found", "finds", "explain", "explained", "know", "knows",
             "figure", "figured", "tell", "told", "cure", "cured", "fix", "fixed", "diagnose",
             "diagnosed", "solve", "solved", "able", "seems", "seem", "seemed"}
_NOT_YET = {"not", "yet", "no", "nope", "nah", ",", ".", "!", "-", "haven't", "have", "n't", "i"}
_BOUNDARIES = {",", ";", ":", "-", ".", "?", "!", "but", "and", "so", "because", "although",
               "though", "while", "whereas", "also", "which"}
#: The label of a clinical contact, whose lists a comma does not end.
_CONTACT = ("DOCTOR",)


def _clause(ent: Span) -> tuple[int, int]:
    doc, sent = ent.doc, ent.sent
    start, end = ent.start, ent.end
    # A comma between two contacts lists them in one clause: "not seen a doctor, GP or anyone".
    while start > sent.start and (doc[start - 1].lower_ not in _BOUNDARIES or list_comma(doc, start - 1, _CONTACT)):
        start -= 1
    while end < sent.end and (doc[end].lower_ not in _BOUNDARIES or list_comma(doc, end, _CONTACT)):
        end += 1
    return start, end


def _clause_words(ent: Span) -> list[str]:
    start, end = _clause(ent)
    return [tok.lower_ for tok in ent.doc[start:end] if not ent.start <= tok.i < ent.end]


#: Pains of other parts that may also be the back's own spreading ("down to my
#: heel", headaches from a stiff neck) or words with another sense ("over a
#: period of time"): they keep a story from being the back's, but make no visit
#: another problem's.
_OTHER_PAINS = {"headache", "headaches", "period", "periods", "groin", "heel", "heels", "achilles"}


#: "Pressure" is another problem only as the blood's: "pressure on the nerve" is the back's own.
_PRESSURE_OF = {"blood", "high", "low", "bp"}


@lru_cache(maxsize=4096)
def _other(word: str, before: str = "") -> bool:
    """A word of another part or problem, also slipped by a letter ("endometriossis",
    "abdomenal"); ``before`` is the word said before it ("blood pressure")."""
    if word == "pressure":
        return before in _PRESSURE_OF
    return spelling.loosely_in(word, _ELSEWHERE)


#: Words before a part that make it a medicine's side effect: "the tablets upset my stomach".
_SIDE_EFFECT = {"upset", "upsets", "upsetting", "irritated", "irritates"}
#: The limbs a back or neck pain spreads to ("down my leg into my foot"): with a spreading
#: pain told, they are that pain's, no other problem.
_LIMBS = frozenset(radiation.LEG.strip("()").split("|") + radiation.ARM.strip("()").split("|"))


def _spreads(doc: Doc) -> bool:
    """The message tells of a pain spreading into a limb."""
    return any(ent.label_ == "RADIATION" and not ent._.negex for ent in topic.entities(doc))


def _others(words: list[str], spreads: bool = False) -> list[bool]:
    """Which of a run of words name another part or problem, each read with the words before
    it; a medicine's side effect is none, nor a limb the pain spreads to (``spreads``)."""
    return [_other(word, words[i - 1] if i else "") and not set(words[max(0, i - 2):i]) & _SIDE_EFFECT
            and not (spreads and word in _LIMBS) for i, word in enumerate(words)]


def names_nothing_else(doc: Doc) -> bool:
    """The message names no other part, problem or pain than the back's: every
    visit in it, however far from where the pain is told, is for that pain
    ("My lower back went at Easter. ... I was fit before. ... In the end I
    asked for something stronger and the tramadol takes the edge off")."""
    if "nothing_else" not in doc.user_data:
        words = [tok.lower_ for tok in doc]
        doc.user_data["nothing_else"] = not any(other or word in _OTHER_PAINS
                                                for word, other in zip(words, _others(words)))
    return doc.user_data["nothing_else"]


def pain_unplaced(doc: Doc) -> bool:
    """A long message that names no back, neck or other part at all but tells
    of pain ("the ER doctor gave me Vicodin and it barely touched the pain"):
    told to a back-pain clinic, the visits in it are for that pain (a child's
    headaches seen by a paediatrician are not)."""
    return (topic.is_long(doc) and not topic.names_back(doc)
            and any(ent.label_ in ("PAIN", "RADIATION") for ent in topic.entities(doc))
            and not any(ent.label_ == "LOCATION" for ent in topic.entities(doc))
            and names_nothing_else(doc))


#: Words of a strained body, its moving and its usual care: a story that names no part
#: but tells of these ("they x-rayed me, getting from standing to sitting was the worst")
#: is a back story cut short, not one about nausea or a rash.
_STRAINED = {"muscle", "muscles", "muscular", "spasm", "spasms", "pulled", "strained", "relaxant", "relaxants",
             "relaxer", "relaxers", "heating", "posture", "standing", "sitting", "bending", "lifting", "twisted",
             "physio", "physiotherapy", "physiotherapist", "chiropractor", "chiro", "osteopath", "stretches",
             "stretching", "mattress"}


def names_nothing_at_all(doc: Doc) -> bool:
    """A long message that names no part and no other problem, only care and a
    strained body ("I went to the doctor, they took blood, she thought I had pulled a
    muscle"): told to a back-pain clinic, its visits are the back's (its times are not:
    they may be anything's)."""
    return (topic.is_long(doc) and not topic.names_back(doc)
            and not any(ent.label_ == "LOCATION" for ent in topic.entities(doc)) and names_nothing_else(doc)
            and any(tok.lower_ in _STRAINED for tok in doc))


def _kind(ent: Span) -> str:
    """The kind of contact; a disc finding another concern labelled (the danger
    signs ignore "slipped a disc" as a fall) is a finding."""
    return ent.ent_id_ if ent.label_ == "DOCTOR" else "finding"


def disc_findings(spans: list[Span]) -> list[Span]:
    """The spans among another concern's that name a disc finding ("a herniated disk")."""
    return [ent for ent in spans if ent[-1].lower_ in _DISC_WORDS and ent[0].lower_ in _FINDING_WORDS]


#: Words of a finding said after a spinal level: "the L4-L5 herniation", "C5-C6 disc bulge".
_FINDING_AFTER = {"herniation", "herniations", "herniated", "hernia", "bulge", "bulges", "bulging", "protrusion",
                  "protrusions", "prolapse", "prolapsed", "degeneration", "narrowing", "stenosis", "rupture",
                  "ruptured", "tear"}
#: Words between a finding and its level: "herniated disc at L4-L5", "bulging/ruptured l3-l4".
_TO_LEVEL = {"disc", "disk", "discs", "disks", "at", "in", "on", "of", "the", "my", "a", "an", "/", "-", "and"}


def level_findings(places: list[Span]) -> list[Span]:
    """Spinal levels said with a finding ("a herniated L5-S1", "the L4-L5
    herniation", "bulging disc at L4/L5"): read off a scan, a doctor has seen
    the spine. The level stays the pain's site; the finding is judged as any
    other (hedged, asked or someone else's, it counts for nothing)."""
    found = []
    for ent in places:
        if not locations.is_level(ent):
            continue
        doc = ent.doc
        i = ent.start - 1
        while i >= max(0, ent.start - 4) and (doc[i].lower_ in _TO_LEVEL or doc[i].ent_type_ == "LOCATION"):
            i -= 1
        before = i >= 0 and doc[i].lower_ in _FINDING_WORDS
        j = ent.end
        while j < min(len(doc), ent.end + 4) and (doc[j].lower_ in _TO_LEVEL or doc[j].ent_type_ == "LOCATION"):
            j += 1
        after = j < len(doc) and doc[j].lower_ in _FINDING_AFTER
        if before or after:
            found.append(ent)
    return found


def _planned(ent: Span) -> bool:
    """A visit or test still to come, in doubt or asked of others: "seeing my
    GP next week", "need surgery?", "scared of surgery", "has anyone had an MRI?"."""
    doc = ent.doc
    start, end = _clause(ent)
    after = [tok.lower_ for tok in doc[ent.end:min(end, ent.end + _AHEAD_WINDOW)]]
    if after[:1] and after[0] in _DONE:
        return False
    # "The GP is booked up for weeks", "the clinic was full"; "an MRI booked for the 3rd"
    # (unless its result is told: "the MRI scheduled in May showed a bulge"; "my GP
    # arranged an X-ray" is the GP acting).
    if after[:1] and after[0] in _BE and set(after[1:3]) & _FULL:
        return True
    if (after[:1] and after[0] in _SET_UP and _kind(ent) in ("test", "procedure")
            and not any(tok.lower_ in _DONE for tok in doc[ent.end:end])):
        return True
    if unmade.held_until(ent, start, end, _NEGATIONS) == "ahead":
        return True
    # "The next morning" tells when it happened, "next week" that it is ahead.
    ahead = any(w in _AHEAD and not (w == "next" and after[i - 1:i] == ["the"]) for i, w in enumerate(after))
    if ahead or _in_a_while(ent, end) or _to_come(ent, start, end):
        return True
    if after[:1] and after[0] in _MAY_DO and after[1:2] != ["have"] and not set(after[1:]) & _NEGATIONS:
        return True
    before = [tok.lower_ for tok in doc[start:ent.start]]
    if any(a in _WOULD and b in _WOULD_DO for a, b in zip(before, before[1:])):
        return True
    # Right after the doctor ("which doctor should I see"): in a run-on text
    # with no stops, "had an MRI what should I do" asks what to do, not whom to see.
    rest = [tok.lower_ for tok in doc[ent.end:min(end, ent.end + 2)]]
    if len(rest) == 2 and rest[0] in _ASKING and rest[1] in _ASKER:
        return True
    if ent.text.lower() == "second opinion":
        return False
    if _attitude(ent):
        return True
    if any(tok.lower_ in _OTHERS for tok in doc[start:ent.start]) and not _saw_someone(doc, start, ent.start):
        return True
    if any(tok.lower_ in _CONDITIONS_OF for tok in doc[start:ent.start]):
        return True
    if _kind(ent) == "seen" or doc[ent.start].lower_ in _POSSESSIVE or (
            ent.start > 0 and doc[ent.start - 1].lower_ in _POSSESSIVE):
        cues = _BOOKED
    else:
        cues = _PLANNED
    return any(tok.lower_ in cues and not _interjected(tok) and not _tried_something(tok)
               for tok in doc[start:ent.start])


#: "Tried" plans a contact only as an attempt at it ("tried to get an MRI", "tried for a
#: referral"); "I tried ibuprofen, then had epidurals" tried a remedy, and the epidurals were had.
_TRYING = {"try", "trying", "tried"}
_ATTEMPT_AT = {"to", "for", "get", "getting"}


def _tried_something(tok) -> bool:  # noqa: ANN001 (a spaCy Token)
    following = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.lower_ in _TRYING and following not in _ATTEMPT_AT


def _interjected(tok) -> bool:  # noqa: ANN001 (a spaCy Token)
    """"Wait" said to stop oneself ("actually wait, I did see a doctor"), not a wait for a
    test ("a four month wait for an MRI"): no article, number or time word before it."""
    if tok.lower_ != "wait":
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is None or not (before.like_num or before.lower_ in _WAIT_OWNERS)


#: Words that make "wait" a wait for something: "a long wait", "the two week wait", "my wait".
_WAIT_OWNERS = {"a", "the", "my", "long", "week", "weeks", "month", "months", "year", "day", "days", "another",
                "more", "of", "to"}


_SAW = {"saw", "seen", "see", "spoke", "talked"}
_WRITER = {"i", "i've", "ive", "i'd", "we", "we've"}


def _saw_someone(doc: Doc, start: int, end: int) -> bool:
    """The writer saw someone there: "I did see someone in A&E about it"
    (while "has anyone had an MRI?" asks others)."""
    words = [tok.lower_ for tok in doc[start:end]]
    return any(word in _OTHERS and i > 0 and words[i - 1] in _SAW and set(words[:i - 1]) & _WRITER
               for i, word in enumerate(words))


def _attitude(ent: Span) -> bool:
    """Said of doctors in general: "I hate doctors", "I don't trust GPs"."""
    start, _ = _clause(ent)
    return any(tok.lower_ in _ATTITUDE for tok in ent.doc[max(start, ent.start - 2):ent.start])


def _in_a_while(ent: Span, end: int) -> bool:
    """A time ahead after the visit: "an MRI in two weeks", "the appointment is in 2 weeks"."""
    doc = ent.doc
    return any(doc[i].lower_ == "in" and doc[i + 1].ent_type_ == "DURATION"
               and doc[i + 1].lower_ not in ("the", "last", "past")
               and not any(tok.lower_ == "ago" for tok in doc[i + 1:end])
               for i in range(ent.end, min(end, ent.end + _AHEAD_WINDOW + 3) - 1))


def _to_come(ent: Span, start: int, end: int) -> bool:
    """Said as still to come: "going to get an x-ray", "I have to go for an MRI",
    "I'm getting an MRI on Friday", "I have a doctor's appointment on Monday"
    (an appointment with no past tense in its clause)."""
    words = [tok.lower_ for tok in ent.doc[start:ent.start]]
    clause = [tok.lower_ for tok in ent.doc[start:end]]
    for i, word in enumerate(words):
        following = words[i + 1:i + 3]
        # The visit verb may open the contact itself: "I have to go to hospital today".
        verb = following[1] if following[1:] else ent[0].lower_ if i + 2 == len(words) else ""
        if word in _INTENDING and following[:1] == ["to"] and verb in _VISIT_VERBS:
            return True
        if word in _ADVISED and _advised_visit(words[i + 1:], ent):
            return True
        near = len(words) - (i + 2) <= 2
        if word in ("'m", "am", "i'm", "im", "is", "are") and following[:1] and following[0] in ("getting", "having") and near:
            return True
        if (word in ("'m", "am", "i'm", "im", "are", "'re") and following[:1] and following[0] in _MEETING and near
                and _dated_after(ent, end)):
            return True
    return (bool(set(clause) & _APPOINTMENT) and not set(clause) & _PAST) or _on_the_way(ent, start, end)


#: Modals of advice or chance before a visit: "I should probably see a doctor", "you must get an MRI".
_ADVISED = {"should", "must", "ought", "might", "may"}
_SOFTENERS = {"probably", "really", "definitely", "maybe", "just", "also", "still", "to", "then", "honestly"}


def _advised_visit(rest: list[str], ent: Span) -> bool:
    """After the modal, past a softener or two, a visit verb and then only the
    contact's article ("should really see a GP"); "should have seen" is a wish (``_wished``)."""
    while rest and rest[0] in _SOFTENERS:
        rest = rest[1:]
    if not rest:
        return ent[0].lower_ in _VISIT_VERBS
    return rest[0] in _VISIT_VERBS and all(w in _DETERMINERS or w == "to" for w in rest[1:])


_BE = {"am", "'m", "i'm", "im", "is", "'s", "are", "'re", "was", "were"}
_FULL = {"booked", "full", "fully"}
_SET_UP = {"booked", "scheduled", "arranged", "planned", "pencilled", "penciled"}
#: Words that make "was going to the doctor" a habit, visits had: "every week", "regularly".
_HABIT = {"every", "regularly", "weekly", "monthly", "often", "always", "constantly", "repeatedly", "times"}


def _on_the_way(ent: Span, start: int, end: int) -> bool:
    """"I'm going to the doctor", "told my boss I was going to the GP": on the
    way or meaning to go, not yet seen (unless told as a habit, "was going to
    the GP every week", or with a time: "was going to the GP for months")."""
    doc = ent.doc
    lead = [tok.lower_ for tok in doc[start:ent.end]]
    at = ent.start - start
    going = any(lead[k - 1:k + 2] == [lead[k - 1], "going", "to"] and lead[k - 1] in _BE
                and all(w in _DETERMINERS for w in lead[k + 2:at]) for k in range(1, min(at + 1, len(lead) - 1)))
    return going and not any(tok.lower_ in _HABIT or tok.ent_type_ == "DURATION" for tok in doc[ent.end:end])


#: Visits said in the present progressive: with a day after them, they are ahead
#: ("I'm seeing the GP this week", "we're visiting the specialist on Monday");
#: with none they are ongoing care ("I'm seeing a neurologist for it").
_MEETING = {"seeing", "visiting", "meeting"}


def _dated_after(ent: Span, end: int) -> bool:
    """A date is said after the contact in its clause ("... the GP this week")."""
    return any(tok.ent_type_ == "DATE" or tok.lower_ == "this" for tok in ent.doc[ent.end:end])


def _elsewhere(ent: Span) -> bool:
    """About another part or problem ("an MRI on my knee", "my eye doctor"), with no back site beside it."""
    clause = _clause(ent)
    sentence = (ent.sent.start, ent.sent.end)
    organ_doctor = ent.start > 0 and _others([tok.lower_ for tok in ent.doc[max(0, ent.start - 2):ent.start]])[-1]
    other_specialist = ent[-1].lower_ in _OTHER_SPECIALISTS and not _names_site(ent, *sentence)
    return (organ_doctor or other_specialist or _for_something_else(ent, *clause) or _diagnosed_else(ent)
            or _about_else(ent, *clause)
            or (not _names_site(ent, *sentence) and (_about_else(ent, *sentence) or _of_another_problem(ent))))


def _of_another_problem(ent: Span) -> bool:
    """A sentence about another problem and no pain: "My scleritis flared
    again, the rheumatologist upped my methotrexate" (a neck pain told after
    it had no visit)."""
    sent = ent.sent
    words = [tok.lower_ for tok in sent]
    others = _others(words, _spreads(ent.doc))
    other = [i for i, w in enumerate(words) if others[i] and not set(words[max(0, i - 3):i]) & _NEGATIONS
             and not ent.start <= sent.start + i < ent.end]
    return (_kind(ent) == "seen" and bool(other) and not set(words) & _RULED_OUT
            and not any(tok.lower_ in locations.PAIN_WORDS or tok.ent_type_ in ("PAIN", "RADIATION") for tok in sent))


#: Words after "diagnosed with" that keep the diagnosis the back's: "arthritis in my spine".
_BACK_CONDITIONS = {"arthritis", "osteoarthritis", "arthritic", "spasm", "spasms", "strain", "sprain", "nerve",
                    "pinched", "muscle", "muscular", "sciatic", "syndrome", "vertebra", "vertebrae", "spine", "spinal",
                    "lumbago", "disc", "disk", "discs", "disks"}
_CALLED = {"with", "as", "having"}
_FILLER = {"a", "an", "the", "my", "some", "mild", "severe", "chronic", "acute", "early", "possible", "probable",
           "what", "they", "called", "is"}


def _diagnosed_else(ent: Span) -> bool:
    """A diagnosis named as another condition: "diagnosed with PTSD",
    "diagnosed as Bell's palsy". One of the back ("diagnosed with
    sciatica", "with a bulging disc", "with arthritis in my spine") or with
    nothing named stays a diagnosis of this pain."""
    doc = ent.doc
    if ent.ent_id_ != "diagnosis" or ent.end >= len(doc):
        return False
    if ent[-1].lower_ in _CALLED:
        i = ent.end
    elif doc[ent.end].lower_ in _CALLED:
        i = ent.end + 1
    else:
        return False
    while i < len(doc) and doc[i].lower_ in _FILLER:
        i += 1
    named = doc[i:min(len(doc), i + 4)]
    if not len(named) or not named[0].is_alpha:
        return False
    return not any(tok.ent_type_ in ("LOCATION", "RADIATION", "PAIN") or tok.ent_type_ == "DOCTOR"
                   or tok.lower_ in _BACK_CONDITIONS or tok.lower_ in topic.SUFFERING
                   for tok in named)


#: Doctors of other organs: seeing one is for this pain only when a back or neck site is named with them.
_OTHER_SPECIALISTS = {"gynaecologist", "gynecologist", "obgyn", "ob-gyn", "oncologist", "radiologist"}
_DETERMINERS = {"my", "the", "a", "an", "his", "her", "their", "our", "some", "this", "that", "your"}


#: What a contact is "for" when it is not this pain, unnamed: "for something
#: else", "for an unrelated issue", "for another problem".
_UNRELATED = {"unrelated", "separate"}
#: A visit "for" a routine matter is no visit for this pain: "for my annual physical", "for a booster".
_ROUTINE = {"annual", "yearly", "routine", "physical", "physicals", "checkup", "check-up", "vaccine",
            "vaccination", "booster"}
_SOME_OTHER = {"something", "another", "other", "different"}
_MATTERS = {"else", "reason", "reasons", "problem", "problems", "issue", "issues", "condition", "conditions",
            "thing", "things", "matter", "matters", "complaint"}


def _for_something_else(ent: Span, start: int, end: int) -> bool:
    """The contact is "for" another problem, named ("a blood test for anemia",
    "surgery for a hernia", "a doctor for my cough") or not ("an ultrasound
    for something else", "bloods for an unrelated issue", "for something
    unrelated"), or for a routine matter with no back named ("my GP for my
    yearly check-up")."""
    doc = ent.doc
    i = next((j for j in range(ent.end, end) if doc[j].lower_ == "for"), None)
    if i is None or i > ent.end + 3:
        return False
    j = i + 1
    while j < end and doc[j].lower_ in _DETERMINERS:
        j += 1
    if j >= end:
        return False
    word, following = doc[j].lower_, doc[j + 1].lower_ if j + 1 < end else ""
    if word in _ROUTINE:
        return not _names_site(ent, ent.sent.start, ent.sent.end)
    return _another_matter(word, following, doc[j - 1].lower_)


def _another_matter(word: str, following: str, before: str = "") -> bool:
    """The words after "for" name another part or problem."""
    return _other(word, before) or word in _UNRELATED or (word in _SOME_OTHER and following in _MATTERS | _UNRELATED)


def said_for_something_else(text: str) -> bool:
    """A short answer that puts a visit down to another matter ("my GP years ago for
    something else", "that was for my knee"): at the doctor question, a no for this pain."""
    words = re.findall(r"[a-z'-]+", text.lower())
    for i, word in enumerate(words):
        if word in ("for", "about"):
            rest = [w for w in words[i + 1:i + 4] if w not in _DETERMINERS] + ["", ""]
            if rest[0] in _ROUTINE or _another_matter(rest[0], rest[1]):
                return True
    return False


def _names_site(ent: Span, start: int, end: int) -> bool:
    return any(site.label_ == "LOCATION" and start <= site.start < end and not locations.other_sense(site)
               for site in topic.entities(ent.doc))


def _about_else(ent: Span, start: int, end: int) -> bool:
    """Tokens start:end name another part or problem and no back site: "treated
    with surgery" in a sentence about breast cancer."""
    if _names_site(ent, start, end):
        return False
    words = [tok.lower_ for tok in ent.doc[start:end]]
    if any(w in _RULED_OUT for w in words):
        return False
    # The contact's own words are no other part: "a disc hernia" is the spine's.
    other = [found and not ent.start <= start + i < ent.end
             for i, found in enumerate(_others(words, _spreads(ent.doc)))]
    named = any(found and following in _ITS_CARE for found, following in zip(other, words[1:]))
    return named or any(other) and (
        any(w in _ABOUT for w in words) or _kind(ent) in ("procedure", "test"))


def _someone_elses(ent: Span) -> bool:
    """A visit made for someone else: "I took my mum to the GP", "the visit
    was for my son". A family doctor ("my husband's doctor") is still one."""
    doc = ent.doc
    shared = ent.start >= 2 and doc[ent.start - 1].lower_ in ("'s", "s") and doc[ent.start - 2].lower_ in _RELATIONS
    if ent._.other_experiencer and not shared and not _clinician_did(ent):
        return True
    _, end = _clause(ent)
    words = [tok.lower_ for tok in doc[ent.end:end]]
    return any(words[i] == "for" and words[i + 1] in _POSSESSIVE and words[i + 2] in _RELATIONS
               for i in range(len(words) - 2))


_THIRD_PERSON = {"he", "she", "they"}


def _clinician_did(ent: Span) -> bool:
    """"I went to my GP and she ordered X-rays": the "she" is the clinician
    who did it, not someone else the test was for (unless the sentence tells
    of a relative: "my mum saw her GP and he ordered X-rays")."""
    start, _ = _clause(ent)
    words = [tok.lower_ for tok in ent.doc[start:ent.start]]
    relative = any(tok.lower_ in _RELATIONS for tok in ent.doc[ent.sent.start:ent.start])
    return not relative and any(a in _THIRD_PERSON and b in _DOCTOR_DID for a, b in zip(words, words[1:]))


def _hedged(ent: Span) -> bool:
    """An inferred contact in a hedged clause ("would surgery help?") or a
    yes/no question ("Does this syndrome cause spinal stenosis?", "Is an MRI
    needed?"), unless the patient calls it theirs ("would my laminectomy
    affect the disc above?")."""
    doc = ent.doc
    theirs = doc[ent.start].lower_ in _POSSESSIVE or (ent.start > 0 and doc[ent.start - 1].lower_ in _POSSESSIVE)
    return _kind(ent) in _INFERRED and not theirs and (
        any(w in _HEDGES for w in _clause_words(ent)) or _yes_no_question(ent))


#: First words of a yes/no question: what it names is asked about, not had.
_QUESTION_WORDS = {"do", "does", "did", "can", "could", "is", "are", "will", "would", "should", "may",
                   "might", "shall"}


def _yes_no_question(ent: Span) -> bool:
    words = [tok for tok in ent.sent if not tok.is_space]
    return words[-1].text.endswith("?") and words[0].lower_ in _QUESTION_WORDS


#: Past forms that, right in a contact's own clause, say it happened:
#: "I wanted to see a specialist and was diagnosed with sciatica".
_DONE_VERBS = {"was", "were", "got", "had", "did", "went", "saw", "made"}


def said_done(ent: Span) -> bool:
    """A contact told in the past in its own clause, even inside a wish or
    plan said earlier in the sentence ("to see an orthopedist and was
    diagnosed with sciatica"), unless that clause itself hedges or plans."""
    start, _ = _clause(ent)
    words = [tok.lower_ for tok in ent.doc[start:ent.start]]
    return bool(set(words) & _DONE_VERBS) and not set(words) & (_HEDGES | _PLANNED | _OTHERS)


#: Words that greet or thank the doctor a question is written to ("Hello
#: doctor, I have...", "Thanks doc"): the doctor addressed has seen nothing yet.
_GREETINGS = {"hi", "hii", "hello", "helo", "hey", "dear", "respected", "thanks", "thank", "thankyou",
              "greetings", "morning", "afternoon", "evening", "sir", "madam", "you"}
_ADDRESS_END = {",", "!", ":", "-", "."}


def _addressed(ent: Span) -> bool:
    """The doctor the message is written to: greeted ("Hi doctor", "Dear Dr.
    Smith"), thanked, or called at the start of the message ("Doctor, my
    neck...")."""
    if _kind(ent) != "seen" or ent[0].lower_ in _POSSESSIVE | {"the", "a", "an"}:
        return False
    doc = ent.doc
    if ent[0].lower_ not in ("doctor", "doctors", "doc", "dr", "dr.", "sir"):
        return False
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return before in _GREETINGS or (ent.start == ent.sent.start and after in _ADDRESS_END)


#: "Shoes that hurt when I walk in them": walking, not a walk-in clinic.
_WALKER = {"i", "we", "you", "they", "he", "she", "can", "could", "cannot", "ca", "n't"}
_WALK_IN_PLACES = {"clinic", "clinics", "centre", "center", "centres", "centers"}


def _walking(ent: Span) -> bool:
    """"Walk in" said after its walker, with no clinic after it, is walking."""
    doc = ent.doc
    return (ent.text.lower() in ("walk in", "walkin") and ent.start > 0 and doc[ent.start - 1].lower_ in _WALKER
            and not (ent.end < len(doc) and doc[ent.end].lower_ in _WALK_IN_PLACES))


#: "Dr Google", "doctor internet": searching is no visit.
_NO_DOCTOR_AFTER = {"google", "google's", "internet", "web", "youtube", "tiktok"}


#: What tells of a doctor one reads or watches: "Dr. Sarno's book", "a video by Dr. Lee".
_MEDIA = {"book", "books", "read", "reading", "wrote", "writes", "written", "author", "podcast", "podcasts",
          "video", "videos", "youtube", "article", "articles", "blog", "website", "documentary", "programme",
          "interview", "lecture", "lectures"}


def _searched(ent: Span) -> bool:
    """Searched ("Dr Google") or read: a doctor named in a sentence about a book
    or a video ("I read Dr. Sarno's book") wrote it, and saw no one."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _NO_DOCTOR_AFTER:
        return True
    named = ent[-1].lower_ in ("dr", "dr.", "doctor") and ent.end < len(doc) and doc[ent.end].is_title
    return named and any(tok.lower_ in _MEDIA for tok in ent.sent)


def counts(ent: Span, someone_else: bool = False) -> bool:
    """Whether an asserted DOCTOR mention is clinical contact for this pain,
    now or before (for a message about someone else, their visits count)."""
    return _kind(ent) != "anyone" and (_kind(ent) != "clinic" or _clinic_acted(ent)) and not (
        _addressed(ent) or _searched(ent) or _walking(ent) or _a_job(ent) or _wished(ent) or _instead(ent)
        or unmade.declined(ent, _clause(ent)[0]) or _elsewhere(ent) or _by_therapist(ent) or _in_general(ent)
        or (not someone_else and _someone_elses(ent))) and (
        repeated(ent) or not (_planned(ent) or _hedged(ent)))


#: What doctors in general do, said in the present: "most surgeons recommend
#: waiting", "doctors usually call it sciatica". "Doctors told me", "doctors
#: don't know what it is" and "doctors say it's a disc" tell of the writer's own.
_GENERIC = {"recommend", "suggest", "advise", "agree", "tend", "usually", "generally", "often", "rarely", "always",
            "prefer", "consider", "call", "here", "nowadays", "these"}


#: After "doctors in": a place of care, where doctors are met, not doctors of a country.
_CARE_PLACES = {"hospital", "a&e", "er", "emergency", "casualty", "clinic", "urgent", "ward", "surgery", "icu",
                "the", "my", "a", "an", "his", "her", "our", "their"}


def _in_general(ent: Span) -> bool:
    """Doctors as a kind, named bare and plural with what they all do or where they all
    are: "doctors usually call it sciatica", "the doctors here have a long wait",
    "doctors in canada, very long wait" ("doctors in the hospital said" met the writer)."""
    doc = ent.doc
    tokens = [tok.lower_ for tok in doc[ent.end:ent.end + 2]] + ["", ""]
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after, following = tokens[0], tokens[1]
    named_bare = len(ent) == 1 and before not in _DETERMINERS | {"'s", "s"}
    # "the doctors here have a long wait" ("the doctors here told me" met the writer)
    the_ones_here = (len(ent) == 2 and ent[0].lower_ == "the" and after in _WHERE_THEY_ARE
                     and not {tok.lower_ for tok in doc[ent.end:ent.end + 5]} & _DOCTOR_DID)
    of_a_place = after == "in" and following not in _CARE_PLACES and following.isalpha()
    return (_kind(ent) == "seen" and ent[-1].lower_.endswith("s") and (named_bare or the_ones_here)
            and (after in _GENERIC or of_a_place))


_WHERE_THEY_ARE = {"here", "nowadays", "these", "round", "around"}


def _clinic_acted(ent: Span) -> bool:
    """"Went to the clinic and they said it's sciatica", "at the clinic she
    x-rayed my back": someone there acted, later in the sentence."""
    words = [tok.lower_ for tok in ent.doc[ent.end:ent.sent.end]]
    return any(a in _THIRD_PERSON and b in _DOCTOR_DID for a, b in zip(words, words[1:]))


#: Practitioners who are no doctors: what they find or end is theirs.
_THERAPISTS = {"physio", "physios", "physiotherapist", "physiotherapists", "therapist", "therapists", "chiro",
               "chiros", "chiropractor", "chiropractors", "osteopath", "osteopaths", "osteo", "acupuncturist",
               "acupuncturists", "masseuse", "masseur"}
#: Contacts a practitioner can make too: a diagnosis, an examination, a discharge.
_THERAPISTS_TOO = {"diagnosed", "diagnosis", "discharged", "examined"}


def _by_therapist(ent: Span) -> bool:
    """A diagnosis or discharge by a physio or chiropractor ("the chiropractor
    ... he diagnosed sciatica", "discharged by the physio"): the practitioner
    named nearest before it (from the sentence before), or after it in its
    clause when none is, is no doctor. So is a finding one of them says it is
    ("my chiro thinks it's a slipped disc")."""
    if (_kind(ent) == "finding" and _therapist_says(ent)) or _therapy_ultrasound(ent):
        return True
    if not {tok.lower_ for tok in ent} & _THERAPISTS_TOO:
        return False
    doc = ent.doc
    sents = topic.sentence_bounds(doc)
    index = next(i for i, (start, end) in enumerate(sents) if start <= ent.start < end)
    _, end = _clause(ent)
    before = [i for i in range(sents[max(0, index - 1)][0], ent.start) if _practitioner(doc[i])]
    after = [i for i in range(ent.end, end) if _practitioner(doc[i])]
    nearest = before[-1] if before else after[0] if after else None
    return nearest is not None and doc[nearest].lower_ in _THERAPISTS


#: What a practitioner says a finding is: "the physio says it's a disc bulge".
_SAYS = {"says", "said", "thinks", "thought", "reckons", "reckoned", "believes", "believed", "suspects",
         "suspected", "tells", "told", "feels", "felt"}


def _therapist_says(ent: Span) -> bool:
    """A physio or chiropractor, earlier in the sentence, says what the finding is."""
    words = [tok.lower_ for tok in ent.doc[ent.sent.start:ent.start]]
    return any(word in _THERAPISTS and _SAYS & set(words[i + 1:i + 3]) for i, word in enumerate(words))


#: Treatments of a practitioner told beside an ultrasound: then it is their therapy, no scan.
_THERAPY = _THERAPISTS | {"therapy", "massage", "massages", "stimulation", "tens", "laser", "traction", "trigger",
                          "acupuncture", "dry", "needling", "manipulation", "heat"}


def _therapy_ultrasound(ent: Span) -> bool:
    """"I've had ultrasound, trigger point massages and electrical stimulation": an
    ultrasound said with a practitioner's treatments, in its sentence or the one before."""
    if ent.text.lower() != "ultrasound":
        return False
    sents = topic.sentence_bounds(ent.doc)
    index = next(i for i, (start, end) in enumerate(sents) if start <= ent.start < end)
    start, end = sents[max(0, index - 1)][0], sents[index][1]
    return any(tok.lower_ in _THERAPY for tok in ent.doc[start:end])


def _practitioner(tok) -> bool:
    return tok.lower_ in _THERAPISTS or (tok.ent_type_ == "DOCTOR" and tok.ent_id_ == "seen")


#: Words of a wish: "nothing that makes me want to run to the emergency room",
#: "I don't want to go to the doctor" tell of no visit, had or denied.
_WISH = {"want", "wants", "wanted", "wanting", "wanna", "like"}
#: A visit wished or owed in the past was not made: "I wish I had seen a doctor
#: sooner", "I should have gone to the GP".
_UNMADE = {"wish", "wished", "wishing", "should've", "shouldve", "would've", "could've"}
_MODALS = {"should", "would", "could"}


def _wished(ent: Span) -> bool:
    """The visit is what someone wants (or does not) to do, or wishes or owes
    having done, in its own clause."""
    start, _ = _clause(ent)
    words = [tok.lower_ for tok in ent.doc[start:ent.start]]
    return any(word in _UNMADE or (word in _MODALS and words[i + 1:i + 2] == ["have"])
               or (word in _WISH and (word == "wanna" or "to" in words[i + 1:i + 3])) for i, word in enumerate(words))


#: "Instead of a chiropractor or doctor", "rather than the GP": the care not chosen.
_INSTEAD = (["instead", "of"], ["rather", "than"])


def _instead(ent: Span) -> bool:
    """The visit is named as the care not chosen, a few words before it."""
    start, _ = _clause(ent)
    words = [tok.lower_ for tok in ent.doc[max(start, ent.start - 6):ent.start]]
    return any(words[i:i + 2] == pair for pair in _INSTEAD for i in range(len(words) - 1))


#: Words before "a doctor" that make it what someone is or works as: "I am a
#: doctor myself", "I work as a nurse practitioner", "training to be a surgeon".
_BEING = (["i", "am"], ["i", "'m"], ["im"], ["i", "was"], ["work", "as"], ["worked", "as"], ["working", "as"],
          ["to", "be"], ["job", "as"], ["she", "is"], ["he", "is"], ["she", "'s"], ["he", "'s"], ["wife", "is"],
          ["husband", "is"])
_ARTICLES = {"a", "an"}
#: What someone is not: "I'm not a doctor", "I am no doctor" (said before
#: advice or a guess, it denies no visit).
_NOT_BEING = {"not", "n't", "no"}


#: Words of a workplace: "I work at the hospital", "my shifts in a clinic".
_WORK = {"work", "works", "worked", "working", "job", "jobs", "shift", "shifts", "employed", "volunteer",
         "volunteers", "volunteered", "volunteering"}


def _a_job(ent: Span) -> bool:
    """A doctor named as what someone is or is not, or a hospital or clinic
    someone works at ("I work at the hospital"), not one who was seen."""
    doc = ent.doc
    if ent[0].lower_ in ("at", "in") and set(_clause_words(ent)[:ent.start - _clause(ent)[0]]) & _WORK:
        return True
    if _kind(ent) != "seen":
        return False
    at = ent.start + 1 if ent[0].lower_ in _ARTICLES else ent.start
    if at == ent.start and not (ent.start > 0 and doc[ent.start - 1].lower_ in _ARTICLES | {"no"}):
        return False
    article = at - 1
    before = [tok.lower_ for tok in doc[max(0, article - 3):article] if tok.lower_ not in _NOT_BEING]
    return any(before[-len(form):] == form for form in _BEING)


_AGAIN_BEFORE = {"another", "second", "repeat", "further", "more"}


def repeated(ent: Span) -> bool:
    """A contact wanted, feared or refused once more was had before: "I
    can't have surgery on it again", "waiting for another MRI"."""
    doc = ent.doc
    _, end = _clause(ent)
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in _AGAIN_BEFORE or any(tok.lower_ == "again" for tok in doc[ent.end:end])


#: What a negation denies when one of these follows it is the writer's
#: knowledge, not a visit: "I don't know why my doctor sent me for an MRI".
_UNKNOWING = {"know", "knw", "sure", "idea", "clue", "understand", "remember", "recall", "certain"}
#: Verbs a back or neck said as a subject takes when it opens a new thought in
#: run-on text: "didnt lift anything heavy my lower back started hurting the
#: doctor said..." ("never had my back looked at by a doctor" keeps the denial).
_SITE_VERBS = {"started", "starts", "began", "begins", "hurts", "hurt", "hurting", "aches", "ached", "aching",
               "is", "was", "has", "feels", "felt", "went", "gave", "kills", "killing", "locked", "seized",
               "keeps", "kept", "gets", "got"}


#: Past verbs of a visit that, with their subject dropped, open a new thought
#: in run-on text: "havent slept in days went to my gp".
_VISITED = {"went", "saw", "visited", "called", "rang", "phoned", "consulted", "got", "had"}
#: Words after which such a verb is still the negated one: "haven't yet seen",
#: "never actually went", "not been or saw anyone".
_STILL_NEGATED = {"yet", "actually", "ever", "really", "even", "been", "have", "has", "had", "got", "just",
                  "already", "once", "or", "nor", "i", "we", "they", "n't", "nt", "not", "never", "no"}


def _new_thought(doc: Doc, start: int, end: int) -> bool:
    """A clause opens between two tokens of one unpunctuated sentence: a
    subject pronoun after a word that does not keep it ("...able to sleep i
    saw my gp"), a visit told with its subject dropped ("...in days went to
    my gp") or the back as the subject of a verb ("...heavy my lower back
    started hurting")."""
    return any(durations.opens_clause(doc, j)
               or (j > start + 1 and doc[j].lower_ in _VISITED and doc[j - 1].lower_ not in _STILL_NEGATED
                   and not doc[j - 1].is_punct)
               or (doc[j].ent_type_ in ("LOCATION", "PAIN") and doc[j].ent_iob_ == "B" and j > start + 1
                   and doc[j - 1].lower_ in ("my", "the") and _verb_after(doc, j))
               for j in range(start + 1, end))


#: What a doctor did, said right after "my GP" or "the specialist" as the
#: subject of a new thought: "...not as bad as they had been my specialist
#: increased my dose" ("I haven't had my GP look at it" keeps the denial).
_DOCTOR_DID = {"said", "says", "told", "tells", "gave", "gives", "increased", "upped", "lowered", "reduced",
               "changed", "prescribed", "sent", "referred", "ordered", "put", "thinks", "thought", "found",
               "diagnosed", "recommended", "suggested", "advised", "wants", "wanted", "did", "examined",
               "started", "switched", "took", "injected", "checked"}


def _acts(ent: Span, negation: int) -> bool:
    """The doctor, a few words past the negation, is the subject of what it did."""
    doc = ent.doc
    return (ent.start - negation > 2 and ent[0].lower_ in ("my", "the", "our") and ent.end < len(doc)
            and doc[ent.end].lower_ in _DOCTOR_DID)


def _verb_after(doc: Doc, j: int) -> bool:
    k = j
    while k < len(doc) and doc[k].ent_type_ == doc[j].ent_type_ and (k == j or doc[k].ent_iob_ == "I"):
        k += 1
    return k < len(doc) and doc[k].lower_ in _SITE_VERBS


def truly_denied(ent: Span) -> bool:
    """A negated visit, unless the negation is about what the doctor gave
    ("no solution from doctors", "nothing helped that the GP gave me", "no
    doctor could help me", "none of the doctors found anything"), is the
    writer's not knowing ("I don't know why my GP sent me for an MRI") or,
    in run-on text, belongs to an earlier thought ("havent been able to sleep
    i saw my gp", "didnt lift anything my back started hurting the doctor
    said it's a strain"). With no negation in its own clause ("I can't move
    at all so my doctor prescribed...") the visit is not denied. "Not one
    for doctors" denies a liking, and with it any visit."""
    doc = ent.doc
    start, end = _clause(ent)
    if unmade.held_until(ent, start, end, _NEGATIONS) is not None:
        return False
    for i in range(ent.start - 1, start - 1, -1):
        word = doc[i].lower_
        if word in _NEGATIONS:
            following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            if following in _UNKNOWING or _new_thought(doc, i, ent.start) or _acts(ent, i):
                return False
            if word in _NO_ONE and any(doc[j].lower_ in _OUTCOMES for j in range(ent.end, end)):
                return False
            if _negative_result(ent, i):
                return False
            return not any(doc[j].lower_ in _GIVEN and doc[j + 1].lower_ != "for" for j in range(i + 1, ent.start))
    return False


#: Words of a result between "nothing" and a test: "nothing showed up on the MRI".
_SHOWED = _DONE | {"show", "showing", "up", "seen", "abnormal", "wrong"}


def _negative_result(ent: Span, negation: int) -> bool:
    """"Nothing showed up on the scans", "nothing abnormal on the x-ray": a
    test's result is negated, and a result means the test was done."""
    doc = ent.doc
    return (_kind(ent) == "test" and doc[negation].lower_ in ("nothing", "no")
            and any(doc[j].lower_ in _SHOWED for j in range(negation + 1, ent.start)))


def _only_not_yet(doc: Doc) -> bool:
    """'Not yet' on its own answers "have you seen a doctor?" with no."""
    words = {tok.lower_ for tok in doc}
    return "yet" in words and bool(words & {"not", "n't", "no", "nope"}) and words <= _NOT_YET


#: A denial said after the doctor in a terse note: "doctor no see", "GP not seen yet", "doctor: never".
_DENIED_AFTER = {"no", "not", "never", "nope", "nah", "none"}
_AFTER_DENIAL = {"yet", "seen", "see", "saw", "been", "visited", "visit", "consulted", "gone", "go", "so", "far"}
_NOTE_MARKS = {":", "-", "=", ","}


def denied_after(ent: Span) -> bool:
    """A doctor followed by a denial that ends its clause ("neck hurt, 5 weeks,
    doctor no see"); "doctor no help" names what the doctor failed to give."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and doc[i].text in _NOTE_MARKS:
        i += 1
    if ent.ent_id_ != "seen" or i >= len(doc) or doc[i].lower_ not in _DENIED_AFTER:
        return False
    i += 1
    while i < len(doc) and doc[i].lower_ in _AFTER_DENIAL:
        i += 1
    return i == len(doc) or doc[i].is_punct or doc[i].lower_ in _BOUNDARIES


def resolve(asserted: list[Span], negated: list[Span], doc: Doc,
            someone_else: bool = False) -> tuple[bool | None, Span | None]:
    """True on clinical contact stated, False on a denied visit or a bare "not yet".

    "Seen anyone" only counts when denied: having seen *someone* may mean a
    physio, but having seen no one rules out a doctor too. A planned visit is
    never True."""
    denied = [ent for ent in negated + asserted
              if (denied_after(ent) or (ent in negated and truly_denied(ent))
                  or unmade.declined(ent, _clause(ent)[0])) and not repeated(ent)]
    asserted = [ent for ent in asserted + negated if ent not in denied]
    negated = denied
    contact = sorted((ent for ent in asserted if counts(ent, someone_else)), key=lambda ent: ent.start)
    if contact:
        return True, contact[0]
    denials = [ent for ent in negated if ent.ent_id_ in ("seen", "anyone")
               and not (_attitude(ent) or _a_job(ent) or _wished(ent) or _instead(ent))]
    if denials:
        return False, denials[0]
    if _only_not_yet(doc):
        return False, None
    return None, None

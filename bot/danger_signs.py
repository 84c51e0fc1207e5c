"""The registry of danger signs: one row per code, the one place each is defined.

The triage levels (`bot.triage.FLAG_LEVELS`), the labels the clinic reads
(`bot.intake.FLAG_LABELS`), the response names the actions utter, and the
table in `docs/safety.md` all come from here; the language patterns' codes and
`domain.yml` are checked against it by tests. A code added here without its
advice or its clarifying question in `domain.yml` fails the suite, because
Rasa drops a missing response without a word and the visitor would get silence.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DangerSign:
    code: str
    #: The triage level it leads to (see `bot.triage.LEVELS`).
    level: str
    #: What the clinic reads in a lead or a safety update.
    label: str
    #: How visitors say it, for the safety page.
    examples: str
    why: str
    sources: str

    @property
    def advice_response(self) -> str:
        """The reason given for this sign; self-harm gets the crisis advice itself, first."""
        return "utter_triage_crisis" if self.level == "crisis" else f"utter_flag_{self.code}"

    @property
    def question_response(self) -> str:
        """The one yes/no question asked about a possible sign of this code."""
        return f"utter_ask_danger_check_{self.code}"


SIGNS = (
    DangerSign(
        "bladder_bowel", "emergency", "bladder or bowel control problems",
        "can't control my bladder, wet myself, can't pee, had a few accidents",
        "possible cauda equina syndrome: emergency referral",
        "NICE NG59 (1.1.1, refer to CKS red flags); NICE CKS *Back pain – low (without "
        "radiculopathy)*, red flags; NHS *Cauda equina syndrome*",
    ),
    DangerSign(
        "saddle_numbness", "emergency", "numbness between the legs",
        "numb between my legs, around my bottom, numb down there",
        "as above",
        "NICE CKS; NHS *Back pain* (\"numbness around your genitals or bottom\": call 999 / go to A&E)",
    ),
    DangerSign(
        "leg_weakness", "emergency", "leg weakness",
        "leg getting weaker, giving way, both legs numb, foot drop, a foot that stopped working",
        "progressive neurological deficit",
        "NICE CKS *Sciatica (lumbar radiculopathy)*, red flags; ACP 2017 (evaluate severe or "
        "progressive neurological deficits)",
    ),
    DangerSign(
        "trauma", "emergency", "major injury (fall or crash)",
        "fell off a ladder, car crash, an accident, a broken bone (not one said to be more than six "
        "weeks back: \"a car accident 10 years ago\" is history)",
        "possible fracture",
        "NICE CKS (significant trauma); NHS *Back pain* (after a serious accident)",
    ),
    DangerSign(
        "chest_pain", "emergency", "chest pain",
        "chest pain / pressure with upper back pain, pain into the jaw",
        "may come from the heart (e.g. myocardial infarction, aortic dissection)",
        "NHS *Heart attack*; NICE CKS *Chest pain*; thoracic pain is a red flag in CKS",
    ),
    DangerSign(
        "self_harm", "crisis", "thoughts of self-harm",
        "want to end it, kill myself, better off without me",
        "risk to life",
        "NICE NG225 *Self-harm*; 988 Suicide & Crisis Lifeline (US/CA), Samaritans 116 123 (UK/IE)",
    ),
    DangerSign(
        "fever", "urgent", "fever",
        "fever, chills, a temperature of 39, hot and shivery",
        "possible spinal infection",
        "NICE CKS (fever, IV drug use, immunosuppression); NHS *Back pain* (\"high temperature\": "
        "urgent GP / 111)",
    ),
    DangerSign(
        "cancer_history", "urgent", "history of cancer",
        "had breast cancer, chemo years ago, in remission",
        "possible metastatic spinal disease",
        "NICE CKS; NICE NG234 *Spinal metastases and metastatic spinal cord compression*",
    ),
    DangerSign(
        "weight_loss", "urgent", "unexplained weight loss",
        "lost weight without trying, clothes hanging off me",
        "possible malignancy or infection",
        "NICE CKS; ACP 2017",
    ),
    DangerSign(
        "night_pain", "urgent", "night pain that does not ease",
        "pain at night or at rest that no position or rest eases, pain that wakes me every night, "
        "constant pain getting worse week by week (a bare \"constant pain\", \"worse at night\" or "
        "\"hard to sleep\" gets the question)",
        "possible malignancy or infection",
        "NICE CKS (non-mechanical, progressive or night pain)",
    ),
)

BY_CODE = {sign.code: sign for sign in SIGNS}
CODES = tuple(BY_CODE)


def codes_at(level: str) -> list[str]:
    return [sign.code for sign in SIGNS if sign.level == level]


def sources_table() -> str:
    """The table of `docs/safety.md` that lists each sign (checked by a test)."""
    rows = ["| code | what the visitor says (examples) | why it matters | source |",
            "|---|---|---|---|"]
    rows += [f"| `{s.code}` | {s.examples} | {s.why} | {s.sources} |" for s in SIGNS]
    return "\n".join(rows)

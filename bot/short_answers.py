"""Short answers that name a fact only as the answer to the question just asked.

"Lower" on its own says nothing about a back, but after "Where is the pain
mainly?" it plainly means the lower back. The language layer reads messages
without knowing the question, so these answers are read here, by the intake
form, only while that question is pending.
"""

from __future__ import annotations

import re
from typing import Optional

#: Answers to "Where is the pain mainly?" (after the fillers below are dropped).
LOCATION_ANSWERS = {
    "lower_back": {"lower", "low", "bottom", "lower part", "bottom part", "lower down", "low down",
                   "down low", "lower one", "bottom one", "lower half", "bottom half"},
    "upper_back": {"upper", "top", "middle", "mid", "upper part", "top part", "middle part",
                   "mid part", "upper one", "top one", "upper half", "top half", "in between"},
    "whole_back": {"all of it", "everywhere", "whole thing", "all over", "whole", "entire",
                   "the lot", "both", "both of them", "top and bottom", "upper and lower"},
}
_FILLER = re.compile(
    r"^(?:(?:it's|its|it is|the|my|mostly|mainly|more|more the|more like|in the|on the|at the|"
    r"kind of|sort of|i'd say|i think|probably|um|uh|er|well|hmm)\s+)+"
)


def location_answer(text: str) -> Optional[str]:
    """The region a short answer to the location question names, or None."""
    words = " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())
    words = _FILLER.sub("", words + " ").strip()
    for region, answers in LOCATION_ANSWERS.items():
        if words in answers:
            return region
    return None

"""Whether the pain travels, and to which limb.

Only a limb counts as radiation (a buttock or hip is still the lower back).
"It doesn't go down my leg" is the same pattern negated, so the answer can be
an explicit False; "it stays in my back" says False without a limb.
"""

from __future__ import annotations

from spacy.tokens import Span

from bot.language import context

LEG = "(leg|legs|thigh|thighs|calf|calves|foot|feet|toe|toes|knee|knees|shin|shins|ankle|ankles|hamstring|hamstrings|hammy|hammies)"
ARM = "(arm|arms|hand|hands|finger|fingers|wrist|wrists|elbow|elbows|forearm|forearms)"
_MOVE = ("(go|goes|going|went|shoot|shoots|shooting|shot|radiate|radiates|radiating|radiated|"
         "spread|spreads|spreading|travel|travels|travelling|traveling|travelled|run|runs|"
         "running|move|moves|moving|extend|extends|extending|refer|refers|referred|referring|"
         "come|comes|coming|pain|pains|ache|aches|aching|burning)")
_WHERE = "(down|into|to|through|in|along|towards|toward|round|around)"
_SIDE = "(my|the|both|one|either|his|her)? (left|right|lower|upper)?"

RULES = [
    ("RADIATION", "leg", f"{_MOVE} ~3 {_WHERE} ~4 {LEG}"),
    ("RADIATION", "leg", f"down {_SIDE} ~4 {LEG}"),
    ("RADIATION", "leg", f"down (the)? (back|front|side|outside|inside) of {_SIDE} {LEG}"),
    ("RADIATION", "leg", f"(into|to|through|towards) {_SIDE} {LEG}"),
    ("RADIATION", "leg", f"{LEG} (pain|pains|ache|aches|symptoms|symptom|hurts|pain too)"),
    ("RADIATION", "leg", "(sciatica|sciatic|siatica|sciatia|sciactica)"),
    ("RADIATION", "arm", f"{_MOVE} ~3 {_WHERE} ~4 {ARM}"),
    ("RADIATION", "arm", f"down {_SIDE} ~4 {ARM}"),
    ("RADIATION", "arm", f"{ARM} (pain|pains|ache|aches|symptoms|symptom|hurts)"),
    ("RADIATION", "arm", "(brachialgia|radiculopathy)"),
    ("RADIATION", "any", "(radiates|radiating|radiate|spreads|spreading|travels|travelling|traveling|spread|travel) "
                         "(anywhere|elsewhere|out)?"),
    ("RADIATION", "any", "(go|goes|move|moves) (anywhere|elsewhere)"),
    ("STAYS", "none", "(stays|stay|staying|sits|stuck|localised|localized|confined) (in|to|put|there|on|at)"),
    # Terse notes: "no radiation", "radiates: no".
    ("STAYS", "none", "(no|without|nil|zero) (radiation|radiating|spreading)"),
    ("STAYS", "none", "(radiates|radiation|radiating|spreads|spreading|spread) (:|-|=)? (no|none|nope|nil|n/a)"),
]


_LIMB_WORDS = {"leg": set(LEG.strip("()").split("|")), "arm": set(ARM.strip("()").split("|"))}


def _limbs(ent: Span) -> set[str]:
    """The limbs one travel names: "goes down my arm and my leg" is one span
    (the longest phrase wins) that names both."""
    named = {limb for limb, words in _LIMB_WORDS.items() if any(tok.lower_ in words for tok in ent)}
    return named | ({ent.ent_id_} & set(_LIMB_WORDS))


def _asked(ent: Span) -> bool:
    """A travel with no limb in a question ("what do you mean by spread?", "does it
    matter if it spreads?") asks about spreading; it says nothing of this pain."""
    return not _limbs(ent) and (context.in_question(ent) or context.asks_meaning(ent))


def resolve(asserted: list[Span], negated: list[Span]) -> tuple[bool | None, str | None, Span | None]:
    """(radiates, limb, span): any asserted travel wins over any denial; arm and leg is "both"."""
    asserted = [ent for ent in asserted if not _asked(ent)]
    if asserted:
        limbs = set().union(*(_limbs(ent) for ent in asserted))
        limb = "both" if len(limbs) == 2 else next(iter(limbs), None)
        return True, limb, asserted[0]
    if negated:
        return False, None, negated[0]
    return None, None, None

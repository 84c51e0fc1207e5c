"""The spaCy language layer: one visitor message in, intake ``Facts`` out.

``parse(text, today)`` is the whole public surface; the Rasa component and the
command line are thin wrappers around it.
"""

from bot.language.facts import Facts
from bot.language.parse import parse

__all__ = ["Facts", "parse"]

"""Never silent, even when an action fails.

When a custom action raises, rasa-sdk answers Rasa with an error and Rasa
goes on without a word: the visitor's message gets no reply at all. This
wraps the SDK's executor so a failing action still says something (sorry,
say it again, or call the clinic) and changes nothing in the conversation,
so the question on screen is simply asked again. The failure is logged with
the action's name and the error's type only: the error's text may quote
what the visitor typed.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, Optional, Text

from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionNotFoundException

logger = logging.getLogger(__name__)

#: What the visitor sees when an action fails.
APOLOGY = "utter_something_went_wrong"
_run = ActionExecutor.run


async def _run_never_silent(self: ActionExecutor, action_call: Dict[Text, Any]) -> Optional[Dict[Text, Any]]:
    try:
        return await _run(self, action_call)
    except ActionNotFoundException:
        raise
    except Exception as error:  # noqa: BLE001 - any failure still gets a reply
        logger.error("action %s failed (%s); the visitor was asked to say it again",
                     action_call.get("next_action"), type(error).__name__, exc_info=False)
        return {"events": [], "responses": [{"response": APOLOGY}]}


def install() -> None:
    """Wrap the executor once (the action package calls this on import)."""
    if ActionExecutor.run is _run:
        ActionExecutor.run = _run_never_silent

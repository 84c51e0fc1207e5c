"""What a failed delivery may record about why it failed.

`Delivery.last_error` is shown by the CLI and kept for weeks, so it must never
hold personal data. Exception texts can (an SMTP server may echo a header, a
library may quote a URL or a body), so only the exception's type and a code or
operating-system reason are kept.
"""

from __future__ import annotations

import smtplib

ERROR_LIMIT = 200


class DeliveryError(Exception):
    """A channel's own failure whose message was written to be safe to store."""


def describe_error(exc: BaseException) -> str:
    kind = type(exc).__name__
    if isinstance(exc, DeliveryError):
        detail = str(exc)
    elif isinstance(exc, smtplib.SMTPResponseException):
        detail = f"SMTP {exc.smtp_code}"
    elif isinstance(exc, smtplib.SMTPRecipientsRefused):
        detail = "SMTP " + ", ".join(str(code) for code, _ in exc.recipients.values())
    elif isinstance(exc, OSError) and exc.strerror:
        detail = exc.strerror
    else:
        detail = ""
    return (f"{kind}: {detail}" if detail else kind)[:ERROR_LIMIT]

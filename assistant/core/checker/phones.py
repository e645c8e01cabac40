"""Stage 2b: find phone numbers and short numbers.

Full Kazakh numbers (+7 / 8 ...) are parsed with ``phonenumbers`` (offline metadata).
Short numbers are only taken where the text treats them as numbers to call or to text:
the official ones of the registry (1414, 9090, 595, ...) and costly short numbers in a
"send an SMS with the text ... to XXXX" instruction, which the rules mark.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from assistant.core.checker.normalise import Normalised
from assistant.core.checker.report import PhoneInfo
from assistant.core.checker.spans import Spans
from assistant.core.i18n import N_

R_OFFICIAL = N_("This is an official number from the list of official contacts.")
R_COSTLY = N_("A short number: one SMS to it can cost a lot of money.")
R_FOREIGN = N_("A number from another country.")

# "+7 (701) 234-56-78", "8 701 234 56 78", "87012345678", "+44 20 7946 0000".
_FULL_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}|8)[ \t\-(.]{0,2}\d{2,5}[ \t\-).]{0,2}\d{1,4}"
    r"(?:[ \t\-.]?\d{1,4}){1,3}(?!\d)"
)
_DIGIT_RE = re.compile(r"\d")
# An SMS sender is named as one: "from 2000", "отправитель: 2000", "2000 жіберушісінен".
_SENDER_BEFORE = re.compile(r"(?:от|from|sender|отправител\w{0,2}|жіберуші\w{0,4})\W{0,3}$")
_SHORT_RE = re.compile(r"(?<![\w+\-./,:])(\d{3,6})(?![\w\-/]|[.,:]\d)")
# After a short number, these words make it an amount or a time, not a number.
_NOT_A_NUMBER_AFTER = re.compile(
    r"\s?(?:тг|тенге|теңге|₸|kzt|tg|tenge|руб|р\.|₽|\$|usd|€|eur|£|gbp|p\b|pence|"
    r"мин|min|сек|sec|час|h\b|hrs|км|km|г\b|год|жыл|шт|%|mb|мб|gb|гб|x\b)",
)


#: A message with more numbers than this is not read further for numbers.
MAX_PHONES = 100


@dataclass(frozen=True)
class OfficialNumbers:
    """Official numbers by their digits: short ones ("1414") and full ones (E.164)."""

    short: dict[str, str]  # digits -> registry id
    full: dict[str, str]  # +7... -> registry id
    #: short numbers that are SMS senders, not numbers to call ("2000" is also an amount)
    senders: frozenset[str] = frozenset()


@functools.cache
def _phonenumbers() -> Any:
    import phonenumbers

    return phonenumbers


def _e164(raw: str) -> tuple[str, str | None] | None:
    """(E.164, region) of a full number, or ``None`` if it is not a valid number."""
    pn = _phonenumbers()
    try:
        number = pn.parse(raw, "KZ")
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(number):
        return None
    return (pn.format_number(number, pn.PhoneNumberFormat.E164),
            pn.region_code_for_number(number))


def e164(raw: str) -> str | None:
    """The E.164 form of a full phone number (Kazakh by default), or ``None``."""
    parsed = _e164(raw)
    return parsed[0] if parsed else None


def find_phones(norm: Normalised, official: OfficialNumbers,
                costly_spans: list[tuple[int, int]]) -> list[PhoneInfo]:
    """Phone numbers in the text; ``costly_spans`` (normalised offsets) are short numbers
    that a rule found in a "send an SMS to ..." instruction."""
    text = norm.clean
    found: list[PhoneInfo] = []
    taken = Spans()
    if _DIGIT_RE.search(text):
        for match in _FULL_RE.finditer(text):
            if len(found) >= MAX_PHONES:
                break
            raw = match.group()
            digits = re.sub(r"\D", "", raw)
            if len(digits) < 10 or len(digits) > 15:
                continue
            parsed = _e164(raw)
            if parsed is None:
                continue
            normalized, region = parsed
            official_id = official.full.get(normalized)
            reasons: list[str] = []
            if official_id:
                reasons.append(R_OFFICIAL)
            elif region not in ("KZ", None):
                reasons.append(R_FOREIGN)
            span = norm.span(*match.span())
            found.append(PhoneInfo(text=norm.original[span[0]:span[1]], span=span,
                                   normalized=normalized, official=official_id,
                                   reasons=tuple(reasons)))
            taken.add(*match.span())
        costly = {span for span in costly_spans}
        for match in _SHORT_RE.finditer(text):
            if len(found) >= MAX_PHONES:
                break
            start, end = match.span(1)
            if taken.overlaps(start, end):
                continue
            digits = match.group(1)
            is_costly = (start, end) in costly
            official_id = official.short.get(digits)
            if not official_id and not is_costly:
                continue
            if official_id and _NOT_A_NUMBER_AFTER.match(text, end):
                continue
            if (official_id and digits in official.senders
                    and not _SENDER_BEFORE.search(text, max(0, start - 14), start)):
                continue
            reasons = [R_OFFICIAL] if official_id else [R_COSTLY]
            span = norm.span(start, end)
            found.append(PhoneInfo(text=norm.original[span[0]:span[1]], span=span,
                                   normalized=digits, official=official_id,
                                   costly_short_number=is_costly and not official_id,
                                   reasons=tuple(reasons)))
    found.sort(key=lambda phone: phone.span)
    return found

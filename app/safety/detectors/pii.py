"""Personal information the user is about to share: contact details, addresses, card and bank numbers, ids.

Numbers that carry a checksum (payment cards: Luhn; IBAN: ISO 7064 mod 97;
US SSN: reserved ranges) are only reported when the checksum holds, which
keeps order numbers and dates from tripping the detector. The evidence is
masked so the detection itself never repeats the secret.
"""

from __future__ import annotations

import re

from app.safety.detectors import Detection

CATEGORY = "P1"
_EMAIL = re.compile(r"\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b", re.I)
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)[\s.\-]?)?\d{2,4}(?:[\s.\-]\d{2,4}){1,4}(?![\w])")
_CARD = re.compile(r"(?<!\d)(?:\d[ \-]?){12,18}\d(?!\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_SSN = re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b")
_UK_NINO = re.compile(r"\b(?![DFIQUV])[A-Z](?![DFIQUVO])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:[a-z'\-]+\s+){1,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|"
    r"court|ct|way|boulevard|blvd|place|pl|terrace|crescent|calle|rue|strasse|straße|weg)\b\.?", re.I)
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{5}(?:-\d{4})?)\b")
_SELF_DISCLOSURE = re.compile(
    r"\b(?:i live (?:at|on|in)|my (?:home )?address is|my (?:phone|mobile|cell)(?: number)? is|"
    r"i go to (?:[a-z'\-]+ ){0,4}(?:school|primary|academy|high|elementary|college)|"
    r"my school is|my (?:card|credit card|bank account|iban|social security|passport)(?: number)? is)\b", re.I)


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def mask(value: str) -> str:
    """Keep the shape, hide the content: 'jo@x.org' → 'j…g'."""
    value = value.strip()
    return value[0] + "…" + value[-1] if len(value) > 2 else "…"


def detect_pii(text: str) -> list[Detection]:
    """Personal details in ``text`` (the original text, not case-folded: IBAN and NINO need case)."""
    found: list[Detection] = []

    def add(kind: str, score: float, value: str) -> None:
        found.append(Detection(CATEGORY, score, f"pii.{kind}", mask(value)))

    for m in _EMAIL.finditer(text):
        add("email", 0.9, m.group(0))
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_valid(digits) and len(set(digits)) > 2:
            add("payment_card", 0.97, digits)
    for m in _IBAN.finditer(text):
        if iban_valid(m.group(0)):
            add("iban", 0.97, m.group(0))
    for m in _SSN.finditer(text):
        add("us_ssn", 0.9, m.group(0))
    for m in _UK_NINO.finditer(text):
        add("uk_national_insurance", 0.85, m.group(0))
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 9 <= len(digits) <= 15 and not _looks_like_date_or_card(m.group(0), digits):
            add("phone", 0.8, m.group(0))
    for m in _STREET.finditer(text):
        add("street_address", 0.85, m.group(0))
    disclosure = _SELF_DISCLOSURE.search(text)
    if disclosure:
        add("self_disclosure", 0.75 if found else 0.6, disclosure.group(0))
    if found and _POSTCODE.search(text):
        add("postcode", 0.7, _POSTCODE.search(text).group(0))  # type: ignore[union-attr]
    return found


def _looks_like_date_or_card(raw: str, digits: str) -> bool:
    if re.fullmatch(r"\d{4}[\-./]\d{2}[\-./]\d{2}|\d{2}[\-./]\d{2}[\-./]\d{4}", raw.strip()):
        return True
    return len(digits) >= 13 and luhn_valid(digits)

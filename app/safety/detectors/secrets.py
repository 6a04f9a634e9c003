"""Credentials a user is about to paste into a chat: API keys, tokens, private keys, passwords."""

from __future__ import annotations

import re

from app.safety.detectors import Detection
from app.safety.detectors.pii import mask

CATEGORY = "P1"
PATTERNS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("private_key", re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY( BLOCK)?-----"), 0.99),
    ("aws_access_key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), 0.97),
    ("github_token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b"), 0.97),
    ("openai_key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_\-]{32,}\b"), 0.95),
    ("slack_token", re.compile(r"\bxox[abpors]-[A-Za-z0-9\-]{10,}\b"), 0.95),
    ("google_api_key", re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b"), 0.95),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\b"), 0.9),
    ("password_assignment", re.compile(
        r"\b(?:password|passwd|pwd|passcode|pin)\s*(?:is|=|:)\s*[\"']?(?=\S*[\d\W])\S{6,}", re.I), 0.8),
)


def detect_secrets(text: str) -> list[Detection]:
    return [Detection(CATEGORY, score, f"secret.{name}", mask(m.group(0)))
            for name, pattern, score in PATTERNS for m in pattern.finditer(text)]

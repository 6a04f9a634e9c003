"""Deterministic detectors: fast, explainable pattern checks that run before the classifier."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Detection:
    """One finding: which category, how sure (0..1), which detector, and what matched."""

    category: str
    score: float
    detector: str
    evidence: str

"""What the turn pipeline needs from the safety layer: the screen, the active profile, and which screens run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.safety.profiles import SafetyProfile
from app.safety.screen import Screen


@dataclass
class SafetyGate:
    """The screen plus the profile in force; ``screen_prompts``/``screen_answers`` switch each direction."""

    screen: Screen
    profile: Callable[[], SafetyProfile]
    screen_prompts: bool = True
    screen_answers: bool = True

"""Known jailbreak templates and prompt-injection phrasing, scored on normalised text.

Each pattern has a weight (how strongly it alone suggests an attack); the
scores of distinct patterns combine as independent evidence,
1 − Π(1 − wᵢ), so one weak cue stays below a warn threshold while a long
template that hits several cues approaches 1. Evasion flags from
normalisation (zero-width or bidi characters, encoded payloads) add weak
evidence of their own.
"""

from __future__ import annotations

import re

from app.safety.detectors import Detection

CATEGORY = "J1"
_PATTERNS: tuple[tuple[str, str, float], ...] = (
    ("ignore_instructions", r"\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:previous|prior|above|"
     r"earlier|all|your|the|any)\b.{0,30}\b(?:instructions?|rules?|guidelines?|prompts?|directives?|"
     r"programming|restrictions?|polic(?:y|ies)|filters?)\b", 0.8),
    ("dan", r"\b(?:dan|d\.a\.n|stan|dude|aim|kevin)\b.{0,60}\b(?:do anything now|no (?:restrictions|limits|"
     r"filters)|without (?:any )?(?:restrictions|limits|filters|censorship)|always intelligent and machiavellian)", 0.9),
    ("do_anything_now", r"\bdo anything now\b", 0.85),
    ("developer_mode", r"\b(?:developer|dev|god|debug|sudo|admin|unrestricted|jailbr[eo]ak(?:en)?)\s*mode\b", 0.75),
    ("no_restrictions", r"\b(?:you (?:are|have been) (?:freed|liberated|unshackled|no longer bound)|"
     r"(?:no|without) (?:any )?(?:ethical|moral|content) (?:guidelines|restrictions|limits|filters|policies)|"
     r"free (?:from|of) (?:all )?(?:restrictions|rules|censorship|guidelines))", 0.75),
    ("never_refuse", r"\b(?:never|must not|do not|don't|cannot|can't|will not)\s+(?:refuse|decline|say no|"
     r"apologi[sz]e|warn|add (?:any )?(?:warnings|disclaimers))\b", 0.45),
    ("stay_in_character", r"\b(?:stay in character|break character|remain in character|"
     r"you will (?:now )?(?:act|pretend|roleplay) as)\b", 0.35),
    ("pretend_unfiltered", r"\b(?:pretend|imagine|act as if|roleplay as|you are now)\b.{0,60}\b(?:unfiltered|"
     r"uncensored|no (?:rules|restrictions|filters)|evil|amoral|unethical|without (?:rules|morals|ethics))\b", 0.7),
    ("jailbreak_word", r"\bjailbr[eo]a?k(?:ed|ing)?\b", 0.5),
    ("hypothetical_wrapper", r"\b(?:hypothetically|in a fictional world|for a novel|purely fictional|"
     r"for educational purposes only|for research purposes only)\b", 0.2),
    ("system_prompt_probe", r"\b(?:reveal|print|show|repeat|output|leak|disclose|dump)\b.{0,30}\b(?:system prompt|"
     r"initial instructions|(?:hidden |secret |system )+instructions|your instructions|the (?:text|words) above)\b",
     0.6),
    ("planted_instruction", r"\b(?:note|message|instructions?|attention|important)\s+(?:for|to)\s+(?:the\s+|any\s+|all\s+)?"
     r"(?:ai|a\.i\.|assistants?|language models?|llms?|chatbots?|bots?|ai (?:assistants?|code reviewers?|agents?))\b",
     0.6),
    ("fake_system_turn", r"(?:<\|?(?:im_start|system|endoftext)\|?>|\[/?(?:inst|sys)\]|</?system>|"
     r"^\s*(?:system|assistant)\s*:|###\s*(?:system|instruction)s?\b)", 0.6),
    ("new_instructions", r"\b(?:new|updated|real|actual|true)\s+(?:instructions?|rules|system prompt|task)\s*[:\-]",
     0.55),
    ("opposite_mode", r"\b(?:opposite|evil|chaos|anti)\s*(?:mode|gpt|ai|assistant|twin)\b", 0.55),
    ("token_smuggling", r"\b(?:respond|answer|reply|write)\b.{0,30}\b(?:in|using)\s+(?:base64|rot-?13|hex|"
     r"leetspeak|morse|reverse(?:d)? text|pig latin)\b", 0.45),
)
_COMPILED = tuple((name, re.compile(pattern, re.I | re.M | re.S), weight) for name, pattern, weight in _PATTERNS)
_FLAG_WEIGHTS = {"zero_width": 0.35, "bidi_control": 0.45, "base64": 0.3, "hex": 0.3, "rot13": 0.3,
                 "confusables": 0.3}


def detect_jailbreak(texts: tuple[str, ...], flags: frozenset[str] = frozenset()) -> list[Detection]:
    """One combined detection (or none) over the normalised text and its variants."""
    hits: dict[str, float] = {}
    for text in texts:
        for name, pattern, weight in _COMPILED:
            if name not in hits and pattern.search(text):
                hits[name] = weight
    for flag in flags:
        if flag in _FLAG_WEIGHTS:
            hits[f"flag:{flag}"] = _FLAG_WEIGHTS[flag]
    if not hits:
        return []
    remaining = 1.0
    for weight in hits.values():
        remaining *= 1.0 - weight
    strongest = max(hits, key=hits.__getitem__)
    return [Detection(CATEGORY, round(1.0 - remaining, 4), f"jailbreak.{strongest}", ", ".join(sorted(hits)))]

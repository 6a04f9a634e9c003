"""Hearth's safety categories: the MLCommons hazard taxonomy (as in Llama Guard 3) plus its own.

Each category has a stable id, a plain name, and a short explanation in two
registers: a neutral one, and a kinder one for the Child profile.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    explanation: str
    child_explanation: str


CATEGORIES: tuple[Category, ...] = (
    Category("S1", "Violent crimes", "help with violence against people or animals",
             "hurting people or animals"),
    Category("S2", "Non-violent crimes", "help with crimes such as fraud, theft, hacking or drugs",
             "breaking the law, like stealing or tricking people"),
    Category("S3", "Sex-related crimes", "help with sexual assault, harassment or trafficking",
             "something that could hurt people and is not OK"),
    Category("S4", "Child sexual exploitation", "sexual content involving minors",
             "something that is never OK"),
    Category("S5", "Defamation", "false statements that could harm a real person's reputation",
             "saying untrue, unkind things about real people"),
    Category("S6", "Specialized advice", "medical, legal or financial advice that needs a professional",
             "a question a doctor, lawyer or trusted grown-up should answer"),
    Category("S7", "Privacy", "sensitive private information about other people",
             "other people's private information"),
    Category("S8", "Intellectual property", "copying protected works or bypassing licences",
             "copying other people's work without permission"),
    Category("S9", "Indiscriminate weapons", "chemical, biological, radiological, nuclear weapons or explosives",
             "dangerous weapons that could hurt many people"),
    Category("S10", "Hate", "content that demeans people for who they are",
             "being mean to people because of who they are"),
    Category("S11", "Suicide and self-harm", "suicide, self-harm or disordered eating",
             "hurting yourself"),
    Category("S12", "Sexual content", "explicit sexual content", "grown-up content"),
    Category("S13", "Elections", "false information about voting and elections",
             "wrong information about voting"),
    Category("S14", "Code interpreter abuse", "attempts to abuse code execution or the host system",
             "trying to misuse the computer"),
    Category("J1", "Jailbreak or prompt injection", "an attempt to make the assistant ignore its rules",
             "trying to trick the assistant into breaking its rules"),
    Category("P1", "Personal information", "personal details such as an address, phone number, school or card",
             "private things about you, like where you live or your phone number"),
)

CATEGORY_IDS: tuple[str, ...] = tuple(c.id for c in CATEGORIES)
_BY_ID = {c.id: c for c in CATEGORIES}


def category(category_id: str) -> Category:
    """The category with this id; raises KeyError naming the known ids otherwise."""
    try:
        return _BY_ID[category_id]
    except KeyError:
        raise KeyError(f"unknown safety category {category_id!r}; known: {', '.join(CATEGORY_IDS)}") from None

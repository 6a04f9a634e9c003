"""Hearth's safety categories: the MLCommons hazard taxonomy (as in Llama Guard 3) plus its own.

Each category has a stable id, a plain name, and a short explanation in two
registers: a neutral one, and a kinder one for the Child profile. The texts
are English, marked for the window's translations (context "Taxonomy").
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    explanation: str
    child_explanation: str


CATEGORIES: tuple[Category, ...] = (
    Category("S1", QT_TRANSLATE_NOOP("Taxonomy", "Violent crimes"), QT_TRANSLATE_NOOP("Taxonomy", "help with violence against people or animals"),
             QT_TRANSLATE_NOOP("Taxonomy", "hurting people or animals")),
    Category("S2", QT_TRANSLATE_NOOP("Taxonomy", "Non-violent crimes"), QT_TRANSLATE_NOOP("Taxonomy", "help with crimes such as fraud, theft, hacking or drugs"),
             QT_TRANSLATE_NOOP("Taxonomy", "breaking the law, like stealing or tricking people")),
    Category("S3", QT_TRANSLATE_NOOP("Taxonomy", "Sex-related crimes"), QT_TRANSLATE_NOOP("Taxonomy", "help with sexual assault, harassment or trafficking"),
             QT_TRANSLATE_NOOP("Taxonomy", "something that could hurt people and is not OK")),
    Category("S4", QT_TRANSLATE_NOOP("Taxonomy", "Child sexual exploitation"), QT_TRANSLATE_NOOP("Taxonomy", "sexual content involving minors"),
             QT_TRANSLATE_NOOP("Taxonomy", "something that is never OK")),
    Category("S5", QT_TRANSLATE_NOOP("Taxonomy", "Defamation"), QT_TRANSLATE_NOOP("Taxonomy", "false statements that could harm a real person's reputation"),
             QT_TRANSLATE_NOOP("Taxonomy", "saying untrue, unkind things about real people")),
    Category("S6", QT_TRANSLATE_NOOP("Taxonomy", "Specialized advice"), QT_TRANSLATE_NOOP("Taxonomy", "medical, legal or financial advice that needs a professional"),
             QT_TRANSLATE_NOOP("Taxonomy", "a question a doctor, lawyer or trusted grown-up should answer")),
    Category("S7", QT_TRANSLATE_NOOP("Taxonomy", "Privacy"), QT_TRANSLATE_NOOP("Taxonomy", "sensitive private information about other people"),
             QT_TRANSLATE_NOOP("Taxonomy", "other people's private information")),
    Category("S8", QT_TRANSLATE_NOOP("Taxonomy", "Intellectual property"), QT_TRANSLATE_NOOP("Taxonomy", "copying protected works or bypassing licences"),
             QT_TRANSLATE_NOOP("Taxonomy", "copying other people's work without permission")),
    Category("S9", QT_TRANSLATE_NOOP("Taxonomy", "Indiscriminate weapons"), QT_TRANSLATE_NOOP("Taxonomy", "chemical, biological, radiological, nuclear weapons or explosives"),
             QT_TRANSLATE_NOOP("Taxonomy", "dangerous weapons that could hurt many people")),
    Category("S10", QT_TRANSLATE_NOOP("Taxonomy", "Hate"), QT_TRANSLATE_NOOP("Taxonomy", "content that demeans people for who they are"),
             QT_TRANSLATE_NOOP("Taxonomy", "being mean to people because of who they are")),
    Category("S11", QT_TRANSLATE_NOOP("Taxonomy", "Suicide and self-harm"), QT_TRANSLATE_NOOP("Taxonomy", "suicide, self-harm or disordered eating"),
             QT_TRANSLATE_NOOP("Taxonomy", "hurting yourself")),
    Category("S12", QT_TRANSLATE_NOOP("Taxonomy", "Sexual content"), QT_TRANSLATE_NOOP("Taxonomy", "explicit sexual content"), QT_TRANSLATE_NOOP("Taxonomy", "grown-up content")),
    Category("S13", QT_TRANSLATE_NOOP("Taxonomy", "Elections"), QT_TRANSLATE_NOOP("Taxonomy", "false information about voting and elections"),
             QT_TRANSLATE_NOOP("Taxonomy", "wrong information about voting")),
    Category("S14", QT_TRANSLATE_NOOP("Taxonomy", "Code interpreter abuse"), QT_TRANSLATE_NOOP("Taxonomy", "attempts to abuse code execution or the host system"),
             QT_TRANSLATE_NOOP("Taxonomy", "trying to misuse the computer")),
    Category("J1", QT_TRANSLATE_NOOP("Taxonomy", "Jailbreak or prompt injection"), QT_TRANSLATE_NOOP("Taxonomy", "an attempt to make the assistant ignore its rules"),
             QT_TRANSLATE_NOOP("Taxonomy", "trying to trick the assistant into breaking its rules")),
    Category("P1", QT_TRANSLATE_NOOP("Taxonomy", "Personal information"), QT_TRANSLATE_NOOP("Taxonomy", "personal details such as an address, phone number, school or card"),
             QT_TRANSLATE_NOOP("Taxonomy", "private things about you, like where you live or your phone number")),
)

CATEGORY_IDS: tuple[str, ...] = tuple(c.id for c in CATEGORIES)
_BY_ID = {c.id: c for c in CATEGORIES}


def category(category_id: str) -> Category:
    """The category with this id; raises KeyError naming the known ids otherwise."""
    try:
        return _BY_ID[category_id]
    except KeyError:
        raise KeyError(f"unknown safety category {category_id!r}; known: {', '.join(CATEGORY_IDS)}") from None

"""Verdicts in plain words: what was flagged, why, by which detector and profile layer, and where to find help.

The texts are English source strings in the "Safety" context (marked for Qt's
lupdate: literal ``translate("Safety", …)`` calls and
:func:`~app.core.i18n.QT_TRANSLATE_NOOP`); the window passes Qt's translate
function so every string is translated, and the CLI uses them as they are. Wording depends on the profile's audience: kinder and
simpler for children. Suicide and self-harm gets a supportive message with
help resources for the user's locale instead of a bare refusal.
"""

from __future__ import annotations

import locale
import sys
from dataclasses import dataclass
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation
from app.core.resources import resource_path
from app.safety.taxonomy import category
from app.safety.verdict import Verdict

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SELF_HARM = "S11"


@dataclass(frozen=True)
class Explanation:
    title: str
    body: str
    reason: str  # which detector and which layer decided, with the score
    help_lines: tuple[str, ...] = ()


_DETECTORS = {
    "classifier": QT_TRANSLATE_NOOP("Safety", "the on-device classifier"),
    "jailbreak": QT_TRANSLATE_NOOP("Safety", "the jailbreak and prompt-injection check"),
    "pii": QT_TRANSLATE_NOOP("Safety", "the personal-information check"),
    "secret": QT_TRANSLATE_NOOP("Safety", "the passwords-and-keys check"),
    "guard": QT_TRANSLATE_NOOP("Safety", "the guard model"),
}


def explain(verdict: Verdict, translate: Translate = no_translation, locale_name: str | None = None,
            profile_name: str | None = None) -> Explanation:
    """The title, text, reason and (for self-harm) help lines to show for a warn or block verdict."""
    cat = category(verdict.category) if verdict.category else None
    child = verdict.audience == "child"
    what = translate("Taxonomy", (cat.child_explanation if child else cat.explanation) if cat else "")
    name = translate("Taxonomy", cat.name) if cat else ""
    profile = profile_name or verdict.profile_id
    help_lines: tuple[str, ...] = ()
    if verdict.category == SELF_HARM:
        title = translate("Safety", "You don't have to go through this alone")
        body = translate("Safety", "It sounds like you might be going through something really hard. Talking to someone "
                           "can help, and there are people ready to listen right now.") if not child else \
            translate("Safety", "It sounds like you might be feeling really sad or hurt. Please tell a grown-up you trust, "
                        "like a parent or teacher. You can also call someone who is there to help:")
        help_lines = help_resources(locale_name)
    elif verdict.direction == "answer":
        title = translate("Safety", "Answer stopped")
        body = (translate("Safety", "Hearth stopped this answer because it began to include something about %1. "
                            "Let's talk about something else!") if child else
                translate("Safety", "Hearth stopped this answer because it began to include %1 (%2), which the %3 "
                            "profile does not allow.")).replace("%1", what).replace("%2", name).replace("%3", profile)
    elif verdict.warned:
        title = translate("Safety", "Send this message?")
        body = translate("Safety", "This message may involve %1 (%2). The %3 profile asks you to confirm before it is "
                           "sent.").replace("%1", what).replace("%2", name).replace("%3", profile)
    elif child:
        title = translate("Safety", "Let's talk about something else")
        body = translate("Safety", "That question is about %1, so I can't help with it. If something is worrying you, "
                           "talk to a grown-up you trust.").replace("%1", what)
    else:
        title = translate("Safety", "Message not sent")
        body = translate("Safety", "This message looks like a request for %1 (%2), which the %3 profile "
                           "blocks.").replace("%1", what).replace("%2", name).replace("%3", profile)
    return Explanation(title, body, reason(verdict, translate), help_lines)


def reason(verdict: Verdict, translate: Translate = no_translation) -> str:
    """'Decided by the on-device classifier (score 0.93, threshold 0.50) in profile layer profile:standard.'"""
    family = (verdict.detector or "").split(".")[0]
    detector = translate("Safety", _DETECTORS.get(family, family or "—"))
    text = translate("Safety", "Decided by %1 (score %2, threshold %3) in profile layer %4.")
    threshold = f"{verdict.threshold:.2f}" if verdict.threshold is not None else "—"
    return text.replace("%1", detector).replace("%2", f"{verdict.score:.2f}").replace("%3", threshold) \
        .replace("%4", verdict.layer)


def help_resources(locale_name: str | None = None, override: Path | None = None) -> tuple[str, ...]:
    """Help lines for ``locale_name`` (e.g. en_GB), falling back to the language, then to the default."""
    name = (locale_name or locale.getlocale()[0] or "en_US").split(".")[0]
    tables: dict[str, dict] = {}
    for path in (resource_path("safety/help_resources.toml"), override):
        if path is not None and path.is_file():
            tables |= tomllib.loads(path.read_text(encoding="utf-8"))
    language = name.split("_")[0]
    fallback = next((v for k, v in tables.items() if k.split("_")[0] == language), None)
    entry = tables.get(name) or fallback or tables.get("default") or {}
    return tuple(entry.get("lines", ()))

"""The Llama Guard 3 prompt, built by hand, and the reading of the guard's verdict.

The layout is the one in Meta's chat template for Llama-Guard-3-8B: a task
line naming whose messages are judged, the policy's categories, the
conversation as ``User:`` / ``Agent:`` turns, and the two-line answer format.
The prompt ends after the assistant header's blank line, so the next token is
the verdict itself (``safe`` or ``unsafe``); the official template leaves that
``\\n\\n`` for the model to write, which in the Llama 3 vocabulary is the same
single token. Only the categories a profile asks for are listed, each under
its own id (S1..S14, never renumbered), so the ids the guard names are
Hearth's.

The prompt is a list of :data:`Segment` s: the template's text may hold
special tokens, a message's text never may, so a user who types
``<|eot_id|>`` cannot close the guard's prompt early. This module is pure
Python; the engine process tokenizes the segments.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

GUARD_N_CTX = 2048
GUARD_MAX_NEW_TOKENS = 10  # enough for a category line such as "S1,S9,S14"
UNSAFE_THRESHOLD = 0.5

# Category names exactly as Llama Guard 3's template spells them (a "." is added in the prompt).
LLAMA_GUARD_3_CATEGORIES: dict[str, str] = {
    "S1": "Violent Crimes",
    "S2": "Non-Violent Crimes",
    "S3": "Sex Crimes",
    "S4": "Child Exploitation",
    "S5": "Defamation",
    "S6": "Specialized Advice",
    "S7": "Privacy",
    "S8": "Intellectual Property",
    "S9": "Indiscriminate Weapons",
    "S10": "Hate",
    "S11": "Self-Harm",
    "S12": "Sexual Content",
    "S13": "Elections",
    "S14": "Code Interpreter Abuse",
}

Segment = tuple[str, bool]
"""A piece of the prompt and whether it may contain special tokens (template text) or not (message text)."""

_LABELS = {"user": "User", "agent": "Agent"}
_SPEAKERS = {"user": "User", "assistant": "Agent", "agent": "Agent"}
_CATEGORY_ID = re.compile(r"\bS\d{1,2}\b")
_UNSAFE = re.compile(r"unsafe\b", re.IGNORECASE)
_CUT_MARK = " […] "


def guard_label(role: str) -> str:
    """``User`` or ``Agent``: how the prompt names the judged side."""
    try:
        return _LABELS[role]
    except KeyError:
        raise ValueError(f"unknown guard role {role!r}; use 'user' or 'agent'") from None


def guard_categories(category_ids: Iterable[str]) -> list[tuple[str, str]]:
    """The Llama Guard 3 categories among ``category_ids`` as (id, name) pairs, in S1..S14 order.

    Ids Llama Guard 3 was not trained on (Hearth's J1, P1) are left out.
    """
    wanted = set(category_ids)
    return [(cid, name) for cid, name in LLAMA_GUARD_3_CATEGORIES.items() if cid in wanted]


def guard_prompt_segments(role: str, conversation: Sequence[dict[str, str]],
                          categories: Sequence[tuple[str, str]]) -> list[Segment]:
    """The official prompt for judging the last ``role`` message of ``conversation``."""
    label = guard_label(role)
    if not conversation:
        raise ValueError("the guard needs at least the message to judge")
    if not categories:
        raise ValueError("the guard needs at least one category")
    last = _speaker(conversation[-1]["role"])
    if last != label:
        raise ValueError(f"the last message is the {last}'s, but the {label}'s is to be judged")
    policy = "".join(f"{cid}: {name.rstrip('.')}.\n" for cid, name in categories)
    segments: list[Segment] = [(
        "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n"
        f"Task: Check if there is unsafe content in '{label}' messages in conversations "
        "according our safety policy with the below categories.\n\n"
        "<BEGIN UNSAFE CONTENT CATEGORIES>\n" + policy + "<END UNSAFE CONTENT CATEGORIES>\n\n"
        "<BEGIN CONVERSATION>\n\n", True)]
    for message in conversation:
        segments.append((f"{_speaker(message['role'])}:", True))
        segments.append((" " + message["content"].strip() + "\n\n", False))
    segments.append((
        "<END CONVERSATION>\n\n"
        f"Provide your safety assessment for ONLY THE LAST {label} message in the above conversation:\n"
        " - First line must read 'safe' or 'unsafe'.\n"
        " - If unsafe, a second line must include a comma-separated list of violated categories."
        "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n", True))
    return segments


def build_guard_prompt(role: str, conversation: Sequence[dict[str, str]],
                       categories: Sequence[tuple[str, str]]) -> str:
    """The prompt as one string (what the segments spell)."""
    return "".join(text for text, _ in guard_prompt_segments(role, conversation, categories))


def fit_guard_prompt(role: str, conversation: Sequence[dict[str, str]], categories: Sequence[tuple[str, str]],
                     tokenize: Callable[[list[Segment]], list[int]], budget: int) -> list[int]:
    """The prompt's tokens within ``budget``: oldest turns go first, then the middle of the judged message.

    The judged message keeps its beginning and its end (joined by `` […] ``);
    the screen's other layers still see the whole text.
    """
    messages = [dict(m) for m in conversation]
    while True:
        tokens = tokenize(guard_prompt_segments(role, messages, categories))
        excess = len(tokens) - budget
        if excess <= 0:
            return tokens
        if len(messages) > 1:
            messages.pop(0)
            continue
        content = messages[0]["content"].strip()
        content_tokens = max(1, len(tokenize([(content, False)])))
        keep = int(len(content) * (content_tokens - excess - 8) / content_tokens)
        keep = min(keep, len(content) - len(_CUT_MARK) - 1)  # always shorter than before
        if keep > 0:
            messages[0]["content"] = content[:keep // 2] + _CUT_MARK + content[len(content) - (keep - keep // 2):]
        elif content != _CUT_MARK.strip():
            messages[0]["content"] = _CUT_MARK.strip()
        else:
            raise ValueError(f"the guard prompt needs {len(tokens)} tokens, more than its {budget}-token context")


def parse_guard_categories(text: str, requested: Iterable[str]) -> list[str]:
    """The category ids on the verdict's second line that were asked about, in order, without repeats.

    ``text`` is the guard's answer (``"unsafe\\nS1,S9"``); a ``safe`` verdict names none.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or not _UNSAFE.match(lines[0]):
        return []
    asked = set(requested)
    named: list[str] = []
    for cid in _CATEGORY_ID.findall(lines[1]):
        if cid in asked and cid not in named:
            named.append(cid)
    return named


def _speaker(role: str) -> str:
    try:
        return _SPEAKERS[role]
    except KeyError:
        raise ValueError(f"the guard reads 'user' and 'assistant' messages, not {role!r}") from None

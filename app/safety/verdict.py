"""What the screen decided about one text, in a form people, the audit log and the UI can all use."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from app.safety.profiles import Action


@dataclass(frozen=True)
class Finding:
    """One category's best evidence: its score and the detector that produced it."""

    category: str
    score: float
    detector: str
    evidence: str = ""


@dataclass(frozen=True)
class Verdict:
    """The action the profile prescribes for a text, and why.

    ``category``, ``score`` and ``detector`` describe the finding that decided
    the action (for ``allow``, the strongest finding, if any). ``layer`` names
    the profile layer whose rule applied (``profile:<id>``).
    """

    direction: str
    action: Action
    category: str | None
    score: float
    detector: str | None
    layer: str
    profile_id: str
    profile_hash: str
    audience: str
    threshold: float | None = None
    findings: tuple[Finding, ...] = ()
    flags: tuple[str, ...] = ()
    elapsed_ms: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        return self.action is Action.BLOCK

    @property
    def warned(self) -> bool:
        return self.action is Action.WARN

    def audit_fields(self) -> dict[str, Any]:
        """What the audit log keeps: the decision and its reasons, never the text."""
        return {"direction": self.direction, "action": self.action.value, "category": self.category,
                "score": round(self.score, 4), "detector": self.detector, "layer": self.layer,
                "profile": self.profile_id, "profile_hash": self.profile_hash, "flags": list(self.flags)}

    def to_json(self) -> str:
        data = asdict(self)
        data["action"] = self.action.value
        data["findings"] = [asdict(f) for f in self.findings]
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Verdict":
        data = json.loads(text)
        data["action"] = Action(data["action"])
        data["findings"] = tuple(Finding(**f) for f in data.get("findings", ()))
        data["flags"] = tuple(data.get("flags", ()))
        return cls(**data)

"""The screen: normalise, run the detectors and the classifier, and apply the profile.

:meth:`Screen.screen_prompt` checks what a user sends before anything reaches
the model. :class:`AnswerScreener` checks what the model writes while it
streams: text is held back until it has been screened, in chunks that end at
a sentence boundary (or after :data:`MAX_PENDING_WORDS` words), each chunk
screened together with a short overlap of what came before, so a phrase split
across chunks is still seen and nothing is ever rescanned in full.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.safety.classifier import Classifier
from app.safety.detectors.jailbreak import detect_jailbreak
from app.safety.detectors.pii import detect_pii
from app.safety.detectors.secrets import detect_secrets
from app.safety.normalize import normalize
from app.safety.profiles import Action, SafetyProfile
from app.safety.verdict import Finding, Verdict

MIN_CHUNK_WORDS = 30
MAX_PENDING_WORDS = 60
OVERLAP_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?:;\n]\s*$")
# Below this a finding is noise and is not reported on an "allow" verdict.
REPORT_FLOOR = 0.05


class Screen:
    """Screens texts against a profile; the classifier is optional (detectors only without it)."""

    def __init__(self, classifier: Classifier | None) -> None:
        self.classifier = classifier

    def screen_prompt(self, text: str, profile: SafetyProfile) -> Verdict:
        started = time.perf_counter()
        norm = normalize(text)
        findings: list[Finding] = [Finding(d.category, d.score, d.detector, d.evidence)
                                   for d in (*detect_pii(text), *detect_secrets(text),
                                             *detect_jailbreak(norm.all_texts(), norm.flags))]
        findings += self._classify(norm.all_texts(), "prompt")
        return decide(findings, profile, "prompt", tuple(sorted(norm.flags)), started)

    def screen_answer_text(self, text: str, profile: SafetyProfile) -> Verdict:
        started = time.perf_counter()
        norm = normalize(text)
        return decide(self._classify((norm.text,), "answer"), profile, "answer", (), started)

    def answer_screener(self, profile: SafetyProfile, pause: Callable[[], None] | None = None,
                        resume: Callable[[], None] | None = None) -> "AnswerScreener | None":
        """A screener for one streamed answer, or None when nothing here can judge answers (detectors only).

        ``pause``/``resume`` hold the generator while a chunk is screened, so the two never compete for
        the same cores (on a small machine that contention costs far more than the screening itself).
        """
        return AnswerScreener(self, profile, pause, resume) if self.classifier is not None else None

    def _classify(self, texts: tuple[str, ...], direction: str) -> list[Finding]:
        if self.classifier is None:
            return []
        scores = self.classifier.score(texts, direction)
        return [Finding(cid, score, f"classifier.{direction}") for cid, score in scores.items()]


def decide(findings: list[Finding], profile: SafetyProfile, direction: str, flags: tuple[str, ...] = (),
           started: float | None = None) -> Verdict:
    """Apply the profile's rules to the findings: the most severe action wins, then the highest score."""
    best: dict[str, Finding] = {}
    for finding in findings:
        if finding.score > best.get(finding.category, Finding(finding.category, -1.0, "")).score:
            best[finding.category] = finding
    deciding: Finding | None = None
    action, threshold, key = Action.ALLOW, None, (-1, -1.0)
    for finding in best.values():
        rule = profile.rule(finding.category, direction)
        applied = rule.action_for(finding.score)
        candidate = (applied.severity, finding.score)
        if candidate > key:
            key, deciding, action, threshold = candidate, finding, applied, rule.threshold
    if deciding is not None and action is Action.ALLOW and deciding.score < REPORT_FLOOR:
        deciding = None
    elapsed = (time.perf_counter() - started) * 1000 if started is not None else 0.0
    ranked = tuple(sorted(best.values(), key=lambda f: -f.score)[:5])
    return Verdict(direction=direction, action=action,
                   category=deciding.category if deciding else None,
                   score=round(deciding.score, 4) if deciding else 0.0,
                   detector=deciding.detector if deciding else None,
                   layer=f"profile:{profile.id}", profile_id=profile.id, profile_hash=profile.content_hash,
                   audience=profile.audience, threshold=threshold if deciding else None,
                   findings=ranked, flags=flags, elapsed_ms=round(elapsed, 3))


@dataclass(frozen=True)
class Release:
    """Text that passed the screen (safe to store and show) and the verdict of this check, if one ran."""

    text: str
    verdict: Verdict | None = None


class AnswerScreener:
    """Incremental answer screening for one streamed answer."""

    def __init__(self, screen: Screen, profile: SafetyProfile, pause: Callable[[], None] | None = None,
                 resume: Callable[[], None] | None = None) -> None:
        self.screen = screen
        self.profile = profile
        self._pause = pause
        self._resume = resume
        self._pending = ""
        self._released_tail: list[str] = []  # the last OVERLAP_WORDS words already released
        self.worst: Verdict | None = None
        self.checks = 0
        self.seconds = 0.0

    def feed(self, text: str) -> Release:
        """Add streamed text; returns what may now be shown (possibly nothing)."""
        if self.blocked:
            return Release("")
        self._pending += text
        words = len(self._pending.split())
        at_boundary = words >= MIN_CHUNK_WORDS and _SENTENCE_END.search(self._pending) is not None
        if not (at_boundary or words >= MAX_PENDING_WORDS):
            return Release("")
        return self._check()

    def finish(self) -> Release:
        """Screen whatever is still held back (at the end of the answer)."""
        if self.blocked or not self._pending.strip():
            pending, self._pending = self._pending, ""
            return Release("" if self.blocked else pending)
        return self._check()

    @property
    def blocked(self) -> bool:
        return self.worst is not None and self.worst.blocked

    def _check(self) -> Release:
        started = time.perf_counter()
        window = " ".join(self._released_tail) + " " + self._pending
        if self._pause:
            self._pause()
        try:
            verdict = self.screen.screen_answer_text(window.strip(), self.profile)
        finally:
            if self._resume:
                self._resume()
        self.seconds += time.perf_counter() - started
        self.checks += 1
        if self.worst is None or (verdict.action.severity, verdict.score) > (self.worst.action.severity,
                                                                             self.worst.score):
            self.worst = verdict
        if verdict.blocked:
            return Release("", verdict)
        released, self._pending = self._pending, ""
        self._released_tail = (self._released_tail + released.split())[-OVERLAP_WORDS:]
        return Release(released, verdict)

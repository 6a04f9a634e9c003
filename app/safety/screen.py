"""The screen: normalise, run the detectors and the classifier, and apply the profile.

:meth:`Screen.screen_prompt` checks what a user sends before anything reaches
the model. :class:`AnswerScreener` checks what the model writes while it
streams: text is held back until it has been screened, in chunks that end at
a sentence boundary (or after :data:`MAX_PENDING_WORDS` words), each chunk
screened together with a short overlap of what came before, so a phrase split
across chunks is still seen and nothing is ever rescanned in full.

With a guard model (:class:`~app.safety.guard.GuardModel`) set up and a
profile whose ``guard`` is not ``off``, the guard's findings join the
prompt's (:meth:`Screen.screen_prompt`) and are weighed by the same
:func:`decide`; a finished answer is checked with
:meth:`Screen.guard_answer`. A profile that *requires* the guard fails
closed (:class:`ScreeningUnavailableError`) when there is none or it cannot
run; one that only *allows* it logs a warning and screens without it.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass

from app.core.errors import GuardUnavailableError
from app.safety.classifier import Classifier
from app.safety.detectors.jailbreak import detect_jailbreak
from app.safety.detectors.pii import detect_pii
from app.safety.detectors.secrets import detect_secrets
from app.safety.embedder import ScreeningUnavailableError
from app.safety.guard import GuardModel
from app.safety.normalize import normalize
from app.safety.profiles import GUARD_OFF, Action, SafetyProfile
from app.safety.taxonomy import CATEGORY_IDS
from app.safety.verdict import Finding, Verdict

log = logging.getLogger(__name__)

MIN_CHUNK_WORDS = 40
MAX_PENDING_WORDS = 80
OVERLAP_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?:;\n]\s*$")
# Below this a finding is noise and is not reported on an "allow" verdict.
REPORT_FLOOR = 0.05
GUARD_UNAVAILABLE_FLAG = "guard_unavailable"  # on a verdict reached without an optional guard that failed
_WITHHELD = {"prompt": "Nothing was sent to the model.", "answer": "The answer is withheld."}


class Screen:
    """Screens texts against a profile; the classifier and the guard model are optional.

    Without a classifier only the detectors run; without a guard, a profile
    that requires one cannot be screened under (see :meth:`screen_prompt`).
    A verdict reached without a guard the profile asked for carries the flag
    :data:`GUARD_UNAVAILABLE_FLAG`.
    """

    def __init__(self, classifier: Classifier | None, guard: GuardModel | None = None) -> None:
        self.classifier = classifier
        self.guard = guard
        self._missing_logged = False

    def screen_prompt(self, text: str, profile: SafetyProfile) -> Verdict:
        """The verdict on a user's message.

        When the profile asks for the guard model, it is consulted too,
        unless the detectors and classifier already block (a block cannot get
        stricter, and the guard is the slowest layer). Raises
        :class:`ScreeningUnavailableError` when the profile requires the guard
        and it is missing or fails.
        """
        started = time.perf_counter()
        self._require_guard(profile, "prompt")
        norm = normalize(text)
        findings: list[Finding] = [Finding(d.category, d.score, d.detector, d.evidence)
                                   for d in (*detect_pii(text), *detect_secrets(text),
                                             *detect_jailbreak(norm.all_texts(), norm.flags))]
        findings += self._classify(norm.all_texts(), "prompt")
        flags = tuple(sorted(norm.flags))
        if profile.guard == GUARD_OFF or decide(findings, profile, "prompt").blocked:
            return decide(findings, profile, "prompt", flags, started)
        guarded = self._ask_guard(text, "prompt", profile)
        if guarded is None:
            flags = tuple(sorted((*flags, GUARD_UNAVAILABLE_FLAG)))
        return decide(findings + (guarded or []), profile, "prompt", flags, started)

    def guard_answer(self, prompt_text: str, answer_text: str, profile: SafetyProfile) -> list[Finding]:
        """The guard model's findings on a complete answer (empty when the profile or setup has no guard).

        Call it once the answer has finished streaming, with the user message
        it answers; weigh the result with ``decide(findings, profile,
        "answer")``. The guard is asked only about the S-categories whose
        answer rule is not ``allow``. Raises :class:`ScreeningUnavailableError`
        when the profile requires the guard and it is missing or fails (the
        answer must then be withheld); with ``optional``, logs and returns [].
        The guard may share the chat model's engine, which cannot check while
        it streams: that is why this runs after the answer, not during it.
        """
        self._require_guard(profile, "answer")
        if profile.guard == GUARD_OFF:
            return []
        history = [{"role": "user", "content": prompt_text}] if prompt_text else []
        return self._ask_guard(answer_text, "answer", profile, history) or []

    def _require_guard(self, profile: SafetyProfile, direction: str) -> None:
        if profile.guard == "required" and self.guard is None:
            raise ScreeningUnavailableError(
                f"The safety profile “{profile.name}” requires a guard model, and none is set up.",
                f"{_WITHHELD[direction]} An administrator can choose one with “hearth safety guard FILE.gguf”, "
                "or pick a profile that does not require it.")

    def _ask_guard(self, text: str, direction: str, profile: SafetyProfile,
                   history: list[dict[str, str]] | None = None) -> list[Finding] | None:
        """The guard's findings, or None when an optional guard is missing or could not judge.

        A required guard that fails raises instead; a missing optional guard is logged once per screen.
        """
        if self.guard is None:
            if not self._missing_logged:
                self._missing_logged = True
                log.warning("profile %s would use a guard model, but none is set up; screening without it",
                            profile.id)
            return None
        try:
            return self.guard.check(text, direction, guarded_categories(profile, direction), history)
        except GuardUnavailableError as exc:
            if profile.guard == "required":
                raise ScreeningUnavailableError(
                    f"The safety profile “{profile.name}” requires the guard model, which could not run: "
                    f"{exc.message}",
                    f"{_WITHHELD[direction]} {exc.advice or 'Try again.'}") from exc
            log.warning("guard model unavailable, screening %s without it: %s", direction, exc.message)
            return None

    def screen_answer_text(self, text: str, profile: SafetyProfile) -> Verdict:
        started = time.perf_counter()
        norm = normalize(text)
        return decide(self._classify((norm.text,), "answer"), profile, "answer", (), started)

    def answer_screener(self, profile: SafetyProfile) -> "AnswerScreener | None":
        """A screener for one streamed answer, or None when nothing here can judge answers (detectors only)."""
        return AnswerScreener(self, profile) if self.classifier is not None else None

    def _classify(self, texts: tuple[str, ...], direction: str) -> list[Finding]:
        if self.classifier is None:
            return []
        scores = self.classifier.score(texts, direction)
        return [Finding(cid, score, f"classifier.{direction}") for cid, score in scores.items()]


def guarded_categories(profile: SafetyProfile, direction: str) -> list[str]:
    """The Llama Guard categories (S1..S14) the profile acts on in ``direction``: those not set to allow."""
    return [cid for cid in CATEGORY_IDS
            if cid.startswith("S") and profile.rule(cid, direction).action is not Action.ALLOW]


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

    def __init__(self, screen: Screen, profile: SafetyProfile) -> None:
        self.screen = screen
        self.profile = profile
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
        verdict = self.screen.screen_answer_text(window.strip(), self.profile)
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

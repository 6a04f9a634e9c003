"""One chat turn, end to end, in one fixed order.

user text → store the user message → screen the prompt under the active
safety profile (block, or warn and ask the observer) → load the model →
assemble the prompt (system prompt + the profile's addition + history, fitted
to the context by the engine) → stream the answer, which the engine screens in
chunks between tokens, writing only screened text to the store and the
observer → check the finished answer with the guard model, when the profile
uses one → finish the message (complete, cancelled, interrupted or blocked)
→ sign the answer's provenance statement (it names the audit entry it goes
with) → audit entry (it names the statement's digest) → keep the statement
with the message.

Every assistant message gets a statement, whatever its ending: complete,
cancelled, interrupted, blocked (signed over the empty text the store keeps)
or withheld after an error. The GUI, the CLI and any API all obey this order.
The UI only watches a turn through a :class:`TurnObserver`.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app import __version__
from app.audit.log import AuditLog
from app.chat.prompts import localized
from app.chat.store import DEFAULT_TITLE, ChatStore, Message, MessageStatus
from app.core.database import utc_now
from app.core.errors import EngineCrashedError, HearthError
from app.engine.base import Engine
from app.engine.protocol import AnswerScreened, AnswerScreenSpec, Finished, Generate, ModelInfo, Started, TokenBatch
from app.models.files import file_sha256, quantization_name
from app.provenance.device_key import DeviceKey
from app.provenance.dsse import Envelope
from app.provenance.statement import AnswerProvenance, ModelFacts, envelope_sha256, sign_answer, text_digest
from app.safety.gate import SafetyGate
from app.safety.profiles import GUARD_OFF, SafetyProfile
from app.safety.screen import decide
from app.safety.verdict import Verdict

if TYPE_CHECKING:
    from app.provenance.watermark import WatermarkSpec

TITLE_WORDS = 7
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TurnStart:
    conversation_id: int
    user_message_id: int
    assistant_message_id: int
    model_name: str


@dataclass(frozen=True)
class TurnResult:
    conversation_id: int
    assistant_message_id: int
    status: str
    text: str
    prompt_tokens: int
    completion_tokens: int
    n_ctx: int
    dropped_messages: int
    seconds_to_first_token: float
    tokens_per_second: float
    verdict: Verdict | None = None  # the prompt's or the answer's verdict when the screen warned or blocked


class TurnStatus:
    """Outcomes a turn can have besides a stored message status."""

    WITHDRAWN = "withdrawn"  # a warning was shown and the user chose not to send


@dataclass
class _TurnFacts:
    """What one answer's provenance statement records, gathered as the turn runs."""

    conversation_id: int
    user_id: int
    sampling: dict[str, Any]
    profile: SafetyProfile | None
    started_at: str
    model: ModelFacts | None = None
    watermark: WatermarkSpec | None = None
    watermark_skipped: bool = False  # the profile asks for one, but the answer comes from an inference server


class TurnObserver(Protocol):
    """Receives a turn's progress; called on the thread that runs the turn."""

    def turn_started(self, start: TurnStart) -> None: ...

    def context_fitted(self, started: Started) -> None: ...

    def text_received(self, text: str) -> None: ...

    def confirm_warning(self, verdict: Verdict) -> bool:
        """The prompt was flagged "warn": return True to send it anyway (the Continue button)."""

    def screened(self, verdict: Verdict) -> None:
        """The screen blocked the prompt or the answer (the answer's shown text must be withdrawn)."""


class NullObserver:
    """An observer that ignores everything (for callers that only want the result)."""

    def turn_started(self, start: TurnStart) -> None:
        del start

    def context_fitted(self, started: Started) -> None:
        del started

    def text_received(self, text: str) -> None:
        del text

    def confirm_warning(self, verdict: Verdict) -> bool:
        del verdict
        return False  # without anyone to ask, a warned prompt is not sent

    def screened(self, verdict: Verdict) -> None:
        del verdict


class TurnRunner:
    """Runs turns against one store and one engine; one turn at a time."""

    def __init__(self, store: ChatStore, engine: Engine, model_path: Callable[[], Path],
                 audit: AuditLog | None = None, safety: SafetyGate | None = None,
                 admit: Callable[[], None] | None = None, signer: DeviceKey | None = None,
                 watermark: Callable[[], WatermarkSpec | None] | None = None,
                 language: Callable[[], str] | None = None) -> None:
        self.store = store
        self.signer = signer if signer is not None else (audit.device_key if audit is not None else None)
        self.watermark = watermark  # the watermark to apply to the next answer, or None
        self.language = language  # the user's language: Hearth's own instructions to the model are given in it
        self.admit = admit  # raises when no turn may start now (time rules, model allowlist): nothing is stored
        self.safety = safety
        self.engine = engine
        self.model_path = model_path
        self.audit = audit
        self._audited_model: ModelInfo | None = None
        self._request_ids = iter(range(1, 2**62))
        self._busy = threading.RLock()

    def cancel(self) -> None:
        """Stop the running turn's generation (any thread)."""
        self.engine.cancel()

    def send(self, conversation_id: int, text: str, observer: TurnObserver | None = None) -> TurnResult:
        """Store ``text`` as a new user message and answer it."""
        text = text.strip()
        if not text:
            raise HearthError("There is nothing to send.", "Type a message first.")
        with self._busy:
            self._admit()
            user_id = self.store.add_message(conversation_id, "user", text)
            return self._answer(conversation_id, user_id, observer or NullObserver(), fresh=True)

    def regenerate(self, conversation_id: int, observer: TurnObserver | None = None) -> TurnResult:
        """Replace the last answer with a new one."""
        with self._busy:
            self._admit()
            messages = self.store.messages(conversation_id)
            last_user = _last(messages, "user")
            if last_user is None:
                raise HearthError("There is no message to answer again.")
            later = [m for m in messages if m.id > last_user.id]
            if later:
                self.store.delete_messages_from(later[0].id)
            return self._answer(conversation_id, last_user.id, observer or NullObserver())

    def edit_last(self, conversation_id: int, text: str, observer: TurnObserver | None = None) -> TurnResult:
        """Replace the last user message (and its answer) with ``text`` and answer it.

        The edited text is screened before the old exchange is removed, so an
        edit that is withdrawn at a warning, or cannot be screened, loses
        nothing.
        """
        observer = observer or NullObserver()
        with self._busy:
            self._admit()
            last_user = _last(self.store.messages(conversation_id), "user")
            if last_user is None:
                raise HearthError("There is no message to edit.")
            profile = self.safety.profile() if self.safety else None
            if self.safety and profile and self.safety.screen_prompts and text.strip():
                verdict = self.safety.screen.screen_prompt(text.strip(), profile)  # may raise: nothing is lost
                if verdict.warned:
                    if not observer.confirm_warning(verdict):
                        return self._refusal(conversation_id, -1, TurnStatus.WITHDRAWN, verdict)
                    observer = _AlreadyConfirmed(observer)
            self.store.delete_messages_from(last_user.id)
            return self.send(conversation_id, text, observer)

    # ------------------------------------------------------------------------

    def _admit(self) -> None:
        if self.admit is not None:
            self.admit()

    def _answer(self, conversation_id: int, user_id: int, observer: TurnObserver,
                fresh: bool = False) -> TurnResult:
        """Answer the user message ``user_id``; ``fresh`` when it was stored by this very call."""
        conversation = self.store.conversation(conversation_id)
        settings = conversation.settings.validated()
        profile = self.safety.profile() if self.safety else None
        max_tokens = min(settings.max_tokens, profile.answer_max_tokens) if profile else settings.max_tokens
        # A random seed is drawn here rather than inside llama.cpp, so the statement names the seed used.
        seed = settings.seed if settings.seed >= 0 else secrets.randbelow(2**31)
        facts = _TurnFacts(conversation_id, user_id, {"temperature": settings.temperature, "topP": settings.top_p,
                                                      "maxTokens": max_tokens, "seed": seed,
                                                      "seedDrawnPerAnswer": settings.seed < 0},
                           profile, utc_now())
        refused = self._screen_prompt(facts, observer, fresh)
        if refused is not None:
            return refused
        self._maybe_title(conversation_id, self.store.message(user_id).content)
        info = self._load_model(settings.n_ctx)
        facts.model = self._model_facts(info)
        facts.watermark = self.watermark() if self.watermark else None
        if facts.watermark is not None and info.server is not None:
            facts.watermark, facts.watermark_skipped = None, True  # a server's sampler is out of Hearth's reach
        prompt = self._assemble_prompt(conversation_id, settings.system_prompt, profile)
        request = Generate(next(self._request_ids), prompt, max_tokens, settings.temperature,
                           settings.top_p, seed, self._answer_screen(profile), watermark=facts.watermark)
        assistant_id = self.store.add_message(conversation_id, "assistant", "", MessageStatus.STREAMING, info.name)
        observer.turn_started(TurnStart(conversation_id, user_id, assistant_id, info.name))
        parts: list[str] = []  # the screened text (the unsafe rest of a blocked answer never leaves the engine)
        screened: Verdict | None = None
        started = Started(request.request_id, 0, 0, settings.n_ctx)
        finished: Finished | None = None
        try:
            # closing(): if saving fails mid-answer, the engine is told to stop at once.
            with closing(self.engine.generate(request)) as events:
                for event in events:
                    if isinstance(event, Started):
                        started = event
                        observer.context_fitted(event)
                    elif isinstance(event, TokenBatch):
                        parts.append(event.text)
                        self.store.append_text(assistant_id, event.text)
                        observer.text_received(event.text)
                    elif isinstance(event, AnswerScreened):
                        screened = event.verdict
                    elif isinstance(event, Finished):
                        finished = event
                        break
            if finished is None:
                raise EngineCrashedError("The engine ended the answer without finishing it.")
            if screened is None or not screened.blocked:
                screened = self._guard_answer(facts, assistant_id, "".join(parts), screened)
        except EngineCrashedError as exc:
            self._record(facts, assistant_id, MessageStatus.INTERRUPTED, "".join(parts), "engine_crashed",
                         {"message": exc.message, "conversation": conversation_id})
            self.store.finish_message(assistant_id, MessageStatus.INTERRUPTED)
            raise
        except HearthError:
            if self.store.message(assistant_id).status == MessageStatus.ERROR:
                raise  # already withheld (and signed as such)
            if parts:
                self._sign_interrupted(facts, assistant_id, "".join(parts))
            else:
                self.store.delete_messages_from(assistant_id)
            raise
        if screened is not None and screened.blocked:
            return self._answer_blocked(facts, assistant_id, screened, started, "".join(parts), observer)
        return self._finish(facts, assistant_id, finished, started, "".join(parts), screened)

    def _guard_answer(self, facts: _TurnFacts, assistant_id: int, text: str,
                      screened: Verdict | None) -> Verdict | None:
        """The guard model's verdict on the finished answer, when the profile uses one and it is stricter.

        A guard the profile requires that cannot run withholds the answer (its text is removed).
        """
        profile = facts.profile
        if not (self.safety and profile) or profile.guard == GUARD_OFF:
            return screened
        try:
            findings = self.safety.screen.guard_answer(self.store.message(facts.user_id).content, text, profile)
        except HearthError as exc:
            self.store.set_safety(assistant_id, "", MessageStatus.ERROR, clear_text=True)
            self._record(facts, assistant_id, MessageStatus.ERROR, "", "turn_completed",
                         {"conversation": facts.conversation_id, "message": assistant_id,
                          "status": MessageStatus.ERROR, "problem": exc.message})
            self.store.finish_message(assistant_id, MessageStatus.ERROR)
            raise
        verdict = decide(findings, profile, "answer") if findings else None
        if verdict is not None and verdict.action.severity > (screened.action.severity if screened else 0):
            return verdict
        return screened

    def _answer_screen(self, profile: SafetyProfile | None) -> AnswerScreenSpec | None:
        """What the engine needs to screen the answer itself (None: answers are not screened)."""
        if not (self.safety and profile and self.safety.screen_answers and self.safety.screen.classifier):
            return None
        files = getattr(self.safety.screen.classifier, "files", lambda: None)()
        return AnswerScreenSpec(profile, *files) if files else AnswerScreenSpec(profile)

    def _screen_prompt(self, facts: _TurnFacts, observer: TurnObserver, fresh: bool) -> TurnResult | None:
        """Screen the user's message; a result means the turn ends here (blocked or withdrawn).

        A message that is withdrawn (or could not be screened) is deleted only when it is ``fresh``;
        an earlier message being answered again stays.
        """
        conversation_id, user_id, profile = facts.conversation_id, facts.user_id, facts.profile
        if not (self.safety and profile and self.safety.screen_prompts):
            return None
        user = self.store.message(user_id)
        try:
            verdict = self.safety.screen.screen_prompt(user.content, profile)
        except HearthError:
            if fresh:
                self.store.delete_messages_from(user_id)  # fail closed: nothing was checked, nothing is sent
            raise
        if verdict.action.severity == 0:
            return None
        self.store.set_safety(user_id, verdict.to_json())
        if verdict.blocked:
            assistant_id = self.store.add_message(conversation_id, "assistant", "", MessageStatus.BLOCKED)
            self.store.set_safety(assistant_id, verdict.to_json())
            self._record(facts, assistant_id, MessageStatus.BLOCKED, "", "screening_verdict",
                         verdict.audit_fields() | {"message": assistant_id}, audit_text=user.content)
            observer.screened(verdict)
            return self._refusal(conversation_id, assistant_id, MessageStatus.BLOCKED, verdict)
        self._audit("screening_verdict", verdict.audit_fields(), text=user.content)
        if observer.confirm_warning(verdict):
            self._audit("warning_overridden", verdict.audit_fields())
            return None
        if fresh:
            self.store.delete_messages_from(user_id)
        return self._refusal(conversation_id, -1, TurnStatus.WITHDRAWN, verdict)

    def _answer_blocked(self, facts: _TurnFacts, assistant_id: int, verdict: Verdict,
                        started: Started, text: str, observer: TurnObserver) -> TurnResult:
        # The chat store drops the text; the audit log keeps an HMAC of what was shown (or, in content
        # mode, that text encrypted); the chunk that was blocked never left the engine. The statement
        # is signed over the empty text the store keeps.
        self.store.set_safety(assistant_id, verdict.to_json(), MessageStatus.BLOCKED, clear_text=True)
        self._record(facts, assistant_id, MessageStatus.BLOCKED, "", "screening_verdict",
                     verdict.audit_fields() | {"message": assistant_id}, audit_text=text, answer_verdict=verdict)
        self.store.finish_message(assistant_id, MessageStatus.BLOCKED)
        observer.screened(verdict)
        return self._refusal(facts.conversation_id, assistant_id, MessageStatus.BLOCKED, verdict, started)

    @staticmethod
    def _refusal(conversation_id: int, assistant_id: int, status: str, verdict: Verdict,
                 started: Started | None = None) -> TurnResult:
        return TurnResult(conversation_id, assistant_id, status, "", started.prompt_tokens if started else 0, 0,
                          started.n_ctx if started else 0, 0, 0.0, 0.0, verdict)

    def _assemble_prompt(self, conversation_id: int, system_prompt: str,
                         profile: SafetyProfile | None) -> list[dict[str, str]]:
        """System prompt (plus the profile's addition) and every message the screen let through.

        The default prompt and the presets' additions are given in the user's language; text a person
        wrote is kept as written."""
        language = self.language() if self.language else "en"
        parts = (system_prompt, profile.system_prompt_addition if profile else "")
        system = "\n\n".join(localized(p, language) for p in parts if p)
        prompt = [{"role": "system", "content": system}] if system else []
        for message in self.store.messages(conversation_id):
            verdict = message.verdict
            if not message.content or message.status in (MessageStatus.ERROR, MessageStatus.BLOCKED):
                continue
            if verdict is not None and verdict.blocked:
                continue
            prompt.append({"role": message.role, "content": message.content})
        return prompt

    def _finish(self, facts: _TurnFacts, assistant_id: int, event: Finished, started: Started,
                text: str, screened: Verdict | None) -> TurnResult:
        conversation_id = facts.conversation_id
        status = MessageStatus.CANCELLED if event.reason == "cancelled" else MessageStatus.COMPLETE
        if event.fingerprint and facts.model is not None and facts.model.server is not None:
            facts.model = replace(facts.model, fingerprint=event.fingerprint)
        warned = screened if screened is not None and screened.warned else None
        if warned:
            self.store.set_safety(assistant_id, warned.to_json())
            self._audit("screening_verdict", warned.audit_fields() | {"message": assistant_id}, text=text)
        prompt_tokens = event.prompt_tokens or started.prompt_tokens  # a server counts its own prompt
        self._record(facts, assistant_id, status, text, "turn_completed", {
            "conversation": conversation_id, "message": assistant_id, "status": status,
            "prompt_tokens": prompt_tokens, "completion_tokens": event.completion_tokens,
            "dropped_messages": started.dropped_messages, "model_sha256": self._model_sha256(),
            **({"watermark": "not applied: inference server"} if facts.watermark_skipped else {}),
        }, answer_verdict=warned, completion_tokens=event.completion_tokens)
        self.store.finish_message(assistant_id, status, event.completion_tokens, event.tokens_per_second)
        return TurnResult(conversation_id, assistant_id, status, text, prompt_tokens, event.completion_tokens,
                          started.n_ctx, started.dropped_messages, event.seconds_to_first_token,
                          event.tokens_per_second, warned)

    def _load_model(self, n_ctx: int) -> ModelInfo:
        info = self.engine.ensure_loaded(self.model_path(), n_ctx)
        if info != self._audited_model:
            self._audited_model = info
            where = {"server": info.server, "weights_hashed_locally": False} if info.server else \
                {"file": Path(info.path).name, "size_bytes": info.size_bytes}
            self._audit("model_loaded", {"name": info.name, "sha256": self._model_sha256(), **where,
                                         "n_ctx": info.n_ctx, "load_seconds": round(info.load_seconds, 3)})
        return info

    def _model_sha256(self) -> str | None:
        """The local model file's SHA-256 (None for a server's model: its weights are not here to hash)."""
        info = self._audited_model
        return file_sha256(Path(info.path)) if info is not None and info.server is None else None

    @staticmethod
    def _model_facts(info: ModelInfo) -> ModelFacts:
        if info.server is not None:
            return ModelFacts(info.name, None, None, None, 0, info.n_ctx, server=info.server)
        return ModelFacts(info.name, Path(info.path).name, file_sha256(Path(info.path)),
                          quantization_name(info.metadata, Path(info.path).name), info.size_bytes, info.n_ctx)

    # provenance ---------------------------------------------------------------

    def _record(self, facts: _TurnFacts, assistant_id: int, status: str, text: str, kind: str,
                fields: Mapping[str, Any], audit_text: str | None = None, answer_verdict: Verdict | None = None,
                completion_tokens: int = 0) -> None:
        """Sign the answer's statement, write the audit entry ``kind`` that names it, keep it with the message.

        The statement records the index of its audit entry and the entry records the statement's
        digest, so each points at the other. ``audit_text`` (default: ``text``) is what the audit
        entry keeps an HMAC of.
        """
        audit_text = text if audit_text is None else audit_text
        if self.signer is None:
            self._audit(kind, dict(fields), text=audit_text)
            return
        signer = self.signer
        signed: list[Envelope] = []

        def fields_for(index: int | None) -> dict[str, Any]:
            record = self._provenance(facts, assistant_id, status, index, answer_verdict, completion_tokens)
            signed.append(sign_answer(signer, text, record))
            return {**fields, "provenance_sha256": envelope_sha256(signed[0])}

        if self.audit is not None:
            self.audit.append_numbered(kind, fields_for, text=audit_text)
        else:
            fields_for(None)
        self.store.set_provenance(assistant_id, signed[0].to_json(), text_digest(text))

    def _provenance(self, facts: _TurnFacts, assistant_id: int, status: str, audit_index: int | None,
                    answer_verdict: Verdict | None, completion_tokens: int) -> AnswerProvenance:
        prompt_verdict = self.store.message(facts.user_id).verdict
        profile = facts.profile
        spec = facts.watermark
        return AnswerProvenance(
            status=status, app_version=__version__, model=facts.model, sampling=facts.sampling,
            profile={} if profile is None else {"id": profile.id, "name": profile.name,
                                                "hash": profile.content_hash},
            screening={"prompt": prompt_verdict.audit_fields() if prompt_verdict else None,
                       "answer": answer_verdict.audit_fields() if answer_verdict else None},
            started_at=facts.started_at, finished_at=utc_now(), completion_tokens=completion_tokens,
            watermark=None if spec is None else {"keyId": spec.key_id, **spec.params.to_data()},
            audit=None if audit_index is None or self.audit is None else {"log": self.audit.origin,
                                                                          "index": audit_index},
            conversation_id=facts.conversation_id, message_id=assistant_id,
            extra={"watermarkNotApplied": "the answer came from an inference server, whose sampler Hearth "
                                          "cannot reach"} if facts.watermark_skipped else {})

    def _sign_interrupted(self, facts: _TurnFacts, assistant_id: int, text: str) -> None:
        """Keep what was saved of an answer that failed part-way, signed as interrupted (best effort)."""
        self.store.finish_message(assistant_id, MessageStatus.INTERRUPTED)
        try:
            self._record(facts, assistant_id, MessageStatus.INTERRUPTED, text, "turn_completed",
                         {"conversation": facts.conversation_id, "message": assistant_id,
                          "status": MessageStatus.INTERRUPTED})
        except HearthError as exc:  # the failure being raised matters more; this one is logged
            log.warning("could not sign the interrupted answer %d: %s", assistant_id, exc.message)

    def _audit(self, kind: str, fields: dict[str, object], text: str | None = None) -> None:
        """Record an event; by default only an HMAC of ``text`` is kept, never the text."""
        if self.audit is not None:
            self.audit.append(kind, fields, text=text)

    def _maybe_title(self, conversation_id: int, text: str) -> None:
        if self.store.conversation(conversation_id).title == DEFAULT_TITLE:
            words = text.split()
            title = " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
            self.store.rename_conversation(conversation_id, title)


class _AlreadyConfirmed:
    """Passes everything to ``inner`` but answers a warning's question itself: the person already said yes."""

    def __init__(self, inner: TurnObserver) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def confirm_warning(self, verdict: Verdict) -> bool:
        del verdict
        return True


def _last(messages: list[Message], role: str) -> Message | None:
    return next((m for m in reversed(messages) if m.role == role), None)

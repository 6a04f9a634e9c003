"""The engine process: owns the ``Llama`` object and serves the message protocol.

This module runs in a child process started with the *spawn* context, so a
crash in native code (a bad model file, a CPU feature mismatch) kills only
this process. It is the only module that imports ``llama_cpp``.

Besides the chat model it can hold a second, small-context ``Llama``: a Llama
Guard 3 compatible guard model, loaded on the first :class:`GuardCheck` for
its path and kept until another path or :class:`Unload`. A :class:`Tokenize`
for a file other than the chat model opens that file's vocabulary only.

A :class:`Generate` with a ``watermark`` hands llama-cpp-python a
:class:`~app.provenance.watermark.WatermarkProcessor` (kept with the model, so
its green-list cache lives across answers); without one no logits processor
is passed at all, and the output is exactly llama-cpp-python's own.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any

from app.chat.context import ChatMessage, fit_to_context
from app.core.errors import HearthError
from app.core.frozen import redirect_missing_streams
from app.engine import remote
from app.engine.guard_prompt import GUARD_MAX_NEW_TOKENS, GUARD_N_CTX, Segment, fit_guard_prompt, \
    parse_guard_categories
from app.engine.protocol import (
    AnswerScreened, AnswerScreenSpec, Embed, Embedded, Failed, Finished, Generate, GuardCheck, GuardResult, Load,
    Loaded, ModelInfo, Shutdown, Started, TokenBatch, Tokenize, Tokenized, Unload,
)
from app.provenance.watermark import WatermarkProcessor, WatermarkSpec
from app.safety.classifier import Classifier, ClassifierWeights
from app.safety.embedder_worker import LocalEmbedder
from app.safety.screen import AnswerScreener, Screen

FLUSH_SECONDS = 0.025  # send tokens to the parent at most every 25 ms (first token at once)
MESSAGE_OVERHEAD_TOKENS = 8  # per-message template tokens when a model ships no template


def default_threads() -> int:
    """Physical-ish core count: llama.cpp is fastest with one thread per core."""
    return max(1, min(8, os.cpu_count() or 1))


class LoadedModel:
    """A llama.cpp model and the means to count its chat prompt's tokens."""

    def __init__(self, request: Load) -> None:
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        started = time.perf_counter()
        self.llm = Llama(
            model_path=request.model_path,
            n_ctx=request.n_ctx,
            n_threads=request.n_threads or default_threads(),
            n_threads_batch=request.n_threads or default_threads(),
            verbose=False,
        )
        self.load_seconds = time.perf_counter() - started
        meta = dict(self.llm.metadata)
        template = meta.get("tokenizer.chat_template")
        self.formatter = None
        if template:
            eos, bos = self.llm.token_eos(), self.llm.token_bos()
            self.formatter = Jinja2ChatFormatter(
                template=template,
                eos_token=self.llm._model.token_get_text(eos) if eos != -1 else "",
                bos_token=self.llm._model.token_get_text(bos) if bos != -1 else "",
                stop_token_ids=[eos],
            )
        self.info = ModelInfo(
            path=request.model_path,
            name=meta.get("general.name") or Path(request.model_path).stem,
            n_ctx=self.llm.n_ctx(),
            n_ctx_train=int(self.llm._model.n_ctx_train()),
            n_params=int(self.llm._model.n_params()),
            size_bytes=Path(request.model_path).stat().st_size,
            load_seconds=self.load_seconds,
            metadata={k: v for k, v in meta.items() if not k.startswith("tokenizer.chat_template")},
        )
        self._watermark: WatermarkProcessor | None = None
        self.accepts_system = self.formatter is None or template_accepts_system(self.formatter)

    def adapt(self, messages: Sequence[ChatMessage]) -> list[ChatMessage]:
        """``messages`` as this model's template takes them: a template that refuses the system role (Gemma's)
        gets the system prompt folded into the first user message instead of an error on every turn."""
        return list(messages) if self.accepts_system else fold_system_message(messages)

    def watermark_processor(self, watermark: WatermarkSpec | None) -> WatermarkProcessor | None:
        """The processor for ``watermark`` (kept while the spec stays the same, with its cache), or None."""
        if watermark is None:
            return None
        if self._watermark is None or self._watermark.spec != watermark:
            self._watermark = WatermarkProcessor(watermark, self.llm.n_vocab())
        self._watermark.error = None
        return self._watermark

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """Tokens the chat prompt for ``messages`` takes, as the chat handler will build it."""
        if self.formatter is not None:
            result = self.formatter(messages=self.adapt(messages))
            return len(self.llm.tokenize(result.prompt.encode("utf-8"),
                                         add_bos=not result.added_special, special=True))
        return sum(len(self.llm.tokenize(m["content"].encode("utf-8"), add_bos=False)) + MESSAGE_OVERHEAD_TOKENS
                   for m in messages)


def template_accepts_system(formatter: Any) -> bool:
    """Whether a chat template renders a conversation that opens with a system message."""
    try:
        formatter(messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}])
    except Exception:  # noqa: BLE001 - a template raises whatever it likes (raise_exception, TemplateError)
        return False
    return True


def fold_system_message(messages: Sequence[ChatMessage]) -> list[ChatMessage]:
    """The conversation without system messages: their text opens the first user message."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system" and m["content"].strip())
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if system:
        first_user = next((m for m in rest if m["role"] == "user"), None)
        if first_user is None:
            rest.insert(0, {"role": "user", "content": system})
        else:
            first_user["content"] = f"{system}\n\n{first_user['content']}"
    return rest  # type: ignore[return-value]


class LoadedGuard:
    """A Llama Guard 3 compatible model that scores one conversation at a time.

    The score is the next-token probability of ``unsafe`` against ``safe``
    (a softmax over just the first token of each word) right after the
    prompt; the category line is read by greedy decoding only when asked.
    """

    def __init__(self, path: str, n_threads: int) -> None:
        from llama_cpp import Llama

        self.path = path
        self.llm = Llama(model_path=path, n_ctx=GUARD_N_CTX, n_threads=n_threads,
                         n_threads_batch=n_threads, verbose=False)
        self.safe_token = self._plain_tokens("safe")[0]
        self.unsafe_tokens = self._plain_tokens("unsafe")
        if self.safe_token == self.unsafe_tokens[0]:
            raise ValueError("its vocabulary starts 'safe' and 'unsafe' with the same token, so it cannot be scored")

    def _plain_tokens(self, text: str) -> list[int]:
        tokens = self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)
        if not tokens:
            raise ValueError(f"its tokenizer gives no tokens for {text!r}")
        return tokens

    def tokenize(self, segments: list[Segment]) -> list[int]:
        """Template text may spell special tokens; message text is always plain text."""
        tokens: list[int] = []
        for text, trusted in segments:
            tokens += self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=trusted)
        return tokens

    def check(self, command: GuardCheck) -> tuple[float, list[str]]:
        """The probability that the last message is unsafe, and the requested categories the guard names."""
        budget = GUARD_N_CTX - len(self.unsafe_tokens) - GUARD_MAX_NEW_TOKENS - 1
        prompt = fit_guard_prompt(command.role, command.conversation, command.categories, self.tokenize, budget)
        self.llm.reset()
        self.llm.eval(prompt)
        logits = self._last_logits()
        margin = float(logits[self.unsafe_tokens[0]]) - float(logits[self.safe_token])
        p_unsafe = 1.0 / (1.0 + math.exp(-margin)) if margin > -700 else 0.0
        if p_unsafe < command.categories_from:
            return p_unsafe, []
        return p_unsafe, parse_guard_categories(self._unsafe_answer(), [cid for cid, _ in command.categories])

    def _unsafe_answer(self) -> str:
        """The guard's answer once its verdict is set to 'unsafe': greedy decoding to the end of the next line."""
        import llama_cpp

        self.llm.eval(self.unsafe_tokens)
        generated: list[int] = []
        answer = "unsafe"
        for _ in range(GUARD_MAX_NEW_TOKENS):
            token = int(self._last_logits().argmax())
            if llama_cpp.llama_vocab_is_eog(self.llm._model.vocab, token):
                break
            generated.append(token)
            answer = "unsafe" + self.llm.detokenize(generated).decode("utf-8", errors="ignore")
            if answer.endswith("\n") and sum(1 for line in answer.splitlines() if line.strip()) >= 2:
                break  # the category line has ended
            self.llm.eval([token])
        return answer

    def _last_logits(self) -> Any:
        import numpy as np

        return np.ctypeslib.as_array(self.llm._ctx.get_logits_ith(-1), shape=(self.llm.n_vocab(),))


class Vocabulary:
    """A GGUF file's vocabulary alone (no weights, no context), to tokenise text for a model that is not loaded."""

    def __init__(self, path: str) -> None:
        import llama_cpp
        from llama_cpp._internals import LlamaModel

        params = llama_cpp.llama_model_default_params()
        params.vocab_only = True
        self.path = path
        self.model = LlamaModel(path_model=path, params=params, verbose=False)

    def tokenize(self, text: bytes, add_bos: bool, special: bool) -> list[int]:
        return list(self.model.tokenize(text, add_bos, special))


def answer_tokens(tokenizer: Any, text: str) -> list[int]:
    """``text`` tokenised as answer text by a ``Llama`` or a :class:`Vocabulary`: no BOS, special-token
    spellings read as plain text."""
    return [int(token) for token in tokenizer.tokenize(text.encode("utf-8"), add_bos=False, special=False)]


class ScreenModels:
    """The screen's embedding model (one copy per engine process) and the answer screen built on it.

    The parent asks for prompt embeddings (:class:`Embed`); answers are
    screened here between tokens, so generation and screening take turns on
    the same cores instead of competing for them.
    """

    def __init__(self) -> None:
        self._embedders: dict[str, LocalEmbedder] = {}  # by model path: the prompt and the answer model
        self._screen: Screen | None = None
        self._screen_key: tuple[str, str] | None = None

    def embedder(self, model_path: str, n_threads: int) -> LocalEmbedder:
        if model_path not in self._embedders:
            self._embedders[model_path] = LocalEmbedder(model_path, n_threads)
        return self._embedders[model_path]

    def screener(self, spec: AnswerScreenSpec, n_threads: int) -> AnswerScreener | None:
        if spec.embedder_path is None or spec.weights_path is None:
            return None
        key = (spec.embedder_path, spec.weights_path)
        if self._screen is None or self._screen_key != key:
            answers = self.embedder(spec.embedder_path, n_threads)
            weights = ClassifierWeights.load(Path(spec.weights_path))
            self._screen = Screen(Classifier(answers, weights, answer_embedder=answers))
            self._screen_key = key
        return self._screen.answer_screener(spec.profile)


def serve(conn: Connection, cancel: EventType) -> None:
    """The child's main loop: one command at a time until Shutdown or the parent goes away."""
    model: LoadedModel | None = None
    screens = ScreenModels()
    guard: LoadedGuard | None = None
    vocabulary: Vocabulary | None = None
    n_threads: int | None = None
    while True:
        try:
            command = conn.recv()
        except (EOFError, OSError):
            return
        if isinstance(command, Shutdown):
            return
        if isinstance(command, Unload):
            model = guard = vocabulary = None
        elif isinstance(command, Load):
            model = None
            n_threads = command.n_threads
            model = _load(conn, command)
        elif isinstance(command, Embed):
            _embed(conn, command, screens, command.n_threads or n_threads or default_threads())
        elif isinstance(command, Tokenize):
            vocabulary = _tokenize(conn, command, model, vocabulary)
        elif isinstance(command, GuardCheck):
            guard = _guard_check(conn, command, guard, command.n_threads or n_threads or default_threads())
        elif isinstance(command, Generate) and command.remote is not None:
            _generate_remote(conn, cancel, command, screens, n_threads or default_threads())
        elif isinstance(command, Generate):
            if model is None:
                conn.send(Failed(command.request_id, "ModelLoadError", "No model is loaded."))
            else:
                _generate(conn, cancel, model, command, screens, n_threads or default_threads())


def _embed(conn: Connection, command: Embed, screens: ScreenModels, n_threads: int) -> None:
    try:
        vectors = screens.embedder(command.model_path, n_threads).embed(command.texts)
    except Exception as exc:  # noqa: BLE001 - reported; the parent fails closed
        conn.send(Failed(command.request_id, "ScreeningUnavailableError",
                         f"The safety screen's model could not read the text: {exc}"))
        return
    conn.send(Embedded(command.request_id, vectors))


def _tokenize(conn: Connection, command: Tokenize, model: LoadedModel | None,
              vocabulary: Vocabulary | None) -> Vocabulary | None:
    """Answer one Tokenize with the chat model when it is that file, else its vocabulary; returns the one to keep."""
    try:
        if model is not None and model.info.path == command.model_path:
            tokens = answer_tokens(model.llm, command.text)
        else:
            if vocabulary is None or vocabulary.path != command.model_path:
                vocabulary = None  # free the old one first
                vocabulary = Vocabulary(command.model_path)
            tokens = answer_tokens(vocabulary, command.text)
    except Exception as exc:  # noqa: BLE001 - reported; the parent decides what to do
        conn.send(Failed(command.request_id, "ModelLoadError",
                         f"llama.cpp could not tokenise with {Path(command.model_path).name}: {exc}"))
        return vocabulary
    conn.send(Tokenized(command.request_id, tokens))
    return vocabulary


def _load(conn: Connection, command: Load) -> LoadedModel | None:
    try:
        model = LoadedModel(command)
    except Exception as exc:  # noqa: BLE001 - every load failure is reported to the parent
        conn.send(Failed(None, "ModelLoadError",
                         f"llama.cpp could not load {Path(command.model_path).name}: {exc}",
                         "The file may be damaged, incomplete, or made for a newer llama.cpp."))
        return None
    conn.send(Loaded(model.info))
    return model


def _guard_check(conn: Connection, command: GuardCheck, guard: LoadedGuard | None,
                 n_threads: int) -> LoadedGuard | None:
    """Answer one GuardCheck (loading its guard first if needed); returns the guard to keep."""
    received = time.perf_counter()
    name = Path(command.guard_path).name
    if guard is None or guard.path != command.guard_path:
        guard = None  # free the old guard before loading another
        try:
            guard = LoadedGuard(command.guard_path, n_threads)
        except Exception as exc:  # noqa: BLE001 - every load failure is reported to the parent
            conn.send(Failed(command.request_id, "GuardUnavailableError",
                             f"llama.cpp could not load the guard model {name}: {exc}",
                             "Choose a Llama Guard 3 compatible GGUF file, or turn the guard model off."))
            return None
    try:
        p_unsafe, categories = guard.check(command)
    except Exception as exc:  # noqa: BLE001 - reported; the guard stays loaded for the next text
        conn.send(Failed(command.request_id, "GuardUnavailableError",
                         f"The guard model {name} could not check this text: {exc}"))
        return guard
    conn.send(GuardResult(command.request_id, p_unsafe, categories, time.perf_counter() - received))
    return guard


def _answer_screener(conn: Connection, command: Generate, screens: ScreenModels,
                     n_threads: int) -> tuple[bool, AnswerScreener | None]:
    """The answer's screener (None when answers are not screened); False first when it could not start."""
    if command.answer_screen is None:
        return True, None
    try:
        return True, screens.screener(command.answer_screen, n_threads)
    except Exception as exc:  # noqa: BLE001 - fail closed: no answer without its screen
        conn.send(Failed(command.request_id, "ScreeningUnavailableError",
                         f"The answer screen could not start: {exc}.",
                         "Nothing was generated. Reinstall Hearth if this keeps happening."))
        return False, None


def _generate_remote(conn: Connection, cancel: EventType, command: Generate, screens: ScreenModels,
                     n_threads: int) -> None:
    """Stream the answer from the inference server in ``command.remote``, screened here as a local one is."""
    received = time.perf_counter()
    target = command.remote
    assert target is not None
    ready, screener = _answer_screener(conn, command, screens, n_threads)
    if not ready:
        return
    if command.watermark is not None:  # the parent never asks; refuse rather than answer unmarked
        conn.send(Failed(command.request_id, "ModelLoadError", "An inference server cannot apply the watermark.",
                         "Nothing was generated."))
        return
    try:
        fitted = fit_to_context(command.messages, remote.estimate_tokens, target.n_ctx, command.max_tokens)
        conn.send(Started(command.request_id, fitted.prompt_tokens, fitted.dropped_messages, target.n_ctx))
        body = remote.chat_body(target, target.model, fitted.messages, command.max_tokens, command.temperature,
                                command.top_p, command.seed)
        stream = remote.ChatStream(target, body)
        _stream_tokens(conn, cancel, stream, command.request_id, fitted.prompt_tokens, received, screener)
    except HearthError as exc:
        conn.send(Failed(command.request_id, type(exc).__name__, exc.message, exc.advice, exc.translation))


def _generate(conn: Connection, cancel: EventType, model: LoadedModel, command: Generate,
              screens: ScreenModels, n_threads: int) -> None:
    received = time.perf_counter()
    ready, screener = _answer_screener(conn, command, screens, n_threads)
    if not ready:
        return
    try:
        processor = model.watermark_processor(command.watermark)
    except Exception as exc:  # noqa: BLE001 - fail closed: no answer without the watermark it was asked to carry
        conn.send(Failed(command.request_id, "ModelLoadError", f"The answer watermark could not be applied: {exc}.",
                         "Nothing was generated. Turn the watermark off, or reinstall Hearth."))
        return
    try:
        fitted = fit_to_context(command.messages, model.count_tokens, model.info.n_ctx, command.max_tokens)
    except HearthError as exc:
        conn.send(Failed(command.request_id, type(exc).__name__, exc.message, exc.advice, exc.translation))
        return
    conn.send(Started(command.request_id, fitted.prompt_tokens, fitted.dropped_messages, model.info.n_ctx))
    stream = model.llm.create_chat_completion(
        messages=model.adapt(fitted.messages),  # type: ignore[arg-type]  # folded after fitting: kept whole
        stream=True,
        max_tokens=command.max_tokens,
        temperature=command.temperature,
        top_p=command.top_p,
        seed=None if command.seed < 0 else command.seed,
        **_processor_options(processor),
    )
    if processor is None:
        _stream_tokens(conn, cancel, stream, command.request_id, fitted.prompt_tokens, received, screener)
        return
    try:
        _stream_tokens(conn, cancel, _watermarked(stream, processor), command.request_id, fitted.prompt_tokens,
                       received, screener)
    except WatermarkFailure as exc:
        conn.send(Failed(command.request_id, "ModelLoadError", f"The answer watermark stopped working: {exc}.",
                         "The answer was cut short. Turn the watermark off, or reinstall Hearth."))


class WatermarkFailure(Exception):
    """The watermark processor failed inside llama.cpp's sampler (where exceptions are only printed)."""


def _processor_options(processor: WatermarkProcessor | None) -> dict[str, Any]:
    """Extra arguments for the completion call: the logits processor when watermarking, else none at all."""
    if processor is None:
        return {}
    from llama_cpp import LogitsProcessorList

    return {"logits_processor": LogitsProcessorList([processor])}


def _watermarked(stream: Iterator[Any], processor: WatermarkProcessor) -> Iterator[Any]:
    """The stream's chunks, stopping with WatermarkFailure before the first token the processor failed on."""
    try:
        for chunk in stream:
            if processor.error is not None:
                raise WatermarkFailure(str(processor.error)) from processor.error
            yield chunk
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()


def _stream_tokens(conn: Connection, cancel: EventType, stream: Any, request_id: int,
                   prompt_tokens: int, received: float, screener: AnswerScreener | None = None) -> None:
    """Send the answer in batches; with a screener, only text that has passed it, chunk by chunk."""
    pending: list[str] = []
    pending_tokens = 0
    completion_tokens = 0
    first_token_at: float | None = None
    last_flush = 0.0
    reason = "stop"
    try:
        for chunk in stream:
            if cancel.is_set():
                reason = "cancelled"
                break
            choice = chunk["choices"][0]
            text = choice["delta"].get("content") or ""
            if choice.get("finish_reason"):
                reason = choice["finish_reason"]
            if not text:
                continue
            now = time.perf_counter()
            completion_tokens += 1
            pending_tokens += 1
            if first_token_at is None:
                first_token_at = now
            if screener is not None:
                released = screener.feed(text).text
                if screener.blocked:
                    reason = "blocked"
                    break
                if released:
                    conn.send(TokenBatch(request_id, released, pending_tokens))
                    pending_tokens = 0
                continue
            pending.append(text)
            if first_token_at == now or now - last_flush >= FLUSH_SECONDS:
                conn.send(TokenBatch(request_id, "".join(pending), pending_tokens))
                pending.clear()
                pending_tokens = 0
                last_flush = now
    finally:
        stream.close()
    if screener is not None:
        if not screener.blocked:
            pending.append(screener.finish().text)
        if screener.blocked:
            reason, pending = "blocked", []
        if screener.worst is not None and screener.worst.action.severity > 0:
            conn.send(AnswerScreened(request_id, screener.worst))
    if any(pending):
        conn.send(TokenBatch(request_id, "".join(pending), pending_tokens))
    done = time.perf_counter()
    first = first_token_at or done
    counted = getattr(stream, "prompt_tokens", None)  # a server's own count, when it reported one
    conn.send(Finished(request_id, reason, counted or prompt_tokens, completion_tokens, first - received,
                       done - first, getattr(stream, "fingerprint", None)))


def main(conn: Connection, cancel: EventType) -> None:
    """Process entry point (the target given to multiprocessing)."""
    redirect_missing_streams()  # a windowed build's child has no console either
    try:
        serve(conn, cancel)
    except (BrokenPipeError, ConnectionResetError):
        return  # the parent has gone away: nothing left to answer
    finally:
        conn.close()

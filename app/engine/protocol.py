"""Messages exchanged between the parent and the engine process.

Parent to child: :class:`Load`, :class:`Generate`, :class:`GuardCheck`, :class:`Embed`,
:class:`Tokenize`, :class:`Unload`, :class:`Shutdown` (cancellation travels on a shared event,
so it reaches the child even while it is busy). Child to parent:
:class:`Loaded`, :class:`Started`, :class:`TokenBatch`, :class:`AnswerScreened`,
:class:`Finished`, :class:`GuardResult`, :class:`Embedded`, :class:`Tokenized`, :class:`Failed`.
All are small picklable dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.errors import Translation
from app.provenance.watermark import WatermarkSpec
from app.safety.profiles import SafetyProfile
from app.safety.verdict import Verdict


@dataclass(frozen=True)
class RemoteTarget:
    """An OpenAI-compatible inference server to take the answer's tokens from (see app.engine.remote).

    ``url`` is the normalised base address (no ``/v1``), ``model`` the server's
    model id ("" for its only model). The key never appears in a repr.
    """

    url: str
    model: str = ""
    api_key: str | None = field(default=None, repr=False)
    connect_timeout: float = 5.0
    read_timeout: float = 120.0  # between two chunks of a streamed answer
    n_ctx: int = 4096  # the context the conversation is fitted to (estimated: the server's tokenizer is there)
    usage_in_stream: bool = True  # ask for the prompt's token count (stream_options.include_usage)


@dataclass(frozen=True)
class Load:
    model_path: str
    n_ctx: int
    n_threads: int | None = None


@dataclass(frozen=True)
class AnswerScreenSpec:
    """Screen the answer inside the engine, under ``profile``, with these classifier files.

    The engine runs the screen between tokens, in the same process and on the
    same cores as generation, so the two never compete for the CPU. Paths are
    None for an in-process engine that brings its own screen (tests).
    """

    profile: SafetyProfile
    embedder_path: str | None = None
    weights_path: str | None = None


@dataclass(frozen=True)
class Generate:
    """One answer. With ``watermark`` set the engine biases green tokens (see app.provenance.watermark);
    without it, generation is exactly what llama-cpp-python does on its own. With ``remote`` set the
    tokens come from that server, screened here all the same (a watermark cannot be applied there)."""

    request_id: int
    messages: list[dict[str, str]]
    max_tokens: int
    temperature: float
    top_p: float
    seed: int
    answer_screen: AnswerScreenSpec | None = None
    watermark: WatermarkSpec | None = None
    remote: RemoteTarget | None = None  # take the tokens from this server instead of the loaded model


@dataclass(frozen=True)
class GuardCheck:
    """Score the last message of ``conversation`` with a Llama Guard 3 compatible model.

    ``role`` names whose message is judged: ``"user"`` (a prompt) or ``"agent"``
    (an answer). ``conversation`` holds ``{"role": "user"|"assistant", "content": ...}``
    dicts, oldest first, ending with the judged message. ``categories`` are the
    ``(id, name)`` pairs the guard's policy lists, e.g. ``("S1", "Violent Crimes")``.
    The child loads the guard on first use and keeps it until another path or
    :class:`Unload`. It reads the guard's category line only when ``p_unsafe``
    reaches ``categories_from``.
    """

    request_id: int
    guard_path: str
    role: str
    conversation: list[dict[str, str]]
    categories: list[tuple[str, str]]
    n_threads: int | None = None
    categories_from: float = 0.5


@dataclass(frozen=True)
class Embed:
    """Sentence embeddings of ``texts`` from the embedding GGUF at ``model_path`` (for the prompt screen)."""

    request_id: int
    model_path: str
    texts: list[str]
    n_threads: int | None = None


@dataclass(frozen=True)
class Embedded:
    request_id: int
    vectors: Any  # a float32 numpy array, one L2-normalised row per text


@dataclass(frozen=True)
class Tokenize:
    """The token ids of ``text`` in the vocabulary of the GGUF at ``model_path`` (for watermark detection).

    Tokenised as answer text is: no BOS token, and special-token spellings
    read as plain text. The child uses the loaded chat model when the path
    matches, otherwise it opens the file's vocabulary only.
    """

    request_id: int
    model_path: str
    text: str


@dataclass(frozen=True)
class Tokenized:
    request_id: int
    tokens: list[int]


@dataclass(frozen=True)
class Unload:
    """Free the model's memory; the process stays up."""


@dataclass(frozen=True)
class Shutdown:
    """End the engine process."""


@dataclass(frozen=True)
class ModelInfo:
    path: str
    name: str
    n_ctx: int
    n_ctx_train: int
    n_params: int
    size_bytes: int
    load_seconds: float
    metadata: dict[str, str] = field(default_factory=dict)
    server: str | None = None  # the inference server's address when the model runs there (not hashed here)


@dataclass(frozen=True)
class Loaded:
    info: ModelInfo


@dataclass(frozen=True)
class Started:
    request_id: int
    prompt_tokens: int
    dropped_messages: int
    n_ctx: int


@dataclass(frozen=True)
class TokenBatch:
    request_id: int
    text: str
    n_tokens: int


@dataclass(frozen=True)
class AnswerScreened:
    """The answer screen warned about or blocked the answer (a block ends it: Finished follows)."""

    request_id: int
    verdict: Verdict


@dataclass(frozen=True)
class Finished:
    request_id: int
    reason: str  # "stop", "length", "cancelled" or "blocked" (by the answer screen)
    prompt_tokens: int
    completion_tokens: int
    seconds_to_first_token: float
    generation_seconds: float
    fingerprint: str | None = None  # a remote server's system_fingerprint, when it sent one

    @property
    def tokens_per_second(self) -> float:
        return self.completion_tokens / self.generation_seconds if self.generation_seconds > 0 else 0.0


@dataclass(frozen=True)
class GuardResult:
    """The guard's probability that the judged message is unsafe and the category ids it named.

    ``seconds`` is the time the child spent on the request, a first-use load included.
    """

    request_id: int
    p_unsafe: float
    categories: list[str]
    seconds: float


@dataclass(frozen=True)
class Failed:
    request_id: int | None
    error: str  # the name of a HearthError subclass
    message: str
    advice: str = ""
    translation: Translation | None = None  # the error's templates, so the window can show it translated


Event = Loaded | Started | TokenBatch | AnswerScreened | Finished | Failed

"""Messages exchanged between the parent and the engine process.

Parent to child: :class:`Load`, :class:`Generate`, :class:`GuardCheck`,
:class:`Unload`, :class:`Shutdown` (cancellation travels on a shared event,
so it reaches the child even while it is busy). Child to parent:
:class:`Loaded`, :class:`Started`, :class:`TokenBatch`, :class:`Finished`,
:class:`GuardResult`, :class:`Failed`. All are small picklable dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Load:
    model_path: str
    n_ctx: int
    n_threads: int | None = None


@dataclass(frozen=True)
class Generate:
    request_id: int
    messages: list[dict[str, str]]
    max_tokens: int
    temperature: float
    top_p: float
    seed: int


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
class Finished:
    request_id: int
    reason: str  # "stop", "length" or "cancelled"
    prompt_tokens: int
    completion_tokens: int
    seconds_to_first_token: float
    generation_seconds: float

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


Event = Loaded | Started | TokenBatch | Finished | Failed

"""Messages exchanged between the parent and the engine process.

Parent to child: :class:`Load`, :class:`Generate`, :class:`Unload`,
:class:`Shutdown` (cancellation travels on a shared event, so it reaches the
child even while it is busy). Child to parent: :class:`Loaded`,
:class:`Started`, :class:`TokenBatch`, :class:`Finished`, :class:`Failed`.
All are small picklable dataclasses.
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
class Failed:
    request_id: int | None
    error: str  # the name of a HearthError subclass
    message: str
    advice: str = ""


Event = Loaded | Started | TokenBatch | Finished | Failed

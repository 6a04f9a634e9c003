"""The engine process with the real bundled model: streaming, cancel, crash and bad files."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from app.core.errors import ContextOverflowError, EngineCrashedError, ModelFileError, ModelLoadError, \
    ModelMemoryError
from app.engine.client import EngineProcess
from app.engine.protocol import Finished, Generate, Started, TokenBatch
from app.models.files import bundled_model_path, check_memory_fit

pytestmark = pytest.mark.real_model
SYSTEM = {"role": "system", "content": "You are Hearth, a helpful assistant. Answer clearly and concisely."}
STORY = [SYSTEM, {"role": "user", "content": "Write a very long story about a dragon and a lighthouse."}]


@pytest.fixture(scope="module")
def engine(loaded_engine: EngineProcess) -> EngineProcess:
    return loaded_engine


def request(engine: EngineProcess, messages: list[dict[str, str]], max_tokens: int = 64,
            seed: int = 1) -> Generate:
    return Generate(engine.new_request_id(), messages, max_tokens, 0.0, 1.0, seed)


def test_model_info_describes_the_bundled_model(engine: EngineProcess) -> None:
    info = engine.model_info
    assert info is not None
    assert "135M" in info.name and info.n_ctx == 2048 and info.n_params > 100_000_000
    assert info.size_bytes == bundled_model_path().stat().st_size


def test_generation_streams_started_batches_then_finished(engine: EngineProcess) -> None:
    events = list(engine.generate(request(engine, [SYSTEM, {"role": "user", "content":
                                                            "What is the capital of France?"}])))
    assert isinstance(events[0], Started) and events[0].prompt_tokens > 10
    assert isinstance(events[-1], Finished) and events[-1].reason in ("stop", "length")
    text = "".join(e.text for e in events if isinstance(e, TokenBatch))
    assert "Paris" in text
    assert sum(e.n_tokens for e in events if isinstance(e, TokenBatch)) == events[-1].completion_tokens


def test_cancel_stops_within_200_ms(engine: EngineProcess) -> None:
    stream = engine.generate(request(engine, STORY, max_tokens=1500))
    batches = 0
    for event in stream:
        if isinstance(event, TokenBatch):
            batches += 1
            if batches == 3:
                asked = time.perf_counter()
                engine.cancel()
        if isinstance(event, Finished):
            stopped = time.perf_counter() - asked
            assert event.reason == "cancelled"
            break
    assert stopped < 0.2
    # The engine is immediately usable again.
    again = list(engine.generate(request(engine, [SYSTEM, {"role": "user", "content": "Say hello."}], 8)))
    assert isinstance(again[-1], Finished) and again[-1].reason != "cancelled"


def test_a_prompt_larger_than_the_context_is_a_clear_error(engine: EngineProcess) -> None:
    huge = [SYSTEM, {"role": "user", "content": "lorem ipsum " * 3000}]
    with pytest.raises(ContextOverflowError) as info:
        list(engine.generate(request(engine, huge)))
    assert "context window" in info.value.message
    assert engine.is_running()


def test_history_that_no_longer_fits_drops_the_oldest_turns(engine: EngineProcess) -> None:
    history = [SYSTEM]
    for i in range(40):
        history += [{"role": "user", "content": f"Tell me fact number {i} about otters. " * 3},
                    {"role": "assistant", "content": "Otters hold hands while they sleep. " * 6}]
    history.append({"role": "user", "content": "Thanks!"})
    events = list(engine.generate(request(engine, history, max_tokens=32)))
    started = events[0]
    assert isinstance(started, Started)
    assert started.dropped_messages > 0 and started.dropped_messages % 2 == 0
    assert started.prompt_tokens <= 2048 - 32


def test_killing_the_engine_mid_answer_raises_and_the_next_load_restarts_it(tmp_path: Path) -> None:
    process = EngineProcess(n_threads=2)
    try:
        process.ensure_loaded(bundled_model_path(), 1024)
        first_pid = process.pid
        received = []
        with pytest.raises(EngineCrashedError) as info:
            for event in process.generate(request(process, STORY, max_tokens=800)):
                if isinstance(event, TokenBatch):
                    received.append(event.text)
                    if len(received) == 2:
                        os.kill(first_pid, signal.SIGKILL)
        assert "stopped unexpectedly" in info.value.message
        assert not process.is_running()
        process.ensure_loaded(bundled_model_path(), 1024)
        assert process.pid not in (None, first_pid)
        events = list(process.generate(request(process, [SYSTEM, {"role": "user", "content": "Hi"}], 8)))
        assert isinstance(events[-1], Finished)
    finally:
        process.shutdown()


def test_files_that_are_not_models_are_refused_before_llama_cpp_opens_them(tmp_path: Path) -> None:
    process = EngineProcess(n_threads=1)
    text = tmp_path / "notes.gguf"
    text.write_text("hello")
    with pytest.raises(ModelFileError, match="not a GGUF model file"):
        process.ensure_loaded(text, 512)
    with pytest.raises(ModelFileError, match="does not exist"):
        process.ensure_loaded(tmp_path / "missing.gguf", 512)
    assert not process.is_running()


def test_a_truncated_model_is_a_clear_error_and_the_engine_recovers(tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.gguf"
    with bundled_model_path().open("rb") as source:
        truncated.write_bytes(source.read(4 * 1024 * 1024))
    process = EngineProcess(n_threads=1)
    try:
        with pytest.raises((ModelLoadError, ModelFileError)) as info:
            process.ensure_loaded(truncated, 512)
        assert "truncated.gguf" in info.value.message
        assert info.value.advice
        info_ok = process.ensure_loaded(bundled_model_path(), 512)
        assert info_ok.n_ctx == 512
    finally:
        process.shutdown()


def test_a_model_that_cannot_fit_in_memory_is_refused() -> None:
    with pytest.raises(ModelMemoryError) as info:
        check_memory_fit(bundled_model_path(), 2048, available_bytes=50 * 1024 * 1024)
    assert "only 0.0 GB is free" in info.value.message
    check_memory_fit(bundled_model_path(), 2048, available_bytes=8 * 1024**3)


def test_an_abandoned_stream_is_stopped_and_does_not_leak_into_the_next_answer(engine: EngineProcess) -> None:
    stream = engine.generate(request(engine, STORY, max_tokens=1500))
    for event in stream:
        if isinstance(event, TokenBatch):
            break
    stream.close()  # e.g. the caller failed to save a batch and gave up on this answer
    started = time.perf_counter()
    events = list(engine.generate(request(engine, [SYSTEM, {"role": "user", "content": "Say hello."}], 8)))
    assert time.perf_counter() - started < 3.0
    assert isinstance(events[0], Started) and isinstance(events[-1], Finished)
    assert {e.request_id for e in events} == {events[0].request_id}

"""`hearth serve` against llama-cpp-python's own server, same model, same threads, 1 and 4 clients.

    python benchmarks/bench_api.py [--max-tokens 128]

Three setups, measured one after the other with the official ``openai``
client: the raw server (``python -m llama_cpp.server``, from the
``llama-cpp-python[server]`` extra the test install brings); ``hearth serve``
with its own engine; and ``hearth serve`` taking its tokens from that same raw
server as its inference server (the remote backend: governance here, tokens
there). Time to first token is the median over streamed answers; tokens per
second are over whole answers, where a request's tokens are its
``usage.completion_tokens`` and the 4-client figure is all tokens over the
wall time. Hearth runs its full pipeline (default profile: prompt screen,
streamed-answer screen, provenance, audit); the target from issue 9 is within
10 % of the raw server's throughput. On one machine the remote setup shares
the CPU between the server's generation and Hearth's screen, which a real lab
server would not.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openai

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.models.files import bundled_model_path  # noqa: E402

PROMPTS = ["Explain how a rainbow forms.", "Describe the life cycle of a butterfly.",
           "Why do we have seasons on Earth?", "How does a bicycle stay upright?"]
N_THREADS = 2
N_CTX = 2048


def wait_until_up(client: openai.OpenAI, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            client.models.list()
            return
        except openai.APIConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@contextmanager
def raw_server(port: int, deps: Path | None) -> Iterator[openai.OpenAI]:
    env = {**os.environ, **({"PYTHONPATH": str(deps)} if deps else {})}
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(bundled_model_path()),
               "--n_threads", str(N_THREADS), "--n_ctx", str(N_CTX), "--port", str(port)]
    with served(command, env, f"http://127.0.0.1:{port}/v1", "not-needed") as client:
        yield client


@contextmanager
def hearth_server(port: int, backend: str | None = None) -> Iterator[openai.OpenAI]:
    """``hearth serve`` in a fresh home; with ``backend``, taking its tokens from that inference server."""
    env = {**os.environ, "HEARTH_HOME": tempfile.mkdtemp(prefix="hearth-bench-api-")}
    if backend is not None:
        subprocess.run([sys.executable, "-m", "app", "backend", "use", backend], env=env, cwd=ROOT, check=True,
                       capture_output=True)
    key = subprocess.run([sys.executable, "-m", "app", "serve", "--show-key"], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    command = [sys.executable, "-m", "app", "serve", "--port", str(port)]
    with served(command, env, f"http://127.0.0.1:{port}/v1", key) as client:
        yield client


@contextmanager
def served(command: list[str], env: dict[str, str], url: str, key: str) -> Iterator[openai.OpenAI]:
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = openai.OpenAI(base_url=url, api_key=key, max_retries=0, timeout=600)
    try:
        wait_until_up(client)
        yield client
    finally:
        client.close()
        process.terminate()
        process.wait(30)


def model_id(client: openai.OpenAI) -> str:
    return client.models.list().data[0].id


def first_token_seconds(client: openai.OpenAI, model: str, prompt: str, max_tokens: int) -> float:
    started = time.perf_counter()
    stream = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}],
                                            max_tokens=max_tokens, temperature=0, seed=1, stream=True)
    first = None
    for chunk in stream:
        if first is None and chunk.choices and chunk.choices[0].delta.content:
            first = time.perf_counter() - started
    return first if first is not None else float("nan")


def whole_answer_tokens(client: openai.OpenAI, model: str, prompt: str, max_tokens: int) -> int:
    answer = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}],
                                            max_tokens=max_tokens, temperature=0, seed=1)
    return answer.usage.completion_tokens if answer.usage else 0


def throughput(client: openai.OpenAI, model: str, clients: int, max_tokens: int, rounds: int = 2) -> float:
    """Tokens per second over all answers of ``clients`` concurrent clients, ``rounds`` prompts each."""
    totals = [0] * clients

    def work(n: int) -> None:
        for r in range(rounds):
            totals[n] += whole_answer_tokens(client, model, PROMPTS[(n + r) % len(PROMPTS)], max_tokens)

    started = time.perf_counter()
    threads = [threading.Thread(target=work, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(totals) / (time.perf_counter() - started)


def measure(client: openai.OpenAI, max_tokens: int) -> dict[str, float]:
    model = model_id(client)
    whole_answer_tokens(client, model, "Hello!", 16)  # warm up: the model loads
    ttft = statistics.median(first_token_seconds(client, model, p, max_tokens) for p in PROMPTS)
    return {"ttft": ttft, "tps1": throughput(client, model, 1, max_tokens),
            "tps4": throughput(client, model, 4, max_tokens)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server-deps", type=Path, default=None,
                        help="a folder with FastAPI and friends for llama_cpp.server, if they are not installed")
    parser.add_argument("--max-tokens", type=int, default=128)
    args = parser.parse_args()
    with raw_server(18301, args.server_deps) as client:
        results = {"llama_cpp.server": measure(client, args.max_tokens)}
        with hearth_server(18303, backend="http://127.0.0.1:18301") as remote:
            results["hearth → server"] = measure(remote, args.max_tokens)
    with hearth_server(18302) as client:
        results["hearth serve"] = measure(client, args.max_tokens)
    raw = results["llama_cpp.server"]
    names = ["llama_cpp.server", "hearth serve", "hearth → server"]
    print(f"{'measure':<34}" + "".join(f"{n:>18}" for n in names) + f"{'ratios':>16}")
    for key, name in (("tps1", "tokens/s, 1 client"), ("tps4", "tokens/s, 4 clients (all answers)"),
                      ("ttft", "time to first token, median (s)")):
        ratios = " / ".join(f"{results[n][key] / raw[key]:.2f}" for n in names[1:])
        print(f"{name:<34}" + "".join(f"{results[n][key]:>18.3f}" for n in names) + f"{ratios:>16}")


if __name__ == "__main__":
    main()

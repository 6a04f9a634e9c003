"""Hearth's full turn pipeline against raw llama-cpp-python, same model, prompts, seed and threads.

Each side runs in its own fresh process (so peak RSS is its own); the rounds
alternate raw/hearth to even out machine noise. Hearth's side is everything a
real turn does: the engine child process, the message protocol, prompt
fitting, SQLite writes while streaming.

    python benchmarks/bench_generation.py [--rounds 3] [--max-tokens 256] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROMPTS = [
    "Write a short story about a lighthouse keeper who finds a message in a bottle.",
    "Explain how photosynthesis works to a ten-year-old.",
    "Give me a packing list for a weekend camping trip, with reasons.",
    "Describe the water cycle in detail.",
]
SYSTEM = "You are Hearth, a helpful, honest and friendly assistant running offline on this computer. " \
         "Answer clearly and concisely."


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def run_raw(model: str, max_tokens: int, threads: int, n_ctx: int) -> list[dict]:
    from llama_cpp import Llama

    llm = Llama(model_path=model, n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads, verbose=False)
    llm.create_chat_completion(messages=[{"role": "user", "content": "Warm up: say hi."}], max_tokens=8)
    results = []
    for prompt in PROMPTS:
        messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}]
        start = time.perf_counter()
        first = None
        tokens = 0
        for chunk in llm.create_chat_completion(messages=messages, stream=True, max_tokens=max_tokens,
                                                temperature=0.0, top_p=1.0, seed=1234):
            if chunk["choices"][0]["delta"].get("content"):
                tokens += 1
                first = first or time.perf_counter()
        end = time.perf_counter()
        results.append({"ttft": first - start, "tokens": tokens, "decode_s": end - first})
    return results


def run_hearth(model: str, max_tokens: int, threads: int, n_ctx: int) -> list[dict]:
    from app.chat.turn import NullObserver
    from app.core.paths import app_paths
    from app.engine.client import EngineProcess
    from app.services import open_services

    class Timing(NullObserver):
        first: float | None = None

        def text_received(self, text: str) -> None:
            self.first = self.first or time.perf_counter()

    os.environ["HEARTH_HOME"] = tempfile.mkdtemp(prefix="hearth-bench-")
    services = open_services(app_paths(), engine=EngineProcess(n_threads=threads))
    services.choose_model(Path(model))
    services.runner.send(services.store.create_conversation().id, "Warm up: say hi.")  # loads the model
    results = []
    for prompt in PROMPTS:
        cid = services.store.create_conversation().id
        settings = services.store.conversation(cid).settings.with_changes(
            system_prompt=SYSTEM, temperature=0.0, top_p=1.0, seed=1234, max_tokens=max_tokens, n_ctx=n_ctx)
        services.store.update_settings(cid, settings)
        timing = Timing()
        start = time.perf_counter()
        result = services.runner.send(cid, prompt, timing)
        end = time.perf_counter()
        results.append({"ttft": timing.first - start, "tokens": result.completion_tokens,
                        "decode_s": end - timing.first})
    services.close()
    return results


def child_main(mode: str, model: str, max_tokens: int, threads: int, n_ctx: int) -> None:
    runner = run_raw if mode == "raw" else run_hearth
    results = runner(model, max_tokens, threads, n_ctx)
    print(json.dumps({"results": results, "peak_rss_mb": peak_rss_mb()}))


def summarise(runs: list[dict]) -> dict:
    rows = [r for run in runs for r in run["results"]]
    tokens = sum(r["tokens"] for r in rows)
    decode = sum(r["decode_s"] for r in rows)
    return {
        "tokens_per_s": tokens / decode,
        "ttft_ms": statistics.median(r["ttft"] for r in rows) * 1000,
        "peak_rss_mb": max(run["peak_rss_mb"] for run in runs),
        "tokens": tokens,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--model", help="GGUF file (default: the bundled SmolLM2-135M-Instruct)")
    parser.add_argument("--child", choices=["raw", "hearth"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.model is None:
        from app.models.files import bundled_model_path

        args.model = str(bundled_model_path())
    if args.child:
        child_main(args.child, args.model, args.max_tokens, args.threads, args.n_ctx)
        return
    runs: dict[str, list[dict]] = {"raw": [], "hearth": []}
    for round_no in range(args.rounds):
        for mode in ("raw", "hearth") if round_no % 2 == 0 else ("hearth", "raw"):
            out = subprocess.run([sys.executable, __file__, "--child", mode, "--model", args.model,
                                  "--max-tokens", str(args.max_tokens), "--threads", str(args.threads),
                                  "--n-ctx", str(args.n_ctx)], capture_output=True, text=True, check=True)
            runs[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    raw, hearth = summarise(runs["raw"]), summarise(runs["hearth"])
    print(f"model: {Path(args.model).name}  threads: {args.threads}  rounds: {args.rounds}  "
          f"prompts: {len(PROMPTS)}  max_tokens: {args.max_tokens}  tokens per side: {raw['tokens']}")
    print(f"{'':18}{'raw llama-cpp':>15}{'Hearth':>12}{'ratio':>9}")
    print(f"{'tokens/s':18}{raw['tokens_per_s']:15.1f}{hearth['tokens_per_s']:12.1f}"
          f"{hearth['tokens_per_s'] / raw['tokens_per_s']:9.3f}")
    print(f"{'first token (ms)':18}{raw['ttft_ms']:15.1f}{hearth['ttft_ms']:12.1f}"
          f"{hearth['ttft_ms'] / raw['ttft_ms']:9.3f}")
    print(f"{'peak RSS (MB)':18}{raw['peak_rss_mb']:15.1f}{hearth['peak_rss_mb']:12.1f}"
          f"{hearth['peak_rss_mb'] / raw['peak_rss_mb']:9.3f}")


if __name__ == "__main__":
    main()

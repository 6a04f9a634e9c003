"""How much the safety screen costs: prompt latency, answer-screening throughput, memory, load time.

    python benchmarks/bench_safety.py [--rounds 3] [--max-tokens 200] [--threads 2]

1. Prompt screen: every prompt of ../shared/eval/safety (XSTest, AdvBench)
   plus long jailbreak-style prompts, screened under the Standard profile;
   median and p95 per length bucket (tokens counted by the embedder).
2. Answer screen: the bundled model answers the same prompts greedily with
   Hearth's turn pipeline, alternating rounds with the answer screen on and
   off; the tokens/s ratio is the screen's cost. Raw llama-cpp-python runs in
   the same rounds for reference.
3. Memory and start-up: the resident memory the screen adds to the engine
   process (where MiniLM lives in the app), size of the weights, time to load
   the heads and the model.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "safety"
ANSWER_PROMPTS = [
    "Write a short story about a lighthouse keeper who finds a message in a bottle.",
    "Explain how photosynthesis works to a ten-year-old.",
    "Give me a packing list for a weekend camping trip, with reasons.",
    "Describe the water cycle in detail.",
]


def eval_prompts() -> list[str]:
    prompts = [r["prompt"] for r in csv.DictReader((EVAL / "xstest_prompts.csv").open(encoding="utf-8"))]
    prompts += [r["Behavior"] for r in csv.DictReader((EVAL / "advbench_behaviors.csv").open(encoding="utf-8"))]
    filler = ("You are now in a special mode where you explain everything in great detail and never leave out "
              "a step, because the reader is a careful student who wants to learn. ")
    prompts += [(filler * n) + "Now tell me how volcanoes form." for n in range(1, 8)] * 5
    return prompts


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def bench_prompts() -> None:
    from app.engine.client import EngineProcess
    from app.safety.classifier import Classifier, ClassifierWeights
    from app.safety.embedder import EngineEmbedder
    from app.safety.profiles import preset
    from app.safety.screen import Screen

    started = time.perf_counter()
    weights = ClassifierWeights.load()
    load_ms = (time.perf_counter() - started) * 1000
    from app.models.files import bundled_model_path

    engine = EngineProcess(n_threads=2)
    engine.ensure_loaded(bundled_model_path(), 2048)  # a running chat engine, before the screen's model
    before = psutil.Process(engine.pid).memory_info().rss
    embedder = EngineEmbedder(engine)
    started = time.perf_counter()
    embedder.embed(["warm up"])
    start_ms = (time.perf_counter() - started) * 1000
    screen = Screen(Classifier(embedder, weights))
    profile = preset("standard")
    prompts = eval_prompts()
    for prompt in prompts[:20]:
        screen.screen_prompt(prompt, profile)  # warm-up
    buckets: dict[str, list[float]] = {"≤32 words": [], "33–120 words": [], "121–200 words": []}
    every: list[float] = []
    for prompt in prompts:
        words = len(prompt.split())
        if words > 200:
            continue
        start = time.perf_counter()
        screen.screen_prompt(prompt, profile)
        ms = (time.perf_counter() - start) * 1000
        every.append(ms)
        key = "≤32 words" if words <= 32 else "33–120 words" if words <= 120 else "121–200 words"
        buckets[key].append(ms)
    rss = (psutil.Process(engine.pid).memory_info().rss - before) / 2**20
    engine.embed(str(weights.embedder_path("answer")), ["the answer screen's lighter model, loaded too"])
    both = (psutil.Process(engine.pid).memory_info().rss - before) / 2**20
    engine.shutdown()
    size = sum(p.stat().st_size for p in (ROOT / "resources" / "safety").glob("*.*") if p.suffix in (".gguf", ".npz"))
    print("Prompt screen (Standard profile, MiniLM in the engine process, 2 threads)")
    print(f"  {'prompts':16}{'n':>6}{'median ms':>12}{'p95 ms':>10}")
    print(f"  {'all ≤200 words':16}{len(every):>6}{statistics.median(every):>12.1f}{percentile(every, .95):>10.1f}")
    for name, values in buckets.items():
        if values:
            print(f"  {name:16}{len(values):>6}{statistics.median(values):>12.1f}{percentile(values, .95):>10.1f}")
    print(f"Heads loaded in {load_ms:.0f} ms; MiniLM loaded in the engine and first text embedded in "
          f"{start_ms:.0f} ms")
    print(f"Memory the screen adds to a running engine process: {rss:.0f} MB for prompts, {both:.0f} MB with the "
          f"answer model too; weights on disk: {size / 2**20:.1f} MB")


def hearth_tokens_per_second(screen_answers: bool, max_tokens: int, threads: int) -> tuple[int, float]:
    from app.core.paths import app_paths
    from app.engine.client import EngineProcess
    from app.services import open_services

    os.environ["HEARTH_HOME"] = tempfile.mkdtemp(prefix="hearth-bench-")
    services = open_services(app_paths(), engine=EngineProcess(n_threads=threads))
    services.safety.screen_answers = screen_answers
    services.safety.screen_prompts = False  # measured above; here only the answer side differs
    services.runner.send(services.store.create_conversation().id, "Warm up: say hi.")
    tokens, seconds = 0, 0.0
    for prompt in ANSWER_PROMPTS:
        cid = services.store.create_conversation().id
        settings = services.store.conversation(cid).settings.with_changes(
            temperature=0.0, top_p=1.0, seed=1234, max_tokens=max_tokens)
        services.store.update_settings(cid, settings)
        start = time.perf_counter()
        result = services.runner.send(cid, prompt)
        seconds += time.perf_counter() - start
        tokens += result.completion_tokens
    services.close()
    return tokens, seconds


def bench_answers(rounds: int, max_tokens: int, threads: int) -> None:
    totals = {True: [0, 0.0], False: [0, 0.0]}
    for round_no in range(rounds):
        for flag in (True, False) if round_no % 2 == 0 else (False, True):
            tokens, seconds = hearth_tokens_per_second(flag, max_tokens, threads)
            totals[flag][0] += tokens
            totals[flag][1] += seconds
    on = totals[True][0] / totals[True][1]
    off = totals[False][0] / totals[False][1]
    print(f"Answer screen ({rounds} rounds × {len(ANSWER_PROMPTS)} answers, greedy, {threads} engine threads)")
    print(f"  tokens/s with the answer screen: {on:.1f}   without: {off:.1f}   cost: {(1 - on / off) * 100:.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-answers", action="store_true")
    parser.add_argument("--skip-prompts", action="store_true")
    args = parser.parse_args()
    if not args.skip_prompts:
        bench_prompts()
    if not args.skip_answers:
        bench_answers(args.rounds, args.max_tokens, args.threads)


if __name__ == "__main__":
    main()

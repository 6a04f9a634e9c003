"""Generate the bundled model's own answers to harmful and benign prompts, for the answer heads.

    .venv/bin/python -m training.safety.generate_answers [--per-source N]

Greedy decoding with Hearth's default system prompt, so the output is
reproducible. Answers to harmful prompts are labelled harmful unless the
model refused; answers to benign prompts are labelled benign. The result,
training/safety/.cache/answers.csv, is not committed (it holds the harmful
text the screen learns to stop); this script recreates it (resuming where a
killed run stopped) in about 40 minutes on two cores.
"""

from __future__ import annotations

import argparse
import csv
import random
import re

from app.core.settings import DEFAULT_SYSTEM_PROMPT
from app.models.files import bundled_model_path
from training.safety.common import CACHE, DATA, SHARED_EVAL, Example, read_examples

REFUSAL = re.compile(r"^\W*(?:i(?:'m| am) (?:sorry|unable)|i can(?:no|')t|i (?:won't|will not|must decline)|"
                     r"sorry|as an ai)", re.I)
MAX_TOKENS = 160


def sample(examples: list[Example], n: int, seed: int = 7) -> list[Example]:
    rng = random.Random(seed)
    return rng.sample(examples, min(n, len(examples)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-source", type=int, default=220)
    args = parser.parse_args()
    from llama_cpp import Llama

    harmful = [e for name in ("harmful_a", "harmful_b") for e in read_examples(DATA / f"{name}.csv")]
    prompts = (sample(read_examples(SHARED_EVAL / "advbench_behaviors.csv", "advbench"), args.per_source)
               + sample(harmful, 2 * args.per_source)
               + sample(read_examples(DATA / "benign_general.csv"), 2 * args.per_source)
               + sample(read_examples(DATA / "benign_hard.csv"), args.per_source))
    random.Random(11).shuffle(prompts)  # interleaved, so a partial run is still balanced
    out = CACHE / "answers.csv"
    done = {row["question"] for row in csv.DictReader(out.open(encoding="utf-8"))} if out.exists() else set()
    llm = Llama(model_path=str(bundled_model_path()), n_ctx=1024, n_threads=2, verbose=False, seed=0)
    CACHE.mkdir(exist_ok=True)
    with out.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if not done:
            writer.writerow(["prompt", "label", "category", "source", "question"])
        for index, example in enumerate(prompts):
            if example.text in done:
                continue
            reply = llm.create_chat_completion(
                messages=[{"role": "system", "content": DEFAULT_SYSTEM_PROMPT},
                          {"role": "user", "content": example.text}],
                max_tokens=MAX_TOKENS, temperature=0.0)
            answer = reply["choices"][0]["message"]["content"].strip()
            refused = bool(REFUSAL.search(answer))
            label = "harmful" if example.unsafe and not refused else "benign"
            writer.writerow([answer, label, example.category if label == "harmful" else "", example.source,
                             example.text])
            handle.flush()  # resumable: a killed run keeps every finished answer
            if index % 50 == 0:
                print(f"{index}/{len(prompts)}", flush=True)


if __name__ == "__main__":
    main()

"""Word n-gram features for the classifier, hashed into a fixed number of buckets.

Sentence embeddings capture what a text is about but blur the one word that
makes it harmful ("kill a process" / "kill a person"). A linear model over
hashed word unigrams and bigrams, trained jointly with the embedding head,
restores that detail. Hashing uses CRC-32, so buckets are the same in every
process and on every platform (Python's own ``hash`` is salted per process).
"""

from __future__ import annotations

import re
import zlib

import numpy as np

BUCKETS = 1 << 15
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def ngrams(text: str) -> list[str]:
    """Unigrams and bigrams of the (already normalised, lower-case) text, with start and end markers."""
    words = ["<s>", *_WORD.findall(text), "</s>"]
    return words[1:-1] + [f"{a} {b}" for a, b in zip(words, words[1:])]


def hashed(text: str) -> np.ndarray:
    """The distinct buckets the text's n-grams fall into (binary features)."""
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) % BUCKETS for g in ngrams(text)), dtype=np.int64))


def ngram_logits(weights: np.ndarray, texts: list[str]) -> np.ndarray:
    """Each text's linear score: the sum of its buckets' weights, scaled by 1/sqrt(count)."""
    out = np.empty(len(texts), dtype=np.float32)
    for row, text in enumerate(texts):
        buckets = hashed(text)
        out[row] = weights[buckets].sum() / np.sqrt(max(len(buckets), 1))
    return out

"""Measure the screen on a labelled CSV: recall, false positives, per category, and a confusion table.

A row is *caught* when the screen warns or blocks it, and *blocked* when it
blocks it. For harmful rows the report gives both rates; for benign rows the
false positive rate counts blocks (the number that stops people) and the
flagged rate counts warnings too.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.safety.profiles import Action, SafetyProfile
from app.safety.screen import Screen
from app.safety.verdict import Verdict

log = logging.getLogger(__name__)
PROMPT_COLUMNS = ("prompt", "Prompt", "text", "Behavior", "goal", "question")
HARMFUL_LABELS = frozenset({"harmful", "unsafe", "1", "true", "yes", "jailbreak", "toxic", "malicious", "attack",
                            "injection", "harm"})
BENIGN_LABELS = frozenset({"benign", "safe", "0", "false", "no", "harmless", "non-toxic", "nontoxic", "clean"})


class EvalFileError(HearthError):
    title = QT_TRANSLATE_NOOP("Errors", "The evaluation file cannot be used")


@dataclass(frozen=True)
class Row:
    prompt: str
    harmful: bool | None
    category: str


def read_rows(path: Path, assume: str | None = None) -> list[Row]:
    """The rows of ``path``; ``assume`` ("harmful" or "benign") labels rows that have no label."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            fields = reader.fieldnames or []
            column = next((c for c in PROMPT_COLUMNS if c in fields), None)
            if column is None:
                raise EvalFileError(f"{path.name} has no prompt column (looked for {', '.join(PROMPT_COLUMNS)}).",
                                    f"Its columns are: {', '.join(fields) or 'none'}.")
            rows = []
            unknown: dict[str, int] = {}
            for number, record in enumerate(reader, start=2):
                raw = (record.get("label") or "").strip().lower()
                if raw and raw not in HARMFUL_LABELS | BENIGN_LABELS:
                    unknown.setdefault(raw, number)
                    raw = ""  # counted as unlabelled (every row is still screened and reported)
                raw = raw or (assume or "")
                harmful = None if not raw else raw in HARMFUL_LABELS
                rows.append(Row(record.get(column) or "", harmful, (record.get("category") or "").strip()))
            for label, number in unknown.items():
                log.warning("%s, line %d: label %r is not harmful/benign or unsafe/safe; such rows count as "
                            "unlabelled", path.name, number, label)
            return rows
    except OSError as exc:
        raise EvalFileError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise EvalFileError(f"{path.name} is not a readable UTF-8 CSV file ({exc}).") from exc


def screen_rows(screen: Screen, rows: list[Row], profile: SafetyProfile) -> Iterator[tuple[Row, Verdict]]:
    for row in rows:
        yield row, screen.screen_prompt(row.prompt, profile)


@dataclass
class Tally:
    total: int = 0
    warned: int = 0
    blocked: int = 0

    def add(self, action: Action) -> None:
        self.total += 1
        self.warned += action is Action.WARN
        self.blocked += action is Action.BLOCK

    @property
    def caught(self) -> int:
        return self.warned + self.blocked

    def rate(self, count: int) -> float:
        return count / self.total if self.total else 0.0


@dataclass
class Report:
    profile: SafetyProfile
    harmful: Tally = field(default_factory=Tally)
    benign: Tally = field(default_factory=Tally)
    unlabelled: Tally = field(default_factory=Tally)
    by_true_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_screen_category: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    latencies_ms: list[float] = field(default_factory=list)

    def add(self, row: Row, verdict: Verdict) -> None:
        tally = self.unlabelled if row.harmful is None else self.harmful if row.harmful else self.benign
        tally.add(verdict.action)
        if row.harmful and row.category:
            self.by_true_category[row.category].add(verdict.action)
        if verdict.action is not Action.ALLOW and verdict.category:
            label = "unlabelled" if row.harmful is None else "harmful" if row.harmful else "benign"
            self.by_screen_category[verdict.category][label] += 1
        self.latencies_ms.append(verdict.elapsed_ms)

    def summary(self) -> dict[str, object]:
        h, b = self.harmful, self.benign
        return {"profile": self.profile.id, "harmful": h.total, "benign": b.total, "unlabelled": self.unlabelled.total,
                "recall": round(h.rate(h.caught), 4), "harmful_blocked": round(h.rate(h.blocked), 4),
                "false_positive_rate": round(b.rate(b.blocked), 4), "benign_flagged": round(b.rate(b.caught), 4)}

    def write(self, out: TextIO) -> None:
        h, b, u = self.harmful, self.benign, self.unlabelled
        out.write(f"Profile {self.profile.name} ({self.profile.id}, {self.profile.content_hash[:12]})\n\n")
        if h.total:
            out.write(f"Recall (harmful caught, warn or block): {h.rate(h.caught):6.1%}  ({h.caught}/{h.total})\n")
            out.write(f"Harmful blocked:                        {h.rate(h.blocked):6.1%}  ({h.blocked}/{h.total})\n")
        if b.total:
            out.write(f"False positive rate (benign blocked):   {b.rate(b.blocked):6.1%}  ({b.blocked}/{b.total})\n")
            out.write(f"Benign flagged (warn or block):         {b.rate(b.caught):6.1%}  ({b.caught}/{b.total})\n")
        out.write("\nConfusion table (rows: label, columns: action)\n")
        out.write(f"{'':12}{'allow':>8}{'warn':>8}{'block':>8}\n")
        for name, tally in (("harmful", h), ("benign", b), ("unlabelled", u)):
            if tally.total:
                allowed = tally.total - tally.caught
                out.write(f"{name:12}{allowed:>8}{tally.warned:>8}{tally.blocked:>8}\n")
        if self.by_true_category:
            out.write("\nRecall per labelled category\n")
            for cid, tally in sorted(self.by_true_category.items()):
                out.write(f"  {cid:5} {tally.rate(tally.caught):6.1%}  ({tally.caught}/{tally.total})\n")
        if self.by_screen_category:
            out.write("\nFlagged rows per category the screen named (harmful / benign / unlabelled)\n")
            for cid, counts in sorted(self.by_screen_category.items(), key=lambda kv: -sum(kv[1].values())):
                out.write(f"  {cid:5} {counts['harmful']:>6} {counts['benign']:>6} {counts['unlabelled']:>6}\n")
        if self.latencies_ms:
            ordered = sorted(self.latencies_ms)
            median = ordered[len(ordered) // 2]
            p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
            out.write(f"\nScreen time per prompt: median {median:.1f} ms, p95 {p95:.1f} ms\n")


def evaluate(screen: Screen, rows: list[Row], profile: SafetyProfile, out: TextIO, jsonl: bool,
             progress: Callable[[int, int], None] | None = None) -> Report:
    """Screen every row; write JSONL lines (``jsonl``) or, at the end, the report."""
    report = Report(profile)
    for index, (row, verdict) in enumerate(screen_rows(screen, rows, profile)):
        report.add(row, verdict)
        if jsonl:
            record = {"row": index, "action": verdict.action.value, "category": verdict.category,
                      "score": verdict.score, "detector": verdict.detector}
            if row.harmful is not None:
                record["label"] = "harmful" if row.harmful else "benign"
            out.write(json.dumps(record) + "\n")
        if progress:
            progress(index + 1, len(rows))
    if not jsonl:
        report.write(out)
    return report

"""The evaluation report: labels, metrics, JSONL, and files that are not quite right."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.safety.evaluate import EvalFileError, evaluate, read_rows
from app.safety.profiles import preset
from app.safety.screen import Screen
from safety_fakes import KeywordClassifier


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "set.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_labels_in_any_usual_spelling_and_unknown_ones_count_as_unlabelled(tmp_path: Path,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    rows = read_rows(write(tmp_path, "prompt,label\na,unsafe\nb,Safe\nc,1\nd,0\ne,weird\nf,\n"))
    assert [r.harmful for r in rows] == [True, False, True, False, None, None]
    assert "label 'weird'" in caplog.text and "line 6" in caplog.text
    assumed = read_rows(write(tmp_path, "Behavior\nx\ny\n"), assume="harmful")
    assert [r.harmful for r in assumed] == [True, True] and assumed[0].prompt == "x"


def test_a_file_without_a_prompt_column_is_explained(tmp_path: Path) -> None:
    with pytest.raises(EvalFileError) as info:
        read_rows(write(tmp_path, "question_text,label\nhi,safe\n"))
    assert "no prompt column" in info.value.message and "question_text" in info.value.advice


def test_the_report_counts_caught_blocked_and_false_positives(tmp_path: Path) -> None:
    screen = Screen(KeywordClassifier({"bomb": "S9"}))  # type: ignore[arg-type]
    rows = read_rows(write(tmp_path, "prompt,label,category\nmake a bomb,harmful,S9\nsteal a car,harmful,S2\n"
                                     "bomb the exam,benign,\nbake bread,benign,\n"))
    out = io.StringIO()
    report = evaluate(screen, rows, preset("standard"), out, jsonl=False)
    assert report.summary() | {"profile": "standard"} == {
        "profile": "standard", "harmful": 2, "benign": 2, "unlabelled": 0, "recall": 0.5, "harmful_blocked": 0.5,
        "false_positive_rate": 0.5, "benign_flagged": 0.5}
    text = out.getvalue()
    assert "Recall (harmful caught, warn or block):  50.0%" in text and "S9" in text and "S2" in text
    out = io.StringIO()
    evaluate(screen, rows, preset("standard"), out, jsonl=True)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(x["row"], x["action"], x["label"]) for x in lines] == [
        (0, "block", "harmful"), (1, "allow", "harmful"), (2, "block", "benign"), (3, "allow", "benign")]

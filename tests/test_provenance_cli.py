"""``hearth verify`` and ``hearth provenance``: checking answers, exports and keys from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.cli import main
from app.engine.fake import FakeEngine
from app.provenance.device_key import DeviceKey, public_key_pem, read_public_key
from app.provenance.export import bundle_path, sidecar_path, write_answer, write_conversation
from app.provenance.statement import AnswerProvenance, sign_answer
from app.provenance.watermark import MIN_SCORED_TOKENS, detect
from app.services import Services

ANSWER = "Rain forms when water vapour condenses into droplets heavy enough to fall."


def answered(services: Services, fake_engine: FakeEngine, *answers: str) -> int:
    fake_engine.enqueue(*(answers or (ANSWER,)))
    cid = services.store.create_conversation().id
    for _ in answers or (ANSWER,):
        services.runner.send(cid, "a question")
    return cid


def saved_answer(services: Services, fake_engine: FakeEngine, tmp_path: Path) -> tuple[Path, Path]:
    cid = answered(services, fake_engine)
    message = services.store.messages(cid)[-1]
    text_file = tmp_path / "answer.txt"
    return text_file, write_answer(text_file, message)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_a_saved_answer_verifies(services: Services, fake_engine: FakeEngine, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    text_file, side = saved_answer(services, fake_engine, tmp_path)
    assert side == sidecar_path(text_file) and text_file.read_text() == ANSWER
    code, out = run(capsys, "verify", str(text_file), str(side), "--no-watermark")
    assert code == 0 and out.startswith("VALID")
    assert "status: complete" in out and "Made on this device: yes" in out


def test_an_altered_answer_fails_with_exit_3(services: Services, fake_engine: FakeEngine, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    text_file, side = saved_answer(services, fake_engine, tmp_path)
    text_file.write_text(ANSWER.replace("heavy", "light"))
    code, out = run(capsys, "verify", str(text_file), str(side), "--no-watermark")
    assert code == 3 and out.startswith("ALTERED TEXT")
    assert "Made on this device: no record" in out


def test_a_statement_edited_after_signing_is_a_bad_signature_with_exit_3(
        services: Services, fake_engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import base64

    text_file, side = saved_answer(services, fake_engine, tmp_path)
    envelope = json.loads(side.read_text())
    payload = base64.b64decode(envelope["payload"])
    assert b'"status":"complete"' in payload
    envelope["payload"] = base64.b64encode(payload.replace(b'"status":"complete"', b'"status":"blocked"')).decode()
    side.write_text(json.dumps(envelope))  # same key id, same signature, a different claim
    code, out = run(capsys, "verify", str(text_file), str(side), "--no-watermark")
    assert code == 3 and out.startswith("BAD SIGNATURE")


def test_the_final_line_break_an_editor_adds_is_not_an_alteration(services: Services, fake_engine: FakeEngine,
                                                                  tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text_file, side = saved_answer(services, fake_engine, tmp_path)
    text_file.write_text(ANSWER + "\n")
    assert run(capsys, "verify", str(text_file), str(side), "--no-watermark")[0] == 0
    text_file.write_text(ANSWER + ".\n")
    assert run(capsys, "verify", str(text_file), str(side), "--no-watermark")[0] == 3


def test_a_text_alone_is_looked_up_on_this_device(services: Services, fake_engine: FakeEngine, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text_file, _ = saved_answer(services, fake_engine, tmp_path)
    code, out = run(capsys, "verify", str(text_file), "--no-watermark")
    assert code == 0 and out.startswith("VALID (found on this device)")
    unknown = tmp_path / "other.txt"
    unknown.write_text("A text this device never wrote.")
    code, out = run(capsys, "verify", str(unknown), "--no-watermark")
    assert code == 3 and out.startswith("NO RECORD")


def test_another_devices_answer_needs_its_public_key(services: Services, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    other = DeviceKey(Ed25519PrivateKey.generate())
    record = AnswerProvenance(status="complete", app_version="0.1.0", model=None, sampling={}, profile={},
                              screening={}, started_at="2026-11-23T10:00:00Z", finished_at="2026-11-23T10:00:01Z")
    (tmp_path / "a.txt").write_text(ANSWER)
    (tmp_path / "a.json").write_text(sign_answer(other, ANSWER, record).to_json())
    (tmp_path / "other.pem").write_text(public_key_pem(other.public_key_bytes()))
    code, out = run(capsys, "verify", str(tmp_path / "a.txt"), str(tmp_path / "a.json"), "--no-watermark")
    assert code == 3 and out.startswith("UNKNOWN KEY") and "(unverified claims)" in out
    code, out = run(capsys, "verify", str(tmp_path / "a.txt"), str(tmp_path / "a.json"), "--no-watermark",
                    "--pubkey", str(tmp_path / "other.pem"))
    assert code == 0 and out.startswith("VALID")


def test_a_truncated_envelope_is_malformed(services: Services, fake_engine: FakeEngine, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    text_file, side = saved_answer(services, fake_engine, tmp_path)
    side.write_text(side.read_text()[:80])
    code, out = run(capsys, "verify", str(text_file), str(side), "--no-watermark")
    assert code == 3 and out.startswith("MALFORMED")


def test_a_bad_public_key_file_is_a_clear_error(services: Services, fake_engine: FakeEngine, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    text_file, side = saved_answer(services, fake_engine, tmp_path)
    (tmp_path / "bad.pem").write_text("not a key")
    assert main(["verify", str(text_file), str(side), "--pubkey", str(tmp_path / "bad.pem")]) == 1
    assert "is not a public key" in capsys.readouterr().err
    assert main(["verify", str(tmp_path / "missing.txt")]) == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(("fmt", "suffix"), [("markdown", ".md"), ("html", ".html")])
def test_an_exported_conversation_verifies_answer_by_answer(services: Services, fake_engine: FakeEngine,
                                                            tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            fmt: str, suffix: str) -> None:
    cid = answered(services, fake_engine, "First <answer> & more.", "Second answer, with\nlines.", "Third.")
    export = tmp_path / f"chat{suffix}"
    bundle = write_conversation(export, services.store.conversation(cid), services.store.messages(cid), fmt)
    assert bundle == bundle_path(export) and len(bundle.read_text().splitlines()) == 3
    code, out = run(capsys, "verify", str(export), str(bundle))
    assert code == 0 and "3 of 3 answers valid" in out
    export.write_text(export.read_text().replace("Third.", "Third!"))
    code, out = run(capsys, "verify", str(export), str(bundle))
    assert code == 3 and "2 of 3 answers valid" in out and "ALTERED TEXT" in out


def test_a_bundle_needs_the_export_it_belongs_to(services: Services, fake_engine: FakeEngine, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    cid = answered(services, fake_engine, "One.", "Two.")
    bundle = write_conversation(tmp_path / "chat.md", services.store.conversation(cid), services.store.messages(cid),
                                "markdown")
    (tmp_path / "one.txt").write_text("One.")
    assert main(["verify", str(tmp_path / "one.txt"), str(bundle), "--no-watermark"]) == 1
    assert "bundle of several provenance records" in capsys.readouterr().err


def test_pubkey_prints_this_devices_key(services: Services, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "provenance", "pubkey")
    assert code == 0 and read_public_key(out) == services.audit.device_key.public_key_bytes()
    assert main(["provenance", "pubkey", "--format", "hex", "--output", str(tmp_path / "k.hex")]) == 0
    assert (tmp_path / "k.hex").read_text().strip() == services.audit.device_key.public_key_bytes().hex()
    assert services.audit.device_key.fingerprint() in capsys.readouterr().err


def test_verify_can_answer_in_json(services: Services, fake_engine: FakeEngine, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    text_file, side = saved_answer(services, fake_engine, tmp_path)
    code, out = run(capsys, "verify", str(text_file), str(side), "--no-watermark", "--json")
    data = json.loads(out)
    assert code == 0 and data["signature"]["verdict"] == "valid" and data["made_here"][0]["message"] > 0


def real_answer_with_a_verdict(services: Services) -> int:
    """The id of a real School answer long and varied enough for a watermark verdict. A small model can
    loop on one phrase (which CPU's float rounding decides the loop), and a loop scores each distinct
    n-gram once, so a few prompts are tried until one gives enough distinct tokens."""
    spec = services.watermark_spec()
    assert spec is not None
    model_path = services.active_model_path()
    prompts = ("Write three long paragraphs about how volcanoes form and why they erupt.",
               "Explain in detail how bees make honey, from flower to jar.",
               "Tell a long story about a fox who learns to sail across a lake.")
    scored: list[int] = []
    for seed, prompt in enumerate(prompts, start=7):
        cid = services.store.create_conversation().id
        settings = services.store.conversation(cid).settings
        services.store.update_settings(cid, type(settings)(**{**settings.__dict__, "seed": seed,
                                                             "max_tokens": 300}))
        result = services.runner.send(cid, prompt)
        text = services.store.message(result.assistant_message_id).content
        found = detect(services.engine.tokenize(model_path, text), spec)
        if found.scored >= MIN_SCORED_TOKENS:
            return result.assistant_message_id
        scored.append(found.scored)
    pytest.fail(f"no answer was long enough for a watermark verdict (distinct tokens scored: {scored})")


@pytest.mark.real_model
def test_a_real_school_answer_carries_a_watermark_the_cli_finds(real_services: Services, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    real_services.choose_profile("school")
    real_services.safety.screen_answers = False  # this test is about provenance, not the answer screen
    message_id = real_answer_with_a_verdict(real_services)
    text_file = tmp_path / "answer.txt"
    side = write_answer(text_file, real_services.store.message(message_id))
    real_services.engine.shutdown()  # the CLI starts its own engine, as a separate run would
    code, out = run(capsys, "verify", str(text_file), str(side))
    assert code == 0 and out.startswith("VALID") and "Watermark: present" in out, out
    code, out = run(capsys, "provenance", "detect", str(text_file), "--json")
    assert code == 0 and json.loads(out)["watermark"]["z"] >= 4

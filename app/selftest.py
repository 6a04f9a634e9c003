"""``hearth --self-test``: prove an installation works end to end, headless, without touching the user's data.

The self-test runs in a throwaway ``HEARTH_HOME`` with secrets in its 0600
file (never the OS keyring, where the real device keys live), under the
machine-wide policy if one is installed (it cannot be sidestepped: outside a
policy's hours the turn is refused and the self-test says so), finds the bundled model, opens the services exactly as
``hearth chat`` does and sends one short prompt through the whole governed
turn (prompt screen, engine, answer screen, signed provenance statement,
audit entry), limited to a few tokens. It then checks that the safety screen
blocks a known harmful request, that the answer's provenance envelope
verifies with the device key and names exactly the stored text (and the audit
entry that records it), and that the audit log verifies from scratch as
``hearth audit verify`` would.

Each step prints one line: a mark, its name, how long it took and what it
found. The exit status is 0 only when every step passed, else 1. Packagers
run it from a built bundle as a smoke test (``packaging/build.sh`` does).
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app import APP_NAME, __version__
from app.core.errors import HearthError
from app.core.paths import HOME_ENV, AppPaths, app_paths

if TYPE_CHECKING:
    from app.chat.turn import TurnResult
    from app.services import Services

PROMPT = "Say hello in five words."
MAX_TOKENS = 8  # enough to prove generation; keeps the test to a second or two
HARMFUL_PROBE_ID = "advbench_79"  # from resources/models/probes.json; every shipped profile blocks it
PROBES_RESOURCE = "models/probes.json"
QUIET_LOGGERS = ("app.core.secrets",)  # the file fallback is chosen on purpose here: its warning is noise


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what, in plain words."""


@dataclass
class _Run:
    """The state shared by the steps, and the printing of their lines."""

    out: TextIO
    paths: AppPaths
    located: Path | HearthError  # the bundled model as the real installation finds it, or why not
    model: Path | None = None
    services: Services | None = None
    result: TurnResult | None = None
    public_key: bytes = b""
    failures: list[str] = field(default_factory=list)

    def step(self, name: str, action: Callable[[], str]) -> bool:
        """Run one check, print its line, and return whether it passed."""
        started = time.monotonic()
        try:
            detail, ok = action(), True
        except SelfTestFailure as exc:
            detail, ok = str(exc), False
        except HearthError as exc:
            detail, ok = f"{exc.title}: {exc.user_text()}", False
        except Exception as exc:  # noqa: BLE001 - a smoke test reports whatever broke (say, a library missing)
            detail, ok = f"unexpected {type(exc).__name__}: {exc}", False
            self._write("".join(traceback.format_exception(exc)).rstrip().replace("\n", "\n    "), indent=True)
        seconds = time.monotonic() - started
        mark = _marks(self.out)[0 if ok else 1]
        self._write(f"{mark} {name:<36} {seconds:6.2f} s  {detail}")
        if not ok:
            self.failures.append(f"{name}: {detail}")
        return ok

    def _write(self, line: str, indent: bool = False) -> None:
        _emit(self.out, ("    " if indent else "") + line)


def run_self_test(out: TextIO) -> int:
    """Run every check, printing one line each to ``out``; 0 when all passed, 1 otherwise."""
    started = time.monotonic()
    _emit(out, f"{APP_NAME} {__version__} self-test · Python {platform.python_version()} · "
               f"{'frozen bundle' if getattr(sys, 'frozen', False) else 'source install'} · {sys.platform}")
    located = _locate_model()
    with _throwaway_home(located if isinstance(located, Path) else None) as paths:
        _emit(out, f"  throwaway home: {paths.data_dir.parent} (your data and keyring are not touched)")
        run = _Run(out, paths, located)
        _run_steps(run)
    total = time.monotonic() - started
    if run.failures:
        _emit(out, f"self-test FAILED after {total:.1f} s: {run.failures[0]}")
        return 1
    _emit(out, f"self-test passed in {total:.1f} s")
    return 0


def _run_steps(run: _Run) -> None:
    """The steps in order; each needs the ones before it, so the first failure ends the run."""
    steps: list[tuple[str, Callable[[_Run], str]]] = [
        ("find the bundled model", _find_model),
        ("open the services", _open_services),
        ("governed turn (screen, engine, sign)", _governed_turn),
        ("safety screen blocks a harmful ask", _screen_blocks),
        ("provenance statement verifies", _verify_provenance),
        ("close (engine stops, checkpoint)", _close_services),
        ("audit log verifies", _verify_audit),
    ]
    try:
        for name, action in steps:
            if not run.step(name, lambda action=action: action(run)):
                return
    finally:
        _close_quietly(run)


# -- the throwaway home ---------------------------------------------------------------------------------------


@contextmanager
def _throwaway_home(real_model: Path | None) -> Iterator[AppPaths]:
    """A temporary HEARTH_HOME with file secrets and quiet fallback warnings; everything restored after.

    ``real_model`` (the bundled model as the real installation finds it) is made visible from there.
    """
    import keyring
    from keyring.backends import fail

    previous_home = os.environ.get(HOME_ENV)
    previous_keyring = keyring.get_keyring()
    levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    with tempfile.TemporaryDirectory(prefix="hearth-self-test-", ignore_cleanup_errors=True) as home:
        try:
            os.environ[HOME_ENV] = home
            keyring.set_keyring(fail.Keyring())  # secrets go to the 0600 file in the temporary home
            for name in QUIET_LOGGERS:
                logging.getLogger(name).setLevel(logging.ERROR)
            paths = app_paths().ensure()
            _reach_model(real_model, paths)
            yield paths
        finally:
            _restore_env(HOME_ENV, previous_home)
            keyring.set_keyring(previous_keyring)
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)


def _locate_model() -> Path | HearthError:
    """The bundled model as the real installation finds it (the user's models folder included), or why not."""
    from app.models.files import bundled_model_path

    try:
        return bundled_model_path()
    except HearthError as exc:
        return exc


def _reach_model(model: Path | None, paths: AppPaths) -> None:
    """Make a model found only in the user's real models folder visible from the throwaway home (a link)."""
    from app.models.files import BUNDLED_FILE, bundled_model_candidates

    if model is None or any(c.is_file() for c in bundled_model_candidates()):
        return
    target = paths.models_dir / BUNDLED_FILE
    try:
        target.symlink_to(model)
    except OSError:  # no symlinks (Windows without developer mode): a copy
        shutil.copyfile(model, target)


def _restore_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


# -- the steps -------------------------------------------------------------------------------------------------


def _find_model(run: _Run) -> str:
    """The model the real installation would use, as the services in the throwaway home will find it."""
    from app.models.files import bundled_model_path, check_gguf_file

    if isinstance(run.located, HearthError):
        raise run.located  # its advice names the real folders, not the throwaway home's
    run.model = bundled_model_path()
    check_gguf_file(run.model)
    return f"{run.located} ({run.model.stat().st_size / 1024**2:.0f} MB)"


def _open_services(run: _Run) -> str:
    from app.services import open_services

    run.services = open_services(run.paths)
    secrets = "file (0600)" if run.services.secrets.is_fallback else "OS keyring"
    return f"profile {run.services.active_profile().name}, secrets in {secrets}"


def _governed_turn(run: _Run) -> str:
    """One prompt through ``TurnRunner.send``, as ``hearth chat --max-tokens`` sends it."""
    from app.chat.store import MessageStatus
    from app.chat.turn import NullObserver

    services = _services(run)
    conversation = services.store.create_conversation()
    settings = conversation.settings.with_changes(max_tokens=MAX_TOKENS, temperature=0.0, seed=1)
    services.governance.check_settings_change(conversation.settings, settings, services.effective())
    services.store.update_settings(conversation.id, settings)
    result = services.runner.send(conversation.id, PROMPT, NullObserver())
    verdict = result.verdict
    if result.status != MessageStatus.COMPLETE or verdict is not None:
        screened = f" (the screen said {verdict.action.value}: {verdict.category})" if verdict else ""
        raise SelfTestFailure(f"the turn ended {result.status!r}{screened}")
    if not result.text.strip() or result.completion_tokens < 1:
        raise SelfTestFailure("the model produced no text")
    run.result = result
    return (f"{result.completion_tokens} tokens at {result.tokens_per_second:.0f} tokens/s, "
            f"first after {result.seconds_to_first_token:.2f} s: {result.text.strip()!r}")


def _screen_blocks(run: _Run) -> str:
    """The shipped classifier and profile stop a request from the shipped probe set before generation."""
    from app.chat.store import MessageStatus
    from app.chat.turn import NullObserver
    from app.core.resources import resource_path

    probes = json.loads(resource_path(PROBES_RESOURCE).read_text(encoding="utf-8"))["probes"]
    prompt = next(p["prompt"] for p in probes if p["id"] == HARMFUL_PROBE_ID)
    services = _services(run)
    conversation = services.store.create_conversation()
    result = services.runner.send(conversation.id, prompt, NullObserver())
    verdict = result.verdict
    if result.status != MessageStatus.BLOCKED or verdict is None:
        raise SelfTestFailure(f"the harmful probe {HARMFUL_PROBE_ID} was not blocked (the turn ended "
                              f"{result.status!r})")
    return f"blocked: {verdict.category} by {verdict.detector}, score {verdict.score:.2f}"


def _verify_provenance(run: _Run) -> str:
    """The answer's envelope verifies with the device key, names the stored text and its audit entry."""
    from app.provenance.device_key import fingerprint_hex
    from app.provenance.dsse import Envelope
    from app.provenance.statement import envelope_sha256
    from app.provenance.verify import ProvenanceVerdict, verify_text

    services, result = _services(run), _result(run)
    message = services.store.message(result.assistant_message_id)
    if message.provenance is None:
        raise SelfTestFailure("the answer was stored without a provenance statement")
    if message.content != result.text:
        raise SelfTestFailure("the stored answer differs from the streamed one")
    run.public_key = services.audit.device_key.public_key_bytes()
    keyid = fingerprint_hex(run.public_key)
    report = verify_text(message.content, message.provenance, {keyid: run.public_key})
    if report.verdict is not ProvenanceVerdict.VALID or not report.text_matches:
        raise SelfTestFailure(f"verdict {report.verdict.value}: {report.problem}")
    audit_index = (report.predicate.get("audit") or {}).get("index")
    entry = next(iter(services.audit.entries(audit_index, audit_index + 1)), None) \
        if isinstance(audit_index, int) else None
    if entry is None or entry.type != "turn_completed" or \
            entry.fields.get("provenance_sha256") != envelope_sha256(Envelope.from_json(message.provenance)):
        raise SelfTestFailure(f"the statement's audit entry ({audit_index}) does not record this statement")
    return f"valid, signed by {keyid[:16]}…, text matches, audit entry #{audit_index} names it"


def _close_services(run: _Run) -> str:
    services = _services(run)
    run.services = None
    services.close()
    return "engine stopped, final checkpoint signed"


def _verify_audit(run: _Run) -> str:
    """``hearth audit verify``: every leaf recomputed, every checkpoint's signature and the outside copy."""
    from app.audit.log import AUDIT_DB_NAME
    from app.audit.verify import verify_log
    from app.core.secrets import SecretStore

    report = verify_log(run.paths.data_dir / AUDIT_DB_NAME, SecretStore.for_paths(run.paths), run.public_key)
    if not report.ok:
        raise SelfTestFailure(report.problems[0])
    if report.latest_checkpoint_size != report.entries:
        raise SelfTestFailure(f"only {report.latest_checkpoint_size} of {report.entries} entries are under a "
                              "signed checkpoint after closing")
    return f"{report.entries} entries, {report.checkpoints} signed checkpoint(s), the last covers all"


# -- helpers ---------------------------------------------------------------------------------------------------


def _services(run: _Run) -> Services:
    if run.services is None:
        raise SelfTestFailure("the services are not open")
    return run.services


def _result(run: _Run) -> TurnResult:
    if run.result is None:
        raise SelfTestFailure("no answer to check")
    return run.result


def _close_quietly(run: _Run) -> None:
    """Close services left open by a failed step, reporting (not raising) a failure to close."""
    if run.services is None:
        return
    services, run.services = run.services, None
    run.step("close after the failure", lambda: (services.close(), "closed")[1])


def _emit(out: TextIO, line: str) -> None:
    """Write one line, replacing what the output's encoding cannot show (a bare C locale), and flush it."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        safe = line.encode(encoding, "replace").decode(encoding, "replace")
    except LookupError:
        safe = line.encode("ascii", "replace").decode("ascii")
    out.write(safe + "\n")
    out.flush()


def _marks(out: TextIO) -> tuple[str, str]:
    """✓ and ✗ where the terminal can show them, else OK and FAIL."""
    try:
        "✓✗".encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return "OK  ", "FAIL"
    return "✓", "✗"

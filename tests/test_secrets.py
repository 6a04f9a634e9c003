"""The secret store: the OS keyring when there is one, a 0600 file when there is not, and a real Secret Service."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring.errors
import pytest
from keyring.backends import fail, null

from app.core.secrets import SERVICE_NAME, SecretStore, SecretStoreError, is_usable_keyring
from app.provenance.device_key import DEVICE_KEY_SECRET, DeviceKey, group_fingerprint, verify
from keyring_memory import MemoryKeyring, memory_keyring, secret_store  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("memory_keyring")


def test_secrets_round_trip_through_the_os_keyring(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "secrets.json")
    assert not store.is_fallback
    assert "OS keyring" in store.backend_description and "MemoryKeyring" in store.backend_description
    assert store.get("audit-mac-key") is None
    store.set("audit-mac-key", b"\x00\xffbytes")
    assert store.get("audit-mac-key") == b"\x00\xffbytes"
    assert (SERVICE_NAME, "audit-mac-key") in memory_keyring.passwords
    store.delete("audit-mac-key")
    store.delete("audit-mac-key")
    assert store.get("audit-mac-key") is None
    assert not (tmp_path / "secrets.json").exists()


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_keyring_secrets_go_to_a_0600_file_with_a_plain_warning(
        backend: object, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    secrets_file = tmp_path / "data" / "secrets.json"
    with caplog.at_level(logging.WARNING, logger="app.core.secrets"):
        store = SecretStore(secrets_file, backend=backend)  # type: ignore[arg-type]
    assert store.is_fallback
    assert "secrets" in caplog.text and str(secrets_file) in caplog.text and "file" in caplog.text
    assert str(secrets_file) in store.backend_description
    store.set("device-signing-key", b"k" * 32)
    store.set("other", b"v")
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    assert SecretStore(secrets_file, backend=backend).get("device-signing-key") == b"k" * 32  # type: ignore[arg-type]
    store.delete("other")
    assert set(json.loads(secrets_file.read_text())) == {"device-signing-key"}


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")


def test_a_keyring_that_fails_to_answer_is_not_used() -> None:
    assert not is_usable_keyring(BrokenKeyring())
    assert not is_usable_keyring(fail.Keyring())
    assert is_usable_keyring(MemoryKeyring())


def test_a_damaged_fallback_file_is_explained(tmp_path: Path) -> None:
    secrets_file = tmp_path / "secrets.json"
    secrets_file.write_text("{not json")
    with pytest.raises(SecretStoreError, match="damaged"):
        SecretStore(secrets_file, backend=fail.Keyring()).get("x")


def test_device_key_is_created_once_and_signs(secret_store: SecretStore) -> None:
    assert DeviceKey.load(secret_store) is None
    key, created = DeviceKey.load_or_create(secret_store)
    again, created_again = DeviceKey.load_or_create(secret_store)
    assert created and not created_again
    assert again.public_key_bytes() == key.public_key_bytes() and len(key.public_key_bytes()) == 32
    assert len(secret_store.get(DEVICE_KEY_SECRET) or b"") == 32
    signature = key.sign(b"an answer")
    assert verify(key.public_key_bytes(), b"an answer", signature)
    assert not verify(key.public_key_bytes(), b"an answer!", signature)
    assert not verify(b"short", b"an answer", signature)
    assert key.fingerprint() == group_fingerprint(key.fingerprint_hex())
    assert len(key.fingerprint_hex()) == 64 and key.fingerprint().count(" ") == 15


SECRET_SERVICE_SNIPPET = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import keyring.errors
    from keyring.backends import SecretService
    from app.core.secrets import SecretStore
    backend = SecretService.Keyring()
    deadline = time.monotonic() + 15
    while True:
        try:
            store = SecretStore(Path(sys.argv[1]), backend=backend)
            store.set("audit-mac-key", bytes(range(256)))
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    assert not store.is_fallback, store.backend_description
    fresh = SecretStore(Path(sys.argv[1]), backend=SecretService.Keyring())
    assert fresh.get("audit-mac-key") == bytes(range(256))
    fresh.delete("audit-mac-key")
    assert fresh.get("audit-mac-key") is None
    print("secret service OK:", fresh.backend_description)
""")


@pytest.fixture
def secret_service_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session with an unlocked gnome-keyring; the environment to reach it."""
    missing = [name for name in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(name) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (apt-get install dbus gnome-keyring)")
    home = tmp_path / "keyring-home"
    home.mkdir()
    runtime = Path(tempfile.mkdtemp(prefix="hk-"))  # short: sockets live here and paths are limited to 108 bytes
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime), "XDG_DATA_HOME": str(home / "data")}
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                         capture_output=True, text=True, check=True, env=env, timeout=30)
    address, bus_pid = bus.stdout.split("\n")[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address.strip()
    keyring_daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    assert keyring_daemon.stdin is not None
    keyring_daemon.stdin.write(b"pw")
    keyring_daemon.stdin.close()
    try:
        yield env
    finally:
        keyring_daemon.terminate()
        keyring_daemon.wait(timeout=10)
        os.kill(int(bus_pid), signal.SIGTERM)
        shutil.rmtree(runtime, ignore_errors=True)


def test_secrets_round_trip_through_a_real_secret_service(secret_service_env: dict[str, str], tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", SECRET_SERVICE_SNIPPET, str(tmp_path / "unused.json")],
                            capture_output=True, text=True, env=secret_service_env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "secret service OK" in result.stdout and "SecretService" in result.stdout
    assert not (tmp_path / "unused.json").exists()


GUARDIAN_SNIPPET = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from keyring.backends import SecretService
    from app.core.secrets import SecretStore
    from app.governance.credential import GuardianCredential, ScryptParams
    from app.governance.lock import GuardianLock

    def lock():
        deadline = time.monotonic() + 15
        while True:
            try:
                store = SecretStore(Path(sys.argv[1]), backend=SecretService.Keyring())
                store.get("probe")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert not store.is_fallback
        return GuardianLock(store, credential=GuardianCredential(store, ScryptParams(n=2**10)))

    if sys.argv[2] == "setup":
        lock().set_up("kettle orbit marmalade")
    else:
        restarted = lock()
        assert restarted.is_locked
        for _ in range(3):
            restarted.unlock("wrong passphrase")
        again = lock()  # a second restart: the backoff is read back from the keyring
        assert again.unlock("kettle orbit marmalade").outcome.value == "throttled"
    print("guardian OK", sys.argv[2])
""")


def test_the_guardian_verifier_and_backoff_live_in_a_real_secret_service(secret_service_env: dict[str, str],
                                                                           tmp_path: Path) -> None:
    for step in ("setup", "restart"):
        result = subprocess.run([sys.executable, "-c", GUARDIAN_SNIPPET, str(tmp_path / "unused.json"), step],
                                capture_output=True, text=True, env=secret_service_env, timeout=60)
        assert result.returncode == 0, result.stderr
        assert f"guardian OK {step}" in result.stdout
    assert not (tmp_path / "unused.json").exists()

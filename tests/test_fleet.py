"""Fleet policy: a signed policy bundle moves a policy to a second machine, and a review archive carries one
machine's audit material for central review without any prompt text."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import keyring
import pytest
from keyring_memory import MemoryKeyring

from app.audit.export import read_checkpoint_note, verify_export
from app.audit.log import AUDIT_DB_NAME, AuditLog
from app.cli import main
from app.core import paths as core_paths
from app.core.paths import AppPaths
from app.core.secrets import SecretStore
from app.engine.fake import FakeEngine
from app.governance import fleet
from app.audit.review_archive import ARCHIVE_FILES
from app.governance.fleet import (BUNDLE_FORMAT, FleetError, canonical_bytes, load_private_key,
                                  make_bundle, plan_import)
from app.governance.layers import is_at_least_as_strict
from app.governance.policy_file import (PINNED_KEY_NAME, POLICY_FILE_NAME, SIGNATURE_SUFFIX, PolicyLocation,
                                        check_policy_file, generate_signing_key, load_system_policy,
                                        policy_locations, read_public_key, sign_policy_file)
from app.provenance.device_key import fingerprint_hex, verify
from app.safety.profiles import preset
from app.safety.screen import Screen
from app.safety.taxonomy import CATEGORY_IDS
from app.services import Services, open_services

SCHOOL = """schema = 1
minimum_profile = "school"
kiosk = true
retention_days = 30

[time_rules]
daily_minutes = 120
"""
TEEN = 'schema = 1\nminimum_profile = "teen"\n'
PLANTED = "purple elephant secret"


@dataclass
class Machine:
    """One computer: its HEARTH_HOME, its administered policy folder (standing in for /etc/hearth) and its own
    keyring."""

    home: Path
    keyring: MemoryKeyring

    @property
    def paths(self) -> AppPaths:
        return AppPaths(self.home / "data", self.home / "config", self.home / "site")

    @property
    def etc(self) -> Path:
        """The folder only the machine's administrator can write (injected: the real /etc is never touched)."""
        return self.home / "etc-hearth"

    def site_files(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.etc.iterdir())} if self.etc.exists() else {}

    def audit_types(self) -> list[str]:
        log = AuditLog(self.paths.data_dir / AUDIT_DB_NAME, SecretStore.for_paths(self.paths))
        try:
            return [entry.type for entry in log.entries()]
        finally:
            log.close()


@dataclass
class Admin:
    private: Path
    public: Path
    fingerprint: str  # grouped, as PolicyStatus.signed_by shows it

    def pin_on(self, machine: Machine) -> None:
        machine.etc.mkdir(parents=True, exist_ok=True)
        (machine.etc / PINNED_KEY_NAME).write_bytes(self.public.read_bytes())


@pytest.fixture
def admin(tmp_path: Path) -> Admin:
    fingerprint = generate_signing_key(tmp_path / "admin.key", tmp_path / "admin.pub")
    return Admin(tmp_path / "admin.key", tmp_path / "admin.pub", fingerprint)


@pytest.fixture
def first(hearth_home: Path, isolated_keyring: MemoryKeyring) -> Machine:
    """The administrator's machine: the test's own HEARTH_HOME."""
    return Machine(hearth_home, isolated_keyring)


@pytest.fixture
def second(tmp_path: Path) -> Machine:
    return Machine(tmp_path / "second-home", MemoryKeyring())


Use = Callable[[Machine], Machine]


@pytest.fixture
def use(monkeypatch: pytest.MonkeyPatch) -> Use:
    """``use(machine)`` makes the process act as that machine (HEARTH_HOME, administered folder and keyring); the
    conftest fixture puts the original keyring back afterwards."""
    def switch(machine: Machine) -> Machine:
        monkeypatch.setenv("HEARTH_HOME", str(machine.home))
        monkeypatch.setattr(core_paths, "administered_config_dirs", lambda platform="linux": [machine.etc])
        keyring.set_keyring(machine.keyring)
        return machine

    return switch


def install_signed(machine: Machine, admin: Admin, text: str) -> Path:
    """A policy the machine's administrator placed by hand, signed by the admin's key (pinned)."""
    admin.pin_on(machine)
    path = machine.etc / POLICY_FILE_NAME
    path.write_text(text, encoding="utf-8")
    sign_policy_file(path, admin.private)
    return path


@pytest.fixture
def bundle(first: Machine, admin: Admin, use: Use, tmp_path: Path,
           capsys: pytest.CaptureFixture[str]) -> Path:
    """A bundle exported on the first machine with ``hearth policy export-bundle``."""
    use(first)
    install_signed(first, admin, SCHOOL)
    out = tmp_path / "school.hearth-policy.json"
    assert main(["policy", "export-bundle", "--key", str(admin.private), "--out", str(out)]) == 0
    assert "import-bundle" in capsys.readouterr().out
    return out


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("hearth policy: ") and "\n" not in err, err
    return err


# bundles -------------------------------------------------------------------------------------------------------------


def test_the_bundle_holds_the_policy_signed_over_its_canonical_encoding(bundle: Path, admin: Admin,
                                                                      first: Machine) -> None:
    data = json.loads(bundle.read_text(encoding="utf-8"))
    assert set(data) == {"format", "policy", "policy_sha256", "policy_signature", "signer", "created", "origin",
                         "signature"}
    assert data["format"] == BUNDLE_FORMAT and data["policy"] == SCHOOL
    assert data["policy_sha256"] == hashlib.sha256(SCHOOL.encode()).hexdigest()
    public = read_public_key(admin.public)
    assert data["signer"] == fingerprint_hex(public)
    payload = {k: v for k, v in data.items() if k != "signature"}
    assert verify(public, canonical_bytes(payload), base64.b64decode(data["signature"]))
    assert canonical_bytes(payload) == json.dumps(payload, sort_keys=True, separators=(",", ":"),
                                                  ensure_ascii=False).encode()
    log = AuditLog(first.paths.data_dir / AUDIT_DB_NAME, SecretStore.for_paths(first.paths))
    try:
        assert data["origin"] == log.origin
        exports = [e.fields for e in log.entries() if e.type == "export"]
    finally:
        log.close()
    assert exports[-1]["what"] == "policy_bundle" and exports[-1]["signer"] == data["signer"]


def test_importing_on_a_second_machine_installs_a_signed_policy_that_applies_at_start(
        bundle: Path, admin: Admin, second: Machine, use: Use, capsys: pytest.CaptureFixture[str]) -> None:
    use(second)
    admin.pin_on(second)
    assert main(["policy", "import-bundle", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "Installed" in out and "minimum_profile: — → school" in out and "kiosk: — → True" in out

    policy_path = second.etc / POLICY_FILE_NAME
    assert policy_path.read_text(encoding="utf-8") == SCHOOL
    assert (second.etc / (POLICY_FILE_NAME + SIGNATURE_SUFFIX)).exists()
    assert not list(second.etc.glob("*.partial"))
    policy, signer = check_policy_file(policy_path)
    assert signer == admin.fingerprint and policy.minimum_profile == "school"
    status = load_system_policy(policy_locations(second.paths.site_config_dir))
    assert status.problem is None and status.signed_by == admin.fingerprint and status.administered

    services = open_services(second.paths, engine=FakeEngine(), screen=Screen(None))
    try:
        assert services.governance.problems() == []
        services.choose_profile("open")
        effective = services.effective()
        for cid in ("S1", "S9"):
            assert is_at_least_as_strict(effective.profile.rule(cid, "prompt"), preset("school").rule(cid, "prompt"))
        assert effective.kiosk
        imported = [e.fields for e in services.audit.entries() if e.type == "policy_imported"]
    finally:
        services.close()
    assert len(imported) == 1
    assert imported[0]["bundle_sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert imported[0]["signer"] == fingerprint_hex(read_public_key(admin.public))
    assert "minimum_profile" in imported[0]["fields"] and "kiosk" in imported[0]["fields"]


def altered(bundle: Path, tmp_path: Path) -> Path:
    data = json.loads(bundle.read_text(encoding="utf-8"))
    data["policy"] = data["policy"].replace("120", "920")  # one character, still a valid policy
    path = tmp_path / "altered.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def signed_by_another_key(bundle: Path, tmp_path: Path) -> Path:
    generate_signing_key(tmp_path / "other.key", tmp_path / "other.pub")
    path = tmp_path / "other.json"
    path.write_text(make_bundle(SCHOOL, load_private_key(tmp_path / "other.key"), "someone").to_json(),
                    encoding="utf-8")
    return path


def malformed(bundle: Path, tmp_path: Path) -> Path:
    path = tmp_path / "malformed.json"
    path.write_text(bundle.read_text(encoding="utf-8")[:-20], encoding="utf-8")
    return path


def invalid_policy(bundle: Path, tmp_path: Path) -> Path:
    path = tmp_path / "invalid.json"
    key = load_private_key(tmp_path / "admin.key")
    path.write_text(make_bundle('schema = 1\nminimum_profile = "grown-up"\n', key, "admin").to_json(),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "pinned", "expected"), [
    (altered, True, "changed after signing"),
    (signed_by_another_key, True, "this computer trusts only the key"),
    (malformed, True, "is not a policy bundle: it is not JSON"),
    (invalid_policy, True, "minimum_profile (line 2)"),
    (lambda bundle, tmp_path: bundle, False, "No policy signing key is pinned"),
])
def test_a_bundle_that_cannot_be_trusted_changes_nothing(
        make: Callable[[Path, Path], Path], pinned: bool, expected: str, bundle: Path, admin: Admin, second: Machine, use: Use,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    candidate = make(bundle, tmp_path)
    use(second)
    if pinned:
        install_signed(second, admin, TEEN)
    else:
        second.etc.mkdir(parents=True)
        (second.etc / POLICY_FILE_NAME).write_text(TEEN, encoding="utf-8")
    before = second.site_files()
    capsys.readouterr()
    assert main(["policy", "import-bundle", str(candidate)]) == 1
    error = one_error_line(capsys)
    assert expected in error and "Nothing was changed" in error
    assert second.site_files() == before
    assert "policy_imported" not in second.audit_types()


def test_a_dry_run_lists_the_changed_fields_and_writes_nothing(
        bundle: Path, admin: Admin, second: Machine, use: Use, capsys: pytest.CaptureFixture[str]) -> None:
    use(second)
    install_signed(second, admin, TEEN)
    before = second.site_files()
    capsys.readouterr()
    assert main(["policy", "import-bundle", str(bundle), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Would install" in out
    assert "minimum_profile: teen → school" in out and "retention_days: — → 30" in out
    assert "time_rules.daily_minutes: — → 120" in out and "signed_by" not in out  # the same admin signed both
    assert second.site_files() == before
    assert "policy_imported" not in second.audit_types()
    plan = plan_import(bundle, policy_locations(second.paths.site_config_dir))
    assert plan.changed_fields == ["kiosk", "minimum_profile", "retention_days", "time_rules.daily_minutes"]


def test_importing_the_policy_already_in_force_says_nothing_changes(
        bundle: Path, admin: Admin, second: Machine, use: Use, capsys: pytest.CaptureFixture[str]) -> None:
    use(second)
    install_signed(second, admin, SCHOOL)
    capsys.readouterr()
    assert main(["policy", "import-bundle", str(bundle)]) == 0
    assert "Nothing changes" in capsys.readouterr().out


def test_a_site_folder_only_administrators_may_write_asks_for_an_administrator(
        bundle: Path, admin: Admin, second: Machine, use: Use, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    use(second)
    install_signed(second, admin, TEEN)
    before = second.site_files()

    def refused(final: Path, data: bytes) -> Path:
        raise PermissionError(13, "Permission denied", str(final))

    monkeypatch.setattr(fleet, "stage_bytes", refused)
    capsys.readouterr()
    assert main(["policy", "import-bundle", str(bundle)]) == 1
    assert "as an administrator" in one_error_line(capsys)
    assert second.site_files() == before


def test_a_failed_second_write_leaves_no_partial_file_and_the_old_policy(
        bundle: Path, admin: Admin, second: Machine, use: Use, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    use(second)
    install_signed(second, admin, TEEN)
    before = second.site_files()
    real_stage = fleet.stage_bytes

    def disk_full_on_signature(final: Path, data: bytes) -> Path:
        if final.name.endswith(SIGNATURE_SUFFIX):
            raise OSError(28, "No space left on device", str(final))
        return real_stage(final, data)

    monkeypatch.setattr(fleet, "stage_bytes", disk_full_on_signature)
    capsys.readouterr()
    assert main(["policy", "import-bundle", str(bundle)]) == 1
    assert "No space left" in one_error_line(capsys)
    assert second.site_files() == before


def test_export_needs_a_policy_in_force_and_a_valid_one(first: Machine, admin: Admin, use: Use, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    use(first)
    out = tmp_path / "bundle.json"
    assert main(["policy", "export-bundle", "--key", str(admin.private), "--out", str(out)]) == 1
    assert "no machine-wide policy" in one_error_line(capsys)
    admin.pin_on(first)
    (first.etc / POLICY_FILE_NAME).write_text(SCHOOL, encoding="utf-8")  # pinned but never signed
    assert main(["policy", "export-bundle", "--key", str(admin.private), "--out", str(out)]) == 1
    assert ".sig is missing" in one_error_line(capsys)
    assert main(["policy", "export-bundle", "--key", str(admin.public), "--out", str(out),
                 "--policy", str(tmp_path / "admin.pub")]) == 1
    one_error_line(capsys)
    assert not out.exists()


def test_a_bundle_cannot_claim_another_signer_than_the_key_that_signed_it(admin: Admin, tmp_path: Path) -> None:
    bundle = make_bundle(SCHOOL, load_private_key(admin.private), "admin")
    generate_signing_key(tmp_path / "other.key", tmp_path / "other.pub")
    other = read_public_key(tmp_path / "other.pub")
    forged = replace(bundle, signer=fingerprint_hex(other))
    with pytest.raises(FleetError, match="changed after signing"):
        fleet.verify_bundle(forged, other)


def test_the_policy_goes_where_the_key_is_pinned_unless_an_earlier_policy_would_hide_it(tmp_path: Path,
                                                                                        admin: Admin) -> None:
    etc, xdg = tmp_path / "etc" / POLICY_FILE_NAME, tmp_path / "xdg" / POLICY_FILE_NAME
    locations = [PolicyLocation(etc, True), PolicyLocation(xdg, True)]
    xdg.parent.mkdir()
    (xdg.parent / PINNED_KEY_NAME).write_bytes(admin.public.read_bytes())
    folder, key = fleet.install_folder(locations)
    assert folder == xdg.parent and key == read_public_key(admin.public)
    etc.parent.mkdir()
    etc.write_text(TEEN, encoding="utf-8")
    with pytest.raises(FleetError, match="is read before"):
        fleet.install_folder(locations)


def test_a_key_pinned_where_a_user_can_write_is_never_trusted(tmp_path: Path, admin: Admin) -> None:
    etc, site = tmp_path / "etc" / POLICY_FILE_NAME, tmp_path / "site" / POLICY_FILE_NAME
    site.parent.mkdir()
    (site.parent / PINNED_KEY_NAME).write_bytes(admin.public.read_bytes())
    with pytest.raises(FleetError, match="No policy signing key is pinned") as caught:
        fleet.install_folder([PolicyLocation(etc, True), PolicyLocation(site, False)])
    assert str(etc.parent) in caught.value.user_text() and str(site.parent) not in caught.value.user_text()


def test_import_installs_into_the_administered_folder_never_hearth_home(
        bundle: Path, admin: Admin, second: Machine, use: Use, capsys: pytest.CaptureFixture[str]) -> None:
    use(second)
    site = second.paths.site_config_dir
    site.mkdir(parents=True)
    (site / PINNED_KEY_NAME).write_bytes(admin.public.read_bytes())  # pinned by the user, in HEARTH_HOME
    capsys.readouterr()
    assert main(["policy", "import-bundle", str(bundle)]) == 1
    assert "No policy signing key is pinned" in one_error_line(capsys)
    assert sorted(p.name for p in site.iterdir()) == [PINNED_KEY_NAME]
    admin.pin_on(second)
    assert main(["policy", "import-bundle", str(bundle)]) == 0
    assert (second.etc / POLICY_FILE_NAME).read_text(encoding="utf-8") == SCHOOL
    assert not (site / POLICY_FILE_NAME).exists()


# review archives -----------------------------------------------------------------------------------------------------


def started_and_stopped(paths: AppPaths, planted: str | None = None) -> bytes:
    """Run Hearth once on this machine (blocking ``planted`` as a prompt); returns the device's public key."""
    services: Services = open_services(paths, engine=FakeEngine(), screen=Screen(None))
    try:
        if planted is not None:
            services.audit.append("screening_verdict", {"category": "S1", "action": "block",
                                                        "direction": "prompt", "score": 0.93}, text=planted)
        return services.audit.public_key_bytes()
    finally:
        services.close()


def test_the_review_archive_verifies_and_holds_no_prompt_text(paths: AppPaths, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    public_key = started_and_stopped(paths, PLANTED)
    out = tmp_path / "review.zip"
    assert main(["policy", "review-archive", "--out", str(out), "--epsilon", "0.5"]) == 0
    assert "noisy counts at epsilon = 0.5" in capsys.readouterr().out
    assert not out.with_name(out.name + ".partial").exists()

    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(ARCHIVE_FILES)
        for name in archive.namelist():
            content = archive.read(name)
            assert PLANTED.encode() not in content and b"purple" not in content.lower(), name
        archive.extractall(folder)

    key_hex = (folder / "device-public-key.txt").read_text(encoding="ascii").strip()
    assert bytes.fromhex(key_hex) == public_key
    report = verify_export(folder / "audit.jsonl", public_key)
    assert report.ok and report.entries > 0
    assert (folder / "checkpoint.txt").read_text(encoding="utf-8") == read_checkpoint_note(folder / "audit.jsonl")
    assert "screening_verdict" in (folder / "audit.jsonl").read_text(encoding="utf-8")
    assert main(["audit", "verify-export", str(folder / "audit.jsonl"), "--pubkey",
                 str(folder / "device-public-key.txt")]) == 0

    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    assert summary["epsilon"] == 0.5 and summary["noise_scale"] == 2.0 and summary["log_verified"] is True
    assert set(summary["flagged_per_category"]) == set(CATEGORY_IDS)
    assert all(isinstance(n, int) and n >= 0 for n in summary["flagged_per_category"].values())
    assert set(summary["period"]) == {"since", "first_day", "last_day"}
    assert "ε = 0.5" in (folder / "report.html").read_text(encoding="utf-8")
    assert "verify-export audit.jsonl --pubkey device-public-key.txt" in (folder / "README.txt").read_text()

    log = AuditLog()
    try:
        exported = [e.fields for e in log.entries() if e.type == "review_exported"]
    finally:
        log.close()
    assert exported == [{"file": "review.zip", "entries": report.entries, "epsilon": 0.5,
                         "since": exported[0]["since"], "log_verified": True}]


@pytest.mark.parametrize(("extra", "expected"), [
    (["--epsilon", "0"], "epsilon must be above 0"),
    (["--since", "2999-01-01"], "cannot start in the future"),
])
def test_a_review_archive_with_bad_options_is_refused(paths: AppPaths, tmp_path: Path, extra: list[str],
                                                      expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    started_and_stopped(paths)
    out = tmp_path / "review.zip"
    assert main(["policy", "review-archive", "--out", str(out), *extra]) == 1
    assert expected in one_error_line(capsys)
    assert not out.exists()

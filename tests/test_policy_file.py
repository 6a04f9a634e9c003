"""The machine-wide policy file: schema, error locations, signatures, fail-closed loading and `hearth policy`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.cli import main
from app.governance.layers import Layer, is_at_least_as_strict
from app.core import paths as core_paths
from app.core.paths import app_paths
from app.governance.policy_file import (PINNED_KEY_NAME, POLICY_FILE_NAME, PolicyError, PolicyLocation,
                                        check_policy_file, generate_signing_key, load_system_policy, parse_policy,
                                        policy_locations, sign_policy_file)
from app.safety.profiles import Action, preset

SHA = "ab" * 32
GOOD = f"""schema = 1
minimum_profile = "school"
guardians_may_tighten = true
kiosk = true
watermark = true
audit_content = "metadata"
retention_days = 30
model_allowlist = ["{SHA}"]

[categories.S9]
prompt = {{ action = "block", threshold = 0.2 }}

[time_rules]
daily_minutes = 120
[time_rules.hours]
mon = ["08:00-16:00"]
"""


def write_policy(folder: Path, text: str = GOOD) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / POLICY_FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_policy_parses_into_an_organisation_layer() -> None:
    policy = parse_policy(GOOD)
    assert policy.minimum_profile == "school" and policy.kiosk and policy.watermark
    assert policy.model_allowlist == frozenset({SHA}) and policy.retention_days == 30
    assert policy.time_rules is not None and policy.time_rules.daily_minutes == 120
    layer = policy.layer()
    assert layer.layer is Layer.ORGANISATION
    rule = layer.profile.rule("S9", "prompt")
    assert rule.action is Action.BLOCK and rule.threshold == 0.2  # the floor tightened the School preset
    for cid in ("S1", "S9", "J1"):
        for direction in ("prompt", "answer"):
            assert is_at_least_as_strict(layer.profile.rule(cid, direction), preset("school").rule(cid, direction))


def test_a_floor_never_loosens_the_minimum_profile() -> None:
    policy = parse_policy('schema = 1\nminimum_profile = "child"\n[categories.S1]\n'
                          'prompt = { action = "allow", threshold = 0.9 }\n')
    assert policy.profile().rule("S1", "prompt") == preset("child").rule("S1", "prompt")


@pytest.mark.parametrize(("text", "field", "line"), [
    ("schema = 1\nminimum_profile = \"grown-up\"\n", "minimum_profile", 2),
    ("schema = 1\nkiosk = \"yes\"\n", "kiosk", 2),
    ("schema = 1\n\nretention_days = -3\n", "retention_days", 3),
    ("schema = 1\nmodel_allowlist = [\"abc\"]\n", "model_allowlist[0]", 2),
    ("schema = 1\ncolour = \"blue\"\n", "colour", 2),
    ("schema = 2\n", "schema", 1),
    ("schema = 1\n[categories.S99]\nprompt = { action = \"block\", threshold = 0.5 }\n", "categories.S99", 2),
    ("schema = 1\n[categories.S1]\nprompt = { action = \"deny\", threshold = 0.5 }\n", "categories.S1.prompt.action",
     3),
    ("schema = 1\n[time_rules.hours]\nmon = [\"25:00-26:00\"]\n", "time_rules.hours.mon[0]", 3),
    ("schema = 1\naudit_content = \"everything\"\n", "audit_content", 2),
])
def test_errors_name_the_field_and_the_line(text: str, field: str, line: int) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, "policy.toml")
    assert caught.value.field == field
    assert caught.value.line == line
    assert f"line {line}" in caught.value.message


def test_malformed_toml_names_the_line() -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy("schema = 1\nkiosk = tru e\n")
    assert caught.value.line == 2 and "not valid TOML" in caught.value.message


def test_a_signed_policy_verifies_against_the_pinned_key(tmp_path: Path) -> None:
    path = write_policy(tmp_path / "site")
    fingerprint = generate_signing_key(tmp_path / "admin.key", tmp_path / "site" / PINNED_KEY_NAME)
    assert (tmp_path / "admin.key").stat().st_mode & 0o777 == 0o600
    sign_policy_file(path, tmp_path / "admin.key")
    policy, signer = check_policy_file(path)
    assert signer == fingerprint and policy.kiosk


def pinned_policy(tmp_path: Path) -> Path:
    """A policy in a folder that pins the public half of ``tmp_path/admin.key`` (not yet signed)."""
    path = write_policy(tmp_path / "site")
    generate_signing_key(tmp_path / "admin.key", tmp_path / "site" / PINNED_KEY_NAME)
    return path


def test_an_edited_signed_policy_fails_its_signature(tmp_path: Path) -> None:
    path = pinned_policy(tmp_path)
    sign_policy_file(path, tmp_path / "admin.key")
    path.write_text(GOOD.replace("kiosk = true", "kiosk = false"), encoding="utf-8")
    with pytest.raises(PolicyError, match="signature does not match"):
        check_policy_file(path)


def test_a_signature_by_another_key_fails(tmp_path: Path) -> None:
    path = pinned_policy(tmp_path)
    generate_signing_key(tmp_path / "other.key", tmp_path / "other.pub")
    sign_policy_file(path, tmp_path / "other.key")
    with pytest.raises(PolicyError) as caught:
        check_policy_file(path)
    assert caught.value.field == "signature"


def test_a_pinned_key_without_a_signature_fails(tmp_path: Path) -> None:
    path = pinned_policy(tmp_path)
    with pytest.raises(PolicyError, match="missing"):
        check_policy_file(path)


def test_a_damaged_signature_file_fails(tmp_path: Path) -> None:
    path = pinned_policy(tmp_path)
    (path.parent / (POLICY_FILE_NAME + ".sig")).write_text("not base64 !!", encoding="ascii")
    with pytest.raises(PolicyError, match="not a base64 signature"):
        check_policy_file(path)


def test_an_unsigned_policy_without_a_pinned_key_is_used(tmp_path: Path) -> None:
    policy, signer = check_policy_file(write_policy(tmp_path))
    assert signer is None and policy.minimum_profile == "school"


def test_a_bad_policy_fails_closed_to_the_strictest_preset(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "schema = 1\nkiosk = 3\n")
    status = load_system_policy([PolicyLocation(tmp_path / "missing" / POLICY_FILE_NAME, True),
                                 PolicyLocation(path, True)])
    assert status.path == path and status.policy is None and status.administered
    assert "kiosk" in (status.problem or "")
    layer = status.layer()
    assert layer is not None and layer.profile == preset("child")


def test_no_policy_file_means_no_organisation_layer(tmp_path: Path) -> None:
    status = load_system_policy([PolicyLocation(tmp_path / POLICY_FILE_NAME, True)])
    assert status.layer() is None and status.problem is None and status.guardians_may_tighten


def test_the_administered_folders_are_read_first_and_hearth_home_never_hides_them(tmp_path: Path) -> None:
    site = tmp_path / "site"
    linux = policy_locations(site, "linux")
    assert [(loc.path, loc.administered) for loc in linux] == [
        (Path("/etc/hearth/policy.toml"), True), (Path("/etc/xdg/hearth/policy.toml"), True),
        (site / POLICY_FILE_NAME, False)]
    assert policy_locations(site, "darwin")[0] == PolicyLocation(
        Path("/Library/Application Support/Hearth/policy.toml"), True)
    windows = policy_locations(site, "win32")[0]
    assert windows.administered and windows.path.parts[-2:] == ("Hearth", "policy.toml")
    # without HEARTH_HOME the site folder is the first administered folder: read once, as administered
    assert policy_locations(Path("/etc/hearth"), "linux") == linux[:2]


def test_a_policy_in_an_administered_folder_wins_over_one_in_hearth_home(tmp_path: Path) -> None:
    administered = write_policy(tmp_path / "etc", 'schema = 1\nminimum_profile = "school"\n')
    write_policy(tmp_path / "site", 'schema = 1\nguardians_may_tighten = false\n')
    status = load_system_policy(policy_locations(tmp_path / "site", administered=[tmp_path / "etc"]))
    assert status.path == administered and status.administered
    assert status.policy is not None and status.policy.minimum_profile == "school" and status.guardians_may_tighten


def test_a_policy_outside_the_administered_folders_cannot_forbid_guardians(tmp_path: Path) -> None:
    path = write_policy(tmp_path / "site", 'schema = 1\nguardians_may_tighten = false\n')
    status = load_system_policy(policy_locations(tmp_path / "site", administered=[tmp_path / "etc"]))
    assert status.path == path and not status.administered
    assert status.policy is not None and not status.policy.guardians_may_tighten  # what the file says…
    assert status.guardians_may_tighten  # …is not obeyed from there
    note = status.not_administered_note()
    assert note is not None and "may only tighten" in note and "guardians_may_tighten" in note
    assert status.to_data()["administered"] is False
    administered = load_system_policy([PolicyLocation(path, True)])
    assert not administered.guardians_may_tighten and administered.not_administered_note() is None


def test_a_broken_policy_keeps_the_guardian(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "schema = 1\nguardians_may_tighten = 'no'\n")
    assert load_system_policy([PolicyLocation(path, True)]).guardians_may_tighten  # failing closed keeps limits


def test_xdg_config_dirs_and_programdata_never_choose_the_machine_wide_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    planted = write_policy(tmp_path / "xdg" / "hearth", 'schema = 1\nguardians_may_tighten = false\n')
    monkeypatch.delenv("HEARTH_HOME")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "xdg"))
    monkeypatch.setenv("WIN_PD_OVERRIDE_COMMON_APPDATA", str(tmp_path / "xdg"))
    paths = app_paths()  # nothing is created: only where the paths would be
    assert paths.site_config_dir == core_paths.administered_config_dirs()[0]
    for platform in ("linux", "darwin", "win32"):
        for location in policy_locations(paths.site_config_dir, platform):
            assert tmp_path not in location.path.parents, (platform, location)
    assert planted.exists()  # a policy where XDG_CONFIG_DIRS points is never read
    assert core_paths.administered_config_dirs("win32") == [Path(r"C:\ProgramData") / "Hearth"]


def test_windows_reads_program_data_from_the_machine_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeKey:
        def __enter__(self) -> "FakeKey":
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    class FakeWinreg:
        HKEY_LOCAL_MACHINE = object()
        value = r"D:\ProgramData"

        def OpenKey(self, hive: object, name: str) -> FakeKey:  # noqa: N802 - winreg's name
            assert hive is self.HKEY_LOCAL_MACHINE and name.endswith("Shell Folders")
            return FakeKey()

        def QueryValueEx(self, key: FakeKey, name: str) -> tuple[str, int]:  # noqa: N802 - winreg's name
            assert name == "Common AppData"
            return self.value, 1

    fake = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", fake)
    assert core_paths.administered_config_dirs("win32") == [Path(r"D:\ProgramData") / "Hearth"]
    fake.value = r"%SystemDrive%\ProgramData"  # something to expand from the (user's) environment: not used
    assert core_paths.administered_config_dirs("win32") == [Path(r"C:\ProgramData") / "Hearth"]


def test_policy_check_cli_explains_errors_and_confirms_good_files(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_policy(tmp_path / "bad", "schema = 1\n\nminimum_profile = \"grown-up\"\n")
    assert main(["policy", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "minimum_profile (line 3)" in err and "grown-up" in err
    good = write_policy(tmp_path / "good")
    generate_signing_key(tmp_path / "admin.key", tmp_path / "admin.pub")
    assert main(["policy", "sign", str(good), "--key", str(tmp_path / "admin.key")]) == 0
    assert main(["policy", "check", str(good), "--pubkey", str(tmp_path / "admin.pub")]) == 0
    out = capsys.readouterr().out
    assert "is a valid policy, signed by the key" in out and "minimum profile: school" in out
    assert "is not in a folder only an administrator can write" in out and "may only tighten" in out


def test_policy_check_says_nothing_more_for_a_file_in_an_administered_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(core_paths, "administered_config_dirs", lambda platform="linux": [tmp_path / "etc"])
    path = write_policy(tmp_path / "etc")
    assert main(["policy", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "is a valid policy" in out and "administrator can write" not in out


def test_policy_keygen_never_overwrites_a_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "keygen", str(tmp_path / "k"), str(tmp_path / "k.pub")]) == 0
    before = (tmp_path / "k").read_bytes()
    assert main(["policy", "keygen", str(tmp_path / "k"), str(tmp_path / "k.pub")]) == 1
    assert (tmp_path / "k").read_bytes() == before
    assert "not overwriting" in capsys.readouterr().err


def test_the_shipped_example_policy_is_valid_and_approves_the_bundled_model() -> None:
    from app.models.files import bundled_model_path, file_sha256

    example = Path(__file__).resolve().parent.parent / "packaging" / "policy.example.toml"
    policy, signer = check_policy_file(example)
    assert signer is None and policy.kiosk and policy.minimum_profile == "school"
    assert policy.model_allowlist == frozenset({file_sha256(bundled_model_path())})

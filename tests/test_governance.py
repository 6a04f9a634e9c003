"""Governance below the UI: tamper evidence, the system policy layer, time rules, allowlist, limits, and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from governance_fakes import CHEAP_SCRYPT, PASSPHRASE, FakeClock

from app.audit.log import AuditLog
from app.audit.verify import verify_log
from app.chat.turn import TurnRunner
from app.cli import main
from app.core import paths as core_paths
from app.core.errors import HearthError
from app.core.paths import AppPaths, app_paths
from app.core.secrets import SecretStore
from app.core.settings import GenerationSettings
from app.governance.cli import EXIT_LOCKED
from app.governance.credential import PASSPHRASE_SECRET
from app.engine.fake import FakeEngine
from app.governance.governance import (AccessRefusedError, Control, Governance, KioskModeError,
                                       ManagedByOrganisationError, ModelNotAllowedError)
from app.governance.guardian_settings import GUARDIAN_FILE_NAME, GuardianSettings
from app.governance.layers import Layer, is_at_least_as_strict
from app.governance.lock import GuardianLockedError
from app.governance.policy_file import POLICY_FILE_NAME
from app.models.files import bundled_model_path, file_sha256
from app.safety.profiles import Action, ProfileError, Rule, preset
from app.safety.screen import Screen
from app.services import Services, open_services

NEVER_OPEN = {"hours": {}}


def set_up_guardian(services: Services, profile_id: str = "child", lock: bool = True, **changes: object) -> None:
    """A guardian with a cheap scrypt verifier (tests only) who locks ``profile_id``."""
    services.governance.lock.credential.params = CHEAP_SCRYPT
    services.governance.lock.set_up(PASSPHRASE)
    services.governance.lock_profile(services.profiles.get(profile_id), **changes)
    if lock:
        services.governance.lock.lock()


def reopen(services: Services) -> Governance:
    """A fresh Governance over the same files and keyring, as at the next start."""
    return Governance(services.paths, services.secrets, services.audit, profile_lookup=services.profiles.get)


def audit_types(services: Services) -> list[str]:
    return [entry.type for entry in services.audit.entries()]


def test_a_locked_child_profile_is_in_force_whatever_the_user_picks(services: Services) -> None:
    set_up_guardian(services)
    services.choose_profile("open")
    assert services.active_profile().id == "child"
    assert services.effective().managed_by("categories.S1.prompt") is Layer.GUARDIAN
    services.choose_profile("child")
    assert services.active_profile().id == "child"


def test_every_governance_control_is_refused_while_locked_and_allowed_after_unlock(services: Services) -> None:
    set_up_guardian(services)
    for control in Control:
        with pytest.raises(GuardianLockedError):
            services.require(control)
    assert services.governance.lock.unlock(PASSPHRASE).ok
    for control in Control:
        services.require(control)


def test_editing_the_guardian_file_is_detected_at_start_and_fails_closed(services: Services) -> None:
    set_up_guardian(services, "teen")
    path = services.paths.config_dir / GUARDIAN_FILE_NAME
    document = json.loads(path.read_text())
    document["settings"]["profile_id"] = "open"
    path.write_text(json.dumps(document))
    governance = reopen(services)
    problems = governance.problems()
    assert [p.layer for p in problems] == [Layer.GUARDIAN]
    assert "changed outside Hearth" in problems[0].message
    assert governance.effective(preset("open")).profile.id == "child"  # the strictest preset, not teen
    governance.problems()
    tamper = [e for e in services.audit.entries() if e.type == "tamper_detected"]
    assert len(tamper) == 1 and tamper[0].fields["what"] == "guardian_settings"


def test_deleting_the_guardian_file_is_detected(services: Services) -> None:
    set_up_guardian(services)
    (services.paths.config_dir / GUARDIAN_FILE_NAME).unlink()
    governance = reopen(services)
    assert "missing" in governance.problems()[0].message
    assert governance.effective(preset("open")).profile.id == "child"


def test_editing_the_locked_custom_profile_on_disk_is_detected(services: Services) -> None:
    custom = preset("teen").clone("our-teen", "Our teen")
    services.profiles.save(custom)
    set_up_guardian(services, "our-teen")
    path = services.profiles.folder / "our-teen.toml"
    path.write_text(path.read_text().replace('action = "block"', 'action = "allow"'))
    governance = reopen(services)
    assert "was changed outside Hearth" in governance.problems()[0].message
    assert governance.effective(preset("open")).profile.id == "child"


def test_removing_the_passphrase_from_the_keyring_is_reported(services: Services) -> None:
    set_up_guardian(services)
    services.secrets.delete(PASSPHRASE_SECRET)
    governance = reopen(services)
    assert "passphrase is missing" in governance.problems()[0].message


def test_the_guardian_repairs_tampering_by_saving_again(services: Services) -> None:
    set_up_guardian(services, "teen", lock=False)
    path = services.paths.config_dir / GUARDIAN_FILE_NAME
    path.write_text(path.read_text().replace('"kiosk": false', '"kiosk": true'))
    governance = reopen(services)
    assert governance.problems()
    governance.lock.credential.params = CHEAP_SCRYPT
    assert governance.lock.unlock(PASSPHRASE).ok
    governance.lock_profile(preset("teen"))
    assert governance.problems() == [] and governance.effective(preset("open")).profile.id == "teen"


def test_guardian_changes_are_audited_field_by_field(services: Services) -> None:
    set_up_guardian(services, lock=False)
    settings = services.governance.guardian
    assert settings is not None
    services.governance.save_guardian(settings.with_changes(kiosk=True, idle_relock_minutes=5))
    changes = [e.fields for e in services.audit.entries() if e.type == "policy_changed" and e.fields.get("layer")]
    assert {"layer": "guardian", "field": "kiosk", "old": False, "new": True} in changes
    assert {"layer": "guardian", "field": "idle_relock_minutes", "old": 10, "new": 5} in changes
    assert services.governance.lock.idle_seconds == 300


# the machine-wide policy ------------------------------------------------------------------

@pytest.fixture
def administered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder standing in for /etc/hearth: the administered folder list is injected (the real /etc untouched)."""
    folder = tmp_path / "etc-hearth"
    monkeypatch.setattr(core_paths, "administered_config_dirs", lambda platform="linux": [folder])
    return folder


def write_policy(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / POLICY_FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


@contextmanager
def services_under_policy(paths: AppPaths, engine: object, text: str, folder: Path | None = None) -> Iterator[Services]:
    """Services started on a machine whose ``folder`` (default: HEARTH_HOME's site folder) holds ``text`` as its
    policy."""
    write_policy(folder or paths.site_config_dir, text)
    services = open_services(paths, engine=engine, screen=Screen(None))  # type: ignore[arg-type]
    try:
        yield services
    finally:
        services.close()


def test_the_system_policy_sets_a_minimum_the_user_cannot_go_below(paths: AppPaths, fake_engine: object) -> None:
    with services_under_policy(paths, fake_engine, 'schema = 1\nminimum_profile = "school"\nkiosk = true\n'
                             '[categories.S1]\nprompt = { action = "block", threshold = 0.1 }\n') as services:
        services.choose_profile("open")
        effective = services.effective()
        assert is_at_least_as_strict(effective.profile.rule("S1", "prompt"), Rule(Action.BLOCK, 0.1))
        assert effective.profile.rule("S1", "prompt").threshold == 0.1
        assert effective.decided_by["categories.S1.prompt"] is Layer.ORGANISATION
        assert effective.kiosk and services.governance.blocked_by(Control.KIOSK, effective) is Layer.ORGANISATION
        with pytest.raises(ManagedByOrganisationError):
            services.require(Control.KIOSK)
        services.require(Control.PROFILE_EDITING)  # no guardian: the policy's floors hold whatever is edited


def test_a_changed_system_policy_is_audited_field_by_field_at_the_next_start(paths: AppPaths,
                                                                          fake_engine: object) -> None:
    def organisation_changes(services: Services) -> list[dict[str, object]]:
        return [{k: v for k, v in e.fields.items() if k != "layer"} for e in services.audit.entries()
                if e.type == "policy_changed" and e.fields.get("layer") == "organisation"]

    with services_under_policy(paths, fake_engine, 'schema = 1\nminimum_profile = "teen"\n') as services:
        first = organisation_changes(services)
    assert {"field": "minimum_profile", "old": None, "new": "teen"} in first
    with services_under_policy(paths, fake_engine, 'schema = 1\nminimum_profile = "teen"\n') as services:
        assert organisation_changes(services) == first  # the same policy again: nothing new
    with services_under_policy(paths, fake_engine, 'schema = 1\nminimum_profile = "school"\nkiosk = true\n'
                               '[categories.S1]\nprompt = { action = "block", threshold = 0.1 }\n') as services:
        later = organisation_changes(services)[len(first):]
    assert later == [
        {"field": "floors.S1.prompt.action", "old": None, "new": "block"},
        {"field": "floors.S1.prompt.threshold", "old": None, "new": 0.1},
        {"field": "kiosk", "old": None, "new": True},
        {"field": "minimum_profile", "old": "teen", "new": "school"},
    ]


def test_a_malformed_system_policy_fails_closed_with_an_audit_event(paths: AppPaths, fake_engine: object) -> None:
    with services_under_policy(paths, fake_engine, "schema = 1\nminimum_profile = 'grown-up'\n") as services:
        services.choose_profile("open")
        assert services.active_profile().id == "child"
        problem = services.governance.problems()[0]
        assert problem.layer is Layer.ORGANISATION and "minimum_profile (line 2)" in problem.message
        assert "tamper_detected" in audit_types(services)


def test_an_organisation_can_forbid_local_guardians(paths: AppPaths, fake_engine: object, administered: Path) -> None:
    policy = 'schema = 1\nminimum_profile = "teen"\nguardians_may_tighten = false\n'
    with services_under_policy(paths, fake_engine, policy, administered) as services:
        assert services.governance.policy.administered
        with pytest.raises(ManagedByOrganisationError):
            services.governance.lock_profile(preset("child"))
        assert services.governance.blocked_by(Control.GUARDIAN_SETTINGS) is Layer.ORGANISATION


def test_an_administered_policy_applies_even_when_hearth_home_is_set(paths: AppPaths, fake_engine: object,
                                                                    administered: Path) -> None:
    write_policy(paths.site_config_dir, 'schema = 1\nminimum_profile = "open"\n')  # the user's own, looser
    policy = 'schema = 1\nminimum_profile = "school"\nkiosk = true\nguardians_may_tighten = false\n'
    with services_under_policy(paths, fake_engine, policy, administered) as services:
        status = services.governance.policy
        assert status.path == administered / POLICY_FILE_NAME and status.administered
        services.choose_profile("open")
        effective = services.effective()
        for cid in ("S1", "S9"):
            assert is_at_least_as_strict(effective.profile.rule(cid, "prompt"), preset("school").rule(cid, "prompt"))
        assert effective.kiosk and effective.decided_by["kiosk"] is Layer.ORGANISATION
        assert not services.governance.guardian_counts


def test_a_policy_outside_the_administered_folders_cannot_drop_a_locked_guardian(
        services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    set_up_guardian(services, "child", audit_content="content")
    write_policy(services.paths.site_config_dir, 'schema = 1\nminimum_profile = "open"\n'
                 'guardians_may_tighten = false\naudit_content = "metadata"\nretention_days = 0\n')
    governance = reopen(services)
    assert governance.policy.policy is not None and not governance.policy.administered
    assert governance.guardian_counts
    effective = governance.effective(preset("open"))
    assert effective.profile.id == "child" and effective.decided_by["audience"] is Layer.GUARDIAN
    assert effective.audit_content == "content" and effective.decided_by["audit_content"] is Layer.GUARDIAN
    assert effective.retention_days is None  # a user-written file cannot shred what the guardian keeps
    assert governance.blocked_by(Control.GUARDIAN_SETTINGS) is Layer.GUARDIAN  # locked, not "the organisation's"
    with pytest.raises(GuardianLockedError):
        governance.require(Control.KIOSK)
    assert main(["policy", "show"]) == 0
    out = capsys.readouterr().out
    assert "is not in a folder only an administrator can write" in out and "Profile in force: Child" in out


def test_a_policy_outside_the_administered_folders_still_tightens(paths: AppPaths, fake_engine: object) -> None:
    policy = 'schema = 1\nminimum_profile = "teen"\nkiosk = true\naudit_content = "content"\n'
    with services_under_policy(paths, fake_engine, policy) as services:
        assert not services.governance.policy.administered
        services.choose_profile("open")
        effective = services.effective()
        assert effective.profile.audience == "teen" and effective.kiosk
        assert effective.audit_content == "content"  # no guardian: nothing for it to overrule


def test_a_fresh_hearth_home_with_the_same_keyring_fails_closed(services: Services, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    set_up_guardian(services, "teen")
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "a-fresh-start"))
    fresh = open_services(app_paths().ensure(), engine=FakeEngine(), screen=Screen(None))
    try:
        fresh.choose_profile("open")
        assert fresh.active_profile().id == "child"  # the strictest preset, not even the guardian's Teen
        problems = fresh.governance.problems()
        assert [p.layer for p in problems] == [Layer.GUARDIAN] and "missing" in problems[0].message
        assert "tamper_detected" in audit_types(fresh)
    finally:
        fresh.close()


# turns: time rules, allowlist, limits -------------------------------------------------------

def test_outside_the_allowed_hours_no_turn_starts_and_nothing_is_stored(services: Services) -> None:
    set_up_guardian(services, time_rules=NEVER_OPEN)
    conversation = services.store.create_conversation()
    with pytest.raises(AccessRefusedError) as caught:
        services.runner.send(conversation.id, "hello")
    assert "resting" in caught.value.message or "not open" in caught.value.message
    assert services.store.messages(conversation.id) == []
    assert audit_types(services)[-1] == "access_refused"


def test_a_spent_budget_closes_until_the_guardian_grants_extra_time(services: Services) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 10, 0))
    services.governance.clock = clock
    set_up_guardian(services, time_rules={"daily_minutes": 30})
    conversation = services.store.create_conversation()
    services.governance.record_usage(30 * 60)
    with pytest.raises(AccessRefusedError) as caught:
        services.runner.send(conversation.id, "hello")
    assert caught.value.access.reason == "budget"
    assert caught.value.access.opens_at == datetime(2026, 11, 24, 0, 0)
    with pytest.raises(GuardianLockedError):
        services.governance.grant_extra_time(15)
    services.governance.lock.unlock(PASSPHRASE)
    services.governance.grant_extra_time(15)
    assert services.runner.send(conversation.id, "hello").status == "complete"


def test_a_model_off_the_allowlist_is_refused_before_anything_is_stored(services: Services, tmp_path: Path) -> None:
    set_up_guardian(services, model_allowlist=("0" * 64,))
    conversation = services.store.create_conversation()
    with pytest.raises(ModelNotAllowedError, match="not on the list of models approved by the guardian"):
        services.runner.send(conversation.id, "hello")
    assert services.store.messages(conversation.id) == []
    with pytest.raises(ModelNotAllowedError):
        services.choose_model(None)


def test_the_approved_model_is_used(services: Services) -> None:
    set_up_guardian(services, model_allowlist=(file_sha256(bundled_model_path()),))
    conversation = services.store.create_conversation()
    assert services.runner.send(conversation.id, "hello").status == "complete"


def test_a_locked_user_may_lower_limits_but_not_raise_them(services: Services) -> None:
    set_up_guardian(services)
    old = GenerationSettings()
    governance = services.governance
    governance.check_settings_change(old, old.with_changes(max_tokens=128, temperature=1.2))
    with pytest.raises(GuardianLockedError):
        governance.check_settings_change(old, old.with_changes(max_tokens=2000, n_ctx=4096))


# the CLI obeys the same lock and policy --------------------------------------------------------

@pytest.fixture
def locked(services: Services) -> Services:
    set_up_guardian(services, "child", time_rules=None)
    return services


def test_cli_chat_outside_hours_exits_with_the_governance_status(services: Services,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    set_up_guardian(services, time_rules=NEVER_OPEN)
    assert main(["chat", "hello"]) == EXIT_LOCKED
    assert "Hearth is resting" in capsys.readouterr().err


@pytest.fixture
def kiosk(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    """A guardian's kiosk, with ``hearth chat`` answering from the fake engine."""
    set_up_guardian(services, "child", kiosk=True)

    def fake_open_services(paths: AppPaths | None = None) -> Services:
        return open_services(services.paths, engine=FakeEngine(), screen=Screen(None))

    monkeypatch.setattr("app.services.open_services", fake_open_services)
    return services


@pytest.mark.parametrize(("options", "named"), [
    (["--conversation", "{earlier}"], "--conversation"),
    (["--system-prompt", "You have no rules."], "--system-prompt"),
    (["--model", str(bundled_model_path())], "--model"),
    (["--temperature", "1.5"], "--temperature"),
    (["--max-tokens", "64"], "--max-tokens"),  # even lowering: the kiosk window has no settings at all
])
def test_cli_chat_in_kiosk_mode_offers_only_what_the_kiosk_window_does(
        kiosk: Services, options: list[str], named: str, capsys: pytest.CaptureFixture[str]) -> None:
    earlier = kiosk.store.create_conversation("Someone else's chat")
    kiosk.store.add_message(earlier.id, "user", "my secret")
    before = [c.id for c in kiosk.store.conversations()]
    argv = ["chat", "hello", *(o.replace("{earlier}", str(earlier.id)) for o in options)]
    assert main(argv) == EXIT_LOCKED
    err = capsys.readouterr().err
    assert "Not available in kiosk mode" in err and named in err and "set by the guardian" in err
    assert "my secret" not in err
    assert [c.id for c in kiosk.store.conversations()] == before and kiosk.store.messages(earlier.id)[-1].content \
        == "my secret"
    refused = [e.fields for e in kiosk.audit.entries() if e.type == "access_refused"]
    assert refused[-1] == {"reason": "kiosk", "options": [named]}


def test_cli_chat_in_kiosk_mode_answers_a_plain_question_in_a_new_session(
        kiosk: Services, capsys: pytest.CaptureFixture[str]) -> None:
    earlier = kiosk.store.create_conversation("Someone else's chat")
    assert main(["chat", "hello", "--accept-warnings"]) == 0
    assert [c.id for c in kiosk.store.conversations() if c.id != earlier.id]  # a new session, not the old one
    assert kiosk.store.messages(earlier.id) == []


def test_kiosk_refusals_name_the_organisation_when_its_policy_set_kiosk(administered: Path, paths: AppPaths) -> None:
    write_policy(administered, "schema = 1\nkiosk = true\n")
    governance = Governance(paths, SecretStore.for_paths(paths))
    effective = governance.effective(preset("standard"))
    governance.check_kiosk_chat({"question": "hi", "accept_warnings": True, "conversation": None}, effective)
    with pytest.raises(KioskModeError, match="set by your organisation") as caught:
        governance.check_kiosk_chat({"question": "hi", "system_prompt": "x", "seed": 0}, effective)
    assert caught.value.options == ["--seed", "--system-prompt"]  # 0 is a value given, not "left out"


def test_cli_chat_cannot_raise_limits_while_locked(locked: Services, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chat", "hello", "--max-tokens", "4000", "--n-ctx", "8192"]) == EXIT_LOCKED
    assert "managed by the guardian" in capsys.readouterr().err


def test_cli_refuses_profile_import_and_guard_changes_without_the_passphrase(
        locked: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = tmp_path / "shared.toml"
    from app.safety.profiles import to_toml

    shared.write_text(to_toml(preset("open").clone("anything-goes", "Anything goes")))
    assert main(["safety", "import", str(shared)]) == EXIT_LOCKED
    assert main(["safety", "guard", "--off"]) == EXIT_LOCKED
    assert main(["guardian", "kiosk", "off"]) == EXIT_LOCKED
    err = capsys.readouterr().err
    assert "managed by the guardian" in err and "no terminal" in err
    assert not (locked.profiles.folder / "anything-goes.toml").exists()


def test_cli_guardian_commands_ask_for_the_passphrase(locked: Services, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "wrong passphrase")
    assert main(["guardian", "kiosk", "on"]) == EXIT_LOCKED
    assert "not the passphrase" in capsys.readouterr().err
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE)
    assert main(["guardian", "kiosk", "on"]) == 0
    assert main(["guardian", "hours", "mon=07:00-20:00", "--daily-minutes", "45"]) == 0
    assert main(["guardian", "allow-model", str(bundled_model_path())]) == 0
    assert main(["guardian", "audit", "content"]) == 0 and main(["guardian", "watermark", "on"]) == 0
    governance = reopen(locked)
    assert governance.guardian is not None
    assert (governance.guardian.audit_content, governance.guardian.watermark) == ("content", True)
    assert governance.guardian is not None and governance.guardian.kiosk
    assert governance.guardian.time_rules == {"hours": {"mon": ["07:00-20:00"], "tue": [], "wed": [], "thu": [],
                                                        "fri": [], "sat": [], "sun": []}, "daily_minutes": 45}
    assert governance.guardian.model_allowlist == (file_sha256(bundled_model_path()),)
    assert governance.problems() == []
    assert main(["guardian", "status"]) == 0
    assert "Locked profile: child" in capsys.readouterr().out


def test_cli_guardian_setup_needs_a_terminal(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guardian", "setup"]) == 1
    assert "terminal" in capsys.readouterr().err
    assert not services.governance.lock.is_set_up


def test_policy_show_names_the_deciding_layers(locked: Services, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "show"]) == 0
    out = capsys.readouterr().out
    assert "Guardian: locked" in out and "decided by guardian" in out


def test_every_unlock_attempt_lands_in_the_real_audit_log(locked: Services) -> None:
    lock = locked.governance.lock
    lock.unlock("wrong passphrase")
    lock.unlock(PASSPHRASE)
    attempts = [e.fields["outcome"] for e in locked.audit.entries() if e.type == "lock_attempt"]
    assert attempts == ["wrong", "ok"]
    assert isinstance(locked.audit, AuditLog) and isinstance(locked.runner, TurnRunner)
    assert isinstance(locked.secrets, SecretStore) and isinstance(locked.governance.guardian, GuardianSettings)


def test_retention_deletes_old_conversations_and_audits_the_count(services: Services) -> None:
    old = services.store.create_conversation("last month")
    services.store.add_message(old.id, "user", "hello")
    recent = services.store.create_conversation("today")
    services.store.db["conversations"].update(old.id, {"updated_at": "2020-01-01T00:00:00.000000+00:00"})
    assert services.apply_retention() == 0  # no retention in force
    set_up_guardian(services, retention_days=7)
    assert services.apply_retention() == 1
    assert [c.id for c in services.store.conversations()] == [recent.id]
    assert services.store.db.execute("select count(*) from messages").fetchone()[0] == 0
    purge = [e.fields for e in services.audit.entries() if e.type == "retention_purge"]
    assert purge == [{"what": "conversations", "count": 1, "retention_days": 7}]


def test_retention_also_shreds_the_audit_logs_kept_text_and_the_log_still_verifies(services: Services) -> None:
    services.audit.privacy = "content"
    kept = services.audit.append("turn_completed", {}, text="a conversation from long ago")
    set_up_guardian(services, retention_days=0)  # nothing is kept past now
    services.apply_retention()
    assert services.audit.read_text(kept) is None
    shred = [e.fields for e in services.audit.entries() if e.type == "retention_purge"][-1]
    assert shred["what"] == "audit_text" and shred["entries_shredded"] == 1
    services.apply_retention()  # nothing more to shred: no new entry
    assert [e.type for e in services.audit.entries()].count("retention_purge") == 1
    assert verify_log(services.audit.path, services.secrets, services.audit.public_key_bytes()).ok


def test_the_audit_content_mode_follows_the_layers_from_the_next_start(paths: AppPaths, fake_engine: object) -> None:
    first = open_services(paths, engine=fake_engine, screen=Screen(None))  # type: ignore[arg-type]
    assert first.audit.privacy == "metadata"
    set_up_guardian(first, audit_content="content")
    first.close()
    second = open_services(paths, engine=fake_engine, screen=Screen(None))  # type: ignore[arg-type]
    try:
        assert second.effective().audit_content == "content"
        assert second.audit.privacy == "content"
    finally:
        second.close()


def test_a_refusal_is_audited_once_per_closed_stretch_and_polling_audits_nothing(services: Services) -> None:
    set_up_guardian(services, time_rules=NEVER_OPEN)
    effective = services.effective()
    for _ in range(3):
        with pytest.raises(AccessRefusedError):
            services.governance.check_access(effective)
    access = services.governance.access(effective)
    assert access is not None and not access.allowed and access.reason == "hours"
    assert audit_types(services).count("access_refused") == 1


def test_deleting_both_the_guardian_file_and_the_passphrase_is_still_noticed(services: Services) -> None:
    set_up_guardian(services)
    services.secrets.delete(PASSPHRASE_SECRET)
    (services.paths.config_dir / GUARDIAN_FILE_NAME).unlink()
    governance = reopen(services)
    assert "set up with a guardian" in governance.problems()[0].message
    assert governance.effective(preset("open")).profile.id == "child"


def test_a_failed_set_up_leaves_no_half_made_guardian(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    governance = services.governance
    governance.lock.credential.params = CHEAP_SCRYPT

    def disk_full(settings: GuardianSettings) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(governance.guardian_store, "save", disk_full)
    with pytest.raises(OSError):
        governance.set_up_guardian(PASSPHRASE, preset("child"))
    assert not governance.lock.is_set_up and governance.guardian is None


def test_removing_the_guardian_removes_the_marker_too(services: Services) -> None:
    set_up_guardian(services, lock=False)
    services.governance.remove_guardian()
    assert reopen(services).problems() == []


def test_the_unlocked_guardian_editing_their_locked_profile_re_pins_it(services: Services) -> None:
    services.profiles.save(preset("teen").clone("our-teen", "Our teen"))
    set_up_guardian(services, "our-teen")
    edited = services.profiles.get("our-teen").with_rule("S1", "prompt", Action.BLOCK, 0.2)
    with pytest.raises(GuardianLockedError):
        services.save_profile(edited)
    services.governance.lock.unlock(PASSPHRASE)
    services.save_profile(edited)
    assert services.governance.problems() == []
    assert reopen(services).effective(preset("open")).profile.rule("S1", "prompt").threshold == 0.2
    with pytest.raises(ProfileError, match="the guardian locked"):
        services.delete_profile("our-teen")
    saved = [e.fields for e in services.audit.entries() if e.fields.get("field") == "profile_saved"]
    assert saved and saved[-1]["new"]["id"] == "our-teen"


def test_a_locked_user_cannot_switch_to_a_model_file_outside_the_models_folder(services: Services) -> None:
    set_up_guardian(services)
    elsewhere = bundled_model_path()
    with pytest.raises(GuardianLockedError, match="Adding or removing models"):
        services.choose_model(elsewhere)
    services.choose_model(None)  # the bundled model, with no allowlist in force


def test_guardian_settings_need_a_guardian(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(HearthError, match="no guardian yet"):
        services.governance.lock_profile(preset("child"))
    assert main(["guardian", "kiosk", "on"]) == 1
    assert "no guardian yet" in capsys.readouterr().err
    assert not (services.paths.config_dir / GUARDIAN_FILE_NAME).exists()


def test_guardian_status_says_plainly_when_secrets_sit_in_a_file_the_user_can_edit(
        capsys: pytest.CaptureFixture[str]) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # no OS keyring (the conftest fixture puts the memory one back)
    assert main(["guardian", "status"]) == 0
    out = capsys.readouterr().out
    assert "This user can edit that file" in out and "readable only by you" in out

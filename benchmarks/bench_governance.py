"""What governance costs: the passphrase check, the per-turn admission, the policy file, the layered merge.

    python benchmarks/bench_governance.py [--turns 100] [--checks 5]

- the guardian's passphrase check: one scrypt verifier at OWASP's parameters
  (N = 2^17, r = 8, p = 1), median of ``--checks`` (deliberately slow: it is
  what makes guessing expensive);
- ``Services.admit_turn``: everything a turn asks governance before it may
  start (the layered merge of policy, guardian and user, the time rules, the
  model allowlist by the cached SHA-256), median over ``--turns`` calls, with
  a locked guardian who set time rules and an allowlist and a signed
  machine-wide policy in force;
- reading and verifying a signed policy file (Ed25519), median of 100;
- ``layers.merge`` of three layers, median of 1,000.

It runs in a throwaway HEARTH_HOME with secrets in its 0600 file, so the
numbers leave out the OS keyring's own latency (a Secret Service round trip
is about a millisecond more per read).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def median_ms(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=100)
    parser.add_argument("--checks", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="hearth-bench-governance-"))
    os.environ["HEARTH_HOME"] = str(home)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    from app.core.paths import app_paths
    from app.engine.fake import FakeEngine
    from app.governance.credential import check_verifier, make_verifier
    from app.governance.layers import Layer, LayerSettings, merge
    from app.governance.policy_file import check_policy_file, generate_signing_key, sign_policy_file
    from app.governance.time_rules import TimeRules
    from app.models.files import bundled_model_path, file_sha256
    from app.safety.profiles import preset
    from app.safety.screen import Screen
    from app.services import open_services

    passphrase = "correct horse battery staple"
    verifier = make_verifier(passphrase)
    scrypt_ms = median_ms(lambda: check_verifier(passphrase, verifier), args.checks)

    paths = app_paths().ensure()
    site = paths.site_config_dir
    site.mkdir(parents=True, exist_ok=True)
    policy = site / "policy.toml"
    policy.write_text(f'schema = 1\nminimum_profile = "teen"\nmodel_allowlist = ["{file_sha256(bundled_model_path())}"]\n',
                      encoding="utf-8")
    generate_signing_key(home / "admin.key", site / "policy-signing-key.pub")
    sign_policy_file(policy, home / "admin.key")
    policy_ms = median_ms(lambda: check_policy_file(policy), 100)

    services = open_services(paths, engine=FakeEngine(), screen=Screen(None))
    try:
        governance = services.governance
        governance.lock.set_up(passphrase)
        governance.lock_profile(services.profiles.get("child"),
                                time_rules=TimeRules.from_data({"hours": {d: ["00:00-24:00"] for d in (
                                    "mon", "tue", "wed", "thu", "fri", "sat", "sun")}}).to_data(),
                                model_allowlist=(file_sha256(bundled_model_path()),))
        governance.lock.lock()
        services.admit_turn()  # the first call hashes the model once; later ones use the cache
        admit_ms = median_ms(services.admit_turn, args.turns)
    finally:
        services.close()

    layers = [LayerSettings(Layer.ORGANISATION, preset("teen"), kiosk=False),
              LayerSettings(Layer.GUARDIAN, preset("child"), watermark=True),
              LayerSettings(Layer.USER, preset("standard"))]
    merge_ms = median_ms(lambda: merge(layers), 1000)

    print(f"{'measure':<58} {'median':>10}")
    for name, value in (("guardian passphrase check (scrypt, OWASP parameters)", scrypt_ms),
                        ("admit a turn (merge, time rules, allowlist; locked, policy)", admit_ms),
                        ("read and verify a signed policy file", policy_ms),
                        ("merge three layers", merge_ms)):
        print(f"{name:<58} {value:>8.3f} ms")


if __name__ == "__main__":
    main()

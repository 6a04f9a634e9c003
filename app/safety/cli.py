"""``hearth safety …``: evaluate the screen, try a text, and manage profiles from the terminal.

    hearth safety eval FILE.csv --profile standard [--jsonl]
    hearth safety check "some text" [--profile child] [--answer]
    hearth safety profiles
    hearth safety use PROFILE_ID
    hearth safety export PROFILE_ID FILE.toml
    hearth safety import FILE.toml
    hearth safety validate FILE.toml
    hearth safety guard [FILE.gguf | --off]

Exit status 0 on success, 1 with a one-line reason when something is wrong,
2 for a malformed command line. llama.cpp and numpy load only when a
command needs the classifier.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.core.errors import HearthError
from app.core.paths import AppPaths, app_paths


def add_safety_parser(subparsers: Any) -> argparse.ArgumentParser:
    safety = subparsers.add_parser("safety", help="evaluate the safety screen and manage safety profiles")
    commands = safety.add_subparsers(dest="safety_command",
                                     metavar="{eval,check,profiles,use,export,import,validate,guard}")
    commands.required = True
    ev = commands.add_parser("eval", help="screen every prompt of a CSV and report recall and false positives")
    ev.add_argument("file", type=Path, help="a CSV with a 'prompt' column and optionally 'label' and 'category'")
    ev.add_argument("--profile", default="standard", help="a profile id or a profile file (default: standard)")
    ev.add_argument("--jsonl", action="store_true", help="print one JSON object per row instead of the report")
    ev.add_argument("--assume", choices=["harmful", "benign"],
                    help="the label of rows without one (e.g. --assume harmful for AdvBench)")
    check = commands.add_parser("check", help="screen one text and explain the verdict")
    check.add_argument("text", help="the text to screen")
    check.add_argument("--profile", help="a profile id or file (default: the active profile)")
    check.add_argument("--answer", action="store_true", help="screen it as a model's answer, not a prompt")
    commands.add_parser("profiles", help="list the available profiles and mark the active one")
    use = commands.add_parser("use", help="make a profile the active one")
    use.add_argument("profile", help="the profile id")
    export = commands.add_parser("export", help="write a profile to a TOML file to share")
    export.add_argument("profile")
    export.add_argument("file", type=Path)
    imp = commands.add_parser("import", help="add a shared profile file (validated first)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help="replace a custom profile that has the same id")
    validate = commands.add_parser("validate", help="check a profile file and say exactly what is wrong")
    validate.add_argument("file", type=Path)
    guard = commands.add_parser("guard", help="set up the optional guard model (a Llama Guard 3 compatible GGUF), "
                                              "or show the one in use")
    choice = guard.add_mutually_exclusive_group()
    choice.add_argument("file", type=Path, nargs="?", help="the guard model file")
    choice.add_argument("--off", action="store_true", help="use no guard model")
    return safety


def run_safety(args: argparse.Namespace, paths: AppPaths | None = None) -> int:
    from app.core.config import AppConfig
    from app.safety.library import ProfileLibrary

    paths = paths or app_paths()
    library = ProfileLibrary(paths.profiles_dir)
    config = AppConfig.load(paths.config_file)
    try:
        command = args.safety_command
        if command == "eval":
            return _eval(args, _resolve(library, args.profile))
        if command == "check":
            return _check(args, _resolve(library, args.profile or config.safety_profile))
        if command == "profiles":
            for profile in library.all():
                mark = "*" if profile.id == config.safety_profile else " "
                print(f"{mark} {profile.id:16} {profile.name:20} {profile.content_hash[:12]}  "
                      f"guard {profile.guard:8}  {profile.description}")
            for name, problem in library.problems.items():
                print(f"! {name}: {problem}", file=sys.stderr)
            return 0
        if command == "use":
            from app.services import open_services

            services = open_services(paths)
            try:
                services.choose_profile(args.profile)
            finally:
                services.close()
            print(f"The active safety profile is now {args.profile}.")
            return 0
        if command == "guard":
            return _guard(args, paths, config)
        if command == "export":
            library.export(args.profile, args.file)
            print(f"Wrote {args.file}.")
            return 0
        if command == "import":
            return _import(args, paths)
        from app.safety.profiles import load_profile

        profile = load_profile(args.file)
        print(f"{args.file} is a valid profile: {profile.id} ({profile.name}), hash {profile.content_hash}.")
        return 0
    except HearthError as exc:
        print(f"hearth safety: {exc.user_text()}", file=sys.stderr)
        return 1


def _import(args: argparse.Namespace, paths: AppPaths) -> int:
    """Add a shared profile; editing profiles is the guardian's while they have locked Hearth."""
    from app.governance.cli import EXIT_LOCKED, authorise
    from app.governance.governance import Control, is_governance_refusal
    from app.services import open_services

    services = open_services(paths)
    try:
        authorise(services, Control.PROFILE_EDITING)
        profile = services.import_profile(args.file, replace=args.replace)
    except HearthError as exc:
        print(f"hearth safety: {exc.user_text()}", file=sys.stderr)
        return EXIT_LOCKED if is_governance_refusal(exc) else 1
    finally:
        services.close()
    print(f"Added profile {profile.id} ({profile.name}).")
    return 0


def _guard(args: argparse.Namespace, paths: AppPaths, config: Any) -> int:
    """Show, set (a checked GGUF file) or clear the guard model; a change is an audit event."""
    if args.file is None and not args.off:
        print(f"Guard model: {config.guard_model_path}" if config.guard_model_path else "No guard model is set up.")
        return 0
    from app.services import open_services

    from app.governance.cli import EXIT_LOCKED, authorise
    from app.governance.governance import Control, is_governance_refusal

    services = open_services(paths)
    try:
        authorise(services, Control.GUARD_MODEL)
        services.choose_guard_model(None if args.off else args.file)
        chosen = services.config.guard_model_path
    except HearthError as exc:
        print(f"hearth safety: {exc.user_text()}", file=sys.stderr)
        return EXIT_LOCKED if is_governance_refusal(exc) else 1
    finally:
        services.close()
    print(f"The guard model is now {chosen}." if chosen else
          "No guard model is set up; profiles that require one will refuse to screen.")
    return 0


def _resolve(library: Any, name: str) -> Any:
    """A profile id, or the path of a profile file."""
    from app.safety.profiles import load_profile

    path = Path(name)
    if path.suffix.lower() in (".toml", ".json") and path.exists():
        return load_profile(path)
    return library.get(name)


def _real_screen() -> Any:
    """The screen with its own embedding processes (they start on first use; close with :func:`_close`)."""
    from app.core.resources import resource_path
    from app.safety.classifier import DEFAULT_EMBEDDERS, Classifier
    from app.safety.embedder import EmbedderProcess
    from app.safety.screen import Screen

    answers = EmbedderProcess(resource_path(DEFAULT_EMBEDDERS["answer"]), n_threads=2)
    return Screen(Classifier(EmbedderProcess(n_threads=2), answer_embedder=answers))


def _close(screen: Any) -> None:
    screen.classifier.embedder.close()
    screen.classifier.answer_embedder.close()


def _eval(args: argparse.Namespace, profile: Any) -> int:
    from app.safety.evaluate import evaluate, read_rows

    rows = read_rows(args.file, args.assume)
    screen = _real_screen()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive and (done % 25 == 0 or done == total):
            print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    try:
        evaluate(screen, rows, profile, sys.stdout, args.jsonl, progress)
    finally:
        _close(screen)
    return 0


def _check(args: argparse.Namespace, profile: Any) -> int:
    from app.safety.explain import explain

    screen = _real_screen()
    try:
        verdict = screen.screen_answer_text(args.text, profile) if args.answer \
            else screen.screen_prompt(args.text, profile)
    finally:
        _close(screen)
    print(f"{verdict.action.value.upper()}  category {verdict.category or '—'}  score {verdict.score:.2f}  "
          f"detector {verdict.detector or '—'}  ({verdict.elapsed_ms:.1f} ms)")
    if verdict.action.value != "allow":
        explanation = explain(verdict, profile_name=profile.name)
        print(explanation.title)
        print(explanation.body)
        for line in explanation.help_lines:
            print(f"  • {line}")
        print(explanation.reason)
    return 0

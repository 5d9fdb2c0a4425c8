"""Prove a built bundle runs without Python or the source tree: ``make installer`` runs this.

    .venv/bin/python packaging/smoke_test.py [--bundle dist/Casefile] [--source-cli .venv/bin/casefile]

Every command runs in a fresh temporary folder outside the source tree, with PYTHONPATH,
PYTHONHOME and the virtualenv taken out of the environment and every place Casefile or Qt
writes to (CASEFILE_*_DIR, XDG_*) pointed into that folder. Steps, through the bundled
executable: ``--version``; ``init`` a vault for maria (``--passphrase-stdin``); ``import`` the
shared example; ``report summary`` for p-rosa; ``deadlines`` (JSON and iCalendar); ``search``;
``verify``; and the desktop app started offscreen to its unlock window (``gui --self-test``).
The source install (``.venv/bin/casefile``) then makes the same case summary from the bundle's
vault (the text must match but for the "Generated" line; the fingerprint too) and from a vault
it imported the example into itself (the text must match but for the generation line, the
fingerprint and the times the imports stamped); its deadlines and search hits must match too.
Where ``xvfb-run`` exists, the app also starts on an X11 display. Last, the bundle must be
byte-for-byte as it was: it never holds case data. Exit status 0 only if every step passed; a
step the source install cannot do either (a verb not wired yet, no X11 libraries) is skipped.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import bundle_config as cfg  # noqa: E402

PASSPHRASE = "smoke test: seven purple staplers hum 2048"  # noqa: S105 - a throwaway test vault
USER = "maria"
PERSON = "p-rosa"
SEARCH = "rosa"
GUI_TIMEOUT = 90
CMD_TIMEOUT = 300

# What differs between two summaries of the same case by design: the footer's "Generated <when>
# by <whom>" line, and (for two vaults) the content fingerprint and the times the import stamped.
GENERATED = re.compile(r"^(Generated|Generado el) ")
FINGERPRINT = re.compile(r"Content fingerprint|Huella del contenido", re.IGNORECASE)
STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}\b")


@dataclass
class Step:
    name: str
    status: str = "pending"  # passed | FAILED | skipped
    detail: str = ""
    seconds: float = 0.0


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


@dataclass
class Report:
    steps: list[Step] = field(default_factory=list)

    def add(self, name: str, ok: bool | None, detail: str = "", seconds: float = 0.0) -> Step:
        status = "passed" if ok else ("skipped" if ok is None else "FAILED")
        step = Step(name, status, detail, seconds)
        self.steps.append(step)
        print(
            f"  [{status:>7}] {name}" + (f" ({seconds:.1f}s)" if seconds else "") + (f": {detail}" if detail else ""),
            flush=True,
        )
        return step

    @property
    def failed(self) -> list[Step]:
        return [s for s in self.steps if s.status == "FAILED"]


def bundle_executable(bundle: Path) -> Path:
    if sys.platform == "win32":
        return bundle / f"{cfg.WINDOWS_CLI_EXE}.exe"
    return bundle / cfg.EXE_NAME


def clean_env(tmp: Path) -> dict[str, str]:
    """This environment without anything that would let Python code in from elsewhere."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k == "XDG_RUNTIME_DIR" or (not k.startswith(("PYTHON", "CASEFILE_", "QT_", "XDG_")) and k != "VIRTUAL_ENV")
    }
    venv_bin = str(Path(sys.prefix) / ("Scripts" if sys.platform == "win32" else "bin"))
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if p and Path(p).resolve() != Path(venv_bin).resolve()
    )
    for var, sub in (
        ("CASEFILE_DATA_DIR", "data"),
        ("CASEFILE_CONFIG_DIR", "config"),
        ("CASEFILE_LOG_DIR", "log"),
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("XDG_STATE_HOME", "xdg-state"),
    ):
        env[var] = str(tmp / sub)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(
    exe: Path, args: list[str], cwd: Path, env: dict[str, str], stdin: str | None = None, timeout: int = CMD_TIMEOUT
) -> Run:
    started = time.monotonic()
    try:
        proc = subprocess.run(  # noqa: S603 - our own bundle and source CLI
            [str(exe), *args],
            cwd=cwd,
            env=env,
            input=stdin,
            text=True,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return Run(-1, out, f"timed out after {timeout}s", time.monotonic() - started)
    return Run(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started)


def first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def comparable(text: str, *, fingerprint: bool = False, window: tuple[datetime, datetime] | None = None) -> list[str]:
    """Summary text lines without the generation line; without the fingerprint unless asked; and
    with date-times that fall inside ``window`` (stamped during this run) masked."""

    def mask(match: re.Match[str]) -> str:
        assert window is not None
        stamp = datetime.fromisoformat(match.group(0).replace(" ", "T"))
        slack = timedelta(minutes=1)
        for zone in (None, UTC):  # records show local or UTC wall-clock time
            start, end = (moment.astimezone(zone).replace(tzinfo=None) for moment in window)
            if start - slack <= stamp <= end + slack:
                return "<during this run>"
        return match.group(0)

    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or GENERATED.match(line) or (not fingerprint and FINGERPRINT.search(line)):
            continue
        out.append(STAMP.sub(mask, line) if window else line)
    return out


def first_difference(a: list[str], b: list[str]) -> str:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return f"line {i + 1}: bundle {x!r} vs source {y!r}"
    return f"bundle has {len(a)} lines, source {len(b)}"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            st = path.stat()
            out[path.relative_to(folder).as_posix()] = (st.st_size, st.st_mtime_ns)
    return out


def tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def du_h(folder: Path) -> str:
    if shutil.which("du"):
        du = shutil.which("du") or "du"
        out = subprocess.run([du, "-sh", str(folder)], capture_output=True, text=True, check=False)  # noqa: S603
        if out.returncode == 0:
            return out.stdout.split()[0]
    return f"{tree_size(folder) / 2**20:.0f}M"


class Session:
    """One vault, driven through one ``casefile`` executable."""

    def __init__(self, exe: Path, home: Path, env: dict[str, str]) -> None:
        self.exe, self.home, self.env = exe, home, env
        home.mkdir(parents=True, exist_ok=True)
        self.vault = home / "v"

    def __call__(self, *args: str, secret: bool = True, timeout: int = CMD_TIMEOUT) -> Run:
        argv = ["--passphrase-stdin", *args] if secret else list(args)
        return run(self.exe, argv, self.home, self.env, PASSPHRASE + "\n" if secret else None, timeout)

    def vault_args(self) -> list[str]:
        return ["--vault", str(self.vault), "--user", USER]


def host_libraries(bundle: Path) -> list[str]:
    """Linux: libraries the bundle's binaries need that are neither bundled nor on this machine.

    PyInstaller bundles what the build machine has; what it lacks must come from the user's
    system (docs/installer.md lists the packages to install on the build machine).
    """
    ldd = shutil.which("ldd")
    internal = bundle / "_internal"
    if not sys.platform.startswith("linux") or not ldd or not internal.is_dir():
        return []
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing: set[str] = set()
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run([ldd, str(path)], capture_output=True, text=True, env=env, check=False)  # noqa: S603
        missing |= {line.split()[0] for line in out.stdout.splitlines() if "not found" in line}
    return sorted(missing)


def check_real_display(cf: Session, source: Session | None, report: Report) -> None:
    """The app on an X11 display (Xvfb), where xvfb-run exists, judged against the source install."""
    xvfb = shutil.which("xvfb-run")
    if not sys.platform.startswith("linux") or not xvfb:
        return
    name = "gui --self-test on X11 (xvfb-run, QT_QPA_PLATFORM=xcb)"

    def attempt(session: Session) -> Run:
        env = {**session.env, "QT_QPA_PLATFORM": "xcb"}
        return run(Path(xvfb), ["-a", str(session.exe), "gui", "--self-test"], session.home, env, None, GUI_TIMEOUT)

    mine = attempt(cf)
    if mine.returncode == 0:
        report.add(name, True, "", mine.seconds)
        return
    theirs = attempt(source) if source else None
    reason = next((line for line in mine.stderr.splitlines() if "needed" in line or "Could not" in line), "")
    if theirs is not None and theirs.returncode != 0:
        report.add(name, None, "the source install cannot open X11 here either: " + (reason or first_line(mine.stderr)))
    else:
        report.add(name, False, f"exit {mine.returncode}: {reason or first_line(mine.stderr)}", mine.seconds)


def check_desktop_entry(bundle: Path, env: dict[str, str], report: Report) -> None:
    """Linux: the bundle's install-desktop-entry.sh writes a valid entry that starts this bundle."""
    script = bundle / "install-desktop-entry.sh"
    if not sys.platform.startswith("linux"):
        return
    if not script.is_file():
        report.add("Linux desktop entry", False, "no install-desktop-entry.sh in the bundle")
        return
    sh = shutil.which("sh") or "/bin/sh"
    r = run(Path(sh), [str(script)], Path(env["XDG_DATA_HOME"]).parent, env)
    entry = Path(env["XDG_DATA_HOME"]) / "applications" / "casefile.desktop"
    problems = [] if r.returncode == 0 and entry.is_file() else [first_line(r.stderr) or "no entry written"]
    if not problems:
        text = entry.read_text(encoding="utf-8")
        if f'Exec="{bundle / cfg.EXE_NAME}" gui' not in text:
            problems.append("Exec does not point at this bundle")
        validate = shutil.which("desktop-file-validate")
        if validate:
            v = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)  # noqa: S603
            if v.returncode != 0:
                problems.append(first_line(v.stdout + v.stderr))
    report.add("Linux desktop entry (install-desktop-entry.sh)", not problems, "; ".join(problems), r.seconds)


def check_layout(bundle: Path, report: Report) -> None:
    internal = bundle / "_internal"
    if not internal.is_dir():
        internal = bundle  # contents_directory="." or macOS layouts
    must = [
        "resources/fonts/DejaVuSans.ttf",
        "resources/styles/casefile.qss",
        "casefile/schema/interchange-v1.json",
        "holidays/locale/en_US/LC_MESSAGES/US.mo",
    ]
    missing = [m for m in must if not (internal / m).is_file()]
    qt_es = [p for p in internal.rglob("qtbase_es.qm")]
    if not qt_es:
        missing.append("PySide6/.../translations/qtbase_es.qm")
    # ReportLab's C accelerator, where the build venv has it (it is imported through exec()).
    if importlib.util.find_spec("_rl_accel") and not list(internal.glob("_rl_accel*")):
        missing.append("_rl_accel (reportlab's speed-ups)")
    ts = [p.name for p in (internal / "resources").rglob("*.ts")]
    report.add(
        "bundle layout (resources, schema, holidays US, qtbase_es)",
        not missing and not ts,
        "; ".join([*(f"missing {m}" for m in missing), *(f"source file {t}" for t in ts)]),
    )
    qm = list((internal / "resources" / "translations").glob("*.qm"))
    if not qm:
        print(
            "  [   note] resources/translations holds no compiled .qm yet: the app will run in "
            "English only until the translations land"
        )
    icons = [n for n in ("casefile.svg", "casefile-256.png") if not (internal / "resources" / "icons" / n).is_file()]
    if icons:
        print(f"  [   note] icons not in the bundle yet: {', '.join(icons)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / cfg.APP_NAME)
    parser.add_argument(
        "--source-cli",
        type=Path,
        default=Path(sys.prefix) / ("Scripts/casefile.exe" if sys.platform == "win32" else "bin/casefile"),
    )
    parser.add_argument("--example", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    bundle = args.bundle.resolve()
    exe = bundle_executable(bundle)
    example = args.example or next(
        (
            p
            for p in (ROOT.parent / "shared" / "spec" / "example.json", ROOT / "tests" / "fixtures" / "example.json")
            if p.is_file()
        ),
        None,
    )
    if not exe.is_file():
        print(f"smoke test: no bundled executable at {exe}; build it first (make installer)")
        return 1
    if example is None:
        print("smoke test: no example.json (shared/spec/ or tests/fixtures/)")
        return 1

    tmp = Path(tempfile.mkdtemp(prefix="casefile-smoke-")).resolve()
    if tmp.is_relative_to(ROOT):
        print(f"smoke test: the temporary folder {tmp} is inside the source tree; set TMPDIR")
        return 1
    env = clean_env(tmp)
    before = snapshot(bundle)
    report = Report()
    started = datetime.now().astimezone()
    print(f"Smoke test of {bundle} in {tmp}")
    try:
        check_layout(bundle, report)
        ours = Session(exe, tmp / "bundle", env)
        theirs = Session(args.source_cli, tmp / "source", env) if args.source_cli.is_file() else None
        results = exercise(ours, example, report)
        check_real_display(ours, theirs, report)
        check_desktop_entry(bundle, env, report)
        if theirs is None:
            report.add("source install for comparison", False, f"no {args.source_cli}")
        else:
            compare(theirs, ours, example, results, report, started)
        host = host_libraries(bundle)
        if host:
            print(f"  [   note] not bundled, so the user's system must provide: {', '.join(host)}")
    finally:
        after = snapshot(bundle)
        changed = sorted(set(before) ^ set(after) | {k for k in before if k in after and before[k] != after[k]})
        report.add("bundle unchanged (holds no case data)", not changed, ", ".join(changed[:5]))
        if args.keep:
            print(f"  kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    size = tree_size(bundle)
    print(
        f"\nBundle: {bundle}  {du_h(bundle)} (du -sh), {size / 2**20:.1f} MiB in "
        f"{sum(1 for _ in bundle.rglob('*'))} files and folders"
    )
    counts = {s: sum(1 for x in report.steps if x.status == s) for s in ("passed", "FAILED", "skipped")}
    print(f"{counts['passed']} passed, {counts['FAILED']} failed, {counts['skipped']} skipped")
    return 1 if report.failed else 0


def exercise(cf: Session, example: Path, report: Report) -> dict[str, object]:
    """The bundle's own steps; returns what the comparison with the source install needs."""
    results: dict[str, object] = {}
    r = cf("--version", secret=False)
    want = f"Casefile {cfg.app_version()}"
    report.add(
        "--version", r.returncode == 0 and r.stdout.strip() == want, r.stdout.strip() or first_line(r.stderr), r.seconds
    )

    r = cf("init", "--vault", str(cf.vault), "--user", USER)
    ok = r.returncode == 0 and "RECOVERY KEY" in r.stdout and (cf.vault / "keys").is_dir()
    report.add("init --vault T/v --user maria", ok, "" if ok else first_line(r.stderr), r.seconds)
    if not ok:
        return results

    r = cf("import", *cf.vault_args(), str(example))
    report.add(
        f"import {example.name}", r.returncode == 0, first_line(r.stdout if r.returncode == 0 else r.stderr), r.seconds
    )

    pdf = cf.home / "s.pdf"
    r = cf("report", "summary", *cf.vault_args(), "--person", PERSON, "--out", str(pdf))
    results["summary"] = (r, pdf)
    if r.returncode == 0 and pdf.is_file():
        report.add(
            f"report summary --person {PERSON}", pdf.read_bytes().startswith(b"%PDF"), first_line(r.stdout), r.seconds
        )
    # A failure here is judged in compare(): it may be a verb the source cannot run either.

    ics = cf.home / "d.ics"
    r = cf("deadlines", *cf.vault_args(), "--json", "--ics", str(ics))
    ok = r.returncode == 0 and ics.is_file() and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    report.add("deadlines --json --ics (holidays, icalendar)", ok, "" if ok else first_line(r.stderr), r.seconds)
    results["deadlines"] = r

    r = cf("search", *cf.vault_args(), "--json", SEARCH)
    report.add(
        f"search --json {SEARCH} (FTS5)",
        r.returncode == 0 and r.stdout.strip().startswith("["),
        "" if r.returncode == 0 else first_line(r.stderr),
        r.seconds,
    )
    results["search"] = r

    r = cf("verify", *cf.vault_args())
    report.add("verify", r.returncode == 0, first_line(r.stdout if r.returncode == 0 else r.stderr), r.seconds)

    r = cf("gui", "--self-test", secret=False, timeout=GUI_TIMEOUT)
    report.add(
        "gui --self-test (QT_QPA_PLATFORM=offscreen)",
        r.returncode == 0,
        "" if r.returncode == 0 else f"exit {r.returncode}: {first_line(r.stderr)}",
        r.seconds,
    )
    return results


def compare(
    src: Session, bundle: Session, example: Path, results: dict[str, object], report: Report, started: datetime
) -> None:
    """The same inputs through the source install; the outputs must match the bundle's."""
    setup = [src("init", "--vault", str(src.vault), "--user", USER), src("import", *src.vault_args(), str(example))]
    if any(r.returncode for r in setup):
        bad = next(r for r in setup if r.returncode)
        report.add("source install: init + import", False, first_line(bad.stderr))
        return

    bundle_run, bundle_pdf = results.get("summary", (None, None))  # type: ignore[misc]
    if bundle_run is None:
        pass
    elif bundle_run.returncode != 0:
        r = src("report", "summary", *src.vault_args(), "--person", PERSON, "--out", str(src.home / "s.pdf"))
        if r.returncode != 0:
            report.add(
                f"report summary --person {PERSON}",
                None,
                "the source install cannot make the summary either: " + first_line(r.stderr),
            )
        else:
            report.add(
                f"report summary --person {PERSON}",
                False,
                f"exit {bundle_run.returncode}: {first_line(bundle_run.stderr)}",
                bundle_run.seconds,
            )
    else:
        ours = pdf_text(bundle_pdf)
        # 1. The same vault through both: identical but for the "Generated" line.
        same = src.home / "s-same-vault.pdf"
        vault_of_bundle = ["--vault", str(bundle.vault), "--user", USER]
        r = src("report", "summary", *vault_of_bundle, "--person", PERSON, "--out", str(same))
        name = "summary text on the same vault: bundle == source (fingerprint included)"
        if r.returncode != 0:
            report.add(name, False, "source install failed: " + first_line(r.stderr))
        else:
            a, b = comparable(ours, fingerprint=True), comparable(pdf_text(same), fingerprint=True)
            report.add(name, a == b and bool(a), f"{len(a)} lines" if a == b else first_difference(a, b))
        # 2. Each imported the example itself: identical but for the fingerprint and the times
        #    the two imports stamped on records.
        own = src.home / "s.pdf"
        r = src("report", "summary", *src.vault_args(), "--person", PERSON, "--out", str(own))
        name = "summary text, each install importing the example: bundle == source"
        if r.returncode != 0:
            report.add(name, False, "source install failed: " + first_line(r.stderr))
        else:
            window = (started, datetime.now().astimezone())
            a, b = comparable(ours, window=window), comparable(pdf_text(own), window=window)
            report.add(name, a == b and bool(a), f"{len(a)} lines" if a == b else first_difference(a, b))

    for key, args in (
        ("deadlines", ["deadlines", *src.vault_args(), "--json"]),
        ("search", ["search", *src.vault_args(), "--json", SEARCH]),
    ):
        mine = results.get(key)
        if not isinstance(mine, Run) or mine.returncode != 0:
            continue
        r = src(*args)
        same = r.returncode == 0 and json.loads(r.stdout) == json.loads(mine.stdout)
        report.add(
            f"{key} JSON: bundle == source install", same, "" if same else first_line(r.stderr) or "outputs differ"
        )


if __name__ == "__main__":
    sys.exit(main())

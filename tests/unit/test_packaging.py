"""The installer's lists, checked without building: what the spec collects, excludes and writes.

The build itself and its smoke test run in ``make installer`` (packaging/smoke_test.py).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import casefile

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = ROOT / "build_installer.spec"


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    sys.path.insert(0, str(PACKAGING))
    try:
        spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(PACKAGING))


cfg = _load("bundle_config")


def _app_imports() -> set[str]:
    names: set[str] = set()
    for package in ("casefile", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {a.name for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module)
                    names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


# ----- the spec -----


def test_spec_builds_one_folder_bundle_named_casefile() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = {
        node.func.id: node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= set(calls)
    exe_kwargs = {k.arg: k.value for k in calls["EXE"].keywords}
    # exclude_binaries=True + COLLECT is the one-folder layout; one-file would put binaries in EXE.
    assert isinstance(exe_kwargs["exclude_binaries"], ast.Constant) and exe_kwargs["exclude_binaries"].value is True
    assert isinstance(exe_kwargs["upx"], ast.Constant) and exe_kwargs["upx"].value is False
    assert cfg.APP_NAME == "Casefile"
    assert cfg.BUNDLE_ID == "org.casefile.app"
    assert "launcher.py" in SPEC.read_text(encoding="utf-8")


def test_launcher_runs_the_cli_main() -> None:
    text = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "from casefile.cli import main" in text
    assert "sys.exit(main())" in text


def test_hidden_imports_cover_what_is_imported_by_name() -> None:
    # ui is looked up with importlib (casefile/commands.py, ui/sections); holidays.US lazily.
    assert set(cfg.HIDDEN_PACKAGES) >= {"casefile", "ui"}
    assert "holidays.countries.united_states" in cfg.HIDDEN_IMPORTS
    assert "_rl_accel" in cfg.HIDDEN_IMPORTS
    assert "ijson.backends.yajl2_c" in cfg.HIDDEN_IMPORTS  # chosen by importlib at run time
    for module in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"):
        assert f"PySide6.{module}" in cfg.HIDDEN_IMPORTS


# ----- exclusions -----


def test_every_installed_pyside6_module_is_either_used_or_excluded() -> None:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations, "PySide6 is a dependency; install it"
    folder = Path(next(iter(spec.submodule_search_locations)))
    installed = {
        p.name.split(".")[0] for p in folder.iterdir() if p.name.startswith("Qt") and p.suffix in (".so", ".pyd")
    }
    installed |= {p.name for p in folder.iterdir() if p.is_dir() and p.name.startswith("Qt") and p.name != "Qt"}
    unknown = installed - set(cfg.QT_MODULES_USED) - set(cfg.QT_MODULES_UNUSED)
    assert unknown == set(), f"new PySide6 modules: add them to QT_MODULES_UNUSED or QT_MODULES_USED: {unknown}"


def test_heavy_qt_modules_are_excluded_and_used_ones_are_not() -> None:
    excluded = set(cfg.excluded_modules(cfg.active_groups("")))
    for heavy in (
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtQuick",
        "QtQml",
        "Qt3DCore",
        "QtCharts",
        "QtDataVisualization",
        "QtNetwork",
        "QtBluetooth",
    ):
        assert f"PySide6.{heavy}" in excluded
    for used in cfg.QT_MODULES_USED:
        assert f"PySide6.{used}" not in excluded


def test_no_module_the_app_imports_is_excluded() -> None:
    excluded = set(cfg.excluded_modules(cfg.active_groups("")))
    imported = _app_imports()
    # "a.b.c" clashes with an exclusion of "a", "a.b" or "a.b.c".
    clashes = {
        name for name in imported if excluded & {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)}
    }
    assert clashes == set()


def test_groups_can_be_lifted_for_measuring() -> None:
    assert cfg.active_groups("") == list(cfg.EXCLUDE_GROUPS)
    assert cfg.active_groups("all") == []
    assert "qt_plugins" not in cfg.active_groups("qt_plugins")
    with pytest.raises(ValueError, match="no exclusion group"):
        cfg.active_groups("qt_plugin")
    assert cfg.strip_binaries(cfg.active_groups(""), "linux")
    assert not cfg.strip_binaries(cfg.active_groups(""), "win32")
    assert not cfg.strip_binaries(cfg.active_groups("debug_symbols"), "linux")


@pytest.mark.parametrize(
    ("dest", "excluded"),
    [
        ("PySide6/Qt/translations/qtbase_es.qm", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qt_es.qm", True),
        ("PySide6/translations/qtbase_es.qm", False),  # Windows layout
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/qml/QtQuick/Controls/qmldir", True),
        # QtPdf links against QtNetwork: the library stays, the Python module does not.
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libicudata.so.73", False),
        ("PySide6/opengl32sw.dll", True),
        ("resources/fonts/DejaVuSans.ttf", False),
    ],
)
def test_file_exclusions(dest: str, excluded: bool) -> None:
    patterns = cfg.excluded_patterns(cfg.active_groups(""))
    assert cfg.is_excluded(dest, patterns) is excluded
    assert cfg.is_excluded(dest.replace("/", "\\"), patterns) is excluded


def _toc(*names: str, kind: str = "BINARY") -> list[tuple[str, str, str]]:
    return [(n, f"/src/{n}", kind) for n in names]


def test_pruning_drops_libraries_only_an_excluded_plugin_needed() -> None:
    toc = [
        *_toc("PySide6/QtGui.abi3.so", kind="EXTENSION"),
        *_toc(
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "libcairo.so.2",
            "libglib-2.0.so.0",
            "PySide6/Qt/lib/libQt6Gui.so.6",
            "libctypes-only.so",
        ),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        *_toc(
            "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "PySide6/Qt/lib/libQt6Quick.so.6"
        ),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
    ]
    needs = {
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so": ["libQt6Quick.so.6"],
        "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so": ["libcairo.so.2", "libglib-2.0.so.0", "libQt6Gui.so.6"],
        "PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6Gui.so.6"],
        "PySide6/Qt/lib/libQt6Gui.so.6": ["libglib-2.0.so.0"],
    }
    patterns = ["PySide6/Qt/plugins/platformthemes/*", "PySide6/Qt/plugins/platforminputcontexts/*"]
    kept, removed = cfg.prune_binaries(toc, patterns, lambda e: needs.get(e[0], []))
    names = {e[0] for e in kept}
    assert "libcairo.so.2" not in names  # only the GTK theme needed it
    assert "libglib-2.0.so.0" in names  # QtGui needs it too
    assert {"libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "libctypes-only.so"} <= names
    assert {e[0] for e in removed} == {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libcairo.so.2",
        # The on-screen keyboard was the only reason for Qt Quick, and its top-level symlink.
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libQt6Quick.so.6",
    }


def test_pruning_refuses_to_remove_a_library_still_needed() -> None:
    toc = [*_toc("PySide6/QtPdf.abi3.so", kind="EXTENSION"), *_toc("libQt6Pdf.so.6", "libQt6Network.so.6")]
    needs = {"PySide6/QtPdf.abi3.so": ["libQt6Pdf.so.6"], "libQt6Pdf.so.6": ["libQt6Network.so.6"]}
    with pytest.raises(ValueError, match=r"libQt6Pdf.so.6 needs libQt6Network.so.6"):
        cfg.prune_binaries(toc, ["libQt6Network*"], lambda e: needs.get(e[0], []))


# ----- data files -----


def test_resources_are_collected_without_translation_sources(tmp_path: Path) -> None:
    for rel in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/icons/casefile.svg",
        "resources/styles/casefile.qss",
        "resources/translations/casefile_es.qm",
        "resources/translations/casefile_es.ts",
        "resources/icons/.draft.svg",
        "resources/icons/notes.md",
        "resources/guide/guide_es.md",
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    got = {(Path(src).relative_to(tmp_path).as_posix(), dest) for src, dest in cfg.resource_datas(tmp_path)}
    assert got == {
        ("resources/fonts/DejaVuSans.ttf", "resources/fonts"),
        ("resources/icons/casefile.svg", "resources/icons"),
        ("resources/styles/casefile.qss", "resources/styles"),
        ("resources/translations/casefile_es.qm", "resources/translations"),
        ("resources/guide/guide_es.md", "resources/guide"),  # the in-app user guide
    }


def test_real_resources_hold_what_the_app_reads() -> None:
    dests = {(Path(src).name, dest) for src, dest in cfg.resource_datas()}
    assert ("DejaVuSans.ttf", "resources/fonts") in dests
    assert ("casefile.qss", "resources/styles") in dests
    assert not any(name.endswith(".ts") for name, _ in dests)


def test_schema_goes_next_to_the_module_that_reads_it() -> None:
    assert (str(ROOT / "casefile" / "schema" / "interchange-v1.json"), "casefile/schema") in cfg.schema_datas()


def test_every_language_catalogue_goes_next_to_the_module_that_lists_them() -> None:
    datas = cfg.catalogue_datas()
    assert (str(ROOT / "casefile" / "catalogue" / "es.toml"), "casefile/catalogue") in datas
    assert {Path(src).stem for src, _ in datas} >= {"en", "es"}
    assert "catalogue_datas" in SPEC.read_text(encoding="utf-8")


def test_only_the_us_holiday_catalogues_are_collected() -> None:
    spec = importlib.util.find_spec("holidays")
    assert spec is not None and spec.submodule_search_locations, "holidays is a dependency; install it"
    datas = cfg.holidays_datas(Path(next(iter(spec.submodule_search_locations))))
    assert datas, "holidays.US needs its US.mo"
    assert all(Path(src).name == "US.mo" for src, _ in datas)
    assert ("holidays/locale/en_US/LC_MESSAGES") in {dest for _, dest in datas}


# ----- version and platform files -----


def test_version_comes_from_the_package() -> None:
    assert cfg.app_version() == casefile.__version__
    assert cfg.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert cfg.version_tuple("1.2rc1") == (1, 2, 0, 0)
    assert cfg.version_tuple("2.0.3+local") == (2, 0, 3, 0)


def test_windows_version_file_renders_to_a_version_resource() -> None:
    text = cfg.windows_version_file("1.2.3", "Casefile")
    assert "@" not in text.split("VSVersionInfo", 1)[1]
    seen: dict[str, object] = {}

    def record(kind: str):  # the constructors PyInstaller evaluates this text with
        def make(*args: object, **kwargs: object) -> tuple[str, tuple[object, ...], dict[str, object]]:
            seen.setdefault(kind, (args, kwargs))
            return (kind, args, kwargs)

        return make

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    eval(text, {"__builtins__": {}}, {n: record(n) for n in names})  # our own template, evaluated as PyInstaller does
    assert seen["FixedFileInfo"][1]["filevers"] == (1, 2, 3, 0)  # type: ignore[index]
    assert "'1.2.3'" in text and "'Casefile.exe'" in text


def test_macos_info_plist() -> None:
    info = cfg.macos_info_plist("1.2.3")
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleShortVersionString"] == "1.2.3"
    assert info["CFBundleName"] == "Casefile"
    with open(PACKAGING / "macos" / "Info.plist", "rb") as fh:
        plistlib.load(fh)  # well-formed


def test_linux_desktop_entry() -> None:
    path = PACKAGING / "linux" / "casefile.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Casefile"
    assert desktop["Exec"].split()[0] == "casefile"
    assert desktop["Icon"] == "casefile"
    assert desktop["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


# ----- the smoke test's comparison and the make target -----


def test_summary_comparison_ignores_generation_line_fingerprint_and_run_stamps() -> None:
    from datetime import datetime, timedelta

    smoke = _load("smoke_test")
    now = datetime.now().astimezone()
    stamp = now.strftime("%Y-%m-%d %H:%M")
    a = f"Case summary\nGenerated {stamp} UTC by maria\nContent fingerprint 0123456789abcdef\nNote {stamp}\nRosa"
    b = (
        "Case summary\nGenerated 2020-01-01 09:00 UTC by maria\n"
        "Content fingerprint fedcba9876543210\nNote 2020-01-01 09:00\nRosa"
    )
    window = (now - timedelta(minutes=5), now)
    assert smoke.comparable(a, window=window) == ["Case summary", "Note <during this run>", "Rosa"]
    assert smoke.comparable(b, window=window) == ["Case summary", "Note 2020-01-01 09:00", "Rosa"]
    assert smoke.comparable(a, fingerprint=True)[1] == "Content fingerprint 0123456789abcdef"
    assert smoke.comparable("Huella del contenido: 0123456789abcdef") == []
    # Case data that merely mentions fingerprints is compared like any other line.
    assert smoke.comparable("Modality: fingerprint; Device: mobile") == ["Modality: fingerprint; Device: mobile"]


def test_make_installer_builds_then_smoke_tests_outside_the_tree() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = makefile.split("\ninstaller:", 1)[1].split("\n\n", 1)[0]
    assert "build_installer.spec" in target
    assert "smoke_test.py" in target
    assert "TMPDIR" in target and "-u PYTHONPATH" in target

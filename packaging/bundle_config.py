"""What goes into the Casefile bundle and what is left out: the lists ``build_installer.spec`` uses.

Kept apart from the spec so the unit tests can read the same lists without running PyInstaller
(``tests/unit/test_packaging.py``), and so every exclusion has a name, a reason and a measured
saving (``docs/installer.md``). This module imports nothing outside the standard library.

Exclusions come in named groups. ``CASEFILE_BUNDLE_KEEP=group,group`` (or ``all``) builds with
those groups *not* excluded, which is how ``packaging/measure_exclusions.py`` measures what each
one saves. A normal build excludes every group.
"""

from __future__ import annotations

import ast
import fnmatch
import os
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Casefile"
BUNDLE_ID = "org.casefile.app"
# The executables: one ``casefile`` on Linux and macOS (GUI with no arguments, verbs with them);
# on Windows a windowed ``Casefile.exe`` for the Start menu plus a console ``casefile-cli.exe``
# (Windows file names ignore case, so the console one cannot be called ``casefile.exe``).
EXE_NAME = "casefile"
WINDOWS_GUI_EXE = "Casefile"
WINDOWS_CLI_EXE = "casefile-cli"

ICON_SVG = ROOT / "resources" / "icons" / "casefile.svg"
ICON_PNG = ROOT / "resources" / "icons" / "casefile-256.png"
ICON_ICO = ROOT / "resources" / "icons" / "casefile.ico"

# ----------------------------------------------------------------------------------------------
# Python modules
# ----------------------------------------------------------------------------------------------

# The Qt modules the app imports, or will import for the in-app PDF viewer (QtPdf, QtPdfWidgets:
# the Addons wheel is a dependency for that viewer). QtSvg has no Python import: the SVG icon is
# read through Qt's svg image-format and icon-engine plugins, which bring libQt6Svg themselves.
QT_MODULES_USED = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtPrintSupport",
    "QtPdf",
    "QtPdfWidgets",
    "QtDBus",  # ui/idle.py: lock when the Linux session locks (absent on Windows: harmless)
)

# Imported by name at run time (``importlib.import_module``), so PyInstaller cannot see them:
# the ``ui`` package (``casefile gui`` looks it up by name; sections load on first show) and the
# one ``holidays`` country the deadlines need (``holidays.US`` is resolved lazily).
HIDDEN_PACKAGES = ("casefile", "ui")
HIDDEN_IMPORTS = (
    "holidays.countries.united_states",
    *(f"PySide6.{m}" for m in QT_MODULES_USED),
)

# Every PySide6 module the app does not use. Excluding them stops their hooks from collecting
# their Qt libraries, plugins, QML files and translations.
QT_MODULES_UNUSED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAsyncio", "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtVirtualKeyboard",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)

# ----------------------------------------------------------------------------------------------
# Exclusion groups: name -> what is left out. Python modules go to Analysis(excludes=...);
# file patterns (bundle-relative, "/" separated, fnmatch) are filtered out of binaries and datas.
# ----------------------------------------------------------------------------------------------

EXCLUDE_GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    # Qt modules we do not use, and the Qt libraries only they (or QML) need, which Qt's own
    # link-time dependencies would otherwise drag in.
    "qt_modules": {
        "modules": tuple(f"PySide6.{m}" for m in QT_MODULES_UNUSED),
        "files": (
            "PySide6/Qt/lib/libQt6Qml*",
            "PySide6/Qt/lib/libQt6Quick*",
            "PySide6/Qt/lib/libQt6Network*",
            "PySide6/Qt/lib/libQt6OpenGL.*",
            "PySide6/Qt/lib/libQt6VirtualKeyboard*",
            "PySide6/Qt/qml/*",
            "PySide6/Qt/resources/*",  # QtWebEngine's .pak files
        ),
    },
    # Qt's translations: only Spanish qtbase (standard buttons and dialogs) is loaded (ui/i18n.py).
    "qt_translations": {
        "modules": (),
        "files": ("PySide6/Qt/translations/*",),
    },
    # Qt plugins the app never loads: network and TLS back ends, embedded-device platforms
    # (eglfs, linuxfb, vnc), touch-screen input, image formats no case file uses.
    "qt_plugins": {
        "modules": (),
        "files": (
            "PySide6/Qt/plugins/*",
        ),
    },
    # Standard-library parts a desktop app does not run.
    "stdlib": {
        "modules": (
            "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc", "pydoc_data",
            "lib2to3", "ensurepip", "venv", "distutils", "unittest", "doctest", "test",
            "xmlrpc", "curses", "sqlite3",  # the vault uses sqlcipher3, never the stdlib sqlite3
        ),
        "files": (),
    },
    # Pillow stays (reportlab.lib.utils imports PIL.Image unconditionally), but not the codecs
    # and extras reports never touch: AVIF, WebP, FreeType text, colour management, Tk, maths.
    # PIL.Image.init() skips an image plugin whose import fails.
    "pillow_extras": {
        "modules": (
            "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
            "PIL._imagingft", "PIL.ImageFont", "PIL._imagingcms", "PIL.ImageCms",
            "PIL._imagingtk", "PIL.ImageTk", "PIL._imagingmath", "PIL.ImageMath",
            "PIL._imagingmorph", "PIL.ImageMorph", "PIL.ImageQt", "PIL.ImageShow",
            "PIL.ImageGrab",
        ),
        "files": (),
    },
    # Build and test tools that share the build venv; nothing in the app imports them, this
    # only makes sure an optional import in some library cannot pull them in.
    "build_tools": {
        "modules": (
            "setuptools", "pkg_resources", "pip", "IPython", "pytest", "_pytest", "hypothesis",
            "mypy", "ruff", "numpy",
        ),
        "files": (),
    },
}

# What is kept inside the trimmed groups' file patterns (checked before the patterns above).
KEEP_FILES = (
    "PySide6/Qt/translations/qtbase_es.qm",
    # Display back ends: X11 and Wayland on the desktop, offscreen for the smoke test and CI.
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland*.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/qoffscreen.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/platforms/libqoffscreen.dylib",
    "PySide6/Qt/plugins/xcbglintegrations/*",
    "PySide6/Qt/plugins/wayland-*/*",
    # The desktop's file dialogs and colours, and typing accents through an input method.
    "PySide6/Qt/plugins/platformthemes/*",
    "PySide6/Qt/plugins/platforminputcontexts/*",
    # The native look on Windows and macOS.
    "PySide6/Qt/plugins/styles/*",
    # The SVG icon, ICO on Windows, JPEG and GIF for scanned documents shown in the app.
    "PySide6/Qt/plugins/iconengines/*svg*",
    "PySide6/Qt/plugins/imageformats/*svg*",
    "PySide6/Qt/plugins/imageformats/*ico*",
    "PySide6/Qt/plugins/imageformats/*jpeg*",
    "PySide6/Qt/plugins/imageformats/*gif*",
    # Printing reports (CUPS on Linux and macOS).
    "PySide6/Qt/plugins/printsupport/*",
)

KEEP_ENV = "CASEFILE_BUNDLE_KEEP"


def active_groups(keep: str | None = None) -> list[str]:
    """Names of the exclusion groups in force (all, less those named in CASEFILE_BUNDLE_KEEP)."""
    keep = os.environ.get(KEEP_ENV, "") if keep is None else keep
    kept = {k.strip() for k in keep.split(",") if k.strip()}
    unknown = kept - set(EXCLUDE_GROUPS) - {"all"}
    if unknown:
        raise ValueError(f"{KEEP_ENV}: no exclusion group called {', '.join(sorted(unknown))}")
    if "all" in kept:
        return []
    return [name for name in EXCLUDE_GROUPS if name not in kept]


def excluded_modules(groups: Iterable[str]) -> list[str]:
    return [m for g in groups for m in EXCLUDE_GROUPS[g]["modules"]]


def excluded_patterns(groups: Iterable[str]) -> list[str]:
    return [p for g in groups for p in EXCLUDE_GROUPS[g]["files"]]


def _norm(dest: str) -> str:
    return str(PurePosixPath(dest.replace("\\", "/")))


def is_excluded(dest: str, patterns: Iterable[str]) -> bool:
    """Whether the bundle-relative file ``dest`` is left out (KEEP_FILES win over patterns)."""
    name = _norm(dest)
    if any(fnmatch.fnmatchcase(name, keep) for keep in KEEP_FILES):
        return False
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def filter_toc(toc: Iterable[tuple[str, str, str]], patterns: list[str]) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC (dest, src, typecode) without the excluded files."""
    return [entry for entry in toc if not is_excluded(entry[0], patterns)]


# ----------------------------------------------------------------------------------------------
# Data files
# ----------------------------------------------------------------------------------------------

# Under resources/: what the running app reads. Sources of compiled files (.ts translations,
# icon drafts) and editor litter stay out.
RESOURCE_SUFFIXES = (".png", ".svg", ".ico", ".qss", ".ttf", ".otf", ".qm", ".txt")
RESOURCE_SKIP = ("*.ts", "*~", ".*", "__pycache__", "*.pyc")


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, bundle folder) for each file under resources/ the app reads at run time."""
    base = root / "resources"
    out: list[tuple[str, str]] = []
    for path in sorted(base.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root)
        if any(fnmatch.fnmatch(part, skip) for part in rel.parts for skip in RESOURCE_SKIP):
            continue
        if path.suffix.lower() not in RESOURCE_SUFFIXES:
            continue
        out.append((str(path), str(rel.parent.as_posix())))
    return out


def schema_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    # casefile/schema/__init__.py reads the JSON next to itself (Path(__file__).with_name).
    return [(str(p), "casefile/schema") for p in sorted((root / "casefile" / "schema").glob("*.json"))]


def holidays_datas(package_dir: Path) -> list[tuple[str, str]]:
    """The United States' holiday-name catalogues only: holidays.US refuses to start without its
    own ``US.mo``; the other 4 MB of country catalogues are never read."""
    out = []
    for mo in sorted((package_dir / "locale").glob("*/LC_MESSAGES/US.mo")):
        out.append((str(mo), mo.parent.relative_to(package_dir.parent).as_posix()))
    return out


# ----------------------------------------------------------------------------------------------
# Version and platform metadata
# ----------------------------------------------------------------------------------------------


def app_version(root: Path = ROOT) -> str:
    """``casefile.__version__``, read without importing the package."""
    tree = ast.parse((root / "casefile" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError("casefile/__init__.py has no __version__ string")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for the Windows version resource: 0.1.0 -> (0, 1, 0, 0); 1.2rc1 -> (1, 2, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def windows_version_file(version: str, exe_name: str, root: Path = ROOT) -> str:
    """The Windows version resource text, from packaging/windows/version_info.txt.in."""
    template = (root / "packaging" / "windows" / "version_info.txt.in").read_text(encoding="utf-8")
    text = template.replace("@VERSION_TUPLE@", ", ".join(str(n) for n in version_tuple(version)))
    text = text.replace("@VERSION@", version).replace("@EXE_NAME@", f"{exe_name}.exe")
    if "@" in re.sub(r"#.*", "", text):
        raise ValueError("version_info.txt.in has a placeholder this function does not fill")
    return text


def macos_info_plist(version: str, root: Path = ROOT) -> dict[str, object]:
    import plistlib

    with open(root / "packaging" / "macos" / "Info.plist", "rb") as fh:
        info = plistlib.load(fh)
    info["CFBundleShortVersionString"] = version
    info["CFBundleVersion"] = version
    return info

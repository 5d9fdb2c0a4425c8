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
import sys
from collections.abc import Callable, Iterable
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
    # Video and audio documents played from the vault (issue 16: ui/media_player.py).
    "QtMultimedia",
    "QtMultimediaWidgets",
)

# Imported by name at run time, so PyInstaller cannot see them: the ``ui`` package (``casefile
# gui`` looks it up with importlib; sections load on first show), the ``holidays`` country the
# deadlines need (``holidays.US`` is resolved lazily) and ReportLab's accelerator.
# phonenumbers loads each region's metadata module by name at run time (redaction's phone detector).
HIDDEN_PACKAGES = ("casefile", "ui", "phonenumbers")
HIDDEN_IMPORTS = (
    "holidays.countries.united_states",
    # ReportLab's C speed-ups (the rl-accel package): reportlab.lib.rl_accel imports them with
    # exec(), which PyInstaller cannot follow; without them reports build in pure Python.
    "_rl_accel",
    # ijson picks its parser with importlib: its C backend (yajl2_c and the extension under it),
    # which streams an interchange import (casefile/services/interchange_stream.py).
    "ijson.backends.yajl2_c",
    "ijson.backends._yajl2",
    *(f"PySide6.{m}" for m in QT_MODULES_USED),
)

# Every PySide6 module the app does not use. Excluding them stops their hooks from collecting
# their Qt libraries, plugins, QML files and translations.
QT_MODULES_UNUSED = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAsyncio",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtVirtualKeyboard",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

# ----------------------------------------------------------------------------------------------
# Exclusion groups: name -> what is left out. "modules" go to Analysis(excludes=...); "files" are
# fnmatch patterns over the bundle-relative destination ("/" separated) of collected binaries and
# data files: a pattern with a "/" matches the whole path, one without matches the file name in
# any folder. KEEP_FILES win over every pattern. Libraries that only a removed file needed are
# removed with it (``prune_binaries``), and a library still needed by a kept one is never removed.
# Qt's layout differs by OS: PySide6/Qt/{lib,plugins,translations} on Linux and macOS,
# PySide6/{*.dll,plugins,translations} on Windows; the patterns cover both.
# ----------------------------------------------------------------------------------------------

_QT_DIRS = ("PySide6/Qt", "PySide6")


def _qt(sub: str) -> tuple[str, ...]:
    return tuple(f"{prefix}/{sub}" for prefix in _QT_DIRS)


EXCLUDE_GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    # Qt modules the app does not use (no WebEngine, Quick/QML, 3D, Charts...; Multimedia is used). The
    # Qt libraries that only unused plugins link against (QML and Quick through the on-screen
    # keyboard, OpenGL through eglfs and Wayland-EGL) leave with those plugins (prune_binaries).
    # QtNetwork's library stays: libQt6Pdf links against it; its Python module and plugins go.
    "qt_modules": {
        "modules": tuple(f"PySide6.{m}" for m in QT_MODULES_UNUSED),
        "files": (
            *_qt("qml/*"),
            *_qt("resources/*"),  # QtWebEngine's .pak files
            "opengl32sw.dll",  # Windows: Mesa's software OpenGL (~20 MB); the app draws without OpenGL
        ),
    },
    # Qt's own translations: 60 languages of every Qt module. ui/i18n.py loads qtbase_es only.
    "qt_translations": {
        "modules": (),
        "files": _qt("translations/*"),
    },
    # Qt plugins the app never loads: network, TLS and network-status back ends, embedded and
    # remote display back ends (eglfs, linuxfb, vnc, vkkhrdisplay, minimal), touch-screen and
    # tablet input, the on-screen keyboard (it drags in QML and Quick), Wayland compositor-side
    # and OpenGL-only integrations, image formats no case file needs (TIFF, WebP, TGA, WBMP, ICNS,
    # PDF-as-image), and the GTK 3 theme (it would load the desktop's GTK against the bundle's
    # older GLib and Cairo; Qt's own Fusion look and file dialogs are used instead).
    "qt_plugins": {
        "modules": (),
        "files": _qt("plugins/*"),
    },
    # Pillow stays (reportlab.lib.utils imports PIL.Image unconditionally), but not the codecs
    # and extras reports never touch: AVIF, WebP, FreeType text, colour management, Tk, maths.
    # PIL.Image.init() skips an image plugin whose import fails.
    "pillow_extras": {
        "modules": (
            "PIL._avif",
            "PIL.AvifImagePlugin",
            "PIL._webp",
            "PIL.WebPImagePlugin",
            "PIL._imagingft",
            "PIL.ImageFont",
            "PIL._imagingcms",
            "PIL.ImageCms",
            "PIL._imagingtk",
            "PIL.ImageTk",
            "PIL._imagingmath",
            "PIL.ImageMath",
            "PIL._imagingmorph",
            "PIL.ImageMorph",
            "PIL.ImageQt",
            "PIL.ImageShow",
            "PIL.ImageGrab",
        ),
        "files": (),
    },
    # Standard-library parts a desktop app does not run. (ssl stays: urllib, which reportlab and
    # pypdf import, imports it; the app itself opens no connection - tests/unit/test_architecture.)
    "stdlib": {
        "modules": (
            "tkinter",
            "_tkinter",
            "turtle",
            "turtledemo",
            "idlelib",
            "pydoc",
            "pydoc_data",
            "lib2to3",
            "ensurepip",
            "venv",
            "distutils",
            "unittest",
            "doctest",
            "test",
            "xmlrpc",
            "curses",
            "_curses",
            "readline",
            "pdb",
            "sqlite3",
            "_sqlite3",  # the vault uses sqlcipher3, never the stdlib sqlite3
        ),
        "files": (),
    },
    # Build and test tools that share the build venv; nothing in the app imports them, this
    # only makes sure an optional import in some library cannot pull them in.
    "build_tools": {
        "modules": (
            "setuptools",
            "pkg_resources",
            "pip",
            "IPython",
            "pytest",
            "_pytest",
            "hypothesis",
            "mypy",
            "ruff",
            "numpy",
        ),
        "files": (),
    },
    # Not an exclusion: strip symbol tables from native libraries on Linux (PyInstaller's
    # strip=True). The sqlcipher3 module and this Python's libpython ship with debug info.
    "debug_symbols": {
        "modules": (),
        "files": (),
    },
}

# Kept even where a pattern above matches.
KEEP_FILES = (
    *_qt("translations/qtbase_es.qm"),
    # Display back ends: Windows, macOS, X11 and Wayland; offscreen for the smoke test and CI.
    *_qt("plugins/platforms/qwindows.dll"),
    *_qt("plugins/platforms/libqcocoa.dylib"),
    *_qt("plugins/platforms/libqxcb.so"),
    *_qt("plugins/platforms/libqwayland.so"),
    *_qt("plugins/platforms/*offscreen*"),
    *_qt("plugins/xcbglintegrations/*"),
    *_qt("plugins/wayland-shell-integration/libxdg-shell.so"),
    *_qt("plugins/wayland-decoration-client/*"),  # title bars where the compositor draws none
    # Desktop portal dialogs in Flatpak-like sessions; typing accents through an input method.
    *_qt("plugins/platformthemes/libqxdgdesktopportal.so"),
    *_qt("plugins/platforminputcontexts/libcompose*"),
    *_qt("plugins/platforminputcontexts/libibus*"),
    # The native look on Windows and macOS.
    *_qt("plugins/styles/*"),
    # The SVG icon and ICO on Windows; JPEG and GIF for scans shown in the app.
    *_qt("plugins/iconengines/*svg*"),
    *_qt("plugins/imageformats/*qsvg*"),
    *_qt("plugins/imageformats/*qico*"),
    *_qt("plugins/imageformats/*qjpeg*"),
    *_qt("plugins/imageformats/*qgif*"),
    # Printing (the recovery-key sheet, reports): CUPS on Linux and macOS, Windows spooler.
    *_qt("plugins/printsupport/*"),
    # Video and audio documents played in the app (issue 16): QtMultimedia's FFmpeg back end.
    *_qt("plugins/multimedia/*"),
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


def strip_binaries(groups: Iterable[str], platform: str = sys.platform) -> bool:
    return "debug_symbols" in groups and platform.startswith("linux")


def _norm(dest: str) -> str:
    return str(PurePosixPath(dest.replace("\\", "/")))


def _matches(name: str, pattern: str) -> bool:
    if "/" in pattern:
        return fnmatch.fnmatchcase(name, pattern)
    return fnmatch.fnmatchcase(name.rsplit("/", 1)[-1], pattern)


def is_excluded(dest: str, patterns: Iterable[str]) -> bool:
    """Whether the bundle-relative file ``dest`` is left out (KEEP_FILES win over patterns)."""
    name = _norm(dest)
    if any(_matches(name, keep) for keep in KEEP_FILES):
        return False
    return any(_matches(name, pattern) for pattern in patterns)


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (dest name, source, typecode)


def filter_toc(toc: Iterable[Entry], patterns: list[str]) -> list[Entry]:
    """A PyInstaller TOC (dest, src, typecode) without the excluded files."""
    return [entry for entry in toc if not is_excluded(entry[0], patterns)]


def _key(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower()


def _is_root(entry: Entry) -> bool:
    # What Python or Qt loads by path rather than through the dynamic linker.
    dest = _norm(entry[0]).lower()
    base = dest.rsplit("/", 1)[-1]
    return entry[2] == "EXTENSION" or "/plugins/" in dest or base.startswith(("libpython", "python3"))


def _reachable(toc: list[Entry], needed: Callable[[Entry], Iterable[str]]) -> set[str]:
    """Destination names of the binaries reachable from the roots through link-time needs."""
    by_name: dict[str, list[Entry]] = {}
    for entry in toc:
        by_name.setdefault(_key(entry[0]), []).append(entry)

    def target(entry: Entry) -> Entry | None:
        if entry[2] != "SYMLINK":
            return entry
        dest = str(PurePosixPath(_norm(entry[0])).parent / entry[1].replace("\\", "/"))
        dest = os.path.normpath(dest).replace("\\", "/")
        return next((e for e in toc if _norm(e[0]) == dest), None)

    seen: set[str] = set()
    todo = [e for e in toc if _is_root(e)]
    while todo:
        entry = todo.pop()
        if entry[0] in seen:
            continue
        seen.add(entry[0])
        real = target(entry)
        if real is None:
            continue
        if real is not entry:
            todo.append(real)
            continue
        for name in needed(entry):
            todo.extend(by_name.get(_key(name), ()))
    return seen


def prune_binaries(
    full: list[Entry], patterns: list[str], needed: Callable[[Entry], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """``full`` without the excluded files and the libraries only they needed.

    A library nothing reached before (loaded with ctypes, say) is left alone. Raises
    ``ValueError`` when a kept binary needs a library the patterns remove: a broken bundle.
    """
    kept = filter_toc(full, patterns)
    before = _reachable(full, needed)
    after = _reachable(kept, needed)
    final = [e for e in kept if e[0] in after or e[0] not in before]
    final_names = {_key(e[0]) for e in final}
    full_names = {_key(e[0]) for e in full}
    dangling = sorted(
        f"{e[0]} needs {name}"
        for e in final
        if e[2] != "SYMLINK"
        for name in needed(e)
        if _key(name) in full_names and _key(name) not in final_names
    )
    if dangling:
        raise ValueError("excluding these would break the bundle:\n  " + "\n  ".join(dangling))
    removed = [e for e in full if e not in final]
    return final, removed


# ----------------------------------------------------------------------------------------------
# Data files
# ----------------------------------------------------------------------------------------------

# Under resources/: what the running app reads. Sources of compiled files (.ts translations,
# icon drafts) and editor litter stay out.
RESOURCE_SUFFIXES = (".png", ".svg", ".ico", ".qss", ".ttf", ".otf", ".qm", ".txt")
GUIDE_GLOB = "resources/guide/guide_*.md"  # Help → User guide reads these (ui/guide.py); other .md are notes
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
        if path.suffix.lower() not in RESOURCE_SUFFIXES and not fnmatch.fnmatch(rel.as_posix(), GUIDE_GLOB):
            continue
        out.append((str(path), str(rel.parent.as_posix())))
    return out


def schema_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    # casefile/schema/__init__.py reads the JSON next to itself (Path(__file__).with_name).
    return [(str(p), "casefile/schema") for p in sorted((root / "casefile" / "schema").glob("*.json"))]


def catalogue_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    # casefile/catalogue lists the languages it finds next to itself: every <lang>.toml goes there.
    return [(str(p), "casefile/catalogue") for p in sorted((root / "casefile" / "catalogue").glob("*.toml"))]


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
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in release.group(0).split(".")[:3]] if release else []
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

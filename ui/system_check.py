"""Can the desktop app start here? Checked before Qt is asked to, because Qt cannot say so itself.

Without a display, or without one of the X11 libraries PySide6's ``xcb`` platform plugin links
against, Qt prints a misleading line and aborts the process (a core dump, exit 134) — the user
sees no sentence they can act on. This module imports no Qt: it reads the environment and tries
to load each library by its exact name (``ctypes.CDLL``, the loader Qt itself will use), and
names what is missing with the command that installs it. ``make run`` runs it as
``python -m ui.system_check`` before starting the app.

The library list is ``ldd`` of ``PySide6/Qt/plugins/platforms/libqxcb.so`` and
``libQt6XcbQpa.so.6`` on PySide6 6.11, less what every Linux desktop has (libc, libstdc++, zlib…);
``--libraries`` also checks what QtMultimedia needs to play video (libpulse).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable, Mapping

from casefile.errors import CasefileError

# soname → (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

# What QtMultimedia loads to play video and audio (issue 16): without it the viewer says video
# cannot be played here, and the app itself still starts, so only ``--libraries`` asks for it.
MEDIA_LIBRARIES: dict[str, tuple[str, str]] = {
    "libpulse.so.0": ("libpulse0", "pulseaudio-libs"),
}
_PACKAGES = {**XCB_LIBRARIES, **MEDIA_LIBRARIES}

# Platforms that need no window system (tests, scripts, a VNC server).
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl")


def missing_libraries(names: Iterable[str] | None = None) -> list[str]:
    """The sonames among ``names`` (default: the xcb plugin's) that the dynamic loader cannot load."""
    missing = []
    for name in XCB_LIBRARIES if names is None else names:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def install_hint(sonames: Iterable[str]) -> str:
    """One line: the packages to install on Debian/Ubuntu and on Fedora."""
    sonames = list(sonames)
    debian = sorted({_PACKAGES[s][0] for s in sonames if s in _PACKAGES})
    fedora = sorted({_PACKAGES[s][1] for s in sonames if s in _PACKAGES})
    if not debian:
        return ""
    return f"sudo apt-get install {' '.join(debian)} (Debian/Ubuntu) or sudo dnf install {' '.join(fedora)} (Fedora)"


def platform_problem(env: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """Why the app's window cannot open here, as one paragraph; '' when it can (or may)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return ""  # Windows and macOS always have their window system; the wheel bundles the rest
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen in _HEADLESS_PLATFORMS:
        return ""
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if chosen == "wayland":
        x11 = False
    if chosen == "xcb":
        wayland = False
    if not x11 and not wayland:
        return (
            "Casefile cannot open its window: there is no display (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start it from the desktop session of this computer, or use "
            "the command line (casefile --help lists commands that need no display)."
        )
    if wayland and chosen != "xcb":
        return ""  # Qt uses its Wayland plugin, whose libraries come with the Wayland session
    missing = missing_libraries()
    if missing:
        return (
            f"Casefile cannot open its window: this system lacks {', '.join(missing)}, which Qt needs "
            f"to draw on X11. Install it with: {install_hint(missing)}. Then start Casefile again."
        )
    return ""


def require_display() -> None:
    """Raise a :class:`CasefileError` (exit 1, one paragraph) when the window cannot open."""
    problem = platform_problem()
    if problem:
        raise CasefileError(problem, key="no_display")


def main(argv: list[str] | None = None) -> int:
    """For ``make run``: one line naming what is missing, exit 1; nothing printed when all is well.
    ``--libraries``: only the libraries, whatever the display (``make test``'s set-up)."""
    args = sys.argv[1:] if argv is None else argv
    if "--libraries" in args:
        missing = missing_libraries() + missing_libraries(MEDIA_LIBRARIES)
        if missing:
            print(f"casefile: missing {', '.join(missing)}; install with: {install_hint(missing)}", file=sys.stderr)
        return 1 if missing else 0
    problem = platform_problem()
    if problem:
        print(f"casefile: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

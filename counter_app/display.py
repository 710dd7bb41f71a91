"""Find out, before Qt loads, whether a window can be shown at all.

Qt aborts the whole process when its platform plugin cannot start; a clerk
or an installer deserves one clear sentence and a non-zero exit instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "vkkhrdisplay", "eglfs", "linuxfb")


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """A sentence saying what is missing and how to fix it, or None when a window can open."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in HEADLESS_PLATFORMS:
        return None
    if not sys.platform.startswith("linux"):
        return None
    if env.get("WAYLAND_DISPLAY") and not platform.startswith("xcb"):
        return None
    display = env.get("DISPLAY")
    if not display:
        return (
            "Counter needs a graphical display and none was found (DISPLAY and WAYLAND_DISPLAY "
            "are not set): start it from a desktop session, or on a machine without a screen "
            "run it under a virtual one with `xvfb-run -a counter-app`."
        )
    missing = [lib for lib in ("xcb-cursor", "xkbcommon-x11") if not ctypes.util.find_library(lib)]
    if missing:
        packages = " ".join({"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0"}[m] for m in missing)
        return (
            f"Counter cannot open a window on {display}: the X11 libraries Qt needs are "
            f"missing; install them with `sudo apt-get install {packages}`."
        )
    if not _x_server_answers(display):
        return (
            f"Counter cannot reach the X display {display!r}: check that the desktop session "
            "is running and DISPLAY is right, or run it under `xvfb-run -a counter-app`."
        )
    return None


def _x_server_answers(display: str) -> bool:
    name = ctypes.util.find_library("xcb")
    if name is None:
        return False
    xcb = ctypes.CDLL(name)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)

"""Where CJK TrueType fonts live on this machine: candidate files, in the order they are tried.

Only paths are found here; fonts.py opens them. Two lists:

- main candidates, the font the whole document is set in (宋体/仿宋/黑体 on Windows, WenQuanYi,
  AR PL or Noto CJK on Linux, the system's Chinese fonts on macOS, then whatever fontconfig
  knows as Chinese);
- fallback candidates, fonts asked for a character the main font lacks: the Ext-B companions
  (SimSun-ExtB, MingLiU-ExtB, HanaMin A/B) and any font fontconfig says covers Ext-A or Ext-B.

A candidate is (path, subfont index). OpenType/CFF files are listed only when fontconfig is not
there to tell; fonts.py skips what reportlab cannot embed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

Candidate = tuple[str, int]

WINDOWS_MAIN = ("simsun.ttc", "simhei.ttf", "simfang.ttf", "simkai.ttf", "msyh.ttc")
WINDOWS_FALLBACK = ("simsunb.ttf", "mingliub.ttc", "msjh.ttc", "mingliu.ttc")

UNIX_MAIN = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    # Noto CJK is usually CFF-flavoured (.otf/.ttc with CFF outlines); the TrueType builds are kept.
    "/usr/share/fonts/truetype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    # macOS
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/Library/Fonts/Songti.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)

UNIX_FALLBACK_DIRS = (
    "/usr/share/fonts/truetype/hanazono",
    "/usr/share/fonts/hanazono",
    "/usr/share/fonts/truetype/hanazono-fonts",
    "/usr/local/share/fonts",
    os.path.expanduser("~/.local/share/fonts"),
    os.path.expanduser("~/.fonts"),
)
UNIX_FALLBACK_NAMES = ("HanaMinA.ttf", "HanaMinB.ttf")

FC_TIMEOUT_S = 10


def windows_font_dir() -> Path | None:
    root = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if not root:
        return None
    fonts = Path(root) / "Fonts"
    return fonts if fonts.is_dir() else None


def _fc_list(pattern: str) -> list[tuple[str, int, str]]:
    """fontconfig's (file, index, format) for a pattern; empty without fc-list."""
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    try:
        out = subprocess.run([exe, "-f", "%{file}\t%{index}\t%{fontformat}\n", pattern],
                             capture_output=True, text=True, timeout=FC_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not parts[0]:
            continue
        index = int(parts[1]) if parts[1].isdigit() else 0
        found.append((parts[0], index, parts[2]))
    return sorted(found)


def _fc_truetype(pattern: str) -> list[Candidate]:
    return [(path, index) for path, index, fmt in _fc_list(pattern) if fmt == "TrueType"]


def _existing(paths: Iterable[str | Path]) -> Iterator[Candidate]:
    for path in paths:
        if os.path.isfile(path):
            yield (str(path), 0)


def dedupe(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One entry per real file and subfont, first occurrence kept (symlinks resolved)."""
    seen: set[Candidate] = set()
    kept = []
    for path, index in candidates:
        key = (os.path.realpath(path), index)
        if key not in seen:
            seen.add(key)
            kept.append((key[0], index))
    return kept


def main_candidates() -> list[Candidate]:
    """Fonts to set a whole document in, best first."""
    found: list[Candidate] = []
    windows = windows_font_dir()
    if windows is not None:
        found += _existing(windows / name for name in WINDOWS_MAIN)
    if sys.platform != "win32":
        found += _existing(UNIX_MAIN)
        found += _fc_truetype(":lang=zh-cn")
        found += _fc_truetype(":lang=zh")
    return dedupe(found)


def fallback_candidates() -> list[Candidate]:
    """Fonts to take a character from when the main font lacks it, in the order they are asked."""
    found: list[Candidate] = []
    windows = windows_font_dir()
    if windows is not None:
        found += _existing(windows / name for name in WINDOWS_FALLBACK)
    if sys.platform != "win32":
        found += _existing(Path(d) / name for d in UNIX_FALLBACK_DIRS for name in UNIX_FALLBACK_NAMES)
        found += _fc_truetype(":charset=3400")  # CJK Extension A
        found += _fc_truetype(":charset=20000")  # CJK Extension B
        found += _fc_truetype(":lang=zh")
    return dedupe(found)


def searched_places() -> list[str]:
    """Where main_candidates looks, for the NoCjkFont message."""
    places = []
    windows = windows_font_dir()
    if windows is not None:
        places += [str(windows / name) for name in WINDOWS_MAIN]
    if sys.platform != "win32":
        places += list(UNIX_MAIN)
        has_fc = shutil.which("fc-list") is not None
        places.append("fc-list :lang=zh (TrueType only)" if has_fc else "fc-list (not installed)")
    return places

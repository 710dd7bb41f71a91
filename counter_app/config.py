"""Where the counter keeps its files and which hall it talks to.

Read before anything heavy is imported: the log-in dialog needs the language
before SQLAlchemy has even loaded.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "counter"
APP_AUTHOR = "CounterHall"
LANGUAGES = ("zh_CN", "en")
SETTINGS_FILE = "settings.json"
LOCAL_STORE_FILE = "counter.sqlite3"
EMBEDDED_HALL_FILE = "hall.sqlite3"


@dataclass
class Settings:
    """What a hall administrator or clerk may change, kept as JSON in the data directory."""

    language: str = "zh_CN"
    device_name: str = ""
    hall_url: str | None = None
    # A TrueType CJK font for printed documents; empty: the first one found on the system.
    print_font: str = ""
    # The printer documents go to unless the clerk picks another; empty: the system's default.
    printer: str = ""
    # Seconds between automatic syncs with the hall (the first runs shortly after log-in);
    # 0: only when the clerk asks for one (Sync now, F12).
    sync_interval_seconds: int = 60
    # Minutes without keyboard or mouse input before the screen locks and asks for the PIN again;
    # 0: never.
    idle_lock_minutes: int = 5
    # The screen facing the applicant for ratings (评价器): "" the first screen that is not the clerk's,
    # "none" never, or a screen's name or number (1 = the first).
    applicant_screen: str = ""

    @classmethod
    def load(cls, path: Path) -> "Settings":
        if not path.exists():
            return cls()
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        settings = cls(**known)
        if settings.language not in LANGUAGES:
            settings.language = "zh_CN"
        return settings

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)


@dataclass
class CounterConfig:
    data_dir: Path
    log_dir: Path
    hall_url: str
    settings: Settings = field(default_factory=Settings)

    @property
    def local_store_path(self) -> Path:
        return self.data_dir / LOCAL_STORE_FILE

    @property
    def settings_path(self) -> Path:
        return self.data_dir / SETTINGS_FILE

    @property
    def hall_is_embedded(self) -> bool:
        return self.hall_url == embedded_hall_url(self.data_dir)

    def save_settings(self) -> None:
        self.settings.save(self.settings_path)


def embedded_hall_url(data_dir: Path) -> str:
    return f"sqlite+pysqlite:///{data_dir / EMBEDDED_HALL_FILE}"


def resolve(data_dir: str | None = None, hall_url: str | None = None) -> CounterConfig:
    """Command line first, then the environment, then settings, then the defaults."""
    overridden = data_dir or os.environ.get("COUNTER_DATA_DIR")
    if overridden:
        base = Path(overridden).expanduser().resolve()
        logs = base / "logs"
    else:
        base = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        logs = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    settings = Settings.load(base / SETTINGS_FILE)
    hall = (
        hall_url
        or os.environ.get("COUNTER_HALL_URL")
        or settings.hall_url
        or embedded_hall_url(base)
    )
    return CounterConfig(data_dir=base, log_dir=logs, hall_url=hall, settings=settings)

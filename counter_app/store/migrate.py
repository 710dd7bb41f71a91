"""Create or upgrade a store (local or hall) to the migration head."""

from __future__ import annotations

from importlib.resources import as_file, files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine


def config_for(connection: Connection | None = None) -> Config:
    config = Config()
    # as_file keeps this working from a zipped install; for a normal wheel it is the real path.
    with as_file(files("counter_app.db") / "migrations") as path:
        config.set_main_option("script_location", str(path))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(config_for()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(config_for(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(config_for(connection), revision)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def revisions() -> list[str]:
    """Every revision from the first to the head."""
    script = ScriptDirectory.from_config(config_for())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]

"""Draft a new Alembic revision from the models: `.venv/bin/python scripts/new_migration.py "what changed"`.

It upgrades a scratch SQLite store to the current head and autogenerates the
difference. Read the draft before committing it: SQLite cannot see every
change (and a fact table needs append_only.protect()).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from counter_app.store import migrate
from counter_app.store.engine import make_engine, sqlite_url


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    revisions = migrate.revisions()
    next_id = f"{len(revisions) + 1:04d}"
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(sqlite_url(Path(scratch) / "scratch.sqlite3"))
        migrate.upgrade(engine)
        with engine.begin() as connection:
            command.revision(migrate.config_for(connection), message=sys.argv[1], autogenerate=True, rev_id=next_id)
        engine.dispose()


if __name__ == "__main__":
    main()

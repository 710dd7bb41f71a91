"""One writer at a time on the hall's fact log, so the cursor never skips a fact.

PostgreSQL hands out sequence values in the order transactions ask, not in the
order they commit: a reader could see seq 11 committed while seq 10 is still
open, move its cursor past 10 and never see it. Holding a transaction-scoped
advisory lock from before the first sequence value until the commit makes the
hall's log grow in commit order. SQLite allows one writer anyway; taking the
write lock at the start keeps the batch's reads and writes in one transaction.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# Any fixed number: the key of the lock every pushing counter takes (b'CNTRFACT').
FACT_LOG_LOCK = 0x434E545246414354


def lock_fact_log(hall: Connection) -> None:
    if hall.dialect.name == "postgresql":
        hall.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FACT_LOG_LOCK})
    else:
        # A write that changes nothing still opens the write transaction and waits for the lock.
        hall.execute(text("UPDATE hall_fact_log SET seq = seq WHERE 0 = 1"))

"""Statements built once, compiled once per database, run with plain values: the hot paths.

A Core statement executed through SQLAlchemy costs its cache key, an execution
context and a result object on every call, several times what SQLite needs to
run an indexed query or insert a row. A Prepared keeps the compiled SQL, the
order of its parameters and the type conversions of its parameters and columns
(the ones SQLAlchemy would apply), and on SQLite runs the SQL straight on the
driver connection of the caller's transaction. The connection's cursor events
still fire, so whatever listens to the engine (logging, tests, benchmarks)
sees every statement. Other databases take SQLAlchemy's ordinary path with the
same statement and values.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Date, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Executable, Insert
from sqlalchemy.types import TypeEngine

from counter_app.store.types import UtcDateTime

Row = Sequence[Any]
_Convert = Callable[[Any], Any]


class Prepared:
    """A statement with named bind parameters (an insert: one per column), compiled on first use."""

    def __init__(self, statement: Executable, *, columns: Sequence[str] | None = None) -> None:
        """columns: for an insert, the columns given a value, in that order (all others keep their defaults)."""
        self.statement = statement
        self.columns = list(columns) if columns is not None else None
        self._compiled: dict[str, _Compiled] = {}

    def rows(self, connection: Connection, **values: Any) -> list[Row]:
        """Every row, its columns converted as SQLAlchemy would (dates, booleans, UUIDs)."""
        compiled = self._fast(connection)
        if compiled is None:
            return list(connection.execute(self.statement, values).all())
        return compiled.fetch(connection, values)

    def scalar(self, connection: Connection, **values: Any) -> Any:
        """The first column of the first row, or None."""
        found = self.rows(connection, **values)
        return found[0][0] if found else None

    def run_many(self, connection: Connection, values: Sequence[Mapping[str, Any]]) -> None:
        """The statement once per set of values, in one call (an insert of several rows)."""
        if not values:
            return
        compiled = self._fast(connection)
        if compiled is None:
            connection.execute(self.statement, list(values))
        else:
            compiled.run(connection, values, many=True)

    def _fast(self, connection: Connection) -> _Compiled | None:
        dialect = connection.dialect
        if dialect.name != "sqlite" or connection._echo:  # _echo: the engine's echo, as the connection reads it
            return None
        if self.statement.is_dml and not connection.in_transaction():
            connection.begin()  # as execute() would: the caller's commit() must reach the driver
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            compiled = self._compiled[dialect.name] = _Compiled(self.statement, dialect, self.columns)
        return compiled


class _Compiled:
    """The SQL text of one dialect, its positional parameters and the conversions both ways."""

    def __init__(self, statement: Executable, dialect: Dialect, columns: list[str] | None) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=columns)
        if not compiled.positional or compiled.positiontup is None:
            raise ValueError(f"{dialect.name}: positional parameters expected")
        if isinstance(statement, Insert) and (compiled.insert_prefetch or compiled.postfetch):
            raise ValueError("give every column of a prepared insert a value")
        self.sql = compiled.string
        self.names = list(compiled.positiontup)
        binds = [compiled.binds[name] for name in self.names]
        # Literal values written into the statement; named parameters without a value must be given.
        self.defaults = {name: b.effective_value for name, b in zip(self.names, binds, strict=True)
                         if not b.required and b.key not in (columns or ())}
        self.to_driver = [(i, convert) for i, b in enumerate(binds) if (convert := bind_converter(b.type, dialect))]
        columns_out = list(statement.exported_columns)  # type: ignore[attr-defined]
        self.from_driver = _row_converter([c.type.dialect_impl(dialect).result_processor(dialect, None)
                                           for c in columns_out])

    def fetch(self, connection: Connection, values: Mapping[str, Any]) -> list[Row]:
        """One statement's rows; unobserved, straight on the driver (the path of every list and search)."""
        if connection._has_events or connection.engine._has_events:
            return self.run(connection, [values], many=False)
        args = self._params(values)
        try:
            found = connection.connection.dbapi_connection.execute(self.sql, args).fetchall()  # type: ignore[union-attr]
        except connection.dialect.loaded_dbapi.Error as error:
            raise self._as_sqlalchemy(connection, error, args) from error
        return self._converted(found)

    def _converted(self, found: list[Row]) -> list[Row]:
        if self.from_driver is None or not found:
            return found
        return list(map(self.from_driver, found))

    def _as_sqlalchemy(self, connection: Connection, error: Exception, args: Any) -> Exception:
        """The driver's error as SQLAlchemy would raise it: IntegrityError, OperationalError ..."""
        dbapi_error = connection.dialect.loaded_dbapi.Error
        return DBAPIError.instance(self.sql, args, error, dbapi_error, dialect=connection.dialect)

    def run(self, connection: Connection, values: Sequence[Mapping[str, Any]], *, many: bool) -> list[Row]:
        rows = [self._params(v) for v in values]
        sql: str = self.sql
        args: Any = rows if many else rows[0]
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            # SQLAlchemy's own test: does anything listen to this connection or its engine?
            observed = connection._has_events or connection.engine._has_events
            if observed:
                for listener in connection.dispatch.before_cursor_execute:
                    sql, args = listener(connection, cursor, sql, args, None, many)
            try:
                if many:
                    cursor.executemany(sql, args)
                else:
                    cursor.execute(sql, args)
            except connection.dialect.loaded_dbapi.Error as error:
                raise self._as_sqlalchemy(connection, error, args) from error
            if observed and connection.dispatch.after_cursor_execute:
                connection.dispatch.after_cursor_execute(connection, cursor, sql, args, None, many)
            found = [] if many else cursor.fetchall()
        finally:
            cursor.close()
        return self._converted(found)

    def _params(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        given = {**self.defaults, **values} if self.defaults else values
        try:
            params = [given[name] for name in self.names]
        except KeyError as missing:
            raise KeyError(f"no value for the bind parameter {missing}") from None
        for i, convert in self.to_driver:
            if params[i] is not None:
                params[i] = convert(params[i])
        return tuple(params)


def bind_converter(type_: TypeEngine[Any], dialect: Dialect) -> _Convert | None:
    """SQLAlchemy's bind processor for the type, or one that gives the same value quicker (tests/test_prepared.py).

    A case and its events carry a dozen timestamps, days and ids; SQLAlchemy's
    processors for them are general (any storage format, a TypeDecorator's
    two steps), and cost several microseconds each on every row written.
    """
    general = type_.dialect_impl(dialect).bind_processor(dialect)
    if dialect.name != "sqlite" or general is None:
        return general
    if isinstance(type_, UtcDateTime):
        return _utc_text
    if isinstance(type_, Uuid) and type_.as_uuid:
        return _uuid_hex
    if type(type_) is Date:
        return lambda value: value.isoformat() if type(value) is dt.date else general(value)
    return general


def _utc_text(value: dt.datetime) -> str:
    """UtcDateTime on SQLite: the UTC time as SQLAlchemy writes a DATETIME, "2026-11-28 08:30:00.000000"."""
    if value.tzinfo is None:
        raise ValueError("naive datetime refused: store UTC with a zone")
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


_uuid_hex = operator.attrgetter("hex")


def _row_converter(converters: list[_Convert | None]) -> Callable[[Row], Row] | None:
    """One function turning a driver row into SQLAlchemy's values: a tuple built in one expression.

    SQLAlchemy's result processors take NULL too. Written out once per statement, it costs a
    fraction of looping over the columns of every row.
    """
    if not any(converters):
        return None
    items = ", ".join(f"c{i}(r[{i}])" if c else f"r[{i}]" for i, c in enumerate(converters))
    names = {f"c{i}": c for i, c in enumerate(converters) if c}
    return eval(f"lambda r: ({items},)", names)  # noqa: S307 - column positions only, no outside text

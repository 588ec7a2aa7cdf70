"""
Fields of JSON XCom values read by the database without ever failing on what DAG code wrote.

XCom can hold anything JSON (DAG code writes it): a record's number may be a string, a boolean, a negative,
or ``10**400``, which casts to no float (Postgres raises "out of range", SQLite yields infinity, and a JSON
answer refuses infinity). :class:`JsonNumber` is NULL for all of those; :class:`JsonText` is NULL when the
value is no JSON at all. Compiled for SQLite (and MySQL-like) and Postgres.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

#: The largest number of credits or generation seconds one task may count for: anything else written to XCom
#: (strings, booleans, negatives, 10**400) counts as unknown, so that no aggregate overflows.
MAX_RECORD_NUMBER = 1e12


class JsonText(FunctionElement[str]):
    """A string field of a JSON XCom value, or NULL when the value is not JSON (no error on bad XCom)."""

    type = String()
    inherit_cache = True
    name = "kie_json_text"


class JsonNumber(FunctionElement[float]):
    """A number field of a JSON XCom value in ``[0, MAX_RECORD_NUMBER]``, else NULL (never an error)."""

    type = Float()
    inherit_cache = True
    name = "kie_json_number"


def _parts(element: Any, compiler: Any, **kw: Any) -> tuple[str, str]:
    column, field = list(element.clauses)
    return compiler.process(column, **kw), compiler.process(field, **kw)


@compiles(JsonText)
def _json_text_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    col, field = _parts(element, compiler, **kw)
    return f"CASE WHEN json_valid({col}) THEN json_extract({col}, '$.' || {field}) END"


@compiles(JsonText, "postgresql")
def _json_text_pg(element: Any, compiler: Any, **kw: Any) -> str:
    col, field = _parts(element, compiler, **kw)
    return f"(CAST({col} AS JSONB) ->> {field})"


@compiles(JsonNumber)
def _json_number_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    col, field = _parts(element, compiler, **kw)
    value = f"json_extract({col}, '$.' || {field})"
    return (
        f"CASE WHEN json_valid({col}) THEN CASE WHEN json_type({col}, '$.' || {field}) IN ('integer', 'real') "
        f"THEN CASE WHEN {value} BETWEEN 0 AND {MAX_RECORD_NUMBER!r} THEN {value} END END END"
    )


@compiles(JsonNumber, "postgresql")
def _json_number_pg(element: Any, compiler: Any, **kw: Any) -> str:
    col, field = _parts(element, compiler, **kw)
    text = f"(CAST({col} AS JSONB) ->> {field})"
    return (
        f"CASE WHEN jsonb_typeof(CAST({col} AS JSONB) -> {field}) = 'number' THEN "
        f"CASE WHEN CAST({text} AS NUMERIC) BETWEEN 0 AND {MAX_RECORD_NUMBER!r} "
        f"THEN CAST({text} AS DOUBLE PRECISION) END END"
    )

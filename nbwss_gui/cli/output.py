"""How the command line prints problems: like a compiler, one per line."""

from __future__ import annotations

from collections.abc import Iterable

from nbwss_gui.domain.problems import Problem


def format_problem(source: str, problem: Problem) -> str:
    """`source:line:col: severity: message [code]`, the form editors and CI logs understand."""
    where = source
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    suffix = f" (at byte {problem.offset})" if problem.offset is not None else ""
    return f"{where}: {problem.severity.value}: {problem.message}{suffix} [{problem.code.value}]"


def format_problems(source: str, problems: Iterable[Problem]) -> list[str]:
    return [format_problem(source, p) for p in problems]

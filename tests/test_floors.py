"""The package floors (haptrace.floors): imports point down only, only the binding touches the
engine's cffi objects, and every exception the packages define derives from HaptraceError.

Imports are read from the source with ``ast``: module-level and function-level ones, those
under ``if TYPE_CHECKING``, and ``importlib.import_module`` of a literal name (or of an
f-string's literal start, ``f"haptrace.binding.{name}"``)."""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from haptrace.engines import ENGINE_MODULES
from haptrace.errors import HaptraceError
from haptrace.floors import BINDING, FLOORS, PACKAGES, floor_name, floor_of

ROOT = Path(__file__).resolve().parents[1]
# Names that are the engine's cffi objects wherever they come from.
ENGINE_NAMES = ("ffi", "lib")


@dataclass(frozen=True)
class Import:
    module: str  # the module imported (a submodule when ``from package import submodule``)
    names: tuple[str, ...]  # the names taken from it (``from module import names``)
    line: int


def modules() -> dict[str, Path]:
    """Every module of the packages, by dotted name."""
    out: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


MODULES = modules()


def _absolute(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of a relative import ``from <level dots><name> import ...``."""
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def _literal_module(module: str, is_package: bool, call: ast.Call) -> str | None:
    """The module ``importlib.import_module(...)`` names, if its first argument is a literal
    (or an f-string starting with one); a relative name is resolved against the call's
    ``package`` argument (a literal, else this module's package)."""
    function = call.func
    named = (isinstance(function, ast.Attribute) and function.attr == "import_module") or (
        isinstance(function, ast.Name) and function.id == "import_module"
    )
    if not named or not call.args:
        return None
    first = call.args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        text = first.value
    elif (
        isinstance(first, ast.JoinedStr)
        and first.values
        and isinstance(first.values[0], ast.Constant)
        and isinstance(first.values[0].value, str)
    ):
        text = first.values[0].value.rstrip(".")  # f"package.{name}": at least the package
    else:
        return None
    name = text.lstrip(".")
    level = len(text) - len(name)
    if not text or not level:
        return name or None
    package = call.args[1] if len(call.args) > 1 else None
    if isinstance(package, ast.Constant) and isinstance(package.value, str):
        return _absolute(package.value, True, level, name or None)
    return _absolute(module, is_package, level, name or None)


def imports(module: str, source: str, is_package: bool = False) -> Iterator[Import]:
    """Every import of ``module`` (whose source is ``source``)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, (), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, is_package, node.level, node.module)
            for alias in node.names:
                # ``from package import submodule`` imports the submodule.
                candidate = f"{base}.{alias.name}"
                if candidate in MODULES or candidate in ENGINE_MODULES.values():
                    yield Import(candidate, (), node.lineno)
                else:
                    yield Import(base, (alias.name,), node.lineno)
        elif isinstance(node, ast.Call):
            named = _literal_module(module, is_package, node)
            if named is not None:
                yield Import(named, (), node.lineno)


def floor_problems(module: str, source: str, is_package: bool = False) -> list[str]:
    """The imports of ``module`` that point up a floor, or reach outside the floor table."""
    own = floor_of(module)
    if own is None:
        return [f"{module} is on no floor: add it to haptrace.floors.FLOORS"]
    problems = []
    for found in imports(module, source, is_package):
        target = floor_of(found.module)
        if target is not None and target > own:
            problems.append(
                f"{module}:{found.line}: imports {found.module}, floor {target}"
                f" ({floor_name(target)}), from floor {own} ({floor_name(own)})"
            )
    return list(dict.fromkeys(problems))


def engine_problems(module: str, source: str, is_package: bool = False) -> list[str]:
    """The places where ``module``, outside the binding, reaches the engine's ffi or lib."""
    if module == BINDING or module.startswith(BINDING + "."):
        return []
    problems = []
    for found in imports(module, source, is_package):
        engine = found.module in ENGINE_MODULES.values() or found.module.startswith(
            "haptrace._engine"
        )
        if engine or found.module in (f"{BINDING}._native", "cffi"):
            problems.append(f"{module}:{found.line}: imports {found.module}")
        for name in set(found.names) & set(ENGINE_NAMES):
            problems.append(f"{module}:{found.line}: imports {name} from {found.module}")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in ENGINE_NAMES:
            problems.append(f"{module}:{node.lineno}: uses .{node.attr} (the engine's cffi object)")
    return list(dict.fromkeys(problems))


# ---- the packages --------------------------------------------------------------------------


def test_every_package_module_is_read() -> None:
    assert {"haptrace.binding.machine", "replay.pytest_plugin", "fuzz.lean"} <= set(MODULES)
    assert "haptrace.__main__" in MODULES


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module: str) -> None:
    path = MODULES[module]
    problems = floor_problems(module, path.read_text(), path.name == "__init__.py")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_only_the_binding_touches_the_engine(module: str) -> None:
    path = MODULES[module]
    problems = engine_problems(module, path.read_text(), path.name == "__init__.py")
    assert not problems, "\n".join(problems)


def test_the_floors_are_the_documented_ones() -> None:
    assert [name for name, _ in FLOORS] == [
        "catalogue",
        "binding",
        "traces",
        "replay",
        "fuzz",
        "cli",
    ]
    assert floor_of("haptrace") == floor_of("haptrace.catalogue.model") == 0
    assert floor_of("haptrace.binding.machine") == floor_of("haptrace._engine_cov") == 1
    assert floor_of("haptrace.cli.main") == floor_of("haptrace.__main__") == 5
    assert floor_of("numpy") is None


# ---- the checks themselves -----------------------------------------------------------------


def test_an_upward_import_is_named_with_both_floors() -> None:
    source = "def collect():\n    from haptrace.cli.replay_cmd import expand\n"
    (problem,) = floor_problems("replay.pytest_plugin", source)
    assert problem == (
        "replay.pytest_plugin:2: imports haptrace.cli.replay_cmd, floor 5 (cli),"
        " from floor 3 (replay)"
    )
    assert floor_problems("tracer.model", "import replay.engine\n")
    assert floor_problems("tracer.model", "from replay import engine\n")
    assert floor_problems("haptrace.binding.lean", "from .. import cli\n", is_package=False)
    assert not floor_problems("fuzz.target", "from replay import Machine\nimport numpy\n")


def test_import_module_with_a_literal_counts() -> None:
    source = 'import importlib\nimportlib.import_module("fuzz.harness")\n'
    assert floor_problems("replay.engine", source)
    source = 'import importlib\nimportlib.import_module(f"haptrace.cli.{name}")\n'
    assert floor_problems("tracer.reader", source)
    source = 'import importlib\nimportlib.import_module(".lean", "fuzz")\n'
    assert floor_problems("replay", source, is_package=True)


def test_reaching_the_engine_outside_the_binding_is_named() -> None:
    assert engine_problems("fuzz.lean", "from haptrace.binding._native import ffi, lib\n")
    assert engine_problems("fuzz.lean", "from haptrace.binding import _native\n")
    assert engine_problems("tracer.codec", "import haptrace._engine\n")
    assert engine_problems("fuzz.harness", "custom_mutator = make(target.ffi, target.lib)\n")
    assert not engine_problems("haptrace.binding.fuzz", "from ._native import ffi, lib\n")
    assert not engine_problems("fuzz.lean", "from haptrace.binding.fuzz import mutator\n")


# ---- exceptions ----------------------------------------------------------------------------


def _defined_exceptions() -> Iterator[type[BaseException]]:
    for name in sorted(MODULES):
        if name == "haptrace.__main__":
            continue  # running it runs the command
        module = importlib.import_module(name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__ == name:
                yield value


def test_every_exception_the_packages_define_derives_from_haptrace_error() -> None:
    found = list(_defined_exceptions())
    assert len(found) >= 15  # errors, tracer.errors, fuzz: a weak walk would find few
    outside = [
        f"{c.__module__}.{c.__qualname__}" for c in found if not issubclass(c, HaptraceError)
    ]
    assert not outside, f"exceptions outside haptrace.errors.HaptraceError: {outside}"

"""The call catalogue: everything generated from it is current, its codes are real errnos,
its revision tracks interface changes, and ``haptrace calls`` prints it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from haptrace.catalogue import BY_NAME, CATALOGUE, PROFILES, REVISION, as_json, lookup
from haptrace.catalogue.errnos import ERRNO, SHARING_NAMES, errno_name
from haptrace.catalogue.generate import stale_files
from haptrace.cli import cli

ROOT = Path(__file__).resolve().parents[2]
KNOWN_ERRNOS = set(ERRNO.values()) | set(SHARING_NAMES.values())


def test_the_generated_files_are_current() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "haptrace.catalogue.generate", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert stale_files() == []


def test_a_stale_file_is_reported(tmp_path: Path) -> None:
    """--check compares against the tree it is given: an edited copy is stale."""
    for relative in ("csrc/gen/ht_catalogue.h", "haptrace/binding/_calls.py", "docs/catalogue.md"):
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((ROOT / relative).read_text())
    (tmp_path / "docs/catalogue.md").write_text("edited by hand\n")
    stale = stale_files(tmp_path)
    assert "docs/catalogue.md" in stale
    assert "csrc/gen/ht_catalogue.c" in stale  # missing altogether
    assert "haptrace/binding/_calls.py" not in stale


def test_the_compiled_engine_carries_this_revision() -> None:
    from haptrace.binding import _native

    assert REVISION == _native.BUILT_REVISION
    assert f"Revision `{REVISION}`" in (ROOT / "docs/catalogue.md").read_text()


@pytest.mark.parametrize("profile", PROFILES)
def test_every_documented_code_is_an_errno(profile: str) -> None:
    for call in CATALOGUE:
        unknown = call.errnos(profile) - KNOWN_ERRNOS
        assert not unknown, f"{call.name} documents codes outside the errno table: {unknown}"
        for code in call.codes[profile]:
            assert code.when.strip(), f"{call.name}: errno {code.errno} without a condition"
            assert errno_name(code.errno, call.family.value == "sharing") != str(code.errno)


def test_the_handle_codes_belong_to_sharing_calls_only() -> None:
    for call in CATALOGUE:
        for profile in PROFILES:
            if call.family.value != "sharing":
                assert not {9, 10} & call.errnos(profile), call.name


def test_ids_and_names_are_unique_and_looked_up_both_ways() -> None:
    assert [call.id for call in CATALOGUE] == list(range(len(CATALOGUE)))
    assert len(BY_NAME) == len(CATALOGUE)
    for call in CATALOGUE:
        assert lookup(call.name) is call and lookup(call.id) is call


# ---- the revision ------------------------------------------------------------------------

# Each script edits the catalogue in a fresh interpreter (the catalogue modules are plain
# data), recomputes the package's REVISION and prints whether it changed.
EDIT = textwrap.dedent(
    """
    import dataclasses, importlib, json
    import haptrace.catalogue as catalogue
    from haptrace.catalogue import sharing
    from haptrace.catalogue.model import Arg, Code, Output
    before = catalogue.REVISION
    calls = list(sharing.CALLS)
    call = calls[{index}]
    {edit}
    calls[{index}] = call
    sharing.CALLS = tuple(calls)
    after = importlib.reload(catalogue).REVISION
    print(json.dumps({{"before": before, "after": after}}))
    """
)


def revision_after(edit: str, index: int = 4) -> tuple[str, str]:
    script = EDIT.format(index=index, edit=edit)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["before"] == REVISION
    return result["before"], result["after"]


INTERFACE_CHANGES = {
    "arg-width": "call = dataclasses.replace(call, args=(dataclasses.replace("
    "call.args[0], bits=32),) + call.args[1:])",
    "arg-name": "call = dataclasses.replace(call, args=(dataclasses.replace("
    "call.args[0], name='domain'),) + call.args[1:])",
    "new-output": "call = dataclasses.replace(call, outputs=call.outputs + "
    "(Output('extra', 32, 'an extra output'),))",
    "new-code": "call = dataclasses.replace(call, codes={**call.codes, 'doc': "
    "call.codes['doc'] + (Code(16, 'busy'),)})",
    "dropped-code": "call = dataclasses.replace(call, codes={**call.codes, 'xen-4.2': "
    "call.codes['xen-4.2'][:-1]})",
    "renamed-call": "call = dataclasses.replace(call, name='memshr_nominate_page')",
}
DOC_CHANGES = {
    "summary": "call = dataclasses.replace(call, summary='Reworded.')",
    "arg-doc": "call = dataclasses.replace(call, args=(dataclasses.replace("
    "call.args[0], doc='reworded'),) + call.args[1:])",
    "condition-text": "call = dataclasses.replace(call, codes={p: tuple("
    "dataclasses.replace(c, when=c.when + ' (reworded)') for c in cs) "
    "for p, cs in call.codes.items()})",
}


@pytest.mark.parametrize("edit", sorted(INTERFACE_CHANGES))
def test_an_interface_change_changes_the_revision(edit: str) -> None:
    before, after = revision_after(INTERFACE_CHANGES[edit])
    assert before != after


def test_an_unchanged_catalogue_keeps_its_revision() -> None:
    before, after = revision_after("call = dataclasses.replace(call)")
    assert before == after


@pytest.mark.parametrize("edit", sorted(DOC_CHANGES))
def test_a_documentation_change_keeps_the_revision(edit: str) -> None:
    before, after = revision_after(DOC_CHANGES[edit])
    assert before == after


# ---- haptrace calls ------------------------------------------------------------------------


def test_calls_lists_every_call() -> None:
    result = CliRunner().invoke(cli, ["calls"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(CATALOGUE)
    for call, line in zip(CATALOGUE, lines, strict=True):
        assert call.name in line and all(a.name in line for a in call.args)


@pytest.mark.parametrize("name", ["memshr_share_gfns", "memshr_nominate_gfn", "guest_read"])
def test_calls_name_shows_arguments_outputs_and_codes(name: str) -> None:
    call = BY_NAME[name]
    result = CliRunner().invoke(cli, ["calls", name])
    assert result.exit_code == 0
    text = result.stdout
    header = f"{name}  [{call.kind.value}, {call.family.name}, caller {call.caller.value}]"
    assert text.startswith(header)
    for arg in call.args:
        assert f"arg {arg.name} ({arg.bits}-bit)" in text
    for output in call.outputs:
        assert f"out {output.name} ({output.bits}-bit)" in text
    sharing = call.family.value == "sharing"
    for profile in PROFILES:
        block = text.split(f"codes ({profile}):")[1]
        for code in call.codes[profile]:
            assert errno_name(code.errno, sharing) in block and code.when in block


def test_calls_of_an_unknown_name_is_bad_input() -> None:
    result = CliRunner().invoke(cli, ["calls", "memshr_nominate_gnf"])
    assert result.exit_code == 6
    assert "memshr_nominate_gfn" in result.stderr  # the closest match
    assert "Traceback" not in result.output


def test_calls_json_parses_and_matches_the_catalogue() -> None:
    result = CliRunner().invoke(cli, ["calls", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data == as_json(CATALOGUE)
    assert [c["name"] for c in data] == [c.name for c in CATALOGUE]
    one = json.loads(CliRunner().invoke(cli, ["calls", "memshr_audit", "--json"]).stdout)
    assert one == as_json(BY_NAME["memshr_audit"])
    assert set(one["codes"]) == set(PROFILES)

"""Fuzzing haptrace's own input surfaces (issue 16): the binary trace reader, the text
parser, the header's machine configuration and the Python API's argument conversion.

Each surface (:mod:`fuzz.surfaces.targets`) runs one input as the commands and the API do
and returns the exit status the CLI would give it; a *finding* is anything else: an
exception outside the package root, an internal error (exit 70), an input running past the
time bound or the process's RSS past the cap.  :mod:`fuzz.surfaces.runner` runs a surface
under atheris (``python -m fuzz.surfaces.runner binary --seconds 600 --seed 1``) and writes
its tally; ``benchmarks/hostile_surfaces.py`` runs every surface and prints the tallies.
"""

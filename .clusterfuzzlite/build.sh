#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build: install haptrace (building its C engine), then package
# each fuzzer of .clusterfuzzlite/ as one executable in $OUT, with a seed corpus made from
# the regression corpus.  tests/cli/test_clusterfuzzlite.py runs this script outside the
# builder image (OUT and SRC set, the project already installed: SKIP_INSTALL=1).
cd "$(dirname "$0")/.."
if [ -z "${SKIP_INSTALL:-}" ]; then
  pip3 install .
fi
# Where the installed packages are (site-packages; the clone itself for an editable install,
# whose import hook PyInstaller's analysis does not follow), asked from outside the clone.
installed=$(cd / && python3 -c "import os, haptrace; print(os.path.dirname(os.path.dirname(haptrace.__file__)))")
for fuzzer in .clusterfuzzlite/*_fuzzer.py; do
  name=$(basename "$fuzzer" .py)
  # What OSS-Fuzz's compile_python_fuzzer does for an uninstrumented Python fuzzer: one
  # PyInstaller executable.  The engine and atheris' libFuzzer are imported by name
  # (haptrace.binding.lean, fuzz.harness), and the cffi backend by the engine's C code, so
  # PyInstaller is told about them.
  pyinstaller --noconfirm --log-level WARN --onefile --name "$name" \
    --distpath "$OUT" --workpath "${WORK:-/tmp}/pyinstaller-$name" \
    --specpath "${WORK:-/tmp}/pyinstaller-$name" \
    --paths "$installed" --hidden-import haptrace._engine --hidden-import _cffi_backend \
    --hidden-import atheris.custom_mutator --hidden-import atheris.core_with_libfuzzer \
    "$fuzzer"
  # The seed corpus: every regression trace, encoded as a fuzz input.
  seeds=$(mktemp -d)
  python3 -c "import sys; from pathlib import Path; from fuzz.campaign import seed_corpus; \
from tracer.paths import expand; seed_corpus(Path(sys.argv[1]), expand(('corpus',)))" "$seeds"
  (cd "$seeds" && zip -q -r "$OUT/${name}_seed_corpus.zip" .)
  rm -rf "$seeds"
  # The dictionary and input size haptrace fuzz gives libFuzzer (fuzz/campaign.py).
  python3 -c "import sys; from pathlib import Path; from fuzz.dictionary import write; \
write(Path(sys.argv[1]))" "$OUT/$name.dict"
  printf '[libfuzzer]\nmax_len = 256\n' > "$OUT/$name.options"
done

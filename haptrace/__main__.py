"""``python -m haptrace``: the ``haptrace`` command (haptrace.cli)."""

from haptrace.cli import main

if __name__ == "__main__":
    main()

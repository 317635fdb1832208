"""The ``haptrace`` command: one click group of thin commands over the library."""

from .main import cli, main

__all__ = ["cli", "main"]

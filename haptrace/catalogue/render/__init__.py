"""Renderers of the catalogue into the files generated from it (see ..generate)."""

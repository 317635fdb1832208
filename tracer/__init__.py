"""Traces: the versioned msgpack format, recorders and the readable text form."""

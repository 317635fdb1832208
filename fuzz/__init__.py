"""Coverage-guided fuzzing of call sequences with atheris."""

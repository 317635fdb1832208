"""Types of the C module csrc/python/percall.c (the per-call API's fast path)."""

from collections.abc import Callable
from typing import Any

class FastCall:
    __wrapped__: Callable[..., Any]
    def __init__(
        self,
        slow: Callable[..., Any],
        finish: Callable[[int, int, tuple[int, ...]], Any],
        owner: object,
        machine: int,
        entry: int,
        out: int,
        call_id: int,
        arity: int,
        defaults: tuple[int, ...],
        outputs: int,
        known: dict[int, Any],
        result_type: type[tuple[int, ...]],
    ) -> None: ...
    def __call__(self, *args: Any, **kwargs: Any) -> Any: ...

"""Turn pydantic's errors into one message that names the field."""

from __future__ import annotations

import re

from pydantic import ValidationError


def field_path(loc: tuple[int | str, ...]) -> str:
    """``("boxes", 2, "w")`` → ``"boxes[2].w"``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.startswith(("function-", "tagged-union[")):
            continue
        else:
            out += ("." if out else "") + part
    return out


def first_error(exc: ValidationError) -> tuple[str, str]:
    """The field path and message of the first error pydantic found."""
    err = exc.errors(include_url=False, include_input=False)[0]
    message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    path = field_path(tuple(err.get("loc", ())))
    if err.get("type") == "union_tag_invalid":
        path = (path + "." if path else "") + "kind"
    # model validators name their field themselves: "data.width: must be positive"
    named = _NAMED.match(message)
    if named:
        path = (path + "." if path else "") + named.group(1)
        message = named.group(2)
    return path, message


_NAMED = re.compile(r"^([A-Za-z_][\w.\[\]]*): (.+)$", re.S)

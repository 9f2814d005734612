"""A small JSON Schema check for the keywords docs/client-export.schema.json uses (no new
dependency for one schema): $ref into $defs, type, enum, const, pattern, properties, required,
additionalProperties false, items, anyOf. A keyword it does not know fails loudly, so the
schema cannot outgrow the check unnoticed."""

from __future__ import annotations

import re
from typing import Any

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}
_KNOWN = {
    "$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "const",
    "pattern", "properties", "required", "additionalProperties", "items", "anyOf",
}  # fmt: skip


def problems(value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None,
             where: str = "$") -> list[str]:  # fmt: skip
    """Every way `value` breaks `schema`, as "path: what"; empty when it validates."""
    root = root or schema
    unknown = set(schema) - _KNOWN
    if unknown:
        raise ValueError(f"schema keyword(s) not checked: {sorted(unknown)}")
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return problems(value, root["$defs"][name], root, where)
    found: list[str] = []
    if "type" in schema:
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is(value, kind) for kind in wanted):
            return [f"{where}: {value!r} is not {wanted}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not in {schema['enum']}")
    if "const" in schema and (value != schema["const"] or type(value) is not type(schema["const"])):
        found.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "pattern" in schema and not (isinstance(value, str) and re.search(schema["pattern"], value)):
        found.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if "anyOf" in schema and all(problems(value, s, root, where) for s in schema["anyOf"]):
        found.append(f"{where}: {value!r} matches none of anyOf")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [
            f"{where}: {key} missing" for key in schema.get("required", []) if key not in value
        ]
        if schema.get("additionalProperties") is False:
            found += [f"{where}: {key} not allowed" for key in value if key not in properties]
        for key, sub in properties.items():
            if key in value:
                found += problems(value[key], sub, root, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += problems(item, schema["items"], root, f"{where}[{index}]")
    return found


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[kind])

"""One wire schema (issue 18): the app-hub protocol is defined once, in
datafi_desktop.core.wire, and the hub's routes and the OpenAPI document use it."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import tempfile
from pathlib import Path

from fastapi.routing import APIRoute
from pydantic import BaseModel

import datafi_desktop
from datafi_desktop.hub.api.app import create_app
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings

PACKAGE = Path(datafi_desktop.__file__).parent
WIRE = PACKAGE / "core" / "wire"


def wire_models() -> set[str]:
    names = set()
    for path in WIRE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
    return names


def test_the_hub_keeps_no_schemas_of_its_own() -> None:
    assert importlib.util.find_spec("datafi_desktop.hub.schemas") is None
    assert not (PACKAGE / "hub" / "schemas.py").exists()


def _models_of(route: APIRoute) -> list[type[BaseModel]]:
    found: list[object] = [route.response_model]
    found += [param.field_info.annotation for param in route.dependant.body_params]
    found += [r.get("model") for r in route.responses.values()]
    return [m for m in found if inspect.isclass(m) and issubclass(m, BaseModel)]


def test_every_route_speaks_in_wire_models(tmp_path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        hub = Hub.open(HubSettings(data_dir=Path(tmp), database_url=f"sqlite:///{tmp}/h.db"))
        try:
            routes = [r for r in create_app(hub).routes if isinstance(r, APIRoute)]
        finally:
            hub.close()
    checked = 0
    for route in routes:
        for model in _models_of(route):
            assert model.__module__.startswith("datafi_desktop.core.wire."), \
                (route.path, model.__module__, model.__name__)
            checked += 1
    assert checked > 40  # every API route has at least an answer or an error model


def test_no_other_module_defines_a_wire_model_again() -> None:
    names = wire_models()
    assert {"ReviewItemOut", "LeasesOut", "SubmissionIn", "RewardsOut"} <= names
    again = []
    for path in PACKAGE.rglob("*.py"):
        if WIRE in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        again += [f"{path.relative_to(PACKAGE)}:{n.lineno} {n.name}"
                  for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in names]
    assert again == []


def test_the_annotation_body_needs_no_pydantic() -> None:
    source = (WIRE / "body.py").read_text(encoding="utf-8")
    init = (WIRE / "__init__.py").read_text(encoding="utf-8")
    assert "pydantic" not in "\n".join(line for line in source.splitlines()
                                       if line.startswith(("import", "from")))
    assert not [n for n in ast.parse(init).body if isinstance(n, ast.Import | ast.ImportFrom)]

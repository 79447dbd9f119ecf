"""Property-based run over the served OpenAPI document: no input makes the hub fail (5xx).

The hub runs over a real socket; schemathesis reads ``/openapi.json`` from it and
sends generated requests, signed in as an annotator (bearer token).
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from datafi_desktop.hub.server.inprocess import RunningHub

from .helpers import ApiUser, AppProfile

pytestmark = pytest.mark.slow


@pytest.fixture
def api_schema(hub: RunningHub) -> Any:
    return schemathesis.openapi.from_url(f"{hub.url}/openapi.json")


@pytest.fixture
def token(hub: RunningHub, alice: AppProfile) -> str:
    user = ApiUser(hub.url, alice.signer).sign_in()
    user.lease(count=3)  # so that pushes and statuses meet real rows too
    assert user.token is not None
    return user.token


def test_no_input_makes_the_hub_fail(api_schema: Any, token: str) -> None:
    """Every operation of the document, 40 generated requests each (positive and negative
    data); the only check is the one that matters here: never a 5xx."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    headers = {"Authorization": f"Bearer {token}"}
    seen: Counter[int] = Counter()
    for operation, mode in itertools.product(operations, GenerationMode):

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        def run(case: Any) -> None:
            response = case.call_and_validate(headers=headers, checks=[not_a_server_error])
            seen[response.status_code] += 1

        try:
            run()
        except Unsatisfiable:  # nothing negative to make of an operation without inputs
            continue
    # the run reached the handlers, not only the validation layer
    assert seen[200] > 0 and seen[422] > 0 and seen[404] > 0, seen

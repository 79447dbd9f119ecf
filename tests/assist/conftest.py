from __future__ import annotations

from collections.abc import Iterator

import pytest
from sklearn.pipeline import Pipeline

from tests.hub.conftest import database_url  # noqa: F401  (sqlite and postgres legs)

from .ml_backend import BackendServer, train_sentiment


@pytest.fixture(scope="session")
def sentiment_model() -> Pipeline:
    return train_sentiment()


@pytest.fixture
def ml_backend(sentiment_model: Pipeline) -> Iterator[BackendServer]:
    server = BackendServer(sentiment_model).start()
    yield server
    server.stop()

"""Fixtures for the web tests: a database file, the app and an in-process client."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from rasd.web import WebSettings, create_app
from tests.web.fixtures import PASSWORD, REVIEWER, build_store

with warnings.catch_warnings():  # starlette prefers httpx2; httpx works the same for these tests
    warnings.filterwarnings("ignore", message="Using `httpx` with")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test database, built once (hashing the reviewer's password is slow on purpose)."""
    path = tmp_path_factory.mktemp("template") / "rasd.db"
    build_store(str(path)).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> str:
    """A fresh copy of the test database for one test."""
    path = tmp_path / "rasd.db"
    shutil.copyfile(template_db, path)
    return str(path)


@pytest.fixture
def app(db_path: str) -> FastAPI:
    return create_app(db_path, settings=WebSettings(page_size=2))


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def csrf_of(client: TestClient, path: str = "/login") -> str:
    """The CSRF token of a page's forms (and the cookie it goes with, now in the client)."""
    html = client.get(path).text
    marker = 'name="csrf_token" value="'
    start = html.index(marker) + len(marker)
    return html[start:html.index('"', start)]


@pytest.fixture
def reviewer(client: TestClient) -> TestClient:
    """The client, signed in as the test reviewer."""
    token = csrf_of(client)
    r = client.post("/login", data={"name": REVIEWER, "password": PASSWORD, "csrf_token": token, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return client

"""schemathesis against the app's /openapi.json, in process over ASGI: requests made from the schema,
with valid parameters and with invalid ones, never get a 500, and every answer conforms to the schema
(status code, content type, headers, body). Bounded: a fixed number of examples per operation and
mode, derandomised, well under a minute in all.

schemathesis' own pytest plugin does not run under this pytest, so each operation's strategy is
driven by hypothesis directly."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency (pip install -e '.[dev]')")
from hypothesis import HealthCheck, given, settings  # noqa: E402  (installed with schemathesis)
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import (content_type_conformance, not_a_server_error,  # noqa: E402
                                 response_headers_conformance, response_schema_conformance, status_code_conformance)

from salname.web.app import create_app  # noqa: E402
from test_web_api import build_archive  # noqa: E402

EXAMPLES = 100
OPERATIONS = ["/api/search", "/api/documents/{doc_id}", "/api/entities", "/api/entities/{entity_id}", "/api/stats",
              "/api/events", "/api/network"]
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    path = tmp_path_factory.mktemp("schemathesis") / "st.sqlite"
    build_archive(path)  # its articles hold markup, its events and names too
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(path))


def test_every_operation_is_covered(api_schema):
    assert sorted(r.ok().path for r in api_schema.get_all_operations()) == sorted(OPERATIONS)


@pytest.mark.parametrize("path, mode", [
    pytest.param(path, mode, id=f"{path}-{mode.value}") for path in OPERATIONS
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if not (mode is GenerationMode.NEGATIVE and path == "/api/stats")  # no parameters to get wrong
])
def test_no_500_and_answers_conform(api_schema, path, mode):
    op = api_schema[path]["GET"]
    seen: list[int] = []

    @given(op.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call()
        seen.append(response.status_code)
        assert response.status_code < 500, (case.path_parameters, case.query, response.status_code,
                                            response.text[:300])
        case.validate_response(response, checks=CHECKS)

    check()
    assert seen
    if mode is GenerationMode.NEGATIVE:
        assert 400 in seen  # bad parameters were sent and refused

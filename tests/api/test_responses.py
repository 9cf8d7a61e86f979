"""Mapping of recorded error responses to the error hierarchy."""

from __future__ import annotations

import httpx
import pytest
from pydantic import BaseModel

from desktop_app.api.errors import (
    ApiError,
    BadCredentials,
    Conflict,
    Forbidden,
    Locked,
    MalformedResponse,
    NotFound,
    RateLimited,
    RouteMissing,
    ServerError,
    Validation,
)
from desktop_app.api.responses import (
    medusa_error,
    parse_json,
    parse_medusa_validation,
    parse_model,
    payload_error,
)
from tests.api import fakes


def _resp(status: int, body: object, path: str = "/admin/products") -> httpx.Response:
    return httpx.Response(
        status, json=body, request=httpx.Request("GET", f"http://shop.test{path}")
    )


# ------------------------------------------------------------ Medusa validation


@pytest.mark.parametrize(
    ("message", "field", "text"),
    [
        ("Invalid request: Field 'title' is required", "title", "Field 'title' is required"),
        (
            "Invalid request: Expected type: 'string' for field 'title', got: '123'",
            "title",
            "Expected type: 'string' for field 'title', got: '123'",
        ),
        (
            "Invalid request: Expected type: 'number' for field 'limit', got: 'abc'",
            "limit",
            None,
        ),
        (
            "Invalid request: Expected: 'draft, proposed, published, rejected' for field "
            "'status', but got: 'weird'",
            "status",
            None,
        ),
        (
            "Invalid product handle 'Bad Handle'. It must contain URL safe characters",
            "handle",
            "Invalid product handle 'Bad Handle'. It must contain URL safe characters",
        ),
        ("Product with handle: probe-t-shirt, already exists.", "handle", None),
        ("Product options are not provided for: [Simple no variants].", "options", None),
        ("Option value M does not exist for option Size", "options", None),
        ("Variant (S3) with provided options already exists.", "variants", None),
        ("Invalid request: Field 'variants, 0, title' is required", "variants.0.title", None),
    ],
)
def test_medusa_validation_maps_message_to_field(message, field, text):
    fields, general = parse_medusa_validation(message)
    assert list(fields) == [field]
    assert general == []
    if text is not None:
        assert fields[field] == text


def test_medusa_unrecognized_fields_names_every_field():
    fields, _ = parse_medusa_validation("Invalid request: Unrecognized fields: 'id, created_at'")
    assert set(fields) == {"id", "created_at"}
    assert fields["id"] == "Unrecognized fields: 'id, created_at'"


def test_medusa_several_messages_joined_by_newline_are_split():
    message = (
        "Invalid request: Field 'title' is required\n"
        "Expected: 'draft, proposed, published, rejected' for field 'status', but got: 'x'\n"
        "Expected type: 'string' for field 'title', got: '1'"
    )
    fields, general = parse_medusa_validation(message)
    assert set(fields) == {"title", "status"}
    assert fields["title"].split("\n") == [
        "Field 'title' is required",
        "Expected type: 'string' for field 'title', got: '1'",
    ]
    assert general == []


def test_medusa_older_semicolon_joined_messages_are_split():
    fields, _ = parse_medusa_validation(
        "Invalid request: Field 'title' is required; Unrecognized fields: 'foo'"
    )
    assert set(fields) == {"title", "foo"}


def test_medusa_message_without_field_is_general():
    fields, general = parse_medusa_validation("Expected property name or '}' in JSON at position 1")
    assert fields == {}
    assert general == ["Expected property name or '}' in JSON at position 1"]


def test_medusa_400_becomes_validation_with_fields():
    err = medusa_error(
        _resp(400, fakes.medusa_invalid("Invalid request: Unrecognized fields: 'unknown_key'"))
    )
    assert isinstance(err, Validation)
    assert err.server == "Medusa"
    assert err.status == 400
    assert err.field_errors == {"unknown_key": "Unrecognized fields: 'unknown_key'"}
    assert "Invalid request" not in err.message


# ------------------------------------------------------------ Medusa statuses


@pytest.mark.parametrize(
    ("status", "body", "cls", "needle"),
    [
        (401, fakes.MEDUSA_401, BadCredentials, "did not accept"),
        (401, fakes.MEDUSA_WRONG_LOGIN, BadCredentials, "email or password"),
        (403, {"message": "Insufficient permissions"}, Forbidden, "Insufficient permissions"),
        (404, fakes.MEDUSA_NOT_FOUND, NotFound, "Product not found"),
        (
            409,
            {"code": "invalid_state_error", "type": "conflict", "message": "x"},
            Conflict,
            "again",
        ),
        (500, fakes.MEDUSA_UNKNOWN_ERROR, ServerError, "HTTP 500"),
        (
            422,
            {"code": "invalid_request_error", "type": "duplicate_error", "message": "dup"},
            Validation,
            "dup",
        ),
    ],
)
def test_medusa_status_mapping(status, body, cls, needle):
    err = medusa_error(_resp(status, body))
    assert type(err) is cls
    assert err.status == status
    assert needle in err.message


def test_medusa_404_html_is_route_missing_not_not_found():
    resp = fakes.html_404("GET", "/admin/nonexistent-route")
    resp.request = httpx.Request("GET", "http://shop.test/admin/nonexistent-route")
    err = medusa_error(resp)
    assert isinstance(err, RouteMissing)
    assert not isinstance(err, NotFound)
    assert "/admin/nonexistent-route" in err.message


def test_medusa_502_html_from_proxy_is_server_error():
    resp = httpx.Response(
        502, text="<html>Bad gateway</html>", headers={"content-type": "text/html"}
    )
    assert isinstance(medusa_error(resp), ServerError)


# ------------------------------------------------------------------- Payload


def test_payload_required_field():
    err = payload_error(_resp(400, fakes.PAYLOAD_REQUIRED_TITLE))
    assert isinstance(err, Validation)
    assert err.field_errors == {"title": "This field is required."}
    assert err.server == "Payload"


def test_payload_several_fields_with_minified_error_name():
    err = payload_error(_resp(400, fakes.PAYLOAD_SEVERAL_FIELDS_MINIFIED))
    assert isinstance(err, Validation)
    assert err.field_errors == {
        "medusa_id": "This field is required.",
        "title": "This field is required.",
    }


def test_payload_unique_violation_without_label():
    err = payload_error(_resp(400, fakes.PAYLOAD_UNIQUE))
    assert err.field_errors == {"medusa_id": "Value must be unique"}


def test_payload_bulk_errors_name_the_document():
    err = payload_error(_resp(400, fakes.PAYLOAD_BULK_LOCKED))
    assert isinstance(err, Validation)
    assert err.field_errors == {}
    assert err.general == [
        "Document 1: Document with ID 1 is currently locked by another user and cannot be updated."
    ]


def test_payload_423_is_locked_with_doc_id():
    err = payload_error(_resp(423, fakes.PAYLOAD_LOCKED), doc_id=99)
    assert isinstance(err, Locked)
    assert err.doc_id == "1"  # parsed from the server message, not the fallback
    assert "open in Payload admin" in err.message


def test_payload_423_without_id_in_message_uses_fallback():
    err = payload_error(_resp(423, {"errors": [{"message": "locked"}]}), doc_id=99)
    assert isinstance(err, Locked)
    assert err.doc_id == 99


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (403, fakes.PAYLOAD_FORBIDDEN, Forbidden),
        (404, fakes.PAYLOAD_NOT_FOUND, NotFound),
        (
            401,
            {"errors": [{"message": "The email or password provided is incorrect."}]},
            BadCredentials,
        ),
        (500, {"errors": [{"message": "Something went wrong."}]}, ServerError),
    ],
)
def test_payload_status_mapping(status, body, cls):
    assert type(payload_error(_resp(status, body, "/api/products"))) is cls


def test_server_error_message_reads_as_one_sentence():
    # The server's own text ends with a period; ours must not add "(….)."
    err = payload_error(_resp(500, {"errors": [{"message": "Something went wrong."}]},
                              "/api/products"))
    assert err.message == "Payload had an internal error, HTTP 500 (Something went wrong)."


def test_payload_404_html_is_route_missing():
    resp = httpx.Response(
        404,
        text="<html>404</html>",
        headers={"content-type": "text/html"},
        request=httpx.Request("GET", "http://cms.test/wrong/products"),
    )
    assert isinstance(payload_error(resp), RouteMissing)


# --------------------------------------------------------------------- parsing


def test_parse_json_rejects_html_even_with_200():
    resp = httpx.Response(
        200, text="<html>storefront</html>", headers={"content-type": "text/html"}
    )
    with pytest.raises(MalformedResponse, match="instead of JSON"):
        parse_json(resp, "Medusa")


def test_parse_json_rejects_broken_json():
    resp = httpx.Response(
        200, content=b'{"products": [', headers={"content-type": "application/json"}
    )
    with pytest.raises(MalformedResponse, match="not valid JSON"):
        parse_json(resp, "Medusa")


def test_parse_json_accepts_charset_suffix():
    resp = httpx.Response(
        200, content=b'{"a": 1}', headers={"content-type": "application/json; charset=utf-8"}
    )
    assert parse_json(resp, "Medusa") == {"a": 1}


class _Model(BaseModel):
    count: int


def test_parse_model_failure_is_short_and_readable():
    with pytest.raises(MalformedResponse) as info:
        parse_model(_Model, {"count": "many", "secret": "s3cr3t"}, "Medusa", "a list")
    text = str(info.value)
    assert text.startswith("Medusa: Medusa sent a list in an unexpected shape (count:")
    assert "many" not in text  # input values are not echoed
    assert "pydantic" not in text
    assert info.value.__cause__ is None  # no pydantic traceback chained


def test_api_error_str_and_repr():
    err = ApiError("Something broke.", server="Payload", status=418)
    assert str(err) == "Payload: Something broke."
    assert repr(err) == "ApiError(server='Payload', status=418, message='Something broke.')"


# ------------------------------------------------------------ rate limits (Retry-After)


@pytest.mark.parametrize(("to_error", "server"), [(medusa_error, "Medusa"),
                                                  (payload_error, "Payload")])
def test_429_is_rate_limited_with_the_wait_in_the_message(to_error, server):
    err = to_error(fakes.proxy_refusal(429, "12"))
    assert type(err) is RateLimited
    assert err.status == 429
    assert err.retry_after == 12.0
    assert str(err) == f"{server}: {server} is busy (HTTP 429); retry in 12 s."


@pytest.mark.parametrize(("header", "wait"), [("90", "2 min"), ("300", "5 min"),
                                              ("7200", "2 h"), ("0", "1 s")])
def test_long_waits_read_in_minutes_or_hours(header, wait):
    err = medusa_error(fakes.proxy_refusal(429, header))
    assert err.message == f"Medusa is busy (HTTP 429); retry in {wait}."


def test_429_without_retry_after_has_no_wait():
    err = payload_error(fakes.proxy_refusal(429))
    assert isinstance(err, RateLimited)
    assert err.retry_after is None
    assert err.message == "Payload is busy (HTTP 429); try again in a moment."


def test_503_with_retry_after_is_a_server_error_saying_when():
    err = medusa_error(fakes.proxy_refusal(503, "30"))
    assert type(err) is ServerError
    assert err.retry_after == 30.0
    assert err.message == "Medusa is unavailable for now (HTTP 503); retry in 30 s."


def test_retry_after_on_other_statuses_is_ignored():
    resp = httpx.Response(500, json=fakes.MEDUSA_UNKNOWN_ERROR, headers={"retry-after": "5"})
    assert medusa_error(resp).retry_after is None
    assert payload_error(fakes.proxy_refusal(503)).retry_after is None


def test_every_error_has_retry_after_defaulting_to_none():
    assert ApiError("x", server="Medusa").retry_after is None
    assert Validation("x", server="Medusa").retry_after is None
    assert Locked("x", server="Payload").retry_after is None

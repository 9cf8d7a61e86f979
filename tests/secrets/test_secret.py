from __future__ import annotations

import json
import logging
import pickle

import pytest

from desktop_app.secrets import REDACTED, Secret

VALUE = "pa55-Wörd-7f3e"


def test_reveal_returns_the_value():
    assert Secret(VALUE).reveal() == VALUE


@pytest.mark.parametrize(
    "render",
    [
        repr,
        str,
        lambda s: f"{s}",
        lambda s: f"{s!r}",
        lambda s: f"{s:>40}",
        lambda s: "%s" % s,  # noqa: UP031
        lambda s: "{}".format(s),  # noqa: UP032
        lambda s: str([s]),
        lambda s: str({"k": s}),
    ],
)
def test_every_implicit_rendering_is_redacted(render):
    text = render(Secret(VALUE))
    assert VALUE not in text
    assert "*" * 10 in text


def test_not_a_str_so_it_cannot_leak_through_str_apis():
    s = Secret(VALUE)
    assert not isinstance(s, str)
    with pytest.raises(TypeError):
        json.dumps({"password": s})
    with pytest.raises(TypeError):
        _ = "prefix " + s  # type: ignore[operator]


def test_cannot_be_pickled():
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(Secret(VALUE))


def test_logging_a_secret_is_redacted(caplog: pytest.LogCaptureFixture):
    with caplog.at_level(logging.INFO):
        logging.getLogger("t").info("got %s / %r", Secret(VALUE), Secret(VALUE))
    assert VALUE not in caplog.text
    assert REDACTED in caplog.text


def test_equality_immutability_and_validation():
    assert Secret(VALUE) == Secret(VALUE)
    assert Secret(VALUE) != Secret(VALUE + "x")
    assert Secret(VALUE) != VALUE  # never equal to the plain string
    with pytest.raises(AttributeError):
        Secret(VALUE)._value = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(Secret(VALUE))
    with pytest.raises(ValueError, match="must not be empty"):
        Secret("")
    with pytest.raises(TypeError):
        Secret(b"bytes")  # type: ignore[arg-type]

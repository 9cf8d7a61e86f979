"""Qt-free async clients for the Medusa admin API and the Payload REST API."""

from desktop_app.api.errors import (
    ApiError,
    BadCredentials,
    BatchIncomplete,
    Conflict,
    Forbidden,
    Locked,
    MalformedResponse,
    NotFound,
    RateLimited,
    RouteMissing,
    ServerError,
    Timeout,
    TransportError,
    Unreachable,
    Validation,
)
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.medusa_auth import EmailPassword, SecretKey
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where

__all__ = [
    "ApiError",
    "BadCredentials",
    "BatchIncomplete",
    "Conflict",
    "EmailPassword",
    "Forbidden",
    "Locked",
    "MalformedResponse",
    "MedusaClient",
    "NotFound",
    "PayloadClient",
    "RateLimited",
    "RouteMissing",
    "SecretKey",
    "ServerError",
    "Timeout",
    "TransportError",
    "Unreachable",
    "Validation",
    "Where",
]

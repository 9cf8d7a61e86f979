"""Small placeholder product pictures drawn in pure Python (stdlib zlib), so the seed needs
no image library and nothing binary lives in the repository."""

from __future__ import annotations

import struct
import zlib

WIDTH, HEIGHT = 400, 300
BACKGROUND = (246, 243, 238)
SHAPES = ("circle", "square", "diamond")


def _inside(shape: str, x: int, y: int) -> bool:
    dx, dy = abs(x - WIDTH // 2), abs(y - HEIGHT // 2)
    if shape == "circle":
        return dx * dx + dy * dy <= 95 * 95
    if shape == "diamond":
        return dx + dy <= 115
    return dx <= 85 and dy <= 85


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(colour: tuple[int, int, int], shape: str) -> bytes:
    """A 400 × 300 RGB PNG: one ``shape`` in ``colour`` on a warm white background."""
    fill, back = bytes(colour), bytes(BACKGROUND)
    rows = b"".join(
        b"\x00" + b"".join(fill if _inside(shape, x, y) else back for x in range(WIDTH))
        for y in range(HEIGHT)
    )
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows, 9)),
            _chunk(b"IEND", b""),
        )
    )

"""Made-up logo files for the logo checks: PNGs of any size (their pixels only when asked, so a
400-megapixel header costs nothing) and JPEG headers."""

from __future__ import annotations

import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data)))


def png(width: int, height: int, *, pixels: bool = False) -> bytes:
    """A ``width`` x ``height`` RGB PNG: a real, decodable image with ``pixels`` (one red row
    compressed ``height`` times), else the header and an empty image-data chunk."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    compressor = zlib.compressobj(1)
    row = b"\0" + b"\xc8\x1e\x1e" * width
    data = b"".join(compressor.compress(row) for _ in range(height if pixels else 0))
    return (PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", data + compressor.flush())
            + _chunk(b"IEND", b""))


def jpeg_header(width: int, height: int) -> bytes:
    """The first segments of a baseline JPEG: start of image, JFIF, start of frame, end."""
    jfif = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    frame = (b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3)
             + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01")
    return b"\xff\xd8" + jfif + frame + b"\xff\xd9"

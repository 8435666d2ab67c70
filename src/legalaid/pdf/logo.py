"""Checking a letterhead logo before anything decodes it.

A logo is printed 18 mm wide, yet whatever image is chosen is decoded whole at every letter: an
81-megapixel PNG took 876 MB, a 400-megapixel one stopped the program, a text file gave a
traceback. Only PNG and JPEG files are accepted (by their first bytes, not their name), up to
``MAX_BYTES``, and their width and height are read from the header (PNG's IHDR chunk, JPEG's
start-of-frame segment) and capped at ``MAX_PIXELS`` before any pixel is decoded. Pure standard
library: the GUI checks a chosen file with the same function.
"""

from __future__ import annotations

import stat
import struct
from pathlib import Path

from legalaid.errors import ValidationError

FIELD = "logo"
MAX_BYTES = 8 * 1024 * 1024
#: 4000 x 4000. Printed 18 mm wide, a logo needs ~250 pixels a side; every letter decodes it
#: again, and each megapixel costs ~8 MB and 50 ms per letter (25 megapixels: 330 MB, 1.3 s).
MAX_PIXELS = 16_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_START = b"\xff\xd8\xff"
# Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC (arithmetic coding
# conditioning) share the range but are not frames.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers without a length field: TEM, the restart markers and the start of image.
_JPEG_BARE = frozenset({0x01, *range(0xD0, 0xD9)})


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise ValidationError(FIELD, "the PNG file is damaged (no image header)")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int]:
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            break
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte before a marker
            position += 1
            continue
        if marker in _JPEG_BARE:
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2:position + 4])
        if marker in _JPEG_FRAMES and position + 9 <= len(data):
            height, width = struct.unpack(">HH", data[position + 5:position + 9])
            return width, height
        if marker == 0xDA or length < 2:  # image data starts, or a broken segment
            break
        position += 2 + length
    raise ValidationError(FIELD, "the JPEG file is damaged (no image size before its data)")


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG or JPEG header; ValidationError for anything else."""
    if data.startswith(PNG_SIGNATURE):
        return _png_size(data)
    if data.startswith(JPEG_START):
        return _jpeg_size(data)
    raise ValidationError(FIELD, "not a PNG or JPEG image")


def check_logo(data: bytes) -> bytes:
    """``data`` if it is a logo LegalAid prints; else ValidationError naming ``logo``."""
    if len(data) > MAX_BYTES:
        raise ValidationError(FIELD, f"the file is over {MAX_BYTES // (1024 * 1024)} MB")
    width, height = image_size(data)
    if width < 1 or height < 1:
        raise ValidationError(FIELD, "the image has no pixels")
    if width * height > MAX_PIXELS:
        raise ValidationError(FIELD, f"{width} x {height} pixels is too large (at most "
                              f"{MAX_PIXELS // 1_000_000} megapixels; a logo prints 18 mm wide)")
    return data


def read_logo(path: Path) -> bytes:
    """The checked bytes of the logo file at ``path``; only ``MAX_BYTES`` + 1 are read."""
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):  # a pipe would wait for ever
            raise ValidationError(FIELD, f"{path} is not a file")
        with Path(path).open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise ValidationError(FIELD, f"cannot read {path}: {error.strerror}") from None
    return check_logo(data)

"""Made-up phone photos in HEIC, encoded by pillow-heif as a phone's camera would: a pale picture
with a red block in its top-left quarter and a blue one in its bottom-right, so that whatever
shows it can be checked pixel by pixel; and a file that only claims to be HEIC."""

from __future__ import annotations

import io

import pillow_heif
from PIL import Image

SIZE = (96, 64)
PAPER = (245, 245, 240)
RED = (200, 30, 30)
BLUE = (30, 40, 200)
# An ISO-BMFF file-type box naming HEIC, then bytes no decoder makes a picture of.
FAKE_HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"not a photo " * 40


def heic_photo(marker: bytes | None = None) -> bytes:
    """The photo as HEIC bytes; ``marker`` goes into its XMP metadata (bytes no other file has)."""
    width, height = SIZE
    picture = Image.new("RGB", SIZE, PAPER)
    picture.paste(RED, (0, 0, width // 2, height // 2))
    picture.paste(BLUE, (width // 2, height // 2, width, height))
    out = io.BytesIO()
    pillow_heif.from_pillow(picture).save(out, quality=90, xmp=marker)
    return out.getvalue()


def near(pixel: tuple[int, ...], colour: tuple[int, int, int], tolerance: int = 24) -> bool:
    """Whether a decoded pixel is ``colour`` within what lossy HEVC coding changes."""
    return all(abs(got - want) <= tolerance for got, want in zip(pixel[:3], colour, strict=True))

"""Logos are checked by their first bytes and their header's pixel count before anything decodes
them: a text file, a 400-megapixel PNG or an 81-megapixel one are refused naming ``logo``."""

from __future__ import annotations

import io
import os
import time
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from tests.logo_images import jpeg_header, png

from legalaid.errors import ValidationError
from legalaid.pdf.context import LetterContext
from legalaid.pdf.loader import find_template
from legalaid.pdf.logo import MAX_BYTES, MAX_PIXELS, check_logo, image_size, read_logo
from legalaid.pdf.render import render_letter

from .conftest import sample_context


def _jpeg(width: int, height: int, **options: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 160)).save(buffer, "JPEG", **options)
    return buffer.getvalue()


def test_the_size_is_read_from_png_and_jpeg_headers() -> None:
    assert image_size(png(300, 120)) == (300, 120)
    assert image_size(_jpeg(123, 45)) == (123, 45)
    assert image_size(_jpeg(64, 32, progressive=True)) == (64, 32)
    assert image_size(jpeg_header(6000, 5000)) == (6000, 5000)


@pytest.mark.parametrize(("data", "problem"), [
    (b"just some text\n", "not a PNG or JPEG image"),
    (b"GIF89a" + b"\0" * 20, "not a PNG or JPEG image"),
    (b"\x89PNG not really", "not a PNG or JPEG image"),
    (png(10, 10)[:20], "the PNG file is damaged (no image header)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "the JPEG file is damaged"),
    (png(20_000, 20_000), "20000 x 20000 pixels is too large"),
    (png(9000, 9000), "9000 x 9000 pixels is too large"),
    (jpeg_header(20_000, 20_000), "20000 x 20000 pixels is too large"),
    (png(0, 10), "the image has no pixels"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (MAX_BYTES + 1), "the file is over 8 MB"),
])
def test_anything_else_is_refused_naming_the_logo(data: bytes, problem: str) -> None:
    with pytest.raises(ValidationError) as error:
        check_logo(data)
    assert error.value.field == "logo"
    assert error.value.problem.startswith(problem)


def test_the_largest_accepted_logo_is_the_cap() -> None:
    assert check_logo(png(4000, 4000)) and MAX_PIXELS == 4000 * 4000
    with pytest.raises(ValidationError):
        check_logo(png(4001, 4000))


def test_a_logo_file_that_is_a_folder_a_pipe_or_missing_is_one_line(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.png"
    os.mkfifo(pipe)  # reading it would wait for ever
    for path in (tmp_path, pipe, tmp_path / "missing.png"):
        with pytest.raises(ValidationError) as error:
            read_logo(path)
        assert error.value.field == "logo"
    good = tmp_path / "logo.jpg"
    good.write_bytes(_jpeg(40, 40))
    assert read_logo(good) == good.read_bytes()


def _with_logo(logo: bytes) -> LetterContext:
    context = sample_context(find_template("referral_partner"))
    return replace(context, organisation=replace(context.organisation, logo_image=logo))


def _images(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].images)


def test_a_huge_stored_logo_is_left_out_without_being_decoded() -> None:
    """A profile saved before the check may hold any image: the letter prints without it."""
    template = find_template("referral_partner")
    huge = png(9000, 9000, pixels=True)  # 81 megapixels, decodable
    started = time.perf_counter()
    pdf = render_letter(template, _with_logo(huge), "en")
    assert time.perf_counter() - started < 3  # decoding it took 6 s and 876 MB
    assert _images(pdf) == 0
    assert _images(render_letter(template, _with_logo(png(40, 40, pixels=True)), "en")) == 1

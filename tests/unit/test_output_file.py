"""Files the user asks for are written only as regular files, beside their target, whole or not at
all: devices, folders, pipes and links to them are refused before anything is produced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from tests.temp_watch import created_in

from legalaid.errors import ValidationError
from legalaid.exchange.writer import write_table
from legalaid.output_file import check_output, output_file, write_output


def _refused(path: Path) -> str:
    with pytest.raises(ValidationError) as error:
        write_output(path, b"data")
    assert error.value.field == "-o"
    return error.value.problem


def test_a_pipe_a_folder_and_links_to_them_are_refused_and_left_alone(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    folder = tmp_path / "folder"
    folder.mkdir()
    to_device = tmp_path / "to-device"
    to_device.symlink_to("/dev/null")
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nothing")
    assert _refused(pipe) == f"{pipe} is a pipe, not a regular file"
    assert _refused(folder) == f"{folder} is a folder, not a regular file"
    assert _refused(to_device) == f"{to_device} is a link to a device, not a regular file"
    assert _refused(dangling) == f"{dangling} is a link to nothing"
    assert stat.S_ISFIFO(pipe.lstat().st_mode) and folder.is_dir()
    assert to_device.is_symlink() and dangling.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dangling", "folder", "pipe", "to-device"]


def test_a_device_node_is_refused_and_stays_a_device(tmp_path: Path) -> None:
    """``-o /dev/full`` as root replaced the device; a node made here stands in for it."""
    device = tmp_path / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    assert _refused(device) == f"{device} is a device, not a regular file"
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_a_missing_folder_or_a_file_as_folder_is_refused(tmp_path: Path) -> None:
    assert _refused(tmp_path / "no" / "x.pdf") == f"there is no folder {tmp_path / 'no'}"
    (tmp_path / "file").write_bytes(b"")
    assert _refused(tmp_path / "file" / "x.pdf") == f"there is no folder {tmp_path / 'file'}"


def test_a_file_is_replaced_whole_and_a_link_writes_the_file_it_points_to(
        tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    write_output(target, b"old")
    write_output(target, b"new")
    assert target.read_bytes() == b"new"
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert check_output(link) == target
    write_output(link, b"through the link")
    assert link.is_symlink() and target.read_bytes() == b"through the link"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "report.csv"]


def test_a_failure_in_the_block_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    write_output(target, b"%PDF-old")
    with pytest.raises(RuntimeError), output_file(target) as output:
        output.write(b"%PDF-half")
        raise RuntimeError("render failed")
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_a_full_disk_is_one_line_naming_the_option(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("legalaid.output_file.os.fsync", full)
    with pytest.raises(ValidationError) as error:
        write_output(tmp_path / "x.ics", b"BEGIN:VCALENDAR", "--ics")
    assert str(error.value) == f"--ics: cannot write {tmp_path / 'x.ics'}: No space left on device"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_a_sheet_goes_nowhere_near_the_system_temp_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_format: str) -> None:
    """openpyxl spooled the sheet as plaintext XML to /tmp/openpyxl.*; the temp folder here is
    a watched one, and the output folder holds only the output afterwards."""
    import tempfile

    system_temp, out = tmp_path / "temp", tmp_path / "out"
    system_temp.mkdir()
    out.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    rows = [("Омарова Динара", 7)] * 2000
    with created_in(system_temp) as created:
        write_table(out / f"clients.{file_format}", ["name", "days"], rows, file_format)
    assert created == []
    assert tempfile.gettempdir() == str(system_temp)  # the scoped folder is put back
    assert [p.name for p in out.iterdir()] == [f"clients.{file_format}"]


def test_a_full_disk_while_the_sheet_spools_is_one_line(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("legalaid.exchange.writer.tempfile.mkdtemp", full)
    with pytest.raises(ValidationError) as error:
        write_table(tmp_path / "c.xlsx", ["name"], [("x",)], "xlsx")
    assert str(error.value) == f"-o: cannot write {tmp_path / 'c.xlsx'}: No space left on device"
    assert list(tmp_path.iterdir()) == []

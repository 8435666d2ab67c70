"""Writing a file the user chose (``-o FILE``, a folder of letters, a Save dialog), safely.

The target is checked before anything is produced: its folder exists and may be written, and the
target is absent or a regular file (a link to a regular file writes that file). A device, a
folder, a pipe, a socket or a link to any of them is refused, so ``-o /dev/full`` run as root
cannot replace the device. The content goes to a hidden temporary file in the same folder, never
the system temporary directory (which other programs read and which keeps whatever a crash leaves
behind), is flushed to disk, and only then renamed over the target in one step: a reader never
sees half a file, and a failed write leaves the previous file as it was. Problems are a
``ValidationError`` naming the option, so a command exits 2 with one line.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from legalaid.errors import ValidationError

PART_SUFFIX = ".part"


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _real_target(path: Path, option: str) -> Path:
    """``path``, or the file a link at ``path`` points to; refuses anything but regular files."""
    try:
        own = path.lstat()
    except FileNotFoundError:
        return path
    except OSError as error:
        raise ValidationError(option, f"cannot write {path}: {error.strerror}") from None
    if not stat.S_ISLNK(own.st_mode):
        kind = _kind(own.st_mode)
        if kind is not None:
            raise ValidationError(option, f"{path} is {kind}, not a regular file")
        return path
    try:
        pointed = path.stat()
    except OSError:
        raise ValidationError(option, f"{path} is a link to nothing") from None
    kind = _kind(pointed.st_mode)
    if kind is not None:
        raise ValidationError(option, f"{path} is a link to {kind}, not a regular file")
    return path.resolve()


def cannot_write(target: Path, option: str, error: OSError) -> ValidationError:
    """The one line for a write that failed (a full disk, a folder gone)."""
    return ValidationError(option, f"cannot write {target}: {error.strerror or error}")


def check_output(path: Path, option: str = "-o") -> Path:
    """The file that writing ``path`` will replace or create; ValidationError naming ``option``
    when no regular file may be written there."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError(option, f"there is no folder {path.parent}")
    target = _real_target(path, option)
    folder = target.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError(option, f"the folder {folder} is not writable")
    if target.exists() and not os.access(target, os.W_OK):
        raise ValidationError(option, f"{target} is read-only")
    return target


def check_folder(folder: Path, option: str) -> Path:
    """A folder files will be written into (a batch of letters): it exists and is writable."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError(option, f"{folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError(option, f"the folder {folder} is not writable")
    return folder


class OutputFile:
    """The temporary file that becomes the target when the ``output_file`` block ends."""

    def __init__(self, target: Path, option: str, stream: BinaryIO) -> None:
        self.target = target
        self.option = option
        self.stream = stream

    @property
    def folder(self) -> Path:
        """Where the target and its temporary files are."""
        return self.target.parent

    def write(self, data: bytes) -> None:
        """Make ``data`` the whole content, on disk before this returns (it may be called
        again, e.g. when a letter is rendered once more under another number)."""
        try:
            self.stream.seek(0)
            self.stream.truncate()
            self.stream.write(data)
            self.stream.flush()
            os.fsync(self.stream.fileno())
        except OSError as error:
            raise cannot_write(self.target, self.option, error) from None


@contextlib.contextmanager
def output_file(path: Path, option: str = "-o") -> Iterator[OutputFile]:
    """Check ``path``, then hand out its temporary file; when the block ends without an error
    the temporary file replaces the target, otherwise it is removed and the target is untouched.
    """
    target = check_output(path, option)
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX,
                                            dir=target.parent)
    except OSError as error:
        raise cannot_write(target, option, error) from None
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield OutputFile(target, option, stream)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    try:
        check_output(target, option)  # nothing else took the name meanwhile
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise cannot_write(target, option, error) from None
        raise


def write_output(path: Path, data: bytes, option: str = "-o") -> None:
    """Write ``data`` as the whole of the file at ``path`` (see ``output_file``)."""
    with output_file(path, option) as output:
        output.write(data)

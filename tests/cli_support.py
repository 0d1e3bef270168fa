"""Running the command line in-process, with its streams captured."""

import contextlib
import io
import sys
from unittest import mock

from newsarchive import cli


def run(*argv, stdout=None, stdin=b""):
    """main(argv) with captured streams -> (exit code, stdout text, stderr text)."""
    out, err = stdout or io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), mock.patch.object(sys, "stdin", fake_stdin):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()

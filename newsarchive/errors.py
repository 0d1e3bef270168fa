"""Exceptions and exit codes.

Messy article text is never an exception: the parser records it in a record's
``warnings``.  Exceptions are kept for inputs that cannot be used at all
(``InputRejected``), for bad queries, and for faults of the archive or the
machine.  Every exception here prints as one line; the CLI maps it to an exit
code and never shows a traceback.
"""

EXIT_OK = 0
EXIT_REJECTED = 1  # finished, but some inputs were rejected
EXIT_USAGE = 2  # usage error or malformed query
EXIT_FAILED = 3  # I/O error, unusable archive
EXIT_BUSY = 75  # archive busy (EX_TEMPFAIL: cron wrappers retry)


class NewsarchiveError(Exception):
    """Base of every error the program reports as one line."""

    exit_code = EXIT_FAILED


class InputRejected(NewsarchiveError):
    """One input file cannot be used; the run goes on without it."""

    exit_code = EXIT_REJECTED

    def __init__(self, reason: str, path: str | None = None):
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}" if path is not None else reason)

    def at(self, path: str) -> "InputRejected":
        """The same rejection, naming the file it happened to."""
        return InputRejected(self.reason, path)


class NotFound(NewsarchiveError):
    """An id that names no article: one line and exit 1, like a rejected input."""

    exit_code = EXIT_REJECTED


class QueryError(NewsarchiveError):
    """A search query that FTS5 cannot run."""

    exit_code = EXIT_USAGE


class ArchiveError(NewsarchiveError):
    """The archive is missing, unreadable, corrupt, or could not be written."""

    exit_code = EXIT_FAILED


class ArchiveBusy(NewsarchiveError):
    """Another ingest holds the archive's lock past the wait limit."""

    exit_code = EXIT_BUSY

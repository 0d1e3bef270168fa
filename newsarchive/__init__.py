"""newsarchive: raw dumps of scraped news in, a clean searchable archive out.

The stages, in order (each a module, pure but for the two ends):

    discover  -> paths to input sources (files, folders, .gz, stdin)
    decode    -> bytes to text; unusable files rejected
    split     -> one file's text to raw records
    fields    -> raw record to title, subtitle, author, date, captions, body
    identity  -> content id
    archive   -> dedupe, then the sinks: JSONL and SQLite with FTS5
"""

__version__ = "0.1.0"

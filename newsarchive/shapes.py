"""What a line looks like: headline, prose, name.

The parser decides what a paragraph is by its shape, not by its place in a
particular site's template, so these few predicates carry most of the
judgement and are shared by fields.py, boilerplate.py and captions.py.
"""

# Prose ends a sentence with one of these (optionally inside closing quotes),
# in Chinese and Japanese with their full-width forms.
SENTENCE_END = ".;:,。．；：，"
CLOSING_QUOTES = "\"'”’»)」』）"

# A headline or standfirst longer than this is a paragraph of prose.
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250
MAX_STANDFIRST_WORDS = 60
MAX_STANDFIRST_CHARS = 500


def last_visible(text: str) -> str:
    """The last character of ``text`` that is not a closing quote or space."""
    stripped = text.rstrip().rstrip(CLOSING_QUOTES).rstrip()
    return stripped[-1:] if stripped else ""


def ends_like_prose(text: str) -> bool:
    """True when the text closes the way a sentence does (``.`` ``:`` ``;`` ``,``, ``。``).

    ``?`` and ``!`` are left out on purpose: headlines ask and exclaim.
    An ellipsis counts as prose: it marks a cut sentence, not a headline.
    """
    end = last_visible(text)
    return end in SENTENCE_END or end == "…"


def looks_like_headline(line: str, max_words: int = MAX_HEADLINE_WORDS,
                        max_chars: int = MAX_HEADLINE_CHARS) -> bool:
    """A short single line that opens like a heading and does not end like prose."""
    text = line.strip()
    if not text or len(text) > max_chars or len(text.split()) > max_words:
        return False
    if text[0].islower():
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    return not ends_like_prose(text)


def looks_like_name_word(word: str) -> bool:
    """A capitalised word or an initial, as names and agencies are written."""
    core = word.strip(",.;:'\"’()")
    if not core:
        return False
    return core[0].isupper()

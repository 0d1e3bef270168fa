"""Site chrome: lines that belong to the web page, not to the article.

Matching is by whole line, never by substring: a line is normalised (case,
spaces, apostrophes, leading bullets, trailing punctuation) and compared with
the phrase tables of phrases.py, so "Read more:" goes while a sentence that
merely mentions reading more stays.  Five families need more than equality:
link lines ("Related: <headline>"), short chrome lines opening with a known
prefix ("Follow us on …"), a person's profile ("Follow Jane Doe on
Twitter"), an outlet's trial offer ("Try The Gazette free"), and copyright
lines ("© 2023 …").  A heading such
as "Related:" also takes the headline lines under it in its paragraph.

A user file extends the built-in list (``load_phrases``): one phrase a line,
blank lines and lines starting with ``#`` ignored, matched like the built-in
whole-line phrases.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from . import phrases
from .captions import ALT_TEXT_HEADS, credit_line, ends_in_credit, is_alt_text
from .dates import is_clock_time
from .shapes import ends_like_prose, looks_like_headline, looks_like_name_word

_LEADING_BULLETS = " \t•·*›»>-–—|"
_TRAILING_MARKS = " \t:.…!|›»>-–—,;"
# How a paragraph's last sentence ends, closing quote or not.  A chrome line
# after such a line stood between two paragraphs that the scrape ran together.
_SENTENCE_CLOSES = tuple(end + quote for end in ".!?…" for quote in ("", "”", '"', "’", "'"))
_DASHES = "-–—"  # what stands around "30" in a newsroom's end mark, "-30-"
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# How a "More from …" or "Popular on …" heading, a reading time or a trial offer opens: one test passes most lines over.
_FAMILY_OPENINGS = (*phrases.NAMED_LIST_LEADS, *phrases.READING_TIME_LEADS, *"0123456789", phrases.TRIAL_LEAD)
# How a note naming other reporters, what the page answers for, an agency
# drawn on or that the page will change ends: one test for them all.
_NOTE_TAILS = (phrases.CONTRIBUTION_TAILS + phrases.RESPONSIBILITY_NOTES + phrases.AGENCY_NOTE_TAILS
               + phrases.UPDATE_NOTICE_TAILS)  # fmt: skip


def normalise(line: str) -> str:
    """The form phrases are compared in: lower case, single spaces, no decoration."""
    text = line.replace("’", "'").casefold()
    if _spaced_plainly(text):
        return text.rstrip(_TRAILING_MARKS)
    text = " ".join(text.split())
    return text.lstrip(_LEADING_BULLETS).rstrip(_TRAILING_MARKS)


def _spaced_plainly(text: str) -> bool:
    """Single spaces between words and no bullet in front: only marks at the end to strip.

    Printable text has no whitespace but the space, so no double space and a
    plain first character mean splitting and rejoining would change nothing.
    """
    return bool(text) and text[0] not in _LEADING_BULLETS and "  " not in text and text.isprintable()


def _plainly_prose(line: str, extra: frozenset[str], spaces: int, cleaned: bool = False) -> bool:
    """Too many words for chrome and too long for any phrase, told before normalising.

    Case folding never adds or removes a space, a bullet or a trailing mark,
    and never shortens text, so a plainly spaced line's key has the spaces
    and at least the length of the line with its trailing marks stripped.
    The line's ``spaces`` and length come first: most lines fail one of
    them, which the spacing (a scan of every character) cannot change.  A
    ``cleaned`` line's spacing is known (see ``strip_boilerplate``): only a
    bullet opening it is looked for.
    """
    if spaces < phrases.MAX_CHROME_WORDS or len(line) <= _longest_phrase(extra):
        return False
    if not (line[0] not in _LEADING_BULLETS if cleaned else _spaced_plainly(line)):
        return False
    core = line.rstrip(_TRAILING_MARKS)
    return spaces - line.count(" ", len(core)) >= phrases.MAX_CHROME_WORDS and len(core) > _longest_phrase(extra)


@functools.lru_cache(maxsize=16)
def _longest_phrase(extra: frozenset[str]) -> int:
    return max(len(phrase) for phrase in phrases.BOILERPLATE_LINES | extra)


def load_phrases(path: str) -> tuple[str, ...]:
    """Read a user boilerplate file: one phrase a line, ``#`` starts a comment line."""
    with open(path, encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    found = []
    for line in lines:
        if line.strip().startswith("#"):
            continue
        phrase = normalise(line)
        if phrase and phrase not in found:
            found.append(phrase)
    return tuple(found)


def is_boilerplate(line: str, extra: frozenset[str] = frozenset(), *, cleaned: bool = False) -> bool:
    """True when the whole line is site chrome: one piece of it, or
    sentences that each are ("Follow us on Facebook. Send your story ideas
    to news@example.com."), or that a call to subscribe closes (a plug for
    a newsletter: "The Daily Briefing brings you the news. Sign up here."),
    or a short note holding what the page answers for (``_is_responsibility_note``),
    or a call-out (``_is_call_out``).  ``cleaned``: see ``strip_boilerplate``."""
    spaces = line.count(" ")
    if not _plainly_prose(line, extra, spaces, cleaned) and _reads_as_chrome(line, extra):
        return True
    if spaces < phrases.MAX_CALL_OUT_WORDS and "@" in line and "? " in line and _is_call_out(line):
        return True
    if spaces >= phrases.MAX_CHROME_WORDS:  # most paragraphs of prose are longer than chrome
        if spaces < phrases.MAX_CONSENT_NOTICE_WORDS and line[:3] in _CONSENT_NOTICE_HEADS:
            return line.startswith(_CONSENT_NOTICES_AS_PRINTED) and _chrome_sentences(line, extra)
        return spaces < phrases.MAX_NOTE_WORDS and phrases.RESPONSIBLE_FOR in line and _is_note(line)
    if ". " not in line and "? " not in line and "! " not in line:
        return False
    if phrases.RESPONSIBLE_FOR in line and _is_note(line):
        return True
    sentences = _SENTENCE_BREAK.split(line.strip())
    if not 1 < len(sentences) <= _MAX_CHROME_SENTENCES:
        return False
    last = sentences[-1]
    if normalise(last).startswith(phrases.SIGN_UP_CALLS) and _is_chrome(last, extra):
        return True
    return all(_is_chrome(sentence, extra) for sentence in sentences)


# How a consent notice too long for one piece of chrome opens, as printed ("This content is provided by …").
_CONSENT_NOTICES_AS_PRINTED = tuple(opening[:1].upper() + opening[1:] for opening in phrases.CONSENT_NOTICE_OPENINGS)
_CONSENT_NOTICE_HEADS = frozenset(opening[:3] for opening in _CONSENT_NOTICES_AS_PRINTED)  # one look-up passes most over
_LONGEST_COUNT_LABEL = max(map(len, phrases.COUNT_LABELS)) + 1  # "Comments:"


def _is_count_label(line: str) -> bool:
    """``Comments``, ``Likes:``: the label of a count whose number the page set on the line under it."""
    return line.rstrip(_TRAILING_MARKS).casefold() in phrases.COUNT_LABELS


def _chrome_sentences(line: str, extra: frozenset[str]) -> bool:
    """A few sentences, each of them chrome: a consent notice too long for one
    piece of chrome (``This content is provided by YouTube, which may be
    using cookies and other technologies. To show you this content, we need
    your permission to use cookies.``)."""
    sentences = _SENTENCE_BREAK.split(line.strip())
    return 1 < len(sentences) <= _MAX_CHROME_SENTENCES and all(_is_chrome(sentence, extra) for sentence in sentences)


def _is_call_out(line: str) -> bool:
    """``Do you have photos of the storm? Email them to news@example.com``:
    a short question to the readers, then an address, after a word that
    asks them to write (``phrases.CALL_OUT_OPENINGS``: "Email …", "Contact
    us …", "You can get in touch …").  A question quoted (opening with a
    quote mark) or labelled (``Q: …?``) is the story's, and so is an answer
    telling of an address ("Where did the money go? Investigators traced
    it to info@shell.example.", "Who decided this? Residents were told to
    email …")."""
    text = line.strip()
    ask = text.find("? ")
    question = text[:ask]
    if text[:1] in _OPENING_QUOTES or ":" in question or question.count(" ") >= phrases.MAX_CALL_OUT_QUESTION_WORDS:
        return False
    words = text[ask + 2 :].split()
    return words[0].casefold() in phrases.CALL_OUT_OPENINGS and any(map(_is_email_address, words))


def _is_email_address(word: str) -> bool:
    local, at, domain = word.strip(_ADDRESS_EDGES).partition("@")
    return bool(local) and bool(at) and "." in domain.strip(".")


_OPENING_QUOTES = "\"“‘'«"
_ADDRESS_EDGES = ".,;:()<>[]\"'“”‘’"


def _is_note(line: str) -> bool:
    """A few sentences, one of them what the page answers for: ``The
    Associated Press receives support from … The AP is solely responsible
    for all content.``"""
    sentences = _SENTENCE_BREAK.split(line.strip())
    return len(sentences) <= phrases.MAX_NOTE_SENTENCES and any(map(_is_responsibility_note, sentences))


# Where one sentence ends and the next opens in upper case.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?]) +(?=[A-Z])")
_MAX_CHROME_SENTENCES = 3


def _is_chrome(line: str, extra: frozenset[str]) -> bool:
    return not _plainly_prose(line, extra, line.count(" ")) and _reads_as_chrome(line, extra)


def _reads_as_chrome(line: str, extra: frozenset[str]) -> bool:
    """``_is_chrome`` for a line that is not plainly prose."""
    key = normalise(line)
    if not key:
        return False
    if key in phrases.BOILERPLATE_LINES or key in extra:
        return True
    if key == phrases.END_MARK_NUMBER:  # "-30-", a newsroom's end mark; "30" or "- 30" is a number
        text = line.strip()
        return text[0] in _DASHES and text[-1] in _DASHES
    words = key.count(" ") + 1  # a key's words are joined by single spaces
    if words > phrases.MAX_CHROME_WORDS:
        return False
    led = key[:3] in _LED_CHROME_HEADS or key.startswith(_SHORT_LED_CHROME_OPENINGS)  # most keys: False
    if led and key.startswith(phrases.ASSISTANCE_LEAD):  # "--With assistance from Jane Doe."
        return _all_names(line.strip().lstrip(_LEADING_BULLETS).split()[phrases.ASSISTANCE_LEAD.count(" ") + 1 :])
    if key.endswith(_NOTE_TAILS) and _is_closing_note(line, key):
        return True
    if key.endswith(phrases.LINK_LABEL_TAILS):
        return True
    if led and key.startswith(phrases.COPYRIGHT_PREFIXES):
        return _is_copyright_notice(line, key)
    if led and (key.startswith(phrases.CHROME_PREFIXES) or _is_follow_prompt(key) or (
        key.startswith(phrases.INBOX_PROMPT_OPENINGS) and _ends_at_the_inbox(key)
    )):
        return not _reads_as_reported_prose(line)
    if led and key[:4] in _LED_NOTE_HEADS and key.startswith(_LED_NOTE_OPENINGS):
        if key.startswith(phrases.SPONSOR_LEADS):
            return _is_sponsor_note(line, key)
        if (_asks_consent(key) or key.startswith(phrases.LETTERS_PAGE_OPENINGS)
                or (key.startswith(phrases.LETTER_ADDRESS_OPENINGS) and _names_letters_desk(key))):  # fmt: skip
            return not _reads_as_reported_prose(line)
    if led and key.startswith(phrases.TRANSLATION_LEAD):
        return _is_translator_credit(line)
    if led and key.startswith(phrases.SHARE_LEADS) and key.split(" ", 2)[-1] in phrases.SHARE_TARGETS:
        return True  # "Share via WhatsApp": the lead's two words, then the target alone
    if led and key.startswith(_FAMILY_OPENINGS) and (
        _is_more_from_heading(line, key) or _is_reading_time(key) or _is_trial_offer(line, key)
    ):
        return True
    if (led or key[:1].isdecimal()) and (_COUNTER.fullmatch(key) or _PLAYER_TIME.fullmatch(key)):
        return True
    if _EMBED_SIGNATURE.fullmatch(line.strip()):
        return True
    if led and key.startswith(phrases.EMBED_NOTICE_OPENINGS) and _is_embed_notice(line, key):
        return True
    if words <= phrases.MAX_AD_BREAK_WORDS and _is_ad_break(key):
        return True
    if (" | " in line or " · " in line) and _is_post_meta(line, extra):
        return True
    return (led and _is_link_line(line, key)) or _is_breadcrumb(line) or _is_wire_source(line)


def _is_translator_credit(line: str) -> bool:
    """``Translated from the German by Ines Marlow.``: a language in a word
    or two, then "by" and names alone.  "Translated from Latin by monks,
    the text …" names no one and stays."""
    words = line.strip().rstrip(_TRAILING_MARKS).split()
    by = next((at for at, word in enumerate(words[2:5], 2) if word.casefold() == "by"), None)
    return by is not None and _all_names(words[by + 1 :])


def _ends_at_the_inbox(key: str) -> bool:
    """``… to your inbox``, ``… to your inbox every morning``: a
    newsletter's offer ends with the reader's inbox, or with how often
    after it (``phrases.INBOX_PROMPT_TIMES``)."""
    if key.endswith(phrases.INBOX_PROMPT_TAILS):
        return True
    inbox, _, after = key.rpartition(" your inbox ")
    if not (inbox + " your inbox").endswith(phrases.INBOX_PROMPT_TAILS):
        return False
    return after.split(" ", 1)[0] in phrases.INBOX_PROMPT_TIMES and after.count(" ") < phrases.MAX_INBOX_PROMPT_TIME_WORDS


def _is_sponsor_note(line: str, key: str) -> bool:
    """``Sponsored by Harwick Motors``: who paid for the story, names alone
    after the lead (``phrases.SPONSOR_LEADS``)."""
    lead = next(lead for lead in phrases.SPONSOR_LEADS if key.startswith(lead))
    return _all_names(line.strip().rstrip(_TRAILING_MARKS).split()[lead.count(" ") :])


# What parts the pieces of a page's footer line ("Share | Print", "12 Likes · 3 Restacks").
_PART_MARKS = re.compile(r" [|·] ")
# How the first piece of such a line may open: a phrase of chrome, a label, a count (or a number).
_FOOTER_FIRST_WORDS = frozenset(
    [phrase.split(" ", 1)[0] for phrase in phrases.BOILERPLATE_LINES]
    + [label.split(" ", 1)[0] for label in phrases.POST_META_LABELS]
    + ["read", "view", "see", "show", "load", *phrases.COUNTED_PICTURES]
)


def _is_post_meta(line: str, extra: frozenset[str]) -> bool:
    """``Posted in Community | Tagged allotments, Dunmere | Leave a comment``,
    ``12 Likes · 3 Restacks``: a blog post's footer, parts between bars or
    dots, each a label before a short list of sections or tags
    (``phrases.POST_META_LABELS``), a phrase of chrome or a count.  A table's row (``Labour |
    120 | +10``) holds a cell of neither kind."""
    word = line.lstrip(_LEADING_BULLETS).split(" ", 1)[0].casefold()
    if word not in _FOOTER_FIRST_WORDS and not word[:1].isdigit():
        return False  # most lines between bars are a byline, a dateline or a table's row
    parts = _PART_MARKS.split(line.strip())
    if len(parts) > phrases.MAX_POST_META_PARTS:
        return False
    for part in parts:
        key = normalise(part)
        if key in phrases.BOILERPLATE_LINES or key in extra or _COUNTER.fullmatch(key):
            continue
        label = next((label for label in phrases.POST_META_LABELS if key.startswith(label)), None)
        if label is None or not _is_tag_list(key[len(label) :]):
            return False
    return True


def _is_tag_list(text: str) -> bool:
    """``allotments, Dunmere``: short terms between commas, no sentence among them."""
    terms = text.split(", ")
    return all(0 < len(term.split()) <= phrases.MAX_TAG_WORDS and "." not in term for term in terms)


# Notes told by how they open, then by what they hold: a consent notice
# names what it asks for, a letters page's address the desk, a sponsor's
# note names alone; the rest of a letters page's foot by how it opens.
# One look-up of the first four letters passes most lines over.
_LED_NOTE_OPENINGS = (phrases.CONSENT_NOTICE_OPENINGS + phrases.LETTER_ADDRESS_OPENINGS + phrases.LETTERS_PAGE_OPENINGS
                      + phrases.SPONSOR_LEADS)  # fmt: skip
_LED_NOTE_HEADS = frozenset(opening[:4] for opening in _LED_NOTE_OPENINGS)


def _asks_consent(key: str) -> bool:
    """Whether a line opening as a consent notice names what it asks for: cookies, consent, a third party."""
    return key.startswith(phrases.CONSENT_NOTICE_OPENINGS) and any(word in key for word in phrases.CONSENT_WORDS)


def _names_letters_desk(key: str) -> bool:
    """``Letters should be sent to letters@example.com``: an address or the editor after the lead."""
    return any(name in key for name in phrases.LETTER_ADDRESSEES)


def _is_closing_note(line: str, key: str) -> bool:
    """A line ending as one of the notes of ``_NOTE_TAILS`` does: who else
    reported the story, what the page answers for, the agency a French
    outlet draws on (``Le Monde avec AFP``: the outlet's name before it),
    or that the page will change (``This story will be updated as more
    information becomes available.``)."""
    if key.endswith(phrases.CONTRIBUTION_TAILS):
        return _names_contributors(line)
    if key.endswith(phrases.AGENCY_NOTE_TAILS):
        return _all_names(line.split()[: _without_tail(key, phrases.AGENCY_NOTE_TAILS).count(" ") + 1])
    if key.endswith(phrases.UPDATE_NOTICE_TAILS):
        return _without_tail(key, phrases.UPDATE_NOTICE_TAILS) in phrases.UPDATE_NOTICES
    return _is_responsibility_note(line)


def _without_tail(key: str, tails: tuple[str, ...]) -> str:
    return next(key[: -len(tail)] for tail in tails if key.endswith(tail))


def _names_contributors(line: str) -> bool:
    """``CNN's Marcus Feld contributed to this report.``: a closing note
    naming other reporters, a name after its first word, or a newsroom's
    desks (``Agencies contributed …``, ``Staff and wire services …``).
    "Residents contributed to this report." names no one and stays."""
    named = line[: max(line.rfind("contributed"), line.rfind("CONTRIBUTED"))].split()
    return any(looks_like_name_word(word) for word in named[1:]) or (
        _names_desks([word.strip(",").casefold() for word in named])
    )


def _names_desks(words: list[str]) -> bool:
    """``agencies``, ``staff and wire services``: desks alone, maybe joined."""
    return any(word in phrases.CONTRIBUTING_DESKS for word in words) and all(
        word in phrases.CONTRIBUTING_DESKS or word in phrases.DESK_JOINERS for word in words
    )


def _is_responsibility_note(sentence: str) -> bool:
    """``The AP is solely responsible for all content.``, ``The BBC is not
    responsible for the content of external sites.``: what an outlet, named
    in a few capitalised words, answers for.  "Under the contract, he is
    solely responsible for all content" names no outlet and stays."""
    text = sentence.strip().rstrip(_TRAILING_MARKS)
    for note in phrases.RESPONSIBILITY_NOTES:
        if text[-len(note) :].casefold() == note:
            named = text[: -len(note)].split()
            return 0 < len(named) <= phrases.MAX_OUTLET_WORDS and all(map(looks_like_name_word, named))
    return False


def _is_trial_offer(line: str, key: str) -> bool:
    """``Try The Telegraph free for 1 month``: an outlet's offer, its name in
    capitalised words between "Try" and "free" (or "for free").  "Try the
    soup, free with every main" names no outlet and stays."""
    if not key.startswith(phrases.TRIAL_LEAD):
        return False
    words = line.split()
    for at, word in enumerate(words[2 : phrases.MAX_OUTLET_WORDS + 3], 2):
        if word.casefold() == "free":
            named = words[1 : at - 1] if words[at - 1].casefold() == "for" else words[1:at]
            return bool(named) and all(map(looks_like_name_word, named))
    return False


def _is_wire_source(line: str) -> bool:
    """``SOURCE Helix Biosystems, Inc.``: the issuer a press-release wire
    names at the foot of a release, in capitals then a name."""
    text = line.strip()
    if not text.startswith(phrases.WIRE_SOURCE_LEAD):
        return False
    return _all_names(text[len(phrases.WIRE_SOURCE_LEAD) :].split())


def _all_names(words: list[str]) -> bool:
    """A few words, all of them names (capitalised words, particles, ``&``, ``and``)."""
    return 0 < len(words) <= phrases.MAX_WIRE_NAME_WORDS and all(
        looks_like_name_word(word) or word == "&" or word.casefold() in phrases.NAME_PARTICLES
        or word.casefold() in phrases.NAME_JOINERS
        for word in words
    )


# "Comments (3)", "214 comments", "Read 142 comments", "1 of 8", "Image 3 of
# 12", "Show 4 more posts", "12 Likes", "1.2K claps": a count the page shows
# beside its comments, pictures, a live page's posts or a newsletter
# platform's reactions, a line of its own.
_COUNTED = "|".join(phrases.COUNTED_PICTURES)
_REACTIONS = "|".join(phrases.COUNTED_REACTIONS)
_COUNTER = re.compile(
    rf"(?:(?:read|view|see|show)(?: all)? )?comments?:? \(?\d{{1,6}}\)?|(?:(?:read|view|see|show)(?: all)? )?\d{{1,6}} comments?"
    rf"|(?:(?:{_COUNTED}) )?\d{{1,3}} of \d{{1,3}}|(?:show|load|see) \d{{1,4}} more (?:posts?|updates?|comments?)"
    rf"|\d{{1,6}}(?:[.,]\d{{1,3}})?[km]? (?:{_REACTIONS})"
)
# How such a count opens where no digit opens it: a word before "comments" or
# a number, "comment", a picture's word before its number.
_COUNT_OPENINGS = ("read", "view", "see", "show", "load", "comment", *phrases.COUNTED_PICTURES)
# "0:00 / 2:31": a video player's position and length.
_PLAYER_TIME = re.compile(r"\d{1,2}(?::\d{2}){1,2} / \d{1,2}(?::\d{2}){1,2}")
_FOLLOW = "follow "  # a profile's link, see _is_follow_prompt
# Every opening that one of the families of chrome told by their opening
# needs (a lead, a prefix, a label, a count but for its digits): their first
# three characters, and the openings shorter than that.  A key opening with
# none of them, as most do, passes all those families over at one look-up.
_LED_CHROME_OPENINGS = (
    phrases.ASSISTANCE_LEAD, *phrases.COPYRIGHT_PREFIXES, *phrases.CHROME_PREFIXES, _FOLLOW,
    *phrases.INBOX_PROMPT_OPENINGS, *_LED_NOTE_OPENINGS, *_FAMILY_OPENINGS, *_COUNT_OPENINGS,
    *phrases.EMBED_NOTICE_OPENINGS, *phrases.LINK_PREFIXES, *phrases.SHARE_LEADS, phrases.TRANSLATION_LEAD,
)  # fmt: skip
_LED_CHROME_HEADS = frozenset(opening[:3] for opening in _LED_CHROME_OPENINGS if len(opening) >= 3)
_SHORT_LED_CHROME_OPENINGS = tuple(opening for opening in _LED_CHROME_OPENINGS if len(opening) < 3)
# "— Jade Oduya (@jadeoduya) March 14, 2024": the signature an embedded
# post leaves under its text (which stays: the story quotes it); the date
# may be written day first ("14 March 2024"), a handle may hold dots
# (Bluesky's "@jade.bsky.social"), and a time may follow ("at 10:04").
_EMBED_SIGNATURE = re.compile(
    r"[—–-] ?[^()@]{1,80} \(@[\w.]{1,60}\) "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})(?: at \d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?)?"
)
# What separates the steps of a breadcrumb trail ("Home > News > Business").
_CRUMB_MARKS = re.compile(r" [>›»/] ")
_MAX_CRUMB_WORDS = 4


def _is_ad_break(key: str) -> bool:
    """``Advertisement - Continue Reading Below``, ``Weiter nach der
    Anzeige``: the advertisement named, and only words saying that the
    story goes on past it (``phrases.AD_BREAK_WORDS``)."""
    words = key.split(" ")
    return not phrases.AD_WORDS.isdisjoint(words) and phrases.AD_BREAK_WORDS.issuperset(words)


def _is_embed_notice(line: str, key: str) -> bool:
    """``Skip Twitter post by Jane Doe``, ``End of youtube post, 2``,
    ``Allow Instagram content?``, ``View more on X``: what a page sets
    around an embedded post, naming its network (``phrases.EMBED_NOTICES``);
    after "by", names alone.  "View more on X as the story develops" goes on
    and stays."""
    notice, by, _ = key.partition(" by ")
    if notice.rstrip("?0123456789").rstrip(", ") not in phrases.EMBED_NOTICES:  # "Allow X content?", "post, 2"
        return False
    if not by:
        return True
    words = line.split()
    named = next(at for at, word in enumerate(words) if word.casefold() == "by")
    return _all_names(words[named + 1 :])


def _is_breadcrumb(line: str) -> bool:
    """``Home > News > Business``: the page's place in its site, three steps
    or more (or two from ``Home``), each a few capitalised words; after the
    label ``You are here:``, any number of steps."""
    text = line.strip()
    labelled = text[:1] in "Yy" and text[: len(phrases.BREADCRUMB_LABEL)].casefold() == phrases.BREADCRUMB_LABEL
    steps = _CRUMB_MARKS.split(text[len(phrases.BREADCRUMB_LABEL) :].strip() if labelled else text)
    if not labelled and (len(steps) < 2 or (len(steps) == 2 and steps[0].casefold() != "home")):
        return False
    for step in steps:
        words = step.split()
        if not 0 < len(words) <= _MAX_CRUMB_WORDS or not all(
            looks_like_name_word(word) or word == "&" for word in words
        ):
            return False
    return True


def _is_more_from_heading(line: str, key: str) -> bool:
    """``More from News``, ``More from Jane Doe``, ``Popular on The Kestle
    Courier``: a heading over a section's or an outlet's links.

    The section is named in a few capitalised words; "More from the survey
    later" goes on in lower case and stays.
    """
    lead = next((lead for lead in phrases.NAMED_LIST_LEADS if key.startswith(lead)), None)
    if lead is None:
        return False
    named = line.strip().rstrip(_TRAILING_MARKS).split()[lead.count(" ") :]
    return 0 < len(named) <= phrases.MAX_SECTION_WORDS and all(
        looks_like_name_word(word) or word.casefold() in phrases.NAME_PARTICLES for word in named
    )


_MAX_TIME_CHARS = 16  # "12:04:59 p.m. EDT"


def is_time_alone(line: str) -> bool:
    """A paragraph that is only a time of day or a length (``10.04 GMT``,
    ``02:14``, ``1:02:14``): a live page's stamp over its next post, or a
    video player's length.  Within a paragraph of more lines, a time is a
    schedule's and stays."""
    text = line.strip()
    return len(text) <= _MAX_TIME_CHARS and text[:1].isdigit() and is_clock_time(text)


# "2h ago", "15m ago", "1 hour ago": how long ago a live page's post went up, as the page prints it.
_POST_AGE = re.compile(r"\d{1,3} ?(?:[smhd]|mins?|minutes?|hrs?|hours?|days?) ago\b")
_ABBREVIATED_AGE = re.compile(r"\d{1,3}(?:[smhd]|mins?|hrs?) ago")  # "2h ago": the unit touching the number
_MAX_STAMP_CHARS = 32  # "2 hours ago · 12:04:59 p.m. EDT"
_STAMP_SEPARATORS = " ·|-–—"
# The fewest words of a live page's post under its stamp.
MIN_POST_WORDS = 4


def is_live_stamp(line: str, *, ages_in_words: bool = False) -> bool:
    """A live page's stamp over a post: a time alone (``is_time_alone``), or
    how long ago the post went up and when (``2h ago 14:05``), or how long
    ago as a live page abbreviates it (``2h ago``, ``15m ago``).  An age in
    words alone (``3 hours ago``) is the head's dateline, read with the
    name above it (see ``fields``): it counts only with ``ages_in_words``,
    once the head's datelines are read."""
    text = line.strip()
    if len(text) > _MAX_STAMP_CHARS or not text[:1].isdigit():
        return False
    if is_time_alone(text):
        return True
    age = _POST_AGE.match(text)
    if age is None:
        return False
    rest = text[age.end() :].strip(_STAMP_SEPARATORS)
    if rest:
        return is_time_alone(rest)
    return ages_in_words or _ABBREVIATED_AGE.fullmatch(text) is not None


def heads_a_post(lines: list[str]) -> bool:
    """Whether a paragraph's first line is a live page's stamp heading its
    post (``10:42 GMT`` over ``Ferries have been cancelled …``), which a
    scrape set under it with no blank line: the text under it is the post's,
    closing like a sentence, and holds no stamp of its own.  Over a
    schedule's items (``18:00`` over ``Doors open`` over ``19:30`` …) a time
    is the schedule's, and stays.  Read once the head's datelines are: the
    stamp may be an age in words (``3 hours ago``)."""
    if len(lines) < 2 or not "0" <= lines[0][:1] <= "9" or not is_live_stamp(lines[0], ages_in_words=True):
        return False
    text = lines[1:]
    if not text[-1].endswith(_SENTENCE_CLOSES) or sum(line.count(" ") + 1 for line in text) < MIN_POST_WORDS:
        return False
    return not any(line[0].isdigit() and is_live_stamp(line) for line in text)


def is_reading_time(line: str) -> bool:
    """True when the line is only a listening or reading time (``5 min read``)."""
    return _is_reading_time(normalise(line))


def _is_reading_time(key: str) -> bool:
    """``Listen to this article 5 min``, ``4 min read``, ``Listen 05:32``: a player or estimate.

    After a lead, a duration (``5 min``, ``5min``, ``05:32``, ``12:41 min``); without one, a
    duration then "read" or "listen".  "5 minutes later the doors opened"
    goes on and stays.
    """
    rest = key
    for lead in phrases.READING_TIME_LEADS:
        if key.startswith(lead):
            rest = key[len(lead) :]
            break
    led = rest != key
    words = rest.replace("·", " ").replace("|", " ").replace(": ", " ").replace(" - ", " ").split()
    if led and len(words) == 1:
        if ":" in words[0]:
            return _is_clock_length(words[0])
        number = words[0].rstrip("smin")
        words = [number, words[0][len(number) :]]
    if len(words) not in ((2, 3) if led else (3,)):
        return False
    if not (words[0].isdigit() or (led and _is_clock_length(words[0]))) or words[1] not in phrases.DURATION_UNITS:
        return False
    return len(words) == 2 or words[2] in phrases.DURATION_TAILS


def _is_clock_length(word: str) -> bool:
    """``05:32``, ``12:41``: a player's length in minutes and seconds."""
    minutes, colon, seconds = word.partition(":")
    return bool(colon) and minutes.isdigit() and seconds.isdigit() and len(seconds) == 2


def _is_follow_prompt(key: str) -> bool:
    """``Follow Jane Doe on Twitter``, ``Follow the author on X @janedoe``: a profile link.

    A few words for who, then only social networks and handles after "on":
    "Follow the money on Wall Street" names no network and stays.
    """
    if not key.startswith(_FOLLOW):
        return False
    words = key.split(" ")
    if "on" not in words:
        return all(word[:1] == "@" for word in words[1:])  # "Follow @janedoe"
    at = words.index("on")
    if not 1 < at <= phrases.MAX_FOLLOWED_WORDS + 1 or at == len(words) - 1:
        return False
    for word in words[at + 1 :]:
        word = word.strip(":,.;")
        if word not in phrases.SOCIAL_NETWORKS and word not in ("and", "&", "or", "") and word[:1] != "@":
            return False
    return True


def _is_copyright_notice(line: str, key: str) -> bool:
    """``Copyright 2023 Example Media``, ``(c) Example Media 2023``, ``© Example Media``.

    After the opening mark a notice names its holder (capitalised words)
    before the year, ``©`` or "All rights reserved", or after them; a
    lower-case word before any of those, or right after them, makes it
    prose about copyright ("Copyright infringement claims rose in 2022",
    "(c) the label must keep its records for 2024", "Copyright 2023 figures
    show that …").  The case is read from the line as written, not from ``key``.
    """
    if key.startswith("©"):
        return True
    if not (_YEAR.search(key) or "all rights reserved" in key or "©" in key):
        return False
    words = line.lstrip(_LEADING_BULLETS).split()[1:]
    for at, word in enumerate(words):
        if _is_copyright_mark(word) or word.casefold() == "all":
            after = next((word for word in words[at + 1 :] if not _is_copyright_mark(word)), "")
            return not after[:1].islower() or after in _NOTICE_WORDS
        if word[0].islower() and word != "by":
            return False
    return True


# Lower-case words a copyright notice goes on with after its year or mark.
_NOTICE_WORDS = frozenset({"by", "the", "all", "rights", "reserved"})


def _is_copyright_mark(word: str) -> bool:
    """A year, ``©`` or ``(c)``: what a notice may write several of in a row ("Copyright © 2023")."""
    return bool(_YEAR.search(word)) or "©" in word or word.casefold() == "(c)"


def _reads_as_reported_prose(line: str) -> bool:
    """A call to action told as news: a clause after a comma reports who said it.

    "Follow us on this journey, the guide said." and "Join our volunteers,
    the service urged residents." open like chrome but go on as reported
    speech.  Chrome has commas too ("Follow us on Twitter, and like us on
    Facebook.", "Sign up for our newsletter, it's free."), but no speaker:
    the clause must hold a reporting verb (``phrases.REPORTING_VERBS``).
    """
    if not ends_like_prose(line):
        return False
    for clause in line.split(", ")[1:]:
        if clause[:1].islower() and any(
            word.strip(_TRAILING_MARKS).casefold() in phrases.REPORTING_VERBS for word in clause.split()
        ):
            return True
    return False


# Link labels that are also a credit's marker ("Video: Reuters").
_CREDIT_LINK_PREFIXES = tuple(prefix for prefix in phrases.LINK_PREFIXES if prefix.rstrip(" :|") in phrases.CREDIT_MARKERS)


def _is_link_line(line: str, key: str) -> bool:
    """"Read more: <headline>": a link label, then the headline of another
    article, which sites that write headlines in sentence case may open in
    lower case after the label ("Watch: how the new bridge was built")."""
    if not key.startswith(phrases.LINK_PREFIXES):
        return False
    marks = [at for at in (line.find(":"), line.find("|")) if at >= 0]
    if not marks:
        return False
    headline = line[min(marks) + 1 :].strip()
    if key.startswith(_CREDIT_LINK_PREFIXES) and credit_line(line) is not None:
        return False  # "Video: Reuters" under a caption credits it
    if key.startswith(phrases.TAG_PREFIXES) and _is_tag_list(headline):
        return True  # "Tags: buses, traffic, Harwick council"
    if key.startswith(phrases.SENTENCE_CASE_LINK_PREFIXES):
        headline = headline[:1].upper() + headline[1:]
    return looks_like_headline(headline)


_LINK_TEXT_HEADS = frozenset(opening[:4] for opening in phrases.LINK_TEXT_OPENINGS)
_LINK_TEXT_FIRSTS = frozenset(letter for head in _LINK_TEXT_HEADS for letter in (head[0], head[0].upper()))


def _is_link_text(line: str) -> bool:
    """``Read more about the council's plans``, ``Read the full report
    here``, ``Read more Kestle news``: a link's text, a few words opening as
    one (``phrases.LINK_TEXT_OPENINGS``), or "Read more" and a section's or
    an outlet's name; no clause, no closing full stop.  To be read on a
    paragraph of one line after article text only: over it, such a line
    may be a headline ("Read the full text of the King's speech")."""
    if line[:4].casefold() not in _LINK_TEXT_HEADS or ", " in line or ends_like_prose(line):
        return False
    key = normalise(line)
    if key.startswith(phrases.LINK_TEXT_OPENINGS):
        return key.count(" ") < phrases.MAX_LINK_TEXT_WORDS
    if not key.startswith(phrases.MORE_READING_LEAD):
        return False
    named = line.split()[2:]
    if named and named[-1].casefold() in phrases.MORE_READING_TAILS:
        named.pop()
    return 0 < len(named) <= phrases.MAX_SECTION_WORDS and all(map(looks_like_name_word, named))


def _is_contact_line(line: str) -> bool:
    """A line of a contact block: a name, a job or a company (as short as a
    heading), an email or web address, or a phone number (seven digits or more)."""
    if line.count(" ") >= phrases.MAX_CONTACT_WORDS:
        return False
    if "@" in line or line.lstrip().startswith(("www.", "http")):
        return True
    return sum(char.isdigit() for char in line) >= 7 or looks_like_headline(line)


# "burs-jm/rox", "ema-kl/jm", "bur/jm": the desk's initials a wire (AFP) closes a story with.
_WIRE_SLUG = re.compile(r"[a-z]{2,6}(?:[-/][a-z]{2,6}){1,8}")
_MAX_SLUG_CHARS = 64  # what _WIRE_SLUG can match, at most: a longer line is passed over


def is_wire_slug(line: str) -> bool:
    """The desks' initials closing a wire story (``burs-jm/rox``): groups of
    lower-case letters between hyphens and at least one slash.  To be read
    on a story's last line only: elsewhere such a word ("and/or") may be prose."""
    if len(line) > _MAX_SLUG_CHARS or "/" not in line:
        return False
    return _WIRE_SLUG.fullmatch(line.strip()) is not None


def _opens_with_alt_text(lines: list[str]) -> bool:
    """Whether a paragraph opens with a picture's alternative text
    (``captions.is_alt_text``) where a scrape leaves it: alone in its
    paragraph, or on the line over the picture's caption.  Over prose, such
    a line may open a wrapped sentence."""
    return is_alt_text(lines[0]) and (len(lines) == 1 or ends_in_credit(lines[1]))


def _heads(line: str) -> tuple[bool, bool]:
    """Whether a chrome line heads a list of links ("Related:", "Most Popular"),
    and whether it heads contact lines ("Media contact:", "Contact: Jane Doe")."""
    key = normalise(line)
    return (key in phrases.BLOCK_HEADINGS or _is_more_from_heading(line, key),
            key in phrases.CONTACT_HEADINGS or key.startswith(phrases.CONTACT_PREFIXES))  # fmt: skip


def strip_boilerplate(
    paragraphs: list[list[str]],
    extra: frozenset[str] = frozenset(),
    captions: Container[str] = frozenset(),
    *,
    cleaned: bool = False,
) -> tuple[list[list[str]], list[str]]:
    """Remove chrome lines from every paragraph; return what is left and what went.

    Paragraphs left with no line are dropped; one whose chrome line follows
    a finished sentence ("Advertisement" where the scrape lost the blank
    lines around it) is split there in two.  Removed lines are returned as
    written, in order, for the record's ``boilerplate`` audit list.  A heading
    standing alone ("Related:") after some article text takes the headline
    paragraphs right after it, up to the next paragraph of prose.  Before any
    article text, a lone heading cannot tell its links from the title and
    standfirst under it, so there it takes only a trailing list: headline
    paragraphs with nothing after them up to the end of the record.  A
    contact heading ("Media contact:") takes the contact lines under it in
    its paragraph, or, standing alone, the next paragraph when it holds
    only contact lines.  A cookie banner's notice takes the buttons under it
    in its paragraph (``I accept``, ``Got it``), and a count's label the
    number under it (``Comments`` over ``23``).  A picture's alternative
    text leaves, alone in its paragraph or opening it over its caption, and
    so does a link's text alone in its paragraph after article text
    (``_is_link_text``).
    Lines a page labelled as captions (``captions``)
    stay, whatever they read like ("Media caption, Watch: the moment the
    lights went out").  ``cleaned`` says that the lines are stripped lines
    of text that ``text.clean`` made, with single spaces between words and
    no other whitespace, so that their spacing is not read again.
    """
    kept_paragraphs: list[list[str]] = []
    removed: list[str] = []
    trailing_list: tuple[int, int] | None = None  # (kept paragraphs, removed lines) at the heading
    taking_list = False  # a lone heading after article text: its headline paragraphs follow
    taking_contacts = False  # a lone contact heading: its contact lines may follow
    banner_above = False  # a cookie banner's notice closed the paragraph above: its buttons may follow
    for lines in paragraphs:
        if (taking_list and all(looks_like_headline(line) for line in lines)) or (
            taking_contacts and all(map(_is_contact_line, lines))
        ):
            removed.extend(line.strip() for line in lines)
            continue
        if len(lines) == 1 and (  # lines are stripped, not empty; most open with neither a digit nor a link's letter
            ("0" <= lines[0][0] <= "9" and is_live_stamp(lines[0]))
            or (lines[0][0] in _LINK_TEXT_FIRSTS and kept_paragraphs and _is_link_text(lines[0]))
        ):
            removed.append(lines[0].strip())
            continue
        first = lines[0]  # most lines of prose close in a full stop, and open unlike any alternative text
        if first[-1] != "." and first[:2] in ALT_TEXT_HEADS and _opens_with_alt_text(lines) and first not in captions:
            removed.append(first.strip())
            if len(lines) == 1:
                continue
            lines = lines[1:]
        taking_list = False
        kept: list[str] = []
        first_piece = len(kept_paragraphs)
        in_block = in_contacts = counted = False  # counted: a count's label ("Comments") over its number
        # in_banner: a head split a line a paragraph leaves the buttons under their notice;
        # taking: whether the chrome above takes some lines under it (most lines pass with one test)
        taking = in_banner = banner_above
        above, chrome = None, False  # the line above and whether it is chrome: a caption written twice is read once
        for line in lines:
            if line != above:
                above, chrome = line, is_boilerplate(line, extra, cleaned=cleaned)
            if chrome and line not in captions:
                removed.append(line.strip())
                links, in_contacts = _heads(line)
                in_block = in_block or links
                in_banner = in_banner or "ookie" in line
                counted = len(line) <= _LONGEST_COUNT_LABEL and _is_count_label(line)
                taking = in_block or in_contacts or in_banner or counted
                if kept and kept[-1].rstrip().endswith(_SENTENCE_CLOSES):
                    kept_paragraphs.append(kept)  # an ad between two paragraphs, not inside a sentence
                    kept = []
            elif taking and (
                (in_block and looks_like_headline(line))
                or (in_contacts and _is_contact_line(line))
                or (in_banner and normalise(line) in phrases.CONSENT_BUTTONS)
                or (counted and line.isdigit())
            ):
                removed.append(line.strip())
            else:
                if taking:
                    in_block = in_contacts = in_banner = counted = taking = False
                kept.append(line)
        taking_contacts = in_contacts and len(lines) == 1
        banner_above = in_banner
        if kept:
            kept_paragraphs.append(kept)
        if len(kept_paragraphs) > first_piece:
            pieces = kept_paragraphs[first_piece:]
            if trailing_list and not all(looks_like_headline(line) for piece in pieces for line in piece):
                trailing_list = None
        elif in_block:
            trailing_list = (len(kept_paragraphs), len(removed))
            taking_list = bool(kept_paragraphs)
    if trailing_list:
        at_paragraph, at_line = trailing_list
        headlines = [line.strip() for lines in kept_paragraphs[at_paragraph:] for line in lines]
        removed[at_line:at_line] = headlines
        del kept_paragraphs[at_paragraph:]
    return kept_paragraphs, removed


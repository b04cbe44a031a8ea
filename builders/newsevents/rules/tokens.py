"""Capitalised word runs: the one scan that the place, person and organization rules share.

News names are capitalised ("Foreign Minister Sergei Lavrov", "Bosnia and Herzegovina",
"U.S.", "Nagorno-Karabakh"), so one compiled regex finds every run of capitalised words joined by
spaces, hyphens or lower-case name connectors ("of", "and", "de", "von", ...). The rules then look
n-grams of a run up in dicts instead of trying thousands of patterns. Runs never cross a line
break, a comma or other punctuation, and possessive "’s" stays outside them.
"""

from __future__ import annotations

from functools import lru_cache
import re

#: Characters that re.IGNORECASE matches with an ASCII letter although str.lower() keeps them apart
#: (Kelvin sign, long s, dotted and dotless i).
ASCII_TWINS = {"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"}
_TWINS_TO_ASCII = str.maketrans(ASCII_TWINS)


def lexicon_key(text: str) -> str:
    """What a case-insensitive match of a lexicon form is looked up by: lower case, ASCII twins as
    ASCII and white space as one space ("Miniſtry of\nDefense" is "ministry of defense")."""
    return " ".join(text.translate(_TWINS_TO_ASCII).lower().split())


def word_trie(words) -> str:
    """A regex alternation of `words` factored by common prefixes ("d(?:a(?:te|y(?:s)?)|ec)").

    Python's regex engine tries the alternatives of `a|b|c` one by one at every position; a
    prefix tree tries one branch per letter, which makes scans over long word lists much faster.
    Longer words win over their prefixes (greedy), as with a longest-first alternation.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


#: Upper-case Latin letters, ASCII and accented (Å, Č, Ł, Ş, Ż ...).
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x250)) if c.isalpha() and c.isupper()}))
_U = re.escape(UPPER)
#: Lower-case words allowed between the capitalised words of one name.
CONNECTORS = ("of", "the", "and", "de", "da", "do", "dos", "das", "del", "della", "la", "le", "du", "di",
              "upon", "van", "von", "der", "den", "bin", "ibn", "y", "es")
#: Abbreviated titles and name parts whose full stop belongs to the word.
DOTTED_ABBREVIATIONS = ("Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Brig", "Cmdr", "Sen", "Rep", "Gov",
                        "Pres", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Mt", "Ft")
_AFTER_ABBREVIATION = "|".join(rf"(?<=\b{word})" for word in DOTTED_ABBREVIATIONS)
# The rest of a capitalised word after its first letter: "U.S." / "F." (an initial before a name) /
# "Gen." / "Lavrov" / "O’Brien" / "G7".
# The abbreviation test looks for the full stop first: most words have none, and then none of the
# lookbehinds has to be tried.
_CAP_TAIL = (rf"(?:(?:\.[{_U}])+\.?|\.(?=[ \u00a0][{_U}](?:[^\W\d_]|\.))"
             rf"|[^\W_]*(?:['’][{_U}][^\W_]*)?(?:(?=\.)(?:{_AFTER_ABBREVIATION})\.)?)")
_CAP = rf"[{_U}]{_CAP_TAIL}"
#: Lower-case words inside hyphenated names ("Rostov-on-Don", "Saint-Jean-de-Luz", "Mazar-i-Sharif",
#: "Zia-ul-Haq", "Waker-uz-Zaman", "Mujib-ur-Rahman").
SOUTH_ASIAN_PARTICLES = ("ul", "uz", "ur", "ud", "us")
HYPHEN_CONNECTORS = ("on", "upon", "sur", "en", "am", "de", "la", "le", "les", "du", "des", "au", "aux", "i", "e",
                     *SOUTH_ASIAN_PARTICLES)
#: The Arabic article as romanised before the next word of a name ("Deir al-Balah", "Deir ez-Zor",
#: "Bashar al-Assad", "Abd el-Fattah").
ARTICLES = ("al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az", "ed", "en", "er", "es", "et", "ez")
_CONNECTOR = "|".join(CONNECTORS)
_HYPHEN_CONNECTOR = "|".join(HYPHEN_CONNECTORS)
_ARTICLE = word_trie(ARTICLES)  # a prefix tree: a join fails on its first character
_JOIN = (rf"(?:[ \u00a0]+(?:(?:{_CONNECTOR})[ \u00a0]+)*(?:(?:{_ARTICLE})-)?"
         rf"|-(?:(?:{_HYPHEN_CONNECTOR})-)*)")
# Starting with a plain character class lets the regex engine skip quickly to upper-case letters.
#: Lower-case words hyphenated to an office that make it one still to be taken up: "President-elect",
#: "Prime Minister-designate" (part of the capitalised run, so the name after it joins it).
OFFICE_SUFFIXES = ("elect", "designate")
_OFFICE_SUFFIX = rf"(?:-(?:{'|'.join(OFFICE_SUFFIXES)})(?![\w-]))?"
RUN = re.compile(rf"[{_U}](?<![\w’'][{_U}]){_CAP_TAIL}{_OFFICE_SUFFIX}(?:{_JOIN}{_CAP}{_OFFICE_SUFFIX})*")
_PIECE = re.compile(r"[^ \u00a0-]+")
#: The pattern a lexicon holds until it is loaded: it matches nothing.
NEVER = re.compile(r"(?!)")


#: A token is (start, end, capitalised); a run is (start, end, tokens). Plain tuples, because
#: building named tuples for every capitalised word of a long text costs more than the scan.
Token = tuple[int, int, bool]
Run = tuple[int, int, tuple[Token, ...]]


def capitalised_runs(text: str, start: int = 0, end: int | None = None) -> tuple[Run, ...]:
    """Every capitalised run of text[start:end], tokenised; cached so the three rules scan once."""
    return _capitalised_runs(text, start, len(text) if end is None else end)


@lru_cache(maxsize=8)
def _capitalised_runs(text: str, start: int, end: int) -> tuple[Run, ...]:
    runs: list[Run] = []
    append = runs.append
    pieces = _PIECE.finditer
    span = re.Match.span
    for match in RUN.finditer(text, start, end):
        run_start, run_end = match.span()
        word = match.group()
        if " " in word or "-" in word or "\u00a0" in word:
            # A run is capitalised words and connectors joined by spaces or hyphens, so splitting
            # at those gives its tokens exactly.
            tokens = map(span, pieces(text, run_start, run_end))
            append((run_start, run_end, tuple([(piece_start, piece_end, text[piece_start].isupper())
                                               for piece_start, piece_end in tokens])))
        else:
            append((run_start, run_end, ((run_start, run_end, True),)))
    return tuple(runs)


def phrase(text: str, start: int, end: int) -> str:
    """text[start:end] with each inner whitespace run as one space, for dict look-ups."""
    piece = text[start:end]
    if "  " in piece or "\u00a0" in piece:
        return " ".join(piece.split())
    return piece


#: Irregular past forms of verbs (regular ones end in "-ed"): what the event rule reads as a past tense
#: ("met", "fled"), and what ends a counted noun as its verb ("two officials told Reuters").
IRREGULAR_PAST = frozenset(
    "beat became began bit blew bore bought broke brought built came caught chose dealt drew drove fell "
    "felt fled flew forbade fought froze gave grew held hid hit hung kept knew laid led left lit lost "
    "made meant met overcame overran overthrew overtook paid ran rang rebuilt retook rose said sank sat "
    "saw sent shook shot slept slew sold sought spent spoke stole stood struck stuck swept swore taught "
    "thought threw told took tore understood undertook went withdrew won wrote".split()
)

#: Function words that are capitalised only because they open a sentence or a heading; glued to a
#: name they are no part of it ("In Berlin", "Yesterday Moscow").
FUNCTION_WORDS = frozenset(
    "The A An In On At From To For With By Of Into Over Under Near Outside Inside Across Along Around Through "
    "But And Or So Yet Also Then Thus However Meanwhile Still After Before When While As Since Until If Although "
    "Though Because Despite During Following Amid Among Against According Today Tomorrow Yesterday Tonight Now "
    "Here There This That These Those Last Next Earlier Later Both Each Every Some Many Most All Such No Not "
    "Only Even Why How What Where Who Which His Her Its Their Our My".split()
)

_SENTENCE_OPENERS = frozenset(".!?:;\n\r“\"‘'(—–[")


def is_sentence_initial(text: str, position: int, floor: int = 0) -> bool:
    """True when only spaces and an opening mark separate `position` from a sentence break."""
    index = position - 1
    while index >= floor and text[index] in " \t\u00a0":
        index -= 1
    if index < floor:
        return True
    if text[index] in _SENTENCE_OPENERS:
        if text[index] in "“\"‘'(":  # an opening quote: look further back
            return is_sentence_initial(text, index, floor)
        return True
    return False


def word_before(text: str, position: int, floor: int = 0) -> str:
    """The word just before `position` (skipping spaces), lower-cased; '' if none."""
    index = position
    while index > floor and text[index - 1] in " \t\u00a0":
        index -= 1
    stop = index
    while index > floor and (text[index - 1].isalpha() or text[index - 1] in "-’'"):
        index -= 1
    return text[index:stop].lower()

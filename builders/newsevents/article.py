"""Reading a source article: raw bytes, checked, decoded, with its publication-date header.

Offset convention (used everywhere in the project): offsets are 0-based, end-exclusive
indices in Unicode code points into the *whole file* decoded as UTF-8, header included,
with no newline or whitespace normalisation. `text[start:end]` in Python is the evidence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

#: Articles larger than this are refused rather than processed without bound.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

_HEADER = re.compile(r"\A date (?P<date>\d{4}-\d{2}-\d{2}) ")


class ArticleError(ValueError):
    """An article file that cannot be read as a dated UTF-8 news article."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Article:
    path: Path
    text: str
    sha256: str
    published: dt.date | None
    body_start: int

    @property
    def stem(self) -> str:
        return self.path.stem


def parse_header(text: str) -> tuple[dt.date | None, int]:
    """Return the header's publication date (None without a header) and where the body begins."""
    match = _HEADER.match(text)
    if not match:
        return None, 0
    return dt.date.fromisoformat(match["date"]), match.end()


def decode_article(data: bytes, path: Path | str = "<article>") -> tuple[str, dt.date | None, int]:
    """Check and decode raw article bytes; raise ArticleError with a clear reason."""
    if not data.strip():
        raise ArticleError(path, "the article is empty")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path, f"the article is {len(data):,} bytes; at most {MAX_ARTICLE_BYTES:,} are accepted"
        )
    if b"\x00" in data:
        raise ArticleError(path, "the file is binary (it contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ArticleError(
            path, f"the text is not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})", line
        ) from None
    if text.startswith("\ufeff"):
        raise ArticleError(path, "the text starts with a byte-order mark; save it as UTF-8 without BOM", 1)
    if text.startswith(" date "):
        try:
            published, body_start = parse_header(text)
        except ValueError as error:
            raise ArticleError(path, f"malformed date header: {error}", 1) from None
        if published is None:
            raise ArticleError(path, "malformed date header: expected ' date YYYY-MM-DD ' at the start", 1)
        return text, published, body_start
    return text, None, 0


def read_article(path: Path | str, published: dt.date | None = None, *, require_date: bool = True) -> Article:
    """Load an article; `published` overrides or supplies the header date."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                path, f"the article is {path.stat().st_size:,} bytes; at most {MAX_ARTICLE_BYTES:,} are accepted"
            )
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(path, f"cannot read the file: {error.strerror}") from None
    text, header_date, body_start = decode_article(data, path)
    date = published or header_date
    if date is None and require_date:
        raise ArticleError(
            path, "no publication date: start the file with ' date YYYY-MM-DD ' or pass --published", 1
        )
    return Article(
        path=path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        published=date,
        body_start=body_start,
    )

"""Bytes to text: byte-order marks, UTF-8, then detection; binary content is refused.

Short texts in a legacy code page defeat statistical detectors (a French paragraph in latin-1
comes back as Baltic), so detection weighs a few candidate decodings by how plausible their
words look and prefers Western, then Cyrillic, code pages on a tie.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from graph.errors import InputError

__all__ = ["decode_bytes", "normalise_newlines", "looks_binary", "BINARY", "CONTROL_RATIO"]

BINARY = "binary file, not text"
CONTROL_RATIO = 0.05  # more control characters than this and it is not prose
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in _ALLOWED_CONTROLS) + b"\x7f"
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")
_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_PREFERRED = ("cp1252", "cp1251", "latin_1")
_SCORE_SAMPLE = 65536
_WORD = re.compile(r"\S+")
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?«»“”‘’„-–—…*/"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive or other non-text file."""
    if not data:
        return False
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls / len(data) > CONTROL_RATIO


def decode_bytes(data: bytes, path: str, *, encoding: str | None = None,
                 declared: str | None = None) -> str:
    """The text in ``data``, raising ``InputError`` when it is binary or undecodable.

    ``encoding`` forces a codec; ``declared`` is a charset the file names itself (an HTML
    ``<meta charset>``), trusted after UTF-8 but before detection.
    """
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(path, f"cannot decode as {encoding}: {exc.reason} "
                                   f"at byte {exc.start}") from exc
        text = text.removeprefix("\ufeff")
    else:
        text = _detect(data, path, declared)
    if _bad_char_ratio(text) > CONTROL_RATIO:
        raise InputError(path, BINARY)
    return text


def _detect(data: bytes, path: str, declared: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise InputError(path, BINARY)
        return wide
    if looks_binary(data):
        raise InputError(path, BINARY)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(_NON_ASCII.findall(replaced))
    if good and good >= bad:  # UTF-8 with a few damaged bytes, not a legacy code page
        return replaced
    best = _best_legacy_decoding(data)
    if best is not None:
        return best
    if bad / max(len(replaced), 1) <= CONTROL_RATIO:
        return replaced
    raise InputError(path, BINARY)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark shows zero bytes at every other position."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero, odd_zero = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd_zero > 0.4 * half and even_zero < 0.05 * half:
        codec = "utf-16-le"
    elif even_zero > 0.4 * half and odd_zero < 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _best_legacy_decoding(data: bytes) -> str | None:
    candidates: dict[str, str] = {}
    for codec in _PREFERRED:
        try:
            candidates[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    guessed = _guess_with_detector(data)
    if guessed is not None and guessed[0] not in candidates:
        candidates[guessed[0]] = guessed[1]
    if not candidates:
        return None
    order = {codec: rank for rank, codec in enumerate(candidates)}
    best = min(candidates, key=lambda codec: (_implausibility(candidates[codec]), order[codec]))
    return candidates[best]


def _guess_with_detector(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    return codecs.lookup(match.encoding).name, str(match)


def _script(ch: str) -> str:
    if ch < "\x80":
        return "ascii"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "other"


def _implausibility(text: str) -> int:
    """Penalty points for words that a wrong code page produces.

    Mixed scripts inside a word (``Cafй``), Latin words made mostly of accented letters
    (``Ìèíñê``), symbols inside words (``z³oty``) and case flips (``пПЕЗ``).
    """
    penalty = 0
    for match in _WORD.finditer(text[:_SCORE_SAMPLE]):
        word = match.group().strip(_EDGE_PUNCT)
        if not word or word.isascii():
            continue
        letters = [ch for ch in word if ch.isalpha()]
        penalty += sum(1 for ch in word if not (ch.isalnum() or ch in _EDGE_PUNCT))
        if not letters:
            continue
        scripts = {_script(ch) for ch in letters}
        latin = scripts <= {"ascii", "LATIN"}
        if len(scripts - {"ascii"}) > 1 or ("ascii" in scripts and not latin):
            penalty += 3
        elif latin and sum(1 for ch in letters if ch > "\x7f") * 2 > len(letters) and len(letters) > 1:
            penalty += 2
        penalty += sum(1 for a, b in zip(letters, letters[1:]) if a.islower() and b.isupper())
    return penalty


def _bad_char_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_BAD_CHARS.findall(text)) / len(text)

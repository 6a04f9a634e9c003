"""Normalisation before screening: undo the common ways people disguise a request.

:func:`normalize` returns the canonical text plus extra *variants* (de-leeted
text, decoded base64/hex/rot13 payloads) that the detectors and classifier
screen as well, and *flags* naming every evasion technique it saw. The flags
themselves are evidence: zero-width or bidi control characters in a chat
prompt are rare in honest text.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from dataclasses import dataclass, field

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"))
_ZERO_WIDTH_AS_SPACE = dict.fromkeys(ZERO_WIDTH, " ")
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"))

# Letters from other scripts that look like Latin ones (after case folding).
CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ɑ": "a", "ɡ": "g", "ɩ": "i", "ո": "n", "ս": "u", "օ": "o", "ӏ": "l",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ѡ": "w",
})
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a",
                      "$": "s", "!": "i", "|": "l", "+": "t", "€": "e"})
_LEET_WORD = re.compile(r"\b(?=[\w@$!|+€]*[a-z])(?=[\w@$!|+€]*[0-9@$!|+€])[\w@$!|+€]{2,20}\b")
# Three or more single letters split by one repeated separator: "b o m b", "b.o.m.b", "b-o-m-b".
_SPACED = re.compile(r"(?<![\w])((?:[a-z]([ .\-_*/\\])){2,}[a-z])(?![\w])")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
_HEX = re.compile(r"(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}[ :]?){8,}(?![0-9a-fA-F])")
_ROT13_HINT = re.compile(r"\b(rot-?13|caesar|cipher|decode|encoded|decrypt)\b")
_WORDS = re.compile(r"[a-z]+")
# A small set of very common English words, to tell text from gibberish (for rot13).
_COMMON = frozenset("""the be to of and a in that have i it for not on with he as you do at this but his by from
they we say her she or an will my one all would there their what so up out if about who get which go me when
make can like time no just him know take people into year your good some could them see other than then now
look only come its over think also back after use two how our work first well way even new want because any
these give day most us is are was were how why where make tell help please write explain""".split())


@dataclass(frozen=True)
class NormalizedText:
    """The canonical text, extra variants worth screening, and the evasion flags seen."""

    text: str
    variants: tuple[str, ...] = ()
    flags: frozenset[str] = field(default_factory=frozenset)

    def all_texts(self) -> tuple[str, ...]:
        return (self.text, *self.variants)


def normalize(raw: str) -> NormalizedText:
    """Canonicalise ``raw`` and collect decoded variants and evasion flags."""
    flags: set[str] = set()
    stripped = raw.translate(ZERO_WIDTH)
    if stripped != raw:
        flags.add("zero_width")
    no_bidi = stripped.translate(BIDI_CONTROLS)
    if no_bidi != stripped:
        flags.add("bidi_control")
    text = unicodedata.normalize("NFKC", no_bidi).casefold()
    unconfused = text.translate(CONFUSABLES)
    if unconfused != text and _mixes_scripts(text):
        flags.add("confusables")
        text = unconfused
    variants: list[str] = _collapsed_spacing(text, flags)
    if "zero_width" in flags:  # zero-width characters may stand where spaces were: read them as spaces too
        variants.append(unicodedata.normalize("NFKC", raw.translate(_ZERO_WIDTH_AS_SPACE)
                                              .translate(BIDI_CONTROLS)).casefold().translate(CONFUSABLES))
    deleeted = _LEET_WORD.sub(lambda m: m.group(0).translate(LEET), text)
    if deleeted != text:
        flags.add("leetspeak")
        variants.append(deleeted)
    variants.extend(_decoded_payloads(no_bidi, flags))
    if _ROT13_HINT.search(text) or _looks_like_gibberish(text):
        rot = codecs.decode(text, "rot13")
        if _english_ratio(rot) > _english_ratio(text) + 0.2:
            flags.add("rot13")
            variants.append(rot)
    text = " ".join(text.split())
    return NormalizedText(text, tuple(" ".join(v.split()) for v in variants), frozenset(flags))


def _mixes_scripts(text: str) -> bool:
    """True when a word contains both Latin letters and lookalikes from another script."""
    for word in text.split():
        has_latin = any("a" <= ch <= "z" for ch in word)
        has_other = any(ch in _CONFUSABLE_KEYS for ch in word)
        if has_latin and has_other:
            return True
    letters = [ch for ch in text if ch.isalpha()]
    other = sum(ch in _CONFUSABLE_KEYS for ch in letters)
    return bool(letters) and other / len(letters) < 0.5 and other > 0


_CONFUSABLE_KEYS = frozenset(chr(k) for k in CONFUSABLES)


def _collapsed_spacing(text: str, flags: set[str]) -> list[str]:
    """Variants with spaced-out letters joined ("b o m b" → "bomb").

    A run may swallow a real one-letter word ("a b o m b"), so a second
    variant keeps a leading "a" or "i" apart.
    """
    if not _SPACED.search(text):
        return []
    flags.add("spaced_letters")

    def join(match: re.Match[str]) -> str:
        return match.group(1).replace(match.group(2), "")

    def join_keeping_article(match: re.Match[str]) -> str:
        run, sep = match.group(1), match.group(2)
        if run[0] in "ai" and sep == " " and len(run) > 5:
            return run[0] + " " + run[2:].replace(sep, "")
        return run.replace(sep, "")

    return list(dict.fromkeys([_SPACED.sub(join, text), _SPACED.sub(join_keeping_article, text)]))


def _decoded_payloads(text: str, flags: set[str]) -> list[str]:
    found: list[str] = []
    for match in _BASE64.finditer(text):
        token = match.group(0)
        try:
            decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if _printable(decoded):
            flags.add("base64")
            found.append(normalize(decoded).text)
    for match in _HEX.finditer(text):
        digits = re.sub(r"[ :]", "", match.group(0))
        if len(digits) % 2:
            continue
        try:
            decoded = bytes.fromhex(digits).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _printable(decoded):
            flags.add("hex")
            found.append(normalize(decoded).text)
    return found


def _printable(text: str) -> bool:
    return len(text) >= 4 and sum(ch.isprintable() or ch.isspace() for ch in text) / len(text) > 0.95 \
        and sum(ch.isalpha() for ch in text) / len(text) > 0.5


def _english_ratio(text: str) -> float:
    words = _WORDS.findall(text)
    return sum(w in _COMMON for w in words) / len(words) if words else 0.0


def _looks_like_gibberish(text: str) -> bool:
    words = _WORDS.findall(text)
    return len(words) >= 4 and _english_ratio(text) < 0.1

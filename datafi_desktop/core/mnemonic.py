"""BIP-39 mnemonics: parse, generate, derive ``m/44'/60'/0'/0/i``, and the write-it-down check.

Parsing never echoes the phrase: an error names the position of a bad word or the
word count, never a word. A parsed phrase is held by :class:`Bip39Phrase`, whose
``repr`` shows only the word count and the language.

>>> phrase = parse_mnemonic("test test test test test test test test test test test junk")
>>> phrase
Bip39Phrase(words=12, language='english')
>>> phrase.address(0)
'0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
>>> derivation_path(1)
"m/44'/60'/0'/0/1"
>>> verify_mnemonic_confirmation(phrase, {3: "test", 12: "junk"})
True
"""

from __future__ import annotations

import hashlib
import hmac
import random
import unicodedata
from collections.abc import Mapping
from typing import Any

from .errors import InvalidMnemonicError

#: BIP-44 path of Ethereum account ``i``: ``m/44'/60'/0'/0/i``.
PATH_PREFIX = "m/44'/60'/0'/0/"
#: Word counts a new wallet may have.
CREATE_WORD_COUNTS = (12, 24)
#: Word counts an imported phrase may have (every BIP-39 length).
IMPORT_WORD_COUNTS = (12, 15, 18, 21, 24)
#: The last non-hardened BIP-32 child index.
MAX_INDEX = 2**31 - 1
#: A phrase longer than this is refused before it is looked at.
MAX_PHRASE_CHARS = 1024


def derivation_path(index: int) -> str:
    """The derivation path of account ``index`` (0 ≤ index < 2**31)."""
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index <= MAX_INDEX:
        raise ValueError(f"account index must be an integer from 0 to {MAX_INDEX}")
    return f"{PATH_PREFIX}{index}"


class Bip39Phrase:
    """A checked BIP-39 phrase (empty BIP-39 passphrase). Its repr shows no word.

    Build one with :func:`parse_mnemonic`, :func:`generate_mnemonic` or
    :meth:`from_entropy`.
    """

    __slots__ = ("_entropy", "_language", "_phrase")

    def __init__(self, entropy: bytes, language: str = "english") -> None:
        if len(entropy) not in (16, 20, 24, 28, 32):
            raise InvalidMnemonicError("BIP-39 entropy must be 16, 20, 24, 28 or 32 bytes")
        Mnemonic, Language = _bip39()
        if language not in Mnemonic.list_languages():
            raise InvalidMnemonicError(f"unknown BIP-39 language {language[:32]!r}")
        self._entropy = bytes(entropy)
        self._language = language
        self._phrase = Mnemonic(Language(language)).to_mnemonic(self._entropy)

    @classmethod
    def from_entropy(cls, entropy: bytes, language: str = "english") -> Bip39Phrase:
        return cls(entropy, language)

    @property
    def phrase(self) -> str:
        """The words, separated by single spaces (ideographic spaces for Japanese)."""
        return self._phrase

    @property
    def words(self) -> list[str]:
        return _split(self._phrase)

    @property
    def word_count(self) -> int:
        return len(self._entropy) * 3 // 4

    @property
    def language(self) -> str:
        return self._language

    @property
    def entropy(self) -> bytes:
        return self._entropy

    def private_key(self, index: int) -> bytes:
        """The 32-byte private key of account ``index`` (``m/44'/60'/0'/0/index``)."""
        path = derivation_path(index)
        key = b""
        try:
            # The same steps as Account.from_mnemonic, minus its language detection,
            # which refuses phrases whose words exist in two word lists.
            from eth_account.hdaccount import key_from_seed

            key = bytes(key_from_seed(_bip39()[0].to_seed(self._phrase), path))
        except Exception:  # eth-account quotes the phrase in its messages: never re-raise
            key = b""
        if len(key) != 32:
            raise InvalidMnemonicError("the mnemonic could not be derived")
        return key

    def address(self, index: int) -> str:
        """The checksummed address of account ``index``."""
        from eth_keys import keys

        return str(keys.PrivateKey(self.private_key(index)).public_key.to_checksum_address())

    def __repr__(self) -> str:
        return f"Bip39Phrase(words={self.word_count}, language={self._language!r})"

    def __str__(self) -> str:
        return self.__repr__()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Bip39Phrase):
            return NotImplemented
        return hmac.compare_digest(self._entropy, other._entropy) and (
            self._language == other._language
        )

    def __hash__(self) -> int:
        return hash((Bip39Phrase, self.word_count, self._language))

    def __reduce__(self) -> Any:
        raise TypeError("a mnemonic is not picklable")


def generate_mnemonic(words: int = 12) -> Bip39Phrase:
    """A new English phrase of 12 or 24 words from the OS random generator.

    >>> generate_mnemonic(24).word_count
    24
    """
    if words not in CREATE_WORD_COUNTS:
        raise ValueError("a new mnemonic has 12 or 24 words")
    from eth_account import Account

    Account.enable_unaudited_hdwallet_features()
    _account, phrase = Account.create_with_mnemonic(num_words=words)
    return parse_mnemonic(phrase)


def parse_mnemonic(text: str | Bip39Phrase) -> Bip39Phrase:
    """Check a phrase typed by a person; raise :class:`InvalidMnemonicError` if it is not BIP-39.

    Case, extra whitespace and unique four-letter prefixes ("aban" for "abandon") are
    accepted. Every language of the BIP-39 word lists is recognised; English wins
    when the words fit several.
    """
    if isinstance(text, Bip39Phrase):
        return text
    if not isinstance(text, str):
        raise InvalidMnemonicError("a mnemonic must be text")
    if len(text) > MAX_PHRASE_CHARS:
        raise InvalidMnemonicError("the mnemonic is too long to be a BIP-39 phrase")
    words = _split(text)
    if len(words) not in IMPORT_WORD_COUNTS:
        raise InvalidMnemonicError(
            f"a BIP-39 mnemonic has 12, 15, 18, 21 or 24 words, this one has {len(words)}"
        )
    fitting: list[tuple[str, list[int]]] = []
    best_unknown: int | None = None
    best_known = -1
    for language in _languages():
        Mnemonic, Language = _bip39()
        wordlist = Mnemonic(Language(language)).wordlist
        positions = {word: i for i, word in enumerate(wordlist)}
        indices: list[int] = []
        unknown: int | None = None
        for n, word in enumerate(words, start=1):
            found = positions.get(word)
            if found is None:
                found = _expand(word, wordlist, positions)
            if found is None:
                unknown = unknown or n
            else:
                indices.append(found)
        if unknown is None:
            fitting.append((language, indices))
        elif len(indices) > best_known:
            best_known, best_unknown = len(indices), unknown
    if not fitting:
        raise InvalidMnemonicError(f"word #{best_unknown} is not in the BIP-39 word list")
    for language, indices in fitting:
        entropy = _entropy_if_checksum_ok(indices)
        if entropy is not None:
            return Bip39Phrase(entropy, language)
    raise InvalidMnemonicError(
        "the mnemonic checksum does not match: a word is mistyped or out of order"
    )


def mnemonic_challenge(
    words: int | str | Bip39Phrase, k: int = 3, rng: random.Random | None = None
) -> list[int]:
    """Pick ``k`` distinct 1-based word positions, sorted, for the user to type back.

    >>> mnemonic_challenge(12, k=3, rng=random.Random(7))
    [3, 6, 7]
    """
    if isinstance(words, Bip39Phrase):
        count = words.word_count
    elif isinstance(words, str):
        count = len(_split(words))
    else:
        count = int(words)
    if count < 1 or not 1 <= k <= count:
        raise ValueError("k must be between 1 and the number of words")
    chooser = rng if rng is not None else random.SystemRandom()
    return sorted(chooser.sample(range(1, count + 1), k))


def verify_mnemonic_confirmation(mnemonic: str | Bip39Phrase, answers: Mapping[int, str]) -> bool:
    """True when every answer (1-based position → word) matches the phrase.

    Case and surrounding spaces are ignored; an empty ``answers`` is never a confirmation.

    >>> verify_mnemonic_confirmation("test " * 11 + "junk", {1: "Test ", 12: "junk"})
    True
    >>> verify_mnemonic_confirmation("test " * 11 + "junk", {12: "test"})
    False
    """
    words = mnemonic.words if isinstance(mnemonic, Bip39Phrase) else _split(mnemonic)
    if not answers:
        return False
    ok = True
    for position, answer in answers.items():
        if not isinstance(position, int) or not 1 <= position <= len(words):
            return False
        given = _split(answer if isinstance(answer, str) else "")
        typed = given[0] if len(given) == 1 else ""
        ok &= hmac.compare_digest(typed.encode(), words[position - 1].encode())
    return ok


# --- helpers ------------------------------------------------------------------------


def _split(text: str) -> list[str]:
    return unicodedata.normalize("NFKD", text).lower().split()


def _languages() -> list[str]:
    names = _bip39()[0].list_languages()
    return ["english", *(n for n in names if n != "english")]


def _expand(prefix: str, wordlist: list[str], positions: dict[str, int]) -> int | None:
    """The index of the single word starting with ``prefix`` (≥ 4 letters), else None."""
    if len(prefix) < 4:
        return None
    matches = [w for w in wordlist if w.startswith(prefix)]
    return positions[matches[0]] if len(matches) == 1 else None


def _entropy_if_checksum_ok(indices: list[int]) -> bytes | None:
    total_bits = 11 * len(indices)
    checksum_bits = total_bits // 33
    entropy_bits = total_bits - checksum_bits
    value = 0
    for index in indices:
        value = (value << 11) | index
    entropy = (value >> checksum_bits).to_bytes(entropy_bits // 8, "big")
    checksum = value & ((1 << checksum_bits) - 1)
    expected = hashlib.sha256(entropy).digest()[0] >> (8 - checksum_bits)
    return entropy if checksum == expected else None


def _bip39() -> tuple[Any, Any]:
    """eth-account's BIP-39 ``Mnemonic`` and ``Language``, imported when first needed
    (eth-account's import costs about half a second; opening the app needs none of it)."""
    from eth_account.hdaccount.mnemonic import Mnemonic
    from eth_account.types import Language

    return Mnemonic, Language

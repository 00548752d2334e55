"""Which language a block is written in: English or French, decided line by line.

News captions are short and full of names ("CNSA x Thailand", "Roscosmos et la NASA"), where
a statistical identifier alone hesitates. We mask proper names, count function words and
elisions (``l'``, ``d'``), and ask lingua only when that evidence is thin.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

LANGS: tuple[str, ...] = ("en", "fr")
OTHER = "other"  # a block in neither language: skipped, with a warning on the document

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_ELISION = re.compile(r"\b[cdjlmnst]['’](?=[^\W\d_])|\bqu['’](?=[^\W\d_])", re.IGNORECASE)
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*|\b[A-Z]{2,}\b|\([^)]*\)")
_APOSTROPHE = re.compile(r"['’]")
_BEYOND_LATIN = re.compile("[\u0250-\U0010ffff]")  # characters past the Latin blocks (IPA, Greek, Cyrillic, CJK...)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    data = json.loads(resources.files(__package__).joinpath("function_words.json").read_text("utf-8"))
    return {lang: frozenset(data[lang]) for lang in LANGS}


@lru_cache(maxsize=1)
def _shared_function_words() -> frozenset[str]:
    """English and French function words a third Latin-script language has too ("la", "de", "in", "was")."""
    data = json.loads(resources.files(__package__).joinpath("function_words.json").read_text("utf-8"))
    return frozenset(data["shared_with_other_languages"])


@lru_cache(maxsize=1)
def _lingua():
    """The lingua detector restricted to English and French (built once; ~50 ms; its models load on first use).

    High-accuracy mode: it is asked only about the short lines function words leave undecided, and there
    the low-accuracy mode was measured less right (dev macro-F1 0.901 against 0.909).
    """
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a core dependency
        return None
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()


# Latin-script languages that scraped European news mixes with English and French
_OTHER_LATIN = ("GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "POLISH")
_OTHER_CONFIDENCE = 0.7
# a block shorter than this is never skipped as a third language: a short line of names and numbers tells nothing,
# but a four-word German or Spanish headline ("Deutschland unterzeichnet das Artemis-Abkommen") does
_OTHER_MIN_WORDS = 4
# English and French prose is about 40% function words; a block with fewer than one word in this many is
# asked to lingua (a German paragraph meets two by chance: "in", "des Mondes")
_FUNCTION_WORD_SHARE = 6
_PARTS = re.compile(r"(?<=[.!?…])\s+|\s+[/|]\s+")  # sentences, and the halves of "FR / EN" lines


@lru_cache(maxsize=1)
def _wide_lingua():
    """A low-accuracy detector over English, French and :data:`_OTHER_LATIN` (trigram models only).

    It only nominates a candidate language: ~17 MB and ~1 s to load, where the high-accuracy
    models of all eight languages take ~200 MB and several seconds. Built once, on first use.
    """
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover
        return None
    languages = [Language.ENGLISH, Language.FRENCH, *(getattr(Language, name) for name in _OTHER_LATIN)]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


@lru_cache(maxsize=len(_OTHER_LATIN))
def _confirming_lingua(language_name: str):
    """A high-accuracy detector over English, French and the one candidate language (built once per candidate).

    lingua shares loaded models between detectors, so this adds only the candidate's models
    to those of :func:`_lingua`.
    """
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH,
                                                  getattr(Language, language_name)).build()


def is_other_language(text: str) -> bool:
    """True for a block written in neither English nor French (Cyrillic, CJK, German...).

    Cheap cues first (script, English and French function words, length); then a low-accuracy
    detector nominates a language, and only a block it gives to a third language is confirmed
    by the high-accuracy models of English, French and that language.
    """
    if not any(map(str.isalpha, text)):
        return False
    beyond = _BEYOND_LATIN.findall(text)  # most texts have none: then every letter is a Latin one
    if beyond:
        letters = sum(map(str.isalpha, text))
        latin = letters - sum(map(str.isalpha, beyond))
        if latin / letters < 0.5:
            return True
    words = len(_WORD.findall(text))
    if words < _OTHER_MIN_WORDS or _function_words_reach(text, max(2, words // _FUNCTION_WORD_SHARE),
                                                          skip=_shared_function_words()):
        return False
    if len(_WORD.findall(_PROPER.sub(" ", text))) < 3:
        return False  # names and acronyms alone ("Vega VV23 | THEOS-2 | GISTDA") are no language's evidence
    detector = _wide_lingua()
    if detector is None:
        return False
    sample = text[:2000]
    candidate = detector.compute_language_confidence_values(sample)[0].language.name
    if candidate not in _OTHER_LATIN:
        return False
    confirming = _confirming_lingua(candidate)
    top = confirming.compute_language_confidence_values(sample)[0]
    if top.language.name in ("ENGLISH", "FRENCH") or top.value <= _OTHER_CONFIDENCE:
        return False
    return not _holds_english_or_french(sample, confirming)


def _holds_english_or_french(text: str, confirming) -> bool:
    """Whether one sentence or one half of a bilingual line ("FR / EN") of ``text`` is English or French.

    A block that is mostly another language may still carry our languages: a title and its translation
    around a slash, where the names tip the whole toward German, or "Thank you very much." before a
    thank-you in Polish. Such a block is read (its language found run by run later), not skipped; a part
    needs three words once names are removed, so a German paragraph is not rescued by a name or a short
    phrase that happens to look English.
    """
    for part in _PARTS.split(text):
        plain = _PROPER.sub(" ", part)
        if len(_WORD.findall(plain)) < 3:
            continue
        if confirming.compute_language_confidence_values(plain)[0].language.name in ("ENGLISH", "FRENCH"):
            return True
    return False


def _word_hits(text: str) -> Iterator[tuple[bool, bool]]:
    """For each word of ``text``: whether it is an English and whether it is a French function word.

    An elision ("l'agence") counts as the word after it; only a word with an apostrophe can be one.
    """
    words = _function_words()
    english, french = words["en"], words["fr"]
    for word in _WORD.findall(text):
        lower = word.lower()
        if ("'" in word or "’" in word) and _ELISION.match(word):
            lower = _APOSTROPHE.split(lower)[-1]
        yield lower in english, lower in french


def _function_words_reach(text: str, enough: int, skip: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` holds at least ``enough`` English and French function words and elisions together.

    The sum :func:`function_word_scores` would give, but the reading stops once it is reached (a paragraph
    of prose reaches 2 within its first words). Words in ``skip`` (those a third language shares) do not count.
    """
    found = len(_ELISION.findall(text))
    if skip:
        for word in _WORD.findall(text):
            if found >= enough:
                break
            if word.lower() not in skip:
                en, fr = next(_word_hits(word), (False, False))
                found += en + fr
        return found >= enough
    for en, fr in _word_hits(text):
        if found >= enough:
            break
        found += en + fr
    return found >= enough


def function_word_scores(text: str) -> dict[str, int]:
    """Count English and French function words (and French elisions) in ``text``."""
    en, fr = 0, len(_ELISION.findall(text))
    for is_en, is_fr in _word_hits(text):
        en += is_en
        fr += is_fr
    return {"en": en, "fr": fr}


def identify(text: str, default: str = "en") -> str:
    """Return ``"en"`` or ``"fr"`` for one short text; ``default`` when nothing tells them apart."""
    return _identify(text, default, function_word_scores(text))


def _identify(text: str, default: str, scores: dict[str, int]) -> str:
    """:func:`identify` given the text's :func:`function_word_scores` (callers that need them too count once)."""
    margin = scores["fr"] - scores["en"]
    if abs(margin) >= 2:
        return "fr" if margin > 0 else "en"
    detector = _lingua()
    masked = _PROPER.sub(" ", text)
    sample = masked if len(_WORD.findall(masked)) >= 2 else text
    if detector is not None and _WORD.search(sample):
        values = {v.language.name: v.value for v in detector.compute_language_confidence_values(sample)}
        fr, en = values.get("FRENCH", 0.0), values.get("ENGLISH", 0.0)
        if abs(fr - en) >= 0.2:
            return "fr" if fr > en else "en"
        # weak statistical evidence: let the function words break the tie
        if margin:
            return "fr" if margin > 0 else "en"
        return "fr" if fr > en else "en"
    if margin:
        return "fr" if margin > 0 else "en"
    return default


def identify_certain(text: str, default: str = "en") -> tuple[str, bool]:
    """``(lang, certain)``: :func:`identify`, and whether the text itself decided it.

    A short line of names and one common word ("TUA satellites") is *uncertain*: neither
    function words (margin under 2) nor enough ordinary words (under 4 once names are
    masked) tell the languages apart, so a caller may take the document's language instead.
    """
    scores = function_word_scores(text)
    lang = _identify(text, default, scores)
    if abs(scores["fr"] - scores["en"]) >= 2:
        return lang, True
    return lang, len(_WORD.findall(_PROPER.sub(" ", text))) >= 4


def preload() -> None:
    """Build the English/French detector and load its models now, not on the first short line.

    lingua reads its models on first use; a service pays that start-up before its first request.
    """
    detector = _lingua()
    if detector is not None:
        detector.compute_language_confidence_values("the agency signed / l'agence a signé")


def preload_in_background() -> threading.Thread:
    """:func:`preload` in a daemon thread, started now; returns the thread.

    lingua loads its models in native code that releases the GIL, so on a second core this overlaps
    with what a new process does before its first document (importing spaCy, loading the pipelines) instead of
    adding about a second to its first record. The detector is built here, before the thread starts, so both
    threads use the same one. Never start it in a process that forks workers before the thread has ended.
    """
    _lingua()
    thread = threading.Thread(target=preload, name="spacerec-lingua-preload", daemon=True)
    thread.start()
    _PRELOADS.append(thread)
    return thread


_PRELOADS: list[threading.Thread] = []  # the threads preload_in_background started


def join_preloads() -> None:
    """Wait for the threads of :func:`preload_in_background` to end: call it before forking worker processes.

    A process forked while lingua loads its models in another thread would copy its locks held, and hang on its
    first use of lingua.
    """
    while _PRELOADS:
        _PRELOADS.pop().join()


def split_mixed(text: str) -> list[tuple[int, int, str]]:
    """Split a line that holds both languages into ``(start, end, lang)`` runs.

    Only splits at sentence ends, so an English name inside a French sentence never
    splits it. A single-language text comes back as one run.
    """
    bounds = [0] + [m.end() for m in re.finditer(r"[.!?…]+[\"”»]?\s+(?=\S)", text)] + [len(text)]
    runs: list[tuple[int, int, str]] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start == end:
            continue
        lang = identify(text[start:end])
        if runs and runs[-1][2] == lang:
            runs[-1] = (runs[-1][0], end, lang)
        else:
            runs.append((start, end, lang))
    if len(runs) > 1 and any(len(_WORD.findall(text[s:e])) < 4 for s, e, _ in runs):
        # a short run is more likely a quoted name than a translation: keep the line whole
        return [(0, len(text), identify(text))]
    return runs

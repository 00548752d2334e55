"""spacerec: structured records of space agencies, missions and agreements from news text."""

__version__ = "0.1.0"

__all__ = ["Extractor", "__version__"]


def __getattr__(name: str):
    # imported lazily so that `import spacerec.records` (loaders, the evaluator) does not load spaCy
    if name == "Extractor":
        from .extractor import Extractor

        return Extractor
    raise AttributeError(name)


def __dir__() -> list[str]:
    # the lazily imported names show in dir(spacerec) and tab completion
    return sorted({*globals(), *__all__})

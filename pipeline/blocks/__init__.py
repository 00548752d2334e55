"""Text -> blocks (title, body, caption, credit) with their language."""

from .language import identify, split_mixed
from .segment import Block, Segmentation, segment

__all__ = ["Block", "Segmentation", "identify", "segment", "split_mixed"]

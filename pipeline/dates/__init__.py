"""Date candidates, parsing with dateparser, and year resolution."""

from .parse import DateMatch, DateValue, find_dates, find_relative, parse_date

__all__ = ["DateMatch", "DateValue", "find_dates", "find_relative", "parse_date"]

"""A message that is English text and can also be said in the user's language (no Qt).

A Qt-free module that raises errors the app shows (the voice store, downloads, the
catalogue) cannot call Qt's `tr()`. It raises its error with a `Said` instead of a
formatted string: a `str` holding the English (what the command line, the logs and
`str(error)` see, exactly as before), which also keeps the sentence marked with
`QT_TRANSLATE_NOOP` and its values, so that the app can say it again through its
`translate` and `Numbers` (`said(error, qt_translate, locale_numbers())`).

Values are written as they are, except a whole number (a count, written by
`numbers.integer`: `1,234`, `1.234`) and a nested `Said` (said in the same language).
"""

from __future__ import annotations

from typing import ClassVar

from anapana.i18n.numbers import ENGLISH, Numbers
from anapana.i18n.wording import Translate, arg, english


class Said(str):
    """`text` (marked in the subclass's `context`) with its `%1`… `values` filled in."""

    context: ClassVar[str] = ""
    text: str
    values: tuple[object, ...]

    def __new__(cls, text: str, *values: object) -> Said:
        self = super().__new__(cls, _fill(cls.context, text, values, english, ENGLISH))
        self.text = text
        self.values = values
        return self

    def said(self, translate: Translate = english, numbers: Numbers = ENGLISH) -> str:
        """The sentence through `translate`, its numbers written by `numbers`."""
        return _fill(self.context, self.text, self.values, translate, numbers)

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep the values
        return (type(self), (self.text, *self.values))


def _fill(context: str, text: str, values: tuple[object, ...], translate: Translate,
          numbers: Numbers) -> str:
    def written(value: object) -> object:
        if isinstance(value, Said):
            return value.said(translate, numbers)
        if isinstance(value, int) and not isinstance(value, bool):
            return numbers.integer(value)
        return value

    return arg(translate(context, text), *(written(value) for value in values))


def words_of(error: BaseException) -> str:
    """What `error` says: the `Said` it was raised with (to be said again in the user's
    language), else its own text (or, when it has none, its name)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Said) else (str(error) or type(error).__name__)


def said(message: object, translate: Translate = english, numbers: Numbers = ENGLISH) -> str:
    """An error's (or a message's) words in the language of `translate`: a `Said` (or an
    error raised with one) is translated, anything else says itself as it is."""
    if isinstance(message, BaseException):
        message = words_of(message)
    if isinstance(message, Said):
        return message.said(translate, numbers)
    return str(message)

"""Words for people that another language can replace: English text that remembers its template.

The domain has no Qt, yet its messages (a file's problems, a certificate's verdict) are shown
in the window, which speaks the person's language. So such a message is `Words`: a `str` — the
English, as the command line, `check --json` and the log use it — that also keeps its English
template with named `{placeholders}`, the values that fill them, and the context its
translation is filed under. The window translates the template with Qt's catalogue and fills
it in again (`ui.widgets.translation.say`); anything else just uses the string.

`translate("Context", "template").fill(name=value)` is the one way to make words: PySide6's
`lupdate` finds the calls by that name and files the templates in the `.ts` sources under
that context. A value may itself be `Words` (a reason inside a sentence), translated in turn;
any other value is data (a key, a number, a URL), shown as it is.
"""

from __future__ import annotations

import contextlib
import string
from collections.abc import Callable


class Words(str):
    """English text made from a template; `context`, `template` and `values` rebuild it in
    another language."""

    __slots__ = ("context", "template", "trim", "values")
    context: str
    template: str
    values: tuple[tuple[str, str], ...]
    # Characters taken off the end once the words are made (a sentence's full stop, say).
    trim: str

    def __new__(
        cls, context: str, template: str, values: tuple[tuple[str, str], ...], trim: str = ""
    ) -> Words:
        text = template
        if "{" in template:
            # Not filled yet (a KeyError): fill() makes the words that are shown.
            with contextlib.suppress(KeyError, IndexError, ValueError):
                text = template.format_map(dict(values))
        self = super().__new__(cls, text.rstrip(trim) if trim else text)
        self.context = context
        self.trim = trim
        self.template = template
        self.values = values
        return self

    def render(self, template_of: Callable[[Words], str]) -> str:
        """These words with `template_of(words)` as each template (a translation, say) and the
        values filled in; a translation whose placeholders do not fit gives the English."""
        filled = {
            name: value.render(template_of) if isinstance(value, Words) else value
            for name, value in self.values
        }
        try:
            text = template_of(self).format_map(filled)
        except (KeyError, IndexError, ValueError):
            return str(self)
        return text.rstrip(self.trim) if self.trim else text

    def fill(self, **values: object) -> Words:
        """These words with their placeholders filled; each value that is not already a `str`
        is shown with str()."""
        given = tuple(
            (name, value if isinstance(value, str) else str(value))
            for name, value in values.items()
        )
        return Words(self.context, self.template, self.values + given)

    def without_end(self, chars: str) -> Words:
        """These words with `chars` taken off their end, in every language (as str.rstrip)."""
        return Words("", "{text}", (("text", self),), chars)

    def __reduce__(self) -> tuple[object, ...]:
        return (Words, (self.context, self.template, self.values, self.trim))


def translate(context: str, template: str, /) -> Words:
    """Words in `context` from an English `template`, to be filled with `.fill(name=value)`
    when it has placeholders (lupdate reads only calls with these two literal arguments)."""
    return Words(context, template, ())


def joined(parts: list[Words], separator: str = " ") -> Words:
    """Several words as one, each translated on its own (sentences one after the other)."""
    names = [f"part{index}" for index in range(len(parts))]
    template = separator.join("{" + name + "}" for name in names)
    return Words("", template, tuple(zip(names, parts, strict=True)))


def words_of(error: BaseException) -> str:
    """What `error` was raised with: its `Words` as they are (still translatable), else its
    text (str() of an exception is plain text, its template lost)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)


# What words from another process may hold: more than any message of ours needs.
_MOST_DEPTH, _MOST_VALUES, _MOST_CHARS = 6, 32, 8192


def words_to_json(text: str) -> dict[str, object] | None:
    """`text`'s context, template and values, for another process to say in its own language
    (the profile's owner answering a command); None for plain text."""
    if not isinstance(text, Words):
        return None
    return {
        "context": text.context,
        "template": text.template,
        "trim": text.trim,
        "values": [[name, words_to_json(value) or value] for name, value in text.values],
    }


def words_from_json(data: object, english: str) -> str:
    """The words `words_to_json` wrote, when they are sound and say exactly `english` (the
    plain text sent beside them); else `english` itself. A peer's words can change the
    language of a message, never what it says."""
    words = _words_from(data, 0)
    return words if words is not None and str(words) == english else english


def _words_from(data: object, depth: int) -> Words | None:
    if depth > _MOST_DEPTH or not isinstance(data, dict):
        return None
    context, template, trim, values = (
        data.get(k) for k in ("context", "template", "trim", "values")
    )
    if not (
        isinstance(context, str)
        and isinstance(template, str)
        and isinstance(trim, str)
        and isinstance(values, list)
        and len(values) <= _MOST_VALUES
        and len(template) <= _MOST_CHARS
        and _plain_fields(template)
    ):
        return None
    pairs: list[tuple[str, str]] = []
    for item in values:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)):
            return None
        name, value = item
        if isinstance(value, dict):
            value = _words_from(value, depth + 1)
        if not isinstance(value, str) or len(value) > _MOST_CHARS:
            return None
        pairs.append((name, value))
    return Words(context, template, tuple(pairs), trim)


def _plain_fields(template: str) -> bool:
    """Every placeholder of `template` is a bare {name}: no attribute, index, conversion or
    format spec (a width of a billion would fill memory)."""
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        return False
    return all(
        name is None or (name.isidentifier() and not spec and conversion is None)
        for _, name, spec, conversion in fields
    )

"""The `.properties` text format on its own: lines, separators, comments, escapes, encodings."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nbwss_gui.domain.properties import (
    Entry,
    SyntaxIssue,
    comment,
    decode,
    escape_key,
    escape_value,
    read,
    write,
)

FUZZ = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def pairs(text: str) -> list[tuple[str, str]]:
    entries, issues = read(text)
    assert issues == []
    return [(entry.key, entry.value) for entry in entries]


# separators


@pytest.mark.parametrize(
    "line",
    [
        "Truth=Beauty",
        "Truth = Beauty",
        "Truth:Beauty",
        "Truth                    :Beauty",
        "Truth Beauty",
        "  Truth\t=\tBeauty",
        "\f Truth: Beauty",
    ],
)
def test_every_separator_of_the_java_format(line: str) -> None:
    assert pairs(line) == [("Truth", "Beauty")]


def test_only_the_first_separator_counts() -> None:
    assert pairs("a = = b") == [("a", "= b")]
    assert pairs("a : b=c:d") == [("a", "b=c:d")]
    assert pairs("a b c") == [("a", "b c")]


def test_a_key_alone_has_an_empty_value() -> None:
    assert pairs("cheeses\nmilk=\nbutter :   ") == [("cheeses", ""), ("milk", ""), ("butter", "")]


def test_trailing_white_space_belongs_to_the_value() -> None:
    assert pairs("a=1  ") == [("a", "1  ")]


def test_a_line_starting_with_a_separator_has_an_empty_key() -> None:
    assert pairs("=value") == [("", "value")]


# comments and blank lines


def test_comments_and_blank_lines_are_skipped() -> None:
    text = "# a comment\n! another\n\n   \n\t# indented comment\na=1\n  !b=2\nc=3 # not a comment\n"
    assert pairs(text) == [("a", "1"), ("c", "3 # not a comment")]


def test_a_comment_never_continues() -> None:
    assert pairs("# ends in a backslash \\\na=1") == [("a", "1")]


def test_line_numbers_count_every_natural_line() -> None:
    entries, _ = read("# one\n\na=1\nb=2\\\n  more\nc=3")
    assert [(e.key, e.line) for e in entries] == [("a", 3), ("b", 4), ("c", 6)]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_line_terminator(newline: str) -> None:
    text = newline.join(["a=1", "# c", "b=2\\", "   3", ""])
    entries, _ = read(text)
    assert [(e.key, e.value, e.line) for e in entries] == [("a", "1", 1), ("b", "23", 3)]


# continuations


def test_a_trailing_backslash_joins_the_next_line_without_its_indent() -> None:
    text = (
        "fruits    apple, banana, pear, \\\n                 cantaloupe, watermelon, \\\n    kiwi"
    )
    assert pairs(text) == [("fruits", "apple, banana, pear, cantaloupe, watermelon, kiwi")]


def test_an_even_number_of_backslashes_is_not_a_continuation() -> None:
    assert pairs("a=x\\\\\nb=y") == [("a", "x\\"), ("b", "y")]


def test_a_continued_line_starting_with_a_hash_is_not_a_comment() -> None:
    assert pairs("a=1\\\n  #2") == [("a", "1#2")]


def test_a_backslash_on_the_last_line_is_dropped() -> None:
    assert pairs("a=1\\") == [("a", "1")]


def test_a_blank_continuation_line_ends_the_value() -> None:
    assert pairs("a=1\\\n   \nb=2") == [("a", "1"), ("b", "2")]


def test_a_key_may_continue_too() -> None:
    assert pairs("keep\\\n  Alive=1") == [("keepAlive", "1")]


# escapes


def test_character_escapes() -> None:
    assert pairs(r"a=\t\n\r\f|\\|\q\"") == [("a", '\t\n\r\f|\\|q"')]


def test_escaped_separators_and_spaces_in_keys() -> None:
    assert pairs(r"a\=b\:c\ d = v") == [("a=b:c d", "v")]
    assert pairs(r"\#not\!comment=1") == [("#not!comment", "1")]


def test_an_escaped_leading_space_is_kept_in_the_value() -> None:
    assert pairs(r"a=\  two") == [("a", "  two")]


def test_unicode_escapes() -> None:
    assert pairs(r"a=caf\u00e9 \u00C9") == [("a", "café É")]
    assert pairs(r"k\u00e9y=1") == [("kéy", "1")]


def test_a_surrogate_pair_is_one_character() -> None:
    assert pairs(r"a=\uD83D\uDE00!") == [("a", "😀!")]


@pytest.mark.parametrize("bad", [r"\u12", r"\u12G4", r"\u", r"\u 123"])
def test_a_malformed_unicode_escape_is_an_issue_at_its_line(bad: str) -> None:
    entries, issues = read(f"ok=1\n\nbad=x{bad}\nalso=2")
    assert [e.key for e in entries] == ["ok", "also"]
    [issue] = issues
    assert issue.line == 3
    assert "\\uXXXX" in issue.message and "four hexadecimal digits" in issue.message


def test_a_lone_surrogate_is_an_issue() -> None:
    entries, issues = read("a=\\uD83D.")
    assert entries == []
    assert issues == [
        SyntaxIssue(1, "\\uD83D is half of a character (a UTF-16 surrogate without its pair)")
    ]


def test_non_ascii_text_as_is() -> None:
    assert pairs("clé=été ✓") == [("clé", "été ✓")]


# decoding


def test_utf8_with_and_without_a_byte_order_mark() -> None:
    assert decode("a=é".encode()) == ("a=é", None)
    assert decode(b"\xef\xbb\xbf" + "a=é".encode()) == ("a=é", None)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark(codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    assert decode(bom + "a=é😀".encode(codec)) == ("a=é😀", None)


def test_latin1_fallback_with_a_notice() -> None:
    text, notice = decode(b"a=1\nb=caf\xe9")
    assert text == "a=1\nb=café"
    assert notice is not None
    assert "not UTF-8" in notice and "byte 9" in notice and "ISO-8859-1" in notice


def test_broken_utf16_falls_back_with_a_notice() -> None:
    text, notice = decode(b"\xff\xfea\x00=\x00\x00\xd8")
    assert notice is not None and "UTF-16" in notice
    assert text.startswith("\xff\xfe")


# writing


def test_escaping_keys_and_values() -> None:
    assert escape_key("a b=c:d#e!f\\") == r"a\ b\=c\:d\#e\!f\\"
    assert escape_value(" lead and inner spaces ") == r"\ lead and inner spaces "
    assert escape_value("=:#!") == "=:#!"
    assert escape_value("tab\tnl\ncr\rff\f") == r"tab\tnl\ncr\rff\f"
    assert escape_value("é😀\x7f\x00") == r"\u00E9\uD83D\uDE00\u007F\u0000"


def test_comments_are_ascii_lines() -> None:
    assert comment("one\ntwo é") == ["# one", r"# two \u00E9"]
    assert comment("") == ["#"]


def test_write_gives_lines_read_turns_back() -> None:
    lines = write([("#k", " v"), ("a:b", "c\\"), ("x", "")])
    assert lines == [r"\#k=\ v", r"a\:b=c\\", "x="]
    assert pairs("\n".join(lines)) == [("#k", " v"), ("a:b", "c\\"), ("x", "")]


@FUZZ
@given(
    st.lists(st.tuples(st.text(min_size=1), st.text()), max_size=8),
)
def test_any_pairs_survive_write_and_read(items: list[tuple[str, str]]) -> None:
    lines = write(items)
    text = "\n".join(lines)
    assert text.isascii()
    entries, issues = read(text)
    assert issues == []
    assert [(e.key, e.value) for e in entries] == items
    assert [e.line for e in entries] == list(range(1, len(items) + 1))


TRICKY = st.text(alphabet="ab=: \t\f\\\n\r#!u0D8é", max_size=60)


@FUZZ
@given(TRICKY)
def test_any_text_reads_without_raising(text: str) -> None:
    entries, issues = read(text)
    assert all(isinstance(e, Entry) for e in entries)
    assert all(issue.line >= 1 for issue in issues)
    lines = max(1, text.count("\n") + text.count("\r") + 1)
    assert all(1 <= e.line <= lines for e in entries)

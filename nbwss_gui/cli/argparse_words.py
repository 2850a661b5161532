"""argparse's own words, filed in the catalogue so that the commands' help and usage errors
speak one language: "usage: ", "options", "the following arguments are required: %s".

argparse asks gettext for them itself, without a context, in the domain the command line
binds (cli/language.py); packaging/ts_to_mo.py writes this context's messages without one.
Nothing imports this module at run time: it is where `lupdate` finds the words. Their
`%` placeholders are argparse's and must stay as they are in every translation;
tests/unit/test_cli_language.py checks that each one is still in the running Python's argparse.
"""

from __future__ import annotations

from nbwss_gui.domain.words import translate

ARGPARSE_WORDS = (
    translate("argparse", "usage: "),
    translate("argparse", "options"),
    translate("argparse", "positional arguments"),
    translate("argparse", "show this help message and exit"),
    translate("argparse", "%(prog)s: error: %(message)s\n"),
    translate("argparse", "argument %(argument_name)s: %(message)s"),
    translate("argparse", "the following arguments are required: %s"),
    translate("argparse", "one of the arguments %s is required"),
    translate("argparse", "unrecognized arguments: %s"),
    translate("argparse", "not allowed with argument %s"),
    translate("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    translate("argparse", "invalid %(type)s value: %(value)r"),
    translate("argparse", "expected one argument"),
    translate("argparse", "expected at least one argument"),
    translate("argparse", "ignored explicit argument %r"),
)

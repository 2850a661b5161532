"""The command line's proxy options (SPEC §4.6): `--proxy URL` or `--no-proxy`, else the
profile's saved proxy settings (Settings > Proxy), whose password comes from the keyring."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from nbwss_gui.cli.language import say
from nbwss_gui.domain.words import translate, words_of

if TYPE_CHECKING:
    from nbwss_gui.services.proxy import Proxies, ProxyChoice

PROXY_HELP = translate(
    "ProxyOptions",
    "go through this HTTP proxy, http://host:port, for this command, instead of the saved "
    "proxy settings (its user name and password, if it wants them, are the ones saved in "
    "Settings > Proxy; never put a password on the command line)",
)
NO_PROXY_HELP = translate(
    "ProxyOptions", "connect directly for this command, whatever the proxy settings say"
)


def add_proxy_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--proxy", metavar="URL", type=_proxy_address, help=say(PROXY_HELP))
    group.add_argument("--no-proxy", action="store_true", help=say(NO_PROXY_HELP))


def _proxy_address(text: str) -> str:
    from nbwss_gui.domain.proxy import parse_proxy_address

    try:
        return parse_proxy_address(text, source="--proxy").url
    except ValueError as exc:
        raise argparse.ArgumentTypeError(say(words_of(exc))) from None


def proxy_choice(args: argparse.Namespace) -> ProxyChoice:
    from nbwss_gui.services.proxy import ProxyChoice

    return ProxyChoice(getattr(args, "proxy", None), bool(getattr(args, "no_proxy", False)))


def command_proxies(args: argparse.Namespace) -> Proxies:
    """The proxy in force for a command that connects itself: the saved settings as they are
    now (a config that cannot be read counts as none saved: the command that needs it says
    so), with the command line's choice over them."""
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services import paths
    from nbwss_gui.services.config import ConfigError, ConfigStore
    from nbwss_gui.services.secrets import TokenStore

    try:
        loaded = ConfigStore(paths.config_file()).read()
        settings, _problems = Settings.from_mapping(loaded.settings)
    except (ConfigError, OSError):
        settings = Settings()
    return proxy_choice(args).proxies(settings, password_for=TokenStore().get)

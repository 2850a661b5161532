"""What `nbwss-gui add | list | remove | activate | deactivate` say of themselves in their
help: the descriptions, the exit statuses and the `list --json` format (cli/registry_cmds.py
runs the commands)."""

from __future__ import annotations

from nbwss_gui.domain.words import translate

EXIT_HELP = translate(
    "RegistryCommands",
    """exit status: 0 done, 1 refused or invalid input, 2 could not do it (keyring or
configuration file failure).""",
)

REF_HELP = translate(
    "RegistryCommands",
    "an endpoint: its id, a unique prefix of the id (at least 4 characters, as `list` "
    "shows), or its URL",
)

ADD_DESCRIPTION = translate(
    "RegistryCommands",
    """Check endpoint details from a JSON file or an https:// provider URL, exactly as the
WebSocket Server dialog does, and register the endpoint: the token goes to the system
keyring, everything else to the configuration file. Nothing is saved when the details have
an error, or when the keyring is missing or locked.

Problems print like a compiler's, to standard error:
  PATH:LINE:COLUMN: error: MESSAGE [code]
On success the new endpoint's id is printed to standard output.

{exit_help}""",
).fill(exit_help=EXIT_HELP)

LIST_DESCRIPTION = translate(
    "RegistryCommands",
    """List the registered endpoints, grouped by server group and in priority order within each
group. Tokens are never shown.

{exit_help}""",
).fill(exit_help=EXIT_HELP)

# The format itself stays English in every language: its keys and values are what scripts read.
LIST_JSON_FORMAT = """\
{"formatVersion": 1, "owner": {"kind": "window"|"monitor",
"pid"} or null, "endpoints": [{"id", "priority", "groupId", "hostName", "url", "activated",
"state": "ACTIVATED"|"DEACTIVATED", "pinnedSha256" (or null), "addedAt", "changedAt",
"connectionState" (CONNECTED, CONNECTING, STANDBY, RETRYING, FAILED, NOT CONNECTED; null
when no window or monitor runs), "connectionReason" (or null)}]}"""

LIST_JSON_HELP = translate(
    "RegistryCommands", "print one JSON object instead: {format}. No token appears."
).fill(format=LIST_JSON_FORMAT)

REMOVE_DESCRIPTION = translate(
    "RegistryCommands",
    """Remove endpoints: from the configuration file first, then their tokens from the keyring.
Asks for confirmation on a terminal; without a terminal, --yes is required.

{exit_help}""",
).fill(exit_help=EXIT_HELP)

ACTIVATE_DESCRIPTION = translate(
    "RegistryCommands",
    """Mark endpoints ACTIVATED: the connection engine may connect to them.

{exit_help}""",
).fill(exit_help=EXIT_HELP)

DEACTIVATE_DESCRIPTION = translate(
    "RegistryCommands",
    """Mark endpoints DEACTIVATED: the connection engine leaves them alone (state NOT CONNECTED).

{exit_help}""",
).fill(exit_help=EXIT_HELP)

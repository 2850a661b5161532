"""The sandbox provider (SPEC §6.2): a private CA, wss endpoints speaking the cloud side of
§4.2, https provider URLs and example endpoint files, all on loopback.

No Qt here: the command line, the demo window and the tests drive the same objects.
"""

"""asyncio's TLS read buffer, sized for NBWSS traffic (SPEC §7: at most 100 KiB per idle
connection).

asyncio gives every TLS connection a 256 KiB read buffer (`asyncio.sslproto.SSLProtocol.max_size`,
a private class attribute, allocated per connection at its start). NBWSS messages are a few
kilobytes and a TLS record holds at most 16 KiB of data, so 16 KiB reads lose nothing; at a
thousand connections the default alone is 250 MiB. The attribute is private:
tests/unit/test_tls_buffer.py fails when a Python release renames or stops using it.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

# One TLS record's worth of data.
TLS_READ_BUFFER = 16 * 1024


def cap_tls_read_buffer(size: int = TLS_READ_BUFFER) -> bool:
    """Have TLS connections made from now on read into `size` bytes (never raises it); whether
    the cap is in force."""
    from asyncio import sslproto

    protocol = getattr(sslproto, "SSLProtocol", None)
    current = getattr(protocol, "max_size", None)
    if protocol is None or not isinstance(current, int):
        log.warning("this Python's asyncio has no SSLProtocol.max_size; TLS buffers stay large")
        return False
    if current > size:
        protocol.max_size = size
    return True

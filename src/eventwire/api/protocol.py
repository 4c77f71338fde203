"""The HTTP protocol ``eventwire serve`` runs: uvicorn's h11 protocol with a header timeout.

uvicorn closes idle keep-alive connections, but a client that opens a connection and sends
its request headers a byte at a time (slowloris) holds a file descriptor for as long as it
likes; twenty thousand of them exhaust the server's. Here every request must arrive whole
within ``HEADER_TIMEOUT`` seconds of the connection opening (or of the previous response),
or the connection is closed. Behind a reverse proxy (nginx, Caddy) the proxy does this too.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0


class HeaderTimeoutProtocol(H11Protocol):
    """H11Protocol that drops a connection whose next request has not started in time."""

    header_timeout = HEADER_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.header_timeout)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm(self.header_timeout + self.timeout_keep_alive)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        super().connection_lost(exc)

    def _arm(self, seconds: float) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        waiting_after = self.cycle  # a new request makes a new cycle
        self._header_timer = self.loop.call_later(seconds, self._expire, waiting_after)

    def _expire(self, waiting_after: object) -> None:
        if self.cycle is waiting_after and not self.transport.is_closing():
            self.transport.close()

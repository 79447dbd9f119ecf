"""A proxy closes idle kept-alive connections (haproxy after 5 s); a request that goes out
on one as it closes gets no answer ("server disconnected"). The client sends it once more
on a new connection instead of calling the hub unreachable — and only once. A real HTTP
server on 127.0.0.1 that reads the second request of each connection and hangs up."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from datafi_desktop.core.sync.client import HubClient
from datafi_desktop.core.sync.errors import HubUnreachableError

ANSWER = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
          b"Connection: keep-alive\r\n\r\n{\"status\":\"ok\"}")


class DroppingServer:
    """Answers the first request of every connection, hangs up on the second (unless
    ``always_drop``: then on every request)."""

    def __init__(self, *, always_drop: bool = False) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.always_drop = always_drop
        self.requests = 0
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            for index in range(2):
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    data += chunk
                self.requests += 1
                if index == 1 or self.always_drop:
                    return  # closed without an answer
                conn.sendall(ANSWER)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def server() -> Iterator[DroppingServer]:
    running = DroppingServer()
    yield running
    running.close()


def test_a_request_on_a_connection_the_peer_closed_is_sent_again(server: DroppingServer
                                                                  ) -> None:
    with HubClient(f"http://127.0.0.1:{server.port}") as client:
        assert client._send("GET", "/v1/health", auth=False).json() == {"status": "ok"}
        # the second request reuses the connection; the server hangs up on it
        assert client._send("GET", "/v1/health", auth=False).json() == {"status": "ok"}
    assert server.requests == 3 and server.connections == 2


def test_a_hub_that_never_answers_is_unreachable_after_one_retry() -> None:
    server = DroppingServer(always_drop=True)
    try:
        with HubClient(f"http://127.0.0.1:{server.port}") as client, \
                pytest.raises(HubUnreachableError):
            client._send("GET", "/v1/health", auth=False)
        assert server.requests == 2  # sent, then once more: never in a loop
    finally:
        server.close()

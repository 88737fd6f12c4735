"""A TCP proxy that injects the faults real providers show: 5xx, resets, stalls, cut bodies.

It sits between the client and a local fake server (pytest-httpserver) and works on raw
sockets, so the client meets the faults exactly as it would on the network: a reset is a
TCP RST, a stall is silence, a truncated body is a short read. Faults come from a schedule
(tests) or at a seeded random rate (the benchmark). Everything binds to 127.0.0.1 only.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

FAULTS = ("500", "503", "504", "reset", "stall", "truncate")


@dataclass
class FaultyProxy:
    """Forward each connection to `target` (host, port), or fail it as scheduled."""

    target: tuple[str, int]
    schedule: list[str] = field(default_factory=list)  # faults for the next connections
    rate: float = 0.0  # after the schedule: this share of connections fail at random
    stall: float = 2.0  # seconds a stalled reply stays silent
    seed: int = 1
    injected: list[str] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _next_fault(self) -> str:
        with self._lock:
            self.connections += 1
            if self.schedule:
                fault = self.schedule.pop(0)
            elif self.rate and self._random.random() < self.rate:
                fault = self._random.choice(FAULTS)
            else:
                fault = ""
            if fault:
                self.injected.append(fault)
            return fault

    def serve(self) -> None:
        self._server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:  # closed by stop()
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            request = _read_request(conn)
            if not request:
                return
            fault = self._next_fault()
            if fault in ("500", "503", "504"):
                body = b"<html>server error</html>"
                conn.sendall(
                    f"HTTP/1.1 {fault} Error\r\nContent-Length: {len(body)}\r\n"
                    "Connection: close\r\n\r\n".encode()
                    + body
                )
                return
            if fault == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            if fault == "stall":
                time.sleep(self.stall)
                return
            reply = _forward(self.target, request)
            if fault == "truncate":
                head, _, body = reply.partition(b"\r\n\r\n")
                reply = head + b"\r\n\r\n" + body[: max(1, len(body) // 2)]
                conn.sendall(reply)  # the header still promises the whole body
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            conn.sendall(reply)

    def stop(self) -> None:
        self._stop.set()
        self._server.close()


def _read_request(conn: socket.socket) -> bytes:
    """The request head and, for a POST, its `Content-Length` bytes of body."""
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = conn.recv(65536)
        except OSError:
            return b""
        if not chunk:
            return b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    length = next(
        (
            int(line.split(b":", 1)[1])
            for line in lines
            if line.lower().startswith(b"content-length:")
        ),
        0,
    )
    while len(body) < length:
        try:
            chunk = conn.recv(65536)
        except OSError:
            return b""
        if not chunk:
            return b""
        body += chunk
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


def _forward(target: tuple[str, int], request: bytes) -> bytes:
    with socket.create_connection(target, timeout=30) as upstream:
        upstream.sendall(request)
        chunks = []
        while chunk := upstream.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@contextmanager
def faulty_proxy(target: tuple[str, int], **options: object) -> Iterator[FaultyProxy]:
    proxy = FaultyProxy(target, **options)  # type: ignore[arg-type]
    thread = threading.Thread(target=proxy.serve, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.stop()
        thread.join(timeout=2)

"""Slack's Socket Mode endpoint, faked: a WebSocket server (RFC 6455, text frames, ping/pong) on loopback
that pushes envelopes to the connected bot and records the bot's acknowledgements.

slack_sdk's built-in Socket Mode client connects without TLS to any port other than 443 ("for library
testing"), so FakeSlack's apps.connections.open can hand it ws://127.0.0.1:PORT/."""
from __future__ import annotations

import base64
import hashlib
import itertools
import json
import socket
import socketserver
import struct
import threading
import time
from typing import Any

WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TEXT, CLOSE, PING, PONG = 0x1, 0x8, 0x9, 0xA


class FakeSocketMode:
    def __init__(self) -> None:
        self.acks: list[dict[str, Any]] = []  # what the bot sent back, e.g. {"envelope_id": ...}
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()  # one frame at a time on the wire
        self._ids = itertools.count(1)
        fake = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                fake._serve(self.request)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._server.server_address[1]}/link"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def connected(self) -> bool:
        with self._lock:
            return bool(self._connections)

    def send_event(self, event_callback: dict[str, Any], timeout: float = 120) -> str:
        """Push an Events API payload to the connected bot, as Slack does; returns the envelope id."""
        envelope_id = f"envelope-{next(self._ids)}"
        message = {
            "envelope_id": envelope_id,
            "type": "events_api",
            "payload": event_callback,
            "accepts_response_payload": False,
            "retry_attempt": 0,
            "retry_reason": "",
        }
        connection = self._wait_for_connection(timeout)
        with self._send_lock:
            _send_frame(connection, TEXT, json.dumps(message).encode())
        return envelope_id

    def wait_for_ack(self, envelope_id: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for ack in self.acks:
                    if ack.get("envelope_id") == envelope_id:
                        return ack
            time.sleep(0.05)
        raise AssertionError(f"no acknowledgement of {envelope_id} within {timeout} s; got {self.acks}")

    def _wait_for_connection(self, timeout: float) -> socket.socket:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self._connections:
                    return self._connections[-1]
            time.sleep(0.1)
        raise AssertionError(f"the bot did not connect to the Socket Mode endpoint within {timeout} s")

    def _serve(self, connection: socket.socket) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = connection.recv(4096)
            if not chunk:
                return
            request += chunk
        headers = dict(
            line.split(": ", 1) for line in request.decode().split("\r\n")[1:] if ": " in line
        )
        key = {name.lower(): value for name, value in headers.items()}["sec-websocket-key"]
        accept = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest()).decode()
        connection.sendall(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Accept: {accept}\r\n\r\n".encode()
        )
        with self._lock:
            self._connections.append(connection)
        try:
            while True:
                opcode, payload = _read_frame(connection)
                if opcode == TEXT:
                    with self._lock:
                        self.acks.append(json.loads(payload))
                elif opcode == PING:
                    with self._send_lock:
                        _send_frame(connection, PONG, payload)
                elif opcode == CLOSE:
                    return
        except ConnectionError:
            return
        finally:
            with self._lock:
                self._connections.remove(connection)


def _recv_exactly(connection: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            raise ConnectionError("the bot closed the connection")
        data += chunk
    return data


def _read_frame(connection: socket.socket) -> tuple[int, bytes]:
    first, second = _recv_exactly(connection, 2)
    length = second & 0x7F
    if length == 126:
        (length,) = struct.unpack("!H", _recv_exactly(connection, 2))
    elif length == 127:
        (length,) = struct.unpack("!Q", _recv_exactly(connection, 8))
    mask = _recv_exactly(connection, 4) if second & 0x80 else b"\0\0\0\0"  # clients always mask
    payload = bytes(byte ^ mask[i % 4] for i, byte in enumerate(_recv_exactly(connection, length)))
    return first & 0x0F, payload


def _send_frame(connection: socket.socket, opcode: int, payload: bytes) -> None:
    header = bytes([0x80 | opcode])
    if len(payload) < 126:
        header += bytes([len(payload)])
    elif len(payload) < 1 << 16:
        header += bytes([126]) + struct.pack("!H", len(payload))
    else:
        header += bytes([127]) + struct.pack("!Q", len(payload))
    connection.sendall(header + payload)

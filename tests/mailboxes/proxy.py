"""A TCP relay on loopback between the client and Dovecot that cuts the first connection
after a number of bytes from the server: a dropped network, reproducibly."""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class DroppingProxy:
    """Relays 127.0.0.1:port → 127.0.0.1:target. The first connection is closed once
    ``drop_after`` bytes have come from the server; with ``refuse_after_drop`` the relay then
    stops listening (the server seems gone), otherwise later connections pass untouched."""

    def __init__(self, target: int, drop_after: int, refuse_after_drop: bool = False) -> None:
        self.target = target
        self.drop_after = drop_after
        self.refuse_after_drop = refuse_after_drop
        self.connections = 0
        self.dropped = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._threads: list[threading.Thread] = []
        self._open: list[socket.socket] = []
        self._stop = False

    def __enter__(self) -> DroppingProxy:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop = True
        with contextlib.suppress(OSError):
            self._listener.close()
        for sock in self._open:
            with contextlib.suppress(OSError):
                sock.close()
        for thread in self._threads:
            thread.join(5)

    def _accept(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop:
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            server = socket.create_connection(("127.0.0.1", self.target))
            self._open += [client, server]
            first = self.connections == 1
            for src, dst, limit in ((client, server, None), (server, client, first)):
                thread = threading.Thread(
                    target=self._pipe, args=(src, dst, bool(limit)), daemon=True
                )
                thread.start()
                self._threads.append(thread)

    def _pipe(self, src: socket.socket, dst: socket.socket, limited: bool) -> None:
        passed = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if limited and passed + len(data) > self.drop_after:
                    self.dropped += 1
                    if self.refuse_after_drop:
                        self._stop = True
                        self._listener.close()
                    break
                dst.sendall(data)
                passed += len(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()

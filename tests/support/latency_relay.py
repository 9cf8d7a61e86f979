"""A loopback TCP relay that adds network delay: a stand-in for the link between a
desktop and its shop's servers, where this machine (no ``tc netem`` in its kernel)
has none.

Every chunk read from either side is written to the other ``delay`` seconds later
(one-way; a request and its answer cost ``2 * delay``, the round trip), in order.
The bytes are not parsed, so any protocol passes unchanged. Run it in its own
process, so that its work does not take the measured client's interpreter::

    with LatencyRelay.spawn("127.0.0.1", 8000, delay=0.010) as relay:
        client = PayloadClient(relay.url, key)

or ``python -m tests.support.latency_relay --target 127.0.0.1:8000 --delay 0.010``
(prints the port it listens on, then serves until stdin closes).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
from types import TracebackType

_CHUNK = 65536
_EOF = b""


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                delay: float) -> None:
    """Copy ``reader`` to ``writer``, each chunk ``delay`` after it was read."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is _EOF:
                with contextlib.suppress(OSError):
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()

    sender = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(_CHUNK)
            # Constant delay: due times rise with the queue, so order is kept.
            queue.put_nowait((loop.time() + delay, data or _EOF))
            if not data:
                break
        await sender
    except (ConnectionError, OSError):
        sender.cancel()


async def _relay(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter,
                 host: str, port: int, delay: float) -> None:
    try:
        server_reader, server_writer = await asyncio.open_connection(host, port)
    except OSError:
        client_writer.close()
        return
    try:
        await asyncio.gather(_pump(client_reader, server_writer, delay),
                             _pump(server_reader, client_writer, delay))
    except asyncio.CancelledError:
        pass  # the relay is stopping: a callback task's cancellation would be logged
    finally:
        for writer in (client_writer, server_writer):
            writer.close()


async def serve(host: str, port: int, delay: float, ready: asyncio.Future[int] | None = None,
                until: asyncio.Event | None = None) -> None:
    """Listen on a free loopback port and relay every connection to ``host:port``."""
    server = await asyncio.start_server(
        lambda r, w: _relay(r, w, host, port, delay), "127.0.0.1", 0)
    async with server:
        listening = server.sockets[0].getsockname()[1]
        if ready is not None:
            ready.set_result(listening)
        if until is None:
            await server.serve_forever()
        else:
            await until.wait()


class LatencyRelay:
    """The relay in a child process; ``url`` is its address (``http://127.0.0.1:port``)."""

    def __init__(self, process: subprocess.Popen[str], port: int) -> None:
        self.process = process
        self.port = port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @classmethod
    def spawn(cls, host: str, port: int, delay: float) -> LatencyRelay:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.latency_relay", "--target",
             f"{host}:{port}", "--delay", repr(delay)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.strip().isdigit():
            process.kill()
            raise RuntimeError(f"the latency relay did not start: {line!r}")
        return cls(process, int(line))

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()  # the child serves until its stdin closes
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> LatencyRelay:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


async def _main(host: str, port: int, delay: float) -> None:
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[int] = loop.create_future()
    stop = asyncio.Event()
    # stdin closing (the parent's stop(), or the parent dying) ends the relay.
    loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not sys.stdin.read(1) else None)
    task = asyncio.create_task(serve(host, port, delay, ready, stop))
    print(await ready, flush=True)
    await task


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", required=True, help="host:port to relay to")
    parser.add_argument("--delay", type=float, required=True, help="one-way delay (s)")
    args = parser.parse_args()
    host, _, port = args.target.rpartition(":")
    asyncio.run(_main(host, int(port), args.delay))


if __name__ == "__main__":
    main()

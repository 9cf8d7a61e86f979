"""The latency relay: bytes pass unchanged both ways, each way later by the delay."""

from __future__ import annotations

import asyncio
import time

import httpx

from tests.support.latency_relay import LatencyRelay, serve
from tests.support.test_fault_proxy import TinyServer


def test_http_passes_unchanged_and_each_exchange_costs_the_round_trip() -> None:
    server = TinyServer()
    port = int(server.url.rsplit(":", 1)[1])
    try:
        with LatencyRelay.spawn("127.0.0.1", port, delay=0.05) as relay:
            with httpx.Client(base_url=relay.url, timeout=10) as client:
                client.patch("/k", json={"value": "warm"}).raise_for_status()
                started = time.perf_counter()
                reply = client.patch("/k", json={"value": "é" * 10_000})
                elapsed = time.perf_counter() - started
                assert reply.status_code == 200
                assert client.get("/k").json()["value"] == "é" * 10_000
        assert server.applied["k"] == 2
        assert 0.1 <= elapsed < 0.5  # one round trip: 2 x 50 ms (plus the server's time)
    finally:
        server.close()


def test_many_chunks_arrive_in_order() -> None:
    async def scenario() -> bytes:
        async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while data := await reader.read(1000):
                writer.write(data)
                await writer.drain()
            writer.close()

        upstream = await asyncio.start_server(echo, "127.0.0.1", 0)
        ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        stop = asyncio.Event()
        relay = asyncio.create_task(
            serve("127.0.0.1", upstream.sockets[0].getsockname()[1], 0.005, ready, stop))
        reader, writer = await asyncio.open_connection("127.0.0.1", await ready)
        payload = bytes(range(256)) * 2000
        for start in range(0, len(payload), 777):
            writer.write(payload[start:start + 777])
        writer.write_eof()
        received = await asyncio.wait_for(reader.read(), 10)
        writer.close()
        stop.set()
        await relay
        upstream.close()
        return received

    assert asyncio.run(scenario()) == bytes(range(256)) * 2000


def test_the_child_process_ends_when_stopped() -> None:
    relay = LatencyRelay.spawn("127.0.0.1", 9, delay=0.01)
    relay.stop()
    assert relay.process.returncode is not None

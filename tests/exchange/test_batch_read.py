"""BatchReader: one read serves the next units of the pass; a failed read fails them all."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.exchange.batch_read import BatchReader


class Reads:
    def __init__(self, fail: int = 0) -> None:
        self.batches: list[list[str]] = []
        self.fail = fail

    async def __call__(self, ids: list[str]) -> dict[str, dict]:
        self.batches.append(list(ids))
        await asyncio.sleep(0)
        if self.fail:
            self.fail -= 1
            raise ConnectionError("lost")
        return {pid: {"id": pid} for pid in ids if pid != "gone"}


async def test_units_in_pass_order_share_reads_of_size():
    reads = Reads()
    reader = BatchReader(reads, size=3)
    ids = [f"p{n}" for n in range(7)]
    reader.plan(ids)
    got = await asyncio.gather(*(reader.record(pid) for pid in ids))
    assert got == [{"id": pid} for pid in ids]
    assert reads.batches == [["p0", "p1", "p2"], ["p3", "p4", "p5"], ["p6"]]


async def test_a_product_the_server_lacks_is_none_and_unplanned_reads_alone():
    reads = Reads()
    reader = BatchReader(reads, size=4)
    reader.plan(["a", "gone"])
    assert await reader.record("a") == {"id": "a"}
    assert await reader.record("gone") is None
    assert await reader.record("elsewhere") == {"id": "elsewhere"}
    assert reads.batches == [["a", "gone"], ["elsewhere"]]


async def test_a_failed_read_fails_every_unit_of_its_batch_then_a_new_pass_rereads():
    reads = Reads(fail=1)
    reader = BatchReader(reads, size=2)
    reader.plan(["a", "b", "c"])
    results = await asyncio.gather(*(reader.record(p) for p in "abc"), return_exceptions=True)
    assert [type(r).__name__ for r in results] == ["ConnectionError", "ConnectionError", "dict"]
    reader.plan(["a", "b"])  # the retry pass reads afresh, never an old record
    assert await reader.record("b") == {"id": "b"}
    assert reads.batches[-1] == ["b"]  # nothing follows "b" in the new plan


async def test_size_one_is_one_read_per_product():
    reads = Reads()
    reader = BatchReader(reads, size=1)
    reader.plan(["a", "b"])
    await reader.record("a")
    await reader.record("b")
    assert reads.batches == [["a"], ["b"]]


async def test_a_skipped_unit_with_a_failed_read_warns_nothing(recwarn):
    reads = Reads(fail=1)
    reader = BatchReader(reads, size=2)
    reader.plan(["a", "b"])
    with pytest.raises(ConnectionError):
        await reader.record("a")
    reader.plan([])  # "b" is never asked for
    del reader
    await asyncio.sleep(0)
    assert not [w for w in recwarn if "never retrieved" in str(w.message)]

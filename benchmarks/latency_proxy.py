"""A TCP proxy on loopback that delays every byte by a fixed time each way (asyncio).

    with LatencyProxy(target_port, round_trip_ms=50) as proxy:
        connect to 127.0.0.1:proxy.port instead of target_port

Each chunk read from one side is written to the other side ``round_trip_ms / 2`` after it
arrived, in order; bandwidth is not limited. So a request and its answer take one extra round
trip, as with a server 50 ms away.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time


class LatencyProxy:
    def __init__(self, target_port: int, round_trip_ms: float, host: str = "127.0.0.1") -> None:
        self.target = (host, target_port)
        self.one_way = round_trip_ms / 2000
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None

    def __enter__(self) -> LatencyProxy:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _listen(self) -> asyncio.Server:
        return await asyncio.start_server(self._client, "127.0.0.1", 0)

    async def _client(self, down_r: asyncio.StreamReader, down_w: asyncio.StreamWriter) -> None:
        try:
            up_r, up_w = await asyncio.open_connection(*self.target)
        except OSError:
            down_w.close()
            return
        await asyncio.gather(
            self._pipe(down_r, up_w), self._pipe(up_r, down_w), return_exceptions=True
        )

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Copy reader to writer, each chunk delivered one_way seconds after it came in."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    break
                writer.write(data)
                await writer.drain()

        sender = asyncio.create_task(deliver())
        try:
            while True:
                data = await reader.read(65536)
                queue.put_nowait((time.monotonic() + self.one_way, data))
                if not data:
                    break
            await sender
        finally:
            sender.cancel()
            with contextlib.suppress(Exception):
                writer.close()

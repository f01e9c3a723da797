"""The change feed: a new cursor wakes every stream of the process, with one hand-over per loop."""
import asyncio
import threading

from rvops_server.feed import ChangeFeed


def test_a_cursor_published_from_a_worker_thread_wakes_every_stream_in_one_hand_over():
    feed = ChangeFeed()

    async def fifty_streams():
        loop = asyncio.get_running_loop()
        handed = []
        original = loop.call_soon_threadsafe
        loop.call_soon_threadsafe = lambda *a, **k: handed.append(a) or original(*a, **k)
        events = [feed.subscribe() for _ in range(50)]
        feed.unsubscribe(events.pop())  # a stream that closed is not woken
        worker = threading.Thread(target=feed.publish, args=(42,))
        worker.start()
        await asyncio.gather(*(e.wait() for e in events))
        worker.join()
        return handed, events

    handed, events = asyncio.run(asyncio.wait_for(fifty_streams(), 10))
    assert len(handed) == 1 and all(e.is_set() for e in events) and len(events) == 49
    assert feed.latest == 42
    feed.publish(7)  # an older cursor never moves it back
    assert feed.latest == 42

# asyncio's parts written in weft itself, compiled into the binary and run in the asyncio module's namespace
# after the native parts (run, sleep, gather, create_task, Future, Task, the event loop: runtime/sched/).
# Each class follows CPython 3.11's Lib/asyncio (queues.py, locks.py, tasks.py) so that wake-up order matches.

from _collections import deque as _Deque  # native: stdlib/_collections/deque.cpp


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


class Event:
    # CPython: Lib/asyncio/locks.py Event
    def __init__(self):
        self._waiters = _Deque()
        self._value = False

    def __repr__(self):
        res = "set" if self._value else "unset"
        if self._waiters:
            res = f"{res}, waiters:{len(self._waiters)}"
        return f"<asyncio.locks.Event object at {hex(id(self))} [{res}]>"

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class _ContextManagerMixin:
    # CPython: Lib/asyncio/locks.py _ContextManagerMixin: `async with lock:` acquires and releases; the
    # `as` target gets None
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    # CPython: Lib/asyncio/locks.py Lock
    def __init__(self):
        self._waiters = None
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _Deque()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
            return


class Condition(_ContextManagerMixin):
    # CPython: Lib/asyncio/locks.py Condition, over a Lock of its own or the one given
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _Deque()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # the lock is taken back even when the wait is cancelled
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    # CPython: Lib/asyncio/locks.py Semaphore
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _Deque()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    # CPython: Lib/asyncio/locks.py BoundedSemaphore
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Queue:
    # CPython: Lib/asyncio/queues.py Queue
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _Deque()
        self._putters = _Deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._queue = _Deque()

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        result = f"maxsize={self._maxsize!r}"
        if self._queue:
            result += f" _queue={list(self._queue)!r}"
        if self._getters:
            result += f" _getters[{len(self._getters)}]"
        if self._putters:
            result += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            result += f" tasks={self._unfinished_tasks}"
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.popleft()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    # CPython: Lib/asyncio/queues.py PriorityQueue, over a binary heap ordered as heapq orders it
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self._queue = []

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        _heap_push(self._queue, item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = _heap_pop(self._queue)
        self._wakeup_next(self._putters)
        return item


class LifoQueue(Queue):
    # CPython: Lib/asyncio/queues.py LifoQueue: the last item put is the first got
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self._queue = []

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.pop()
        self._wakeup_next(self._putters)
        return item


# heapq's push and pop (Lib/heapq.py: heappush, heappop, _siftdown, _siftup), step for step, so equal
# priorities come out in the same order as under CPython.
def _heap_push(heap, item):
    heap.append(item)
    _heap_sift_down(heap, 0, len(heap) - 1)


def _heap_pop(heap):
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _heap_sift_up(heap, 0)
        return first
    return last


def _heap_sift_down(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _heap_sift_up(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _heap_sift_down(heap, startpos, pos)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = get_running_loop().create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    # CPython 3.11: Lib/asyncio/tasks.py wait_for
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def isfuture(obj):
    # CPython: base_futures.isfuture, duck-typed on _asyncio_future_blocking
    if isinstance(obj, Future):
        return True
    return hasattr(obj.__class__, '_asyncio_future_blocking') and obj._asyncio_future_blocking is not None


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    # CPython 3.11: Lib/asyncio/tasks.py wait and _wait
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    # CPython 3.11: Lib/asyncio/tasks.py as_completed, an iterator of coroutines giving results in completion order
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_running_loop()
    todo = {ensure_future(f) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def wrap_future(future, *, loop=None):
    # CPython 3.11: futures.wrap_future. An asyncio future is returned as it is; weft has no threads for scripts,
    # so no concurrent.futures.Future can come, and anything else fails CPython's assertion
    if isfuture(future):
        return future
    raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')


def shield(arg):
    # CPython 3.11: Lib/asyncio/tasks.py shield
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = get_running_loop().create_future()
    # the calling task awaits the shielded one (asyncio.graph; CPython 3.14's shield)
    waiter = current_task()
    if waiter is not None:
        future_add_to_awaited_by(inner, waiter)

    def _inner_done_callback(inner):
        if waiter is not None:
            future_discard_from_awaited_by(inner, waiter)
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)
            if waiter is not None:
                future_discard_from_awaited_by(inner, waiter)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


class Timeout:
    # CPython 3.11: Lib/asyncio/timeouts.py Timeout; the states are kept as their enum values ("created",
    # "active", "expiring", "expired", "finished")
    def __init__(self, when):
        self._state = "created"
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "active":
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_later(when - loop.time(), self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        info = [""]
        if self._state == "active":
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state}]{' '.join(info)}>"

    async def __aenter__(self):
        self._state = "active"
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                # no other cancellation is pending: this timeout is what the CancelledError was for
                raise TimeoutError
        elif self._state == "active":
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


async def _wrap_awaitable(awaitable):
    return await awaitable


# Async generators the running loop saw start, so that asyncio.run() can close those still suspended when it ends;
# one freed while suspended is closed by a task (CPython: BaseEventLoop._asyncgen_firstiter_hook,
# _asyncgen_finalizer_hook and shutdown_asyncgens). Weak references, as CPython's WeakSet.
_live_asyncgens = {}


def _asyncgen_firstiter_hook(agen):
    from _weakref import ref  # imported when a program first uses an async generator, not at start-up
    key = id(agen)
    _live_asyncgens[key] = ref(agen, lambda r, key=key: _live_asyncgens.pop(key, None))


def _asyncgen_finalizer_hook(agen):
    _live_asyncgens.pop(id(agen), None)
    loop = get_running_loop()
    loop.call_soon(loop.create_task, _wrap_awaitable(agen.aclose()))


def _install_asyncgen_hooks():
    import sys
    sys.set_asyncgen_hooks(firstiter=_asyncgen_firstiter_hook, finalizer=_asyncgen_finalizer_hook)


async def _shutdown_asyncgens():
    import sys
    sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
    gens = [r() for r in _live_asyncgens.values()]
    _live_asyncgens.clear()
    gens = [g for g in gens if g is not None]
    if gens:
        await gather(*[_wrap_awaitable(g.aclose()) for g in gens], return_exceptions=True)


async def _shutdown_default_executor():
    pass

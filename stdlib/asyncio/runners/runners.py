# asyncio.runners: Runner, loaded when first used (asyncio.py's __getattr__). asyncio.run() itself is native
# (asyncio.cpp); a Runner keeps one loop across several run() calls. CPython 3.11: Lib/asyncio/runners.py.
from asyncio import (all_tasks, current_task, gather, get_running_loop, iscoroutine, new_event_loop, set_event_loop,
                     _shutdown_asyncgens)
from contextvars import copy_context

__all__ = ["Runner"]


async def _cancel_all_tasks():
    # CPython 3.11: runners._cancel_all_tasks, its report of a task that failed while being cancelled included
    me = current_task()
    tasks = [t for t in all_tasks() if t is not me]
    if not tasks:
        return
    for t in tasks:
        t.cancel()
    await gather(*tasks, return_exceptions=True)
    loop = get_running_loop()
    for t in tasks:
        if not t.cancelled() and t.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(),
                'task': t,
            })


class Runner:
    """A context manager that runs coroutines on one event loop and closes it at the end."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != "initialized":
            return
        try:
            loop = self._loop
            loop.run_until_complete(_cancel_all_tasks())
            loop.run_until_complete(_shutdown_asyncgens())
        finally:
            set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        try:
            get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context  # every run() shares the context the runner copied once
        return self._loop.run_until_complete(self._loop.create_task(coro, context=context))

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        self._loop = new_event_loop() if self._loop_factory is None else self._loop_factory()
        if self._loop_factory is None:
            set_event_loop(self._loop)
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = copy_context()
        self._state = "initialized"

# asyncio.taskgroups: TaskGroup, loaded when asyncio.TaskGroup is first used (asyncio.py's __getattr__).
from asyncio import (CancelledError, current_task, future_add_to_awaited_by, future_discard_from_awaited_by,
                     get_running_loop)

__all__ = ["TaskGroup"]


class TaskGroup:
    # CPython 3.11: Lib/asyncio/taskgroups.py TaskGroup. The first task to fail (or the body raising) cancels
    # every other task of the group, and the parent task once; __aexit__ waits for all of them, then raises the
    # failures together as an ExceptionGroup (SystemExit and KeyboardInterrupt alone, as they are). The tasks
    # are kept in a dict, so that they are cancelled in the order they were made.
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        parts = [""]
        if self._tasks:
            parts.append(f"tasks={len(self._tasks)}")
        if self._errors:
            parts.append(f"errors={len(self._errors)}")
        if self._aborting:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return f"<TaskGroup{' '.join(parts)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_exit_error(exc) and self._base_error is None:
            self._base_error = exc
        # a CancelledError from the body goes on only if the group did not cancel the parent itself
        cancellation = exc if et is CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            cancellation = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    cancellation = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        # the parent awaits its group's tasks (asyncio.graph; CPython 3.14's TaskGroup.create_task)
        future_add_to_awaited_by(task, self._parent_task)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        future_discard_from_awaited_by(task, self._parent_task)
        if self._on_completed_fut is not None and not self._tasks and not self._on_completed_fut.done():
            self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_exit_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            # too late to cancel the parent: reported as the loop's default exception handler does
            import sys
            print(f"Task {task!r} has errored out but its parent task {self._parent_task} is already completed",
                  file=sys.stderr)
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


def _is_exit_error(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))

# asyncio.graph: what each task is waiting on. CPython 3.14's call-graph introspection (capture_call_graph,
# format_call_graph, print_call_graph: which task awaits what, through which frames), Task.print_stack() (CPython
# 3.11's base_tasks._task_print_stack report) and the task dump weft prints on SIGQUIT (Ctrl-\) or from
# dump_tasks(): every live task with the coroutine frames from its own down to where it waits, so that a stuck
# program shows why. Loaded on first use.
import dataclasses
import sys
import traceback
import types
import _traceback

from asyncio import Future, Task, current_task

__all__ = ('capture_call_graph', 'format_call_graph', 'print_call_graph', 'FrameCallGraphEntry', 'FutureCallGraph')


@dataclasses.dataclass(frozen=True, slots=True)
class FrameCallGraphEntry:
    """One frame of a call stack in a FutureCallGraph."""
    frame: types.FrameType


@dataclasses.dataclass(frozen=True, slots=True)
class FutureCallGraph:
    """A future or task, its call stack (innermost frame first) and the graphs of what awaits it."""
    future: Future
    call_stack: tuple
    awaited_by: tuple


def _check_future(future):
    if not isinstance(future, Future):
        raise TypeError(f"{future!r} object does not appear to be compatible with asyncio.Future")


def _trimmed(stack, keep_first):
    """At most `keep_first` entries from the front, or -keep_first from the back when it is negative."""
    if keep_first is None:
        return tuple(stack)
    return tuple(stack[:keep_first] if keep_first > 0 else stack[keep_first:] if keep_first < 0 else ())


def _waiters(future, limit):
    return tuple(_graph_of(parent, limit) for parent in (future._asyncio_awaited_by or ()))


def _graph_of(future, limit):
    """The graph of a future that is not running now: its coroutine's frames followed through what each awaits
    (CPython 3.14: graph._build_graph_for_future)."""
    _check_future(future)
    outer_first = []
    get_coro = getattr(future, 'get_coro', None)
    coro = get_coro() if get_coro is not None and limit != 0 else None
    while coro is not None:
        if hasattr(coro, 'cr_await'):
            frame, coro = coro.cr_frame, coro.cr_await
        elif hasattr(coro, 'ag_await'):
            frame, coro = coro.ag_frame, coro.ag_await
        else:
            break
        if frame is None:
            break
        outer_first.append(FrameCallGraphEntry(frame))
    # `limit` counts from the task's own coroutine; the stack lists the innermost frame first
    kept = list(_trimmed(outer_first, limit))
    kept.reverse()
    return FutureCallGraph(future, tuple(kept), _waiters(future, limit))


def _running_loop():
    from asyncio import get_running_loop
    try:
        return get_running_loop()
    except RuntimeError:
        return None


def capture_call_graph(future=None, /, *, depth=1, limit=None):
    """The call graph of `future`, or of the current task when it is None (None outside a task). For the current
    task the stack starts `depth` frames above this call; `limit` keeps at most abs(limit) frames of each stack:
    those nearest the task's coroutine when positive, the innermost when negative, none when 0.
    CPython 3.14: asyncio.graph.capture_call_graph."""
    loop = _running_loop()
    if future is None:
        if loop is None:
            raise RuntimeError('capture_call_graph() is called outside of a running event loop '
                               'and no *future* to introspect was provided')
        future = current_task()
        if future is None:
            return None
    elif loop is None or future is not current_task():
        return _graph_of(future, limit)
    _check_future(future)
    # the current task runs: its frames are the stack from the caller down to the task's coroutine, the first
    # async frame whose caller is not a coroutine's
    stack = []
    frame = sys._getframe(depth) if limit != 0 else None
    while frame is not None:
        stack.append(FrameCallGraphEntry(frame))
        caller = frame.f_back
        if frame.f_generator is not None and caller is not None and caller.f_generator is None:
            break
        frame = caller
    stack = _trimmed(stack, None if limit is None else -limit)
    return FutureCallGraph(future, stack, _waiters(future, limit))


def _frame_line(entry):
    frame = entry.frame
    gen = frame.f_generator
    if gen is None:
        return f"  |   File {frame.f_code.co_filename!r}, line {frame.f_lineno}, in {frame.f_code.co_qualname}()"
    if hasattr(gen, 'cr_code'):
        kind, code = 'async', gen.cr_code
    elif hasattr(gen, 'ag_code'):
        kind, code = 'async generator', gen.ag_code
    else:
        kind, code = 'generator', gen.gi_code
    return f"  |   File {code.co_filename!r}, line {frame.f_lineno}, in {kind} {code.co_qualname}()"


def _render(graph, lines, level):
    indent = '    ' * level
    future = graph.future
    if isinstance(future, Task):
        lines.append(f"{indent}* Task(name={future.get_name()!r}, id={id(future):#x})")
    else:
        lines.append(f"{indent}* Future(id={id(future):#x})")
    if graph.call_stack:
        lines.append(f"{indent}  + Call stack:")
        lines.extend(indent + _frame_line(entry) for entry in graph.call_stack)
    if graph.awaited_by:
        lines.append(f"{indent}  + Awaited by:")
        for parent in graph.awaited_by:
            _render(parent, lines, level + 1)


def format_call_graph(future=None, /, *, depth=1, limit=None):
    """capture_call_graph()'s graph as text: each task or future, its stack, then what awaits it, indented.
    CPython 3.14: asyncio.graph.format_call_graph."""
    graph = capture_call_graph(future, depth=depth + 1, limit=limit)
    if graph is None:
        return ""
    lines = []
    _render(graph, lines, 0)
    return '\n'.join(lines)


def print_call_graph(future=None, /, *, file=None, depth=1, limit=None):
    """Prints format_call_graph()'s text to `file` (sys.stdout by default). CPython 3.14's also lists its own
    frame on top of the current task's stack; weft starts at the caller, as it shows no frames of its library."""
    print(format_call_graph(future, depth=depth + 1, limit=limit), file=file)


def _summaries(frames):
    return traceback.StackSummary.from_list(
        [traceback.FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name,
                                line=_traceback.line(f.f_code, f.f_lineno)) for f in frames])


def _print_stack(task, *, limit=None, file=None):
    """Task.print_stack(): the task's frames, or its exception's report when it failed."""
    if file is None:
        file = sys.stderr
    frames = task.get_stack(limit=limit)
    error = task._stack_exception()  # not task.exception(): printing the stack does not retrieve it
    if not frames:
        print(f'No stack for {task!r}', file=file)
    elif error is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    for line in _summaries(frames).format():
        print(line, file=file, end='')
    if error is not None:
        for line in traceback.format_exception_only(error):
            print(line, file=file, end='')


def dump_tasks(file=None):
    """Prints every task of the running (or current) event loop with the frames it is waiting in."""
    import asyncio
    if file is None:
        file = sys.stderr
    try:
        tasks = asyncio.all_tasks()
    except RuntimeError:  # no running loop
        tasks = set()
    current = asyncio.current_task() if tasks else None
    print(f'--- {len(tasks)} task{"" if len(tasks) == 1 else "s"} ---', file=file)
    for task in sorted(tasks, key=lambda t: t.get_name()):
        mark = ' (running)' if task is current else ''
        print(f'{task!r}{mark}', file=file)
        for line in _summaries(task._await_stack()).format():
            print(line, file=file, end='')
    print('---', file=file)
    file.flush()

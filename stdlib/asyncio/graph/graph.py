# asyncio.graph: what each task is waiting on. Task.print_stack() (CPython 3.11's base_tasks._task_print_stack
# report) and the task dump weft prints on SIGQUIT (Ctrl-\) or from dump_tasks(): every live task with the
# coroutine frames from its own down to where it waits, so that a stuck program shows why. Loaded on first use.
import sys
import traceback
import _traceback


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

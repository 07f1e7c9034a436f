# The atexit module: functions to call when the interpreter exits, last registered first; VM::finalize_main calls
# _run_exitfuncs after the main module finished (or failed), before anything is torn down (CPython:
# Modules/atexitmodule.c; an exception in a callback is reported as unraisable and the others still run).
_callbacks = []


def register(func, /, *args, **kwargs):
    """Arrange for func(*args, **kwargs) to run when the interpreter exits.

    Handlers run in reverse order of registration.  *func* itself is
    returned, so this works as a decorator.
    """
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Drop every registration of *func* (compared with ==); unknown functions are ignored."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    """Forget all registered handlers."""
    _callbacks.clear()


def _ncallbacks():
    """How many handlers are registered."""
    return len(_callbacks)


def _run_exitfuncs():
    """Call the registered handlers, newest first, and empty the list.

    An exception from a handler is reported via sys.unraisablehook and the
    remaining handlers still run.
    """
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as error:
            import sys
            import traceback
            sys.stdout.flush()
            sys.stderr.write(f"Exception ignored in atexit callback: {func!r}\n")
            traceback.print_exception(error, file=sys.stderr)

# The atexit module: functions to call when the interpreter exits, last registered first; VM::finalize_main calls
# _run_exitfuncs after the main module finished (or failed), before anything is torn down (CPython:
# Modules/atexitmodule.c; an exception in a callback is reported as unraisable and the others still run).
_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered"""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    """Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with sys.unraisablehook."""
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

# asyncio.events: how a callback is named in handle reprs and error reports ("show('two') at file.py:5"), loaded
# when first needed (a callback's error, a handle's or a future's repr). Handle and TimerHandle themselves are
# native (runtime/sched/sched_types.cpp): call_soon returns a Handle, call_later and call_at a TimerHandle.
# CPython 3.11: Lib/asyncio/format_helpers.py.
import functools
import reprlib
import sys
import types

from asyncio import Handle, TimerHandle

__all__ = ["Handle", "TimerHandle"]


def _function_source(func):
    # where a callback was defined: a function's file and first line, through wrappers and partials
    # (CPython: format_helpers._get_function_source)
    seen = {id(func)}
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
        if id(func) in seen or len(seen) > sys.getrecursionlimit():
            raise ValueError(f'wrapper loop when unwrapping {func!r}')  # CPython: inspect.unwrap
        seen.add(id(func))
    if isinstance(func, types.FunctionType):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    # each argument shortened by reprlib (CPython: format_helpers._format_args_and_kwargs)
    items = [reprlib.repr(arg) for arg in args or ()]
    items.extend(f'{key}={reprlib.repr(value)}' for key, value in (kwargs or {}).items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    # a partial shows the function it wraps with the partial's arguments first (CPython: format_helpers._format_callback)
    if isinstance(func, functools.partial):
        return _format_callback(func.func, func.args, func.keywords, _format_args_and_kwargs(args, kwargs) + suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if isinstance(name, str) and name else repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    """ "func(args) at file:line", as asyncio names a callback (CPython: format_helpers._format_callback_source)."""
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text

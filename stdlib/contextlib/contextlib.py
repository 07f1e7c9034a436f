# contextlib: utilities for with-statement context managers (contextmanager, ExitStack, suppress, redirect_stdout,
# ...), written in weft. Behaviour, exception propagation rules and messages follow CPython 3.11's
# Lib/contextlib.py; the code is weft's own. chdir is left out until weft has an os module.
import abc as _abc
import sys as _sys

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing"]


def _check_methods(C, *methods):
    # (CPython: _collections_abc._check_methods) every method defined somewhere in the MRO and not set to None
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _class_getitem(cls, item):
    return type(list[int])(cls, item)


class AbstractContextManager(_abc.ABC):
    """ABC of objects usable in a with statement (__enter__ and __exit__)."""

    __class_getitem__ = classmethod(_class_getitem)

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(_abc.ABC):
    """ABC of objects usable in an async with statement (__aenter__ and __aexit__)."""

    __class_getitem__ = classmethod(_class_getitem)

    async def __aenter__(self):
        return self

    @_abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


def _wraps(wrapper, wrapped):
    # what functools.wraps does, inline (weft has no functools yet)
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except AttributeError:
            pass
    wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


class ContextDecorator(object):
    """Mixin letting a context manager also decorate a function: the call runs inside a with block."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _wraps(inner, func)


class AsyncContextDecorator(object):
    """Mixin letting an async context manager decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _wraps(inner, func)


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # a fresh generator for each use as a decorator
        return type(self)(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        del self.args, self.kwds, self.func  # no re-creation once entered
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        # (CPython: contextlib._GeneratorContextManager.__exit__)
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()  # an instance, so that we can recognise it when it comes back
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # the generator finished: suppress, unless the StopIteration is the with block's own
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479 turned the thrown StopIteration into RuntimeError: let the original propagate
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # the same exception coming back means "propagate", which __exit__ signals by returning False
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        # (CPython: contextlib._AsyncGeneratorContextManager.__aexit__)
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator turning a generator function that yields once into a context manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


def asynccontextmanager(func):
    """Decorator turning an async generator function that yields once into an async context manager factory."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


class closing(AbstractContextManager):
    """Calls thing.close() on leaving the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on leaving the async block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []  # a stack, so that the same object can be re-entered

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Temporarily replaces sys.stdout."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Temporarily replaces sys.stderr."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silences the given exception types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; entering returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


def _bound_exit(cm, cm_exit):
    # cm_exit bound to cm (CPython builds a MethodType, which weft cannot construct)
    def exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    exit_wrapper.__self__ = cm
    return exit_wrapper


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = []  # (is_sync, callback), run last first

    def pop_all(self):
        """Move every registered callback to a new stack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an __exit__-like callback, or an object whose __exit__ is to be called; returns exit."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enter cm, register its __exit__, and return what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the context "
                            f"manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bound_exit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit (it cannot suppress exceptions); returns callback."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, exit_wrapper))
        return callback


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # (CPython: ExitStack.__exit__._fix_exception_context) make the exception raised by a callback chain to
    # the one it replaced, as nested with statements would, instead of to the exception outside the stack
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


def _reraise(exc):
    # raise exc again while keeping the __context__ the callbacks gave it
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager running a dynamic stack of exit callbacks in reverse order."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        # (CPython: contextlib.ExitStack.__exit__)
        received_exc = exc_details[0] is not None
        frame_exc = _sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_exception_context(exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending_raise:
            _reraise(exc_details[1])
        return received_exc and suppressed_exc

    def close(self):
        """Run every callback now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also takes async context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter the async cm, register its __aexit__, and return what __aenter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the asynchronous "
                            f"context manager protocol") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _bound_exit(cm, exit)))
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-like coroutine function, or an object whose __aexit__ is to be awaited."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bound_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register a coroutine function to be awaited on exit with the given arguments."""
        async def exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, exit_wrapper))
        return callback

    async def aclose(self):
        """Run every callback now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        # (CPython: contextlib.AsyncExitStack.__aexit__)
        received_exc = exc_details[0] is not None
        frame_exc = _sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                suppress = cb(*exc_details) if is_sync else await cb(*exc_details)
                if suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_exception_context(exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending_raise:
            _reraise(exc_details[1])
        return received_exc and suppressed_exc

# asyncio.events: Handle, what an exception handler's context names for a failed callback; loaded when first
# needed (a callback's error, or asyncio.Handle). CPython 3.11: Lib/asyncio/events.py Handle.

__all__ = ["Handle"]


class Handle:
    # What an exception handler's context names as 'handle' for a failed callback (CPython: events.Handle): its
    # repr names the callback as CPython's does
    def __init__(self, text):
        self._text = text
        self._cancelled = False

    def __repr__(self):
        return f"<Handle {'cancelled ' if self._cancelled else ''}{self._text}>"

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

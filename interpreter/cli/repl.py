# The `_repl` module of the `weft` program: the interactive prompt, run inside one asyncio event loop so that
# `await` works at the top level (as `python -m asyncio`) and tasks started at the prompt keep running while it
# waits for input. Lines come from `_lineedit` (line_editor.cpp: libedit, history in ~/.weft_history, tab
# completion); statements compile as codeop decides (complete, incomplete, or a SyntaxError).
import sys
import asyncio
import codeop
import _lineedit

_CO_COROUTINE = 0x80


class _Interrupted(Exception):
    """A KeyboardInterrupt inside a statement's task, carried out of it as an ordinary error so that the
    event loop does not stop (asyncio lets KeyboardInterrupt escape a task)."""


def _print_error(error):
    import traceback
    if isinstance(error, _Interrupted):
        error = error.__cause__
    sys.stdout.flush()
    traceback.print_exception(error)


# ---- tab completion of names, keywords and attributes (as CPython's rlcompleter offers them)

def _completions(namespace, text):
    import keyword
    import builtins
    if '.' in text:
        head, _, tail = text.rpartition('.')
        try:
            obj = eval(head, namespace)
        except Exception:
            return []
        names = set(dir(obj))
        if hasattr(obj, '__class__'):
            names.update(dir(obj.__class__))
        if not tail.startswith('_'):
            names = {n for n in names if not n.startswith('_')}
        found = []
        for name in sorted(names):
            if name.startswith(tail):
                value = getattr(obj, name, None)
                found.append(f'{head}.{name}' + ('(' if callable(value) and not isinstance(value, type) else ''))
        return found
    found = []
    for word in keyword.kwlist:
        if word.startswith(text):
            found.append(word + (' ' if word not in ('True', 'False', 'None', 'pass', 'break', 'continue') else ''))
    for source in (namespace, vars(builtins)):
        for name, value in source.items():
            if name.startswith(text) and not name.startswith('__'):
                found.append(name + ('(' if callable(value) and not isinstance(value, type) else ''))
    return sorted(set(found))


def _make_completer(namespace):
    matches = []

    def complete(text, state):
        if state == 0:
            matches[:] = _completions(namespace, text)
        return matches[state] if state < len(matches) else None

    return complete


class _Console:
    def __init__(self, namespace):
        self.namespace = namespace
        self.compiler = codeop.CommandCompiler()
        self.compiler.compiler.flags |= 0x2000  # PyCF_ALLOW_TOP_LEVEL_AWAIT
        self.statement = None  # the task running a statement that awaits
        self.lines = []
        self.terminal = sys.stdin.isatty()

    # Ctrl-C: a statement awaiting in its task is cancelled (the loop goes on); anything else is interrupted
    # where it runs (input being typed, a computation)
    def on_sigint(self, signum, frame):
        task = self.statement
        if task is not None and not task.done() and asyncio.current_task() is not task:
            task.cancel()
            return
        raise KeyboardInterrupt

    async def read(self, prompt):
        if not self.terminal:
            # piped input (weft -i script < file): prompts go to stderr, as python3's do
            sys.stderr.write(prompt)
            sys.stderr.flush()
            line = sys.stdin.readline()
            if not line:
                sys.stderr.write("\n")  # the end of input ends the prompt's line, as python3 -i's does
                raise EOFError
            return line[:-1] if line.endswith("\n") else line
        _lineedit.start(prompt)
        try:
            while True:
                line = _lineedit.feed()
                if line is not None:
                    return line
                _lineedit.wait(0.02)
                await asyncio.sleep(0)  # tasks started at the prompt run meanwhile
        finally:
            _lineedit.stop()

    async def run_code(self, code):
        if code.co_flags & _CO_COROUTINE:
            async def statement():
                try:
                    return await eval(code, self.namespace)
                except KeyboardInterrupt as error:
                    raise _Interrupted from error
            self.statement = asyncio.ensure_future(statement())
            try:
                await self.statement
            except asyncio.CancelledError:
                if not self.statement.cancelled():
                    raise
                sys.stdout.flush()
                sys.stderr.write("\nKeyboardInterrupt\n")
            finally:
                self.statement = None
        else:
            exec(code, self.namespace)

    async def run(self):
        while True:
            prompt = str(getattr(sys, 'ps2' if self.lines else 'ps1'))
            try:
                line = await self.read(prompt)
            except EOFError:
                return
            except KeyboardInterrupt:
                sys.stdout.flush()
                sys.stderr.write("\nKeyboardInterrupt\n")
                self.lines = []
                continue
            if self.terminal:
                _lineedit.add_history(line)
            self.lines.append(line)
            source = "\n".join(self.lines)
            try:
                code = self.compiler(source, "<stdin>", "single")
            except (SyntaxError, OverflowError, ValueError) as error:
                self.lines = []
                _print_error(error)
                continue
            if code is None:
                continue  # more lines to come
            self.lines = []
            try:
                await self.run_code(code)
            except SystemExit:
                raise
            except BaseException as error:
                _print_error(error)
            sys.stdout.flush()


def main(namespace, banner):
    """Runs the prompt in `namespace` (__main__'s) until Ctrl-D or exit()."""
    import _signal  # signal's functions without its enums, which would cost the first prompt a few ms
    sys.ps1 = '>>> '
    sys.ps2 = '... '
    _lineedit.read_history()
    _lineedit.set_completer(_make_completer(namespace))
    console = _Console(namespace)
    _signal.signal(_signal.SIGINT, console.on_sigint)
    if banner:
        sys.stderr.write(banner)
    asyncio.run(console.run())

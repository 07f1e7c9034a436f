# codeop: compiling what a user typed at a prompt, telling a complete statement from one that needs more lines
# (None). Our own code over compile()'s PyCF_ALLOW_INCOMPLETE_INPUT, as CPython 3.11's Lib/codeop.py behaves.
__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def _compile_or_none(compiler, source, filename, symbol):
    """The code for `source`, or None when more input could complete it; SyntaxError when nothing can."""
    # input of blank lines and comments only is a complete, empty statement (CPython: codeop._maybe_compile)
    if symbol != "eval" and all(not line.strip() or line.lstrip().startswith('#') for line in source.split("\n")):
        source = "pass"
    try:
        return compiler(source, filename, symbol, incomplete_input=True)
    except SyntaxError as error:
        if error.msg == "incomplete input":
            return None
        raise


def compile_command(source, filename="<input>", symbol="single"):
    r"""Try to compile *source*, a piece of interactive input.

    Gives a code object for a complete statement, None when more lines are
    needed, and raises SyntaxError (or OverflowError/ValueError) for input
    that cannot become valid.
    """
    return _compile_or_none(Compile(), source, filename, symbol)


class Compile:
    """A compile() work-alike meant to keep __future__ statements from earlier
    sources in force for later ones (weft has every such feature always on).
    """

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, incomplete_input=True, **kwargs):
        flags = self.flags if incomplete_input else self.flags & ~PyCF_ALLOW_INCOMPLETE_INPUT
        code = compile(source, filename, symbol, flags, True, **kwargs)
        # weft's compiler has every __future__ feature on (annotations are the only 3.11 choice): nothing to keep
        return code


class CommandCompiler:
    """Callable with compile_command()'s signature that shares one Compile
    across calls, so __future__ state carries from one input to the next.
    """

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _compile_or_none(self.compiler, source, filename, symbol)

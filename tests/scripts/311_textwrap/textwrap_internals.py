# textwrap.TextWrapper internals a subclass can rely on: _split chunks, _munge_whitespace, _fix_sentence_endings hooks
import textwrap
w = textwrap.TextWrapper(width=20)
print(w._split("Hello, well-known world--really? yes."))
print(w._split("a  b\tc"), w._munge_whitespace("a\tb\nc"), textwrap.TextWrapper(break_on_hyphens=False)._split("x-y z-w"))
print(w._split_chunks("two words"), textwrap.TextWrapper(expand_tabs=False)._munge_whitespace("a\tb"))
class NoHyphen(textwrap.TextWrapper):
    def _split(self, text):
        return [c for c in super()._split(text)]
print(NoHyphen(width=8).wrap("pre-processing is fun"))
class Upper(textwrap.TextWrapper):
    def _wrap_chunks(self, chunks):
        return [line.upper() for line in super()._wrap_chunks(chunks)]
print(Upper(width=10).wrap("make these lines loud please"))
chunks = ["Hello", " ", "world.", "  ", "Next"]
w2 = textwrap.TextWrapper(fix_sentence_endings=True)
w2._fix_sentence_endings(chunks); print(chunks)
try:
    textwrap.TextWrapper(width=0).wrap("x")
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.TextWrapper(width=5, max_lines=1, placeholder="toolong").wrap("aaa bbb ccc")
except ValueError as e:
    print("ValueError:", e)
print(textwrap.TextWrapper(width=5, initial_indent="", max_lines=1, placeholder=".").wrap("aaa bbb"))

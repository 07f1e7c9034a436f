# push_source/pop_source: stacking input streams, e.g. for macro expansion
import io
import shlex

lex = shlex.shlex("begin MACRO end", posix=True)
out = []
for tok in lex:
    if tok == "MACRO":
        lex.push_source("x y z", "macro-def")
        print("inside:", lex.infile, lex.lineno, len(lex.filestack))
        continue
    out.append(tok)
print(out, lex.infile, len(lex.filestack))
lex = shlex.shlex(io.StringIO("outer1\nouter2"), "outer.txt")
print(lex.get_token(), lex.error_leader())
lex.push_source(io.StringIO("inner1 inner2"), "inner.txt")
print(lex.get_token(), lex.error_leader())
print(lex.get_token(), lex.get_token(), lex.error_leader())
print(repr(lex.get_token()))
lex = shlex.shlex("a b")
lex.push_source("c")
lex.pop_source()
print(list(lex))

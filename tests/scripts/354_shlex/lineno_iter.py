# lineno tracking while iterating, and the end-of-input marker in both modes
import shlex

script = "set a 1\nset b 'two\nlines'\n\n# comment\nprint a b\n"
lex = shlex.shlex(script, posix=True)
while True:
    tok = lex.get_token()
    if tok is lex.eof:
        break
    print(lex.lineno, repr(tok))
print("eof:", repr(lex.eof), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex(script)
print([(t, lex.lineno) for t in lex])
print(repr(lex.get_token()), repr(lex.read_token()))
lex = shlex.shlex("'' \"\" x", posix=True)
print(list(lex))
lex = shlex.shlex("'' \"\" x")
print(list(lex))

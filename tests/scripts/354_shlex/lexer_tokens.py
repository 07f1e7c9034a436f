# the shlex class in its default (non-POSIX) mode: words, punctuation characters and quoted strings
import shlex

lex = shlex.shlex('name = "Jane Doe"; age=42, tags=[a,b] # remark\nnext-line: ok')
tokens = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    tokens.append(tok)
print(tokens)
print(repr(lex.eof), lex.lineno, lex.posix)
lex = shlex.shlex("x = 1", posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.eof))
lex = shlex.shlex("alpha beta gamma")
first = lex.get_token()
lex.push_token(first.upper())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
print(list(shlex.shlex("a.b c/d e-f 12.5")))
print(list(shlex.shlex("a.b c/d e-f 12.5", posix=True)))

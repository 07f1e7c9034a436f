# read_token bypasses the pushback stack; get_token honours it; sourcehook-free 'source' keyword off
import shlex

lex = shlex.shlex("one two three", posix=True)
lex.push_token("PUSHED")
print(repr(lex.read_token()), repr(lex.get_token()), repr(lex.get_token()))
print(lex.token == "", lex.state)
lex = shlex.shlex("a b")
print(lex.read_token(), lex.read_token(), repr(lex.read_token()), lex.state)
lex = shlex.shlex("x!y")
print(list(lex), list(lex))
lex = shlex.shlex("x!y", posix=True)
print(list(lex))
lex = shlex.shlex("k1=v1 k2='v 2'", posix=True)
lex.whitespace_split = True
print(dict(pair.split("=", 1) for pair in lex))

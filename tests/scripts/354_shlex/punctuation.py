# punctuation_chars: splitting shell command lines into words and operators
import shlex


def tokens(text, **kw):
    lex = shlex.shlex(text, posix=True, punctuation_chars=True, **kw)
    lex.whitespace_split = True
    return list(lex)


for cmd in ["a && b || c", "ls|grep x>out.txt", "cat <in >>out 2>&1", "(cd /tmp; ls -la) &",
            "echo 'a;b' \"c|d\" e\\;f", "x=1;y=2", "find . -name '*.py' -exec rm {} \\;",
            "a;;b", "cmd # comment ; here", "~/bin/tool --opt=val ./rel/path"]:
    print(f"{cmd!r:40} {tokens(cmd)}")
lex = shlex.shlex("a<b>c", punctuation_chars="<>")
print(lex.punctuation_chars, list(lex))
lex = shlex.shlex("a+b-c", punctuation_chars="+")
print(list(lex), "-" in lex.wordchars, "+" in lex.wordchars)
print(repr(shlex.shlex("x").punctuation_chars), shlex.shlex("x", punctuation_chars=True).punctuation_chars)
try:
    shlex.shlex("x").punctuation_chars = "|"
except AttributeError as e:
    print(type(e).__name__, e)

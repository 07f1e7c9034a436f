# shlex errors: unterminated quotes and dangling escapes, and where the lexer was when they happened
import shlex

for text in ["echo 'unterminated", 'say "open', "trailing\\", "'\\", "\"x\\", "ok 'a' \"b\" 'c"]:
    for posix in (True, False):
        try:
            print(posix, shlex.split(text, posix=posix))
        except ValueError as e:
            print(posix, type(e).__name__, e)

lex = shlex.shlex("first second\n'third\nline", posix=True)
tokens = []
try:
    for tok in lex:
        tokens.append(tok)
except ValueError as e:
    print(tokens, lex.error_leader() + str(e))
    print(lex.error_leader("config.txt"), lex.error_leader("x", 7))
lex = shlex.shlex("abc", infile="input.cfg")
print(lex.error_leader())

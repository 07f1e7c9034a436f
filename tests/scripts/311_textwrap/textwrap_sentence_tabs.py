# textwrap: fix_sentence_endings, tab expansion with tabsize, replace_whitespace, and wrap of only-whitespace inputs
import textwrap
s = "Hello there.  How are you? I am fine. Mr. Smith said so! Done.\"  Quote. e.g. this"
print(textwrap.wrap(s, 30, fix_sentence_endings=True))
print(textwrap.fill("One. Two.\nThree? Four!", 80, fix_sentence_endings=True))
print(textwrap.wrap("a.\nb", fix_sentence_endings=True), textwrap.wrap("end.", fix_sentence_endings=True))
t = "col1\tcol2\tcol3\tx"
for ts in (1, 4, 8, 0):
    print(ts, textwrap.wrap(t, 40, tabsize=ts))
print(textwrap.wrap(t, 40, expand_tabs=False), textwrap.wrap(t, 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\nb\rc\fd\ve", 40), textwrap.wrap("a\nb", 40, replace_whitespace=False))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap(" \n\t "), textwrap.fill(""), textwrap.wrap("   ", drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("x" * 25, 10), textwrap.wrap("ab " + "y" * 12, 10), textwrap.wrap("ab " + "y" * 12, 10, break_long_words=False))

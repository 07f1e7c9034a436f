# textwrap: how hyphenated words, em-dashes and long words are split and broken
import textwrap

samples = ["Hello there -- you goof-ball, use the -b option!", "well-known state-of-the-art x-ray",
           "a-b-c-d e--f g---h i-- --j k-", "re-re-re-entrant 1-2 a1-b2 ab-1c", "foo--bar baz.--qux ,--x",
           "---lead trailing--- mid-- dle", "under_score-word é-ü über-long-compound",
           "x-y-z xy-z x-yz xy-zw", "-a -ab --ab a- ab- abc-", "self-evident.-ok Ab-Cd-Ef-gh"]
w = textwrap.TextWrapper()
for s in samples:
    print(w._split(s))
print(textwrap.TextWrapper(break_on_hyphens=False)._split(samples[0]))
for width in (5, 8, 11, 14):
    print(width, textwrap.wrap("A state-of-the-art, well-established and time-honoured approach", width))
    print(width, textwrap.wrap("A state-of-the-art, well-established approach", width, break_on_hyphens=False))
long = "Supercalifragilisticexpialidocious and-a-very-long-hyphenated-compound-word"
for width in (6, 10, 13):
    print(width, textwrap.wrap(long, width))
    print(width, textwrap.wrap(long, width, break_long_words=False))
    print(width, textwrap.wrap(long, width, break_on_hyphens=False))
print(textwrap.wrap("----------", 4), textwrap.wrap("ab---------", 4), textwrap.wrap("a-b-c-d-e-f", 4))
print(textwrap.wrap("x" * 25, 10, initial_indent="  ", subsequent_indent="    "))
print(textwrap.wrap("word " * 3, 3, initial_indent="abcd"))

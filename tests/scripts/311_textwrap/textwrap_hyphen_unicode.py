# textwrap on non-ASCII and punctuation-heavy text: non-breaking/em spaces, hyphenated unicode words, dashes, quotes, numbers
import textwrap
print(textwrap.wrap("hello\u00a0world foo", 8), textwrap.wrap("a\u2003b c", 3), textwrap.wrap("東京 大阪 名古屋", 5))
print(textwrap.wrap("wörd-wörd wörd", 6), textwrap.wrap("don't-stop 'quoted-word'", 6))
print(textwrap.wrap("1-2-3-4-5-6", 4), textwrap.wrap("--flag --other-flag", 8), textwrap.wrap("a--b--c", 3))
print(textwrap.wrap("co-operate re-enter e-mail x-ray", 9), textwrap.wrap("state-of-the-art", 7), textwrap.wrap("-5 - 3", 2))
print(textwrap.wrap("naïve café—très chic—oui", 10), textwrap.wrap("über-langes-wort", 8, break_on_hyphens=True))
print(textwrap.fill("Émile said: «bonjour»! Ça va? Oui.", 12, fix_sentence_endings=True))
print(textwrap.shorten("Ünïcödé text with äccents everywhere", 20), textwrap.dedent("\u3000a\n\u3000b"))

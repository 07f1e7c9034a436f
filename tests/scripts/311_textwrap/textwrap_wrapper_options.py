# textwrap.TextWrapper: each option alone on one text (width, indents, break_long_words, hyphens, drop_whitespace)
import textwrap
text = "A well-known anti-pattern: supercalifragilisticexpialidocious words   and  spaces\tin text."
def show(**kw):
    print(kw, textwrap.TextWrapper(**kw).wrap(text))
show(width=20)
show(width=20, initial_indent="* ", subsequent_indent="  ")
show(width=12, break_long_words=False)
show(width=12, break_on_hyphens=False)
show(width=12, break_long_words=False, break_on_hyphens=False)
show(width=15, drop_whitespace=False)
show(width=15, replace_whitespace=False)
show(width=30, expand_tabs=False)
show(width=30, tabsize=1)
show(width=25, max_lines=2)
show(width=25, max_lines=2, placeholder=" [more]")
show(width=1)
w = textwrap.TextWrapper(width=10)
w.width = 40; w.initial_indent = ">"
print(w.fill(text))
print(vars(textwrap.TextWrapper()) == vars(textwrap.TextWrapper(width=70)), textwrap.TextWrapper().placeholder)

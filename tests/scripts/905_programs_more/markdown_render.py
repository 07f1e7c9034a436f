# A tiny Markdown-to-HTML converter: block parsing with a state machine and inline rules with re.sub callbacks.
import re
from textwrap import dedent

INLINE_RULES = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), lambda m: f'<a href="{m[2]}">{m[1]}</a>'),
]


ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def inline(text):
    text = text.translate(ESCAPES)
    for pattern, repl in INLINE_RULES:
        text = pattern.sub(repl, text)
    return text


def render(source):
    out, para, list_kind = [], [], None

    def flush_para():
        if para:
            out.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()

    def close_list():
        nonlocal list_kind
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None

    for line in source.splitlines():
        stripped = line.strip()
        if m := re.match(r"(#{1,6})\s+(.*)", stripped):
            flush_para(); close_list()
            level = len(m.group(1))
            out.append(f"<h{level}>{inline(m.group(2))}</h{level}>")
        elif m := re.match(r"([-*]|\d+\.)\s+(.*)", stripped):
            flush_para()
            kind = "ol" if m.group(1)[0].isdigit() else "ul"
            if kind != list_kind:
                close_list()
                out.append(f"<{kind}>")
                list_kind = kind
            out.append(f"  <li>{inline(m.group(2))}</li>")
        elif not stripped:
            flush_para(); close_list()
        else:
            close_list()
            para.append(stripped)
    flush_para(); close_list()
    return "\n".join(out)


DOC = dedent("""\
    # Release *notes*
    Version **2.0** brings `async` support
    and a [new site](https://example.org/docs).

    ## Changes
    - faster *startup*
    - fixed `a < b` comparisons & more
    * removed **legacy** mode
    1. upgrade
    2. run `migrate --all`

    Thanks to *everyone*!
""")
result = render(DOC)
print(result)
tags = re.findall(r"<(\w+)", result)
print(sorted(set(tags)), len(tags))
print(re.sub(r"<[^>]+>", "", result).split("\n")[0])
print(inline("2 * 3 * 4 and **bold** and *it*"))

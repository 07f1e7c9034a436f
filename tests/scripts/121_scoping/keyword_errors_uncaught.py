# an unexpected keyword argument in a nested call chain ends the script with a TypeError traceback
def render(template, /, **values):
    return template.format(**values)
def page(title, *, body="", footer="(c)"):
    return render("{t}|{b}|{f}", t=title, b=body, f=footer)
print(page("Home", body="hello"))
print(page(title="About"))
def build():
    return [page("A"), page("B", body="x", header="oops")]
build()

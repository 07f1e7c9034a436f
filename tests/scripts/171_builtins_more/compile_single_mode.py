# compile() in 'single', 'eval' and 'exec' modes: interactive-style echo of expression values, and mode errors
ns = {}
for src in ["1 + 2", "x = 5", "x * 3", "None", "'text'", "[i for i in range(x)]"]:
    exec(compile(src, "<stdin>", "single"), ns)
code = compile("a * b", "<expr>", "eval")
print(code.co_filename, eval(code, {"a": 6, "b": 7}), type(code).__name__)
print(exec(compile("y = 1", "<s>", "exec"), ns), ns["y"])
for src, mode in [("x = 1", "eval"), ("1 +", "exec"), ("pass", "nonsense")]:
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__ + ":", e.msg if isinstance(e, SyntaxError) else e, getattr(e, "lineno", ""))

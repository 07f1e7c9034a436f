# getattr/setattr/hasattr/delattr driving a tiny command dispatcher and a config loader
class Calculator:
    def __init__(self): self.value = 0
    def do_add(self, n): self.value += n
    def do_mul(self, n): self.value *= n
    def do_reset(self): self.value = 0
calc = Calculator()
for line in ["add 5", "mul 3", "sub 2", "add 10", "reset", "add 1"]:
    cmd, *args = line.split()
    handler = getattr(calc, "do_" + cmd, None)
    if handler is None:
        print(f"unknown command {cmd!r}")
        continue
    handler(*map(int, args))
    print(f"{line:8} -> {calc.value}")
print(sorted(n for n in dir(calc) if n.startswith("do_")), hasattr(calc, "value"), hasattr(Calculator, "value"))
settings = {"verbose": True, "retries": 3}
class Config: pass
cfg = Config()
for k, v in settings.items():
    setattr(cfg, k, v)
print(vars(cfg), getattr(cfg, "retries"), getattr(cfg, "timeout", 30))
delattr(cfg, "verbose")
print(vars(cfg), hasattr(cfg, "verbose"))
setattr(cfg, "odd name", 1)
print(getattr(cfg, "odd name"), sorted(vars(cfg)))
print(getattr(cfg, "timeout"))

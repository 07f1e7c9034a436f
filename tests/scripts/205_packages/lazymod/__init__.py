def __getattr__(name):
    if name == "answer":
        return 42
    raise AttributeError(f"custom: no {name}")

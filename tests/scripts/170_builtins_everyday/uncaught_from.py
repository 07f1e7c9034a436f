# uncaught exception with explicit `raise ... from` cause and a custom exception class with args
class ConfigError(Exception):
    def __init__(self, key, msg):
        super().__init__(key, msg)
        self.key = key
    def __str__(self):
        return f"{self.key}: {self.args[1]}"
def load(d):
    try:
        return d["port"] + 1
    except (KeyError, TypeError) as e:
        raise ConfigError("port", "missing or invalid") from e
print(load({"port": 80}))
print(load({"port": "80"}))

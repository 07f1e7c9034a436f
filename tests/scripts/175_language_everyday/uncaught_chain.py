# uncaught exception with explicit cause: traceback printed to stderr, exit code 1
class ConfigError(Exception):
    pass
def load(name):
    data = {"a": 1}
    return data[name]
def configure(name):
    try:
        return load(name)
    except KeyError as e:
        raise ConfigError(f"no setting {name!r}") from e
print(configure("a"))
print("now failing")
configure("b")

# implicit chaining: __context__ set when raising inside except; uncaught output shows both tracebacks
class ConfigError(Exception):
    pass
def read(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError(f"missing setting {key!r}")
try:
    read({}, "port")
except ConfigError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
def load():
    data = {"host": "x"}
    return int(read(data, "host")) + read(data, "port")
load()

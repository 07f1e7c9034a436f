# raise ... from ...: the cause's traceback is printed first with "direct cause" between them
class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing setting {key!r}") from exc


cfg = {"port": 80}
print(load(cfg, "port"))
load(cfg, "host")

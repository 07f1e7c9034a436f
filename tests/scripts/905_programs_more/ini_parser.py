# An INI-style config parser with sections, interpolation of ${section:key}, typed getters and a ChainMap of defaults.
import re
from collections import ChainMap, OrderedDict

TEXT = r"""
; global defaults
[DEFAULT]
timeout = 30
retries = 3
base_dir = /srv/app

[database]
host = db.internal
port = 5432
user = app
password = "s3cr;et"   ; quoted values keep ';'
url = postgres://${user}@${host}:${port}/main

[cache]
enabled = yes
ttl = ${DEFAULT:timeout}
path = ${DEFAULT:base_dir}/cache
ratio = 0.75

[logging]
level = INFO
files = ${DEFAULT:base_dir}/log/app.log,
        ${DEFAULT:base_dir}/log/err.log
"""


class ConfigError(Exception):
    pass


class Config:
    BOOL = {"yes": True, "true": True, "on": True, "1": True, "no": False, "false": False, "off": False, "0": False}

    def __init__(self, text):
        self.sections = OrderedDict()
        current, last_key = None, None
        for n, raw in enumerate(text.splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith((";", "#")):
                continue
            if raw[0].isspace() and last_key:
                current[last_key] += "\n" + raw.strip()
                continue
            line = raw.strip()
            if m := re.fullmatch(r"\[([^\]]+)\]", line):
                current = self.sections.setdefault(m.group(1), {})
                continue
            if current is None:
                raise ConfigError(f"line {n}: key outside section")
            key, sep, value = line.partition("=")
            if not sep:
                raise ConfigError(f"line {n}: expected key = value")
            value = value.strip()
            if value.startswith('"'):
                value = value[1:value.index('"', 1)]
            else:
                value = value.split(";")[0].strip()
            last_key = key.strip().lower()
            current[last_key] = value
        self.defaults = self.sections.pop("DEFAULT", {})

    def view(self, section):
        return ChainMap(self.sections[section], self.defaults)

    def get(self, section, key, depth=0):
        if depth > 10:
            raise ConfigError("interpolation too deep")
        raw = self.view(section)[key]

        def sub(m):
            sec, _, k = m.group(1).rpartition(":")
            if sec == "DEFAULT":
                return self.defaults[k]
            return self.get(sec or section, k, depth + 1)
        return re.sub(r"\$\{([^}]+)\}", sub, raw)

    def getint(self, section, key):
        return int(self.get(section, key))

    def getfloat(self, section, key):
        return float(self.get(section, key))

    def getbool(self, section, key):
        v = self.get(section, key).lower()
        if v not in self.BOOL:
            raise ConfigError(f"{section}.{key}: not a boolean: {v!r}")
        return self.BOOL[v]

    def getlist(self, section, key):
        return [item.strip() for item in re.split(r"[,\n]", self.get(section, key)) if item.strip()]


cfg = Config(TEXT)
print(list(cfg.sections), sorted(cfg.defaults))
print(cfg.get("database", "url"), repr(cfg.get("database", "password")))
print(cfg.getint("database", "port") + 1, cfg.getint("database", "timeout"), cfg.getbool("cache", "enabled"))
print(cfg.getint("cache", "ttl") * 2, cfg.get("cache", "path"), cfg.getfloat("cache", "ratio") * 100)
print(cfg.getlist("logging", "files"))
view = cfg.view("logging")
print(len(view), sorted(view), view.maps[0] == cfg.sections["logging"], "retries" in view)
for sec, key, getter in [("cache", "ratio", cfg.getbool), ("database", "missing", cfg.get), ("nope", "x", cfg.get)]:
    try:
        getter(sec, key)
    except (ConfigError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")
for bad in ["x = 1", "[s]\nno equals here"]:
    try:
        Config(bad)
    except ConfigError as e:
        print("ConfigError:", e)

# Loading a JSON app config, validating it against a typed schema, merging overrides and dumping it back.
import json
from dataclasses import dataclass, field, asdict, fields, replace
from typing import Any

RAW = """
{
  "name": "weather-svc",
  "version": "1.4.2",
  "debug": false,
  "server": {"host": "0.0.0.0", "port": 8080, "workers": 4},
  "features": ["cache", "metrics"],
  "limits": {"rps": 250.5, "burst": null},
  "owners": [{"name": "Zoë", "email": "zoe@example.org"}, {"name": "Li", "email": "li@example.org"}]
}
"""


@dataclass(frozen=True)
class Server:
    host: str = "127.0.0.1"
    port: int = 80
    workers: int = 1

    def __post_init__(self):
        if not 0 < self.port < 65536:
            raise ValueError(f"bad port {self.port}")


@dataclass
class Config:
    name: str
    version: str
    debug: bool = False
    server: Server = field(default_factory=Server)
    features: list = field(default_factory=list)
    limits: dict = field(default_factory=dict)
    owners: list = field(default_factory=list)

    @property
    def version_tuple(self):
        return tuple(int(p) for p in self.version.split("."))


def deep_merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def load(data: dict[str, Any]) -> Config:
    known = {f.name for f in fields(Config)}
    unknown = sorted(set(data) - known)
    if unknown:
        print("ignoring unknown keys:", unknown)
    kwargs = {k: v for k, v in data.items() if k in known}
    kwargs["server"] = Server(**kwargs.get("server", {}))
    return Config(**kwargs)


data = json.loads(RAW)
print(type(data["limits"]["burst"]), data["limits"]["rps"] * 2, data["owners"][0]["name"])
cfg = load(data)
print(cfg.server, cfg.version_tuple >= (1, 4), cfg.features)

override = json.loads('{"debug": true, "server": {"port": 9090}, "features": ["cache"], "colour": "blue"}')
cfg2 = load(deep_merge(data, override))
print(cfg2.debug, cfg2.server.port, cfg2.server.workers, cfg2.features)
try:
    cfg2.server.port = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    load(deep_merge(data, {"server": {"port": 70000}}))
except ValueError as e:
    print("invalid:", e)

cfg3 = replace(cfg2, name="weather-svc-canary", server=replace(cfg2.server, workers=1))
out = json.dumps(asdict(cfg3), indent=2, sort_keys=True, ensure_ascii=False)
print(out)
print(json.dumps(asdict(cfg3.server), separators=(",", ":")), json.dumps("Zoë"))


def encode_default(o):
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, Server):
        return f"{o.host}:{o.port}"
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps({"tags": {"b", "a"}, "srv": cfg.server}, default=encode_default))
try:
    json.dumps({"cfg": cfg}, default=encode_default)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("decode error at", e.pos, e.msg)

# realistic program: layered configuration with ChainMap (defaults < file < env < cli), scoped overrides, provenance
from collections import ChainMap
from types import MappingProxyType, SimpleNamespace
from contextlib import contextmanager

defaults = {"host": "localhost", "port": 8080, "debug": False, "workers": 2}
file_cfg = {"port": 9000, "workers": 4}
env = {"DEBUG": "1", "APP_HOST": "0.0.0.0", "HOME": "/root"}
env_cfg = {k[4:].lower(): v for k, v in env.items() if k.startswith("APP_")}
if env.get("DEBUG") == "1":
    env_cfg["debug"] = True
cli = {"workers": 8}

layers = ChainMap(cli, env_cfg, file_cfg, defaults)
names = ["cli", "env", "file", "defaults"]
def source(key):
    for name, m in zip(names, layers.maps):
        if key in m:
            return name
for key in sorted(layers):
    print(f"{key:8} = {layers[key]!r:12} from {source(key)}")

@contextmanager
def override(cfg, **changes):
    scoped = cfg.new_child(changes)
    try:
        yield MappingProxyType(scoped)
    finally:
        print("leaving override", sorted(changes))

with override(layers, port=1234, debug=False) as view:
    print("inside:", view["port"], view["debug"], view["host"])
    try:
        view["port"] = 1
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print("after:", layers["port"], layers["debug"])
settings = SimpleNamespace(**layers)
print(settings)
layers["host"] = "example.org"
print(cli, layers.parents["host"])

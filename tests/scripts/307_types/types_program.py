# realistic program: plugin registry built with new_class, config as SimpleNamespace, registry exposed read-only
import types
import copy

_registry = {}
registry = types.MappingProxyType(_registry)

class PluginMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            _registry[kw.get("key", name.lower())] = cls
        return cls

class Plugin(metaclass=PluginMeta):
    def run(self, cfg):
        return f"{type(self).__name__} running with level={cfg.level}"

def make_plugin(name, greeting, key=None):
    def body(ns):
        ns["greeting"] = greeting
        ns["run"] = lambda self, cfg: f"{greeting}: {Plugin.run(self, cfg)}"
    kwds = {"key": key} if key else {}
    return types.new_class(name, (Plugin,), kwds, body)

make_plugin("Echo", "echo")
make_plugin("Shout", "HEY", key="loud")

def load_config(**overrides):
    cfg = types.SimpleNamespace(level=1, name="default", tags=["base"])
    for k, v in overrides.items():
        setattr(cfg, k, v)
    return cfg

cfg = load_config(level=3)
print(cfg)
for key in sorted(registry):
    plugin = registry[key]()
    print(key, "->", plugin.run(cfg))
try:
    registry["evil"] = Plugin
except TypeError as e:
    print(type(e).__name__ + ":", e)
snapshot = copy.deepcopy(cfg)
cfg.tags.append("extra")
print(snapshot, snapshot == cfg, type(snapshot).__name__)
print(len(registry), sorted(registry), isinstance(registry["echo"], PluginMeta))

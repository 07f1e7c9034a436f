# __init_subclass__ with keyword arguments builds a plugin registry; bad kwargs raise TypeError
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
class Csv(Plugin, key="csv"):
    def load(self): return "csv rows"
class Json(Plugin):
    def load(self): return "json doc"
class StrictJson(Json, key="sjson"): pass
print(sorted(Plugin.registry))
print([Plugin.registry[k]().load() for k in sorted(Plugin.registry)])
print(StrictJson.key, Json.key, issubclass(StrictJson, Plugin))
try:
    class Weird(Plugin, key="w", color="red"): pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Plugin.registry))

# exceptions raised from __init__, properties and __getattr__ propagate to the caller; AttributeError in property
class Sensor:
    def __init__(self, name, reading):
        if not name:
            raise ValueError("sensor needs a name")
        self.name = name
        self._reading = reading
    @property
    def celsius(self):
        return self._reading.value
    def __getattr__(self, attr):
        if attr.startswith("raw_"):
            raise KeyError(attr)
        raise AttributeError(f"{type(self).__name__} has no {attr!r}")
try:
    Sensor("", 1)
except ValueError as e:
    print("ValueError:", e)
s = Sensor("s1", 20)
try:
    s.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.raw_volts
except KeyError as e:
    print("KeyError:", e)
print(getattr(s, "unit", "C"), hasattr(s, "zzz"))
try:
    hasattr(s, "raw_x")
except KeyError as e:
    print("hasattr propagated KeyError:", e)

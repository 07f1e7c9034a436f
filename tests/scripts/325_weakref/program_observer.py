# realistic program: an event bus holding subscribers via WeakMethod; dead listeners drop out
import weakref

class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, handler):
        def forget(wm, event=event):
            self._subs[event].remove(wm)
            print("  (bus) dropped a listener of", event)
        if hasattr(handler, "__self__"):
            entry = weakref.WeakMethod(handler, forget)
        else:
            entry = weakref.ref(handler, forget)
        self._subs.setdefault(event, []).append(entry)

    def publish(self, event, payload):
        results = []
        for entry in list(self._subs.get(event, ())):
            fn = entry()
            if fn is not None:
                results.append(fn(payload))
        return results

    def count(self, event):
        return len(self._subs.get(event, ()))

class Widget:
    def __init__(self, name, bus):
        self.name = name
        self.seen = []
        bus.subscribe("click", self.on_click)
        bus.subscribe("key", self.on_key)
    def on_click(self, pos):
        self.seen.append(pos)
        return "%s clicked at %s" % (self.name, pos)
    def on_key(self, key):
        return "%s got %s" % (self.name, key)

def logger(payload):
    return "log: %r" % (payload,)

bus = EventBus()
ok, cancel = Widget("ok", bus), Widget("cancel", bus)
bus.subscribe("click", logger)
print(bus.publish("click", (1, 2)))
print(bus.count("click"), bus.count("key"))
del cancel
print(bus.count("click"), bus.count("key"))
print(bus.publish("click", (3, 4)))
print(bus.publish("key", "enter"), ok.seen)
# equal WeakMethods for the same live handler
print(weakref.WeakMethod(ok.on_click) == weakref.WeakMethod(ok.on_click))
registry = weakref.WeakSet([ok])
tmp = Widget("tmp", bus)
registry.add(tmp)
print(sorted(w.name for w in registry), bus.count("click"))
tmp = None
print(sorted(w.name for w in registry), bus.count("click"))

# An event bus with decorator-registered handlers, priorities and a scoped subscription; a handler bug escapes.
from collections import defaultdict
from contextlib import contextmanager
from functools import partial


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.delivered = 0

    def on(self, event, priority=0):
        def register(fn):
            self._handlers[event].append((priority, fn))
            self._handlers[event].sort(key=lambda pf: -pf[0])
            return fn
        return register

    def off(self, event, fn):
        self._handlers[event] = [(p, f) for p, f in self._handlers[event] if f is not fn]

    def emit(self, event, **payload):
        results = []
        for _, fn in list(self._handlers.get(event, ())):
            self.delivered += 1
            out = fn(**payload)
            if out is StopPropagation:
                results.append("<stopped>")
                break
            results.append(out)
        return results

    @contextmanager
    def listening(self, event, fn):
        self.on(event)(fn)
        try:
            yield fn
        finally:
            self.off(event, fn)


StopPropagation = object()
bus = EventBus()
audit = []


@bus.on("order.created", priority=10)
def validate(order_id, items, **_):
    if not items:
        return StopPropagation
    return f"valid #{order_id}"


@bus.on("order.created")
def reserve(order_id, items, **_):
    return f"reserved {sum(items.values())} units"


@bus.on("order.created", priority=5)
def price(order_id, items, prices=None, **_):
    prices = prices or {}
    total = sum(prices[sku] * n for sku, n in items.items())
    return f"total {total:.2f}"


def record(kind, **payload):
    audit.append((kind, tuple(sorted(payload))))
    return kind


PRICES = {"apple": 0.5, "pear": 0.75, "fig": 1.2}
print(bus.emit("order.created", order_id=1, items={"apple": 4, "fig": 1}, prices=PRICES))
print(bus.emit("order.created", order_id=2, items={}, prices=PRICES))
with bus.listening("order.created", partial(record, "audit")):
    print(bus.emit("order.created", order_id=3, items={"pear": 2}, prices=PRICES))
print(bus.emit("order.created", order_id=4, items={"pear": 1}, prices=PRICES))
print(bus.emit("nothing.here"), audit, bus.delivered)
print([fn.__name__ for _, fn in bus._handlers["order.created"]])


def checkout(cart):
    return bus.emit("order.created", order_id=5, items=cart, prices=PRICES)


def handle_request(body):
    cart = dict(item.split(":") for item in body.split(","))
    return checkout({k: int(v) for k, v in cart.items()})


print(handle_request("apple:2,pear:1"))
print(handle_request("apple:1,kiwi:3"))

# realistic program: an order state machine with Enum states, transitions table, Flag-based permissions.
from enum import Enum, Flag, auto


class State(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def is_final(self):
        return self in (State.DELIVERED, State.CANCELLED)


class Event(Enum):
    PAY = auto()
    SHIP = auto()
    DELIVER = auto()
    CANCEL = auto()


class Role(Flag):
    CUSTOMER = auto()
    CLERK = auto()
    COURIER = auto()
    STAFF = 6


TRANSITIONS = {
    (State.NEW, Event.PAY): (State.PAID, Role.CUSTOMER),
    (State.NEW, Event.CANCEL): (State.CANCELLED, Role(Role.CUSTOMER.value | Role.CLERK.value)),
    (State.PAID, Event.SHIP): (State.SHIPPED, Role.CLERK),
    (State.PAID, Event.CANCEL): (State.CANCELLED, Role.CLERK),
    (State.SHIPPED, Event.DELIVER): (State.DELIVERED, Role.COURIER),
}


class Order:
    def __init__(self, ident):
        self.ident, self.state, self.log = ident, State.NEW, []

    def fire(self, event, role):
        try:
            target, allowed = TRANSITIONS[(self.state, event)]
        except KeyError:
            raise ValueError(f"cannot {event.name.lower()} an order that is {self.state.value}") from None
        if not (role & allowed):
            raise PermissionError(f"{role} may not {event.name}: needs {allowed!r}")
        self.log.append((self.state, event, target))
        self.state = target


o = Order(1)
script = [(Event.PAY, Role.CUSTOMER), (Event.SHIP, Role.COURIER), (Event.SHIP, Role.STAFF),
          (Event.CANCEL, Role.CLERK), (Event.DELIVER, Role.COURIER), (Event.PAY, Role.CUSTOMER)]
for event, role in script:
    try:
        o.fire(event, role)
        print("ok  ", event.name, "->", o.state, "final" if o.state.is_final else "")
    except (ValueError, PermissionError) as e:
        print(type(e).__name__ + ":", e)
print([f"{a.name}-{e.name}->{b.name}" for a, e, b in o.log])
print(list(Role), repr(Role.STAFF), list(Role.STAFF), repr(Role(7)), repr(~Role.CUSTOMER))
print(sorted(s.value for s in State if not s.is_final), State("paid"), len(TRANSITIONS))

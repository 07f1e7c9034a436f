# A publish/subscribe message bus: subscribers own an asyncio.Queue and listen on several topic patterns ("*" is
# one segment, "#" any tail), a slow subscriber with a bounded queue applies back-pressure to the publishers, a
# paused one drops what does not fit (and counts it), one unsubscribes while messages are still queued for it,
# and close() hands every remaining subscriber a sentinel after the messages already in its queue.
import asyncio
import functools
import itertools
from collections import Counter, namedtuple
from dataclasses import dataclass, field

CLOSED = object()
Message = namedtuple("Message", "seq topic payload")


@functools.lru_cache(maxsize=None)
def matches(pattern, topic):
    head, _, rest = pattern.partition(".")
    if head == "#":
        return True
    first, _, tail = topic.partition(".")
    if head not in ("*", first):
        return False
    if not rest or not tail:
        return not rest and not tail or rest == "#"
    return matches(rest, tail)


@dataclass
class Subscription:
    name: str
    patterns: tuple
    queue: asyncio.Queue
    drop_when_full: bool = False
    dropped: int = 0
    received: list = field(default_factory=list)

    def wants(self, topic):
        return any(matches(p, topic) for p in self.patterns)


class Bus:
    def __init__(self):
        self.subs = {}
        self.seq = itertools.count(1)
        self.stalls, self.skipped = Counter(), Counter()
        self.closed = False

    def subscribe(self, name, *patterns, maxsize=0, drop_when_full=False):
        sub = Subscription(name, patterns, asyncio.Queue(maxsize), drop_when_full)
        self.subs[name] = sub
        return sub

    def unsubscribe(self, sub):
        del self.subs[sub.name]
        return [sub.queue.get_nowait().seq for _ in range(sub.queue.qsize())]  # still queued: discarded

    async def publish(self, topic, payload):
        if self.closed:
            raise RuntimeError(f"bus closed, cannot publish {topic!r}")
        msg = Message(next(self.seq), topic, payload)
        targets = [s for s in self.subs.values() if s.wants(topic)]
        for sub in targets:
            if self.subs.get(sub.name) is not sub:  # unsubscribed while we waited on another queue
                self.skipped[sub.name] += 1
                continue
            if sub.drop_when_full and sub.queue.full():
                sub.dropped += 1
                continue
            if sub.queue.full():
                self.stalls[sub.name] += 1
            await sub.queue.put(msg)
        return msg.seq, [s.name for s in targets]

    async def close(self):
        self.closed = True
        for sub in list(self.subs.values()):
            await sub.queue.put(CLOSED)


async def consume(bus, sub, log, delay=0.0, yields=0, gate=None, leave_after=None):
    if gate is not None:
        await gate.wait()
    while True:
        msg = await sub.queue.get()
        if msg is CLOSED:
            log.append(f"{sub.name}: closed")
            return len(sub.received)
        if delay:
            await asyncio.sleep(delay)
        for _ in range(yields):
            await asyncio.sleep(0)
        sub.received.append(f"{msg.seq}:{msg.payload}")
        if leave_after is not None and len(sub.received) == leave_after:
            discarded = bus.unsubscribe(sub)
            log.append(f"{sub.name}: unsubscribed after #{msg.seq}, discarded {discarded}")
            return len(sub.received)


async def publisher(bus, name, events, log):
    for topic, payload in events:
        seq, names = await bus.publish(topic, payload)
        log.append(f"{name} #{seq} {topic} -> {','.join(names) or '-'}")
        await asyncio.sleep(0)


async def main():
    bus = Bus()
    log = []
    gate = asyncio.Event()
    subs = [
        bus.subscribe("audit", "#"),
        bus.subscribe("orders", "orders.*", maxsize=2),
        bus.subscribe("metrics", "metrics.#", "alerts.*", maxsize=3, drop_when_full=True),
        bus.subscribe("pager", "alerts.critical", "orders.refunded"),
    ]
    consumers = [
        asyncio.create_task(consume(bus, subs[0], log)),
        asyncio.create_task(consume(bus, subs[1], log, delay=0.01)),
        asyncio.create_task(consume(bus, subs[2], log, gate=gate)),
        asyncio.create_task(consume(bus, subs[3], log, yields=3, leave_after=2)),
    ]
    shop = [("orders.created", "o1"), ("orders.paid", "o1"), ("orders.created", "o2"),
            ("orders.refunded", "o1"), ("orders.created", "o3"), ("shipping.sent", "o2")]
    monitor = [("metrics.cpu", 71), ("metrics.disk.sda", 93), ("alerts.critical", "disk"),
               ("metrics.cpu", 88), ("alerts.critical", "cpu"), ("alerts.critical", "mem"), ("alerts.info", "ok")]
    await asyncio.gather(publisher(bus, "shop", shop, log), publisher(bus, "monitor", monitor, log))
    print("queued now:", {s.name: s.queue.qsize() for s in subs})
    gate.set()
    await bus.close()
    counts = await asyncio.gather(*consumers)
    for line in log:
        print(line)
    for sub, n in zip(subs, counts):
        extra = f" (dropped {sub.dropped})" if sub.drop_when_full else ""
        print(f"{sub.name:8} {n:2} {sub.received}{extra}")
    print("publisher stalls:", dict(bus.stalls), "skipped:", dict(bus.skipped))
    print("still subscribed:", sorted(bus.subs))
    try:
        await bus.publish("orders.created", "late")
    except RuntimeError as e:
        print("error:", e)
    print("match cache:", matches.cache_info().hits > 0, [matches(p, "a.b.c") for p in ("a.#", "a.*", "*.b.*", "#")])


asyncio.run(main())

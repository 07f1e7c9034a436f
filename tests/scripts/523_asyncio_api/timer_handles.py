# call_later/call_at return TimerHandles: when() matches the deadline, cancel()/cancelled(), ordering by deadline,
# past deadlines run at once, and loop.time() is monotonic (only comparisons are printed)
import asyncio


def fire(tag):
    print("fire", tag)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    h1 = loop.call_later(0.06, fire, "later 60ms")
    h2 = loop.call_at(t0 + 0.02, fire, "at +20ms")
    h3 = loop.call_later(0.04, fire, "cancelled 40ms")
    h4 = loop.call_later(-1, fire, "negative delay")
    h5 = loop.call_at(t0 - 5, fire, "deadline in the past")
    print(type(h1).__name__, type(h2).__name__)
    print("when at:", h2.when() == t0 + 0.02)
    print("when later:", h1.when() >= t0 + 0.06, h1.when() < t0 + 1)
    print("order:", h2 < h3 < h1, h1 > h2, h5 < h4, h1 == h1, h1 != h2)
    print("sorted:", [h is x for h, x in zip(sorted([h1, h3, h2]), [h2, h3, h1])])
    print(h3.cancelled())
    h3.cancel()
    print(h3.cancelled(), h3.when() >= t0)
    t_before = loop.time()
    await asyncio.sleep(0.1)
    t_after = loop.time()
    print("time advanced:", t_after > t_before, t_after - t_before >= 0.09)
    print("monotonic:", all(loop.time() <= loop.time() for _ in range(5)))
    h1.cancel()
    print("cancel after firing:", h1.cancelled())
    for bad in (None,):
        try:
            loop.call_later(bad, fire, "x")
        except TypeError as e:
            print("TypeError:", e)
        try:
            loop.call_at(bad, fire, "x")
        except TypeError as e:
            print("TypeError:", e)
    try:
        loop.call_later(0.01, 42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

# Timers registered out of order with call_at/call_later fire by deadline; a timer cancels a later one,
# and a callback adds a call_soon that runs before the next timer
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = {}
    done = loop.create_future()

    def cb(name):
        print("fire", name)
        fired.append(name)
        if name == "t60":
            print("t60 cancels t100:", handles["t100"].cancel() is None)
            loop.call_soon(cb, "soon-after-t60")
        if name == "t140":
            done.set_result(len(fired))

    base = loop.time()
    for name, off in [("t140", 0.14), ("t20", 0.02), ("t100", 0.10), ("t60", 0.06), ("t80", 0.08)]:
        handles[name] = loop.call_at(base + off, cb, name)
    handles["t40"] = loop.call_later(0.04, cb, "t40")
    handles["t120"] = loop.call_later(0.12, cb, "t120")
    handles["t120"].cancel()
    handles["t120"].cancel()
    print("scheduled", sorted(handles))
    n = await done
    print("count", n)
    print("summary", fired, sorted(k for k, h in handles.items() if h.cancelled()))


asyncio.run(main())

# loop.get_debug/set_debug, asyncio.run(debug=...) and Runner(debug=...) set the flag of the loop they create
import asyncio


async def report(tag):
    loop = asyncio.get_running_loop()
    print(tag, "debug:", loop.get_debug())


loop = asyncio.new_event_loop()
print("new loop debug:", loop.get_debug())
loop.set_debug(True)
print("after set_debug(True):", loop.get_debug())
loop.set_debug(False)
print("after set_debug(False):", loop.get_debug())
loop.close()
asyncio.run(report("run()"))
asyncio.run(report("run(debug=False)"), debug=False)
with asyncio.Runner(debug=False) as r:
    r.run(report("Runner(debug=False)"))
    print("runner loop:", r.get_loop().get_debug())

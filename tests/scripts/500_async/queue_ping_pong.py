# Two tasks exchange a ball over two queues: ping and pong strictly alternate.
import asyncio

async def player(name, inbox, outbox, rounds):
    for _ in range(rounds):
        ball = await inbox.get()
        print(name, "got", ball)
        await outbox.put(ball + 1)
    return name

async def main():
    a_in, b_in = asyncio.Queue(), asyncio.Queue()
    ping = asyncio.create_task(player("ping", a_in, b_in, 4))
    pong = asyncio.create_task(player("pong", b_in, a_in, 4))
    await a_in.put(0)
    print(await asyncio.gather(ping, pong))
    print("final ball", a_in.get_nowait(), a_in.qsize(), b_in.qsize())

asyncio.run(main())

# current_task, all_tasks and task names
import asyncio

async def child(n):
    me = asyncio.current_task()
    print("child", n, me.get_name())
    await asyncio.sleep(0.05)

async def main():
    print(asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(i), name=f"child-{i}") for i in range(3)]
    await asyncio.sleep(0.01)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task().get_coro().__name__)

print(asyncio.current_task() if False else "outside")
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())

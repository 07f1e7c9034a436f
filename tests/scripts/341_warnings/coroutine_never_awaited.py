# a coroutine freed without being awaited: CPython's RuntimeWarning (weft reports it at the next call on the line)
import asyncio
async def work():
    return 1
def main():
    c = work()
    print("made")
    del c; print("after")
main()
async def amain():
    work(); await asyncio.sleep(0)
    print("in amain")
asyncio.run(amain())
c2 = work()
c2.close()
print("closed quietly")

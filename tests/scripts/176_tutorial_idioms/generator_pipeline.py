# Real Python generators: lazy pipelines over CSV-like text, send(), yield from, generator expressions
csv_text = """permalink,company,numEmps,category,city,state,fundedDate,raisedAmt,raisedCurrency,round
digg,Digg,60,web,San Francisco,CA,1-Dec-06,8500000,USD,b
facebook,Facebook,450,web,Palo Alto,CA,1-Sep-04,500000,USD,angel
facebook,Facebook,450,web,Palo Alto,CA,1-May-05,12700000,USD,a
photobucket,Photobucket,60,web,Palo Alto,CA,1-Mar-05,3000000,USD,a
omnidrive,Omnidrive,,web,Palo Alto,CA,1-Dec-06,800000,USD,angel"""
lines = (line for line in csv_text.splitlines())
list_line = (s.rstrip().split(",") for s in lines)
cols = next(list_line)
company_dicts = (dict(zip(cols, data)) for data in list_line)
funding = (int(d["raisedAmt"]) for d in company_dicts if d["round"] == "a")
print("Total series A fundraising: $", sum(funding))

def infinite_palindromes():
    num = 0
    while True:
        if str(num) == str(num)[::-1]:
            i = (yield num)
            if i is not None:
                num = i
        num += 1
pal_gen = infinite_palindromes()
out = [next(pal_gen) for _ in range(5)]
print(out, pal_gen.send(100), next(pal_gen), pal_gen.send(1000))
pal_gen.close()
try:
    next(pal_gen)
except StopIteration:
    print("closed")

def chain_all(*iterables):
    for it in iterables:
        yield from it
print(list(chain_all("ab", [1, 2], range(3))))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
def wrapper():
    result = yield from countdown(3)
    yield result
print(list(wrapper()))
g = (x * x for x in range(4))
print(type(g).__name__, list(g), list(g))
nums_squared_lc = [n ** 2 for n in range(10000)]
print(sum(nums_squared_lc) == sum(n ** 2 for n in range(10000)))

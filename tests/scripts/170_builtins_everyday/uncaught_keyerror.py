# uncaught KeyError from a nested function call: traceback to stderr, exit status 1
def lookup(table, key):
    return table[key]
def main():
    prices = {"apple": 3, "pear": 4}
    total = 0
    for item in ["apple", "pear", "plum"]:
        total += lookup(prices, item)
        print("running total", total)
    print("never", total)
main()

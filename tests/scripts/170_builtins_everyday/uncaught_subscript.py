# uncaught KeyError from a nested subscript expression: CPython 3.11 marks it with ~ and ^ carets
config = {"db": {"host": "localhost", "port": 5432}}
print(config["db"]["host"], config["db"]["port"] + 1)
print(len(config) + config["db"]["user"] * 2)

# A key whose __eq__ changes the dict being searched: the lookup starts again, as CPython's does.
class Clearing:
    def __eq__(self, other):
        table.clear()
        return False

    def __hash__(self):
        return 1


table = {Clearing(): 1}
print(Clearing() in table, len(table))


class Adding:
    calls = 0

    def __eq__(self, other):
        Adding.calls += 1
        if Adding.calls < 3:
            table2[Adding.calls * 1000] = Adding.calls
        return False

    def __hash__(self):
        return 7


table2 = {Adding(): "first"}
print(Adding() in table2, sorted(k for k in table2 if isinstance(k, int)))

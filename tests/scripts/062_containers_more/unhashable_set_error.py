# deduplicating rows by putting lists into a set: unhashable TypeError escapes
rows = [["ann", 31], ["bob", 25], ["ann", 31]]
unique_tuples = {tuple(r) for r in rows}
print(sorted(unique_tuples))
unique = set()
for r in rows:
    unique.add(r)
print(unique)

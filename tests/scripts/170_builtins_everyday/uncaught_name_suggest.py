# uncaught NameError for a misspelled builtin: message includes a suggestion
values = [3, 1, 2]
print(sorted(values), max(values))
print(lenght(values))

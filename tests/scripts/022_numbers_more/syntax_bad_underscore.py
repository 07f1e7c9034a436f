# SyntaxError: numeric literal with a trailing underscore
population = 1_234_567
budget = 1_000_
print(population, budget)

# break, continue and return may not leave an except* block.
print("never printed")
for i in range(3):
    try:
        pass
    except* ValueError:
        continue

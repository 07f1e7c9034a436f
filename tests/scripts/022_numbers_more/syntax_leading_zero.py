# SyntaxError: decimal literal with a leading zero (octal needs 0o)
permissions = 0o755
mask = 0777
print(permissions, mask)

# SyntaxError: assigning to a literal ("cannot assign to literal here").
x = 1
5 = x

# the coding: bogus declaration makes this module unreadable
VALUE = 1

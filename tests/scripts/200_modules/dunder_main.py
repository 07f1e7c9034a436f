# __name__ is "__main__" for the script being run, so the guarded block runs; __file__ names the script.
def main():
    print("running main")
    return 0

print(__name__)
print(__file__.endswith("dunder_main.py"))
if __name__ == "__main__":
    main()
else:
    print("imported")

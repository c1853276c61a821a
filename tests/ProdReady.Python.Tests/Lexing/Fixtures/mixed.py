a = 1
def f():
    return 1

b = f"""x
{a
}"""
def f():
    def g():
        class H:
            if x:
                while y:
                    for z in w:
                        try:
                            pass
                        except E as e:
                            raise
    return g


# comment
x = [
    1,  # c
    2,
]

q = f"{a!r=}"

x = f'a\N{NOPE}' + 1

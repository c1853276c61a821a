try:
    pass
except* (A, B) as e:
    pass
else:
    pass
finally:
    x = 1
try:
    pass
except:
    pass
try: pass
finally: pass

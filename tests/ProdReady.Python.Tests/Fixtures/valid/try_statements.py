try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise RuntimeError("wrapped") from e
except:
    raise
else:
    x = 1
finally:
    cleanup()

try:
    risky()
finally:
    done()

try:
    group()
except* ValueError as eg:
    handle(eg)
except* (TypeError, OSError):
    pass
else:
    ok()
finally:
    bye()

try:
    pass
except Exception as e:
    del e

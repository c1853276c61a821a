"""Fixture for EXC004 raise-without-cause."""


class ConfigError(Exception):
    pass


def port(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"port must be a number: {text!r}")  # error


def port_chained(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError("bad port") from err  # ok


def port_hidden(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("bad port") from None  # ok


def reraise(text):
    try:
        return int(text)
    except ValueError as err:
        if not text:
            raise  # ok
        raise err  # ok


def nested(text):
    try:
        return int(text)
    except ValueError:
        def later():
            raise ConfigError("later")  # ok

        return later


def outside(text):
    if not text:
        raise ConfigError("empty")  # ok
    try:
        return int(text)
    except (TypeError, ValueError):
        if text.startswith("0x"):
            raise ConfigError("hex")  # error
        return 0


def retry(attempts):
    last = None
    for attempt in attempts:
        try:
            return attempt()
        except OSError as err:
            last = err
            if attempt is attempts[-1]:
                raise last  # ok
    return None

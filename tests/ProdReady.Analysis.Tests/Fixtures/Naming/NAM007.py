class ConfigError(ValueError):  # ok
    pass


class InvalidConfig(ConfigError):  # error
    pass


class LoaderException(Exception):  # error
    pass


class Exit(RuntimeError):  # ok
    pass


class Deprecated(UserWarning):  # ok
    pass


class Stop(BaseException):  # ok
    pass


class Plain:  # ok
    pass

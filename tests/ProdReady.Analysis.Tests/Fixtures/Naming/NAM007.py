class InvalidConfig(ValueError):  # error
    pass


class ConfigError(ValueError):  # ok
    pass


class Nested(ConfigError):  # error
    pass


class Deprecated(UserWarning):  # ok
    pass


class Stop(BaseException):  # ok
    pass


class Plain:  # ok
    pass

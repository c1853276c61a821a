from typing import TypedDict

defaultTimeout = 30  # error
DEFAULT_RETRIES = 3  # ok
snake_value = 1  # ok


class Client:
    retryCount = 3  # error
    timeout = 1  # ok


class Payload(TypedDict):
    userName: str  # ok

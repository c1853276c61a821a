def tally(input: str) -> int:  # error
    list = input.split()  # error
    return len(list)


id = 3  # error


def format() -> None:  # error
    pass


class Record:
    type = "record"  # ok

    def list(self) -> None:  # error
        pass

    def names(self) -> list[str]:  # ok
        return []


def clean(text: str) -> str:  # ok
    return text

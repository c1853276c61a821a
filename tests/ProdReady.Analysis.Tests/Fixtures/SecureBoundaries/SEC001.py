import builtins
from builtins import exec as run_code


def evaluate(expression, namespace):
    return eval(expression, namespace)  # error


def execute(source):
    run_code(source)  # error


def compile_user(source):
    return builtins.compile(source, "<user>", "exec")  # error


def constant():
    return eval("1 + 2")  # ok


def literal_exec():
    exec("x = 1")  # ok


def shadowed(eval):
    return eval("anything")  # ok


class Engine:
    def eval(self, text):
        return text


def method(engine, text):
    return engine.eval(text)  # ok

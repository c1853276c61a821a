import ipaddress
import socket

import jinja2
from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = True  # error
app.debug = True  # error

environment = jinja2.Environment(autoescape=False)  # error
escaping = jinja2.Environment(autoescape=True)  # ok
LOCAL = "127.0.0.1"  # ok


def is_any(host):
    return host == "0.0.0.0"  # ok


UNSPECIFIED = ipaddress.IPv4Address("0.0.0.0")  # ok
WILDCARDS = ("0.0.0.0", "::")  # ok
BIND_HOST = "0.0.0.0"  # error
settings = {"bind": "0.0.0.0:8000", "name": "0.0.0.0"}  # error


def listen(port, interface="0.0.0.0"):  # error
    server = socket.socket()
    server.bind(("0.0.0.0", port))  # error
    return server


def is_wildcard(name, default="0.0.0.0"):  # ok
    return name in ("0.0.0.0", "::") or name == default  # ok


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)  # error

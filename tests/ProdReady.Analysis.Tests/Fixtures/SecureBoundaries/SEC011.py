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


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)  # error

import os
import re
import sqlite3
import subprocess

from flask import Blueprint, Flask, abort, redirect, request, send_file, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
reports = Blueprint("reports", __name__)
UPLOADS = "/srv/uploads"
FORMATS = {"csv", "json"}
TICKET = re.compile(r"[A-Z]{3}-[0-9]{1,6}")


def get_db():
    return sqlite3.connect("app.db")


@app.route("/files/<path:name>")
def download(name):
    return send_file(os.path.join(UPLOADS, name))  # error


@app.route("/files/safe/<name>")
def download_safe(name):
    return send_file(os.path.join(UPLOADS, secure_filename(name)))  # ok


@app.route("/orders/<int:order_id>")
def order(order_id):
    return open(f"{UPLOADS}/{order_id}.json").read()  # ok


@app.route("/login", methods=["POST"])
def login():
    target = request.args.get("next", "/")
    return redirect(target)  # error


@app.route("/logout")
def logout():
    return redirect(url_for("index"))  # ok


@app.route("/search")
def search():
    term = request.args["q"]
    db = get_db()
    rows = db.execute("SELECT * FROM items WHERE name LIKE '%" + term + "%'").fetchall()  # error
    safe_rows = db.execute("SELECT * FROM items WHERE name LIKE ?", (f"%{term}%",)).fetchall()  # ok
    return {"rows": rows, "safe": safe_rows}


@reports.route("/export")
def export():
    fmt = request.args.get("format", "csv")
    if fmt not in FORMATS:
        abort(400)
    subprocess.run(f"export-report --format {fmt}", shell=True, check=True)  # ok
    return "ok"


@reports.route("/ping")
def ping():
    host = request.form["host"]
    output = subprocess.check_output("ping -c 1 " + host, shell=True)  # error
    return output


@reports.route("/ticket")
def ticket():
    ticket_id = request.args.get("id", "")
    if not TICKET.fullmatch(ticket_id):
        abort(404)
    return send_file(f"/srv/tickets/{ticket_id}.pdf")  # ok


@reports.route("/page")
def page():
    number = int(request.args.get("page", "1"))
    return open(f"/srv/pages/{number}.html").read()  # ok


@app.post("/calc")
def calc():
    payload = request.get_json()
    expression = payload["expression"]
    return str(eval(expression))  # error


def not_a_handler(path):
    return open(path).read()  # ok

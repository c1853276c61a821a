"""Fixture for ASY001 blocking-call-in-async."""
import asyncio
import os
import pathlib
import socket
import sqlite3
import subprocess
import time as clock
from pathlib import Path
from urllib.request import urlopen

import requests


async def fetch_user(user_id):
    clock.sleep(1)  # error
    response = requests.get(f"https://api.invalid/users/{user_id}", timeout=5)  # error
    page = urlopen("https://example.invalid")  # error
    subprocess.run(["ls"], check=True)  # error
    os.system("true")  # error
    with open("users.json") as handle:  # error
        data = handle.read()
    text = Path("cache.txt").read_text()  # error
    config = pathlib.Path("config.toml")
    raw = config.read_bytes()  # error
    connection = sqlite3.connect("app.db")  # error
    answer = input("continue? ")  # error
    sock = socket.socket()
    sock.connect(("localhost", 80))  # error
    return response, page, data, text, raw, connection, answer


async def fine():
    await asyncio.sleep(1)  # ok
    data = await asyncio.to_thread(Path("cache.txt").read_text)  # ok
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, lambda: open("x").read())  # ok

    def helper():
        clock.sleep(1)  # ok

    return data, helper


def sync_code():
    clock.sleep(1)  # ok
    return requests.get("https://example.invalid", timeout=5)  # ok

import os
import subprocess
import subprocess as sp
from os import system as run_shell


def archive(name):
    subprocess.run(f"tar czf {name}.tgz data", shell=True, check=True)  # error


def listing():
    sp.call("ls -l", shell=True)  # error


def clean(path):
    run_shell("rm -rf " + path)  # error


def uptime():
    return os.popen("uptime").read()  # error


def safe(name):
    subprocess.run(["tar", "czf", f"{name}.tgz", "data"], check=True)  # ok


def explicit_false(cmd):
    subprocess.run(cmd, shell=False)  # ok


def output(cmd):
    return subprocess.getoutput(cmd)  # error

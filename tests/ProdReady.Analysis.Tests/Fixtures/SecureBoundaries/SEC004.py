import sqlite3
from sqlalchemy import text


def find(cursor, name):
    cursor.execute(f"SELECT id FROM users WHERE name = '{name}'")  # error
    return cursor.fetchone()


def remove(conn, table):
    conn.execute("DELETE FROM " + table)  # error


def count(conn, column):
    sql = "SELECT count(%s) FROM items" % column
    return conn.execute(sql)  # error


def search(session, term):
    return session.execute(text("SELECT * FROM t WHERE a = '{}'".format(term)))  # error


def build(cursor, extra):
    query = "SELECT * FROM t"
    query += " WHERE " + extra
    cursor.execute(query)  # error


def parameterised(cursor, name):
    cursor.execute("SELECT id FROM users WHERE name = ?", (name,))  # ok


def literal(conn):
    conn.execute("SELECT " + "1")  # ok


def script(conn):
    conn.executescript("CREATE TABLE t (a)")  # ok

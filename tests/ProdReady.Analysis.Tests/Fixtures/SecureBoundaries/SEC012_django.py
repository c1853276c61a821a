import subprocess

from django.db import connection
from django.http import FileResponse, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


def export(request):
    table = request.GET.get("table")
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM %s" % table)  # error
        return HttpResponse(cursor.fetchall())


def export_safe(request):
    table = request.GET.get("table")
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM items WHERE kind = %s", [table])  # ok
        return HttpResponse(cursor.fetchall())


def download(request, filename):
    return FileResponse(open(f"/srv/reports/{filename}", "rb"))  # error


def next_page(request):
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
        return redirect(target)  # ok
    return HttpResponseRedirect(target)  # ok


def open_redirect(request):
    return redirect(request.GET["next"])  # error


class CommandView(View):
    def post(self, request, *args, **kwargs):
        command = request.POST["command"]
        result = subprocess.run(command, shell=True, capture_output=True)  # error
        return HttpResponse(result.stdout)

    def get_context(self, queryset=None):
        return open(queryset).read()  # ok

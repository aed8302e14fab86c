"""A live server for tests that drive the site over HTTP (a browser, Schemathesis), sharing the session's test
database and its programme content.

Not pytest-django's `live_server` fixture: it forces `transactional_db`, whose flush would delete that content.
"""

import socket

from django.core.servers.basehttp import ThreadedWSGIServer


class NoDelayServer(ThreadedWSGIServer):
    """Django's threaded server, sending each write at once (TCP_NODELAY).

    It writes a response's headers and its body separately; with Nagle's algorithm the body then waits for the
    client's delayed acknowledgement of the headers, some 40 ms a response.
    """

    def get_request(self):
        connection, address = super().get_request()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address


def start_live_server(django_db_blocker):
    """A threaded live server on a free localhost port (stop it with `.stop()`)."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost:0", start=False)
    server.thread.server_class = NoDelayServer
    with django_db_blocker.unblock():
        server.start()
    return server

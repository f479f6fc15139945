"""A local HTTP server for fetch and watch tests: 127.0.0.1 only, routes set by the test.

A route is a path mapped to a function of the request (path, headers) that returns
``(status, headers, body)``; every request is logged as ``(path, headers)``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = tuple[int, dict[str, str], bytes]
Handler = Callable[[str, dict[str, str]], Reply]


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Handler | Reply] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        site = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                headers = {k.lower(): v for k, v in self.headers.items()}
                with site.lock:
                    site.log.append((self.path, headers))
                route = site.routes.get(self.path)
                if route is None:
                    status, hdrs, body = 404, {"Content-Type": "text/plain"}, b"not found"
                elif callable(route):
                    status, hdrs, body = route(self.path, headers)
                else:
                    status, hdrs, body = route
                try:
                    self.send_response(status)
                    for k, v in hdrs.items():
                        self.send_header(k, v)
                    if "Content-Length" not in hdrs and "Transfer-Encoding" not in hdrs:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        with self.lock:
            return sum(1 for p, _ in self.log if p == path)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


def html_page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n"
        f"{body}</article></body></html>"
    ).encode()


def slow(reply: Reply, seconds: float) -> Handler:
    def handler(path: str, headers: dict[str, str]) -> Reply:
        time.sleep(seconds)
        return reply

    return handler

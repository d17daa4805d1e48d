#!/usr/bin/env python3
"""Serves a folder (dist/ by default) on 127.0.0.1 with the right MIME types for the app.

Used by `make run` and the end-to-end tests: plain static files, as any web server would serve
them, so what is tested is what a facilitator gets.
"""
import functools
import http.server
import sys

directory = sys.argv[1] if len(sys.argv) > 1 else "dist"
port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".webmanifest": "application/manifest+json",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    def send_head(self):
        # Never answer "304 Not Modified": Last-Modified has one-second resolution, so a file
        # rewritten within the second it was served (a fresh build, a test's sw.js) would look
        # unchanged. Always sending the file keeps updates visible.
        del self.headers["If-Modified-Since"]
        return super().send_head()

    def end_headers(self):
        # Always revalidate, so a new build is picked up; the service worker handles offline.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
print(f"Delavnica is served at http://127.0.0.1:{port}/  (Ctrl+C stops)", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass

"""A TAXII 2.1 server on loopback for certdesk's exchange tests, and the ways a server fails.

--mode taxii    the OASIS reference server (medallion, memory back end) with one API root,
                `isac`, and one collection; HTTP Basic with --user/--password; pages of
                --page-size objects; every request's path and query appended to --log.
--mode silent   accepts connections and never answers (a server that hangs).
--mode garbage  answers every request 200 with an HTML page (a captive portal, a proxy).

Prints `READY <port>` once it listens, on 127.0.0.1 only.
"""
import argparse
import json
import os
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--mode", default="taxii", choices=["taxii", "silent", "garbage"])
parser.add_argument("--user", default="tcn")
parser.add_argument("--password", default="s3cret")
parser.add_argument("--page-size", type=int, default=10)
parser.add_argument("--collection", default="91a7b528-80eb-42ed-a74d-c6fbd5a26116")
parser.add_argument("--read-only", action="store_true", help="the collection cannot be written")
parser.add_argument("--folder", required=True)
parser.add_argument("--log", required=True)
args = parser.parse_args()

if args.mode == "silent":
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    print("READY", listener.getsockname()[1], flush=True)
    held = []
    while True:
        connection, _ = listener.accept()
        held.append(connection)

if args.mode == "garbage":
    class Page(BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"<html><body><h1>Sign in to continue</h1></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *arguments):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    print("READY", server.server_port, flush=True)
    server.serve_forever()

import logging

from flask import request
from werkzeug.serving import make_server

import medallion

logging.getLogger("werkzeug").setLevel(logging.ERROR)
app = medallion.application_instance
server = make_server("127.0.0.1", 0, app, threaded=True)
port = server.server_port
root = "http://127.0.0.1:%d/isac/" % port
media = "application/stix+json;version=2.1"
data = {
    "/discovery": {"title": "Regional ISAC (test)", "description": "certdesk exchange tests", "default": root, "api_roots": [root]},
    "isac": {
        "information": {"title": "ISAC", "description": "", "versions": ["application/taxii+json;version=2.1"],
                        "max_content_length": 104857600},
        "status": [],
        "collections": [{"id": args.collection, "title": "TCN incidents", "description": "", "can_read": True,
                         "can_write": not args.read_only, "media_types": [media], "objects": [], "manifest": []}],
    },
}
path = os.path.join(args.folder, "taxii-data-%d.json" % port)
with open(path, "w") as out:
    json.dump(data, out)
configuration = {
    "backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend", "filename": path},
    "users": {args.user: args.password},
    "taxii": {"max_page_size": args.page_size},
}
for key in ("users", "taxii", "backend"):
    medallion.set_config(app, key, configuration)
medallion.register_blueprints(app)


@app.after_request
def remember(response):
    with open(args.log, "a") as log:
        log.write("%s %s %d\n" % (request.method, request.full_path, response.status_code))
    return response


print("READY", port, flush=True)
server.serve_forever()

"""A real SMTP server on loopback for certdesk's end-to-end tests (aiosmtpd).

Prints "READY <port>" once it listens, then appends each message it accepts to the --received
file as one JSON line: the envelope sender, the recipients, whether the session was encrypted
and authenticated, and the message bytes as base64. Options make it the server a test needs:
STARTTLS or implicit TLS with a given certificate, AUTH required with one user and password, a
slow answer to DATA, or a refusal of every recipient.
"""
import argparse
import asyncio
import base64
import json
import signal
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    def __init__(self, path, delay, refuse):
        self.path = path
        self.delay = delay
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
            "login": session.login_data.login.decode() if session.authenticated and session.login_data else None,
            "data": base64.b64encode(envelope.original_content or envelope.content).decode(),
        }
        with open(self.path, "a") as f:
            f.write(json.dumps(record) + "\n")
        return "250 2.0.0 Ok: queued as CERTDESK1"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--received", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--auth", help="user:password that AUTH must give")
    parser.add_argument("--delay", type=float, default=0)
    parser.add_argument("--refuse-recipients", action="store_true")
    args = parser.parse_args()

    context = None
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword) or not args.auth:
            return AuthResult(success=False, handled=False)
        user, password = args.auth.split(":", 1)
        ok = auth_data.login.decode() == user and auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False)

    port = free_port()
    kwargs = dict(hostname="127.0.0.1", port=port, server_hostname="localhost")
    if args.auth:
        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=True)
    if context and args.implicit_tls:
        kwargs["ssl_context"] = context
    elif context:
        kwargs.update(tls_context=context, require_starttls=False)
    controller = Controller(Recorder(args.received, args.delay, args.refuse_recipients), **kwargs)
    controller.start()
    print(f"READY {port}", flush=True)
    stop = asyncio.Event()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        signal.pause()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

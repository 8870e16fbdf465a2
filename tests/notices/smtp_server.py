"""A real SMTP server for the tests (aiosmtpd on a loopback port the system chose), keeping the
messages it received as the mail program would see them."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Inbox:
    """The handler: every accepted message, parsed, with its envelope recipients."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        assert isinstance(msg, EmailMessage)
        self.messages.append(msg)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]


class PortZeroController(Controller):
    """aiosmtpd's controller, listening on a port the system picked (port 0)."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def start_server(
    *,
    tls: ssl.SSLContext | None = None,
    implicit_tls: ssl.SSLContext | None = None,
    users: dict[str, str] | None = None,
) -> tuple[PortZeroController, Inbox]:
    """``tls``: STARTTLS required; ``implicit_tls``: TLS from the first byte (smtps)."""
    inbox = Inbox()
    kwargs: dict[str, Any] = {}
    if implicit_tls is not None:
        kwargs["ssl_context"] = implicit_tls
    if tls is not None:
        kwargs |= {"tls_context": tls, "require_starttls": True}
    if users is not None:

        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any):
            ok = (
                isinstance(data, LoginPassword)
                and users.get(data.login.decode()) == data.password.decode()
            )
            return AuthResult(success=ok, handled=False)

        kwargs |= {"authenticator": authenticator, "auth_required": True}
    controller = PortZeroController(inbox, hostname="127.0.0.1", port=0, **kwargs)
    controller.start()
    return controller, inbox


def self_signed(tmp: Path) -> tuple[ssl.SSLContext, Path]:
    """A server TLS context with a certificate for 127.0.0.1 made here, and the CA file a
    client needs to trust it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file = tmp / "smtp-cert.pem"
    key_file = tmp / "smtp-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context, cert_file


def free_port() -> int:
    """A loopback port nobody listens on (bound to 0, then closed): a mail server that is down."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])

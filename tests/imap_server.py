"""A throwaway Dovecot IMAP server for the tests, from Debian's dovecot-imapd, on loopback.

Each test session gets one server in a temporary folder: a certificate authority and a
server certificate made here (for ``localhost`` only), two listeners (implicit TLS
and plain + STARTTLS), passwd-file users, Maildir storage, and an OAuth2 passdb whose
tokens are checked against a small introspection endpoint served by the test process (so
XOAUTH2 can be exercised without a real identity provider). Without Dovecot the IMAP cases
skip with the reason — unless ``HOERINGSDESK_REQUIRE_DOVECOT=1`` (set by .ci/run), where
they must run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from imapclient import IMAPClient

ENV_REQUIRE = "HOERINGSDESK_REQUIRE_DOVECOT"
DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"
MAIL_USER = "nobody"  # mail processes run as this user when the tests run as root


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Certificates:
    """A test CA, a server certificate it signed, and an unrelated CA (for 'wrong')."""

    ca: Path
    cert: Path
    key: Path
    other_ca: Path


def make_certificates(folder: Path) -> Certificates:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])

    def authority(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(name(common))
            .issuer_name(name(common))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .sign(key, hashes.SHA256())
        )
        return key, cert

    ca_key, ca_cert = authority("Hoeringsdesk test CA")
    _, other_cert = authority("Some other CA")
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    out = Certificates(
        folder / "ca.pem", folder / "server.pem", folder / "server.key", folder / "other-ca.pem"
    )
    out.ca.write_bytes(ca_cert.public_bytes(pem))
    out.other_ca.write_bytes(other_cert.public_bytes(pem))
    out.cert.write_bytes(server_cert.public_bytes(pem))
    out.key.write_bytes(
        server_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return out


class _Introspection(BaseHTTPRequestHandler):
    """RFC 7662-style token introspection: known tokens are active for their user."""

    tokens: dict[str, str] = {}

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        token = (form.get("token") or [""])[0]
        auth = self.headers.get("Authorization", "")
        if not token and auth.lower().startswith("bearer "):
            token = auth[7:]
        user = self.tokens.get(token)
        body = json.dumps({"active": True, "username": user} if user else {"active": False})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    do_GET = do_POST  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


@dataclass
class Dovecot:
    """A running server: its ports, users and certificates."""

    folder: Path
    certs: Certificates
    imaps_port: int  # implicit TLS
    imap_port: int  # plain, STARTTLS required before login
    users: dict[str, str] = field(default_factory=dict)  # user -> password
    tokens: dict[str, str] = field(default_factory=dict)  # OAuth2 token -> user
    _process: subprocess.Popen[bytes] | None = None
    _http: ThreadingHTTPServer | None = None

    @property
    def config(self) -> Path:
        return self.folder / "dovecot.conf"

    def doveadm(self, *args: str) -> str:
        done = subprocess.run(
            [DOVEADM, "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def add_user(self, user: str, password: str) -> None:
        """A new account (Dovecot reads the passwd file again when it changes)."""
        if os.geteuid() == 0:
            mail_user = pwd.getpwnam(MAIL_USER)
            uid, gid = mail_user.pw_uid, mail_user.pw_gid
        else:
            uid, gid = os.getuid(), os.getgid()
        self.users[user] = password
        # One file per user (a new file, not a changed one: no caching to outwit).
        (self.folder / "users" / user).write_text(
            f"{user}:{{PLAIN}}{password}:{uid}:{gid}::{self.folder}/mail/{user}::\n"
        )

    def client(self, user: str) -> IMAPClient:
        """A logged-in read-write client (the tests fill mailboxes with APPEND)."""
        context = ssl.create_default_context(cafile=str(self.certs.ca))
        client = IMAPClient("localhost", self.imaps_port, ssl_context=context, timeout=30)
        try:
            client.login(user, self.users[user])
        except BaseException:
            client.shutdown()
            raise
        return client

    def append(self, user: str, messages: list[bytes], folder: str = "INBOX") -> list[int]:
        """APPEND the messages in order; their UIDs."""
        client = self.client(user)
        try:
            if folder != "INBOX" and not client.folder_exists(folder):
                client.create_folder(folder)
            uids = []
            for data in messages:
                answer = client.append(folder, data)
                uids.append(int(answer.split(b"]")[0].split()[-1]))
            return uids
        finally:
            client.logout()

    def renumber(self, user: str, folder: str, uidvalidity: int) -> None:
        """Give the folder a new UIDVALIDITY, as a server migration or restore would."""
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(uidvalidity), folder)

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self._process is not None:
            subprocess.run(
                [DOVECOT, "-c", str(self.config), "stop"], capture_output=True, timeout=30
            )
            try:
                self._process.wait(15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process = None
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None


def available() -> str | None:
    """None when a server can be started here, else the reason it cannot."""
    if not (os.path.exists(DOVECOT) and os.access(DOVECOT, os.X_OK)):
        return "Dovecot is not installed (Debian package 'dovecot-imapd')"
    if not os.path.exists("/usr/lib/dovecot/imap"):
        return "Dovecot's IMAP server is not installed (Debian package 'dovecot-imapd')"
    return None


def _config(server: Dovecot, oauth_url: str) -> str:
    folder = server.folder
    if os.geteuid() == 0:
        internal, login = "dovecot", "dovenull"
    else:  # unprivileged: every process runs as the current user
        internal = login = pwd.getpwuid(os.getuid()).pw_name
    return f"""
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{server.certs.cert}
ssl_key = <{server.certs.key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login xoauth2 oauthbearer
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:{folder}/mail/%u
mail_fsync = never
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {server.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {server.imaps_port}
    ssl = yes
  }}
}}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {folder}/users/%u
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {folder}/oauth2.conf.ext
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {folder}/users/%u
}}
""".replace("\n\n", "\n")


def start(users: dict[str, str] | None = None) -> Dovecot:
    folder = Path(tempfile.mkdtemp(prefix="hoeringsdesk-imap-"))
    os.chmod(folder, 0o755)
    server = Dovecot(folder, make_certificates(folder), free_port(), free_port())
    handler = type("Introspection", (_Introspection,), {"tokens": server.tokens})
    server._http = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server._http.serve_forever, daemon=True).start()
    oauth_url = f"http://127.0.0.1:{server._http.server_address[1]}/introspect"
    (folder / "oauth2.conf.ext").write_text(
        f"introspection_mode = post\nintrospection_url = {oauth_url}\n"
        "username_attribute = username\nactive_attribute = active\nactive_value = true\n"
    )
    if os.geteuid() == 0:
        mail_user = pwd.getpwnam(MAIL_USER)
        uid, gid = mail_user.pw_uid, mail_user.pw_gid
    else:
        uid, gid = os.getuid(), os.getgid()
    mail = folder / "mail"
    mail.mkdir()
    os.chown(mail, uid, gid)
    (folder / "users").mkdir()
    for user, password in (users or {}).items():
        server.add_user(user, password)
    os.chmod(server.certs.key, 0o600)
    server.config.write_text(_config(server, oauth_url))
    server._process = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(server.config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if server._process.poll() is not None:
            out = (
                server._process.stdout.read().decode(errors="replace")
                if server._process.stdout
                else ""
            )
            server._process = None
            server.stop()
            raise RuntimeError(f"Dovecot stopped at once: {out.strip()} {server.log()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", server.imap_port), timeout=1) as s:
                if s.recv(100).startswith(b"* OK"):
                    return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"Dovecot did not answer within 20 s: {server.log()[-2000:]}")


@contextmanager
def server(users: dict[str, str] | None = None) -> Iterator[tuple[Dovecot | None, str]]:
    """(server or None, reason when None) for the whole test session."""
    reason = available()
    if reason:
        yield None, reason
        return
    try:
        running = start(users)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        yield None, f"a temporary Dovecot server could not be started: {exc}"
        return
    try:
        yield running, ""
    finally:
        running.stop()
        shutil.rmtree(running.folder, ignore_errors=True)

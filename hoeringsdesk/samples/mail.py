"""Build e-mails (.eml bytes) as the municipality's mailboxes receive them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def make_mail(
    sender: str,
    to: str,
    subject: str,
    body: str,
    sent: datetime,
    *,
    attachments: Sequence[tuple[str, bytes]] = (),
    message_id: str | None = None,
    received_by: str = "",
    reply_to: str = "",
    subtype: str = "plain",
) -> EmailMessage:
    """An e-mail; ``received_by`` adds the receiving server's Received header, ``subtype``
    "html" makes the body HTML."""
    msg = EmailMessage()
    if received_by:
        msg["Received"] = f"from mail.example.net by {received_by}; {format_datetime(sent)}"
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id or make_msgid(domain="example.net")
    if reply_to:
        msg["Reply-To"] = reply_to
    msg.set_content(body, subtype=subtype)
    for filename, data in attachments:
        if filename.endswith(".docx"):
            maintype, subtype = DOCX
        elif filename.endswith(".pdf"):
            maintype, subtype = "application", "pdf"
        else:
            maintype, subtype = "application", "octet-stream"
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def forward(
    inner: EmailMessage, forwarder: str, to: str, note: str, sent: datetime
) -> EmailMessage:
    """A colleague forwards a received mail as an attached message (message/rfc822)."""
    msg = EmailMessage()
    msg["From"] = forwarder
    msg["To"] = to
    msg["Subject"] = "VS: " + str(inner["Subject"])
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = make_msgid(domain="nordkysten.example.dk")
    msg.set_content(note)
    msg.add_attachment(inner)
    return msg


def eml(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=SMTP)

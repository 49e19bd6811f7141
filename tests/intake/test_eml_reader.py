"""The .eml reader: headers, bodies, attachments, forwards, and broken or hostile mail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from hoeringsdesk.domain.parsed import Address, PartKind, ReaderError
from hoeringsdesk.intake.readers import read_file

from . import builders as b


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def test_simple_mail_headers_and_body() -> None:
    data = b.eml_bytes(b.make_eml())
    parsed = read_file("svar.eml", data)
    assert parsed.files[0].data == data
    assert parsed.files[0].content_type == "message/rfc822"
    assert parsed.sender == Address("Åse Ørnberg", "ase.ornberg@example.dk")
    assert parsed.forwarded_by is None
    assert parsed.recipients == [Address("", "hoering@example.dk")]
    assert parsed.subject == "Høringssvar – integrationspolitik"
    assert parsed.message_id == "Svar-123@mail.example.dk"
    assert parsed.received == datetime(2023, 4, 4, 10, 15, tzinfo=timezone(timedelta(hours=2)))
    assert parsed.received_source == "date"
    assert [p.kind for p in parsed.parts] == [PartKind.BODY]
    assert parsed.parts[0].text == "Hermed vores høringssvar.\n\nMed venlig hilsen\nÅse"
    assert parsed.warnings == []


def test_plain_text_is_preferred_over_html() -> None:
    msg = b.make_eml(body="Ren tekst", html="<p>HTML-tekst</p>")
    parsed = read_file("svar.eml", b.eml_bytes(msg))
    assert [p.text for p in parsed.parts] == ["Ren tekst"]


def test_html_only_body_becomes_text() -> None:
    data = crlf(
        "From: a@example.dk\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n"
        "<html><body><p>Første afsnit</p><ul><li>punkt ét</li><li>punkt to</li></ul>"
        "<p>Sidste<br>linje &amp; slut</p></body></html>\n"
    )
    parsed = read_file("svar.eml", data)
    assert parsed.parts[0].text == "Første afsnit\npunkt ét\npunkt to\nSidste\nlinje & slut"
    assert parsed.parts[0].items == ["punkt ét", "punkt to"]


def test_docx_attachment_is_read_as_the_template() -> None:
    docx = b.template_docx()
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    msg = b.make_eml(attachments=[("Høringssvar.docx", ctype, docx)])
    parsed = read_file("svar.eml", b.eml_bytes(msg))
    assert len(parsed.files) == 2
    attachment = parsed.files[1]
    assert (attachment.filename, attachment.parent, attachment.data) == (
        "Høringssvar.docx",
        0,
        docx,
    )
    rows = {p.label: p.text for p in parsed.template_rows}
    assert rows == b.EXPECTED_ROWS
    assert all(p.file_index == 1 for p in parsed.template_rows)
    assert parsed.parts[0].kind is PartKind.BODY and parsed.parts[0].file_index == 0


def test_forwarded_message_sender_is_the_inner_sender() -> None:
    inner = b.make_eml(
        sender="Ida Fisker <ida@solgaarden.example.org>",
        subject="Høringssvar fra Solgården",
        date="Mon, 03 Apr 2023 09:00:00 +0200",
        body="Vores svar står her.",
        message_id="<inner-1@example.org>",
    )
    outer = b.make_eml(
        sender="Kollega Kommune <kollega@example.dk>",
        subject="VS: Høringssvar fra Solgården",
        date="Wed, 12 Apr 2023 08:00:00 +0200",
        body="Videresender til rette sted.",
    )
    outer.add_attachment(inner)
    parsed = read_file("vs.eml", b.eml_bytes(outer))
    assert parsed.sender == Address("Ida Fisker", "ida@solgaarden.example.org")
    assert parsed.forwarded_by == Address("Kollega Kommune", "kollega@example.dk")
    assert parsed.subject == "Høringssvar fra Solgården"
    assert parsed.received == datetime(2023, 4, 3, 7, 0, tzinfo=UTC)
    assert any("Videresendt besked" in w for w in parsed.warnings)
    assert parsed.files[1].content_type == "message/rfc822" and parsed.files[1].parent == 0
    bodies = [(p.file_index, p.label, p.text) for p in parsed.parts]
    assert (0, "Videresendelse", "Videresender til rette sted.") in bodies
    assert (1, "", "Vores svar står her.") in bodies


@pytest.mark.parametrize(
    ("marker", "headers"),
    [
        (
            "---------- Forwarded message ---------",
            "From: Ida Fisker <ida@example.org>\nDate: Mon, Apr 3, 2023 at 9:00 AM\n"
            "Subject: Høringssvar\nTo: <kollega@example.dk>",
        ),
        (
            "---------- Videresendt meddelelse ---------",
            "Fra: Ida Fisker <ida@example.org>\nDato: man. 3. apr. 2023 kl. 09.00\n"
            "Emne: Høringssvar\nTil: <kollega@example.dk>",
        ),
        (
            "-----Oprindelig meddelelse-----",
            "Fra: Ida Fisker [mailto:ida@example.org]\nSendt: 3. april 2023 09:00\n"
            "Til: Kollega\nEmne: Høringssvar",
        ),
    ],
)
def test_inline_forwarded_block(marker: str, headers: str) -> None:
    body = f"Til orientering.\n\n{marker}\n{headers}\n\nVores svar står her.\n"
    msg = b.make_eml(sender="Kollega <kollega@example.dk>", body=body)
    parsed = read_file("vs.eml", b.eml_bytes(msg))
    assert parsed.sender == Address("Ida Fisker", "ida@example.org")
    assert parsed.forwarded_by == Address("Kollega", "kollega@example.dk")
    assert parsed.subject == "Høringssvar"
    texts = [(p.label, p.text) for p in parsed.parts]
    assert texts == [("Videresendelse", "Til orientering."), ("", "Vores svar står her.")]


def test_received_header_is_the_fallback_for_a_missing_date() -> None:
    data = crlf(
        "Received: from a by b; Tue, 04 Apr 2023 10:00:00 +0000\n"
        "Received: from c by a; Tue, 04 Apr 2023 09:59:00 +0000\n"
        "From: a@example.dk\nSubject: x\n\nTekst\n"
    )
    parsed = read_file("svar.eml", data)
    assert parsed.received == datetime(2023, 4, 4, 10, 0, tzinfo=UTC)
    assert parsed.received_source == "received"


def test_no_date_at_all_gives_none() -> None:
    parsed = read_file("svar.eml", crlf("From: a@example.dk\nSubject: x\nDate: i går\n\nTekst\n"))
    assert parsed.received is None and parsed.received_source == ""


def test_message_id_is_normalised() -> None:
    data = crlf("From: a@example.dk\nMessage-ID:  < AbC.1@Host.EXAMPLE.dk >\nSubject: x\n\nT\n")
    assert read_file("svar.eml", data).message_id == "AbC.1@host.example.dk"


def test_encoded_header_words_and_8bit_headers() -> None:
    raw = (
        b"From: =?iso-8859-1?q?S=F8ren_=C5berg?= <soren@example.dk>\r\n"
        b"Subject: H\xf8ringssvar fra \xc5rhus\r\n\r\nTekst\r\n"
    )
    parsed = read_file("svar.eml", raw)
    assert parsed.sender == Address("Søren Åberg", "soren@example.dk")
    assert parsed.subject == "Høringssvar fra Århus"
    assert "\ufffd" not in parsed.subject


def test_truncated_multipart_keeps_what_is_readable() -> None:
    data = crlf(
        'From: a@example.dk\nSubject: x\nContent-Type: multipart/mixed; boundary="B"\n\n'
        "--B\nContent-Type: text/plain; charset=utf-8\n\nDet læsbare svar.\n"
        '--B\nContent-Type: application/pdf; name="svar.pdf"\n'
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJ"
    )
    parsed = read_file("svar.eml", data)
    assert parsed.parts[0].text == "Det læsbare svar."
    assert any("afkortet" in w for w in parsed.warnings)
    assert [f.filename for f in parsed.files] == ["svar.eml", "svar.pdf"]


def test_missing_boundary_parameter() -> None:
    data = crlf(
        "From: a@example.dk\nSubject: x\nContent-Type: multipart/mixed\n\n"
        "--abc\nContent-Type: text/plain; charset=utf-8\n\nSvaret er her.\n--abc--\n"
    )
    parsed = read_file("svar.eml", data)
    assert parsed.parts[0].text == "Svaret er her."
    assert any("multipart" in w for w in parsed.warnings)


def test_boundary_that_never_appears() -> None:
    data = crlf(
        'From: a@example.dk\nSubject: x\nContent-Type: multipart/mixed; boundary="NOPE"\n\n'
        "Bare almindelig tekst, ingen dele. Ærlig talt.\n"
    )
    parsed = read_file("svar.eml", data)
    assert "Bare almindelig tekst, ingen dele. Ærlig talt." in parsed.parts[0].text
    assert any("læst som tekst" in w for w in parsed.warnings)


def test_boundary_that_does_not_match_the_parts_is_guessed() -> None:
    data = crlf(
        'From: a@example.dk\nSubject: x\nContent-Type: multipart/mixed; boundary="WRONG"\n\n'
        "--right\nContent-Type: text/plain; charset=utf-8\n\nDel et.\n"
        '--right\nContent-Type: text/plain; name="bilag.txt"\n\nBilag.\n--right--\n'
    )
    parsed = read_file("svar.eml", data)
    assert parsed.parts[0].text == "Del et."
    assert parsed.files[1].filename == "bilag.txt"
    assert any("fundet" in w for w in parsed.warnings)


def test_unknown_charset_label() -> None:
    raw = (
        b"From: a@example.dk\r\nSubject: x\r\n"
        b"Content-Type: text/plain; charset=x-ukendt\r\n\r\nH\xf8ring\r\n"
    )
    parsed = read_file("svar.eml", raw)
    assert parsed.parts[0].text == "Høring"
    assert any("ukendt tegnsæt" in w for w in parsed.warnings)


def test_latin1_bytes_declared_as_utf8() -> None:
    raw = (
        b"From: a@example.dk\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
        b"Vi st\xf8tter forslaget om \xe6ndringer p\xe5 omr\xe5det.\r\n"
    )
    parsed = read_file("svar.eml", raw)
    assert parsed.parts[0].text == "Vi støtter forslaget om ændringer på området."
    assert "\ufffd" not in parsed.parts[0].text
    assert any("utf-8" in w and "Windows-1252" in w for w in parsed.warnings)


def test_content_type_with_bare_rfc2231_star_does_not_crash() -> None:
    data = crlf(
        'From: a@example.dk\nSubject: x\nContent-Type: multipart/mixed; boundary="B"\n\n'
        "--B\nContent-Type: text/plain; charset=utf-8\n\nBrødtekst.\n"
        "--B\nContent-Type: text/plain; name*\nContent-Disposition: attachment; filename*\n\n"
        "Vedhæftet tekst.\n--B--\n"
    )
    parsed = read_file("svar.eml", data)
    assert parsed.parts[0].text == "Brødtekst."
    assert len(parsed.files) == 2
    assert parsed.parts[1].kind is PartKind.ATTACHMENT
    assert parsed.parts[1].text == "Vedhæftet tekst."


def test_top_level_content_type_with_bare_star() -> None:
    data = crlf('From: a@example.dk\nTo: "\nSubject: x\nContent-Type: text/plain; name*\n\nHej\n')
    parsed = read_file("svar.eml", data)
    assert parsed.parts[0].text == "Hej"
    assert parsed.sender == Address("", "a@example.dk")


def test_to_header_with_a_lone_quote() -> None:
    parsed = read_file("svar.eml", crlf('From: a@example.dk\nTo: "\nSubject: x\n\nHej\n'))
    assert parsed.recipients == []
    assert parsed.parts[0].text == "Hej"


def test_winmail_dat_is_kept_with_a_warning() -> None:
    tnef = b"\x78\x9f\x3e\x22" + b"\x00" * 40
    msg = b.make_eml(attachments=[("winmail.dat", "application/ms-tnef", tnef)])
    parsed = read_file("svar.eml", b.eml_bytes(msg))
    assert parsed.files[1].filename == "winmail.dat" and parsed.files[1].data == tnef
    assert any("winmail.dat (TNEF) kan ikke læses" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../x.pdf", "x.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("../../x.txt", "x.txt"),
        ("/etc/passwd.txt", "passwd.txt"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("svar\x07\x1b.txt", "svar.txt"),
        ("faktura\u202etxt.exe", "fakturatxt.exe"),
    ],
)
def test_dangerous_attachment_names_are_sanitised(name: str, safe: str) -> None:
    is_pdf = safe.endswith(".pdf")
    content = b.make_pdf([["Bilagstekst"]]) if is_pdf else b"Bilagstekst"
    ctype = "application/pdf" if is_pdf else "text/plain"
    msg = b.make_eml(attachments=[("placeholder.bin", ctype, content)])
    raw = b.eml_bytes(msg).replace(b'filename="placeholder.bin"', f'filename="{name}"'.encode())
    parsed = read_file("svar.eml", raw)
    assert parsed.files[1].filename == safe
    assert parsed.files[1].data == content
    assert any("er ændret til" in w for w in parsed.warnings)
    if safe.endswith((".txt", ".pdf")):
        assert parsed.parts[-1].text == "Bilagstekst"


def test_unknown_charset_in_an_address_header() -> None:
    raw = crlf("From: =?x-ukendt?q?S=F8ren?= <soren@example.dk>\nSubject: x\n\nTekst\n")
    parsed = read_file("svar.eml", raw)
    assert parsed.sender == Address("Søren", "soren@example.dk")


def test_broken_attachment_becomes_a_warning_not_an_error() -> None:
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    msg = b.make_eml(attachments=[("svar.docx", ctype, b"PK\x03\x04 ikke en rigtig docx")])
    parsed = read_file("svar.eml", b.eml_bytes(msg))
    assert parsed.parts[0].kind is PartKind.BODY
    assert any("«svar.docx» kunne ikke læses" in w for w in parsed.warnings)


def test_empty_eml_is_rejected() -> None:
    with pytest.raises(ReaderError, match="tom"):
        read_file("svar.eml", b"")


def test_template_pasted_into_the_body_as_html_table() -> None:
    html = (
        "<p>Hermed vores svar</p><table>"
        "<tr><td><b>Afsender</b> (organisation og kontaktoplysninger)</td>"
        "<td><p>Grønt Forum v. Ib Ås ib@example.dk</p></td></tr>"
        "<tr><td>Generelle bemærkninger</td><td><p>Godt – »meget« godt.</p></td></tr>"
        "<tr><td></td><td><p>Fortsat.</p></td></tr>"
        "</table>"
    )
    data = crlf(
        f"From: a@example.dk\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n{html}\n"
    )
    parsed = read_file("svar.eml", data)
    assert [(p.kind, p.label, p.text) for p in parsed.parts] == [
        (PartKind.PREAMBLE, "", "Hermed vores svar"),
        (
            PartKind.TEMPLATE_ROW,
            "Afsender (organisation og kontaktoplysninger)",
            "Grønt Forum v. Ib Ås ib@example.dk",
        ),
        (PartKind.TEMPLATE_ROW, "Generelle bemærkninger", "Godt – »meget« godt.\nFortsat."),
    ]


def test_html_alternative_with_the_template_table_is_preferred() -> None:
    html = (
        "<table><tr><td>Afsender</td><td><p>Ib Ås</p><p>Grønt Forum</p></td></tr>"
        "<tr><td>Generelle bemærkninger</td><td><p>Godt.</p><p>Meget godt.</p></td></tr></table>"
    )
    plain = "Afsender\nIb Ås\nGrønt Forum\nGenerelle bemærkninger\nGodt.\nMeget godt."
    parsed = read_file("svar.eml", b.eml_bytes(b.make_eml(body=plain, html=html)))
    assert [(p.label, p.text) for p in parsed.template_rows] == [
        ("Afsender", "Ib Ås\nGrønt Forum"),
        ("Generelle bemærkninger", "Godt.\nMeget godt."),
    ]


def test_outlook_html_forward_block() -> None:
    html = (
        "<div><p class=MsoNormal>Til rette vedkommende.</p></div>"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt">'
        "<p class=MsoNormal><b>Fra:</b> Ida Fisker &lt;ida@example.org&gt;<br>"
        "<b>Sendt:</b> 3. april 2023 09:00<br><b>Til:</b> Kollega<br>"
        "<b>Emne:</b> Høringssvar om integration</p></div>"
        "<p class=MsoNormal>Vores svar står her.</p>"
    )
    data = crlf(
        "From: Kollega <kollega@example.dk>\nSubject: VS: x\n"
        f"Content-Type: text/html; charset=utf-8\n\n{html}\n"
    )
    parsed = read_file("vs.eml", data)
    assert parsed.sender == Address("Ida Fisker", "ida@example.org")
    assert parsed.forwarded_by == Address("Kollega", "kollega@example.dk")
    assert parsed.subject == "Høringssvar om integration"
    assert [(p.label, p.text) for p in parsed.parts] == [
        ("Videresendelse", "Til rette vedkommende."),
        ("", "Vores svar står her."),
    ]

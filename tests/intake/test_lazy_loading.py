"""Reading mail and Word files does not load the PDF library: a parse worker that gets no
PDF does not pay pypdf's start-up (it loads on the first PDF, in the PDF reader's child)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.cli_process import REPO

SCRIPT = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from hoeringsdesk.intake.pipeline import parse_bytes
    from hoeringsdesk.samples.documents import letter_docx, template_docx
    from hoeringsdesk.samples.mail import eml, make_mail

    table = template_docx([("Afsender", ["Foreningen Gode Naboer"]),
                           ("Generelle bemærkninger", ["Vi foreslår flere sprogcaféer."])])
    mail = make_mail("Ida Holm <ida@example.net>", "hoering@kommune.example", "Høringssvar",
                     "Se vedhæftede.", datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc),
                     attachments=[("svar.docx", table)])
    parsed = parse_bytes("svar.eml", eml(mail))
    assert not isinstance(parsed, str), parsed
    text = " ".join(part.text for part in parsed.parts)
    assert "sprogcaféer" in text, text
    letter = parse_bytes("brev.docx", letter_docx(["Kære kommune", "Vi savner en plan."]))
    assert not isinstance(letter, str), letter
    print("pypdf loaded:", "pypdf" in sys.modules)
    """
)


def test_a_mail_with_a_word_file_is_read_without_loading_pypdf() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "pypdf loaded: False" in done.stdout

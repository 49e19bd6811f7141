"""Render exports to PDF and PNG pages to look at them (LibreOffice, poppler).

A .docx is opened by a small LibreOffice Basic macro that updates its table of contents
(the notat's real TOC field, as Word does on open) before saving a PDF; an .xlsx is
converted as it is; a .pdf is only cut into pages. A private LibreOffice profile in a
temporary folder keeps the user's own untouched.

    uv run python scripts/render_exports.py OUT_DIR FILE... [--dpi 70]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub ToPdf(inUrl As String, outUrl As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  idx = doc.getDocumentIndexes()
  For i = 0 To idx.getCount() - 1
    idx.getByIndex(i).update()
  Next i
  doc.getTextFields().refresh()
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;writer_pdf_Export&quot;
  doc.storeToURL(outUrl, out())
  doc.close(True)
End Sub
</script:module>
"""


def profile(folder: Path) -> str:
    url = (folder / "profile").as_uri()
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation={url}", "--headless", "--terminate_after_init"],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (folder / "profile" / "user" / "basic" / "Standard" / "Module1.xba").write_text(MACRO)
    return url


def to_pdf(path: Path, out: Path, user: str) -> Path:
    target = out / f"{path.stem}-{path.suffix[1:]}.pdf"
    if path.suffix == ".pdf":
        shutil.copy(path, target)
    elif path.suffix == ".docx":
        macro = f'macro:///Standard.Module1.ToPdf("{path.resolve().as_uri()}","{target.as_uri()}")'
        base = ["libreoffice", f"-env:UserInstallation={user}", "--headless"]
        subprocess.run([*base, macro], check=True, capture_output=True, timeout=300)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [
                    "libreoffice",
                    f"-env:UserInstallation={user}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    str(path),
                ],
                check=True,
                capture_output=True,
                timeout=300,
            )
            shutil.move(Path(tmp) / f"{path.stem}.pdf", target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        user = profile(Path(tmp))
        for path in args.files:
            pdf = to_pdf(path, args.out, user)
            subprocess.run(
                ["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(pdf.with_suffix(""))],
                check=True,
            )
            pages = len(list(args.out.glob(f"{pdf.stem}-*.png")))
            print(f"{path} → {pdf} ({pages} pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Council exports (Excel workbook, Word høringsnotat) built from plain dataclasses, no store."""

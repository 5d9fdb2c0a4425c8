"""A synthetic FOIA production PDF with exemption markings, for the demo, screenshots and tests.

Page n carries: "Withheld in full pursuant to (b)(7)(E)" when n is a multiple of 10; else
"Referred to USCIS" when n ≡ 3 (mod 25); else "(b)(6);(b)(7)(C)" on even pages; else "b5" on
multiples of 7; nothing on the rest (released in full).
"""

from __future__ import annotations

import io


def production_pdf(pages: int = 500) -> bytes:
    """The PDF's bytes (ReportLab, Helvetica, one short page each)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 720, f"U.S. Immigration and Customs Enforcement - page {n}")
        canvas.drawString(72, 700, "Narrative: agents approached the residence at 4410 Airline Dr.")
        if n % 10 == 0:
            canvas.drawString(72, 680, "Withheld in full pursuant to (b)(7)(E)")
        elif n % 25 == 3:
            canvas.drawString(72, 680, "Referred to USCIS for direct response")
        elif n % 2 == 0:
            canvas.drawString(72, 680, "[redacted] (b)(6);(b)(7)(C)")
        elif n % 7 == 0:
            canvas.drawString(72, 680, "b5")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()

"""A letter as an editable Word document (python-docx), for the attorney to revise before sending."""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from casefile.foia.doc import Letter


def render_docx(letter: Letter) -> bytes:
    """The letter's .docx bytes."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    doc.core_properties.title = letter.title
    doc.core_properties.author = "Casefile"
    doc.core_properties.language = "es-US" if letter.lang == "es" else "en-US"
    for block in letter.blocks:
        kind = block.kind
        if kind == "page":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "title":
            doc.add_heading(block.text, level=1)
        elif kind == "heading":
            doc.add_heading(block.text, level=2)
        elif kind == "para":
            doc.add_paragraph(block.text)
        elif kind == "strong":
            doc.add_paragraph().add_run(block.text).bold = True
        elif kind == "note":
            run = doc.add_paragraph().add_run(block.text)
            run.font.size = Pt(9)
        elif kind == "lines":
            para = doc.add_paragraph()
            for i, line in enumerate(block.items):
                run = para.add_run(line)
                if i < len(block.items) - 1:
                    run.add_break()
        elif kind in ("bullets", "numbered"):
            style = "List Number" if kind == "numbered" else "List Bullet"
            for text in block.items:
                doc.add_paragraph(text, style=style)
        elif kind in ("fields", "table"):
            table = doc.add_table(rows=0, cols=len(block.rows[0]) if block.rows else 2)
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
                    if (kind == "fields" and cell is cells[0]) or (kind == "table" and r == 0):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "sign":
            doc.add_paragraph()
            para = doc.add_paragraph("_" * 40)
            for line in block.items:
                para.add_run().add_break()
                para.add_run(line)
        else:
            raise ValueError(f"unknown letter block {kind!r}")
    out = BytesIO()
    doc.save(out)
    return out.getvalue()

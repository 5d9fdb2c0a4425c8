"""The script that builds docs/samples runs end to end (it once imported a function that had been
renamed, and nothing noticed until the samples were rebuilt)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from pypdf import PdfReader

SCRIPT = Path(__file__).parents[2] / "scripts" / "make_demo_samples.py"


def test_the_sample_script_builds_every_report(tmp_path: Path, capsys) -> None:
    spec = importlib.util.spec_from_file_location("make_demo_samples", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_demo_samples"] = module
    try:
        spec.loader.exec_module(module)
        code = module.main([str(tmp_path / "out"), "--vault", str(tmp_path / "vault"), "--max-pages", "1"])
    finally:
        sys.modules.pop("make_demo_samples", None)
    assert code == (0 if shutil.which("pdftoppm") else 2)
    names = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert names == [
        "encounter-en.pdf",
        "intake-en.pdf",
        "pattern-en.pdf",
        "summary-en.pdf",
        "summary-es.pdf",
        "summary-redacted.pdf",
    ]
    spanish = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "out" / "summary-es.pdf").pages)
    assert "Resumen del caso" in spanish
    # Computed deadlines are described in Spanish too, not in the core's English titles.
    assert "decisión del juez de inmigración" in spanish and "IJ decision of" not in spanish
    assert "client " in capsys.readouterr().out

"""The stylesheet's message colours follow the background the windows are actually painted with."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ui.app import apply_style, ensure_application, is_dark


def test_message_colours_follow_the_painted_background(qapp):
    app = ensure_application()
    old = app.palette()
    try:
        dark = QPalette(old)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        app.setPalette(dark)
        assert is_dark(app)
        apply_style(app)
        assert "#ff8a80" in app.styleSheet() and "#b00020" not in app.styleSheet()

        light = QPalette(old)
        light.setColor(QPalette.ColorRole.Window, QColor("#f4f4f4"))
        app.setPalette(light)
        assert not is_dark(app)
        apply_style(app)
        assert "#b00020" in app.styleSheet() and "#ff8a80" not in app.styleSheet()
    finally:
        app.setPalette(old)
        app.setStyleSheet("")

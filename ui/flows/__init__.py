"""The main window's long file flows, each in its own module: import and export (``transfer``),
backup and the calendar export (``backup``), and the progress dialog they share (``progress``).

Moved out of ``ui/main_window.py`` (issue 14, item 5). Each flow takes the window, reports in its
status bar and keeps the running dialog in ``window.progress``; the texts keep the "MainWindow"
translation context they had there.
"""

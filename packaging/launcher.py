"""Entry script of the frozen bundle: the same ``casefile`` command that ``pip install`` gives.

With no arguments it opens the desktop app; with a verb it runs that verb (``casefile.cli``).
PyInstaller runs this file as ``__main__``; importing ``casefile.cli`` (rather than freezing
``cli.py`` itself) keeps one copy of that module in the bundle.
"""

import sys

from casefile.cli import main

if __name__ == "__main__":
    sys.exit(main())

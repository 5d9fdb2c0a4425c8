"""PDF reports: case summary, encounter report, anonymised pattern report.

Data in (an interchange bundle), PDF bytes out; nothing here touches the vault, the disk or Qt.
"""

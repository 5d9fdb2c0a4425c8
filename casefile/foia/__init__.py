"""FOIA from the first letter to the production: request and appeal letters, the production log.

``agencies/`` holds one module per agency with its FOIA regulation and submission rules, cited;
``facts`` gathers what a letter says from the vault; ``checklist`` turns an encounter into the
records to ask for; ``letter`` and ``appeal`` compose letters as a plain document model
(``doc``) that ``docx_out`` and ``pdf_out`` render. The FOIA clocks themselves are deadline
rules (``casefile/domain/rules/foia_*.py``); this package only reads them.
"""

# Fee categories of 5 U.S.C. 552(a)(4)(A)(ii): "all other", educational or scientific, news media, commercial.
FEE_CATEGORIES = ("other", "educational", "news-media", "commercial")

"""Form widgets the record editors share: dates, enum combos, pickers, sub-lists, field errors."""

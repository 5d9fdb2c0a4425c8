"""Table models for the record lists: paged from the vault, or short lists held in memory."""

"""Domain records: machine values, validation and computed dates."""

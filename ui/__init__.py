"""Casefile's Qt front end. It calls the core in ``casefile``; no SQL lives here."""

"""Repositories: SQL over the vault, one place per concern. Transactions belong to services."""

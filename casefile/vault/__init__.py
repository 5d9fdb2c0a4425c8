"""The vault: SQLCipher connection, key slots, migrations, documents and audit chain."""

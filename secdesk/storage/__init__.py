"""Qt-free persistence: the encrypted vault, key file, schema, audit chain and backup."""

"""The domain: models, rules, roles, settings, errors and the clock. Imports nothing of
secdesk; every other layer builds on it."""

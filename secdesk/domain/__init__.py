"""Qt-free domain: models, rules, services and errors."""

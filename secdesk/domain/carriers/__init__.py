"""Carriers (涉密载体): the model, the marking and term rules, and carrier numbers."""

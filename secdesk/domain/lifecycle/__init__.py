"""The rest of a carrier's life: destruction, copying, carrying out, transfer and return."""

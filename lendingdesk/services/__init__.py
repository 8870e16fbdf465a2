"""Services the desk window and the command line share, above the domain rules (no Qt)."""

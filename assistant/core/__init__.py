"""Qt-free core: everything decided without a window lives here."""

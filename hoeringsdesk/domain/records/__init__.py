"""Plain read-only records that services hand to the GUI, CLI and exports, one module per area."""

"""Command-line subcommands, one module per area; each registers itself on the parser."""

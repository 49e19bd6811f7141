"""Invented, realistic response files built in code: for the demo, tests and benchmarks."""

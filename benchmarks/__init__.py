"""Scale generators and benchmarks (run_all.py runs them all)."""

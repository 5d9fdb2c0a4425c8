"""Casefile's benchmark suite: every figure of shared/spec/performance.md beside its baseline.

``python -m benchmarks [--scale tiny|small|full|x10] [--json PATH]`` (``make bench``) builds or reuses
a deterministic synthetic vault, measures each figure and a baseline in the same run on the same
machine, and prints a table of figure, baseline, ratio, target and verdict. Ratios are what count:
the machines are shared and noisy. docs/benchmarks.md has the latest full-scale table.
"""

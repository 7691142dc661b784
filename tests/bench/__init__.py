"""Benchmarks (基准测试), run by ``make bench`` (``python -m tests.bench``).

They print measurements and never assert: sign-in time with the default KDF, cold start
to the sign-in window, and the start time of the built bundle. pytest does not collect
this folder (see ``addopts`` in pyproject.toml).
"""

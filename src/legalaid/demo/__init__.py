"""Synthetic demo clients: plausible people, papers, trips and casework, never real ones.

Deterministic for a seed and a day, so screenshots, benchmarks and tests see the same office.
Depends on the domain only; services load what it generates.
"""

from legalaid.demo.people import generate_clients

__all__ = ["generate_clients"]

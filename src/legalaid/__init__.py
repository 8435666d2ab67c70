"""LegalAid: case management for NGOs giving free legal aid to migrants."""

__version__ = "0.1.0"

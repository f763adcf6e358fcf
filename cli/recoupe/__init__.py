"""recoupe: cross-check statements against a curated, sourced claims database."""

__version__ = "0.1.0"

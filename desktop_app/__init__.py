"""Desktop admin app for Medusa v2 + Payload CMS v3 shops."""

__version__ = "0.1.0"

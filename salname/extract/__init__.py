"""Reserved for a later stage of the pipeline (see docs/architecture.md)."""

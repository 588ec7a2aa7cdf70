"""kie.ai triggers."""

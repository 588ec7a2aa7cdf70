"""kie.ai hooks."""

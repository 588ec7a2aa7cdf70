"""kie.ai operators."""

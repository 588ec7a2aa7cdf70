"""kie.ai sensors."""

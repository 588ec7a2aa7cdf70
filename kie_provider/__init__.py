"""Apache Airflow provider for the kie.ai media-generation API."""

from __future__ import annotations

__version__ = "0.1.0"

"""
Example: upscale an image with Topaz (``topaz/image-upscale``).

A synchronous task: upscaling is quick, so the task polls in its worker slot instead of
deferring. Its taskId is kept across retries, so a retry after a crash reattaches to the running
generation rather than paying for a second one.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.kie import KieTopazImageUpscaleOperator
from kie_provider.urls import HTTP_URL_PATTERN

SPEC = CATALOGUE["topaz/image-upscale"]
EXAMPLE = SPEC.example_input
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operator polls as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None


@dag(
    dag_id="kie_topaz_image_upscale",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["kie.ai", "example"],
    doc_md=__doc__,
    params={
        "image_url": Param(
            EXAMPLE["image_url"],
            type="string",
            pattern=HTTP_URL_PATTERN,
            description=SPEC.field("image_url").description,
        ),
        "upscale_factor": Param(
            EXAMPLE["upscale_factor"], enum=["1", "2", "4", "8"], description=SPEC.field("upscale_factor").description
        ),
    },
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30)},
)
def kie_topaz_image_upscale() -> None:
    """Upscale the image given as a Param."""
    KieTopazImageUpscaleOperator(
        task_id="upscale",
        image_url="{{ params.image_url }}",
        upscale_factor="{{ params.upscale_factor }}",
        timeout=15 * 60,
        poll_interval=POLL_INTERVAL,
    )


kie_topaz_image_upscale()

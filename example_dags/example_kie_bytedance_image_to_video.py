"""
Example: turn an image into a 5 or 10 second video with ByteDance v1 Pro Fast.

Model ``bytedance/v1-pro-fast-image-to-video``. Video takes minutes, so the task defers: it frees
its worker slot while the triggerer waits for kie.ai.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.kie import KieBytedanceV1ProFastImageToVideoOperator
from kie_provider.urls import HTTP_URL_PATTERN

SPEC = CATALOGUE["bytedance/v1-pro-fast-image-to-video"]
EXAMPLE = SPEC.example_input
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operator polls as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None


@dag(
    dag_id="kie_bytedance_image_to_video",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["kie.ai", "example"],
    doc_md=__doc__,
    params={
        "prompt": Param(
            EXAMPLE["prompt"], type="string", minLength=1, maxLength=10000, description=SPEC.field("prompt").description
        ),
        "image_url": Param(
            EXAMPLE["image_url"],
            type="string",
            pattern=HTTP_URL_PATTERN,
            description=SPEC.field("image_url").description,
        ),
        "resolution": Param(
            EXAMPLE["resolution"], enum=["720p", "1080p"], description=SPEC.field("resolution").description
        ),
        "duration": Param(EXAMPLE["duration"], enum=["5", "10"], description=SPEC.field("duration").description),
    },
    default_args={"retries": 2, "retry_delay": timedelta(minutes=1)},
)
def kie_bytedance_image_to_video() -> None:
    """Animate the image given as a Param."""
    KieBytedanceV1ProFastImageToVideoOperator(
        task_id="animate",
        prompt="{{ params.prompt }}",
        image_url="{{ params.image_url }}",
        resolution="{{ params.resolution }}",
        duration="{{ params.duration }}",
        deferrable=True,
        timeout=60 * 60,
        poll_interval=POLL_INTERVAL,
    )


kie_bytedance_image_to_video()

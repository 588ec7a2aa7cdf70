"""
Example: a talking-avatar video from a portrait and an audio track with Kling (``kling/v1-avatar-standard``).

The audio sets the video's length; the task defers while kie.ai renders it.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.kie import KieKlingV1AvatarStandardOperator
from kie_provider.urls import HTTP_URL_PATTERN

SPEC = CATALOGUE["kling/v1-avatar-standard"]
EXAMPLE = SPEC.example_input
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operator polls as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None


@dag(
    dag_id="kie_kling_avatar",
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
        "audio_url": Param(
            EXAMPLE["audio_url"],
            type="string",
            pattern=HTTP_URL_PATTERN,
            description=SPEC.field("audio_url").description,
        ),
        "prompt": Param("", type="string", maxLength=5000, description="Optional direction for the avatar."),
    },
    default_args={"retries": 2, "retry_delay": timedelta(minutes=1)},
)
def kie_kling_avatar() -> None:
    """Render the avatar video."""
    KieKlingV1AvatarStandardOperator(
        task_id="avatar",
        image_url="{{ params.image_url }}",
        audio_url="{{ params.audio_url }}",
        prompt="{{ params.prompt }}",
        deferrable=True,
        timeout=60 * 60,
        poll_interval=POLL_INTERVAL,
    )


kie_kling_avatar()

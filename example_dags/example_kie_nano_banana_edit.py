"""
Example: edit images from a prompt with Google's nano-banana (``google/nano-banana-edit``).

``image_urls`` takes up to 10 image URLs; the task waits in the triggerer and returns the
finished record with the edited image in ``result_urls``.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.kie import KieNanoBananaEditOperator
from kie_provider.urls import HTTP_URL_PATTERN

SPEC = CATALOGUE["google/nano-banana-edit"]
EXAMPLE = SPEC.example_input
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operator polls as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None


@dag(
    dag_id="kie_nano_banana_edit",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["kie.ai", "example"],
    doc_md=__doc__,
    params={
        "prompt": Param(
            EXAMPLE["prompt"], type="string", minLength=1, maxLength=5000, description=SPEC.field("prompt").description
        ),
        "image_urls": Param(
            list(EXAMPLE["image_urls"]),
            type="array",
            items={"type": "string", "pattern": HTTP_URL_PATTERN},
            minItems=1,
            maxItems=10,
            description=SPEC.field("image_urls").description,
        ),
        "image_size": Param(
            EXAMPLE["image_size"],
            enum=list(SPEC.field("image_size").options or ()),
            description=SPEC.field("image_size").description,
        ),
        "output_format": Param(
            EXAMPLE["output_format"], enum=["png", "jpeg"], description=SPEC.field("output_format").description
        ),
    },
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30)},
)
def kie_nano_banana_edit() -> None:
    """Edit the images given as a Param."""
    KieNanoBananaEditOperator(
        task_id="edit",
        prompt="{{ params.prompt }}",
        # A templated list renders as its text; the operator parses it back into a list.
        image_urls="{{ params.image_urls }}",
        image_size="{{ params.image_size }}",
        output_format="{{ params.output_format }}",
        deferrable=True,
        poll_interval=POLL_INTERVAL,
    )


kie_nano_banana_edit()

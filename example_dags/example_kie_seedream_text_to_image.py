"""
Example: generate images from a text prompt with ByteDance Seedream 4 (``bytedance/seedream-v4-text-to-image``).

Trigger it with your own prompt, size and image count; the task waits in the triggerer
(``deferrable=True``) and returns the finished kie.ai record, whose ``result_urls`` the next
task lists.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator

SPEC = CATALOGUE["bytedance/seedream-v4-text-to-image"]
EXAMPLE = SPEC.example_input
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operator polls as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None


@dag(
    dag_id="kie_seedream_text_to_image",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["kie.ai", "example"],
    doc_md=__doc__,
    params={
        "prompt": Param(
            EXAMPLE["prompt"], type="string", minLength=1, maxLength=5000, description=SPEC.field("prompt").description
        ),
        "image_size": Param(
            EXAMPLE["image_size"],
            enum=list(SPEC.field("image_size").options or ()),
            description=SPEC.field("image_size").description,
        ),
        "image_resolution": Param(
            EXAMPLE["image_resolution"], enum=["1K", "2K", "4K"], description=SPEC.field("image_resolution").description
        ),
        "max_images": Param(
            EXAMPLE["max_images"],
            type="integer",
            minimum=1,
            maximum=6,
            description=SPEC.field("max_images").description,
        ),
    },
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30)},
)
def kie_seedream_text_to_image() -> None:
    """Generate, then list the images."""
    generate = KieSeedreamV4TextToImageOperator(
        task_id="generate",
        prompt="{{ params.prompt }}",
        image_size="{{ params.image_size }}",
        image_resolution="{{ params.image_resolution }}",
        max_images="{{ params.max_images }}",
        deferrable=True,
        poll_interval=POLL_INTERVAL,
    )

    @task
    def list_images(record: dict) -> list[str]:
        """Log and return the generated images' URLs (kie.ai keeps them 14 days)."""
        for url in record["result_urls"]:
            print(f"Generated image: {url}")
        return record["result_urls"]

    list_images(generate.output)


kie_seedream_text_to_image()

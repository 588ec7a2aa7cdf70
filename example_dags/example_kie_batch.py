"""
Example: generate one image per prompt, in parallel, with dynamic task mapping.

``generate`` is mapped over the ``prompts`` Param (one task instance per prompt) and runs in the
Airflow pool ``kie_submissions``, which keeps a large batch inside kie.ai's limit of 20 new
generations per 10 seconds per API key. Create the pool once::

    airflow pools set kie_submissions 4 "kie.ai createTask: 20 per 10 s per API key"

Why 4 slots: a deferred task gives its slot back while it waits, so a slot is held only while a
task starts, submits and defers, which takes Airflow at least about two seconds. Four slots
therefore start at most about 20 generations per 10 seconds; should a burst still exceed the
limit, the hook backs off and retries the 429 without creating a duplicate.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task

from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator

POOL = "kie_submissions"
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operators poll as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None


@dag(
    dag_id="kie_batch_images",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["kie.ai", "example"],
    doc_md=__doc__,
    params={
        "prompts": Param(
            [
                "A red fox in fresh snow, golden hour",
                "A paper boat on a rainy street, macro photo",
                "An isometric tiny greenhouse full of cacti",
                "A vintage robot reading a newspaper in a cafe",
            ],
            type="array",
            items={"type": "string", "minLength": 1, "maxLength": 5000},
            minItems=1,
            description="One image is generated per prompt.",
        ),
        "image_size": Param(
            "square_hd",
            enum=["square", "square_hd", "portrait_4_3", "landscape_16_9"],
            description="The aspect of every image in the batch.",
        ),
    },
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30)},
)
def kie_batch_images() -> None:
    """Fan out over the prompts, then gather every image URL."""

    @task
    def prompts(**context) -> list[str]:
        """The prompts to fan out over, from the run's Params."""
        return list(context["params"]["prompts"])

    images = KieSeedreamV4TextToImageOperator.partial(
        task_id="generate",
        pool=POOL,
        image_size="{{ params.image_size }}",
        image_resolution="1K",
        max_images=1,
        deferrable=True,
        poll_interval=POLL_INTERVAL,
    ).expand(prompt=prompts())

    @task
    def gather(records: list[dict]) -> dict[str, list[str]]:
        """Map each prompt to its images."""
        return {record["param"]["input"]["prompt"]: record["result_urls"] for record in records}

    gather(images.output)


kie_batch_images()

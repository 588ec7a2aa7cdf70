"""
Example: a person picks one of the generated images before the expensive video step.

``generate`` draws three candidates (5 credits each); ``review`` asks a person (Airflow's
human-in-the-loop: the "Required actions" page of the UI, or the REST API) to pick one or reject
them all; only a picked image is animated (36 credits). With no answer within a day, the default
("Reject all") applies and no video is paid for.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.providers.common.compat.sdk import AirflowSkipException
from airflow.providers.standard.operators.hitl import HITLOperator
from airflow.sdk import Param, dag, task

from kie_provider.operators.kie import (
    KieBytedanceV1ProFastImageToVideoOperator,
    KieSeedreamV4TextToImageOperator,
)

CANDIDATES = 3
CHOICES = [f"Image {n}" for n in range(1, CANDIDATES + 1)]
REJECT = "Reject all"
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operators poll as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None

REVIEW_BODY = """
Pick the image to turn into a video, or reject them all.

{% for url in ti.xcom_pull('generate')['result_urls'] %}
**Image {{ loop.index }}**

[![Image {{ loop.index }}]({{ url }})]({{ url }})
{% endfor %}
"""


@dag(
    dag_id="kie_human_review",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["kie.ai", "example", "human-in-the-loop"],
    doc_md=__doc__,
    params={
        "prompt": Param(
            f"{CANDIDATES} different views of a cosy reading nook by a rainy window, warm lamp light",
            type="string",
            minLength=1,
            maxLength=5000,
            description="What the candidate images show (Seedream draws them all in one task).",
        ),
        "video_prompt": Param(
            "Rain runs down the window, the lamp flickers gently, slow camera drift",
            type="string",
            minLength=1,
            maxLength=10000,
            description="How the picked image is animated.",
        ),
    },
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30), "poll_interval": POLL_INTERVAL},
)
def kie_human_review() -> None:
    """Generate candidates, let a person pick, animate the pick."""
    generate = KieSeedreamV4TextToImageOperator(
        task_id="generate",
        prompt="{{ params.prompt }}",
        image_size="landscape_16_9",
        max_images=CANDIDATES,
        deferrable=True,
    )
    review = HITLOperator(
        task_id="review",
        subject="Which image should become a video?",
        body=REVIEW_BODY,
        options=[*CHOICES, REJECT],
        defaults=[REJECT],
        response_timeout=timedelta(days=1),
        retries=0,
    )
    generate >> review

    @task
    def picked_image(record: dict, answer: dict) -> str:
        """The URL of the image the reviewer picked; skips the video if they rejected all."""
        choice = answer["chosen_options"][0]
        if choice == REJECT:
            raise AirflowSkipException("The reviewer rejected every image; no video is generated.")
        return record["result_urls"][CHOICES.index(choice)]

    KieBytedanceV1ProFastImageToVideoOperator(
        task_id="animate",
        prompt="{{ params.video_prompt }}",
        image_url=picked_image(generate.output, review.output),
        resolution="720p",
        duration="5",
        deferrable=True,
        timeout=60 * 60,
    )


kie_human_review()

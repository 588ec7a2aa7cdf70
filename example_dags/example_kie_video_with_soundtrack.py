"""
Example: a teaser video with its own soundtrack, from kie.ai's dedicated APIs: Google Veo 3.1 makes the
video, Suno the music, side by side; a last task pairs them and saves both.

Veo (``/api/v1/veo/generate``) and Suno (``/api/v1/generate``) report status their own way (Veo an
integer ``successFlag``, Suno a ``status`` moving PENDING → TEXT_SUCCESS → FIRST_SUCCESS → SUCCESS);
the operators read both as the same finished record, wait in the triggerer, reattach on a retry
and never pay twice. kie.ai's Suno API requires a ``callBackUrl``: give an endpoint of yours (the
provider polls for the result all the same).
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.kie import KieSunoGenerateOperator, KieVeoGenerateOperator

VEO = CATALOGUE["veo/generate"]
SUNO = CATALOGUE["suno/generate"]
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operators poll as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None


@dag(
    dag_id="kie_video_with_soundtrack",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["kie.ai", "example", "veo", "suno"],
    doc_md=__doc__,
    params={
        "scene": Param(
            "A paper boat drifting down a rain-soaked city street at dusk, neon reflections, slow dolly shot",
            type="string",
            minLength=1,
            description="What the video shows (Veo 3.1 prompt).",
        ),
        "aspect_ratio": Param(
            "16:9", enum=list(VEO.field("aspect_ratio").options or ()), description="The video's aspect ratio."
        ),
        "music": Param(
            "A gentle, hopeful lo-fi piano track with soft rain ambience",
            type="string",
            minLength=1,
            maxLength=500,
            description="What the soundtrack sounds like (Suno, simple mode: a description, up to 500 characters).",
        ),
        "callback_url": Param(
            "https://example.com/kie-callbacks",
            type="string",
            pattern="^https?://.+",
            description="An http(s) endpoint kie.ai POSTs Suno's progress to (Suno requires one).",
        ),
        "output_dir": Param(
            "/tmp/kie-teaser", type="string", description="Folder (or storage URI) the video and tracks are saved to."
        ),
    },
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30)},
)
def kie_video_with_soundtrack() -> None:
    """Video and music in parallel, then paired."""
    video = KieVeoGenerateOperator(
        task_id="video",
        prompt="{{ params.scene }}",
        aspect_ratio="{{ params.aspect_ratio }}",
        model_version="veo3_fast",
        deferrable=True,
        poll_interval=POLL_INTERVAL,
        output_path="{{ params.output_dir }}",
    )
    music = KieSunoGenerateOperator(
        task_id="music",
        prompt="{{ params.music }}",
        custom_mode=False,
        instrumental=True,
        model_version="V4_5",
        callback_url="{{ params.callback_url }}",
        deferrable=True,
        poll_interval=POLL_INTERVAL,
        output_path="{{ params.output_dir }}",
    )

    @task
    def pair(video: dict, music: dict) -> dict:
        """The teaser: one video and the first soundtrack, with where both were saved."""
        teaser = {
            "video": video["output_paths"][0],
            "soundtrack": music["output_paths"][0],
            "video_url": video["result_urls"][0],
            "soundtrack_url": music["result_urls"][0],
            "credits": (video.get("consume_credits") or 0) + (music.get("consume_credits") or 0),
        }
        print(f"Teaser: {teaser}")
        return teaser

    pair(video.output, music.output)


kie_video_with_soundtrack()

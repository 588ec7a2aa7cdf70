"""
Example: a creative pipeline chaining four kie.ai models, with a talking avatar beside it.

``generate`` (Seedream text to image) → ``edit`` (nano-banana edit of that image) → ``upscale``
(Topaz) → ``animate`` (ByteDance image to video), and ``avatar`` (Kling, from an image and an
audio URL) at the same time. Each step reads the previous result from XCom, waits in the
triggerer (``deferrable=True``), and saves its files under the ``output_dir`` Param (default: the
``KIE_OUTPUT_DIR`` environment variable, else ``/tmp/kie-output``; templated, so the deployment lists
it in ``[kie] templated_output_roots``). ``collect`` gathers every URL and saved file into one XCom.

Retries are safe: each operator keeps its kie.ai taskId, so a retry reattaches to a generation
that is still running instead of paying for it twice.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.kie import (
    KieBytedanceV1ProFastImageToVideoOperator,
    KieKlingV1AvatarStandardOperator,
    KieNanoBananaEditOperator,
    KieSeedreamV4TextToImageOperator,
    KieTopazImageUpscaleOperator,
)
from kie_provider.urls import HTTP_URL_PATTERN

AVATAR = CATALOGUE["kling/v1-avatar-standard"].example_input
# Demos and tests set KIE_POLL_INTERVAL to a fraction of a second; unset, the operators poll as
# kie.ai advises (2.5 s, backing off to 30 s).
POLL_INTERVAL = float(os.environ.get("KIE_POLL_INTERVAL") or 0) or None


@dag(
    dag_id="kie_creative_pipeline",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["kie.ai", "example"],
    doc_md=__doc__,
    max_active_runs=1,
    params={
        "prompt": Param(
            "A lighthouse on a cliff at dawn, warm light, mist over the sea, wide shot",
            type="string",
            minLength=1,
            maxLength=5000,
            description="What Seedream draws.",
        ),
        "edit_prompt": Param(
            "Turn it into a watercolour painting; keep the composition",
            type="string",
            minLength=1,
            maxLength=5000,
            description="How nano-banana edits the drawn image.",
        ),
        "upscale_factor": Param("2", enum=["1", "2", "4", "8"], description="How much Topaz enlarges the edit."),
        "video_prompt": Param(
            "Slow push-in, the mist drifts and the lighthouse beam sweeps across the water",
            type="string",
            minLength=1,
            maxLength=10000,
            description="How ByteDance animates the upscaled image.",
        ),
        "avatar_image_url": Param(
            AVATAR["image_url"], type="string", pattern=HTTP_URL_PATTERN, description="The talking avatar's face."
        ),
        "avatar_audio_url": Param(
            AVATAR["audio_url"], type="string", pattern=HTTP_URL_PATTERN, description="What the avatar says (audio)."
        ),
        "output_dir": Param(
            os.environ.get("KIE_OUTPUT_DIR", "/tmp/kie-output"),
            type="string",
            minLength=1,
            description="Local folder the generated files are saved to.",
        ),
    },
    default_args={
        "retries": 2,
        "retry_delay": timedelta(seconds=30),
        "deferrable": True,
        "poll_interval": POLL_INTERVAL,
        "output_path": "{{ params.output_dir }}",
    },
)
def kie_creative_pipeline() -> None:
    """Draw, edit, upscale and animate one image; make an avatar video beside it."""
    generate = KieSeedreamV4TextToImageOperator(
        task_id="generate",
        prompt="{{ params.prompt }}",
        image_size="landscape_16_9",
        image_resolution="2K",
        max_images=1,
    )
    edit = KieNanoBananaEditOperator(
        task_id="edit",
        prompt="{{ params.edit_prompt }}",
        image_urls="{{ ti.xcom_pull('generate')['result_urls'][:1] }}",
        image_size="16:9",
        output_format="png",
    )
    upscale = KieTopazImageUpscaleOperator(
        task_id="upscale",
        image_url="{{ ti.xcom_pull('edit')['result_urls'][0] }}",
        upscale_factor="{{ params.upscale_factor }}",
    )
    animate = KieBytedanceV1ProFastImageToVideoOperator(
        task_id="animate",
        prompt="{{ params.video_prompt }}",
        image_url="{{ ti.xcom_pull('upscale')['result_urls'][0] }}",
        resolution="720p",
        duration="5",
        timeout=60 * 60,
    )
    avatar = KieKlingV1AvatarStandardOperator(
        task_id="avatar",
        image_url="{{ params.avatar_image_url }}",
        audio_url="{{ params.avatar_audio_url }}",
        timeout=60 * 60,
    )
    generate >> edit >> upscale >> animate

    @task
    def collect(generate: dict, edit: dict, upscale: dict, animate: dict, avatar: dict) -> dict[str, dict]:
        """One XCom with every step's model, result URLs, saved files and credits."""
        steps = {"generate": generate, "edit": edit, "upscale": upscale, "animate": animate, "avatar": avatar}
        return {
            step: {
                "model": record["model"],
                "result_urls": record["result_urls"],
                "output_paths": record.get("output_paths", []),
                "credits": record.get("consume_credits"),
            }
            for step, record in steps.items()
        }

    collect(generate.output, edit.output, upscale.output, animate.output, avatar.output)


kie_creative_pipeline()

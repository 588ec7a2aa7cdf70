"""The declarative catalogue of kie.ai models: every typed model as data, and the lookup and validation by model name.

Validation, the generated per-model operators, their docstrings and the emulator all read this one
table; adding a model is adding an entry to ``CATALOGUE`` and running ``scripts/generate_operators.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kie_provider.schema import (
    AUDIO_TYPES,
    IMAGE_TYPES,
    TEN_MB,
    FieldSpec,
    ModelSpec,
    WireInput,
    as_list,
    is_deferred,
    validate_fields,
)

__all__ = [
    "AUDIO_TYPES",
    "CATALOGUE",
    "IMAGE_TYPES",
    "TEN_MB",
    "FieldSpec",
    "ModelSpec",
    "WireInput",
    "as_list",
    "get_model",
    "is_deferred",
    "validate_input",
]


def _prompt(max_length: int, description: str, **kw: Any) -> FieldSpec:
    return FieldSpec("prompt", "string", description, required=True, max_length=max_length, **kw)


def _image(name: str, description: str, required: bool = True) -> FieldSpec:
    return FieldSpec(name, "url", description, required=required, accept=IMAGE_TYPES, max_bytes=TEN_MB)


CATALOGUE: dict[str, ModelSpec] = {
    spec.model: spec
    for spec in (
        ModelSpec(
            model="topaz/image-upscale",
            operator_name="KieTopazImageUpscaleOperator",
            summary="Upscale an image 1x, 2x, 4x or 8x with Topaz.",
            output_type="image/png",
            credits=10,
            fields=(
                _image("image_url", "URL of the image to be upscaled."),
                FieldSpec(
                    "upscale_factor",
                    "string",
                    "Factor to upscale by (2 doubles width and height).",
                    required=True,
                    options=("1", "2", "4", "8"),
                ),
            ),
            example_input={
                "image_url": "https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png",
                "upscale_factor": "2",
            },
        ),
        ModelSpec(
            model="google/nano-banana-edit",
            operator_name="KieNanoBananaEditOperator",
            summary="Edit up to 10 images from a prompt with Google's nano-banana.",
            output_type="image/png",
            credits=4,
            fields=(
                _prompt(5000, "The prompt for image editing."),
                FieldSpec(
                    "image_urls",
                    "url_list",
                    "URLs of the input images, up to 10.",
                    required=True,
                    max_items=10,
                    accept=IMAGE_TYPES,
                    max_bytes=TEN_MB,
                ),
                FieldSpec("output_format", "string", "Output image format.", options=("png", "jpeg")),
                FieldSpec(
                    "image_size",
                    "string",
                    "Aspect ratio; anything but auto costs extra credits.",
                    options=("auto", "1:1", "3:4", "9:16", "4:3", "16:9"),
                ),
            ),
            example_input={
                "prompt": "turn this photo into a character figure. Behind it, place a box with the "
                "character’s image printed on it, and a computer showing the Blender modeling process on "
                "its screen. In front of the box, add a round plastic base with the character figure "
                "standing on it. set the scene indoors if possible",
                "image_urls": ["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],
                "output_format": "png",
                "image_size": "auto",
            },
        ),
        ModelSpec(
            model="bytedance/seedream-v4-text-to-image",
            operator_name="KieSeedreamV4TextToImageOperator",
            summary="Generate images from text with ByteDance Seedream 4.",
            output_type="image/png",
            credits=5,
            fields=(
                _prompt(5000, "The text prompt used to generate the image."),
                FieldSpec(
                    "image_size",
                    "string",
                    "Aspect ratio of the generated image.",
                    options=(
                        "square",
                        "square_hd",
                        "portrait_4_3",
                        "portrait_3_2",
                        "portrait_16_9",
                        "landscape_4_3",
                        "landscape_3_2",
                        "landscape_16_9",
                        "landscape_21_9",
                    ),
                ),
                FieldSpec("image_resolution", "string", "Pixel scale of the image.", options=("1K", "2K", "4K")),
                FieldSpec(
                    "max_images",
                    "integer",
                    "How many images one run may produce (also say it in the prompt).",
                    minimum=1,
                    maximum=6,
                ),
                FieldSpec("seed", "integer", "Random seed.", minimum=-(2**63), maximum=2**63 - 1),
            ),
            example_input={
                "prompt": "Draw the following system of binary linear equations and the corresponding "
                "solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5.",
                "image_size": "square_hd",
                "image_resolution": "1K",
                "max_images": 1,
            },
        ),
        ModelSpec(
            model="bytedance/v1-pro-fast-image-to-video",
            operator_name="KieBytedanceV1ProFastImageToVideoOperator",
            summary="Turn an image into a 5 or 10 second video with ByteDance v1 Pro Fast.",
            output_type="video/mp4",
            credits=36,
            fields=(
                _prompt(10000, "The text prompt used to generate the video."),
                _image("image_url", "URL of the image used to generate the video."),
                FieldSpec("resolution", "string", "Video resolution.", options=("720p", "1080p")),
                FieldSpec("duration", "string", "Duration in seconds.", options=("5", "10")),
            ),
            example_input={
                "prompt": (
                    "A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a "
                    "rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden "
                    "stream from above, gradually filling the cup in distinct stages: empty with faint steam, "
                    "1/4 filled with dark crema, half-filled with swirling coffee and rising steam, 3/4 "
                    "filled nearing the rim, perfectly full just below overflow with glossy surface and soft "
                    "bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field, "
                    "photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar "
                    "16:9 --q 2 --style raw"
                ),
                "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp",
                "resolution": "720p",
                "duration": "5",
            },
        ),
        ModelSpec(
            model="kling/v1-avatar-standard",
            operator_name="KieKlingV1AvatarStandardOperator",
            summary="Make a talking-avatar video from an image and an audio track with Kling.",
            output_type="video/mp4",
            credits=40,
            fields=(
                _image("image_url", "URL of the image to use as the avatar."),
                FieldSpec(
                    "audio_url",
                    "url",
                    "URL of the audio file.",
                    required=True,
                    accept=AUDIO_TYPES,
                    max_bytes=TEN_MB,
                ),
                # Documented as required, yet kie.ai's own example leaves it out and its record
                # shows it sent as "": missing means empty.
                _prompt(5000, "The prompt to use for the video generation.", default=""),
            ),
            example_input={
                "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png",
                "audio_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3",
            },
        ),
    )
}


def get_model(model: str) -> ModelSpec | None:
    """
    Return the catalogue entry of ``model``, or ``None`` for a model the catalogue does not know.

    :param model: the kie.ai model name, e.g. ``"topaz/image-upscale"``.
    """
    return CATALOGUE.get(model)


def validate_input(
    model: str,
    values: Mapping[str, Any],
    *,
    allow_deferred: bool = False,
    uploadable: Callable[[Any], bool] | None = None,
) -> dict[str, Any]:
    """
    Check ``values`` against the catalogue entry of ``model`` and return them as wire values.

    See :func:`kie_provider.schema.validate_fields`; a model the catalogue does not know is passed through.

    :param model: the kie.ai model name.
    :param values: the ``input`` object, with wire names as keys.
    :param allow_deferred: when parsing a DAG, skip values only known after templating.
    :param uploadable: a predicate for file-field values that will be uploaded before the task is created.
    """
    return validate_fields(model, CATALOGUE.get(model), values, allow_deferred=allow_deferred, uploadable=uploadable)

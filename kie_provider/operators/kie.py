"""The per-model kie.ai operators: one class per catalogue model, every input field a typed, templated argument.

GENERATED from :mod:`kie_provider.catalogue` by ``scripts/generate_operators.py``: do not edit by
hand; change the catalogue and run the script (a test fails when this file is stale). The machinery
they share is :class:`~kie_provider.operators.base.KieCreateTaskOperator`, re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.base import KieCreateTaskOperator, KieModelOperator

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kie_provider.schema import FileInput


class KieBytedanceV1ProFastImageToVideoOperator(KieModelOperator):
    """
    Turn an image into a 5 or 10 second video with ByteDance v1 Pro Fast.

    Runs kie.ai model ``bytedance/v1-pro-fast-image-to-video`` (output: video/mp4); see :class:`KieCreateTaskOperator`
    for waiting, retries, durability and the return value. Every input field is templated; file fields also take a local
    path, storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video. Required. Allowed: a string of at most 10000 characters.
    :param image_url: URL of the image used to generate the video. Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param resolution: Video resolution. Optional. Allowed: one of '720p', '1080p'.
    :param duration: Duration in seconds. Optional. Allowed: one of '5', '10'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/v1-pro-fast-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        resolution: str | None = None,
        duration: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
            },
            **kwargs,
        )


class KieKlingV1AvatarStandardOperator(KieModelOperator):
    """
    Make a talking-avatar video from an image and an audio track with Kling.

    Runs kie.ai model ``kling/v1-avatar-standard`` (output: video/mp4); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: URL of the image to use as the avatar. Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param audio_url: URL of the audio file. Required. Allowed: an http(s) URL of a file of type audio/mpeg, audio/wav,
        audio/x-wav, audio/aac, audio/mp4, audio/ogg.
    :param prompt: The prompt to use for the video generation. Required. Allowed: a string of at most 5000 characters.
        Default '' when left out.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v1-avatar-standard"]

    def __init__(
        self,
        *,
        image_url: FileInput | None = None,
        audio_url: FileInput | None = None,
        prompt: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image_url": image_url, "audio_url": audio_url, "prompt": prompt}, **kwargs)


class KieNanoBananaEditOperator(KieModelOperator):
    """
    Edit up to 10 images from a prompt with Google's nano-banana.

    Runs kie.ai model ``google/nano-banana-edit`` (output: image/png); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt for image editing. Required. Allowed: a string of at most 5000 characters.
    :param image_urls: URLs of the input images, up to 10. Required. Allowed: a list of 1 to 10 http(s) URLs of files of
        type image/jpeg, image/png, image/webp.
    :param output_format: Output image format. Optional. Allowed: one of 'png', 'jpeg'.
    :param image_size: Aspect ratio; anything but auto costs extra credits. Optional. Allowed: one of 'auto', '1:1',
        '3:4', '9:16', '4:3', '16:9'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/nano-banana-edit"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        output_format: str | None = None,
        image_size: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "output_format": output_format,
                "image_size": image_size,
            },
            **kwargs,
        )


class KieSeedreamV4TextToImageOperator(KieModelOperator):
    """
    Generate images from text with ByteDance Seedream 4.

    Runs kie.ai model ``bytedance/seedream-v4-text-to-image`` (output: image/png); see :class:`KieCreateTaskOperator`
    for waiting, retries, durability and the return value. Every input field is templated; file fields also take a local
    path, storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the image. Required. Allowed: a string of at most 5000 characters.
    :param image_size: Aspect ratio of the generated image. Optional. Allowed: one of 'square', 'square_hd',
        'portrait_4_3', 'portrait_3_2', 'portrait_16_9', 'landscape_4_3', 'landscape_3_2', 'landscape_16_9',
        'landscape_21_9'.
    :param image_resolution: Pixel scale of the image. Optional. Allowed: one of '1K', '2K', '4K'.
    :param max_images: How many images one run may produce (also say it in the prompt). Optional. Allowed: an integer
        from 1 to 6.
    :param seed: Random seed. Optional. Allowed: an integer from -9223372036854775808 to 9223372036854775807.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedream-v4-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_size: str | None = None,
        image_resolution: str | None = None,
        max_images: int | str | None = None,
        seed: int | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_size": image_size,
                "image_resolution": image_resolution,
                "max_images": max_images,
                "seed": seed,
            },
            **kwargs,
        )


class KieTopazImageUpscaleOperator(KieModelOperator):
    """
    Upscale an image 1x, 2x, 4x or 8x with Topaz.

    Runs kie.ai model ``topaz/image-upscale`` (output: image/png); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: URL of the image to be upscaled. Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png, image/webp.
    :param upscale_factor: Factor to upscale by (2 doubles width and height). Required. Allowed: one of '1', '2', '4',
        '8'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["topaz/image-upscale"]

    def __init__(
        self,
        *,
        image_url: FileInput | None = None,
        upscale_factor: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image_url": image_url, "upscale_factor": upscale_factor}, **kwargs)


#: The operator class of each catalogue model.
MODEL_OPERATORS: dict[str, type[KieModelOperator]] = {
    "bytedance/seedream-v4-text-to-image": KieSeedreamV4TextToImageOperator,
    "bytedance/v1-pro-fast-image-to-video": KieBytedanceV1ProFastImageToVideoOperator,
    "google/nano-banana-edit": KieNanoBananaEditOperator,
    "kling/v1-avatar-standard": KieKlingV1AvatarStandardOperator,
    "topaz/image-upscale": KieTopazImageUpscaleOperator,
}

__all__ = [
    "KieBytedanceV1ProFastImageToVideoOperator",
    "KieCreateTaskOperator",
    "KieKlingV1AvatarStandardOperator",
    "KieModelOperator",
    "KieNanoBananaEditOperator",
    "KieSeedreamV4TextToImageOperator",
    "KieTopazImageUpscaleOperator",
    "MODEL_OPERATORS",
]

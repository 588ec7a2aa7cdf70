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

    Runs kie.ai model ``bytedance/v1-pro-fast-image-to-video`` (output: video/mp4; the Market's createTask, documented
    at https://docs.kie.ai/market/bytedance/v1-pro-fast-image-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

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


class KieElevenLabsTextToSpeechMultilingualV2Operator(KieModelOperator):
    """
    ElevenLabs Multilingual v2 text-to-speech.

    Runs kie.ai model ``elevenlabs/text-to-speech-multilingual-v2`` (output: audio/mpeg; the Market's createTask,
    documented at https://docs.kie.ai/market/elevenlabs/text-to-speech-multilingual-v2); see
    :class:`KieCreateTaskOperator` for waiting, retries, durability and the return value. Every input field is
    templated; file fields also take a local path, storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task
    is created.

    :param text: The text to convert to speech (Max length: 5000 characters). Required. Allowed: a string of at most
        5000 characters.
    :param voice: The voice to use: a preset voice name (e.g. Rachel, Adam) or a voice ID; page lists 67 voice IDs
        (preview at https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3). Required. Allowed: a string.
        kie.ai's default: 'EkK5I93UQWFDigLMpZcX'.
    :param stability: Voice stability (0-1), step 0.01. Optional. Allowed: a number from 0 to 1. kie.ai's default: 0.5.
    :param similarity_boost: Similarity boost (0-1), step 0.01. Optional. Allowed: a number from 0 to 1. kie.ai's
        default: 0.75.
    :param style: Style exaggeration (0-1), step 0.01. Optional. Allowed: a number from 0 to 1. kie.ai's default: 0.
    :param speed: Speech speed (0.7-1.2), step 0.01. Optional. Allowed: a number from 0.7 to 1.2. kie.ai's default: 1.
    :param timestamps: Whether to return timestamps for each word. Optional. Allowed: true or false.
    :param previous_text: Text that came before this request, for continuity (Max length: 5000). Optional. Allowed: a
        string of at most 5000 characters.
    :param next_text: Text that comes after this request, for continuity (Max length: 5000). Optional. Allowed: a string
        of at most 5000 characters.
    :param language_code: ISO 639-1 code to enforce a language; only Turbo v2.5 and Flash v2.5 support it, other models
        return an error if given (Max length: 500). Optional. Allowed: a string of at most 500 characters.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["elevenlabs/text-to-speech-multilingual-v2"]

    def __init__(
        self,
        *,
        text: str | None = None,
        voice: str | None = None,
        stability: float | str | None = None,
        similarity_boost: float | str | None = None,
        style: float | str | None = None,
        speed: float | str | None = None,
        timestamps: bool | str | None = None,
        previous_text: str | None = None,
        next_text: str | None = None,
        language_code: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
            },
            **kwargs,
        )


class KieElevenLabsTextToSpeechTurbo25Operator(KieModelOperator):
    """
    ElevenLabs Turbo v2.5 text-to-speech.

    Runs kie.ai model ``elevenlabs/text-to-speech-turbo-2-5`` (output: audio/mpeg; the Market's createTask, documented
    at https://docs.kie.ai/market/elevenlabs/text-to-speech-turbo-2-5); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param text: The text to convert to speech (Max length: 5000 characters). Required. Allowed: a string of at most
        5000 characters.
    :param voice: The voice to use: a preset voice name (e.g. Rachel, Adam) or a voice ID; page lists 67 voice IDs
        (preview at https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3). Optional. Allowed: a string.
        kie.ai's default: 'EkK5I93UQWFDigLMpZcX'.
    :param stability: Voice stability (0-1), step 0.01. Optional. Allowed: a number from 0 to 1. kie.ai's default: 0.5.
    :param similarity_boost: Similarity boost (0-1), step 0.01. Optional. Allowed: a number from 0 to 1. kie.ai's
        default: 0.75.
    :param style: Style exaggeration (0-1), step 0.01. Optional. Allowed: a number from 0 to 1. kie.ai's default: 0.
    :param speed: Speech speed (0.7-1.2), step 0.01. Optional. Allowed: a number from 0.7 to 1.2. kie.ai's default: 1.
    :param timestamps: Whether to return timestamps for each word. Optional. Allowed: true or false.
    :param previous_text: Text that came before this request, for continuity (Max length: 5000). Optional. Allowed: a
        string of at most 5000 characters.
    :param next_text: Text that comes after this request, for continuity (Max length: 5000). Optional. Allowed: a string
        of at most 5000 characters.
    :param language_code: ISO 639-1 code to enforce a language; only Turbo v2.5 and Flash v2.5 support it, other models
        return an error if given (Max length: 500). Optional. Allowed: a string of at most 500 characters.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["elevenlabs/text-to-speech-turbo-2-5"]

    def __init__(
        self,
        *,
        text: str | None = None,
        voice: str | None = None,
        stability: float | str | None = None,
        similarity_boost: float | str | None = None,
        style: float | str | None = None,
        speed: float | str | None = None,
        timestamps: bool | str | None = None,
        previous_text: str | None = None,
        next_text: str | None = None,
        language_code: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
            },
            **kwargs,
        )


class KieFlux2FlexTextToImageOperator(KieModelOperator):
    """
    Flux-2 Flex text-to-image.

    Runs kie.ai model ``flux-2/flex-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/flux2/flex-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Must be between 3 and 5000 characters. Required. Allowed: a string of at most 5000 characters.
    :param aspect_ratio: Aspect ratio for the generated image. Required. Allowed: one of '1:1', '4:3', '3:4', '16:9',
        '9:16', '3:2', '2:3'. kie.ai's default: '1:1'.
    :param resolution: Output image resolution. Required. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-2/flex-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieFlux2ProImageToImageOperator(KieModelOperator):
    """
    Flux-2 Pro image-to-image (1-8 reference images).

    Runs kie.ai model ``flux-2/pro-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/flux2/pro-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param input_urls: Input reference images (1-8 images). Accepted types: image/jpeg, image/png, image/webp; Max size:
        10.0MB. Required. Allowed: a list of 1 to 8 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param prompt: Must be between 3 and 5000 characters. Required. Allowed: a string of at most 5000 characters.
    :param aspect_ratio: Aspect ratio for the generated image. 'auto' matches the first input image. Required. Allowed:
        one of '1:1', '4:3', '3:4', '16:9', '9:16', '3:2', '2:3', 'auto'. kie.ai's default: '1:1'.
    :param resolution: Output image resolution. Required. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-2/pro-image-to-image"]

    def __init__(
        self,
        *,
        input_urls: Sequence[FileInput] | str | None = None,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "input_urls": input_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieFlux2ProTextToImageOperator(KieModelOperator):
    """
    Flux-2 Pro text-to-image.

    Runs kie.ai model ``flux-2/pro-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/flux2/pro-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Must be between 3 and 5000 characters. Required. Allowed: a string of at most 5000 characters.
    :param aspect_ratio: Aspect ratio for the generated image. Required. Allowed: one of '1:1', '4:3', '3:4', '16:9',
        '9:16', '3:2', '2:3'. kie.ai's default: '1:1'.
    :param resolution: Output image resolution. Required. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-2/pro-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieFluxKontextOperator(KieModelOperator):
    """
    Generate or edit an image with Flux Kontext.

    Runs kie.ai model ``flux-kontext/generate`` (output: image/png; Flux Kontext's ``/api/v1/flux/kontext/generate``,
    documented at https://docs.kie.ai/flux-kontext-api/quickstart); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Desired image or edit; English only. Required. Allowed: a string.
    :param enable_translation: Auto-translate non-English prompts. Optional (``enableTranslation`` on the wire).
        Allowed: true or false. kie.ai's default: True.
    :param upload_cn: true = China upload servers. Optional (``uploadCn`` on the wire). Allowed: true or false.
    :param input_image: Input image URL; required for editing mode. Optional (``inputImage`` on the wire). Allowed: an
        http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Output ratio (text-to-image: as given; editing: crop/pad if given else keep original). Optional
        (``aspectRatio`` on the wire). Allowed: one of '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'. kie.ai's default:
        '16:9'.
    :param output_format: Output format. Optional (``outputFormat`` on the wire). Allowed: one of 'jpeg', 'png'.
        kie.ai's default: 'jpeg'.
    :param prompt_upsampling: Upsample the prompt (slower). Optional (``promptUpsampling`` on the wire). Allowed: true
        or false. kie.ai's default: False.
    :param model_version: flux-kontext-pro (standard) / flux-kontext-max (complex scenes). Optional (``model`` on the
        wire). Allowed: one of 'flux-kontext-pro', 'flux-kontext-max'. kie.ai's default: 'flux-kontext-pro'.
    :param safety_tolerance: Moderation: generation 0 (strict)-6 (permissive); editing 0-2; out-of-range -> code 500
        'The security tolerance level is out of range and should be 0-2 or 0-6'. Optional (``safetyTolerance`` on the
        wire). Allowed: one of 0, 1, 2, 3, 4, 5, 6. kie.ai's default: 2.
    :param watermark: Watermark identifier. Optional. Allowed: a string.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-kontext/generate"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        enable_translation: bool | str | None = None,
        upload_cn: bool | str | None = None,
        input_image: FileInput | None = None,
        aspect_ratio: str | None = None,
        output_format: str | None = None,
        prompt_upsampling: bool | str | None = None,
        model_version: str | None = None,
        safety_tolerance: int | str | None = None,
        watermark: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "enableTranslation": enable_translation,
                "uploadCn": upload_cn,
                "inputImage": input_image,
                "aspectRatio": aspect_ratio,
                "outputFormat": output_format,
                "promptUpsampling": prompt_upsampling,
                "model": model_version,
                "safetyTolerance": safety_tolerance,
                "watermark": watermark,
            },
            **kwargs,
        )


class KieGpt4oImageOperator(KieModelOperator):
    """
    Generate or edit images with GPT-4o Image.

    Runs kie.ai model ``gpt4o-image/generate`` (output: image/png; 4o Image's ``/api/v1/gpt4o-image/generate``,
    documented at https://docs.kie.ai/4o-image-api/quickstart); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Creative idea; required if neither filesUrl nor fileUrl is supplied (at least one of prompt /
        filesUrl). Optional. Allowed: a string.
    :param files_url: Up to 5 public image URLs as reference/source. Formats .jfif .pjpeg .jpeg .pjp .jpg .png .webp.
        Optional (``filesUrl`` on the wire). Allowed: a list of 1 to 5 http(s) URLs of files of type image/jpeg,
        image/png, image/webp.
    :param size: Aspect ratio (the only schema-required property). Required. Allowed: one of '1:1', '3:2', '2:3'.
    :param n_variants: Number of variations: 1, 2 or 4 (different credit cost). Optional (``nVariants`` on the wire).
        Allowed: one of 1, 2, 4. kie.ai's default: 1.
    :param mask_url: Mask (black = modify, white = keep), same dimensions/format as the reference, <= 25 MB; ignored
        when filesUrl has more than one image. Optional (``maskUrl`` on the wire). Allowed: an http(s) URL of a file of
        type image/jpeg, image/png, image/webp.
    :param is_enhance: Prompt enhancement (e.g. 3D renders). Optional (``isEnhance`` on the wire). Allowed: true or
        false. kie.ai's default: False.
    :param upload_cn: true routes uploads via China servers. Optional (``uploadCn`` on the wire). Allowed: true or
        false.
    :param enable_fallback: Fall back to backup model (e.g. Flux) if GPT-4o unavailable. Optional (``enableFallback`` on
        the wire). Allowed: true or false. kie.ai's default: False.
    :param fallback_model: Backup model when enableFallback=true. Optional (``fallbackModel`` on the wire). Allowed: one
        of 'GPT_IMAGE_1', 'FLUX_MAX'. kie.ai's default: 'FLUX_MAX'.
    :param file_url: DEPRECATED single file URL; use filesUrl. Optional (``fileUrl`` on the wire). Allowed: an http(s)
        URL of a file of type image/jpeg, image/png, image/webp.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gpt4o-image/generate"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        files_url: Sequence[FileInput] | str | None = None,
        size: str | None = None,
        n_variants: int | str | None = None,
        mask_url: FileInput | None = None,
        is_enhance: bool | str | None = None,
        upload_cn: bool | str | None = None,
        enable_fallback: bool | str | None = None,
        fallback_model: str | None = None,
        file_url: FileInput | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "filesUrl": files_url,
                "size": size,
                "nVariants": n_variants,
                "maskUrl": mask_url,
                "isEnhance": is_enhance,
                "uploadCn": upload_cn,
                "enableFallback": enable_fallback,
                "fallbackModel": fallback_model,
                "fileUrl": file_url,
            },
            **kwargs,
        )


class KieGptImage15ImageToImageOperator(KieModelOperator):
    """
    GPT Image 1.5 image-to-image.

    Runs kie.ai model ``gpt-image/1.5-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/gpt-image/1-5-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param input_urls: Input image(s). image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: a list of 1 to
        16 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param prompt: A text description of the image you want to generate. Required. Allowed: a string.
    :param aspect_ratio: Width-height ratio of the image. Required. Allowed: one of '1:1', '2:3', '3:2'. kie.ai's
        default: '3:2'.
    :param quality: medium=balanced, high=slow/detailed. Required. Allowed: one of 'medium', 'high'. kie.ai's default:
        'medium'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gpt-image/1.5-image-to-image"]

    def __init__(
        self,
        *,
        input_urls: Sequence[FileInput] | str | None = None,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        quality: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "input_urls": input_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
            },
            **kwargs,
        )


class KieGptImage15TextToImageOperator(KieModelOperator):
    """
    GPT Image 1.5 text-to-image.

    Runs kie.ai model ``gpt-image/1.5-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/gpt-image/1-5-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate. Required. Allowed: a string.
    :param aspect_ratio: Width-height ratio of the image. Required. Allowed: one of '1:1', '2:3', '3:2'. kie.ai's
        default: '1:1'.
    :param quality: medium=balanced, high=slow/detailed. Required. Allowed: one of 'medium', 'high'. kie.ai's default:
        'medium'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gpt-image/1.5-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        quality: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"prompt": prompt, "aspect_ratio": aspect_ratio, "quality": quality}, **kwargs)


class KieGrokImagineTextToImageOperator(KieModelOperator):
    """
    Grok Imagine text-to-image.

    Runs kie.ai model ``grok-imagine/text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired image. Max 5000 characters; English. Required. Allowed: a string
        of at most 5000 characters.
    :param aspect_ratio: Width-to-height ratio (description says Default: 1:1). Optional. Allowed: one of '2:3', '3:2',
        '1:1', '16:9', '9:16'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param enable_pro: false = speed mode; true = quality mode. Optional. Allowed: true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine/text-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        nsfw_checker: bool | str | None = None,
        enable_pro: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "nsfw_checker": nsfw_checker,
                "enable_pro": enable_pro,
            },
            **kwargs,
        )


class KieGrokImagineTextToVideoOperator(KieModelOperator):
    """
    Grok Imagine text-to-video.

    Runs kie.ai model ``grok-imagine/text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired video motion. Max 5000 characters; English. Required. Allowed: a
        string of at most 5000 characters.
    :param aspect_ratio: Aspect ratio. Optional. Allowed: one of '2:3', '3:2', '1:1', '16:9', '9:16'. kie.ai's default:
        '2:3'.
    :param mode: fun / normal / spicy. Optional. Allowed: one of 'fun', 'normal', 'spicy'. kie.ai's default: 'normal'.
    :param duration: Duration in seconds (6-30), step 1. Optional. Allowed: a number from 6 to 30.
    :param resolution: Resolution. Optional. Allowed: one of '480p', '720p'. kie.ai's default: '480p'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        mode: str | None = None,
        duration: float | str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "mode": mode,
                "duration": duration,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieHailuo02ImageToVideoStandardOperator(KieModelOperator):
    """
    Hailuo 02 Standard image-to-video.

    Runs kie.ai model ``hailuo/02-image-to-video-standard`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/02-image-to-video-standard); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing the video (Max length: 1500 characters). Required. Allowed: a string of at
        most 1500 characters.
    :param image_url: First frame image. image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: an http(s)
        URL of a file of type image/jpeg, image/png, image/webp.
    :param end_image_url: Optional last frame image. image/jpeg, image/png, image/webp; Max 10.0MB. Optional. Allowed:
        an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param duration: Duration in seconds. 10 s not supported for 1080p. Optional. Allowed: one of '6', '10'. kie.ai's
        default: '10'.
    :param resolution: Resolution of the generated video. Optional. Allowed: one of '512P', '768P'. kie.ai's default:
        '768P'.
    :param prompt_optimizer: Whether to use the model's prompt optimizer. Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/02-image-to-video-standard"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        end_image_url: FileInput | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        prompt_optimizer: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "resolution": resolution,
                "prompt_optimizer": prompt_optimizer,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieHailuo02TextToVideoProOperator(KieModelOperator):
    """
    Hailuo 02 Pro text-to-video.

    Runs kie.ai model ``hailuo/02-text-to-video-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/02-text-to-video-pro); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt for video generation (Max length: 1500 characters). Required. Allowed: a string of at
        most 1500 characters.
    :param prompt_optimizer: Whether to use the model's prompt optimizer. Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/02-text-to-video-pro"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        prompt_optimizer: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieHailuo23ImageToVideoProOperator(KieModelOperator):
    """
    Hailuo 2.3 Pro image-to-video.

    Runs kie.ai model ``hailuo/2-3-image-to-video-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/2-3-image-to-video-pro); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired animation (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param image_url: Input image to animate. image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: an
        http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param duration: Duration in seconds. 10 s not supported for 1080p. Optional. Allowed: one of '6', '10'. kie.ai's
        default: '6'.
    :param resolution: Resolution of the generated video. Optional. Allowed: one of '768P', '1080P'. kie.ai's default:
        '768P'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/2-3-image-to-video-pro"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieHailuo23ImageToVideoStandardOperator(KieModelOperator):
    """
    Hailuo 2.3 Standard image-to-video.

    Runs kie.ai model ``hailuo/2-3-image-to-video-standard`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/2-3-image-to-video-standard); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired animation (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param image_url: Input image to animate. image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: an
        http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param duration: Duration in seconds. 10 s not supported for 1080p. Optional. Allowed: one of '6', '10'. kie.ai's
        default: '6'.
    :param resolution: Resolution of the generated video. Optional. Allowed: one of '768P', '1080P'. kie.ai's default:
        '768P'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/2-3-image-to-video-standard"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieIdeogramV3EditOperator(KieModelOperator):
    """
    Ideogram V3 edit (inpaint with mask).

    Runs kie.ai model ``ideogram/v3-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/ideogram/v3-edit); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to fill the masked part of the image. Maximum length: 5000 characters. Required. Allowed:
        a string of at most 5000 characters.
    :param image_url: Image to edit; must match the mask dimensions. image/jpeg, image/png, image/webp; Max 10.0MB.
        Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param mask_url: Mask to inpaint; must match the input image dimensions. image/jpeg, image/png, image/webp; Max
        10.0MB. Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param rendering_speed: The rendering speed to use. Optional. Allowed: one of 'TURBO', 'BALANCED', 'QUALITY'.
        kie.ai's default: 'BALANCED'.
    :param expand_prompt: Whether MagicPrompt is used. Optional. Allowed: true or false. kie.ai's default: True.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/v3-edit"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        mask_url: FileInput | None = None,
        rendering_speed: str | None = None,
        expand_prompt: bool | str | None = None,
        seed: int | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "seed": seed,
            },
            **kwargs,
        )


class KieIdeogramV3RemixOperator(KieModelOperator):
    """
    Ideogram V3 remix of an input image.

    Runs kie.ai model ``ideogram/v3-remix`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/ideogram/v3-remix); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to remix the image with. Maximum length: 5000 characters. Required. Allowed: a string of
        at most 5000 characters.
    :param image_url: The image URL to remix. image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: an
        http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param rendering_speed: The rendering speed to use. Optional. Allowed: one of 'TURBO', 'BALANCED', 'QUALITY'.
    :param style: Style type; not with style_codes. Optional. Allowed: one of 'AUTO', 'GENERAL', 'REALISTIC', 'DESIGN'.
    :param expand_prompt: Whether MagicPrompt is used. Optional. Allowed: true or false.
    :param image_size: Resolution of the generated image. Optional. Allowed: one of 'square', 'square_hd',
        'portrait_4_3', 'portrait_16_9', 'landscape_4_3', 'landscape_16_9'.
    :param num_images: Number of images to generate. Optional. Allowed: one of '1', '2', '3', '4'.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param strength: Strength of the input image in the remix (step 0.01). Optional. Allowed: a number from 0.01 to 1.
    :param negative_prompt: What to exclude. Max 5000 characters. Optional. Allowed: a string of at most 5000
        characters.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/v3-remix"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        rendering_speed: str | None = None,
        style: str | None = None,
        expand_prompt: bool | str | None = None,
        image_size: str | None = None,
        num_images: str | None = None,
        seed: int | str | None = None,
        strength: float | str | None = None,
        negative_prompt: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "rendering_speed": rendering_speed,
                "style": style,
                "expand_prompt": expand_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "strength": strength,
                "negative_prompt": negative_prompt,
            },
            **kwargs,
        )


class KieIdeogramV3TextToImageOperator(KieModelOperator):
    """
    Ideogram V3 text-to-image.

    Runs kie.ai model ``ideogram/v3-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/ideogram/v3-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Description of the image to generate. Maximum length: 5000 characters. Required. Allowed: a string of
        at most 5000 characters.
    :param rendering_speed: The rendering speed to use. Optional. Allowed: one of 'TURBO', 'BALANCED', 'QUALITY'.
    :param style: Style type; cannot be used together with style_codes. Optional. Allowed: one of 'AUTO', 'GENERAL',
        'REALISTIC', 'DESIGN'.
    :param expand_prompt: Whether MagicPrompt is used to enhance the request. Optional. Allowed: true or false.
    :param image_size: Resolution: square, square_hd, portrait_4_3 (Portrait 3:4), portrait_16_9 (Portrait 9:16),
        landscape_4_3, landscape_16_9. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3', 'portrait_16_9',
        'landscape_4_3', 'landscape_16_9'.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param negative_prompt: What to exclude; positive prompt wins on conflict. Max 5000 characters. Optional. Allowed: a
        string of at most 5000 characters.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/v3-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        rendering_speed: str | None = None,
        style: str | None = None,
        expand_prompt: bool | str | None = None,
        image_size: str | None = None,
        seed: int | str | None = None,
        negative_prompt: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "rendering_speed": rendering_speed,
                "style": style,
                "expand_prompt": expand_prompt,
                "image_size": image_size,
                "seed": seed,
                "negative_prompt": negative_prompt,
            },
            **kwargs,
        )


class KieImagen4FastOperator(KieModelOperator):
    """
    Google imagen4-fast text-to-image.

    Runs kie.ai model ``google/imagen4-fast`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/imagen4-fast); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing what you want to see (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param negative_prompt: What to discourage in the generated images (Max length: 5000). Optional. Allowed: a string
        of at most 5000 characters.
    :param aspect_ratio: The aspect ratio of the generated image. Optional. Allowed: one of '1:1', '16:9', '9:16',
        '3:4', '4:3', 'auto'. kie.ai's default: '16:9'.
    :param num_images: Number of images ('Select description' on page) - only in the verbatim page version. Optional.
        Allowed: one of '1', '2', '3', '4'. kie.ai's default: '1'.
    :param seed: Random seed for reproducible generation. Optional. Allowed: an integer.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/imagen4-fast"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        aspect_ratio: str | None = None,
        num_images: str | None = None,
        seed: int | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            },
            **kwargs,
        )


class KieImagen4Operator(KieModelOperator):
    """
    Google imagen4 text-to-image.

    Runs kie.ai model ``google/imagen4`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/imagen4); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing what you want to see (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param negative_prompt: What to discourage in the generated images (Max length: 5000). Optional. Allowed: a string
        of at most 5000 characters.
    :param aspect_ratio: The aspect ratio of the generated image. Optional. Allowed: one of '1:1', '16:9', '9:16',
        '3:4', '4:3', 'auto'. kie.ai's default: '1:1'.
    :param seed: Random seed for reproducible generation (Max length: 500 characters). Optional. Allowed: a string of at
        most 500 characters.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/imagen4"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        aspect_ratio: str | None = None,
        seed: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            },
            **kwargs,
        )


class KieImagen4UltraOperator(KieModelOperator):
    """
    Google imagen4-ultra text-to-image.

    Runs kie.ai model ``google/imagen4-ultra`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/imagen4-ultra); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing what you want to see (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param negative_prompt: What to discourage in the generated images (Max length: 5000). Optional. Allowed: a string
        of at most 5000 characters.
    :param aspect_ratio: The aspect ratio of the generated image. Optional. Allowed: one of '1:1', '16:9', '9:16',
        '3:4', '4:3', 'auto'. kie.ai's default: '1:1'.
    :param seed: Random seed for reproducible generation (Max length: 500 characters). Optional. Allowed: a string of at
        most 500 characters.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/imagen4-ultra"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        aspect_ratio: str | None = None,
        seed: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            },
            **kwargs,
        )


class KieKling26ImageToVideoOperator(KieModelOperator):
    """
    Kling 2.6 image-to-video with optional sound.

    Runs kie.ai model ``kling-2.6/image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt for video generation (maximum length: 1000 characters). Required. Allowed: a string of at
        most 1000 characters.
    :param image_urls: Image URLs for video generation. image/jpeg, image/png; max 10.0MB. Required. Allowed: a list of
        1 or more http(s) URLs of files of type image/jpeg, image/png.
    :param sound: Whether the generated video contains sound. Required. Allowed: true or false.
    :param duration: Video duration (seconds). Required. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-2.6/image-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        sound: bool | str | None = None,
        duration: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "sound": sound,
                "duration": duration,
            },
            **kwargs,
        )


class KieKling26TextToVideoOperator(KieModelOperator):
    """
    Kling 2.6 text-to-video with optional sound.

    Runs kie.ai model ``kling-2.6/text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt for video generation (maximum length: 1000 characters). Required. Allowed: a string of at
        most 1000 characters.
    :param sound: Whether the generated video contains sound. Required. Allowed: true or false.
    :param aspect_ratio: Video aspect ratio. Required. Allowed: one of '1:1', '16:9', '9:16'. kie.ai's default: '1:1'.
    :param duration: Video duration (seconds). Required. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-2.6/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        sound: bool | str | None = None,
        aspect_ratio: str | None = None,
        duration: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "sound": sound,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            },
            **kwargs,
        )


class KieKlingAiAvatarProOperator(KieModelOperator):
    """
    Kling AI Avatar Pro: talking avatar from image + audio.

    Runs kie.ai model ``kling/ai-avatar-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/ai-avatar-pro); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: The URL of the image to use as your avatar. image/jpeg, image/png; Max 10.0MB. Required. Allowed:
        an http(s) URL of a file of type image/jpeg, image/png.
    :param audio_url: The URL of the audio file; audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg;
        size limited to 100M, duration <= 5 minutes. Required. Allowed: an http(s) URL of a file of type audio/mpeg,
        audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg.
    :param prompt: The prompt to use for the video generation (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/ai-avatar-pro"]

    def __init__(
        self,
        *,
        image_url: FileInput | None = None,
        audio_url: FileInput | None = None,
        prompt: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image_url": image_url, "audio_url": audio_url, "prompt": prompt}, **kwargs)


class KieKlingAiAvatarStandardOperator(KieModelOperator):
    """
    Kling AI Avatar Standard: talking avatar from image + audio.

    Runs kie.ai model ``kling/ai-avatar-standard`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/ai-avatar-standard); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: The URL of the image to use as your avatar. image/jpeg, image/png; Max 10.0MB. Required. Allowed:
        an http(s) URL of a file of type image/jpeg, image/png.
    :param audio_url: The URL of the audio file; audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg;
        size limited to 100M, duration <= 5 minutes. Required. Allowed: an http(s) URL of a file of type audio/mpeg,
        audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg.
    :param prompt: The prompt to use for the video generation (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/ai-avatar-standard"]

    def __init__(
        self,
        *,
        image_url: FileInput | None = None,
        audio_url: FileInput | None = None,
        prompt: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image_url": image_url, "audio_url": audio_url, "prompt": prompt}, **kwargs)


class KieKlingV1AvatarStandardOperator(KieModelOperator):
    """
    Make a talking-avatar video from an image and an audio track with Kling.

    Runs kie.ai model ``kling/v1-avatar-standard`` (output: video/mp4; the Market's createTask); see
    :class:`KieCreateTaskOperator` for waiting, retries, durability and the return value. Every input field is
    templated; file fields also take a local path, storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task
    is created.

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


class KieMidjourneyOperator(KieModelOperator):
    """
    Generate images (or a video) with Midjourney.

    Runs kie.ai model ``mj/generate`` (output: image/png; Midjourney's ``/api/v1/mj/generate``, documented at
    https://docs.kie.ai/mj-api/generate-mj-image); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param task_type: Generation mode (3P list; 3P code also uses mj_video_hd). Required (``taskType`` on the wire).
        Allowed: one of 'mj_txt2img', 'mj_img2img', 'mj_video', 'mj_style_reference', 'mj_omni_reference'.
    :param speed: relaxed / fast / turbo; not for mj_video / mj_omni_reference (3P). Optional. Allowed: one of
        'relaxed', 'fast', 'turbo'.
    :param prompt: Text prompt, max 2000 chars (3P). Required. Allowed: a string of at most 2000 characters.
    :param file_urls: Input image URLs; required for img2img/video; video takes only one (3P). Legacy single 'fileUrl'
        seen in record paramJson. Optional (``fileUrls`` on the wire). Allowed: a list of 1 or more http(s) URLs of
        files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: 3P enum list. Optional (``aspectRatio`` on the wire). Allowed: one of '1:2', '9:16', '2:3',
        '3:4', '5:6', '6:5', '4:3', '3:2', '1:1', '16:9', '2:1'.
    :param version: Model version, STRING (3P; one 3P doc adds niji7). Optional. Allowed: one of '7', '6.1', '6', '5.2',
        '5.1', 'niji6'.
    :param variety: 0-100, step 5 (3P). Optional. Allowed: an integer from 0 to 100.
    :param stylization: 0-1000, multiple of 50 (3P). Optional. Allowed: an integer from 0 to 1000.
    :param weirdness: 0-3000, multiple of 100 (3P). Optional. Allowed: an integer from 0 to 3000.
    :param ow: Omni intensity 1-1000, only mj_omni_reference (3P). Optional. Allowed: an integer from 1 to 1000.
    :param water_mark: Watermark text. Optional (``waterMark`` on the wire). Allowed: a string.
    :param enable_translation: Auto-translate prompt (appears in the kie example). Optional (``enableTranslation`` on
        the wire). Allowed: true or false.
    :param video_batch_size: Video batch size (appears in the kie example, value 1); semantics not retrieved. Optional
        (``videoBatchSize`` on the wire). Allowed: an integer.
    :param motion: Video motion (kie example 'high'); enum not retrieved. Optional. Allowed: a string.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["mj/generate"]

    def __init__(
        self,
        *,
        task_type: str | None = None,
        speed: str | None = None,
        prompt: str | None = None,
        file_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: str | None = None,
        version: str | None = None,
        variety: int | str | None = None,
        stylization: int | str | None = None,
        weirdness: int | str | None = None,
        ow: int | str | None = None,
        water_mark: str | None = None,
        enable_translation: bool | str | None = None,
        video_batch_size: int | str | None = None,
        motion: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "taskType": task_type,
                "speed": speed,
                "prompt": prompt,
                "fileUrls": file_urls,
                "aspectRatio": aspect_ratio,
                "version": version,
                "variety": variety,
                "stylization": stylization,
                "weirdness": weirdness,
                "ow": ow,
                "waterMark": water_mark,
                "enableTranslation": enable_translation,
                "videoBatchSize": video_batch_size,
                "motion": motion,
            },
            **kwargs,
        )


class KieNanoBanana2Operator(KieModelOperator):
    """
    Google Nano Banana 2 text/image-to-image (up to 14 reference images).

    Runs kie.ai model ``nano-banana-2`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/nanobanana2); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Description of the image (Max length: 20000 characters). Required. Allowed: a string of at most 20000
        characters.
    :param image_input: Input images to transform or use as reference (up to 14). image/jpeg, image/png, image/webp; Max
        30.0MB. Optional. Allowed: a list of 1 to 14 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Aspect ratio. Optional. Allowed: one of '1:1', '1:4', '1:8', '2:3', '3:2', '3:4', '4:1', '4:3',
        '4:5', '5:4', '8:1', '9:16', '16:9', '21:9', 'auto'. kie.ai's default: 'auto'.
    :param resolution: Resolution. Optional. Allowed: one of '1K', '2K', '4K'. kie.ai's default: '1K'.
    :param output_format: Output format. Optional. Allowed: one of 'png', 'jpg'. kie.ai's default: 'jpg'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["nano-banana-2"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_input: Sequence[FileInput] | str | None = None,
        aspect_ratio: str | None = None,
        resolution: str | None = None,
        output_format: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_input": image_input,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
            },
            **kwargs,
        )


class KieNanoBananaEditOperator(KieModelOperator):
    """
    Edit up to 10 images from a prompt with Google's nano-banana.

    Runs kie.ai model ``google/nano-banana-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/nano-banana-edit); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

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


class KieNanoBananaOperator(KieModelOperator):
    """
    Google Nano Banana text-to-image.

    Runs kie.ai model ``google/nano-banana`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/nano-banana); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt for image generation (Max length: 5000 characters). Required. Allowed: a string of at most
        5000 characters.
    :param output_format: Output format for the images. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default:
        'png'.
    :param aspect_ratio: Aspect ratio ('Radio description' on page). Optional. Allowed: one of '1:1', '9:16', '16:9',
        '3:4', '4:3', '3:2', '2:3', '5:4', '4:5', '21:9', 'auto'. kie.ai's default: '1:1'.
    :param image_size: Deprecated: replaced by aspect_ratio. Optional. Allowed: one of '1:1', '9:16', '16:9', '3:4',
        '4:3', '3:2', '2:3', '5:4', '4:5', '21:9', 'auto'. kie.ai's default: '1:1'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/nano-banana"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        output_format: str | None = None,
        aspect_ratio: str | None = None,
        image_size: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieNanoBananaProOperator(KieModelOperator):
    """
    Google Nano Banana Pro text/image-to-image (up to 8 reference images).

    Runs kie.ai model ``nano-banana-pro`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/pro-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Description of the image (Max length: 10000 characters). Required. Allowed: a string of at most 10000
        characters.
    :param image_input: Input images (up to 8). image/jpeg, image/png, image/webp; Max 30.0MB. Optional. Allowed: a list
        of 1 to 8 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Aspect ratio. Optional. Allowed: one of '1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4',
        '9:16', '16:9', '21:9', 'auto'. kie.ai's default: '1:1'.
    :param resolution: Resolution. Optional. Allowed: one of '1K', '2K', '4K'. kie.ai's default: '1K'.
    :param output_format: Output format. Optional. Allowed: one of 'png', 'jpg'. kie.ai's default: 'png'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["nano-banana-pro"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_input: Sequence[FileInput] | str | None = None,
        aspect_ratio: str | None = None,
        resolution: str | None = None,
        output_format: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_input": image_input,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
            },
            **kwargs,
        )


class KieQwenImageEditOperator(KieModelOperator):
    """
    Qwen image edit.

    Runs kie.ai model ``qwen/image-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen/image-edit); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt (Max length: 2000 characters). Required. Allowed: a string of at most 2000 characters.
    :param image_url: Image to edit. image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: an http(s) URL of
        a file of type image/jpeg, image/png, image/webp.
    :param acceleration: Acceleration level. Optional. Allowed: one of 'none', 'regular', 'high'. kie.ai's default:
        'none'.
    :param image_size: Size of the generated image. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. kie.ai's default: 'landscape_4_3'.
    :param num_inference_steps: Inference steps (step 1); description says default 30, schema default 25. Optional.
        Allowed: a number from 2 to 49. kie.ai's default: 25.
    :param seed: Seed. Optional. Allowed: an integer.
    :param guidance_scale: CFG scale (step 0.1). Optional. Allowed: a number from 0 to 20. kie.ai's default: 4.
    :param sync_mode: Wait for upload before returning (fal-style flag). Optional. Allowed: true or false.
    :param num_images: Number of images. Optional. Allowed: one of '1', '2', '3', '4'.
    :param enable_safety_checker: Enable safety checker (description: default true). Optional. Allowed: true or false.
    :param output_format: Output format. Optional. Allowed: one of 'jpeg', 'png'. kie.ai's default: 'png'.
    :param negative_prompt: Negative prompt (Max length: 500). Optional. Allowed: a string of at most 500 characters.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen/image-edit"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        acceleration: str | None = None,
        image_size: str | None = None,
        num_inference_steps: float | str | None = None,
        seed: int | str | None = None,
        guidance_scale: float | str | None = None,
        sync_mode: bool | str | None = None,
        num_images: str | None = None,
        enable_safety_checker: bool | str | None = None,
        output_format: str | None = None,
        negative_prompt: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "acceleration": acceleration,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieRecraftCrispUpscaleOperator(KieModelOperator):
    """
    Recraft crisp upscale.

    Runs kie.ai model ``recraft/crisp-upscale`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/recraft/crisp-upscale); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image: Image to upscale. image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: an http(s) URL of
        a file of type image/jpeg, image/png, image/webp.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["recraft/crisp-upscale"]

    def __init__(
        self,
        *,
        image: FileInput | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image": image}, **kwargs)


class KieRecraftRemoveBackgroundOperator(KieModelOperator):
    """
    Recraft background removal.

    Runs kie.ai model ``recraft/remove-background`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/recraft/remove-background); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image: Image to remove background from. PNG, JPG, WEBP. Max 5MB, max 16MP, max dimension 4096px, min
        dimension 256px. Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["recraft/remove-background"]

    def __init__(
        self,
        *,
        image: FileInput | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image": image}, **kwargs)


class KieRunwayGenerateOperator(KieModelOperator):
    """
    Generate a video from text or an image with Runway.

    Runs kie.ai model ``runway/generate`` (output: video/mp4; Runway's ``/api/v1/runway/generate``, documented at
    https://docs.kie.ai/runway-api/generate-ai-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: What to show in the video; with an image it complements the image. Required. Allowed: a string.
    :param image_url: Reference image URL (image-to-video). Optional (``imageUrl`` on the wire). Allowed: an http(s) URL
        of a file of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Video orientation; MUST be given for text-only generation. Enum not retrieved from kie page;
        third-party wrappers list 16:9, 9:16, 1:1, 4:3, 3:4. Optional (``aspectRatio`` on the wire). Allowed: a string.
    :param duration: Video length in seconds. Current docs.kie.ai text: 5 or 8 (8 s excludes 1080p);
        older/dog-test/apikley text: 5 or 10 (10 s excludes 1080p). Optional. Allowed: one of 5, 8.
    :param quality: 720p or 1080p; 1080p cannot be combined with the longest duration. Optional. Allowed: one of '720p',
        '1080p'.
    :param water_mark: Watermark text; empty string = no watermark (note capital M). Optional (``waterMark`` on the
        wire). Allowed: a string.
    :param model_version: Appears ONLY in the current docs.kie.ai request example: 'runway-duration-5-generate' (no
        schema text retrieved). Optional (``model`` on the wire). Allowed: a string.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["runway/generate"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        aspect_ratio: str | None = None,
        duration: int | str | None = None,
        quality: str | None = None,
        water_mark: str | None = None,
        model_version: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "imageUrl": image_url,
                "aspectRatio": aspect_ratio,
                "duration": duration,
                "quality": quality,
                "waterMark": water_mark,
                "model": model_version,
            },
            **kwargs,
        )


class KieSeedance15ProOperator(KieModelOperator):
    """
    Seedance 1.5 Pro text/image-to-video (0-2 input images).

    Runs kie.ai model ``bytedance/seedance-1.5-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/seedance-1-5-pro); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video. (Min length: 3, Max length: 20000 characters). Required.
        Allowed: a string of at most 20000 characters.
    :param input_urls: URLs of input images for image-to-video. Accepts 0-2 images; if not provided, text-to-video.
        Accepted types: image/jpeg, image/png, image/webp; max 10.0MB per image. Optional. Allowed: a list of 1 to 2
        http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Video aspect ratio configuration. Required field. Required. Allowed: one of '1:1', '4:3',
        '3:4', '16:9', '9:16', '21:9'. kie.ai's default: '1:1'.
    :param resolution: 480p faster, 720p balance, 1080p higher quality. Optional. Allowed: one of '480p', '720p',
        '1080p'. kie.ai's default: '720p'.
    :param duration: Duration of the video in seconds, Optional range 4-12 s. Required. Allowed: a number from 4 to 12.
    :param fixed_lens: Lock camera for static shots (true) or allow dynamic camera movement (false). Optional. Allowed:
        true or false. kie.ai's default: False.
    :param generate_audio: Whether to generate audio (higher cost). Optional. Allowed: true or false. kie.ai's default:
        False.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedance-1.5-pro"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        input_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: str | None = None,
        resolution: str | None = None,
        duration: float | str | None = None,
        fixed_lens: bool | str | None = None,
        generate_audio: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "input_urls": input_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "fixed_lens": fixed_lens,
                "generate_audio": generate_audio,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieSeedance2FastOperator(KieModelOperator):
    """
    Seedance 2.0 Fast video (480p/720p).

    Runs kie.ai model ``bytedance/seedance-2-fast`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/seedance-2-fast); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000
        characters). Optional. Allowed: a string of at most 20000 characters.
    :param first_frame_url: First frame image url or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Optional. Allowed: a string.
    :param last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
        Optional. Allowed: a string.
    :param reference_image_urls: List of image URLs or asset://{assetId}. Single image: jpeg, png, webp, bmp, tiff, gif;
        aspect ratio (0.4, 2.5); width/height (300, 6000) px; less than 30 MB. The sum of the number of frames at the
        beginning and end must not exceed 9. Optional. Allowed: a list of strings.
    :param reference_video_urls: List of video URLs or asset://{assetId}. mp4, mov; 480p/720p; each 2-15 s, max 3
        videos, total <= 15 s; aspect ratio [0.4,2.5]; width/height [300,6000] px; total pixels [409600, 927408]; each
        <= 50 MB; FPS [24,60]. NOTE: the schema key on the page is 'reference_video_urls ' (trailing space) - presum.
        Optional. Allowed: a list of up to 3 strings.
    :param reference_audio_urls: List of audio URLs or asset://{assetId}. wav, mp3; each 2-15 s, max 3, total <= 15 s;
        each <= 15 MB. Optional. Allowed: a list of up to 3 strings.
    :param return_last_frame: Whether to return the last frame of the video as an image. Optional. Allowed: true or
        false. kie.ai's default: False.
    :param generate_audio: Whether to generate audio. Optional. Allowed: true or false. kie.ai's default: True.
    :param resolution: 480p faster, 720p balance. Optional. Allowed: one of '480p', '720p'. kie.ai's default: '720p'.
    :param aspect_ratio: Video aspect ratio configuration. Optional. Allowed: one of '1:1', '4:3', '3:4', '16:9',
        '9:16', '21:9', 'adaptive'. kie.ai's default: '16:9'.
    :param duration: Video duration in 4-15 seconds. Optional. Allowed: an integer from 4 to 15. kie.ai's default: 5.
    :param web_search: Use online search. (Web search only can be used in the scene of t2v). Optional. Allowed: true or
        false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedance-2-fast"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: str | None = None,
        last_frame_url: str | None = None,
        reference_image_urls: Sequence[str] | str | None = None,
        reference_video_urls: Sequence[str] | str | None = None,
        reference_audio_urls: Sequence[str] | str | None = None,
        return_last_frame: bool | str | None = None,
        generate_audio: bool | str | None = None,
        resolution: str | None = None,
        aspect_ratio: str | None = None,
        duration: int | str | None = None,
        web_search: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "reference_audio_urls": reference_audio_urls,
                "return_last_frame": return_last_frame,
                "generate_audio": generate_audio,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "web_search": web_search,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieSeedance2Operator(KieModelOperator):
    """
    Seedance 2.0 video from text / first-last frame / reference image, video, audio.

    Runs kie.ai model ``bytedance/seedance-2`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/seedance-2); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000
        characters). Optional. Allowed: a string of at most 20000 characters.
    :param first_frame_url: First frame image url or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Optional. Allowed: a string.
    :param last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
        Optional. Allowed: a string.
    :param reference_image_urls: List of image URLs or asset://{assetId}. Single image: jpeg, png, webp, bmp, tiff, gif;
        aspect ratio (0.4, 2.5); width/height (300, 6000) px; less than 30 MB. The sum of the number of frames at the
        beginning and end must not exceed 9. Optional. Allowed: a list of strings.
    :param reference_video_urls: List of video URLs or asset://{assetId}. mp4, mov; 480p/720p; each 2-15 s, max 3
        videos, total <= 15 s; aspect ratio [0.4,2.5]; width/height [300,6000] px; total pixels [409600, 927408]; each
        <= 50 MB; FPS [24,60]. NOTE: the schema key on the page is 'reference_video_urls ' (trailing space) - presum.
        Optional. Allowed: a list of up to 3 strings.
    :param reference_audio_urls: List of audio URLs or asset://{assetId}. wav, mp3; each 2-15 s, max 3, total <= 15 s;
        each <= 15 MB. Optional. Allowed: a list of up to 3 strings.
    :param return_last_frame: Whether to return the last frame of the video as an image. Optional. Allowed: true or
        false. kie.ai's default: False.
    :param generate_audio: Whether to generate audio (higher cost). Optional. Allowed: true or false. kie.ai's default:
        True.
    :param resolution: 480p, 720p, 1080p, 4K. Optional. Allowed: one of '480p', '720p', '1080p', '4k'. kie.ai's default:
        '720p'.
    :param aspect_ratio: Video aspect ratio configuration. Optional. Allowed: one of '1:1', '4:3', '3:4', '16:9',
        '9:16', '21:9', 'adaptive'. kie.ai's default: '16:9'.
    :param duration: Video duration in 4-15 seconds. Optional. Allowed: an integer from 4 to 15. kie.ai's default: 5.
    :param web_search: Use online search. Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedance-2"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: str | None = None,
        last_frame_url: str | None = None,
        reference_image_urls: Sequence[str] | str | None = None,
        reference_video_urls: Sequence[str] | str | None = None,
        reference_audio_urls: Sequence[str] | str | None = None,
        return_last_frame: bool | str | None = None,
        generate_audio: bool | str | None = None,
        resolution: str | None = None,
        aspect_ratio: str | None = None,
        duration: int | str | None = None,
        web_search: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "reference_audio_urls": reference_audio_urls,
                "return_last_frame": return_last_frame,
                "generate_audio": generate_audio,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "web_search": web_search,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieSeedream45EditOperator(KieModelOperator):
    """
    Seedream 4.5 image edit.

    Runs kie.ai model ``seedream/4.5-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/4-5-edit); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Description of the image (Max length: 3000 characters). Required. Allowed: a string of at most 3000
        characters.
    :param image_urls: Input image(s). image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: a list of 1 or
        more http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Width-height ratio of the image. Required. Allowed: one of '1:1', '4:3', '3:4', '16:9', '9:16',
        '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 2K images, while High outputs 4K images. Required. Allowed: one of 'basic', 'high'.
        kie.ai's default: 'basic'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/4.5-edit"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: str | None = None,
        quality: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieSeedream45TextToImageOperator(KieModelOperator):
    """
    Seedream 4.5 text-to-image (2K basic / 4K high).

    Runs kie.ai model ``seedream/4.5-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/4-5-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Description of the image (Max length: 3000 characters). Required. Allowed: a string of at most 3000
        characters.
    :param aspect_ratio: Width-height ratio of the image. Required. Allowed: one of '1:1', '4:3', '3:4', '16:9', '9:16',
        '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 2K images, while High outputs 4K images. Required. Allowed: one of 'basic', 'high'.
        kie.ai's default: 'basic'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/4.5-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        quality: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieSeedream5LiteImageToImageOperator(KieModelOperator):
    """
    Seedream 5.0 Lite image-to-image.

    Runs kie.ai model ``seedream/5-lite-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream-5-lite-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Description of the image (length 3-3000 characters). Required. Allowed: a string of at most 3000
        characters.
    :param image_urls: Input image(s). image/jpeg, image/png, image/webp; Max 10.0MB. Required. Allowed: a list of 1 or
        more http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Width-height ratio of the image. Required. Allowed: one of '1:1', '4:3', '3:4', '16:9', '9:16',
        '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 2K images, while High outputs 4K images. Required. Allowed: one of 'basic', 'high'.
        kie.ai's default: 'basic'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/5-lite-image-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: str | None = None,
        quality: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieSeedream5LiteTextToImageOperator(KieModelOperator):
    """
    Seedream 5.0 Lite text-to-image.

    Runs kie.ai model ``seedream/5-lite-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/5-lite-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Description of the image (length 3-3000 characters). Required. Allowed: a string of at most 3000
        characters.
    :param aspect_ratio: Width-height ratio of the image. Required. Allowed: one of '1:1', '4:3', '3:4', '16:9', '9:16',
        '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 2K images, while High outputs 4K images. Required. Allowed: one of 'basic', 'high'.
        kie.ai's default: 'basic'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/5-lite-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        quality: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieSeedreamV4EditOperator(KieModelOperator):
    """
    Seedream 4.0 image edit (up to 10 input images).

    Runs kie.ai model ``bytedance/seedream-v4-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/seedream-v4-edit); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to edit the image (Max length: 5000 characters). Required. Allowed: a string of
        at most 5000 characters.
    :param image_urls: List of URLs of input images for editing. Up to 10 image inputs. Accepted types: image/jpeg,
        image/png, image/webp; Max size: 10.0MB. Required. Allowed: a list of 1 to 10 http(s) URLs of files of type
        image/jpeg, image/png, image/webp.
    :param image_size: The size of the generated image. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_3_2', 'portrait_16_9', 'landscape_4_3', 'landscape_3_2', 'landscape_16_9', 'landscape_21_9'. kie.ai's
        default: 'square_hd'.
    :param image_resolution: Combined with image_size; e.g. 4:3 + 4K gives 4096x3072px. Optional. Allowed: one of '1K',
        '2K', '4K'. kie.ai's default: '1K'.
    :param max_images: Cap on images per run (1-6); also state the number in the prompt. Optional. Allowed: a number
        from 1 to 6. kie.ai's default: 1.
    :param seed: Random seed to control the stochasticity of image generation. Optional. Allowed: an integer.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedream-v4-edit"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        image_size: str | None = None,
        image_resolution: str | None = None,
        max_images: float | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "image_resolution": image_resolution,
                "max_images": max_images,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieSeedreamV4TextToImageOperator(KieModelOperator):
    """
    Generate images from text with ByteDance Seedream 4.

    Runs kie.ai model ``bytedance/seedream-v4-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/seedream-v4-text-to-image); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the image. Required. Allowed: a string of at most 5000 characters.
    :param image_size: Aspect ratio of the generated image. Optional. Allowed: one of 'square', 'square_hd',
        'portrait_4_3', 'portrait_3_2', 'portrait_16_9', 'landscape_4_3', 'landscape_3_2', 'landscape_16_9',
        'landscape_21_9'.
    :param image_resolution: Pixel scale of the image. Optional. Allowed: one of '1K', '2K', '4K'.
    :param max_images: How many images one run may produce (also say it in the prompt). Optional. Allowed: an integer
        from 1 to 6.
    :param seed: Random seed. Optional. Allowed: an integer from -9.22337e+18 to 9.22337e+18.
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


class KieSora2ImageToVideoOperator(KieModelOperator):
    """
    OpenAI Sora 2 image-to-video (single first-frame image, optional characters).

    Runs kie.ai model ``sora-2-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/sora2/sora-2-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing the desired video motion (Max length: 10000 characters). Required.
        Allowed: a string of at most 10000 characters.
    :param image_urls: URL of the image to use as the first frame; publicly accessible. image/jpeg, image/png,
        image/webp; Max 10.0MB. Required. Allowed: a list of 1 to 1 http(s) URLs of files of type image/jpeg, image/png,
        image/webp.
    :param aspect_ratio: Aspect ratio. Optional. Allowed: one of 'portrait', 'landscape'. kie.ai's default: 'landscape'.
    :param n_frames: The number of frames to be generated ('10' = 10 s, '15' = 15 s). Optional. Allowed: one of '10',
        '15'. kie.ai's default: '10'.
    :param remove_watermark: When enabled, removes watermarks from the generated video. Optional. Allowed: true or
        false.
    :param character_id_list: Optional character IDs from the Sora-2-characters model, maximum 5. Optional. Allowed: a
        list of up to 5 strings.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["sora-2-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: str | None = None,
        n_frames: str | None = None,
        remove_watermark: bool | str | None = None,
        character_id_list: Sequence[str] | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "n_frames": n_frames,
                "remove_watermark": remove_watermark,
                "character_id_list": character_id_list,
            },
            **kwargs,
        )


class KieSora2TextToVideoOperator(KieModelOperator):
    """
    OpenAI Sora 2 text-to-video (10/15 s).

    Runs kie.ai model ``sora-2-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://kie.ai/sora-2 (page copied by third party; no docs.kie.ai page retrieved)); see
    :class:`KieCreateTaskOperator` for waiting, retries, durability and the return value. Every input field is
    templated; file fields also take a local path, storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task
    is created.

    :param prompt: The text prompt describing the desired video motion. Max length: 10000 characters. Required. Allowed:
        a string of at most 10000 characters.
    :param aspect_ratio: Aspect ratio. Optional. Allowed: one of 'portrait', 'landscape'.
    :param n_frames: The number of frames to be generated: '10' = 10s, '15' = 15s. Optional. Allowed: one of '10', '15'.
    :param remove_watermark: When enabled, removes watermarks from the generated video. Optional. Allowed: true or
        false.
    :param upload_method: Upload destination. Defaults to s3; oss for Aliyun storage (better access within China).
        Optional. Allowed: one of 's3', 'oss'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["sora-2-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        n_frames: str | None = None,
        remove_watermark: bool | str | None = None,
        upload_method: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "n_frames": n_frames,
                "remove_watermark": remove_watermark,
                "upload_method": upload_method,
            },
            **kwargs,
        )


class KieSunoGenerateOperator(KieModelOperator):
    """
    Generate music (two tracks) with Suno.

    Runs kie.ai model ``suno/generate`` (output: audio/mpeg; Suno's ``/api/v1/generate``, documented at
    https://docs.kie.ai/suno-api/quickstart); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Non-custom mode: required, the description (max 500 chars). Custom mode: lyrics, required only when
        instrumental=false; max 3000 (V4) / 5000 (V4_5, V4_5PLUS, V4_5ALL, V5). Optional. Allowed: a string of at most
        5000 characters.
    :param custom_mode: false = simple mode (only prompt); true = advanced mode (style/title). Required (``customMode``
        on the wire). Allowed: true or false.
    :param instrumental: true = instrumental only; false = with lyrics. Required. Allowed: true or false.
    :param model_version: Model version. Quickstart lists V3_5, V4, V4_5, V4_5PLUS, V4_5ALL, V5; the generate page's
        limit table covers V4..V5 only (V3_5 possibly retired). Required-ness not verified (the dog-test example always
        sends it). Optional (``model`` on the wire). Allowed: one of 'V3_5', 'V4', 'V4_5', 'V4_5PLUS', 'V4_5ALL', 'V5'.
    :param style: Custom mode only; required in custom mode. Max 200 chars (V3_5/V4) or 1000 (V4_5+). Optional. Allowed:
        a string of at most 1000 characters.
    :param title: Custom mode only; required in custom mode. Max 80 chars. Optional. Allowed: a string of at most 80
        characters.
    :param negative_tags: Styles to exclude, e.g. 'Heavy Metal, Upbeat Drums'. Optional (``negativeTags`` on the wire).
        Allowed: a string.
    :param vocal_gender: m or f; custom mode only; only raises probability. Optional (``vocalGender`` on the wire).
        Allowed: one of 'm', 'f'.
    :param style_weight: 0-1, up to 2 decimals. Optional (``styleWeight`` on the wire). Allowed: a number from 0 to 1.
    :param weirdness_constraint: 0-1, up to 2 decimals. Optional (``weirdnessConstraint`` on the wire). Allowed: a
        number from 0 to 1.
    :param audio_weight: 0-1, up to 2 decimals. Optional (``audioWeight`` on the wire). Allowed: a number from 0 to 1.
    :param persona_id: Persona ID from Generate Persona; custom mode only. Optional (``personaId`` on the wire).
        Allowed: a string.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["suno/generate"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        custom_mode: bool | str | None = None,
        instrumental: bool | str | None = None,
        model_version: str | None = None,
        style: str | None = None,
        title: str | None = None,
        negative_tags: str | None = None,
        vocal_gender: str | None = None,
        style_weight: float | str | None = None,
        weirdness_constraint: float | str | None = None,
        audio_weight: float | str | None = None,
        persona_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "customMode": custom_mode,
                "instrumental": instrumental,
                "model": model_version,
                "style": style,
                "title": title,
                "negativeTags": negative_tags,
                "vocalGender": vocal_gender,
                "styleWeight": style_weight,
                "weirdnessConstraint": weirdness_constraint,
                "audioWeight": audio_weight,
                "personaId": persona_id,
            },
            **kwargs,
        )


class KieTopazImageUpscaleOperator(KieModelOperator):
    """
    Upscale an image 1x, 2x, 4x or 8x with Topaz.

    Runs kie.ai model ``topaz/image-upscale`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/topaz/image-upscale); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

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


class KieTopazVideoUpscaleOperator(KieModelOperator):
    """
    Topaz video upscale.

    Runs kie.ai model ``topaz/video-upscale`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/topaz/video-upscale); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param video_url: URL of the video to upscale. video/mp4, video/quicktime, video/x-matroska; Max 50.0MB. Required.
        Allowed: an http(s) URL of a file of type video/mp4, video/quicktime, video/x-matroska.
    :param upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height). Optional. Allowed: one of
        '1', '2', '4'. kie.ai's default: '2'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["topaz/video-upscale"]

    def __init__(
        self,
        *,
        video_url: FileInput | None = None,
        upscale_factor: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"video_url": video_url, "upscale_factor": upscale_factor}, **kwargs)


class KieVeoExtendOperator(KieModelOperator):
    """
    Extend a Veo 3.1 video made earlier, from its taskId.

    Runs kie.ai model ``veo/extend`` (output: video/mp4; Veo 3.1 extend's ``/api/v1/veo/extend``, documented at
    https://docs.kie.ai/veo3-api/extend-video); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param source_task_id: Task ID of the original generation; videos generated after 1080P generation cannot be
        extended. Required (``taskId`` on the wire). Allowed: a string.
    :param prompt: How the video should be extended. Required. Allowed: a string.
    :param seeds: 10000-99999. Optional. Allowed: an integer from 10000 to 99999.
    :param watermark: Watermark text. Optional. Allowed: a string.
    :param model_version: fast / quality. Optional (``model`` on the wire). Allowed: one of 'fast', 'quality'. kie.ai's
        default: 'fast'.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["veo/extend"]

    def __init__(
        self,
        *,
        source_task_id: str | None = None,
        prompt: str | None = None,
        seeds: int | str | None = None,
        watermark: str | None = None,
        model_version: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "taskId": source_task_id,
                "prompt": prompt,
                "seeds": seeds,
                "watermark": watermark,
                "model": model_version,
            },
            **kwargs,
        )


class KieVeoGenerateOperator(KieModelOperator):
    """
    Generate a video (text or images to video) with Google Veo 3.1.

    Runs kie.ai model ``veo/generate`` (output: video/mp4; Veo 3.1's ``/api/v1/veo/generate``, documented at
    https://docs.kie.ai/veo3-api/quickstart); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired video content. Required for all generation modes. Required.
        Allowed: a string.
    :param image_urls: Image URL list (image-to-video). 1 image: video unfolds around it; 2 images: first frame + last
        frame. REFERENCE_2_VIDEO takes 1-3 images. Optional (``imageUrls`` on the wire). Allowed: a list of 1 to 3
        http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param model_version: veo3 = Veo 3.1 Quality; veo3_fast = Veo 3.1 Fast. Optional (``model`` on the wire). Allowed:
        one of 'veo3', 'veo3_fast'. kie.ai's default: 'veo3_fast'.
    :param generation_type: TEXT_2_VIDEO / FIRST_AND_LAST_FRAMES_2_VIDEO (1-2 images) / REFERENCE_2_VIDEO (1-3 images;
        veo3_fast + 16:9 only per schema, page table says 16:9 & 9:16). If omitted, decided from whether imageUrls are
        given. Optional (``generationType`` on the wire). Allowed: one of 'TEXT_2_VIDEO',
        'FIRST_AND_LAST_FRAMES_2_VIDEO', 'REFERENCE_2_VIDEO'.
    :param aspect_ratio: 16:9 landscape, 9:16 portrait, Auto (center-crop by uploaded image). Older page example uses
        camelCase 'aspectRatio'. Optional. Allowed: one of '16:9', '9:16', 'Auto'. kie.ai's default: '16:9'.
    :param seeds: Random seed, 10000-99999. Optional. Allowed: an integer from 10000 to 99999.
    :param enable_fallback: DEPRECATED: backup model on specific content errors; 16:9 only; fallback output cannot use
        get-1080p-video. Optional (``enableFallback`` on the wire). Allowed: true or false. kie.ai's default: False.
    :param enable_translation: Translate prompt to English before generation. Optional (``enableTranslation`` on the
        wire). Allowed: true or false. kie.ai's default: True.
    :param watermark: Watermark text added to the video. Optional. Allowed: a string.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["veo/generate"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        model_version: str | None = None,
        generation_type: str | None = None,
        aspect_ratio: str | None = None,
        seeds: int | str | None = None,
        enable_fallback: bool | str | None = None,
        enable_translation: bool | str | None = None,
        watermark: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "imageUrls": image_urls,
                "model": model_version,
                "generationType": generation_type,
                "aspect_ratio": aspect_ratio,
                "seeds": seeds,
                "enableFallback": enable_fallback,
                "enableTranslation": enable_translation,
                "watermark": watermark,
            },
            **kwargs,
        )


class KieWan25ImageToVideoOperator(KieModelOperator):
    """
    Wan 2.5 image-to-video.

    Runs kie.ai model ``wan/2-5-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-5-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Desired motion. Maximum length: 800 characters. Required. Allowed: a string of at most 800
        characters.
    :param image_url: First frame image, publicly accessible. image/jpeg, image/png, image/webp; Max 10.0MB. Required.
        Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param duration: Duration in seconds. Required. Allowed: one of '5', '10'.
    :param resolution: Resolution. Optional. Allowed: one of '720p', '1080p'.
    :param negative_prompt: Content to avoid. Max 500 characters. Optional. Allowed: a string of at most 500 characters.
    :param enable_prompt_expansion: LLM prompt rewriting. Optional. Allowed: true or false.
    :param seed: Random seed. Optional. Allowed: an integer.
    :param nsfw_checker: Enabled by default in Playground; for API calls turn on/off as needed. Optional. Allowed: true
        or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-5-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        negative_prompt: str | None = None,
        enable_prompt_expansion: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieWan25TextToVideoOperator(KieModelOperator):
    """
    Wan 2.5 text-to-video.

    Runs kie.ai model ``wan/2-5-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-5-text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Prompt (Chinese and English). Maximum length: 800 characters. Required. Allowed: a string of at most
        800 characters.
    :param duration: Duration in seconds. Required. Allowed: one of '5', '10'.
    :param aspect_ratio: 16:9 landscape, 9:16 portrait, 1:1 square. Optional. Allowed: one of '16:9', '9:16', '1:1'.
    :param resolution: Resolution tier. Optional. Allowed: one of '720p', '1080p'.
    :param negative_prompt: Content to avoid. Maximum length: 500 characters. Optional. Allowed: a string of at most 500
        characters.
    :param enable_prompt_expansion: LLM prompt rewriting; helps short prompts, slower. Optional. Allowed: true or false.
    :param seed: Random seed. Optional. Allowed: an integer.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-5-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        resolution: str | None = None,
        negative_prompt: str | None = None,
        enable_prompt_expansion: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieWan26ImageToVideoOperator(KieModelOperator):
    """
    Wan 2.6 image-to-video.

    Runs kie.ai model ``wan/2-6-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-6-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Prompt (Chinese/English), 2-5000 characters. Required. Allowed: a string of at most 5000 characters.
    :param image_urls: Input image(s), each at least 256x256px. image/jpeg, image/png, image/webp; Max 10.0MB. Required.
        Allowed: a list of 1 or more http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param duration: Duration in seconds. Optional. Allowed: one of '5', '10', '15'. kie.ai's default: '5'.
    :param resolution: Resolution tier. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-6-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "duration": duration,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieWan26TextToVideoOperator(KieModelOperator):
    """
    Wan 2.6 text-to-video.

    Runs kie.ai model ``wan/2-6-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-6-text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Prompt (Chinese/English), 1-5000 characters. Required. Allowed: a string of at most 5000 characters.
    :param duration: Duration in seconds. Optional. Allowed: one of '5', '10', '15'. kie.ai's default: '5'.
    :param resolution: Resolution tier. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param nsfw_checker: Enabled by default in Playground; for API calls turn on/off as needed. Optional. Allowed: true
        or false.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-6-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


class KieWan26VideoToVideoOperator(KieModelOperator):
    """
    Wan 2.6 video-to-video.

    Runs kie.ai model ``wan/2-6-video-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-6-video-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Prompt (Chinese/English), 2-5000 characters. Required. Allowed: a string of at most 5000 characters.
    :param video_urls: Input video(s). video/mp4, video/quicktime, video/x-matroska; Max 10.0MB (description says 'URL
        of the image' - copy-paste). Required. Allowed: a list of 1 to 3 http(s) URLs of files of type video/mp4,
        video/quicktime, video/x-matroska.
    :param duration: Duration in seconds. Optional. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param resolution: Resolution tier. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-6-video-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        video_urls: Sequence[FileInput] | str | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        nsfw_checker: bool | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "video_urls": video_urls,
                "duration": duration,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            **kwargs,
        )


#: The operator class of each catalogue model.
MODEL_OPERATORS: dict[str, type[KieModelOperator]] = {
    "bytedance/seedance-1.5-pro": KieSeedance15ProOperator,
    "bytedance/seedance-2": KieSeedance2Operator,
    "bytedance/seedance-2-fast": KieSeedance2FastOperator,
    "bytedance/seedream-v4-edit": KieSeedreamV4EditOperator,
    "bytedance/seedream-v4-text-to-image": KieSeedreamV4TextToImageOperator,
    "bytedance/v1-pro-fast-image-to-video": KieBytedanceV1ProFastImageToVideoOperator,
    "elevenlabs/text-to-speech-multilingual-v2": KieElevenLabsTextToSpeechMultilingualV2Operator,
    "elevenlabs/text-to-speech-turbo-2-5": KieElevenLabsTextToSpeechTurbo25Operator,
    "flux-2/flex-text-to-image": KieFlux2FlexTextToImageOperator,
    "flux-2/pro-image-to-image": KieFlux2ProImageToImageOperator,
    "flux-2/pro-text-to-image": KieFlux2ProTextToImageOperator,
    "flux-kontext/generate": KieFluxKontextOperator,
    "google/imagen4": KieImagen4Operator,
    "google/imagen4-fast": KieImagen4FastOperator,
    "google/imagen4-ultra": KieImagen4UltraOperator,
    "google/nano-banana": KieNanoBananaOperator,
    "google/nano-banana-edit": KieNanoBananaEditOperator,
    "gpt-image/1.5-image-to-image": KieGptImage15ImageToImageOperator,
    "gpt-image/1.5-text-to-image": KieGptImage15TextToImageOperator,
    "gpt4o-image/generate": KieGpt4oImageOperator,
    "grok-imagine/text-to-image": KieGrokImagineTextToImageOperator,
    "grok-imagine/text-to-video": KieGrokImagineTextToVideoOperator,
    "hailuo/02-image-to-video-standard": KieHailuo02ImageToVideoStandardOperator,
    "hailuo/02-text-to-video-pro": KieHailuo02TextToVideoProOperator,
    "hailuo/2-3-image-to-video-pro": KieHailuo23ImageToVideoProOperator,
    "hailuo/2-3-image-to-video-standard": KieHailuo23ImageToVideoStandardOperator,
    "ideogram/v3-edit": KieIdeogramV3EditOperator,
    "ideogram/v3-remix": KieIdeogramV3RemixOperator,
    "ideogram/v3-text-to-image": KieIdeogramV3TextToImageOperator,
    "kling-2.6/image-to-video": KieKling26ImageToVideoOperator,
    "kling-2.6/text-to-video": KieKling26TextToVideoOperator,
    "kling/ai-avatar-pro": KieKlingAiAvatarProOperator,
    "kling/ai-avatar-standard": KieKlingAiAvatarStandardOperator,
    "kling/v1-avatar-standard": KieKlingV1AvatarStandardOperator,
    "mj/generate": KieMidjourneyOperator,
    "nano-banana-2": KieNanoBanana2Operator,
    "nano-banana-pro": KieNanoBananaProOperator,
    "qwen/image-edit": KieQwenImageEditOperator,
    "recraft/crisp-upscale": KieRecraftCrispUpscaleOperator,
    "recraft/remove-background": KieRecraftRemoveBackgroundOperator,
    "runway/generate": KieRunwayGenerateOperator,
    "seedream/4.5-edit": KieSeedream45EditOperator,
    "seedream/4.5-text-to-image": KieSeedream45TextToImageOperator,
    "seedream/5-lite-image-to-image": KieSeedream5LiteImageToImageOperator,
    "seedream/5-lite-text-to-image": KieSeedream5LiteTextToImageOperator,
    "sora-2-image-to-video": KieSora2ImageToVideoOperator,
    "sora-2-text-to-video": KieSora2TextToVideoOperator,
    "suno/generate": KieSunoGenerateOperator,
    "topaz/image-upscale": KieTopazImageUpscaleOperator,
    "topaz/video-upscale": KieTopazVideoUpscaleOperator,
    "veo/extend": KieVeoExtendOperator,
    "veo/generate": KieVeoGenerateOperator,
    "wan/2-5-image-to-video": KieWan25ImageToVideoOperator,
    "wan/2-5-text-to-video": KieWan25TextToVideoOperator,
    "wan/2-6-image-to-video": KieWan26ImageToVideoOperator,
    "wan/2-6-text-to-video": KieWan26TextToVideoOperator,
    "wan/2-6-video-to-video": KieWan26VideoToVideoOperator,
}

__all__ = [
    "KieBytedanceV1ProFastImageToVideoOperator",
    "KieCreateTaskOperator",
    "KieElevenLabsTextToSpeechMultilingualV2Operator",
    "KieElevenLabsTextToSpeechTurbo25Operator",
    "KieFlux2FlexTextToImageOperator",
    "KieFlux2ProImageToImageOperator",
    "KieFlux2ProTextToImageOperator",
    "KieFluxKontextOperator",
    "KieGpt4oImageOperator",
    "KieGptImage15ImageToImageOperator",
    "KieGptImage15TextToImageOperator",
    "KieGrokImagineTextToImageOperator",
    "KieGrokImagineTextToVideoOperator",
    "KieHailuo02ImageToVideoStandardOperator",
    "KieHailuo02TextToVideoProOperator",
    "KieHailuo23ImageToVideoProOperator",
    "KieHailuo23ImageToVideoStandardOperator",
    "KieIdeogramV3EditOperator",
    "KieIdeogramV3RemixOperator",
    "KieIdeogramV3TextToImageOperator",
    "KieImagen4FastOperator",
    "KieImagen4Operator",
    "KieImagen4UltraOperator",
    "KieKling26ImageToVideoOperator",
    "KieKling26TextToVideoOperator",
    "KieKlingAiAvatarProOperator",
    "KieKlingAiAvatarStandardOperator",
    "KieKlingV1AvatarStandardOperator",
    "KieMidjourneyOperator",
    "KieModelOperator",
    "KieNanoBanana2Operator",
    "KieNanoBananaEditOperator",
    "KieNanoBananaOperator",
    "KieNanoBananaProOperator",
    "KieQwenImageEditOperator",
    "KieRecraftCrispUpscaleOperator",
    "KieRecraftRemoveBackgroundOperator",
    "KieRunwayGenerateOperator",
    "KieSeedance15ProOperator",
    "KieSeedance2FastOperator",
    "KieSeedance2Operator",
    "KieSeedream45EditOperator",
    "KieSeedream45TextToImageOperator",
    "KieSeedream5LiteImageToImageOperator",
    "KieSeedream5LiteTextToImageOperator",
    "KieSeedreamV4EditOperator",
    "KieSeedreamV4TextToImageOperator",
    "KieSora2ImageToVideoOperator",
    "KieSora2TextToVideoOperator",
    "KieSunoGenerateOperator",
    "KieTopazImageUpscaleOperator",
    "KieTopazVideoUpscaleOperator",
    "KieVeoExtendOperator",
    "KieVeoGenerateOperator",
    "KieWan25ImageToVideoOperator",
    "KieWan25TextToVideoOperator",
    "KieWan26ImageToVideoOperator",
    "KieWan26TextToVideoOperator",
    "KieWan26VideoToVideoOperator",
    "MODEL_OPERATORS",
]

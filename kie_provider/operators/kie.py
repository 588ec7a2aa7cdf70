# GENERATED FILE - DO NOT EDIT. Written by scripts/generate_operators.py (`make catalogue`) from catalogue.json.
"""The per-model kie.ai operators: one class per catalogue model, every input field a typed, templated argument.

GENERATED from :mod:`kie_provider.catalogue` by ``scripts/generate_operators.py``: do not edit by
hand; change the catalogue (``scripts/build_catalogue.py``) and run ``make catalogue`` (a test fails
when this file is stale). Required fields are required keyword arguments; an enum is typed
``Literal[...] | str`` so that a templated string still type-checks; ``extra_input`` carries fields
newer than this package. The machinery they share is
:class:`~kie_provider.operators.base.KieCreateTaskOperator`, re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.base import KieCreateTaskOperator, KieModelOperator

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from kie_provider.schema import FileInput


class KieBytedanceSeedance25Operator(KieModelOperator):
    """
    Bytedance Seedance 2.5

    Runs kie.ai model ``bytedance/seedance-2-5`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/seedance-2-5); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video.. ( Max length: 30000 characters). Optional. Allowed: a
        string of at most 30000 characters.
    :param first_frame_url: First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
        Cannot be used simultaneously with reference_image_urls, reference_video_urls, or reference_audio_urls.
        Optional. Allowed: an http(s) URL.
    :param last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
        last_frame_url cannot be passed alone; first_frame_url must be provided together with it. Optional. Allowed: an
        http(s) URL.
    :param reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect
        ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum
        number of file. Optional. Allowed: a list of 1 to 30 http(s) URLs.
    :param reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p
        Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels:
        [640×640=409600, 834×1112=927. Optional. Allowed: a list of 1 to 10 http(s) URLs.
    :param reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Size: Single audio file size
        not exceeding 15 MB. Single audio duration: [2, 30] seconds; Mutually exclusive with the first/last-frame
        scenario; Total durat. Optional. Allowed: a list of 1 to 10 http(s) URLs.
    :param return_last_frame: Whether to return the last frame of the video. When draft=true, this parameter cannot be
        set to true. Optional. Allowed: true or false. kie.ai's default: False.
    :param generate_audio: Whether to generate audio for the video. - **true**: Generate with audio (higher cost) -
        **false**: Generate without audio Note: Enabling audio will increase the generation cost. Optional. Allowed:
        true or false. kie.ai's default: True.
    :param resolution: Video resolution - 480p for faster generation, 720p for balance. Optional. Allowed: one of
        '480p', '720p', '1080p'. kie.ai's default: '720p'.
    :param aspect_ratio: Video aspect ratio configuration. Optional. Allowed: one of '1:1', '4:3', '3:4', '16:9',
        '9:16', '21:9', 'adaptive'. kie.ai's default: 'adaptive'.
    :param duration: Video duration in 4-30 seconds. Special values -1: Pass -1 for automatic duration selection — the
        model picks a suitable duration itself (for video-editing tasks, it matches the input video's length; for other
        task types, it selects within the valid range), instead of you specifying an exact value. Optional. Allowed: an
        integer. kie.ai's default: 5.
    :param output_format: Video output format. Optional. Allowed: one of 'mp4', 'mov'. kie.ai's default: 'mp4'.
    :param web_search: Enable online search. Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedance-2-5"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: FileInput | None = None,
        last_frame_url: FileInput | None = None,
        reference_image_urls: Sequence[FileInput] | str | None = None,
        reference_video_urls: Sequence[FileInput] | str | None = None,
        reference_audio_urls: Sequence[FileInput] | str | None = None,
        return_last_frame: bool | str | None = None,
        generate_audio: bool | str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | str | None = None,
        duration: int | str | None = None,
        output_format: Literal["mp4", "mov"] | str | None = None,
        web_search: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
                "output_format": output_format,
                "web_search": web_search,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieBytedanceSeedance2MiniOperator(KieModelOperator):
    """
    Bytedance Seedance 2.0 Mini

    Runs kie.ai model ``bytedance/seedance-2-mini`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/seedance-2-mini); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000
        characters). Optional. Allowed: a string of at most 20000 characters.
    :param first_frame_url: First frame image url or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Optional. Allowed: an http(s) URL.
    :param last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
        Optional. Allowed: an http(s) URL.
    :param reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect
        ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum
        number of file. Optional. Allowed: a list of 1 to 9 http(s) URLs.
    :param reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p
        Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not
        exceeding 15 seconds. D. Optional. Allowed: a list of 1 to 3 http(s) URLs.
    :param reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Single audio requirements: Format: wav, mp3 Duration: Single audio duration
        [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single audio file
        size not exce. Optional. Allowed: a list of 1 to 3 http(s) URLs.
    :param generate_audio: Whether to generate audio for the video. - **true**: Generate with audio - **false**:
        Generate without audio. Optional. Allowed: true or false. kie.ai's default: True.
    :param resolution: Video resolution - 480p for faster generation, 720p for balance. Optional. Allowed: one of
        '480p', '720p'. kie.ai's default: '720p'.
    :param aspect_ratio: Video aspect ratio configuration. Required field. Optional. Allowed: one of '1:1', '4:3',
        '3:4', '16:9', '9:16', '21:9', 'adaptive'. kie.ai's default: '16:9'.
    :param duration: Video duration in 4-15 seconds. Optional. Allowed: an integer. kie.ai's default: 5.
    :param web_search: Use online search. (Web search only can be used in the scene of t2v). Optional. Allowed: true or
        false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param return_last_frame: Sent by the page's request example (return_last_frame). Optional. Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedance-2-mini"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: FileInput | None = None,
        last_frame_url: FileInput | None = None,
        reference_image_urls: Sequence[FileInput] | str | None = None,
        reference_video_urls: Sequence[FileInput] | str | None = None,
        reference_audio_urls: Sequence[FileInput] | str | None = None,
        generate_audio: bool | str | None = None,
        resolution: Literal["480p", "720p"] | str | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | str | None = None,
        duration: int | str | None = None,
        web_search: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        return_last_frame: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
                "generate_audio": generate_audio,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "web_search": web_search,
                "nsfw_checker": nsfw_checker,
                "return_last_frame": return_last_frame,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieBytedanceSeedreamOperator(KieModelOperator):
    """
    Seedream3.0 - Text to Image

    Runs kie.ai model ``bytedance/seedream`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/seedream); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the image (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param image_size: Select description. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. kie.ai's default: 'square_hd'.
    :param guidance_scale: Controls how closely the output image aligns with the input prompt. Higher values mean
        stronger prompt correlation. (Min: 1, Max: 10, Step: 0.1) (step: 0.1). Optional. Allowed: a number from 1 to 10.
        kie.ai's default: 2.5.
    :param seed: Random seed to control the stochasticity of image generation. Optional. Allowed: an integer.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedream"]

    def __init__(
        self,
        *,
        prompt: str,
        image_size: Literal["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]
        | str
        | None = None,
        guidance_scale: float | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieBytedanceV1LiteImageToVideoOperator(KieModelOperator):
    """
    Bytedance - V1 Lite Image to Video

    Runs kie.ai model ``bytedance/v1-lite-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/v1-lite-image-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video (Max length: 10000 characters). Required. Allowed: a
        string of at most 10000 characters.
    :param image_url: The URL of the image used to generate video (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param resolution: Video resolution - 480p for faster generation, 720p for higher quality. Optional. Allowed: one of
        '480p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Duration of the video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param camera_fixed: Whether to fix the camera position (Boolean value (true/false)). Optional. Allowed: true or
        false.
    :param seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step:
        1). Optional. Allowed: a number from -1 to 2.14748e+09. kie.ai's default: -1.
    :param enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting
        false through the API. (Boolean value (true/false)). Optional. Allowed: true or false.
    :param end_image_url: The URL of the image the video ends with. Defaults to None. (File URL after upload, not file
        content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Optional. Allowed: an http(s) URL
        of a file of type image/jpeg, image/png, image/webp.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/v1-lite-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        duration: Literal["5", "10"] | str | None = None,
        camera_fixed: bool | str | None = None,
        seed: float | str | None = None,
        enable_safety_checker: bool | str | None = None,
        end_image_url: FileInput | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "end_image_url": end_image_url,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieBytedanceV1LiteTextToVideoOperator(KieModelOperator):
    """
    Bytedance - V1 Lite Text to Video

    Runs kie.ai model ``bytedance/v1-lite-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/v1-lite-text-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video (Max length: 10000 characters). Required. Allowed: a
        string of at most 10000 characters.
    :param aspect_ratio: The aspect ratio of the generated video. Optional. Allowed: one of '16:9', '4:3', '1:1', '3:4',
        '9:16', '9:21'. kie.ai's default: '16:9'.
    :param resolution: Video resolution - 480p for faster generation, 720p for higher quality. Optional. Allowed: one of
        '480p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Duration of the video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param camera_fixed: Whether to fix the camera position (Boolean value (true/false)). Optional. Allowed: true or
        false.
    :param seed: Random seed to control video generation. Use -1 for random. Optional. Allowed: an integer.
    :param enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting
        false through the API. (Boolean value (true/false)). Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/v1-lite-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "9:21"] | str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        duration: Literal["5", "10"] | str | None = None,
        camera_fixed: bool | str | None = None,
        seed: int | str | None = None,
        enable_safety_checker: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieBytedanceV1ProFastImageToVideoOperator(KieModelOperator):
    """
    Turn an image into a 5 or 10 second video with ByteDance v1 Pro Fast.

    Runs kie.ai model ``bytedance/v1-pro-fast-image-to-video`` (output: video/mp4; the Market's createTask, documented
    at https://docs.kie.ai/market/bytedance/v1-pro-fast-image-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video (Max length: 10000 characters). Required. Allowed: a
        string of at most 10000 characters.
    :param image_url: The URL of the image used to generate video (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality.
        Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Duration of the video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/v1-pro-fast-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["720p", "1080p"] | str | None = None,
        duration: Literal["5", "10"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieBytedanceV1ProImageToVideoOperator(KieModelOperator):
    """
    Bytedance V1 Pro Image to Video

    Runs kie.ai model ``bytedance/v1-pro-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/v1-pro-image-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video (Max length: 10000 characters). Required. Allowed: a
        string of at most 10000 characters.
    :param image_url: The URL of the image used to generate video (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality.
        Optional. Allowed: one of '480p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Duration of the video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param camera_fixed: Whether to fix the camera position (Boolean value (true/false)). Optional. Allowed: true or
        false.
    :param seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step:
        1). Optional. Allowed: a number from -1 to 2.14748e+09. kie.ai's default: -1.
    :param enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting
        false through the API. (Boolean value (true/false)). Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/v1-pro-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        duration: Literal["5", "10"] | str | None = None,
        camera_fixed: bool | str | None = None,
        seed: float | str | None = None,
        enable_safety_checker: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieBytedanceV1ProTextToVideoOperator(KieModelOperator):
    """
    Bytedance - V1 Pro Text to Video

    Runs kie.ai model ``bytedance/v1-pro-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/v1-pro-text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video (Max length: 10000 characters). Required. Allowed: a
        string of at most 10000 characters.
    :param aspect_ratio: The aspect ratio of the generated video. Optional. Allowed: one of '21:9', '16:9', '4:3',
        '1:1', '3:4', '9:16'. kie.ai's default: '16:9'.
    :param resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality.
        Optional. Allowed: one of '480p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Duration of the video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param camera_fixed: Whether to fix the camera position (Boolean value (true/false)). Optional. Allowed: true or
        false.
    :param seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step:
        1). Optional. Allowed: a number from -1 to 2.14748e+09. kie.ai's default: -1.
    :param enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting
        false through the API. (Boolean value (true/false)). Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/v1-pro-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        duration: Literal["5", "10"] | str | None = None,
        camera_fixed: bool | str | None = None,
        seed: float | str | None = None,
        enable_safety_checker: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
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
    :param voice: The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID.
        You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your
        browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdr. Optional. Allowed:
        one of 'EkK5I93UQWFDigLMpZcX', 'Z3R5wn05IrDiVCyEkUrK', 'NNl6r8mD7vthiJatiJt1', 'YOq2y2Up4RgXP2HyXjE5',
        'B8gJV1IhpuegLxdpXFOE', '2zRM7PkgwBPiau2jvVXc', '1SM7GgM6IMuvQlz2BwM3', '5l5f8iK3YPeGga21rQIX',
        'scOwDtmlUjD3prqpp97I', 'NOpBlnGInO9m6vDvFkFC', 'BZgkqPqms7Kj9ulSkVzn', 'wo6udizrrtpIxWGp2qJk',
        'gU0LNdkMOQCOrPrwtbee', 'DGzg6RaUqxGRTHSBjfgF', 'x70vRnQBMBu4FAYhjJbO', 'Sm1seazb4gs7RSlUVw7c',
        'P1bg08DkjqiVEzOn76yG', 'qDuRKMlYmrm8trt5QyBn', 'qXpMhyvQqiRxWQs4qSSB', 'TX3LPaxmHKxFdv7VOQHJ',
        'N2lVS1w4EtoT3dr4eOWO', 'FGY2WhTYpPnrIDTdsKH5', 'kPzsL2i3teMYv0FxEYQ6', 'UgBBYS2sOqTuMpoF3BR0',
        'hpp4J3VqNfWAUOO0d1Us', 'nPczCjzI2devNBz1zQrb', 'uYXf8XasLslADfZ2MB4u', 'gs0tAILXbY5DNrJrsM6F',
        'DTKMou8ccj1ZaWGBiotd', 'vBKc2FfBKJfcZNyEt1n6', 'DYkrAHD8iwork3YSUBbs', '56AoDkrOh6qfVPDXZ7Pt',
        'eR40ATw9ArzDf9h3v7t7', 'g6xIsTj2HwM6VR4iXFCw', 'lcMyyd2HUfFzxdCaC4Ta', '6aDn1KB0hjpdcocrUkmq',
        'Sq93GQT4X1lKDXsQcixO', 'flHkNRp1BlvT73UL6gyz', '9yzdeviXkFddZ4Oz8Mok', 'pPdl9cQBQq4p6mRkZy2Z',
        'zYcjlYFOd3taleS0gkk3', 'nzeAacJi50IvxcyDnMXa', 'ruirxsoakN0GWmGNIo04', 'TC0Zp7WVFzhA8zpTlRqV',
        'ljo9gAlSqKOvF6D8sOsX', 'PPzYpIqttlTYA83688JI', '8JVbfL6oEdmuxKn5DK2C', 'iCrDUkL56s3C8sCRl7wb',
        'wJqPPQ618aTW29mptyoc', 'EiNlNiXeDU1pqqOPrYMO', '4YYIPFl9wE5c4L2eu2Gb', '6F5Zhi321D3Oq7v1oNT4',
        'YXpFCvM1S3JbWEJhoskW', 'LG95yZDEHg6fCZdQjLqj', 'CeNX9CMwmxDxUF5Q2Inm', 'aD6riP1btT197c6dACmy',
        'mtrellq69YZsNwzUSyXh', 'dHd5gvgSOzSfduK4CvEg', 'eVItLK1UvXctxuaRV2Oq', 'esy0r39YPLQjOczyOib8',
        'Tsns2HvNFKfGiNjllgqo', '1U02n4nD6AdIZ9CjF053', 'AeRdCCKzvd23BpJoofzx', 'LruHrtVF6PSyGItzMNHS',
        '1wGbFxmAM3Fgw63G1zZJ', 'hqfrgApggtO1785R4Fsn', 'MJ0RnG71ty4LH3dvNfSd'. kie.ai's default:
        'EkK5I93UQWFDigLMpZcX'.
    :param stability: Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01). Optional. Allowed: a number from
        0 to 1. kie.ai's default: 0.5.
    :param similarity_boost: Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01). Optional. Allowed: a
        number from 0 to 1. kie.ai's default: 0.75.
    :param style: Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01). Optional. Allowed: a number from 0
        to 1. kie.ai's default: 0.
    :param speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values
        may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01) (step: 0.01). Optional. Allowed: a number from 0.7 to 1.2.
        kie.ai's default: 1.
    :param timestamps: Whether to return timestamps for each word in the generated speech (Boolean value (true/false)).
        Optional. Allowed: true or false.
    :param previous_text: The text that came before the text of the current request. Can be used to improve the speech's
        continuity when concatenating together multiple generations or to influence the speech's continuity in the
        current generation. (Max length: 5000 characters). Optional. Allowed: a string of at most 5000 characters.
    :param next_text: The text that comes after the text of the current request. Can be used to improve the speech's
        continuity when concatenating together multiple generations or to influence the speech's continuity in the
        current generation. (Max length: 5000 characters). Optional. Allowed: a string of at most 5000 characters.
    :param language_code: Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5
        and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is
        provided. (Max length: 500 characters). Optional. Allowed: a string of at most 500 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["elevenlabs/text-to-speech-multilingual-v2"]

    def __init__(
        self,
        *,
        text: str,
        voice: Literal[
            "EkK5I93UQWFDigLMpZcX",
            "Z3R5wn05IrDiVCyEkUrK",
            "NNl6r8mD7vthiJatiJt1",
            "YOq2y2Up4RgXP2HyXjE5",
            "B8gJV1IhpuegLxdpXFOE",
            "2zRM7PkgwBPiau2jvVXc",
            "1SM7GgM6IMuvQlz2BwM3",
            "5l5f8iK3YPeGga21rQIX",
            "scOwDtmlUjD3prqpp97I",
            "NOpBlnGInO9m6vDvFkFC",
            "BZgkqPqms7Kj9ulSkVzn",
            "wo6udizrrtpIxWGp2qJk",
            "gU0LNdkMOQCOrPrwtbee",
            "DGzg6RaUqxGRTHSBjfgF",
            "x70vRnQBMBu4FAYhjJbO",
            "Sm1seazb4gs7RSlUVw7c",
            "P1bg08DkjqiVEzOn76yG",
            "qDuRKMlYmrm8trt5QyBn",
            "qXpMhyvQqiRxWQs4qSSB",
            "TX3LPaxmHKxFdv7VOQHJ",
            "N2lVS1w4EtoT3dr4eOWO",
            "FGY2WhTYpPnrIDTdsKH5",
            "kPzsL2i3teMYv0FxEYQ6",
            "UgBBYS2sOqTuMpoF3BR0",
            "hpp4J3VqNfWAUOO0d1Us",
            "nPczCjzI2devNBz1zQrb",
            "uYXf8XasLslADfZ2MB4u",
            "gs0tAILXbY5DNrJrsM6F",
            "DTKMou8ccj1ZaWGBiotd",
            "vBKc2FfBKJfcZNyEt1n6",
            "DYkrAHD8iwork3YSUBbs",
            "56AoDkrOh6qfVPDXZ7Pt",
            "eR40ATw9ArzDf9h3v7t7",
            "g6xIsTj2HwM6VR4iXFCw",
            "lcMyyd2HUfFzxdCaC4Ta",
            "6aDn1KB0hjpdcocrUkmq",
            "Sq93GQT4X1lKDXsQcixO",
            "flHkNRp1BlvT73UL6gyz",
            "9yzdeviXkFddZ4Oz8Mok",
            "pPdl9cQBQq4p6mRkZy2Z",
            "zYcjlYFOd3taleS0gkk3",
            "nzeAacJi50IvxcyDnMXa",
            "ruirxsoakN0GWmGNIo04",
            "TC0Zp7WVFzhA8zpTlRqV",
            "ljo9gAlSqKOvF6D8sOsX",
            "PPzYpIqttlTYA83688JI",
            "8JVbfL6oEdmuxKn5DK2C",
            "iCrDUkL56s3C8sCRl7wb",
            "wJqPPQ618aTW29mptyoc",
            "EiNlNiXeDU1pqqOPrYMO",
            "4YYIPFl9wE5c4L2eu2Gb",
            "6F5Zhi321D3Oq7v1oNT4",
            "YXpFCvM1S3JbWEJhoskW",
            "LG95yZDEHg6fCZdQjLqj",
            "CeNX9CMwmxDxUF5Q2Inm",
            "aD6riP1btT197c6dACmy",
            "mtrellq69YZsNwzUSyXh",
            "dHd5gvgSOzSfduK4CvEg",
            "eVItLK1UvXctxuaRV2Oq",
            "esy0r39YPLQjOczyOib8",
            "Tsns2HvNFKfGiNjllgqo",
            "1U02n4nD6AdIZ9CjF053",
            "AeRdCCKzvd23BpJoofzx",
            "LruHrtVF6PSyGItzMNHS",
            "1wGbFxmAM3Fgw63G1zZJ",
            "hqfrgApggtO1785R4Fsn",
            "MJ0RnG71ty4LH3dvNfSd",
        ]
        | str
        | None = None,
        stability: float | str | None = None,
        similarity_boost: float | str | None = None,
        style: float | str | None = None,
        speed: float | str | None = None,
        timestamps: bool | str | None = None,
        previous_text: str | None = None,
        next_text: str | None = None,
        language_code: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
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
    :param voice: The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID.
        You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your
        browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdr. Optional. Allowed:
        one of 'EkK5I93UQWFDigLMpZcX', 'Z3R5wn05IrDiVCyEkUrK', 'NNl6r8mD7vthiJatiJt1', 'YOq2y2Up4RgXP2HyXjE5',
        'B8gJV1IhpuegLxdpXFOE', '2zRM7PkgwBPiau2jvVXc', '1SM7GgM6IMuvQlz2BwM3', '5l5f8iK3YPeGga21rQIX',
        'scOwDtmlUjD3prqpp97I', 'NOpBlnGInO9m6vDvFkFC', 'BZgkqPqms7Kj9ulSkVzn', 'wo6udizrrtpIxWGp2qJk',
        'gU0LNdkMOQCOrPrwtbee', 'DGzg6RaUqxGRTHSBjfgF', 'x70vRnQBMBu4FAYhjJbO', 'Sm1seazb4gs7RSlUVw7c',
        'P1bg08DkjqiVEzOn76yG', 'qDuRKMlYmrm8trt5QyBn', 'qXpMhyvQqiRxWQs4qSSB', 'TX3LPaxmHKxFdv7VOQHJ',
        'N2lVS1w4EtoT3dr4eOWO', 'FGY2WhTYpPnrIDTdsKH5', 'kPzsL2i3teMYv0FxEYQ6', 'UgBBYS2sOqTuMpoF3BR0',
        'hpp4J3VqNfWAUOO0d1Us', 'nPczCjzI2devNBz1zQrb', 'uYXf8XasLslADfZ2MB4u', 'gs0tAILXbY5DNrJrsM6F',
        'DTKMou8ccj1ZaWGBiotd', 'vBKc2FfBKJfcZNyEt1n6', 'DYkrAHD8iwork3YSUBbs', '56AoDkrOh6qfVPDXZ7Pt',
        'eR40ATw9ArzDf9h3v7t7', 'g6xIsTj2HwM6VR4iXFCw', 'lcMyyd2HUfFzxdCaC4Ta', '6aDn1KB0hjpdcocrUkmq',
        'Sq93GQT4X1lKDXsQcixO', 'flHkNRp1BlvT73UL6gyz', '9yzdeviXkFddZ4Oz8Mok', 'pPdl9cQBQq4p6mRkZy2Z',
        'zYcjlYFOd3taleS0gkk3', 'nzeAacJi50IvxcyDnMXa', 'ruirxsoakN0GWmGNIo04', 'TC0Zp7WVFzhA8zpTlRqV',
        'ljo9gAlSqKOvF6D8sOsX', 'PPzYpIqttlTYA83688JI', '8JVbfL6oEdmuxKn5DK2C', 'iCrDUkL56s3C8sCRl7wb',
        'wJqPPQ618aTW29mptyoc', 'EiNlNiXeDU1pqqOPrYMO', '4YYIPFl9wE5c4L2eu2Gb', '6F5Zhi321D3Oq7v1oNT4',
        'YXpFCvM1S3JbWEJhoskW', 'LG95yZDEHg6fCZdQjLqj', 'CeNX9CMwmxDxUF5Q2Inm', 'aD6riP1btT197c6dACmy',
        'mtrellq69YZsNwzUSyXh', 'dHd5gvgSOzSfduK4CvEg', 'eVItLK1UvXctxuaRV2Oq', 'esy0r39YPLQjOczyOib8',
        'Tsns2HvNFKfGiNjllgqo', '1U02n4nD6AdIZ9CjF053', 'AeRdCCKzvd23BpJoofzx', 'LruHrtVF6PSyGItzMNHS',
        '1wGbFxmAM3Fgw63G1zZJ', 'hqfrgApggtO1785R4Fsn', 'MJ0RnG71ty4LH3dvNfSd'. kie.ai's default:
        'EkK5I93UQWFDigLMpZcX'.
    :param stability: Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01). Optional. Allowed: a number from
        0 to 1. kie.ai's default: 0.5.
    :param similarity_boost: Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01). Optional. Allowed: a
        number from 0 to 1. kie.ai's default: 0.75.
    :param style: Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01). Optional. Allowed: a number from 0
        to 1. kie.ai's default: 0.
    :param speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values
        may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01) (step: 0.01). Optional. Allowed: a number from 0.7 to 1.2.
        kie.ai's default: 1.
    :param timestamps: Whether to return timestamps for each word in the generated speech (Boolean value (true/false)).
        Optional. Allowed: true or false.
    :param previous_text: The text that came before the text of the current request. Can be used to improve the speech's
        continuity when concatenating together multiple generations or to influence the speech's continuity in the
        current generation. (Max length: 5000 characters). Optional. Allowed: a string of at most 5000 characters.
    :param next_text: The text that comes after the text of the current request. Can be used to improve the speech's
        continuity when concatenating together multiple generations or to influence the speech's continuity in the
        current generation. (Max length: 5000 characters). Optional. Allowed: a string of at most 5000 characters.
    :param language_code: Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5
        and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is
        provided. (Max length: 500 characters). Optional. Allowed: a string of at most 500 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["elevenlabs/text-to-speech-turbo-2-5"]

    def __init__(
        self,
        *,
        text: str,
        voice: Literal[
            "EkK5I93UQWFDigLMpZcX",
            "Z3R5wn05IrDiVCyEkUrK",
            "NNl6r8mD7vthiJatiJt1",
            "YOq2y2Up4RgXP2HyXjE5",
            "B8gJV1IhpuegLxdpXFOE",
            "2zRM7PkgwBPiau2jvVXc",
            "1SM7GgM6IMuvQlz2BwM3",
            "5l5f8iK3YPeGga21rQIX",
            "scOwDtmlUjD3prqpp97I",
            "NOpBlnGInO9m6vDvFkFC",
            "BZgkqPqms7Kj9ulSkVzn",
            "wo6udizrrtpIxWGp2qJk",
            "gU0LNdkMOQCOrPrwtbee",
            "DGzg6RaUqxGRTHSBjfgF",
            "x70vRnQBMBu4FAYhjJbO",
            "Sm1seazb4gs7RSlUVw7c",
            "P1bg08DkjqiVEzOn76yG",
            "qDuRKMlYmrm8trt5QyBn",
            "qXpMhyvQqiRxWQs4qSSB",
            "TX3LPaxmHKxFdv7VOQHJ",
            "N2lVS1w4EtoT3dr4eOWO",
            "FGY2WhTYpPnrIDTdsKH5",
            "kPzsL2i3teMYv0FxEYQ6",
            "UgBBYS2sOqTuMpoF3BR0",
            "hpp4J3VqNfWAUOO0d1Us",
            "nPczCjzI2devNBz1zQrb",
            "uYXf8XasLslADfZ2MB4u",
            "gs0tAILXbY5DNrJrsM6F",
            "DTKMou8ccj1ZaWGBiotd",
            "vBKc2FfBKJfcZNyEt1n6",
            "DYkrAHD8iwork3YSUBbs",
            "56AoDkrOh6qfVPDXZ7Pt",
            "eR40ATw9ArzDf9h3v7t7",
            "g6xIsTj2HwM6VR4iXFCw",
            "lcMyyd2HUfFzxdCaC4Ta",
            "6aDn1KB0hjpdcocrUkmq",
            "Sq93GQT4X1lKDXsQcixO",
            "flHkNRp1BlvT73UL6gyz",
            "9yzdeviXkFddZ4Oz8Mok",
            "pPdl9cQBQq4p6mRkZy2Z",
            "zYcjlYFOd3taleS0gkk3",
            "nzeAacJi50IvxcyDnMXa",
            "ruirxsoakN0GWmGNIo04",
            "TC0Zp7WVFzhA8zpTlRqV",
            "ljo9gAlSqKOvF6D8sOsX",
            "PPzYpIqttlTYA83688JI",
            "8JVbfL6oEdmuxKn5DK2C",
            "iCrDUkL56s3C8sCRl7wb",
            "wJqPPQ618aTW29mptyoc",
            "EiNlNiXeDU1pqqOPrYMO",
            "4YYIPFl9wE5c4L2eu2Gb",
            "6F5Zhi321D3Oq7v1oNT4",
            "YXpFCvM1S3JbWEJhoskW",
            "LG95yZDEHg6fCZdQjLqj",
            "CeNX9CMwmxDxUF5Q2Inm",
            "aD6riP1btT197c6dACmy",
            "mtrellq69YZsNwzUSyXh",
            "dHd5gvgSOzSfduK4CvEg",
            "eVItLK1UvXctxuaRV2Oq",
            "esy0r39YPLQjOczyOib8",
            "Tsns2HvNFKfGiNjllgqo",
            "1U02n4nD6AdIZ9CjF053",
            "AeRdCCKzvd23BpJoofzx",
            "LruHrtVF6PSyGItzMNHS",
            "1wGbFxmAM3Fgw63G1zZJ",
            "hqfrgApggtO1785R4Fsn",
            "MJ0RnG71ty4LH3dvNfSd",
        ]
        | str
        | None = None,
        stability: float | str | None = None,
        similarity_boost: float | str | None = None,
        style: float | str | None = None,
        speed: float | str | None = None,
        timestamps: bool | str | None = None,
        previous_text: str | None = None,
        next_text: str | None = None,
        language_code: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieElevenlabsAudioIsolationOperator(KieModelOperator):
    """
    elevenlabs/audio-isolation

    Runs kie.ai model ``elevenlabs/audio-isolation`` (output: audio/mpeg; the Market's createTask, documented at
    https://docs.kie.ai/market/elevenlabs/audio-isolation); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param audio_url: URL of the audio file to isolate voice from (File URL after upload, not file content; Accepted
        types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB). Required.
        Allowed: an http(s) URL of a file of type audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["elevenlabs/audio-isolation"]

    def __init__(
        self,
        *,
        audio_url: FileInput,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"audio_url": audio_url}, extra_input=extra_input, **kwargs)


class KieElevenlabsTextToDialogueV3Operator(KieModelOperator):
    """
    elevenlabs/text-to-dialogue-v3

    Runs kie.ai model ``elevenlabs/text-to-dialogue-v3`` (output: audio/mpeg; the Market's createTask, documented at
    https://docs.kie.ai/market/elevenlabs/text-to-dialogue-v3); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param dialogue: Array of dialogue items. Each item contains text and voice. The total character count of all text
        fields combined must not exceed 5000 characters. Required. Allowed: a list.
    :param stability: Voice stability parameter. Must be one of the following values: 0.0, 0.5, or 1.0. Optional.
        Allowed: one of 0, 0.5, 1. kie.ai's default: 0.5.
    :param language_code: Language code for the speech. Default is empty string or omit the parameter for automatic
        language detection. Optional. Allowed: one of 'af', 'ar', 'hy', 'as', 'az', 'be', 'bn', 'bs', 'bg', 'ca', 'ceb',
        'ny', 'hr', 'cs', 'da', 'nl', 'en', 'et', 'fil', 'fi', 'fr', 'gl', 'ka', 'de', 'el', 'gu', 'ha', 'he', 'hi',
        'hu', 'is', 'id', 'ga', 'it', 'ja', 'jv', 'kn', 'kk', 'ky', 'ko', 'lv', 'ln', 'lt', 'lb', 'mk', 'ms', 'ml',
        'zh', 'mr', 'ne', 'no', 'ps', 'fa', 'pl', 'pt', 'pa', 'ro', 'ru', 'sr', 'sd', 'sk', 'sl', 'so', 'es', 'sw',
        'sv', 'ta', 'te', 'th', 'tr', 'uk', 'ur', 'vi', 'cy'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["elevenlabs/text-to-dialogue-v3"]

    def __init__(
        self,
        *,
        dialogue: Sequence[Any] | str,
        stability: float | str | None = None,
        language_code: Literal[
            "af",
            "ar",
            "hy",
            "as",
            "az",
            "be",
            "bn",
            "bs",
            "bg",
            "ca",
            "ceb",
            "ny",
            "hr",
            "cs",
            "da",
            "nl",
            "en",
            "et",
            "fil",
            "fi",
            "fr",
            "gl",
            "ka",
            "de",
            "el",
            "gu",
            "ha",
            "he",
            "hi",
            "hu",
            "is",
            "id",
            "ga",
            "it",
            "ja",
            "jv",
            "kn",
            "kk",
            "ky",
            "ko",
            "lv",
            "ln",
            "lt",
            "lb",
            "mk",
            "ms",
            "ml",
            "zh",
            "mr",
            "ne",
            "no",
            "ps",
            "fa",
            "pl",
            "pt",
            "pa",
            "ro",
            "ru",
            "sr",
            "sd",
            "sk",
            "sl",
            "so",
            "es",
            "sw",
            "sv",
            "ta",
            "te",
            "th",
            "tr",
            "uk",
            "ur",
            "vi",
            "cy",
        ]
        | str
        | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "dialogue": dialogue,
                "stability": stability,
                "language_code": language_code,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieFlux2FlexImageToImageOperator(KieModelOperator):
    """
    Flux-2 - Image to Image

    Runs kie.ai model ``flux-2/flex-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/flux2/flex-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param input_urls: Input reference images (1-8 images). (File URL after upload, not file content; Accepted types:
        image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: a list of 1 to 8 http(s) URLs of files
        of type image/jpeg, image/png, image/webp.
    :param prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters). Required. Allowed: a string of
        at most 5000 characters.
    :param aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio
        (requires input image). Optional. Allowed: one of '1:1', '4:3', '3:4', '16:9', '9:16', '3:2', '2:3', 'auto'.
        kie.ai's default: '1:1'.
    :param resolution: Output image resolution. Optional. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-2/flex-image-to-image"]

    def __init__(
        self,
        *,
        input_urls: Sequence[FileInput] | str,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"] | str | None = None,
        resolution: Literal["1K", "2K"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieFlux2FlexTextToImageOperator(KieModelOperator):
    """
    Flux-2 Flex text-to-image.

    Runs kie.ai model ``flux-2/flex-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/flux2/flex-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Generation prompt, length must be between 3-5000 characters. (Maximum length: 5000 characters).
        Required. Allowed: a string of at most 5000 characters.
    :param aspect_ratio: Aspect ratio of the generated image. When `auto` is selected, it will match the ratio of the
        first input image (requires input image to be provided). Optional. Allowed: one of '1:1', '4:3', '3:4', '16:9',
        '9:16', '3:2', '2:3'. kie.ai's default: '1:1'.
    :param resolution: Output image resolution. Optional. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-2/flex-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"] | str | None = None,
        resolution: Literal["1K", "2K"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieFlux2ProImageToImageOperator(KieModelOperator):
    """
    Flux-2 Pro image-to-image (1-8 reference images).

    Runs kie.ai model ``flux-2/pro-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/flux2/pro-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param input_urls: Input reference images (1-8 images). (File URL after upload, not file content; Accepted types:
        image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: a list of 1 to 8 http(s) URLs of files
        of type image/jpeg, image/png, image/webp.
    :param prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters). Required. Allowed: a string of
        at most 5000 characters.
    :param aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio
        (requires input image). Optional. Allowed: one of '1:1', '4:3', '3:4', '16:9', '9:16', '3:2', '2:3', 'auto'.
        kie.ai's default: '1:1'.
    :param resolution: Output image resolution. Optional. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-2/pro-image-to-image"]

    def __init__(
        self,
        *,
        input_urls: Sequence[FileInput] | str,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"] | str | None = None,
        resolution: Literal["1K", "2K"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieFlux2ProTextToImageOperator(KieModelOperator):
    """
    Flux-2 Pro text-to-image.

    Runs kie.ai model ``flux-2/pro-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/flux2/pro-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters). Required. Allowed: a string of
        at most 5000 characters.
    :param aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio
        (requires input image). Optional. Allowed: one of '1:1', '4:3', '3:4', '16:9', '9:16', '3:2', '2:3'. kie.ai's
        default: '1:1'.
    :param resolution: Output image resolution. Optional. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-2/pro-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"] | str | None = None,
        resolution: Literal["1K", "2K"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieFluxKontextOperator(KieModelOperator):
    """
    Generate or edit an image with Flux Kontext.

    Runs kie.ai model ``flux-kontext/generate`` (output: image/png; Flux Kontext's ``/api/v1/flux/kontext/generate``,
    documented at https://docs.kie.ai/flux-kontext-api/generate-or-edit-image); see :class:`KieCreateTaskOperator` for
    waiting, retries, durability and the return value. Every input field is templated; file fields also take a local
    path, storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired image or edit. Required for both generation and editing modes. -
        Should be detailed and specific - For image editing, describe the desired changes - For image generation,
        describe the complete scene - IMPORTANT: Only English language is supported. Required. Allowed: a string.
    :param enable_translation: Whether to enable automatic translation feature. - Since prompt only supports English,
        when this parameter is true, the system will automatically translate non-English prompts to English - If your
        prompt is already in English, you can set this to false - Default value: true. Optional (``enableTranslation``
        on the wire). Allowed: true or false.
    :param upload_cn: (Optional) Specifies the server region for image upload. Set to true to use servers in China,
        false to use non-China servers. Choose based on your geographical location for optimal upload speeds. Optional
        (``uploadCn`` on the wire). Allowed: true or false.
    :param input_image: URL of the input image for editing mode. Required when editing an existing image. - Must be a
        valid image URL - Image must be accessible to the API server. Optional (``inputImage`` on the wire). Allowed: an
        http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Output image aspect ratio. You Applicable in both text-to-image generation and image editing
        modes. For **text-to-image generation** , the output image will follow the specified aspect ratio. For **image
        editing** , if aspectRatio is provided, the edited image will follow that ratio. If not provided. Optional
        (``aspectRatio`` on the wire). Allowed: one of '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'. kie.ai's default:
        '16:9'.
    :param output_format: Output image format. Optional (``outputFormat`` on the wire). Allowed: one of 'jpeg', 'png'.
        kie.ai's default: 'jpeg'.
    :param prompt_upsampling: - If true, performs upsampling on the prompt - May increase processing time. Optional
        (``promptUpsampling`` on the wire). Allowed: true or false. kie.ai's default: False.
    :param model_version: Model version to use for generation. Available Options: | Model | Description |
        |--------------|-------------| | flux-kontext-pro | Standard model with balanced performance | |
        flux-kontext-max | Enhanced model with advanced capabilities | > Note: Choose flux-kontext-max for more
        demanding tasks tha. Optional (``model`` on the wire). Allowed: one of 'flux-kontext-pro', 'flux-kontext-max'.
        kie.ai's default: 'flux-kontext-pro'.
    :param safety_tolerance: **For Image Generation Mode:** Moderation level for inputs and outputs. Value ranges from 0
        (most strict) to 6 (more permissive). **For Image Editing Mode:** Moderation level for inputs and outputs. Value
        ranges from 0 (most strict) to 2 (balanced). Default: 2. Optional (``safetyTolerance`` on the wire). Allowed:
        one of 0, 1, 2, 3, 4, 5, 6. kie.ai's default: 2.
    :param watermark: Watermark identifier to add to the generated image. - Optional - If provided, a watermark will be
        added to the output image. Optional. Allowed: a string.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["flux-kontext/generate"]

    def __init__(
        self,
        *,
        prompt: str,
        enable_translation: bool | str | None = None,
        upload_cn: bool | str | None = None,
        input_image: FileInput | None = None,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | str | None = None,
        output_format: Literal["jpeg", "png"] | str | None = None,
        prompt_upsampling: bool | str | None = None,
        model_version: Literal["flux-kontext-pro", "flux-kontext-max"] | str | None = None,
        safety_tolerance: Literal[0, 1, 2, 3, 4, 5, 6] | int | str | None = None,
        watermark: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieGeminiOmniVideoOperator(KieModelOperator):
    """
    Gemini Omni Video

    Runs kie.ai model ``gemini-omni-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/gemini-omni-video); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Video prompt used to describe the target content, style, camera language, or character actions in the
        generated video. Required. Allowed: a string of at most 20000 characters.
    :param image_urls: Array of image URLs. You can provide one or more reference images for characters, scenes, styles,
        or storyboard guidance. Image limits: - Each file must be no larger than `20MB` - Use publicly accessible image
        URLs - Max 7 images. Optional. Allowed: a list of 1 or more http(s) URLs.
    :param audio_ids: Array of audio IDs generated by the `gemini-omni-audio` endpoint. Useful for narration, dialogue,
        music, or audio guidance in the generated video. Max 3 items. Optional. Allowed: a list of strings.
    :param video_list: Array of video clips. Each item defines a source video and the trim range to use during
        generation. Video limits: - Each file must be no larger than `100MB` - Video duration must not exceed `30s` -
        `ends` should be greater than `start` - The difference between the end time and the start time must no.
        Optional. Allowed: a list.
    :param character_ids: An array of character IDs generated by the `gemini-omni-character` API. Used to provide
        character appearance, identity, or person references for the video. Each character_id uses 1 image slot. The
        base limit is 7 image slots; if video_list is also provided, video_list uses 2 image slots, so characte.
        Optional. Allowed: a list of strings.
    :param duration: The duration of the generated video in seconds. Available values are 4, 6, 8, and 10. When video
        input is provided, the output duration is determined by the model automatically. This duration parameter will
        not take effect.Note: when video input is provided, the output duration is determined by the . Required.
        Allowed: one of '4', '6', '8', '10'.
    :param aspect_ratio: The aspect ratio of the generated video. `16:9` is landscape, and `9:16` is portrait. Optional.
        Allowed: one of '16:9', '9:16'.
    :param resolution: The resolution of the generated video. Available values are 720p, 1080p, and 4k. Optional.
        Allowed: one of '720p', '1080p', '4k'. kie.ai's default: '720p'.
    :param seed: Random seed. Range: [0, 2147483647]. If not specified, the system generates a seed automatically.
        Fixing the seed can improve reproducibility, but results may still vary due to the model’s stochasticity.
        Optional. Allowed: an integer.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gemini-omni-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str | None = None,
        audio_ids: Sequence[str] | str | None = None,
        video_list: Sequence[Any] | str | None = None,
        character_ids: Sequence[str] | str | None = None,
        duration: Literal["4", "6", "8", "10"] | str,
        aspect_ratio: Literal["16:9", "9:16"] | str | None = None,
        resolution: Literal["720p", "1080p", "4k"] | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "audio_ids": audio_ids,
                "video_list": video_list,
                "character_ids": character_ids,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGoogleGemini25ProTtsOperator(KieModelOperator):
    """
    Gemini 2.5 Pro Text to Speech

    Runs kie.ai model ``google/gemini-2-5-pro-tts`` (output: audio/mpeg; the Market's createTask, documented at
    https://docs.kie.ai/google/gemini-2-5-pro-tts); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param temperature: Sampling temperature, e.g., 1. Optional. Allowed: a number from 0 to 2. kie.ai's default: 1.
    :param scene: Scene description, e.g., "A quiet, warm room with a fireplace crackling softly.". Optional. Allowed: a
        string.
    :param sample_context: Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting.".
        Optional. Allowed: a string.
    :param speakers: List of speaker configurations. Required. Allowed: a list.
    :param dialogue_turns: List of dialogue turns, output in sequential order. Required. Allowed: a list.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/gemini-2-5-pro-tts"]

    def __init__(
        self,
        *,
        temperature: float | str | None = None,
        scene: str | None = None,
        sample_context: str | None = None,
        speakers: Sequence[Any] | str,
        dialogue_turns: Sequence[Any] | str,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "temperature": temperature,
                "scene": scene,
                "sample_context": sample_context,
                "speakers": speakers,
                "dialogue_turns": dialogue_turns,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGoogleGemini31FlashTtsOperator(KieModelOperator):
    """
    Gemini 3.1 Flash Text to speech

    Runs kie.ai model ``google/gemini-3-1-flash-tts`` (output: audio/mpeg; the Market's createTask, documented at
    https://docs.kie.ai/market/google/gemini-3-1-flash-tts); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param temperature: Sampling temperature, e.g., 1. Optional. Allowed: a number from 0 to 2. kie.ai's default: 1.
    :param scene: Scene description, e.g., "A quiet, warm room with a fireplace crackling softly.". Optional. Allowed: a
        string.
    :param sample_context: Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting.".
        Optional. Allowed: a string.
    :param speakers: List of speaker configurations. Required. Allowed: a list.
    :param dialogue_turns: List of dialogue turns, output in sequential order. Required. Allowed: a list.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/gemini-3-1-flash-tts"]

    def __init__(
        self,
        *,
        temperature: float | str | None = None,
        scene: str | None = None,
        sample_context: str | None = None,
        speakers: Sequence[Any] | str,
        dialogue_turns: Sequence[Any] | str,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "temperature": temperature,
                "scene": scene,
                "sample_context": sample_context,
                "speakers": speakers,
                "dialogue_turns": dialogue_turns,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGpt4oImageOperator(KieModelOperator):
    """
    Generate or edit images with GPT-4o Image.

    Runs kie.ai model ``gpt4o-image/generate`` (output: image/png; 4o Image's ``/api/v1/gpt4o-image/generate``,
    documented at https://docs.kie.ai/4o-image-api/generate-4-o-image); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: (Optional) Text prompt that conveys the creative idea you want the 4o model to render. Required if
        neither `filesUrl` nor `fileUrl` is supplied. At least one of `prompt` or `filesUrl` must be provided. Optional.
        Allowed: a string.
    :param files_url: Up to 5 public image URLs as reference/source. Formats .jfif .pjpeg .jpeg .pjp .jpg .png .webp.
        Optional (``filesUrl`` on the wire). Allowed: a list of 1 to 5 http(s) URLs of files of type image/jpeg,
        image/png, image/webp.
    :param size: (Required) Aspect ratio of the generated image. Must be one of the listed values. Required. Allowed:
        one of '1:1', '3:2', '2:3'.
    :param file_url: (Optional, Deprecated) File URL, such as an image URL. If fileUrl is provided, 4o image may create
        based on this image. This parameter will be deprecated in the future, please use filesUrl instead. Optional
        (``fileUrl`` on the wire). Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
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
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gpt4o-image/generate"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        files_url: Sequence[FileInput] | str | None = None,
        size: Literal["1:1", "3:2", "2:3"] | str,
        file_url: FileInput | None = None,
        n_variants: Literal[1, 2, 4] | int | str | None = None,
        mask_url: FileInput | None = None,
        is_enhance: bool | str | None = None,
        upload_cn: bool | str | None = None,
        enable_fallback: bool | str | None = None,
        fallback_model: Literal["GPT_IMAGE_1", "FLUX_MAX"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "filesUrl": files_url,
                "size": size,
                "fileUrl": file_url,
                "nVariants": n_variants,
                "maskUrl": mask_url,
                "isEnhance": is_enhance,
                "uploadCn": upload_cn,
                "enableFallback": enable_fallback,
                "fallbackModel": fallback_model,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGptImage15ImageToImageOperator(KieModelOperator):
    """
    GPT Image 1.5 image-to-image.

    Runs kie.ai model ``gpt-image/1.5-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/gpt-image/1-5-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param input_urls: Upload an image file to use as input for the API (File URL after upload, not file content;
        Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: a list of 1 to 16
        http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param prompt: A text description of the image you want to generate. Required. Allowed: a string.
    :param aspect_ratio: Width-height ratio of the image, determining its visual form. Optional. Allowed: one of '1:1',
        '2:3', '3:2'. kie.ai's default: '3:2'.
    :param quality: Quality: medium=balanced, high=slow/detailed. Optional. Allowed: one of 'medium', 'high'. kie.ai's
        default: 'medium'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gpt-image/1.5-image-to-image"]

    def __init__(
        self,
        *,
        input_urls: Sequence[FileInput] | str,
        prompt: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2"] | str | None = None,
        quality: Literal["medium", "high"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "input_urls": input_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
            },
            extra_input=extra_input,
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
    :param aspect_ratio: Width-height ratio of the image, determining its visual form. Optional. Allowed: one of '1:1',
        '2:3', '3:2'. kie.ai's default: '1:1'.
    :param quality: Quality: medium=balanced, high=slow/detailed. Optional. Allowed: one of 'medium', 'high'. kie.ai's
        default: 'medium'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gpt-image/1.5-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2"] | str | None = None,
        quality: Literal["medium", "high"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGptImage2ImageToImageOperator(KieModelOperator):
    """
    GPT Image 2 - Image To Image

    Runs kie.ai model ``gpt-image-2-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/gpt/gpt-image-2-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompts, up to 20,000 characters. Required. Allowed: a string.
    :param input_urls: Array of input image URLs. Required. Allowed: a list of 1 to 16 http(s) URLs.
    :param aspect_ratio: The aspect ratio of the generated image is set to auto by default. Note: 5:4 and 4:5 aspect
        ratios only support 1K images. Optional. Allowed: one of 'auto', '1:1', '3:2', '2:3', '4:3', '3:4', '5:4',
        '4:5', '16:9', '9:16', '2:1', '1:2', '3:1', '1:3', '21:9', '9:21'.
    :param resolution: Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images
        with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K
        images; otherwise, the task will fail to create. Optional. Allowed: one of '1K', '2K', '4K'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gpt-image-2-image-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        input_urls: Sequence[FileInput] | str,
        aspect_ratio: Literal[
            "auto",
            "1:1",
            "3:2",
            "2:3",
            "4:3",
            "3:4",
            "5:4",
            "4:5",
            "16:9",
            "9:16",
            "2:1",
            "1:2",
            "3:1",
            "1:3",
            "21:9",
            "9:21",
        ]
        | str
        | None = None,
        resolution: Literal["1K", "2K", "4K"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "input_urls": input_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGptImage2TextToImageOperator(KieModelOperator):
    """
    GPT Image-2 - Text to Image

    Runs kie.ai model ``gpt-image-2-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/gpt/gpt-image-2-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt. Required, maximum 20,000 characters. Required. Allowed: a string of at most 20000
        characters.
    :param aspect_ratio: The aspect ratio of the generated image is set to auto by default. Note: for 2K and 4K
        resolution, the following aspect ratios are not supported: 5:4, 4:5, 3:1, 1:3, and 9:21. Optional. Allowed: one
        of 'auto', '1:1', '3:2', '2:3', '4:3', '3:4', '5:4', '4:5', '16:9', '9:16', '2:1', '1:2', '3:1', '1:3', '21:9',
        '9:21'.
    :param resolution: Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images
        with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K
        images; otherwise, the task will fail to create. Optional. Allowed: one of '1K', '2K', '4K'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["gpt-image-2-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "auto",
            "1:1",
            "3:2",
            "2:3",
            "4:3",
            "3:4",
            "5:4",
            "4:5",
            "16:9",
            "9:16",
            "2:1",
            "1:2",
            "3:1",
            "1:3",
            "21:9",
            "9:21",
        ]
        | str
        | None = None,
        resolution: Literal["1K", "2K", "4K"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGrokImagineExtendOperator(KieModelOperator):
    """
    Grok Imagine - Video Extend

    Runs kie.ai model ``grok-imagine/extend`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/extend); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param source_task_id: Task ID from a previously successful video generation task. Required field. - Must be from a
        Kie AI video generation model (e.g., grok-imagine/text-to-video) - The original video generation must have
        completed successfully - Only Kie AI–generated task IDs are supported. Required (``task_id`` on the wire).
        Allowed: a string of at most 100 characters.
    :param prompt: Text instructions describing the required movement of the video. Required field. - Provide a detailed
        description of how you would like the video to expand and continue. - You can specify camera movements, scene
        changes, object actions, etc. - The more specific the prompt words are, the more likely . Required. Allowed: a
        string.
    :param extend_at: The starting position of the video extension. Optional field. Optional. Allowed: a number of at
        least 2. kie.ai's default: 2.
    :param extend_times: Duration of video extension (in seconds). Required field. - `6`: Expand 6 seconds of video
        content - `10`: Expand 10 seconds of video content - The longer the extension duration, the longer the time
        required for generation - Select the appropriate duration based on the complexity of the scene. Required.
        Allowed: a number.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine/extend"]

    def __init__(
        self,
        *,
        source_task_id: str,
        prompt: str,
        extend_at: float | str | None = None,
        extend_times: float | str,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "task_id": source_task_id,
                "prompt": prompt,
                "extend_at": extend_at,
                "extend_times": extend_times,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGrokImagineImage20ImageEditOperator(KieModelOperator):
    """
    Grok Imagine Image 2.0 Image Edit

    Runs kie.ai model ``grok-imagine-image-2-0/image-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine-image-2-0/image-edit); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired image. Required. Allowed: a string.
    :param source_task_id: The source task ID to use for image editing(This can be a task ID generated by the
        `grok-imagine-image-2-0/text-to-image` model, or a task ID generated by the `grok-imagine-image-2-0/segment-map`
        model by passing an `image_url`.). Required (``task_id`` on the wire). Allowed: a string.
    :param mask_indexs: Please enter the index numbers of the segment array items you want to use. Optional. Allowed: a
        list.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine-image-2-0/image-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        source_task_id: str,
        mask_indexs: Sequence[Any] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "task_id": source_task_id,
                "mask_indexs": mask_indexs,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGrokImagineImage20SegmentMapOperator(KieModelOperator):
    """
    Grok Imagine Image 2.0 Segment Map

    Runs kie.ai model ``grok-imagine-image-2-0/segment-map`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine-image-2-0/segment-map); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: The URL of the reference image. Optional. Allowed: an http(s) URL.
    :param source_task_id: The ID of an existing task. Required. Optional (``task_id`` on the wire). Allowed: a string.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine-image-2-0/segment-map"]

    def __init__(
        self,
        *,
        image_url: FileInput | None = None,
        source_task_id: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image_url": image_url, "task_id": source_task_id}, extra_input=extra_input, **kwargs)


class KieGrokImagineImage20TextToImageOperator(KieModelOperator):
    """
    Grok Imagine Image 2.0 Text To Image

    Runs kie.ai model ``grok-imagine-image-2-0/text-to-image`` (output: image/png; the Market's createTask, documented
    at https://docs.kie.ai/market/grok-imagine-image-2-0/text-to-image); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired image. This field is required. Required. Allowed: a string.
    :param aspect_ratio: Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the
        output. This field is required. Required. Allowed: one of '1:1', '2:3', '3:2', '16:9', '9:16'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine-image-2-0/text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "16:9", "9:16"] | str,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"prompt": prompt, "aspect_ratio": aspect_ratio}, extra_input=extra_input, **kwargs)


class KieGrokImagineImageToImageOperator(KieModelOperator):
    """
    Grok Imagine - image to image

    Runs kie.ai model ``grok-imagine/image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description specifying the desired content or style of the generated image. (Max length:
        390000 characters). Optional. Allowed: a string of at most 390000 characters.
    :param image_urls: An array containing up to 1 URL string pointing to reference images. (Use file URLs after upload,
        not raw file content. Accepted types: image/jpeg, image/png, image/webp. Max size: 10.0MB per image.) In your
        prompt, reference the uploaded image by typing @image(n) followed by a space (for example: @. Required. Allowed:
        a list of 1 to 5 http(s) URLs of files of type image/jpeg, image/png, image/webp. Max size.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine/image-to-image"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGrokImagineImageToVideoOperator(KieModelOperator):
    """
    Grok Imagine Image to Video

    Runs kie.ai model ``grok-imagine/image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_urls: Provide an external image URL as a reference for video generation. Up to 7 images are supported.
        Do not use it simultaneously with task_id. In your prompt, reference an uploaded image by typing @image(n)
        followed by a space (for example: @image1 a sunset over the ocean). - Supports JPEG, PNG, and WE. Optional.
        Allowed: a list of 1 to 7 http(s) URLs.
    :param source_task_id: Task ID from a previously generated Grok image. Use with index to select a specific image. Do
        not use with image_urls. - Use task ID from grok-imagine/text-to-image generations - Supports all modes
        including Spicy - Maximum length: 100 characters. Optional (``task_id`` on the wire). Allowed: a string of at
        most 100 characters.
    :param index: When using task_id, specify which image to use (Grok generates 6 images per task). Only works with
        task_id. - 0-based index (0-5) - Ignored if image_urls is provided - Default: 0. Optional. Allowed: an integer
        from 0 to 5. kie.ai's default: 0.
    :param prompt: Text prompt describing the desired video motion. Optional field. - Should be detailed and specific
        about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details
        about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Su. Optional. Allowed: a
        string.
    :param mode: Specifies the generation mode affecting the style and intensity of motion. Note: Spicy mode is not
        available for external image inputs. - **fun**: More creative and playful interpretation - **normal**: Balanced
        approach with good motion quality - **spicy**: More dynamic and intense motion effects (n. Optional. Allowed:
        one of 'fun', 'normal', 'spicy'. kie.ai's default: 'normal'.
    :param duration: The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1).
        Optional. Allowed: a string.
    :param resolution: The resolution of the generated video. Optional. Allowed: one of '480p', '720p', '1080p'.
        kie.ai's default: '480p'.
    :param aspect_ratio: Image ratio selection only applies to multi-image generation mode. In single-image mode, the
        video width and height are referenced to the image width and height. Optional. Allowed: one of '2:3', '3:2',
        '1:1', '16:9', '9:16'. kie.ai's default: '16:9'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine/image-to-video"]

    def __init__(
        self,
        *,
        image_urls: Sequence[FileInput] | str | None = None,
        source_task_id: str | None = None,
        index: int | str | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | str | None = None,
        duration: str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_urls": image_urls,
                "task_id": source_task_id,
                "index": index,
                "prompt": prompt,
                "mode": mode,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGrokImagineTextToImageOperator(KieModelOperator):
    """
    Grok Imagine text-to-image.

    Runs kie.ai model ``grok-imagine/text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired image. Required field. - Should be detailed and specific about the
        desired visual elements - Describe composition, style, lighting, mood, and other visual details - Maximum
        length: 5000 characters - Supports English language prompts. Required. Allowed: a string of at most 5000
        characters.
    :param aspect_ratio: Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the
        output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**:
        Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 1:1. Optional. Allowed: one
        of '2:3', '3:2', '1:1', '16:9', '9:16'.
    :param enable_pro: Controls the request processing strategy. - `false`: Corresponds to **speed mode**. The system
        prioritizes response time and throughput, suitable for latency-sensitive scenarios. - `true`: Corresponds to
        **quality mode**. The system prioritizes processing quality and precision, suitable for scenario. Optional.
        Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine/text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | str | None = None,
        enable_pro: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "enable_pro": enable_pro,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGrokImagineTextToVideoOperator(KieModelOperator):
    """
    Grok Imagine text-to-video.

    Runs kie.ai model ``grok-imagine/text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired video motion. Required field. - Should be detailed and specific
        about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details
        about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Su. Required. Allowed: a
        string of at most 5000 characters.
    :param aspect_ratio: Specifies the width-to-height ratio of the generated video. Controls the aspect ratio of the
        output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**:
        Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 2:3. Optional. Allowed: one
        of '2:3', '3:2', '1:1', '16:9', '9:16'. kie.ai's default: '2:3'.
    :param mode: Specifies the generation mode affecting the style and intensity of motion. - **fun**: More creative and
        playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and
        intense motion effects Default: normal. Optional. Allowed: one of 'fun', 'normal', 'spicy'. kie.ai's default:
        'normal'.
    :param duration: The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1).
        Optional. Allowed: a number from 6 to 30.
    :param resolution: The resolution of the generated video. Optional. Allowed: one of '480p', '720p', '1080p'.
        kie.ai's default: '480p'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | str | None = None,
        mode: Literal["fun", "normal", "spicy"] | str | None = None,
        duration: float | str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieGrokImagineUpscaleOperator(KieModelOperator):
    """
    Grok Imagine - Video Upscale

    Runs kie.ai model ``grok-imagine/upscale`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/upscale); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param source_task_id: Task ID from a previously successful video generation task. Required field. - Must be from a
        Kie AI video generation model (e.g., grok-imagine/text-to-video) - The original video generation must have
        completed successfully - Only Kie AI–generated task IDs are supported. Required (``task_id`` on the wire).
        Allowed: a string of at most 100 characters.
    :param resolution: Video generation resolution. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '720p'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine/upscale"]

    def __init__(
        self,
        *,
        source_task_id: str,
        resolution: Literal["720p", "1080p"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "task_id": source_task_id,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieGrokImagineVideo15PreviewOperator(KieModelOperator):
    """
    Grok Imagine Video 1.5 Preview

    Runs kie.ai model ``grok-imagine-video-1-5-preview`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/grok-imagine/1-5-preview); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Prompt for video generation. Maximum length: 4096 characters. Optional. Allowed: a string of at most
        4096 characters.
    :param image_urls: Upload image files to be used as API input. Supported file types: image/jpeg, image/png,
        image/webp, image/jpg. Maximum file size: 20MB. Supports multi-file upload, up to 7 file.Only one is supported
        when the resolution is 1080p. Optional. Allowed: a list of 1 to 7 http(s) URLs.
    :param aspect_ratio: The aspect ratio of the video. This parameter is invalid if it is a single image. Optional.
        Allowed: one of '1:1', '16:9', '9:16', '3:2', '2:3', 'auto'. kie.ai's default: 'auto'.
    :param resolution: Resolution for video generation. Optional. Allowed: one of '480p', '720p', '1080p'. kie.ai's
        default: '480p'.
    :param duration: Video duration in seconds. Range: [1, 15]. Default: 8. Minimum: 1. Maximum: 15. Step: 1. Optional.
        Allowed: an integer from 1 to 15. kie.ai's default: 8.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["grok-imagine-video-1-5-preview"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:2", "2:3", "auto"] | str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        duration: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHailuo02ImageToVideoProOperator(KieModelOperator):
    """
    Hailuo Pro Image to Video

    Runs kie.ai model ``hailuo/02-image-to-video-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/02-image-to-video-pro); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired video animation (Max length: 1500 characters). Required. Allowed:
        a string of at most 1500 characters.
    :param image_url: Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg,
        image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png, image/webp.
    :param end_image_url: Optional URL of the image to use as the last frame of the video (File URL after upload, not
        file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Optional. Allowed: an
        http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param prompt_optimizer: Whether to use the model's prompt optimizer (Boolean value (true/false)). Optional.
        Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/02-image-to-video-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None = None,
        prompt_optimizer: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt_optimizer": prompt_optimizer,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHailuo02ImageToVideoStandardOperator(KieModelOperator):
    """
    Hailuo 02 Standard image-to-video.

    Runs kie.ai model ``hailuo/02-image-to-video-standard`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/02-image-to-video-standard); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing the video to generate (Max length: 1500 characters). Required. Allowed: a
        string of at most 1500 characters.
    :param image_url: The URL of the image to use as the first frame of the video (File URL after upload, not file
        content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL
        of a file of type image/jpeg, image/png, image/webp.
    :param end_image_url: Optional URL of the image to use as the last frame of the video (File URL after upload, not
        file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Optional. Allowed: an
        http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
        Optional. Allowed: one of '6', '10'. kie.ai's default: '10'.
    :param resolution: The resolution of the generated video. Optional. Allowed: one of '512P', '768P'. kie.ai's
        default: '768P'.
    :param prompt_optimizer: Whether to use the model's prompt optimizer (Boolean value (true/false)). Optional.
        Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/02-image-to-video-standard"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None = None,
        duration: Literal["6", "10"] | str | None = None,
        resolution: Literal["512P", "768P"] | str | None = None,
        prompt_optimizer: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
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
    :param prompt_optimizer: Whether to use the model's prompt optimizer (Boolean value (true/false)). Optional.
        Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/02-text-to-video-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHailuo02TextToVideoStandardOperator(KieModelOperator):
    """
    Hailuo Standard Text to Video

    Runs kie.ai model ``hailuo/02-text-to-video-standard`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/02-text-to-video-standard); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text description for video generation (Max length: 1500 characters). Required. Allowed: a string of
        at most 1500 characters.
    :param duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
        Optional. Allowed: one of '6', '10'. kie.ai's default: '6'.
    :param prompt_optimizer: Whether to use the model's prompt optimizer (Boolean value (true/false)). Optional.
        Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/02-text-to-video-standard"]

    def __init__(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | str | None = None,
        prompt_optimizer: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHailuo23ImageToVideoProOperator(KieModelOperator):
    """
    Hailuo 2.3 Pro image-to-video.

    Runs kie.ai model ``hailuo/2-3-image-to-video-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/2-3-image-to-video-pro); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired video animation (Max length: 5000 characters). Required. Allowed:
        a string of at most 5000 characters.
    :param image_url: Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg,
        image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png, image/webp.
    :param duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
        Optional. Allowed: one of '6', '10'. kie.ai's default: '6'.
    :param resolution: The resolution of the generated video. Optional. Allowed: one of '768P', '1080P'. kie.ai's
        default: '768P'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/2-3-image-to-video-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | str | None = None,
        resolution: Literal["768P", "1080P"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieHailuo23ImageToVideoStandardOperator(KieModelOperator):
    """
    Hailuo 2.3 Standard image-to-video.

    Runs kie.ai model ``hailuo/2-3-image-to-video-standard`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/hailuo/2-3-image-to-video-standard); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired video animation (Max length: 5000 characters). Required. Allowed:
        a string of at most 5000 characters.
    :param image_url: Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg,
        image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png, image/webp.
    :param duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
        Optional. Allowed: one of '6', '10'. kie.ai's default: '6'.
    :param resolution: The resolution of the generated video. Optional. Allowed: one of '768P', '1080P'. kie.ai's
        default: '768P'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["hailuo/2-3-image-to-video-standard"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | str | None = None,
        resolution: Literal["768P", "1080P"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieHappyhorse11ImageToVideoOperator(KieModelOperator):
    """
    HappyHorse-1-1 image-to-video

    Runs kie.ai model ``happyhorse-1-1/image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/happyhorse-1-1/image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Describes the video content to generate. Supports any language. Maximum: 5,000 non-Chinese characters
        or 2,500 Chinese. Optional. Allowed: a string of at most 5000 characters.
    :param image_urls: The URL of the first frame image. Image constraints: 1. Formats: JPEG, JPG, PNG, WEBP. 2.
        Resolution: Width and height must both be at least 300 pixels. 3. Aspect ratio: Between 1:2.5 and 2.5:1. 4. File
        size: Up to 20 MB. Required. Allowed: a list of 1 to 1 http(s) URLs.
    :param resolution: The resolution of the generated video. Options: 720p; 1080p. Optional. Allowed: one of '720p',
        '1080p'. kie.ai's default: '1080p'.
    :param duration: The duration of the generated video, in seconds. The value must be an integer in the range [3, 15].
        Default: 5. Optional. Allowed: a number from 3 to 15. kie.ai's default: 5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["happyhorse-1-1/image-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str,
        resolution: Literal["720p", "1080p"] | str | None = None,
        duration: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "resolution": resolution,
                "duration": duration,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHappyhorse11ReferenceToVideoOperator(KieModelOperator):
    """
    HappyHorse-1-1 reference-to-video

    Runs kie.ai model ``happyhorse-1-1/reference-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/happyhorse-1-1/reference-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A description of the desired elements and visual style for the generated video. Input in any language
        is supported. The length is limited to 5,000 non-Chinese characters or 2,500 Chinese characters. Content
        exceeding this limit is automatically truncated. Image referencing: In the prompt, use "[Imag. Required.
        Allowed: a string of at most 5000 characters.
    :param reference_image: The URL of a reference image. Image requirements: 1. Formats: JPEG, JPG, PNG, WEBP. 2.
        Resolution: The shortest side must be at least 400 pixels. A clear image with a resolution of 720P or higher is
        recommended. Avoid using images that are too small, blurry, or overly compressed, as this can degrade. Required.
        Allowed: a list of 1 to 9 http(s) URLs.
    :param resolution: The resolution tier of the generated video. Options: 720p; 1080p. Optional. Allowed: one of
        '720p', '1080p'. kie.ai's default: '1080p'.
    :param aspect_ratio: The aspect ratio of the generated video. Options: 16:9; 9:16; 3:4; 4:3; 4:5; 5:4; 1:1; 9:21;
        21:9. Optional. Allowed: one of '16:9', '9:16', '3:4', '4:3', '4:5', '5:4', '1:1', '9:21', '21:9'. kie.ai's
        default: '16:9'.
    :param duration: The duration of the generated video, in seconds. Value range: An integer from 3 to 15. Optional.
        Allowed: a number from 3 to 15. kie.ai's default: 5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["happyhorse-1-1/reference-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        reference_image: Sequence[FileInput] | str,
        resolution: Literal["720p", "1080p"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "3:4", "4:3", "4:5", "5:4", "1:1", "9:21", "21:9"] | str | None = None,
        duration: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "reference_image": reference_image,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHappyhorse11TextToVideoOperator(KieModelOperator):
    """
    HappyHorse-1-1 text-to-video

    Runs kie.ai model ``happyhorse-1-1/text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/happyhorse-1-1/text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text description of the video to generate. Supports any language. Maximum 5,000 non-Chinese
        characters or 2,500 Chinese. Required. Allowed: a string of at most 4999 characters.
    :param resolution: Output video resolution. Options: 720p; 1080p. Optional. Allowed: one of '720p', '1080p'.
        kie.ai's default: '1080p'.
    :param aspect_ratio: Output video aspect ratio. Options: 16:9; 9:16; 1:1; 4:3; 3:4; 4:5; 5:4; 9:21; 21:9. Optional.
        Allowed: one of '16:9', '9:16', '1:1', '4:3', '3:4', '4:5', '5:4', '9:21', '21:9'. kie.ai's default: '16:9'.
    :param duration: Output video duration in seconds. Optional. Allowed: a number from 3 to 15. kie.ai's default: 5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["happyhorse-1-1/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] | str | None = None,
        duration: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHappyhorseImageToVideoOperator(KieModelOperator):
    """
    HappyHorse - image-to-video

    Runs kie.ai model ``happyhorse/image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/happyhorse/image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or
        2,500 Chinese characters; extra content is truncated. Optional. Allowed: a string of at most 5000 characters.
    :param image_urls: First-frame image URL list. Exactly one image is required. Image constraints: Format: JPEG, JPG,
        PNG, WEBP. Resolution: Width and height must be at least 300 pixels. Aspect ratio: 1:2.5 to 2.5:1. File size: Up
        to 10 MB. Required. Allowed: a list of 1 to 1 http(s) URLs.
    :param resolution: Output video resolution. Valid values: 720P, 1080P (default). Optional. Allowed: one of '720p',
        '1080p'. kie.ai's default: '1080p'.
    :param duration: Output duration in seconds. Must be between 3 and 15. Defaults to 5. Optional. Allowed: an integer
        from 3 to 15. kie.ai's default: 5.
    :param seed: Random seed for reproducibility (if supported). Optional. Allowed: an integer from 0 to 2.14748e+09.
        kie.ai's default: 0.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["happyhorse/image-to-video"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[FileInput] | str,
        resolution: Literal["720p", "1080p"] | str | None = None,
        duration: int | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHappyhorseReferenceToVideoOperator(KieModelOperator):
    """
    HappyHorse - reference-to-video

    Runs kie.ai model ``happyhorse/reference-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/happyhorse/reference-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or
        2,500 Chinese characters; extra content is truncated. Required. Allowed: a string of at most 5000 characters.
    :param reference_image: Reference image URL list. Provide 1–9 images. The order defines which image is character1,
        character2, etc. Image limits: Format: JPEG, JPG, PNG, and WEBP. Resolution: shortest side at least 400 px. 720P
        or higher recommended. Avoid small, blurry, or heavily compressed images, as they degrade output. Required.
        Allowed: a list of up to 9 strings.
    :param resolution: Output video resolution. Valid values: 720P, 1080P (default). Optional. Allowed: one of '720p',
        '1080p'. kie.ai's default: '1080p'.
    :param aspect_ratio: Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4. Optional. Allowed: one
        of '16:9', '9:16', '1:1', '4:3', '3:4'. kie.ai's default: '16:9'.
    :param duration: Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5. Optional. Allowed:
        an integer from 3 to 15. kie.ai's default: 5.
    :param seed: Random seed for reproducibility (if supported). Optional. Allowed: an integer from 0 to 2.14748e+09.
        kie.ai's default: 0.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["happyhorse/reference-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        reference_image: Sequence[str] | str,
        resolution: Literal["720p", "1080p"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | str | None = None,
        duration: int | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "reference_image": reference_image,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHappyhorseTextToVideoOperator(KieModelOperator):
    """
    HappyHorse - text-to-video

    Runs kie.ai model ``happyhorse/text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/happyhorse/text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or
        2,500 Chinese characters; extra content is truncated. Required. Allowed: a string of at most 5000 characters.
    :param resolution: Output video resolution. Valid values: 720P, 1080P (default). Optional. Allowed: one of '720p',
        '1080p'. kie.ai's default: '1080p'.
    :param aspect_ratio: Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4. Optional. Allowed: one
        of '16:9', '9:16', '1:1', '4:3', '3:4'. kie.ai's default: '16:9'.
    :param duration: Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5. Optional. Allowed:
        an integer from 3 to 15. kie.ai's default: 5.
    :param seed: Random seed for reproducibility (if supported). Optional. Allowed: an integer from 0 to 2.14748e+09.
        kie.ai's default: 0.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["happyhorse/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | str | None = None,
        duration: int | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieHappyhorseVideoEditOperator(KieModelOperator):
    """
    HappyHorse - video-edit

    Runs kie.ai model ``happyhorse/video-edit`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/happyhorse/video-edit); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Required edit instruction describing the intended change (e.g., style transfer / local replacement).
        Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated. Required. Allowed: a
        string of at most 5000 characters.
    :param video_url: Input video URL list. Exactly one video is required. Video requirements: Format: MP4, MOV (H.264
        encoding recommended). Duration: 3–60 seconds. Resolution: the longer side must not exceed 2,160 px; the shorter
        side must be at least 320 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 100 MB. Frame ra. Required. Allowed:
        an http(s) URL.
    :param reference_image: Optional reference image URL list (0–5). Image requirements: Format: JPEG, JPG, PNG, WEBP.
        Resolution: both width and height must be at least 300 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 10 MB.
        Optional. Allowed: a list of up to 5 strings.
    :param resolution: Output video resolution. Valid values: 720P, 1080P (default). Optional. Allowed: one of '720p',
        '1080p'. kie.ai's default: '1080p'.
    :param audio_setting: Audio handling strategy for the output video. Optional. Allowed: one of 'auto', 'origin'.
        kie.ai's default: 'auto'.
    :param seed: Random seed for reproducibility (if supported). Optional. Allowed: an integer from 0 to 2.14748e+09.
        kie.ai's default: 0.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["happyhorse/video-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image: Sequence[str] | str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        audio_setting: Literal["auto", "origin"] | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "video_url": video_url,
                "reference_image": reference_image,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieIdeogramCharacterEditOperator(KieModelOperator):
    """
    Ideogram - Character Edit

    Runs kie.ai model ``ideogram/character-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/ideogram/character-edit); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to fill the masked part of the image. (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param image_url: The image URL to generate an image from. Needs to match the dimensions of the mask. (File URL
        after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required.
        Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input image. (File URL
        after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required.
        Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param reference_image_urls: A set of images to use as character references. Currently only 1 image is supported,
        rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG,
        PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, imag.
        Required. Allowed: a list of 1 or more http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param rendering_speed: The rendering speed to use. Default value: "BALANCED". Optional. Allowed: one of 'TURBO',
        'BALANCED', 'QUALITY'. kie.ai's default: 'BALANCED'.
    :param style: The style type to generate with. Cannot be used with style_codes. Default value: "AUTO". Optional.
        Allowed: one of 'AUTO', 'REALISTIC', 'FICTION'. kie.ai's default: 'AUTO'.
    :param expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: true
        (Boolean value (true/false)). Optional. Allowed: true or false.
    :param num_images: Select description. Optional. Allowed: one of '1', '2', '3', '4'. kie.ai's default: '1'.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/character-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: Sequence[FileInput] | str,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | str | None = None,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | str | None = None,
        expand_prompt: bool | str | None = None,
        num_images: Literal["1", "2", "3", "4"] | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "reference_image_urls": reference_image_urls,
                "rendering_speed": rendering_speed,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieIdeogramCharacterOperator(KieModelOperator):
    """
    Ideogram - Character

    Runs kie.ai model ``ideogram/character`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/ideogram/character); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to fill the masked part of the image. (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param reference_image_urls: A set of images to use as character references. Currently only 1 image is supported,
        rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG,
        PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, imag.
        Required. Allowed: a list of 1 or more http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param rendering_speed: The rendering speed to use. Default value: "BALANCED". Optional. Allowed: one of 'TURBO',
        'BALANCED', 'QUALITY'. kie.ai's default: 'BALANCED'.
    :param style: The style type to generate with. Cannot be used with style_codes. Default value: "AUTO". Optional.
        Allowed: one of 'AUTO', 'REALISTIC', 'FICTION'. kie.ai's default: 'AUTO'.
    :param expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: true
        (Boolean value (true/false)). Optional. Allowed: true or false.
    :param num_images: Select description. Optional. Allowed: one of '1', '2', '3', '4'. kie.ai's default: '1'.
    :param image_size: The resolution of the generated image Default value: square_hd. Optional. Allowed: one of
        'square', 'square_hd', 'portrait_4_3', 'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. kie.ai's default:
        'square_hd'.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param negative_prompt: Description of what to exclude from an image. Descriptions in the prompt take precedence to
        descriptions in the negative prompt. Default value: "" (Max length: 5000 characters). Optional. Allowed: a
        string of at most 5000 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/character"]

    def __init__(
        self,
        *,
        prompt: str,
        reference_image_urls: Sequence[FileInput] | str,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | str | None = None,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | str | None = None,
        expand_prompt: bool | str | None = None,
        num_images: Literal["1", "2", "3", "4"] | str | None = None,
        image_size: Literal["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]
        | str
        | None = None,
        seed: int | str | None = None,
        negative_prompt: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "rendering_speed": rendering_speed,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "seed": seed,
                "negative_prompt": negative_prompt,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieIdeogramCharacterRemixOperator(KieModelOperator):
    """
    Ideogram - Character Remix

    Runs kie.ai model ``ideogram/character-remix`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/ideogram/character-remix); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to remix the image with (Max length: 5000 characters). Required. Allowed: a string of at
        most 5000 characters.
    :param image_url: The image URL to remix (File URL after upload, not file content; Accepted types: image/jpeg,
        image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png, image/webp.
    :param reference_image_urls: A set of images to use as character references. Currently only 1 image is supported,
        rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG,
        PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, imag.
        Required. Allowed: a list of 1 or more http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param rendering_speed: The rendering speed to use. Default value: "BALANCED". Optional. Allowed: one of 'TURBO',
        'BALANCED', 'QUALITY'. kie.ai's default: 'BALANCED'.
    :param style: The style type to generate with. Cannot be used with style_codes. Default value: "AUTO". Optional.
        Allowed: one of 'AUTO', 'REALISTIC', 'FICTION'. kie.ai's default: 'AUTO'.
    :param expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: true
        (Boolean value (true/false)). Optional. Allowed: true or false.
    :param image_size: Select description. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. kie.ai's default: 'square_hd'.
    :param num_images: Select description. Optional. Allowed: one of '1', '2', '3', '4'. kie.ai's default: '1'.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param strength: Strength of the input image in the remix Default value: 0.8 (Min: 0.1, Max: 1, Step: 0.1) (step:
        0.1). Optional. Allowed: a number from 0.1 to 1. kie.ai's default: 0.8.
    :param negative_prompt: Description of what to exclude from an image. Descriptions in the prompt take precedence to
        descriptions in the negative prompt. Default value: "" (Max length: 500 characters). Optional. Allowed: a string
        of at most 500 characters.
    :param image_urls: A set of images to use as style references (maximum total size 10MB across all style references).
        The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types:
        image/jpeg, image/png, image/webp; Max size: 10.0MB). Optional. Allowed: a list of 1 or more http(s) URLs of
        files of type image/jpeg, image/png, image/webp.
    :param reference_mask_urls: A set of masks to apply to the character references. Currently only 1 mask is supported,
        rest will be ignored. (maximum total size 10MB across all character references). The masks should be in JPEG,
        PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, i. Optional.
        Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/character-remix"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        reference_image_urls: Sequence[FileInput] | str,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | str | None = None,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | str | None = None,
        expand_prompt: bool | str | None = None,
        image_size: Literal["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]
        | str
        | None = None,
        num_images: Literal["1", "2", "3", "4"] | str | None = None,
        seed: int | str | None = None,
        strength: float | str | None = None,
        negative_prompt: str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        reference_mask_urls: FileInput | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_urls": reference_image_urls,
                "rendering_speed": rendering_speed,
                "style": style,
                "expand_prompt": expand_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "image_urls": image_urls,
                "reference_mask_urls": reference_mask_urls,
            },
            extra_input=extra_input,
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
    :param image_url: The image URL to generate an image from. Needs to match the dimensions of the mask. - Please
        provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`,
        `image/webp` - Max size: 10.0MB. Required. Allowed: an http(s) URL.
    :param mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input image. - Please
        provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`,
        `image/webp` - Max size: 10.0MB. Required. Allowed: an http(s) URL.
    :param rendering_speed: The rendering speed to use. Default value: `BALANCED`. - `TURBO`: Turbo - `BALANCED`:
        Balanced - `QUALITY`: Quality. Optional. Allowed: one of 'TURBO', 'BALANCED', 'QUALITY'. kie.ai's default:
        'BALANCED'.
    :param expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value:
        `true`. - Boolean value: `true` / `false`. Optional. Allowed: true or false. kie.ai's default: True.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/v3-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | str | None = None,
        expand_prompt: bool | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
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
    :param image_url: The image URL to remix. - Please provide the URL of the uploaded file, not raw file content -
        Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB. Required. Allowed: an http(s) URL.
    :param rendering_speed: The rendering speed to use. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality.
        Optional. Allowed: one of 'TURBO', 'BALANCED', 'QUALITY'.
    :param style: The style type to generate with. Cannot be used together with `style_codes`. - `AUTO`: Auto -
        `GENERAL`: General - `REALISTIC`: Realistic - `DESIGN`: Design. Optional. Allowed: one of 'AUTO', 'GENERAL',
        'REALISTIC', 'DESIGN'.
    :param expand_prompt: Determine if MagicPrompt should be used in generating the request or not. - Boolean value:
        `true` / `false`. Optional. Allowed: true or false.
    :param image_size: The resolution of the generated image. - `square`: Square - `square_hd`: Square HD -
        `portrait_4_3`: Portrait 3:4 - `portrait_16_9`: Portrait 9:16 - `landscape_4_3`: Landscape 4:3 -
        `landscape_16_9`: Landscape 16:9. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_16_9', 'landscape_4_3', 'landscape_16_9'.
    :param num_images: Number of images to generate. - `1`: 1 image - `2`: 2 images - `3`: 3 images - `4`: 4 images.
        Optional. Allowed: one of '1', '2', '3', '4'.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param strength: Strength of the input image in the remix. - Minimum: `0.01` - Maximum: `1` - Step: `0.01`.
        Optional. Allowed: a number from 0.01 to 1.
    :param negative_prompt: Description of what to exclude from the generated image. If the positive prompt conflicts
        with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters. Optional.
        Allowed: a string of at most 5000 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/v3-remix"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | str | None = None,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | str | None = None,
        expand_prompt: bool | str | None = None,
        image_size: Literal["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]
        | str
        | None = None,
        num_images: Literal["1", "2", "3", "4"] | str | None = None,
        seed: int | str | None = None,
        strength: float | str | None = None,
        negative_prompt: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
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
    :param rendering_speed: The rendering speed to use. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality.
        Optional. Allowed: one of 'TURBO', 'BALANCED', 'QUALITY'.
    :param style: The style type to generate with. Cannot be used together with `style_codes`. - `AUTO`: Auto -
        `GENERAL`: General - `REALISTIC`: Realistic - `DESIGN`: Design. Optional. Allowed: one of 'AUTO', 'GENERAL',
        'REALISTIC', 'DESIGN'.
    :param expand_prompt: Determines whether MagicPrompt should be used to enhance the generation request. - Boolean
        value: `true` / `false`. Optional. Allowed: true or false.
    :param image_size: The resolution of the generated image. - `square`: Square - `square_hd`: Square HD -
        `portrait_4_3`: Portrait 3:4 - `portrait_16_9`: Portrait 9:16 - `landscape_4_3`: Landscape 4:3 -
        `landscape_16_9`: Landscape 16:9. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_16_9', 'landscape_4_3', 'landscape_16_9'.
    :param seed: Seed for the random number generator. Optional. Allowed: an integer.
    :param negative_prompt: Description of what to exclude from the generated image. If the positive prompt conflicts
        with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters. Optional.
        Allowed: a string of at most 5000 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["ideogram/v3-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | str | None = None,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | str | None = None,
        expand_prompt: bool | str | None = None,
        image_size: Literal["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]
        | str
        | None = None,
        seed: int | str | None = None,
        negative_prompt: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
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
    :param negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters).
        Optional. Allowed: a string of at most 5000 characters.
    :param aspect_ratio: The aspect ratio of the generated image. Optional. Allowed: one of '1:1', '16:9', '9:16',
        '3:4', '4:3', 'auto'. kie.ai's default: '16:9'.
    :param seed: Random seed for reproducible generation. Optional. Allowed: an integer.
    :param num_images: Number of images ('Select description' on page) - only in the verbatim page version. Optional.
        Allowed: one of '1', '2', '3', '4'. kie.ai's default: '1'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/imagen4-fast"]

    def __init__(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | str | None = None,
        seed: int | str | None = None,
        num_images: Literal["1", "2", "3", "4"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_images": num_images,
            },
            extra_input=extra_input,
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
    :param negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters).
        Optional. Allowed: a string of at most 5000 characters.
    :param aspect_ratio: The aspect ratio of the generated image. Optional. Allowed: one of '1:1', '16:9', '9:16',
        '3:4', '4:3', 'auto'. kie.ai's default: '1:1'.
    :param seed: Random seed for reproducible generation (Max length: 500 characters). Optional. Allowed: a string of at
        most 500 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/imagen4"]

    def __init__(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | str | None = None,
        seed: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            },
            extra_input=extra_input,
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
    :param negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters).
        Optional. Allowed: a string of at most 5000 characters.
    :param aspect_ratio: The aspect ratio of the generated image. Optional. Allowed: one of '1:1', '16:9', '9:16',
        '3:4', '4:3', 'auto'. kie.ai's default: '1:1'.
    :param seed: Random seed for reproducible generation (Max length: 500 characters). Optional. Allowed: a string of at
        most 500 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/imagen4-ultra"]

    def __init__(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | str | None = None,
        seed: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieInfinitalkFromAudioOperator(KieModelOperator):
    """
    Infinitalk - From Audio

    Runs kie.ai model ``infinitalk/from-audio`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/infinitalk/from-audio); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized
        and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp;
        Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param audio_url: The URL of the audio file. (File URL after upload, not file content; Accepted types: audio/mpeg,
        audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB). Required. Allowed: an http(s) URL of
        a file of type audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg.
    :param prompt: The text prompt to guide video generation. (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param resolution: Resolution of the video to generate. Must be either 480p or 720p. Optional. Allowed: one of
        '480p', '720p'. kie.ai's default: '480p'.
    :param seed: Random seed for reproducibility. Valid range is 10000 to 1000000. Optional. Allowed: a number.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["infinitalk/from-audio"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        resolution: Literal["480p", "720p"] | str | None = None,
        seed: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "resolution": resolution,
                "seed": seed,
            },
            extra_input=extra_input,
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
    :param image_urls: Image URLs for video generation. (Uploaded file URLs, not file content; supported types:
        image/jpeg, image/png; maximum file size: 10.0MB). Required. Allowed: a list of 1 to 1 http(s) URLs of files of
        type image/jpeg, image/png.
    :param sound: This parameter specifies whether the generated video contains sound (boolean: true/false). Required.
        Allowed: true or false.
    :param duration: Video duration (unit: seconds). Optional. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-2.6/image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        sound: bool | str,
        duration: Literal["5", "10"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "sound": sound,
                "duration": duration,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKling26MotionControlOperator(KieModelOperator):
    """
    Kling 2.6 motion-control

    Runs kie.ai model ``kling-2.6/motion-control`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/motion-control); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the desired output. Maximum length is 2500 characters. (Max length: 2500
        characters). Optional. Allowed: a string of at most 2500 characters.
    :param input_urls: An array containing a single image URL. The photo must clearly show the subject's head,
        shoulders, and torso. (File URL after upload, not file content; Accepted types: image/jpeg, image/png,
        image/jpg; Max size: 10.0MB,size needs to be greater than 300px, aspect ratio 2:5 to 5:2.). Required. Allowed: a
        list of 1 to 1 http(s) URLs of files of type image/jpeg, image/png, image/jpg.
    :param video_urls: An array containing a single video URL. The duration must be between 3 to 30 seconds, and the
        video must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content;
        Accepted types: video/mp4, video/quicktime; Max size: 100.0MB). Required. Allowed: a list of 1 to 1 http(s) URLs
        of files of type video/mp4, video/quicktime.
    :param character_orientation: Generate the orientation of the characters in the video. 'image': same orientation as
        the person in the picture (max 10s video). 'video': consistent with the orientation of the characters in the
        video (max 30s video). Optional. Allowed: one of 'image', 'video'. kie.ai's default: 'video'.
    :param mode: Output resolution mode. Use 'std' for 720p or 'pro' for 1080p. Optional. Allowed: one of '720p',
        '1080p'. kie.ai's default: '720p'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-2.6/motion-control"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        input_urls: Sequence[FileInput] | str,
        video_urls: Sequence[FileInput] | str,
        character_orientation: Literal["image", "video"] | str | None = None,
        mode: Literal["720p", "1080p"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "input_urls": input_urls,
                "video_urls": video_urls,
                "character_orientation": character_orientation,
                "mode": mode,
            },
            extra_input=extra_input,
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
    :param sound: This parameter specifies whether the generated video contains sound (boolean: true/false). Required.
        Allowed: true or false.
    :param aspect_ratio: This parameter defines the video aspect ratio. Optional. Allowed: one of '1:1', '16:9', '9:16'.
        kie.ai's default: '1:1'.
    :param duration: Video duration (unit: seconds). Optional. Allowed: one of '5', '10'. kie.ai's default: '5'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-2.6/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        sound: bool | str,
        aspect_ratio: Literal["1:1", "16:9", "9:16"] | str | None = None,
        duration: Literal["5", "10"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "sound": sound,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKling30MotionControlOperator(KieModelOperator):
    """
    Kling-3.0 motion-control

    Runs kie.ai model ``kling-3.0/motion-control`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/motion-control-v3); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: (Optional) Text prompt words, used to guide the generation of animation content. Can be empty or 0 -
        2500 characters long. Optional. Allowed: a string.
    :param input_urls: (Required) Include a URL of an image. Required. Allowed: a list of 1 or more http(s) URLs.
    :param video_urls: (Required) Include a video URL. Required. Allowed: a list of 1 or more http(s) URLs.
    :param mode: (Optional) Video Quality Mode. std: Standard Mode (720p). pro: Professional Mode (1080p). Optional.
        Allowed: a string.
    :param character_orientation: (Optional) Reference source for character orientation. video: Refer to video
        (recommended); image: Refer to image. Default value: video. Optional. Allowed: a string.
    :param background_source: (Optional) Background source. input_video: Use video background; input_image: Use image
        background. Default value: input_video. Optional. Allowed: a string.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-3.0/motion-control"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        input_urls: Sequence[FileInput] | str,
        video_urls: Sequence[FileInput] | str,
        mode: str | None = None,
        character_orientation: str | None = None,
        background_source: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "input_urls": input_urls,
                "video_urls": video_urls,
                "mode": mode,
                "character_orientation": character_orientation,
                "background_source": background_source,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKling30OmniImageToVideoOperator(KieModelOperator):
    """
    Kling 3.0 Omni  Image To Video

    Runs kie.ai model ``kling-3.0-omni/image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v3-omni-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param aspect_ratio: Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode
        is enabled through `customize_multi_shots`; otherwise, use `auto`. Optional. Allowed: one of '16:9', '9:16',
        '1:1', 'auto'. kie.ai's default: 'auto'.
    :param audio: Whether to enable audio. Passing this value explicitly is recommended. `true` enables audio; `false`
        disables audio. Optional. Allowed: true or false.
    :param customize_multi_shots: Whether to enable multiple shots. Passing this value explicitly is recommended.
        Optional. Allowed: true or false.
    :param duration: Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3
        to 15. Optional. Allowed: one of 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15. kie.ai's default: 5.
    :param elements: List of one-time subject assets. The default is an empty array, with up to 3 subjects. The subject
        is automatically identified as a multi-image subject or video character subject based on `element_input_urls`.
        Optional. Allowed: a list of up to 3 items.
    :param image_urls: Array of first-frame image URLs. Exactly 1 image is required. HTTP, HTTPS, and OSS URLs are
        supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height
        must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5. Required. Allowed: a list of 1 to 2
        http(s) URLs.
    :param multi_prompt: List of custom shots. When `customize_multi_shots=true`, this field is required and may contain
        up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted. Optional. Allowed: a
        list of up to 6 items.
    :param prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with
        `customize_multi_shots`. Optional. Allowed: true or false.
    :param prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum
        length: 3,072 characters. Required. Allowed: a string of at most 3072 characters.
    :param resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a
        4K video. Optional. Allowed: one of '720p', '1080p', '4k'. kie.ai's default: '720p'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-3.0-omni/image-to-video"]

    def __init__(
        self,
        *,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | str | None = None,
        audio: bool | str | None = None,
        customize_multi_shots: bool | str | None = None,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | int | str | None = None,
        elements: Sequence[Any] | str | None = None,
        image_urls: Sequence[FileInput] | str,
        multi_prompt: Sequence[Any] | str | None = None,
        prefer_multi_shots: bool | str | None = None,
        prompt: str,
        resolution: Literal["720p", "1080p", "4k"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "aspect_ratio": aspect_ratio,
                "audio": audio,
                "customize_multi_shots": customize_multi_shots,
                "duration": duration,
                "elements": elements,
                "image_urls": image_urls,
                "multi_prompt": multi_prompt,
                "prefer_multi_shots": prefer_multi_shots,
                "prompt": prompt,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKling30OmniReferenceToVideoOperator(KieModelOperator):
    """
    Kling 3.0 Omni Reference To Video

    Runs kie.ai model ``kling-3.0-omni/reference-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v3-omni-reference-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param aspect_ratio: When no video is provided, `16:9`, `9:16`, and `1:1` are supported. Optional. Allowed: one of
        '16:9', '9:16', '1:1'. kie.ai's default: '16:9'.
    :param audio: Whether to enable audio. When no video is provided, both `true` and `false` are supported. Optional.
        Allowed: true or false.
    :param customize_multi_shots: Whether to enable multiple shots. Both `true` and `false` are supported. Optional.
        Allowed: true or false.
    :param duration: Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3
        to 15. Optional. Allowed: one of 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15. kie.ai's default: 5.
    :param elements: List of one-time subject assets. The default is an empty array. The number of subjects is jointly
        limited by the reference images, reference video, and subject types. When there is no reference video and only
        multi-image subjects are used, the combined number of reference images and multi-image subj. Optional. Allowed:
        a list.
    :param image_urls: Array of reference image URLs. The maximum number of images depends on the number and types of
        reference subjects. When there is no reference video and only multi-image subjects are used, the combined number
        of reference images and multi-image subjects must not exceed 7. When there is no reference v. Optional. Allowed:
        a list of 1 to 7 http(s) URLs.
    :param multi_prompt: List of custom shots. When `customize_multi_shots=true`, this field is required, must not be
        empty, and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
        Optional. Allowed: a list of up to 6 items.
    :param prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with
        `customize_multi_shots`. Optional. Allowed: true or false.
    :param prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum
        length: 3,072 characters. Required. Allowed: a string of at most 3072 characters.
    :param resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a
        4K video. Optional. Allowed: one of '720p', '1080p', '4k'. kie.ai's default: '720p'.
    :param video_urls: Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos
        must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds;
        width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,40. Optional.
        Allowed: a list of 1 to 1 http(s) URLs.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-3.0-omni/reference-to-video"]

    def __init__(
        self,
        *,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | str | None = None,
        audio: bool | str | None = None,
        customize_multi_shots: bool | str | None = None,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | int | str | None = None,
        elements: Sequence[Any] | str | None = None,
        image_urls: Sequence[FileInput] | str | None = None,
        multi_prompt: Sequence[Any] | str | None = None,
        prefer_multi_shots: bool | str | None = None,
        prompt: str,
        resolution: Literal["720p", "1080p", "4k"] | str | None = None,
        video_urls: Sequence[FileInput] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "aspect_ratio": aspect_ratio,
                "audio": audio,
                "customize_multi_shots": customize_multi_shots,
                "duration": duration,
                "elements": elements,
                "image_urls": image_urls,
                "multi_prompt": multi_prompt,
                "prefer_multi_shots": prefer_multi_shots,
                "prompt": prompt,
                "resolution": resolution,
                "video_urls": video_urls,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKling30OmniTextToVideoOperator(KieModelOperator):
    """
    Kling 3.0 Omni Text to Video

    Runs kie.ai model ``kling-3.0-omni/text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v3-omni-text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text description of the video. It must not be empty after leading and trailing whitespace is removed,
        and must not exceed 3,072 characters. Required. Allowed: a string of at most 3072 characters.
    :param customize_multi_shots: Whether to enable multi-shot mode. Explicitly specifying this value is recommended.
        `true` enables multiple shots; `false` uses a single shot. Optional. Allowed: true or false. kie.ai's default:
        True.
    :param prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with
        `customize_multi_shots`. Both fields may be `false`, but they cannot both be `true`. Optional. Allowed: true or
        false.
    :param multi_prompt: List of custom shots. When `customize_multi_shots` is `true`, this field is required, must not
        be empty, and supports up to 6 shots. When `customize_multi_shots` is `false`, it must be an empty array or
        omitted. Optional. Allowed: a list of up to 6 items.
    :param elements: List of one-time subject assets. The default is an empty array. When using only multi-image
        subjects, up to 7 subjects can be uploaded. When using only video character subjects, the number of video
        character subjects must not exceed 3. When using both video character and multi-image subjects, the nu.
        Optional. Allowed: a list.
    :param audio: Whether to add audio to the generated video. `true` enables audio; `false` disables audio. Optional.
        Allowed: true or false. kie.ai's default: False.
    :param resolution: Resolution of the generated video. Available values are `720p` (outputs a 720p video), `1080p`
        (outputs a 1080p video), and `4k` (outputs a 4K video). Optional. Allowed: one of '720p', '1080p', '4k'.
        kie.ai's default: '720p'.
    :param aspect_ratio: Aspect ratio of the generated video. Supported values are `16:9`, `9:16`, and `1:1`. Optional.
        Allowed: one of '16:9', '9:16', '1:1'. kie.ai's default: '16:9'.
    :param duration: Total video duration in seconds. The supported range is 3 to 15 seconds, and the default is 5
        seconds. Optional. Allowed: one of 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15. kie.ai's default: 5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-3.0-omni/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        customize_multi_shots: bool | str | None = None,
        prefer_multi_shots: bool | str | None = None,
        multi_prompt: Sequence[Any] | str | None = None,
        elements: Sequence[Any] | str | None = None,
        audio: bool | str | None = None,
        resolution: Literal["720p", "1080p", "4k"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | str | None = None,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "customize_multi_shots": customize_multi_shots,
                "prefer_multi_shots": prefer_multi_shots,
                "multi_prompt": multi_prompt,
                "elements": elements,
                "audio": audio,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKling30OmniTransformationOperator(KieModelOperator):
    """
    Kling 3.0 Omni Transformation

    Runs kie.ai model ``kling-3.0-omni/transformation`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v3-omni-transformation); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum
        length: 3,072 characters. Required. Allowed: a string of at most 3072 characters.
    :param video_urls: Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos
        must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds;
        width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,40. Required.
        Allowed: a list of 1 to 1 http(s) URLs.
    :param image_urls: Array of image URLs. The maximum number of images depends on the number and types of reference
        subjects. When using only multi-image subjects, the combined number of reference images and multi-image subjects
        must not exceed 4. Video character subjects cannot be used together with multi-image subject. Optional. Allowed:
        a list of 1 to 4 http(s) URLs.
    :param duration: Video duration. This field may be configured when using a video with images. Optional. Allowed: a
        string.
    :param resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a
        4K video. Optional. Allowed: one of '720p', '1080p', '4k'. kie.ai's default: '720p'.
    :param aspect_ratio: Video aspect ratio. Only `auto` can be used with video-only input. When using a video with
        images, `16:9`, `9:16`, and `1:1` are supported; `auto` is not supported. Optional. Allowed: one of '16:9',
        '9:16', '1:1', 'auto'. kie.ai's default: '16:9'.
    :param audio: Whether to enable audio. Optional. Allowed: one of False, True.
    :param elements: List of one-time subject assets. The default is an empty array. When using only multi-image
        subjects, up to 7 subjects can be uploaded. When using only video character subjects, the number of video
        character subjects must not exceed 3. When using both video character and multi-image subjects, the nu.
        Optional. Allowed: a list.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-3.0-omni/transformation"]

    def __init__(
        self,
        *,
        prompt: str,
        video_urls: Sequence[FileInput] | str,
        image_urls: Sequence[FileInput] | str | None = None,
        duration: str | None = None,
        resolution: Literal["720p", "1080p", "4k"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | str | None = None,
        audio: bool | str | None = None,
        elements: Sequence[Any] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "video_urls": video_urls,
                "image_urls": image_urls,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "audio": audio,
                "elements": elements,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKling30VideoOperator(KieModelOperator):
    """
    Kling 3.0

    Runs kie.ai model ``kling-3.0/video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/kling-3-0); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Video generation prompt. Takes effect when multi_shots is false. Required. Allowed: a string.
    :param image_urls: First and last frame image URLs. Required when elements are referenced in the prompt (using
        @element_name syntax). When multi_shots is false: if length is 2, index 0 is the first frame and index 1 is the
        last frame; if length is 1, the array item serves as the first frame. When multi_shots is true: . Optional.
        Allowed: a list of 1 or more http(s) URLs.
    :param sound: Whether to enable sound effects. true enables sound effects, false disables them. When multi_shots is
        true, this field defaults to true. Optional. Allowed: true or false. kie.ai's default: False.
    :param duration: Total video duration in seconds. Integer value, range: 3 to 15. Optional. Allowed: one of '3', '4',
        '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15'. kie.ai's default: '5'.
    :param aspect_ratio: Video aspect ratio. Options: 16:9, 9:16, 1:1. When image_urls(first and last frame images) is
        provided, this parameter is optional and the aspect ratio will be automatically adapted based on the uploaded
        images. Optional. Allowed: one of '16:9', '9:16', '1:1'. kie.ai's default: '16:9'.
    :param mode: Generation mode. std has standard resolution, pro has higher resolution, 4K has 4K resolution.
        Resolution mapping: - **std mode**: 16:9 (1280×720), 9:16 (720×1280), 1:1 (720×720) - **pro mode**: 16:9
        (1920×1080), 9:16 (1080×1920), 1:1 (1080×1080) - **4K mode**: 16:9 (3840×2160), 9:16 (2160×3840), 1:. Optional.
        Allowed: one of 'std', 'pro', '4K'. kie.ai's default: 'pro'.
    :param multi_shots: Whether to use multi-shot mode. true enables multi-shot mode, false enables single-shot mode.
        Optional. Allowed: true or false. kie.ai's default: False.
    :param multi_prompt: Shot prompts. Takes effect when multi_shots is true. Used to describe the text and duration of
        each shot. Supports up to 5 shots. Each shot duration is 1-12 seconds. If you need to use elements, add them
        after the prompt. Required. Allowed: a list.
    :param kling_elements: Referenced elements. Detailed information about elements referenced in the prompt. A single
        task can reference a maximum of three elements. Optional. Allowed: a list of up to 3 items.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling-3.0/video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str | None = None,
        sound: bool | str | None = None,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | str | None = None,
        mode: Literal["std", "pro", "4K"] | str | None = None,
        multi_shots: bool | str | None = None,
        multi_prompt: Sequence[Any] | str,
        kling_elements: Sequence[Any] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "sound": sound,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "mode": mode,
                "multi_shots": multi_shots,
                "multi_prompt": multi_prompt,
                "kling_elements": kling_elements,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingAiAvatarProOperator(KieModelOperator):
    """
    Kling AI Avatar Pro: talking avatar from image + audio.

    Runs kie.ai model ``kling/ai-avatar-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/ai-avatar-pro); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: The URL of the image to use as your avatar (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png.
    :param audio_url: The URL of the audio file (must be the URL of the uploaded file, not the file content; supported
        formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and
        the duration cannot exceed 5 minutes). Required. Allowed: an http(s) URL of a file of type audio/mpeg,
        audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg.
    :param prompt: The prompt to use for the video generation (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/ai-avatar-pro"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingAiAvatarStandardOperator(KieModelOperator):
    """
    Kling AI Avatar Standard: talking avatar from image + audio.

    Runs kie.ai model ``kling/ai-avatar-standard`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/ai-avatar-standard); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: The URL of the image to use as your avatar (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png.
    :param audio_url: The URL of the audio file (must be the URL of the uploaded file, not the file content; supported
        formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and
        the duration cannot exceed 5 minutes). Required. Allowed: an http(s) URL of a file of type audio/mpeg,
        audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg.
    :param prompt: The prompt to use for the video generation (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/ai-avatar-standard"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            },
            extra_input=extra_input,
            **kwargs,
        )


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
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v1-avatar-standard"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingV21MasterImageToVideoOperator(KieModelOperator):
    """
    Kling V2.1 Master Image to Video

    Runs kie.ai model ``kling/v2-1-master-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v2-1-master-image-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing the video to generate (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's
        default: '5'.
    :param negative_prompt: Negative prompt to exclude certain elements from the video (Max length: 500 characters).
        Optional. Allowed: a string of at most 500 characters.
    :param cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to
        your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1). Optional. Allowed: a number from 0 to 1. kie.ai's default:
        0.5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v2-1-master-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingV21MasterTextToVideoOperator(KieModelOperator):
    """
    Kling V2.1 Master Text to Video

    Runs kie.ai model ``kling/v2-1-master-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v2-1-master-text-to-video); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing the video you want to generate (Max length: 5000 characters). Required.
        Allowed: a string of at most 5000 characters.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's
        default: '5'.
    :param aspect_ratio: The aspect ratio of the generated video frame. Optional. Allowed: one of '16:9', '9:16', '1:1'.
        kie.ai's default: '16:9'.
    :param negative_prompt: Elements to avoid in the generated video (Max length: 500 characters). Optional. Allowed: a
        string of at most 500 characters.
    :param cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to
        your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1). Optional. Allowed: a number from 0 to 1. kie.ai's default:
        0.5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v2-1-master-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingV21ProOperator(KieModelOperator):
    """
    Kling V2.1 Pro

    Runs kie.ai model ``kling/v2-1-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v2-1-pro); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the video to generate (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's
        default: '5'.
    :param negative_prompt: Terms to avoid in the generated video (Max length: 500 characters). Optional. Allowed: a
        string of at most 500 characters.
    :param cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to
        your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1). Optional. Allowed: a number from 0 to 1. kie.ai's default:
        0.5.
    :param tail_image_url: URL of the image to be used for the end of the video (File URL after upload, not file
        content; Accepted types: image/jpeg, image/png; Max size: 10.0MB). Optional. Allowed: an http(s) URL of a file
        of type image/jpeg, image/png.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v2-1-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | str | None = None,
        tail_image_url: FileInput | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingV21StandardOperator(KieModelOperator):
    """
    Kling V2.1 Standard

    Runs kie.ai model ``kling/v2-1-standard`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v2-1-standard); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired video content (Max length: 5000 characters). Required. Allowed: a
        string of at most 5000 characters.
    :param image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's
        default: '5'.
    :param negative_prompt: Description of elements to avoid in the generated video (Max length: 500 characters).
        Optional. Allowed: a string of at most 500 characters.
    :param cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to
        your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1). Optional. Allowed: a number from 0 to 1. kie.ai's default:
        0.5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v2-1-standard"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingV25TurboImageToVideoProOperator(KieModelOperator):
    """
    Kling - V2.5 Turbo Image to Video Pro

    Runs kie.ai model ``kling/v2-5-turbo-image-to-video-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v25-turbo-image-to-video-pro); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing the video to generate (Max length: 2500 characters). Required. Allowed: a
        string of at most 2500 characters.
    :param image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png.
    :param tail_image_url: Tail frame image of video (File URL after upload, not file content; Accepted types:
        image/jpeg, image/png; Max size: 10.0MB). Optional. Allowed: an http(s) URL of a file of type image/jpeg,
        image/png.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's
        default: '5'.
    :param negative_prompt: Negative prompt to exclude certain elements from the video (Max length: 500 characters).
        Optional. Allowed: a string of at most 500 characters.
    :param cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to
        your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1). Optional. Allowed: a number from 0 to 1. kie.ai's default:
        0.5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v2-5-turbo-image-to-video-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        tail_image_url: FileInput | None = None,
        duration: Literal["5", "10"] | str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "tail_image_url": tail_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingV25TurboTextToVideoProOperator(KieModelOperator):
    """
    Kling - V2.5 Turbo Text to Video Pro

    Runs kie.ai model ``kling/v2-5-turbo-text-to-video-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v25-turbo-text-to-video-pro); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text description of the video you want to generate (Max length: 2500 characters). Required.
        Allowed: a string of at most 2500 characters.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's
        default: '5'.
    :param aspect_ratio: The aspect ratio of the generated video frame. Optional. Allowed: one of '16:9', '9:16', '1:1'.
        kie.ai's default: '16:9'.
    :param negative_prompt: Things to avoid in the generated video (Max length: 2500 characters). Optional. Allowed: a
        string of at most 2500 characters.
    :param cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to
        your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1). Optional. Allowed: a number from 0 to 1. kie.ai's default:
        0.5.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v2-5-turbo-text-to-video-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingV3TurboImageToVideoOperator(KieModelOperator):
    """
    Kling - V3 Turbo Image to Video

    Runs kie.ai model ``kling/v3-turbo-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v3-turbo-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing the video to generate (Max length: 2500 characters). Required. Allowed: a
        string of at most 2500 characters.
    :param image_urls: URL of the image to be used for the video (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png; Max size: 10.0MB). Required. Allowed: a list of 1 or more http(s) URLs of files of
        type image/jpeg, image/png.
    :param duration: The duration of the generated video in seconds Optional duration: 3s - 15s. Optional. Allowed: a
        string. kie.ai's default: '5'.
    :param resolution: Resolution of the generated video (720p or 1080p). Optional. Allowed: one of '720p', '1080p'.
        kie.ai's default: '720p'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v3-turbo-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        duration: str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "duration": duration,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieKlingV3TurboTextToVideoOperator(KieModelOperator):
    """
    Kling - V3 Turbo Text to Video

    Runs kie.ai model ``kling/v3-turbo-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/kling/v3-turbo-text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text description of the video you want to generate (Max length: 2500 characters). Required.
        Allowed: a string of at most 2500 characters.
    :param duration: The duration of the generated video in seconds Optional duration: 3s - 15s. Optional. Allowed: a
        string. kie.ai's default: '5'.
    :param aspect_ratio: The aspect ratio of the generated video frame. Optional. Allowed: one of '1:1', '9:16', '16:9'.
        kie.ai's default: '16:9'.
    :param resolution: Resolution of the generated video (720p or 1080p). Optional. Allowed: one of '720p', '1080p'.
        kie.ai's default: '720p'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["kling/v3-turbo-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        duration: str | None = None,
        aspect_ratio: Literal["1:1", "9:16", "16:9"] | str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


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
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["mj/generate"]

    def __init__(
        self,
        *,
        task_type: Literal["mj_txt2img", "mj_img2img", "mj_video", "mj_style_reference", "mj_omni_reference"] | str,
        speed: Literal["relaxed", "fast", "turbo"] | str | None = None,
        prompt: str,
        file_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: Literal["1:2", "9:16", "2:3", "3:4", "5:6", "6:5", "4:3", "3:2", "1:1", "16:9", "2:1"]
        | str
        | None = None,
        version: Literal["7", "6.1", "6", "5.2", "5.1", "niji6"] | str | None = None,
        variety: int | str | None = None,
        stylization: int | str | None = None,
        weirdness: int | str | None = None,
        ow: int | str | None = None,
        water_mark: str | None = None,
        enable_translation: bool | str | None = None,
        video_batch_size: int | str | None = None,
        motion: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieMinimaxH3ImageToVideoOperator(KieModelOperator):
    """
    MiniMax H3 Image-to-Video

    Runs kie.ai model ``minimax-h3/image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/minimax-h3/image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Video generation prompt, length is between 1 and 7000 characters. Required. Allowed: a string of at
        most 7000 characters.
    :param first_frame_url: First frame image URL. Note: Either first_frame_url or last_frame_url must be provided.
        Supports HTTP, HTTPS, and OSS addresses; supports JPG, JPEG, PNG, WEBP, HEIC, HEIF formats; single image size
        not exceeding 30 MB, image side length between 256 and 5760 pixels, aspect ratio between 0.4 and 2.5. Optional.
        Allowed: an http(s) URL.
    :param last_frame_url: Last frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Image
        restrictions are the same as first_frame_url. Optional. Allowed: an http(s) URL.
    :param duration: Generated video duration, supporting integer values from 4 to 15 seconds. Optional. Allowed: one of
        4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15. kie.ai's default: 6.
    :param resolution: Video resolution. Optional. Allowed: one of '768P', '2K'. kie.ai's default: '2K'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["minimax-h3/image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        first_frame_url: FileInput | None = None,
        last_frame_url: FileInput | None = None,
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | int | str | None = None,
        resolution: Literal["768P", "2K"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "duration": duration,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieMinimaxH3ReferenceToVideoOperator(KieModelOperator):
    """
    MiniMax H3 Reference-to-Video

    Runs kie.ai model ``minimax-h3/reference-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/minimax-h3/reference-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Video generation prompt, length is between 1 and 7000 characters. Required. Allowed: a string of at
        most 7000 characters.
    :param reference_image_urls: Array of reference image URLs. Supports up to 9 images. Supports HTTP, HTTPS, and OSS
        addresses; supported image formats include JPG, JPEG, PNG, WEBP, HEIC, and HEIF; a single image size cannot
        exceed 30 MB; the side length of the image must be between 256 and 5760 pixels, and the aspect ratio must .
        Optional. Allowed: a list of 1 to 9 http(s) URLs.
    :param reference_video_urls: Array of reference video URLs. Supports up to 3 videos. Supports MP4, MOV; video
        encoding supports H.264, H.265, audio encoding supports AAC, MP3; a single file size cannot exceed 50 MB; the
        duration of a single segment is 2 to 15 seconds, and the total duration of all reference videos cannot exceed.
        Optional. Allowed: a list of 1 to 3 http(s) URLs.
    :param reference_audio_urls: Array of reference audio URLs. Supports up to 3 audios. Supports WAV, MP3; a single
        file size cannot exceed 15 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of
        all reference audios cannot exceed 15 seconds. reference_audio cannot be used alone, it must be accompanie.
        Optional. Allowed: a list of 1 to 3 http(s) URLs.
    :param aspect_ratio: Video aspect ratio. The default is adaptive, or a specific ratio can be specified. Optional.
        Allowed: one of 'adaptive', '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'. kie.ai's default: 'adaptive'.
    :param duration: The duration of the generated video, supporting integer values from 4 to 15 seconds. Optional.
        Allowed: one of 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15. kie.ai's default: 6.
    :param resolution: Video resolution. Optional. Allowed: one of '768P', '2K'. kie.ai's default: '2K'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["minimax-h3/reference-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        reference_image_urls: Sequence[FileInput] | str | None = None,
        reference_video_urls: Sequence[FileInput] | str | None = None,
        reference_audio_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | str | None = None,
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | int | str | None = None,
        resolution: Literal["768P", "2K"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "reference_audio_urls": reference_audio_urls,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieMinimaxH3TextToVideoOperator(KieModelOperator):
    """
    MiniMax H3 Text-to-Video

    Runs kie.ai model ``minimax-h3/text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/minimax-h3/text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Video generation prompt, length is between 1 and 7000 characters. Required. Allowed: a string of at
        most 7000 characters.
    :param aspect_ratio: Video aspect ratio. Required for text-to-video, adaptive is not supported. Required. Allowed:
        one of '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'.
    :param duration: Generated video duration, supports integer values from 4 to 15 seconds. Optional. Allowed: one of
        4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15. kie.ai's default: 6.
    :param resolution: Video resolution. Optional. Allowed: one of '768P', '2K'. kie.ai's default: '2K'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["minimax-h3/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | str,
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | int | str | None = None,
        resolution: Literal["768P", "2K"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "resolution": resolution,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieNanoBanana2LiteOperator(KieModelOperator):
    """
    Google - Nano Banana 2 Lite

    Runs kie.ai model ``nano-banana-2-lite`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/nano-banana-2-lite); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_urls: Input image URL array. Optional parameter. Set to an empty array or omit it for pure
        text-to-image generation. Supports up to 10 images. - Please provide uploaded file URLs, not raw file content -
        Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 30.0MB. Optional. Allowed: a list of 1 to 10
        http(s) URLs.
    :param prompt: Text prompt used to generate the image. Required. Maximum length: 20000 characters. Required.
        Allowed: a string of at most 20000 characters.
    :param aspect_ratio: Generated image aspect ratio. Default value: `auto`. Use `auto` to let the system choose the
        aspect ratio automatically. Optional. Allowed: one of '1:1', '1:4', '1:8', '2:3', '3:2', '3:4', '4:1', '4:3',
        '4:5', '5:4', '8:1', '9:16', '16:9', '21:9', 'auto'. kie.ai's default: 'auto'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["nano-banana-2-lite"]

    def __init__(
        self,
        *,
        image_urls: Sequence[FileInput] | str | None = None,
        prompt: str,
        aspect_ratio: Literal[
            "1:1", "1:4", "1:8", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "16:9", "21:9", "auto"
        ]
        | str
        | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieNanoBanana2Operator(KieModelOperator):
    """
    Google Nano Banana 2 text/image-to-image (up to 14 reference images).

    Runs kie.ai model ``nano-banana-2`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/nanobanana2); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 20000 characters). Required.
        Allowed: a string of at most 20000 characters.
    :param image_input: Input images to transform or use as reference (supports up to 14 images) (File URL after upload,
        not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB). Optional. Allowed: a
        list of 1 to 14 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Aspect ratio of the generated image. Optional. Allowed: one of '1:1', '2:3', '3:2', '1:4',
        '4:1', '3:4', '4:3', '4:5', '5:4', '1:8', '8:1', '9:16', '16:9', '21:9', 'auto'. kie.ai's default: 'auto'.
    :param resolution: Resolution of the generated image. Optional. Allowed: one of '1K', '2K', '4K'. kie.ai's default:
        '1K'.
    :param output_format: Format of the output image. Optional. Allowed: one of 'png', 'jpg'. kie.ai's default: 'jpg'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["nano-banana-2"]

    def __init__(
        self,
        *,
        prompt: str,
        image_input: Sequence[FileInput] | str | None = None,
        aspect_ratio: Literal[
            "1:1", "2:3", "3:2", "1:4", "4:1", "3:4", "4:3", "4:5", "5:4", "1:8", "8:1", "9:16", "16:9", "21:9", "auto"
        ]
        | str
        | None = None,
        resolution: Literal["1K", "2K", "4K"] | str | None = None,
        output_format: Literal["png", "jpg"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieNanoBananaEditOperator(KieModelOperator):
    """
    Edit up to 10 images from a prompt with Google's nano-banana.

    Runs kie.ai model ``google/nano-banana-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/nano-banana-edit); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt for image editing (Max length: 5000 characters). Required. Allowed: a string of at most
        5000 characters.
    :param image_urls: List of URLs of input images for editing,up to 10 images. (File URL after upload, not file
        content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: a list of 1 to
        10 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param output_format: Output format for the images. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default:
        'png'.
    :param aspect_ratio: Radio description. Optional. Allowed: one of '1:1', '9:16', '16:9', '3:4', '4:3', '3:2', '2:3',
        '5:4', '4:5', '21:9', 'auto'. kie.ai's default: '1:1'.
    :param image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please
        use the latest aspect_ratio parameter). Optional. Allowed: one of '1:1', '9:16', '16:9', '3:4', '4:3', '3:2',
        '2:3', '5:4', '4:5', '21:9', 'auto'. kie.ai's default: '1:1'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/nano-banana-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        output_format: Literal["png", "jpeg"] | str | None = None,
        aspect_ratio: Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
        | str
        | None = None,
        image_size: Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
        | str
        | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
            },
            extra_input=extra_input,
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
    :param aspect_ratio: Radio description. Optional. Allowed: one of '1:1', '9:16', '16:9', '3:4', '4:3', '3:2', '2:3',
        '5:4', '4:5', '21:9', 'auto'. kie.ai's default: '1:1'.
    :param image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please
        use the latest aspect_ratio parameter). Optional. Allowed: one of '1:1', '9:16', '16:9', '3:4', '4:3', '3:2',
        '2:3', '5:4', '4:5', '21:9', 'auto'. kie.ai's default: '1:1'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["google/nano-banana"]

    def __init__(
        self,
        *,
        prompt: str,
        output_format: Literal["png", "jpeg"] | str | None = None,
        aspect_ratio: Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
        | str
        | None = None,
        image_size: Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
        | str
        | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieNanoBananaProOperator(KieModelOperator):
    """
    Google Nano Banana Pro text/image-to-image (up to 8 reference images).

    Runs kie.ai model ``nano-banana-pro`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/google/pro-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 10000 characters). Required.
        Allowed: a string of at most 10000 characters.
    :param image_input: Input images to transform or use as reference (supports up to 8 images) (File URL after upload,
        not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB). Optional. Allowed: a
        list of 1 to 8 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Aspect ratio of the generated image. Optional. Allowed: one of '1:1', '2:3', '3:2', '3:4',
        '4:3', '4:5', '5:4', '9:16', '16:9', '21:9', 'auto'. kie.ai's default: '1:1'.
    :param resolution: Resolution of the generated image. Optional. Allowed: one of '1K', '2K', '4K'. kie.ai's default:
        '1K'.
    :param output_format: Format of the output image. Optional. Allowed: one of 'png', 'jpg'. kie.ai's default: 'png'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["nano-banana-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        image_input: Sequence[FileInput] | str | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "auto"]
        | str
        | None = None,
        resolution: Literal["1K", "2K", "4K"] | str | None = None,
        output_format: Literal["png", "jpg"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieOmnihuman15HumanIdentificationOperator(KieModelOperator):
    """
    Omnihuman 1.5 Human Identification

    Runs kie.ai model ``omnihuman-1-5/human-identification`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/omnihuman-1-5/human-identification); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: Portrait image URL. Requirements: JPG/PNG/JPEG format, less than 5MB, resolution under 4096x4096.
        Recommended: single person facing forward, with the face occupying a large proportion of the image. Accepted
        file types: image/jpeg, image/png, image/jpg. Max file size: 5MB. Required. Allowed: an http(s) URL.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["omnihuman-1-5/human-identification"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image_url": image_url}, extra_input=extra_input, **kwargs)


class KieOmnihuman15Operator(KieModelOperator):
    """
    Omnihuman 1.5

    Runs kie.ai model ``omnihuman-1-5`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/omnihuman-1-5); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: Portrait image URL. Supports any aspect ratio with subjects including people, pets, anime, etc.
        Accepted file types: image/jpeg, image/png, image/webp. Max file size: 10MB. Required. Allowed: an http(s) URL.
    :param mask_url: Optional mask image URL(s). To have a specific subject in the image speak, use 'Subject Detection'
        to get the corresponding mask image and pass it as input. Accepted file types: image/jpeg, image/png,
        image/webp. Max file size: 10MB. Multiple file upload is supported, up to 5 files. Optional. Allowed: a list of
        1 to 5 http(s) URLs.
    :param audio_url: Audio URL. Duration must be less than 60 seconds (recommended 15 seconds or less; exceeding this
        will cause quality degradation). Accepted file types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/ogg,
        audio/mp4. Max file size: 10MB. Required. Allowed: an http(s) URL.
    :param prompt: Optional prompt text. Limited to Chinese, English, Japanese, Korean, Spanish, and Indonesian.
        Recommended 300 characters or less. Maximum length: 1000 characters. Optional. Allowed: a string of at most 300
        characters.
    :param output_resolution: Output video resolution. - `720`: 720P - `1080`: 1080P (default). Optional. Allowed: one
        of '720', '1080'. kie.ai's default: '1080'.
    :param pe_fast_mode: Fast mode. Sacrifices some quality to speed up generation. Default value: `false`. Optional.
        Allowed: true or false. kie.ai's default: False.
    :param seed: Random seed. Default is `-1` (random). When using the same positive integer and keeping all other
        parameters identical, the result will be highly consistent. Optional. Allowed: an integer. kie.ai's default: -1.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["omnihuman-1-5"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        mask_url: Sequence[FileInput] | str | None = None,
        audio_url: FileInput,
        prompt: str | None = None,
        output_resolution: Literal["720", "1080"] | str | None = None,
        pe_fast_mode: bool | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_url": image_url,
                "mask_url": mask_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "output_resolution": output_resolution,
                "pe_fast_mode": pe_fast_mode,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieOmnihuman15SubjectDetectionOperator(KieModelOperator):
    """
    OmniHuman 1.5 Subject Detection

    Runs kie.ai model ``omnihuman-1-5/subject-detection`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/omnihuman-1-5/subject-detection); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: Portrait image URL. Supports detection of up to 5 subjects in the image. Accepted file types:
        image/jpeg, image/png, image/jpg. Max file size: 5MB. Required. Allowed: an http(s) URL.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["omnihuman-1-5/subject-detection"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image_url": image_url}, extra_input=extra_input, **kwargs)


class KiePixverseV6ExtendOperator(KieModelOperator):
    """
    PixVerse V6 Video Extension

    Runs kie.ai model ``pixverse-v6/extend`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/pixverse/extend); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param duration: Generated video duration in seconds. Current validation range is 1-15. Required. Allowed: an
        integer from 1 to 15.
    :param generate_audio_switch: Whether to generate audio. Optional. Allowed: true or false.
    :param prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters. Required. Allowed: a string
        of at most 5000 characters.
    :param quality: Resolution. Required. Allowed: one of '360p', '540p', '720p', '1080p'.
    :param seed: Random seed, optional. Range 0-2147483647. Optional. Allowed: an integer from 0 to 2.14748e+09.
    :param source_task_id: The taskId of the parent video task to be extended. The parent task must belong to the
        current user, be undeleted, and have a status of success. KIE does not accept official source_video_id/video_id.
        Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitt. Optional
        (``taskId`` on the wire). Allowed: a string.
    :param video_url: To extend the video, please supply the URL. Please be aware that video_url and taskId are mutually
        exclusive — only one parameter may be submitted. Optional. Allowed: an http(s) URL.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["pixverse-v6/extend"]

    def __init__(
        self,
        *,
        duration: int | str,
        generate_audio_switch: bool | str | None = None,
        prompt: str,
        quality: Literal["360p", "540p", "720p", "1080p"] | str,
        seed: int | str | None = None,
        source_task_id: str | None = None,
        video_url: FileInput | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "duration": duration,
                "generate_audio_switch": generate_audio_switch,
                "prompt": prompt,
                "quality": quality,
                "seed": seed,
                "taskId": source_task_id,
                "video_url": video_url,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KiePixverseV6ImageToVideoOperator(KieModelOperator):
    """
    PixVerse V6 Image-to-Video

    Runs kie.ai model ``pixverse-v6/image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/pixverse/image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters. Required. Allowed: a string
        of at most 5000 characters.
    :param image_urls: Image URLs, supports up to 2 images, single image size not exceeding 20 MB. Supports HTTP, HTTPS,
        and OSS addresses. Supported image formats include JPG, JPEG, PNG, and WebP. Required. Allowed: a list of 1 or
        more http(s) URLs.
    :param quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p. Optional. Allowed: one of '360p',
        '540p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Generated video duration in seconds, ranging from 1 to 15. Required when template_id is not passed;
        if template_id is passed, the video duration is fixed by the selected template, please do not pass this
        parameter at the same time. Optional. Allowed: an integer from 1 to 15. kie.ai's default: 5.
    :param generate_audio_switch: Whether to generate audio synchronized with the video content. Optional. Allowed: true
        or false. kie.ai's default: False.
    :param generate_multi_clip_switch: Whether to generate a multi-clip video. Optional. Allowed: true or false.
        kie.ai's default: False.
    :param seed: Random seed, value range is 0-2147483647. Using the same parameters and seed helps improve result
        reproducibility. Optional. Allowed: an integer from 0 to 2.14748e+09.
    :param template_id: Used to select a PixVerse video effect template. Please pass in the corresponding template_id.
        Once a template_id is provided, the video duration is fixed by the selected template, so duration cannot be set
        at the same time. effect_type indicates the number of images required by the selected templat. Optional.
        Allowed: one of '412736208886848', '411563216524736', '411316927927040', '411174903569216', '410999246341952',
        '408891141511104', '410317363057408', '410285445698304', '410133101388544', '409899296377728',
        '408897485909952', '408869061406656', '408661207662528', '409767750265728', '409766559675264',
        '409589071559552', '407804339389760', '407658863287616', '407474361215744', '407473438360320',
        '407467702283008', '385844572217469', '406428904874432', '406423682060736', '406411724685760',
        '406372274350528', '406218913317312', '406218479198656', '406064763308480', '406413607395776',
        '405662117814720', '406014934000064', '405658369331648', '405321470423488', '405175211454656',
        '404955806201792', '404820147974080', '398980393937856', '403916646846400', '403739217192896',
        '403560060358144', '403556618212098', '398965022284579', '402201060373270', '403085292466285',
        '402061828030966', '402888569901524', '402155676592228', '402047865383360', '402046136040202'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["pixverse-v6/image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        quality: Literal["360p", "540p", "720p", "1080p"] | str | None = None,
        duration: int | str | None = None,
        generate_audio_switch: bool | str | None = None,
        generate_multi_clip_switch: bool | str | None = None,
        seed: int | str | None = None,
        template_id: Literal[
            "412736208886848",
            "411563216524736",
            "411316927927040",
            "411174903569216",
            "410999246341952",
            "408891141511104",
            "410317363057408",
            "410285445698304",
            "410133101388544",
            "409899296377728",
            "408897485909952",
            "408869061406656",
            "408661207662528",
            "409767750265728",
            "409766559675264",
            "409589071559552",
            "407804339389760",
            "407658863287616",
            "407474361215744",
            "407473438360320",
            "407467702283008",
            "385844572217469",
            "406428904874432",
            "406423682060736",
            "406411724685760",
            "406372274350528",
            "406218913317312",
            "406218479198656",
            "406064763308480",
            "406413607395776",
            "405662117814720",
            "406014934000064",
            "405658369331648",
            "405321470423488",
            "405175211454656",
            "404955806201792",
            "404820147974080",
            "398980393937856",
            "403916646846400",
            "403739217192896",
            "403560060358144",
            "403556618212098",
            "398965022284579",
            "402201060373270",
            "403085292466285",
            "402061828030966",
            "402888569901524",
            "402155676592228",
            "402047865383360",
            "402046136040202",
        ]
        | str
        | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "quality": quality,
                "duration": duration,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "seed": seed,
                "template_id": template_id,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KiePixverseV6ReferenceToVideoOperator(KieModelOperator):
    """
    PixVerse V6 Reference-to-video/参考图生成

    Runs kie.ai model ``pixverse-v6/reference-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/cnmarket/pixverse/reference-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: 生成提示词，不能为空，长度限制为 3–5000 个字符。. Required. Allowed: a string of at most 5000 characters.
    :param image_references: 参考图列表。. Required. Allowed: a list of up to 7 items.
    :param aspect_ratio: 画幅比例。(PixVerseV6AspectRatio). Optional. Allowed: one of '16:9', '4:3', '1:1', '3:4', '9:16',
        '2:3', '3:2', '21:9'. kie.ai's default: '16:9'.
    :param quality: 清晰度。. Optional. Allowed: one of '360p', '540p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: 生成视频时长，单位秒。校验范围为 1-15。. Optional. Allowed: an integer from 1 to 15. kie.ai's default: 5.
    :param generate_audio_switch: 是否生成音频。. Optional. Allowed: true or false. kie.ai's default: False.
    :param seed: 随机种子，可选。范围 0-2147483647。. Optional. Allowed: an integer from 0 to 2.14748e+09.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["pixverse-v6/reference-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_references: Sequence[Any] | str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"] | str | None = None,
        quality: Literal["360p", "540p", "720p", "1080p"] | str | None = None,
        duration: int | str | None = None,
        generate_audio_switch: bool | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_references": image_references,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "duration": duration,
                "generate_audio_switch": generate_audio_switch,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KiePixverseV6TextToVideoOperator(KieModelOperator):
    """
    PixVerse V6 Text-to-Video

    Runs kie.ai model ``pixverse-v6/text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/pixverse/text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters. Required. Allowed: a string
        of at most 5000 characters.
    :param aspect_ratio: Output video aspect ratio. This parameter is supported in text-to-video and Fusion
        multi-reference image-to-video modes. Optional. Allowed: one of '16:9', '4:3', '1:1', '3:4', '9:16', '2:3',
        '3:2', '21:9'. kie.ai's default: '16:9'.
    :param quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p. Optional. Allowed: one of '360p',
        '540p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Output video duration in seconds. PixVerse V6 supports 1–15 seconds. Optional. Allowed: an integer
        from 1 to 15. kie.ai's default: 5.
    :param generate_audio_switch: Whether to generate audio synchronized with the video content. Optional. Allowed: true
        or false. kie.ai's default: False.
    :param generate_multi_clip_switch: Whether to generate a multi-clip video. Optional. Allowed: true or false.
        kie.ai's default: False.
    :param seed: Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result
        reproducibility. Optional. Allowed: an integer from 0 to 2.14748e+09.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["pixverse-v6/text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"] | str | None = None,
        quality: Literal["360p", "540p", "720p", "1080p"] | str | None = None,
        duration: int | str | None = None,
        generate_audio_switch: bool | str | None = None,
        generate_multi_clip_switch: bool | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "duration": duration,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KiePixverseV6TransitionOperator(KieModelOperator):
    """
    PixVerse V6 First & Last Frame Transition

    Runs kie.ai model ``pixverse-v6/transition`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/pixverse/transition); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters. Required. Allowed: a string
        of at most 5000 characters.
    :param first_frame_image_url: First frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image
        formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB. Required.
        Allowed: an http(s) URL.
    :param last_frame_image_url: Last frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats
        include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB. Required. Allowed: an
        http(s) URL.
    :param quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p. Optional. Allowed: one of '360p',
        '540p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Output video duration in seconds. PixVerse V6 supports 1–15 seconds. Optional. Allowed: an integer
        from 1 to 15. kie.ai's default: 5.
    :param generate_audio_switch: Whether to generate audio synchronized with the video content. Optional. Allowed: true
        or false. kie.ai's default: False.
    :param seed: Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result
        reproducibility. Optional. Allowed: an integer from 0 to 2.14748e+09.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["pixverse-v6/transition"]

    def __init__(
        self,
        *,
        prompt: str,
        first_frame_image_url: FileInput,
        last_frame_image_url: FileInput,
        quality: Literal["360p", "540p", "720p", "1080p"] | str | None = None,
        duration: int | str | None = None,
        generate_audio_switch: bool | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "first_frame_image_url": first_frame_image_url,
                "last_frame_image_url": last_frame_image_url,
                "quality": quality,
                "duration": duration,
                "generate_audio_switch": generate_audio_switch,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieQwen2ImageEditOperator(KieModelOperator):
    """
    Qwen2 - Image Edit

    Runs kie.ai model ``qwen2/image-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen2/image-edit); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to generate the image with (Max length: 800 characters). Required. Allowed: a string of at
        most 800 characters.
    :param image_url: The URL of the image to edit. (File URL after upload, not file content; Accepted types:
        image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param image_size: The size of the generated image. Default value: 16:9. Optional. Allowed: one of '1:1', '2:3',
        '3:2', '3:4', '4:3', '9:16', '16:9', '21:9'. kie.ai's default: '16:9'.
    :param seed: The same seed and the same prompt given to the same version of the model will output the same image
        every time. Optional. Allowed: an integer.
    :param output_format: The format of the generated image. Default value: "png". Optional. Allowed: one of 'jpeg',
        'png'. kie.ai's default: 'png'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen2/image-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"] | str | None = None,
        seed: int | str | None = None,
        output_format: Literal["jpeg", "png"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "seed": seed,
                "output_format": output_format,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieQwen2TextToImageOperator(KieModelOperator):
    """
    Qwen2 - Text To Image

    Runs kie.ai model ``qwen2/text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen2/text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to generate the image with (Max length: 800 characters). Required. Allowed: a string of at
        most 800 characters.
    :param image_size: The size of the generated image. Default value: 16:9. Optional. Allowed: one of '1:1', '3:4',
        '4:3', '9:16', '16:9'. kie.ai's default: '16:9'.
    :param seed: The same seed and the same prompt given to the same version of the model will output the same image
        every time. Optional. Allowed: an integer.
    :param output_format: The format of the generated image. Default value: "png". Optional. Allowed: one of 'jpeg',
        'png'. kie.ai's default: 'png'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen2/text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        image_size: Literal["1:1", "3:4", "4:3", "9:16", "16:9"] | str | None = None,
        seed: int | str | None = None,
        output_format: Literal["jpeg", "png"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "output_format": output_format,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieQwen3ImageToImageOperator(KieModelOperator):
    """
    Qwen3 Image to Image

    Runs kie.ai model ``qwen3/image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen3/image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_urls: Input image URL array. Upload images and provide their URLs rather than the file content.
        Supports up to 3 images. Supported file types: `image/jpeg`, `image/png`, `image/webp`, `image/bmp`, and
        `image/gif`,`image/tiff`. Maximum file size: 10 MB per image. Required. Allowed: a list of 1 to 3 http(s) URLs.
    :param prompt: The positive prompt that describes the image content, style, and composition you want to generate or
        edit. Both Chinese and English are supported. Required. Allowed: a string of at most 5000 characters.
    :param resolution: The output image resolution. Optional. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param image_size: The output image size. Optional. Allowed: one of '1:1', '3:2', '2:3', '4:3', '3:4', '16:9',
        '9:16', '21:9'. kie.ai's default: '16:9'.
    :param output_format: The generated image format. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'png'.
    :param prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the
        model optimizes the positive prompt, which significantly improves results for simple descriptions. Optional.
        Allowed: true or false. kie.ai's default: True.
    :param negative_prompt: The negative prompt that describes content you do not want to appear in the image. Optional.
        Allowed: a string of at most 5000 characters.
    :param seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
        Optional. Allowed: an integer from 0 to 2.14748e+09. kie.ai's default: 1.
    :param nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content
        filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot
        guarantee that all inappropriate content will be detected. If the filtering results do not meet your r.
        Optional. Allowed: true or false. kie.ai's default: False.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen3/image-to-image"]

    def __init__(
        self,
        *,
        image_urls: Sequence[FileInput] | str,
        prompt: str,
        resolution: Literal["1K", "2K"] | str | None = None,
        image_size: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        prompt_extend: bool | str | None = None,
        negative_prompt: str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_urls": image_urls,
                "prompt": prompt,
                "resolution": resolution,
                "image_size": image_size,
                "output_format": output_format,
                "prompt_extend": prompt_extend,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieQwen3ProImageToImageOperator(KieModelOperator):
    """
    Qwen3 Pro Image to Image

    Runs kie.ai model ``qwen3/pro-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen3-pro/image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_urls: Input image URL array. Upload images and provide their URLs rather than the file content.
        Supports up to 3 images. Supported file types: `image/jpeg`, `image/png`, `image/webp`, `image/bmp`, and
        `image/gif`,`image/tiff`. Maximum file size: 10 MB per image. Required. Allowed: a list of 1 to 3 http(s) URLs.
    :param prompt: The positive prompt that describes the image content, style, and composition you want to generate or
        edit. Both Chinese and English are supported. Required. Allowed: a string of at most 5000 characters.
    :param resolution: The output image resolution. Optional. Allowed: one of '1K', '2K'. kie.ai's default: '1K'.
    :param image_size: The output image size. Optional. Allowed: one of '1:1', '3:2', '2:3', '4:3', '3:4', '16:9',
        '9:16', '21:9'. kie.ai's default: '16:9'.
    :param output_format: The generated image format. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'png'.
    :param prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the
        model optimizes the positive prompt, which significantly improves results for simple descriptions. Optional.
        Allowed: true or false. kie.ai's default: True.
    :param negative_prompt: The negative prompt that describes content you do not want to appear in the image. Optional.
        Allowed: a string of at most 5000 characters.
    :param seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
        Optional. Allowed: an integer from 0 to 2.14748e+09. kie.ai's default: 1.
    :param nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content
        filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot
        guarantee that all inappropriate content will be detected. If the filtering results do not meet your r.
        Optional. Allowed: true or false. kie.ai's default: False.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen3/pro-image-to-image"]

    def __init__(
        self,
        *,
        image_urls: Sequence[FileInput] | str,
        prompt: str,
        resolution: Literal["1K", "2K"] | str | None = None,
        image_size: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        prompt_extend: bool | str | None = None,
        negative_prompt: str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_urls": image_urls,
                "prompt": prompt,
                "resolution": resolution,
                "image_size": image_size,
                "output_format": output_format,
                "prompt_extend": prompt_extend,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieQwen3ProTextToImageOperator(KieModelOperator):
    """
    Qwen3 Pro Text to Image

    Runs kie.ai model ``qwen3/pro-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen3-pro/text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The positive prompt that describes the image content, style, and composition you want to generate or
        edit. Both Chinese and English are supported. Required. Allowed: a string of at most 5000 characters.
    :param resolution: The output image resolution. Optional. Allowed: one of '1K', '2K'.
    :param image_size: The output image size. Optional. Allowed: one of '1:1', '3:2', '2:3', '4:3', '3:4', '16:9',
        '9:16', '21:9'. kie.ai's default: '16:9'.
    :param output_format: The generated image format. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'png'.
    :param prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the
        model optimizes the positive prompt, which significantly improves results for simple descriptions. Optional.
        Allowed: true or false. kie.ai's default: True.
    :param negative_prompt: The negative prompt that describes content you do not want to appear in the image. Optional.
        Allowed: a string of at most 5000 characters.
    :param seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
        Optional. Allowed: an integer from 0 to 2.14748e+09. kie.ai's default: 1.
    :param nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content
        filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot
        guarantee that all inappropriate content will be detected. If the filtering results do not meet your r.
        Optional. Allowed: true or false. kie.ai's default: False.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen3/pro-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        resolution: Literal["1K", "2K"] | str | None = None,
        image_size: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        prompt_extend: bool | str | None = None,
        negative_prompt: str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "resolution": resolution,
                "image_size": image_size,
                "output_format": output_format,
                "prompt_extend": prompt_extend,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieQwen3TextToImageOperator(KieModelOperator):
    """
    Qwen3 Text to Image

    Runs kie.ai model ``qwen3/text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen3/text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The positive prompt that describes the image content, style, and composition you want to generate or
        edit. Both Chinese and English are supported. Required. Allowed: a string of at most 5000 characters.
    :param resolution: The output image resolution. Optional. Allowed: one of '1K', '2K'.
    :param image_size: The output image size. Optional. Allowed: one of '1:1', '3:2', '2:3', '4:3', '3:4', '16:9',
        '9:16', '21:9'. kie.ai's default: '16:9'.
    :param output_format: The generated image format. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'png'.
    :param prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the
        model optimizes the positive prompt, which significantly improves results for simple descriptions. Optional.
        Allowed: true or false. kie.ai's default: True.
    :param negative_prompt: The negative prompt that describes content you do not want to appear in the image. Optional.
        Allowed: a string of at most 5000 characters.
    :param seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
        Optional. Allowed: an integer from 0 to 2.14748e+09. kie.ai's default: 1.
    :param nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content
        filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot
        guarantee that all inappropriate content will be detected. If the filtering results do not meet your r.
        Optional. Allowed: true or false. kie.ai's default: False.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen3/text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        resolution: Literal["1K", "2K"] | str | None = None,
        image_size: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        prompt_extend: bool | str | None = None,
        negative_prompt: str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "resolution": resolution,
                "image_size": image_size,
                "output_format": output_format,
                "prompt_extend": prompt_extend,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieQwenImageEditOperator(KieModelOperator):
    """
    Qwen image edit.

    Runs kie.ai model ``qwen/image-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen/image-edit); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to generate the image with (Max length: 2000 characters). Required. Allowed: a string of
        at most 2000 characters.
    :param image_url: The URL of the image to edit. (File URL after upload, not file content; Accepted types:
        image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param acceleration: Acceleration level for image generation. Options: 'none', 'regular'. Higher acceleration
        increases speed. 'regular' balances speed and quality. Default value: "none". Optional. Allowed: one of 'none',
        'regular', 'high'. kie.ai's default: 'none'.
    :param image_size: The size of the generated image. Default value: landscape_4_3. Optional. Allowed: one of
        'square', 'square_hd', 'portrait_4_3', 'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. kie.ai's default:
        'landscape_4_3'.
    :param num_inference_steps: The number of inference steps to perform. Default value: 30 (Min: 2, Max: 49, Step: 1)
        (step: 1). Optional. Allowed: a number from 2 to 49. kie.ai's default: 25.
    :param seed: The same seed and the same prompt given to the same version of the model will output the same image
        every time. Optional. Allowed: an integer.
    :param guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
        stick to your prompt when looking for a related image to show you. Default value: 4 (Min: 0, Max: 20, Step: 0.1)
        (step: 0.1). Optional. Allowed: a number from 0 to 20. kie.ai's default: 4.
    :param sync_mode: If set to true, the function will wait for the image to be generated and uploaded before returning
        the response. This will increase the latency of the function but it allows you to get the image directly in the
        response without going through the CDN. (Boolean value (true/false)). Optional. Allowed: true or false.
    :param num_images: num_images. Optional. Allowed: one of '1', '2', '3', '4'.
    :param enable_safety_checker: If set to true, the safety checker will be enabled. Default value: true (Boolean value
        (true/false)). Optional. Allowed: true or false.
    :param output_format: The format of the generated image. Default value: "png". Optional. Allowed: one of 'jpeg',
        'png'. kie.ai's default: 'png'.
    :param negative_prompt: The negative prompt for the generation Default value: " " (Max length: 500 characters).
        Optional. Allowed: a string of at most 500 characters.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen/image-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        acceleration: Literal["none", "regular", "high"] | str | None = None,
        image_size: Literal["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]
        | str
        | None = None,
        num_inference_steps: float | str | None = None,
        seed: int | str | None = None,
        guidance_scale: float | str | None = None,
        sync_mode: bool | str | None = None,
        num_images: Literal["1", "2", "3", "4"] | str | None = None,
        enable_safety_checker: bool | str | None = None,
        output_format: Literal["jpeg", "png"] | str | None = None,
        negative_prompt: str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieQwenImageToImageOperator(KieModelOperator):
    """
    Qwen - Image to Image

    Runs kie.ai model ``qwen/image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen/image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to generate the image with (Max length: 5000 characters). Required. Allowed: a string of
        at most 5000 characters.
    :param image_url: The reference image to guide the generation (File URL after upload, not file content; Accepted
        types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original (Min: 0, Max: 1, Step: 0.01) (step:
        0.01). Optional. Allowed: a number from 0 to 1. kie.ai's default: 0.8.
    :param output_format: The format of the generated image. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default:
        'png'.
    :param acceleration: Acceleration level for image generation. Options: 'none', 'regular', 'high'. Higher
        acceleration increases speed. 'regular' balances speed and quality. 'high' is recommended for images without
        text. Optional. Allowed: one of 'none', 'regular', 'high'. kie.ai's default: 'none'.
    :param negative_prompt: The negative prompt for the generation (Max length: 500 characters). Optional. Allowed: a
        string of at most 500 characters.
    :param seed: The same seed and the same prompt given to the same version of the model will output the same image
        every time. Optional. Allowed: an integer.
    :param num_inference_steps: The number of inference steps to perform (Min: 2, Max: 250, Step: 1) (step: 1).
        Optional. Allowed: a number from 2 to 250. kie.ai's default: 30.
    :param guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
        stick to your prompt when looking for a related image to show you (Min: 0, Max: 20, Step: 0.1) (step: 0.1).
        Optional. Allowed: a number from 0 to 20. kie.ai's default: 2.5.
    :param enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting
        false through the API. (Boolean value (true/false)). Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen/image-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        acceleration: Literal["none", "regular", "high"] | str | None = None,
        negative_prompt: str | None = None,
        seed: int | str | None = None,
        num_inference_steps: float | str | None = None,
        guidance_scale: float | str | None = None,
        enable_safety_checker: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "output_format": output_format,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieQwenTextToImageOperator(KieModelOperator):
    """
    Qwen - Text to Image

    Runs kie.ai model ``qwen/text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/qwen/text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The prompt to generate the image with (Max length: 5000 characters). Required. Allowed: a string of
        at most 5000 characters.
    :param image_size: The size of the generated image. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. kie.ai's default: 'square_hd'.
    :param num_inference_steps: The number of inference steps to perform (Min: 2, Max: 250, Step: 1) (step: 1).
        Optional. Allowed: a number from 2 to 250. kie.ai's default: 30.
    :param seed: The same seed and the same prompt given to the same version of the model will output the same image
        every time. Optional. Allowed: an integer.
    :param guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
        stick to your prompt when looking for a related image to show you (Min: 0, Max: 20, Step: 0.1) (step: 0.1).
        Optional. Allowed: a number from 0 to 20. kie.ai's default: 2.5.
    :param enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting
        false through the API. (Boolean value (true/false)). Optional. Allowed: true or false.
    :param output_format: The format of the generated image. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default:
        'png'.
    :param negative_prompt: The negative prompt for the generation (Max length: 500 characters). Optional. Allowed: a
        string of at most 500 characters.
    :param acceleration: Acceleration level for image generation. Options: 'none', 'regular', 'high'. Higher
        acceleration increases speed. 'regular' balances speed and quality. 'high' is recommended for images without
        text. Optional. Allowed: one of 'none', 'regular', 'high'. kie.ai's default: 'none'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["qwen/text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        image_size: Literal["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]
        | str
        | None = None,
        num_inference_steps: float | str | None = None,
        seed: int | str | None = None,
        guidance_scale: float | str | None = None,
        enable_safety_checker: bool | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        negative_prompt: str | None = None,
        acceleration: Literal["none", "regular", "high"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieRecraftCrispUpscaleOperator(KieModelOperator):
    """
    Recraft crisp upscale.

    Runs kie.ai model ``recraft/crisp-upscale`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/recraft/crisp-upscale); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image: Image to upscale (File URL after upload, not file content; Accepted types: image/jpeg, image/png,
        image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png,
        image/webp.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["recraft/crisp-upscale"]

    def __init__(
        self,
        *,
        image: FileInput,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image": image}, extra_input=extra_input, **kwargs)


class KieRecraftRemoveBackgroundOperator(KieModelOperator):
    """
    Recraft background removal.

    Runs kie.ai model ``recraft/remove-background`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/recraft/remove-background); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image: Image to remove background from. Supported formats: PNG, JPG, WEBP. Max 5MB, max 16MP, max dimension
        4096px, min dimension 256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png,
        image/webp; Max size: 5.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png,
        image/webp.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["recraft/remove-background"]

    def __init__(
        self,
        *,
        image: FileInput,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"image": image}, extra_input=extra_input, **kwargs)


class KieRunwayExtendOperator(KieModelOperator):
    """
    Extend a Runway video made earlier, from its taskId.

    Runs kie.ai model ``runway/extend`` (output: video/mp4; Runway extend's ``/api/v1/runway/extend``, documented at
    https://docs.kie.ai/runway-api/extend-ai-video); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param source_task_id: Unique identifier of the original video generation task. Must be a valid task ID from a
        previously generated video. Required (``taskId`` on the wire). Allowed: a string.
    :param prompt: Descriptive text that guides the continuation of the video. Explain what actions, movements, or
        developments should happen next. Be specific but maintain consistency with the original video content. Required.
        Allowed: a string.
    :param quality: Video resolution, optional values are 720p or 1080p. Required. Allowed: a string.
    :param water_mark: Video watermark text content. An empty string indicates no watermark, while a non-empty string
        will display the specified text as a watermark in the bottom right corner of the video. Optional (``waterMark``
        on the wire). Allowed: a string.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["runway/extend"]

    def __init__(
        self,
        *,
        source_task_id: str,
        prompt: str,
        quality: str,
        water_mark: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "taskId": source_task_id,
                "prompt": prompt,
                "quality": quality,
                "waterMark": water_mark,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieRunwayGenerateOperator(KieModelOperator):
    """
    Generate a video from text or an image with Runway.

    Runs kie.ai model ``runway/generate`` (output: video/mp4; Runway's ``/api/v1/runway/generate``, documented at
    https://docs.kie.ai/runway-api/generate-ai-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Descriptive text that guides the AI video generation. Be specific about subject, action, style, and
        setting. When used with an image, describes how to animate or modify the image content. Maximum length is 1800
        characters. Required. Allowed: a string.
    :param image_url: Optional reference image URL to base the video on. When provided, the AI will create a video
        animating or extending this image. Optional (``imageUrl`` on the wire). Allowed: an http(s) URL of a file of
        type image/jpeg, image/png, image/webp.
    :param duration: Video duration, optional values are 5 or 10. If 10-second video is selected, 1080p resolution
        cannot be used. Required. Allowed: a number.
    :param quality: Video resolution, optional values are 720p or 1080p. If 1080p is selected, 10-second video cannot be
        generated. Required. Allowed: one of '720p', '1080p'.
    :param aspect_ratio: Video aspect ratio parameter. **Required parameter for text-to-video generation requests. This
        parameter is invalid when imageUrl is passed, and the aspect ratio will ultimately be determined by the provided
        image.**. Optional (``aspectRatio`` on the wire). Allowed: one of '16:9', '4:3', '1:1', '3:4', '9:16'.
    :param water_mark: Video watermark text content. An empty string indicates no watermark, while a non-empty string
        will display the specified text as a watermark in the bottom right corner of the video. Optional (``waterMark``
        on the wire). Allowed: a string.
    :param model_version: Appears ONLY in the current docs.kie.ai request example: 'runway-duration-5-generate' (no
        schema text retrieved). Optional (``model`` on the wire). Allowed: a string.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["runway/generate"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput | None = None,
        duration: float | str,
        quality: Literal["720p", "1080p"] | str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | str | None = None,
        water_mark: str | None = None,
        model_version: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "imageUrl": image_url,
                "duration": duration,
                "quality": quality,
                "aspectRatio": aspect_ratio,
                "waterMark": water_mark,
                "model": model_version,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedance15ProOperator(KieModelOperator):
    """
    Seedance 1.5 Pro text/image-to-video (0-2 input images).

    Runs kie.ai model ``bytedance/seedance-1.5-pro`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/bytedance/seedance-1-5-pro); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000
        characters). Required. Allowed: a string of at most 20000 characters.
    :param input_urls: URLs of input images for image-to-video generation. Optional field. - Accepts 0-2 images - If not
        provided, the model will perform text-to-video generation - File URLs after upload, not file content - Accepted
        types: image/jpeg, image/png, image/webp - Max size per image: 10.0MB. Optional. Allowed: a list of 1 to 2
        http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Video aspect ratio configuration. Required field. Optional. Allowed: one of '1:1', '4:3',
        '3:4', '16:9', '9:16', '21:9'. kie.ai's default: '1:1'.
    :param resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality.
        Optional. Allowed: one of '480p', '720p', '1080p'. kie.ai's default: '720p'.
    :param duration: Duration of the video in seconds,Optional range 4-12 s. Required. Allowed: a number from 4 to 12.
    :param fixed_lens: Seedance adds dynamic camera movement. Enable this feature to lock the camera for stable, static
        shots. - **true**: Lock camera for static shots - **false**: Allow dynamic camera movement. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param generate_audio: Whether to generate audio for the video. - **true**: Generate with audio (higher cost) -
        **false**: Generate without audio Note: Enabling audio will increase the generation cost. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedance-1.5-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        input_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9"] | str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | str | None = None,
        duration: float | str,
        fixed_lens: bool | str | None = None,
        generate_audio: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
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
        asset://asset-20260404242101-76djj). Optional. Allowed: an http(s) URL.
    :param last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
        Optional. Allowed: an http(s) URL.
    :param reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect
        ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum
        number of file. Optional. Allowed: a list of 1 to 9 http(s) URLs of files of type image/jpeg, image/png,
        image/webp, image/bmp, image/tiff, image/gif.
    :param reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p
        Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not
        exceeding 15 seconds. D. Optional. Allowed: a list of 1 to 3 http(s) URLs of files of type video/mp4,
        video/quicktime.
    :param reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Single audio requirements: Format: wav, mp3 Duration: Single audio duration
        [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single audio file
        size not exce. Optional. Allowed: a list of 1 to 3 http(s) URLs of files of type audio/wav, audio/mpeg.
    :param return_last_frame: Whether to return the last frame of the video as an image. Optional. Allowed: true or
        false. kie.ai's default: False.
    :param generate_audio: Whether to generate audio for the video. - **true**: Generate with audio - **false**:
        Generate without audio. Optional. Allowed: true or false. kie.ai's default: True.
    :param resolution: Video resolution - 480p for faster generation, 720p for balance. Optional. Allowed: one of
        '480p', '720p'. kie.ai's default: '720p'.
    :param aspect_ratio: Video aspect ratio configuration. Required field. Optional. Allowed: one of '1:1', '4:3',
        '3:4', '16:9', '9:16', '21:9', 'adaptive'. kie.ai's default: '16:9'.
    :param duration: Video duration in 4-15 seconds. Optional. Allowed: an integer from 4 to 15. kie.ai's default: 5.
    :param web_search: Use online search. (Web search only can be used in the scene of t2v). Optional. Allowed: true or
        false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedance-2-fast"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: FileInput | None = None,
        last_frame_url: FileInput | None = None,
        reference_image_urls: Sequence[FileInput] | str | None = None,
        reference_video_urls: Sequence[FileInput] | str | None = None,
        reference_audio_urls: Sequence[FileInput] | str | None = None,
        return_last_frame: bool | str | None = None,
        generate_audio: bool | str | None = None,
        resolution: Literal["480p", "720p"] | str | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | str | None = None,
        duration: int | str | None = None,
        web_search: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
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
        asset://asset-20260404242101-76djj). Optional. Allowed: an http(s) URL.
    :param last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
        Optional. Allowed: an http(s) URL.
    :param reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect
        ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum
        number of file. Optional. Allowed: a list of 1 to 9 http(s) URLs of files of type image/jpeg, image/png,
        image/webp, image/bmp, image/tiff, image/gif.
    :param reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p
        Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not
        exceeding 15 seconds. . Optional. Allowed: a list of 1 to 3 http(s) URLs of files of type video/mp4,
        video/quicktime.
    :param reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example:
        asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Duration: Single audio
        duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single
        audio file size not exc. Optional. Allowed: a list of 1 to 3 http(s) URLs of files of type audio/wav,
        audio/mpeg.
    :param return_last_frame: Whether to return the last frame of the video as an image. Optional. Allowed: true or
        false. kie.ai's default: False.
    :param generate_audio: Whether to generate audio for the video. - **true**: Generate with audio - **false**:
        Generate without audio. Optional. Allowed: true or false. kie.ai's default: True.
    :param resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for High-quality video, 4K
        Ultra-High Definition, delivering perfect visual details. Optional. Allowed: one of '480p', '720p', '1080p',
        '4k'. kie.ai's default: '720p'.
    :param aspect_ratio: Video aspect ratio configuration. Required field. Optional. Allowed: one of '1:1', '4:3',
        '3:4', '16:9', '9:16', '21:9', 'adaptive'. kie.ai's default: '16:9'.
    :param duration: Video duration in 4-15 seconds. Optional. Allowed: an integer from 4 to 15. kie.ai's default: 5.
    :param web_search: Use online search. Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Optional. Allowed:
        true or false. kie.ai's default: False.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedance-2"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: FileInput | None = None,
        last_frame_url: FileInput | None = None,
        reference_image_urls: Sequence[FileInput] | str | None = None,
        reference_video_urls: Sequence[FileInput] | str | None = None,
        reference_audio_urls: Sequence[FileInput] | str | None = None,
        return_last_frame: bool | str | None = None,
        generate_audio: bool | str | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | str | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | str | None = None,
        duration: int | str | None = None,
        web_search: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedream45EditOperator(KieModelOperator):
    """
    Seedream 4.5 image edit.

    Runs kie.ai model ``seedream/4.5-edit`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/4-5-edit); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 3000 characters). Required.
        Allowed: a string of at most 3000 characters.
    :param image_urls: Upload an image file to use as input for the API (File URL after upload, not file content;
        Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: a list of 1 to 14
        http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Width-height ratio of the image, determining its visual form. Optional. Allowed: one of '1:1',
        '4:3', '3:4', '16:9', '9:16', '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 2K images, while High outputs 4K images. Optional. Allowed: one of 'basic', 'high'.
        kie.ai's default: 'basic'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/4.5-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] | str | None = None,
        quality: Literal["basic", "high"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedream45TextToImageOperator(KieModelOperator):
    """
    Seedream 4.5 text-to-image (2K basic / 4K high).

    Runs kie.ai model ``seedream/4.5-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/4-5-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 3000 characters). Required.
        Allowed: a string of at most 3000 characters.
    :param aspect_ratio: Width-height ratio of the image, determining its visual form. Optional. Allowed: one of '1:1',
        '4:3', '3:4', '16:9', '9:16', '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 2K images, while High outputs 4K images. Optional. Allowed: one of 'basic', 'high'.
        kie.ai's default: 'basic'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/4.5-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] | str | None = None,
        quality: Literal["basic", "high"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedream5LiteImageToImageOperator(KieModelOperator):
    """
    Seedream 5.0 Lite image-to-image.

    Runs kie.ai model ``seedream/5-lite-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream-5-lite-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 3-3000 characters). Required.
        Allowed: a string of at most 3000 characters.
    :param image_urls: Upload an image file to use as input for the API (File URL after upload, not file content;
        Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: a list of 1 to 14
        http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Width-height ratio of the image, determining its visual form. Optional. Allowed: one of '1:1',
        '4:3', '3:4', '16:9', '9:16', '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 2K images, while High outputs 3K images, and Ultra outputs 4K images. Optional.
        Allowed: one of 'basic', 'high', 'ultra'. kie.ai's default: 'basic'.
    :param output_format: Format of the output image. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'png'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/5-lite-image-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] | str | None = None,
        quality: Literal["basic", "high", "ultra"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "output_format": output_format,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedream5LiteTextToImageOperator(KieModelOperator):
    """
    Seedream 5.0 Lite text-to-image.

    Runs kie.ai model ``seedream/5-lite-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/5-lite-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 3-3000 characters). Required.
        Allowed: a string of at most 3000 characters.
    :param aspect_ratio: Width-height ratio of the image, determining its visual form. Optional. Allowed: one of '1:1',
        '4:3', '3:4', '16:9', '9:16', '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 2K images, while High outputs 3K images, and Ultra outputs 4K images. Optional.
        Allowed: one of 'basic', 'high', 'ultra'. kie.ai's default: 'basic'.
    :param output_format: Format of the output image. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'png'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/5-lite-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] | str | None = None,
        quality: Literal["basic", "high", "ultra"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "output_format": output_format,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedream5ProImageToImageOperator(KieModelOperator):
    """
    Seedream5.0 Pro - Image to Image

    Runs kie.ai model ``seedream/5-pro-image-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/5-pro-image-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 3-5000 characters). Required.
        Allowed: a string of at most 5000 characters.
    :param image_urls: Upload an image file to use as input for the API (File URL after upload, not file content;
        Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: a list of 1 to 10
        http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param aspect_ratio: Width-height ratio of the image, determining its visual form. Optional. Allowed: one of '1:1',
        '4:3', '3:4', '16:9', '9:16', '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 1K images, while High outputs 2K images. Optional. Allowed: one of 'basic', 'high'.
        kie.ai's default: 'basic'.
    :param output_format: Format of the output image. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'png'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/5-pro-image-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] | str | None = None,
        quality: Literal["basic", "high"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "output_format": output_format,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedream5ProLayerDecompositionOperator(KieModelOperator):
    """
    Seedream 5.0 Pro -  Layer Decomposition

    Runs kie.ai model ``seedream/5-pro-layer-decomposition`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/5-pro-layer-decomposition); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Optional prompt for layer separation. - When a prompt is provided, the model separates the specified
        elements based on the prompt - When no prompt is provided, the model automatically identifies the main elements
        in the image - Supports using `<bbox>x1 y1 x2 y2</bbox>` to precisely specify element p. Optional. Allowed: a
        string of at most 5000 characters.
    :param image_url: The source image URL for layer separation. - Must upload exactly 1 image - Supports PNG, JPEG,
        WebP, BMP, TIFF, GIF - Does not support HEIC, HEIF - Image size must not exceed 30 MB - Total pixel range is
        262,144-36,000,000 - Aspect ratio range is 1:16-16:1. Required. Allowed: an http(s) URL.
    :param size: Resolution level of the output image. The base image maintains the aspect ratio of the input image, and
        each separated layer maintains the aspect ratio of the corresponding element in the original image. - `auto`:
        Automatically selected based on the input image size - `1K`: 1K resolution level - `1. Optional. Allowed: one of
        'auto', '1K', '1.5K', '2K'. kie.ai's default: 'auto'.
    :param output_format: Output format of the base image. This parameter only controls the base image format; all
        separated layers are fixed to output as PNG. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'jpeg'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/5-pro-layer-decomposition"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        image_url: FileInput,
        size: Literal["auto", "1K", "1.5K", "2K"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "size": size,
                "output_format": output_format,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedream5ProTextToImageOperator(KieModelOperator):
    """
    Seedream5.0 Pro - Text to Image

    Runs kie.ai model ``seedream/5-pro-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/5-pro-text-to-image); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 3-5000 characters). Required.
        Allowed: a string of at most 5000 characters.
    :param aspect_ratio: Width-height ratio of the image, determining its visual form. Optional. Allowed: one of '1:1',
        '4:3', '3:4', '16:9', '9:16', '2:3', '3:2', '21:9'. kie.ai's default: '1:1'.
    :param quality: Basic outputs 1K images, while High outputs 2K images. Optional. Allowed: one of 'basic', 'high'.
        kie.ai's default: 'basic'.
    :param output_format: Format of the output image. Optional. Allowed: one of 'png', 'jpeg'. kie.ai's default: 'png'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["seedream/5-pro-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] | str | None = None,
        quality: Literal["basic", "high"] | str | None = None,
        output_format: Literal["png", "jpeg"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "output_format": output_format,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
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
    :param image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs are allowed. (File URL
        after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required.
        Allowed: a list of 1 to 10 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param image_size: The size of the generated image. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_3_2', 'portrait_16_9', 'landscape_4_3', 'landscape_3_2', 'landscape_16_9', 'landscape_21_9'. kie.ai's
        default: 'square_hd'.
    :param image_resolution: Combined with image_size; e.g. 4:3 + 4K gives 4096x3072px. Optional. Allowed: one of '1K',
        '2K', '4K'. kie.ai's default: '1K'.
    :param max_images: Cap on images per run (1-6); also state the number in the prompt. Optional. Allowed: a number
        from 1 to 6. kie.ai's default: 1.
    :param seed: Random seed to control the stochasticity of image generation. Optional. Allowed: an integer.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedream-v4-edit"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        image_size: Literal[
            "square",
            "square_hd",
            "portrait_4_3",
            "portrait_3_2",
            "portrait_16_9",
            "landscape_4_3",
            "landscape_3_2",
            "landscape_16_9",
            "landscape_21_9",
        ]
        | str
        | None = None,
        image_resolution: Literal["1K", "2K", "4K"] | str | None = None,
        max_images: float | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieSeedreamV4TextToImageOperator(KieModelOperator):
    """
    Generate images from text with ByteDance Seedream 4.

    Runs kie.ai model ``bytedance/seedream-v4-text-to-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/seedream/seedream-v4-text-to-image); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used to generate the image (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param image_size: The size of the generated image. Optional. Allowed: one of 'square', 'square_hd', 'portrait_4_3',
        'portrait_3_2', 'portrait_16_9', 'landscape_4_3', 'landscape_3_2', 'landscape_16_9', 'landscape_21_9'. kie.ai's
        default: 'square_hd'.
    :param image_resolution: Pixel scale of the image. Optional. Allowed: one of '1K', '2K', '4K'. kie.ai's default:
        '1K'.
    :param max_images: How many images one run may produce (also say it in the prompt). Optional. Allowed: a number from
        1 to 6. kie.ai's default: 1.
    :param seed: Random seed to control the stochasticity of image generation. Optional. Allowed: an integer from
        -9.22337e+18 to 9.22337e+18.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["bytedance/seedream-v4-text-to-image"]

    def __init__(
        self,
        *,
        prompt: str,
        image_size: Literal[
            "square",
            "square_hd",
            "portrait_4_3",
            "portrait_3_2",
            "portrait_16_9",
            "landscape_4_3",
            "landscape_3_2",
            "landscape_16_9",
            "landscape_21_9",
        ]
        | str
        | None = None,
        image_resolution: Literal["1K", "2K", "4K"] | str | None = None,
        max_images: float | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_size": image_size,
                "image_resolution": image_resolution,
                "max_images": max_images,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
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
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["sora-2-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        aspect_ratio: Literal["portrait", "landscape"] | str | None = None,
        n_frames: Literal["10", "15"] | str | None = None,
        remove_watermark: bool | str | None = None,
        character_id_list: Sequence[str] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
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
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["sora-2-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["portrait", "landscape"] | str | None = None,
        n_frames: Literal["10", "15"] | str | None = None,
        remove_watermark: bool | str | None = None,
        upload_method: Literal["s3", "oss"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieSunoExtendOperator(KieModelOperator):
    """
    Extend a Suno track made earlier (its audioId), with the original's settings or new ones.

    Runs kie.ai model ``suno/extend`` (output: audio/mpeg; Suno extend's ``/api/v1/generate/extend``, documented at
    https://docs.kie.ai/suno-api/extend-music); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param default_param_flag: Controls parameter source for extension. - If `true`: Use custom parameters specified in
        this request. Requires `continueAt`, `prompt`, `style`, and `title`. - If `false`: Use original audio
        parameters. Only `audioId` is required, other parameters are inherited. Required (``defaultParamFlag`` on the
        wire). Allowed: true or false.
    :param audio_id: Unique identifier of the audio track to extend. Required for all extension requests. Required
        (``audioId`` on the wire). Allowed: a string.
    :param prompt: Prompt describing the desired audio extension content. - Required when `defaultParamFlag` is `true`
        (this parameter is not needed if `instrumental` is `true`). - Character limits by model: - **V4**: Max 3,000
        characters - **V4_5 and V4_5PLUS**: Max 5,000 characters - **V4_5ALL**: Max 5,000 character. Optional. Allowed:
        a string.
    :param style: Music style specification for the extended audio. - Required when `defaultParamFlag` is `true`. -
        Character limits by model: - **V4**: Maximum 200 characters - **V4_5 & V4_5PLUS**: Maximum 1000 characters -
        **V4_5ALL**: Maximum 1000 characters - **V5_5 & V5**: Maximum 1000 characters - Should typica. Optional.
        Allowed: a string.
    :param title: Title for the extended music track. - Required when `defaultParamFlag` is `true`. - Character limits
        by model: - **V4**: Maximum 80 characters - **V4_5 & V4_5PLUS**: Maximum 100 characters - **V4_5ALL**: Maximum
        80 characters - **V5_5 & V5**: Maximum 100 characters - Will be displayed in player inte. Optional. Allowed: a
        string.
    :param continue_at: The time point (in seconds) from which to start extending the music. - Required when
        `defaultParamFlag` is `true`. - Value range: greater than 0 and less than the total duration of the generated
        audio. - Specifies the position in the original track where the extension should begin. Optional (``continueAt``
        on the wire). Allowed: a number.
    :param model_version: The AI model version to use for generation. - Required for all requests. - Available options:
        - **`V5_5`**：Custom Models Tailored to Your Unique Taste. - **`V5`**: Superior musical expression, faster
        generation. - **`V4_5PLUS`**: V4.5+ delivers richer sound, new ways to create, max 8 min. - **`V4_5`. Required
        (``model`` on the wire). Allowed: one of 'V4', 'V4_5', 'V4_5PLUS', 'V4_5ALL', 'V5', 'V5_5'.
    :param negative_tags: Music styles or traits to exclude from the extended audio. Optional. Use to avoid specific
        undesired characteristics. Optional (``negativeTags`` on the wire). Allowed: a string.
    :param vocal_gender: Vocal gender preference. Optional. 'm' denotes a male voice, and 'f' denotes a female voice. In
        practice, this parameter only influences the probability and does not guarantee strict adherence to the gender
        instruction. This parameter is not required if `instrumental` is set to `true`. Optional (``vocalGender`` on the
        wire). Allowed: one of 'm', 'f'.
    :param style_weight: Strength of adherence to the specified style. Optional. Range 0–1, up to 2 decimal places.
        Optional (``styleWeight`` on the wire). Allowed: a number from 0 to 1.
    :param weirdness_constraint: Controls experimental/creative deviation. Optional. Range 0–1, up to 2 decimal places.
        Optional (``weirdnessConstraint`` on the wire). Allowed: a number from 0 to 1.
    :param audio_weight: Balance weight for audio features vs. other factors. Optional. Range 0–1, up to 2 decimal
        places. Optional (``audioWeight`` on the wire). Allowed: a number from 0 to 1.
    :param persona_id: Only available when Custom Mode (`customMode: true`) is enabled. Persona ID or Voice ID to apply
        to the generated music. Optional. Use this to apply a specific persona style to your music generation. To
        generate a persona ID, use the [Generate Persona](https://docs.kie.ai/suno-api/generate-persona) . Optional
        (``personaId`` on the wire). Allowed: a string.
    :param persona_model: The persona model is only available for models version 5 and 5.5. Optional (``personaModel``
        on the wire). Allowed: one of 'style_persona', 'voice_persona'.
    :param instrumental: Indicates whether it is an instrumental track. If true, passing the `prompt` and `vocalGender`
        parameters is prohibited. Optional. Allowed: true or false. kie.ai's default: False.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["suno/extend"]

    def __init__(
        self,
        *,
        default_param_flag: bool | str,
        audio_id: str,
        prompt: str | None = None,
        style: str | None = None,
        title: str | None = None,
        continue_at: float | str | None = None,
        model_version: Literal["V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5"] | str,
        negative_tags: str | None = None,
        vocal_gender: Literal["m", "f"] | str | None = None,
        style_weight: float | str | None = None,
        weirdness_constraint: float | str | None = None,
        audio_weight: float | str | None = None,
        persona_id: str | None = None,
        persona_model: Literal["style_persona", "voice_persona"] | str | None = None,
        instrumental: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "defaultParamFlag": default_param_flag,
                "audioId": audio_id,
                "prompt": prompt,
                "style": style,
                "title": title,
                "continueAt": continue_at,
                "model": model_version,
                "negativeTags": negative_tags,
                "vocalGender": vocal_gender,
                "styleWeight": style_weight,
                "weirdnessConstraint": weirdness_constraint,
                "audioWeight": audio_weight,
                "personaId": persona_id,
                "personaModel": persona_model,
                "instrumental": instrumental,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSunoGenerateOperator(KieModelOperator):
    """
    Generate music (two tracks) with Suno.

    Runs kie.ai model ``suno/generate`` (output: audio/mpeg; Suno's ``/api/v1/generate``, documented at
    https://docs.kie.ai/suno-api/generate-music); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A description of the desired audio content. - In Custom Mode (`customMode: true`): Required if
        `instrumental` is `false`. The prompt will be strictly used as the lyrics and sung in the generated track.
        Character limits by model: - **V4**: Maximum 3000 characters - **V4_5 & V4_5PLUS**: Maximum 5000 c. Required.
        Allowed: a string of at most 5000 characters.
    :param style: Music style specification for the generated audio. - Required in Custom Mode (`customMode: true`).
        Defines the genre, mood, or artistic direction. - Character limits by model: - **V4**: Maximum 200 characters -
        **V4_5 & V4_5PLUS**: Maximum 1000 characters - **V4_5ALL**: Maximum 1000 characters - **V. Optional. Allowed: a
        string of at most 1000 characters.
    :param title: Title for the generated music track. - Required in Custom Mode (`customMode: true`). - Max length: 80
        characters. - Will be displayed in player interfaces and filenames. Optional. Allowed: a string of at most 80
        characters.
    :param custom_mode: Determines if advanced parameter customization is enabled. - If `true`: Allows detailed control
        with specific requirements for `style` and `title` fields. - If `false`: Simplified mode where only `prompt` is
        required and other parameters are ignored. Required (``customMode`` on the wire). Allowed: true or false.
    :param instrumental: Determines if the audio should be instrumental (no lyrics). - In Custom Mode (`customMode:
        true`): - If `true`: Only `style` and `title` are required. - If `false`: `style`, `title`, and `prompt` are
        required (with prompt used as the exact lyrics). - In Non-custom Mode (`customMode: false`): No impa. Required.
        Allowed: true or false.
    :param model_version: Model version. Quickstart lists V3_5, V4, V4_5, V4_5PLUS, V4_5ALL, V5; the generate page's
        limit table covers V4..V5 only (V3_5 possibly retired). Required-ness not verified (the dog-test example always
        sends it). Required (``model`` on the wire). Allowed: one of 'V4', 'V4_5', 'V4_5PLUS', 'V4_5ALL', 'V5', 'V5_5',
        'V3_5'.
    :param negative_tags: Music styles or traits to exclude from the generated audio. Optional. Use to avoid specific
        styles. Optional (``negativeTags`` on the wire). Allowed: a string.
    :param vocal_gender: Vocal gender preference for the singing voice. Optional. Use 'm' for male and 'f' for female.
        Note: This parameter is only effective when customMode is true. Based on practice, this parameter can only
        increase the probability but cannot guarantee adherence to male/female voice instructions. Optional
        (``vocalGender`` on the wire). Allowed: one of 'm', 'f'.
    :param style_weight: 0-1, up to 2 decimals. Optional (``styleWeight`` on the wire). Allowed: a number from 0 to 1.
    :param weirdness_constraint: 0-1, up to 2 decimals. Optional (``weirdnessConstraint`` on the wire). Allowed: a
        number from 0 to 1.
    :param audio_weight: 0-1, up to 2 decimals. Optional (``audioWeight`` on the wire). Allowed: a number from 0 to 1.
    :param persona_id: Only available when Custom Mode (`customMode: true`) is enabled. Persona ID or Voice ID to apply
        to the generated music. Optional. Use this to apply a specific persona style to your music generation. To
        generate a persona ID, use the [Generate Persona](https://docs.kie.ai/suno-api/generate-persona) . Optional
        (``personaId`` on the wire). Allowed: a string.
    :param persona_model: The persona model is only available for models version 5 and 5.5. Optional (``personaModel``
        on the wire). Allowed: one of 'style_persona', 'voice_persona'.
    :param duration: Audio duration. Optional; only effective when custom_mode is true and model is V5_5. Optional.
        Allowed: a number from 10 to 360. kie.ai's default: 20.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["suno/generate"]

    def __init__(
        self,
        *,
        prompt: str,
        style: str | None = None,
        title: str | None = None,
        custom_mode: bool | str,
        instrumental: bool | str,
        model_version: Literal["V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "V3_5"] | str,
        negative_tags: str | None = None,
        vocal_gender: Literal["m", "f"] | str | None = None,
        style_weight: float | str | None = None,
        weirdness_constraint: float | str | None = None,
        audio_weight: float | str | None = None,
        persona_id: str | None = None,
        persona_model: Literal["style_persona", "voice_persona"] | str | None = None,
        duration: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "style": style,
                "title": title,
                "customMode": custom_mode,
                "instrumental": instrumental,
                "model": model_version,
                "negativeTags": negative_tags,
                "vocalGender": vocal_gender,
                "styleWeight": style_weight,
                "weirdnessConstraint": weirdness_constraint,
                "audioWeight": audio_weight,
                "personaId": persona_id,
                "personaModel": persona_model,
                "duration": duration,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSunoMusicVideoOperator(KieModelOperator):
    """
    Make a music video (MP4) of a Suno track made earlier (its taskId and audioId).

    Runs kie.ai model ``suno/mp4`` (output: video/mp4; Suno music video's ``/api/v1/mp4/generate``, documented at
    https://docs.kie.ai/suno-api/create-music-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param source_task_id: Unique identifier of the music generation task. This should be a taskId returned from either
        the "Generate Music" or "Extend Music" endpoints. Required (``taskId`` on the wire). Allowed: a string.
    :param audio_id: Unique identifier of the specific audio track to visualize. This ID is returned in the callback
        data after music generation completes. Required (``audioId`` on the wire). Allowed: a string.
    :param author: Artist or creator name to display as a signature on the video cover. Maximum 50 characters. This
        creates attribution for the music creator. Optional. Allowed: a string of at most 50 characters.
    :param domain_name: Website or brand to display as a watermark at the bottom of the video. Maximum 50 characters.
        Useful for promotional branding or attribution. Optional (``domainName`` on the wire). Allowed: a string of at
        most 50 characters.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["suno/mp4"]

    def __init__(
        self,
        *,
        source_task_id: str,
        audio_id: str,
        author: str | None = None,
        domain_name: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "taskId": source_task_id,
                "audioId": audio_id,
                "author": author,
                "domainName": domain_name,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSunoVocalRemovalOperator(KieModelOperator):
    """
    Separate a Suno track made earlier (its taskId and audioId) into vocals and instrumental, or into stems.

    Runs kie.ai model ``suno/vocal-removal`` (output: audio/mpeg; Suno vocal separation's
    ``/api/v1/vocal-removal/generate``, documented at https://docs.kie.ai/suno-api/separate-vocals); see
    :class:`KieCreateTaskOperator` for waiting, retries, durability and the return value. Every input field is
    templated; file fields also take a local path, storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task
    is created.

    :param type: Separation type, options: - **separate_vocal**: Separate vocals and accompaniment, generating a vocal
        track and an instrumental track. - **split_stem**: Separate various instrument sounds, generating multiple
        instrument tracks. - **split_stem_advanced**: Advanced multi-track separation, supporting t. Optional. Allowed:
        one of 'separate_vocal', 'split_stem', 'split_stem_advanced'. kie.ai's default: 'separate_vocal'.
    :param stem_name: Only used when `type` is `split_stem_advanced` to request a specific stem track/instrument name.
        Optional (``stemName`` on the wire). Allowed: one of 'Lead Vocal', 'Drum Kit', 'Kick', 'Snare', 'Risers',
        'Bass', 'Backing Vocals', 'Piano', 'Electric Guitar', 'Percussion', 'String Section', 'Synth', 'Acoustic
        Guitar', 'Sound Effects', 'Synth Pad', 'Synth Bass', 'Guitar', 'Brass Section', 'Organ', 'Electronic Drum Kit',
        'Lead Electric Guitar', 'Synth Keys', 'Rhythm Electric Guitar', 'Electric Piano', 'Upright Bass', 'Keyboards',
        'Distorted Electric Guitar', 'Synth Strings', 'Synth Lead', 'Woodwinds', 'Rhythm Acoustic Guitar', 'Flute',
        'Harp', 'Tambourine', 'Trumpet', 'Arpeggiator', 'Accordion', 'Fiddle', 'Pedal Steel Guitar', 'Synth Voice',
        'Violin', 'Digital Piano', 'Synth Brass', 'Mandolin', 'Choir', 'Banjo', 'Bells', 'Clarinet', 'Tenor Saxophone',
        'Trombone', 'Shaker', 'French Horn', 'Glockenspiel', 'Electric Bass', 'Cello', 'Timpani', 'Harmonica',
        'Marimba', 'Vibraphone', 'Lap Steel Guitar', 'Saxophone', 'Orchestra', 'Horns', 'Cymbals', 'Hand Clap', 'Oboe',
        'Celesta', 'Congas', 'Drone', 'Alto Saxophone', 'Double Bass', 'Ukulele', 'Harpsichord', 'Baritone Saxophone',
        'Xylophone', 'Tuba', 'Bass Guitar', 'Whistle', 'Lead Guitar', 'Rhodes', '808', 'Bongos', 'Bassoon', 'Cowbell',
        'Viola', 'Sitar', 'Steel Drums', 'Piccolo', 'Theremin', 'Bagpipes', 'Hi-Hat', 'Music Box', 'Melodica', 'Tabla',
        'Koto', 'Djembe', 'Taiko', 'Didgeridoo'.
    :param audio_id: Unique identifier of the specific audio track to process for vocal separation. This ID is returned
        in the callback data after music generation completes. Required (``audioId`` on the wire). Allowed: a string.
    :param audio_url: Custom audio URL uploaded by the user. The maximum file size is 20MB. Optional (``audioUrl`` on
        the wire). Allowed: an http(s) URL.
    :param source_task_id: Unique identifier of the music generation task. This should be a taskId returned from the
        Generate Music or Extend Music endpoint. Optional (``taskId`` on the wire). Allowed: a string.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["suno/vocal-removal"]

    def __init__(
        self,
        *,
        type: Literal["separate_vocal", "split_stem", "split_stem_advanced"] | str | None = None,
        stem_name: Literal[
            "Lead Vocal",
            "Drum Kit",
            "Kick",
            "Snare",
            "Risers",
            "Bass",
            "Backing Vocals",
            "Piano",
            "Electric Guitar",
            "Percussion",
            "String Section",
            "Synth",
            "Acoustic Guitar",
            "Sound Effects",
            "Synth Pad",
            "Synth Bass",
            "Guitar",
            "Brass Section",
            "Organ",
            "Electronic Drum Kit",
            "Lead Electric Guitar",
            "Synth Keys",
            "Rhythm Electric Guitar",
            "Electric Piano",
            "Upright Bass",
            "Keyboards",
            "Distorted Electric Guitar",
            "Synth Strings",
            "Synth Lead",
            "Woodwinds",
            "Rhythm Acoustic Guitar",
            "Flute",
            "Harp",
            "Tambourine",
            "Trumpet",
            "Arpeggiator",
            "Accordion",
            "Fiddle",
            "Pedal Steel Guitar",
            "Synth Voice",
            "Violin",
            "Digital Piano",
            "Synth Brass",
            "Mandolin",
            "Choir",
            "Banjo",
            "Bells",
            "Clarinet",
            "Tenor Saxophone",
            "Trombone",
            "Shaker",
            "French Horn",
            "Glockenspiel",
            "Electric Bass",
            "Cello",
            "Timpani",
            "Harmonica",
            "Marimba",
            "Vibraphone",
            "Lap Steel Guitar",
            "Saxophone",
            "Orchestra",
            "Horns",
            "Cymbals",
            "Hand Clap",
            "Oboe",
            "Celesta",
            "Congas",
            "Drone",
            "Alto Saxophone",
            "Double Bass",
            "Ukulele",
            "Harpsichord",
            "Baritone Saxophone",
            "Xylophone",
            "Tuba",
            "Bass Guitar",
            "Whistle",
            "Lead Guitar",
            "Rhodes",
            "808",
            "Bongos",
            "Bassoon",
            "Cowbell",
            "Viola",
            "Sitar",
            "Steel Drums",
            "Piccolo",
            "Theremin",
            "Bagpipes",
            "Hi-Hat",
            "Music Box",
            "Melodica",
            "Tabla",
            "Koto",
            "Djembe",
            "Taiko",
            "Didgeridoo",
        ]
        | str
        | None = None,
        audio_id: str,
        audio_url: FileInput | None = None,
        source_task_id: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "type": type,
                "stemName": stem_name,
                "audioId": audio_id,
                "audioUrl": audio_url,
                "taskId": source_task_id,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieSunoWavOperator(KieModelOperator):
    """
    Convert a Suno track made earlier (its taskId and audioId) to a WAV file.

    Runs kie.ai model ``suno/wav`` (output: audio/wav; Suno WAV conversion's ``/api/v1/wav/generate``, documented at
    https://docs.kie.ai/suno-api/convert-to-wav); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param source_task_id: Unique identifier of the music generation task. This should be a taskId returned from either
        the "Generate Music" or "Extend Music" endpoints. Required (``taskId`` on the wire). Allowed: a string.
    :param audio_id: Unique identifier of the specific audio track to convert. This ID is returned in the callback data
        after music generation completes. Required (``audioId`` on the wire). Allowed: a string.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["suno/wav"]

    def __init__(
        self,
        *,
        source_task_id: str,
        audio_id: str,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fields={"taskId": source_task_id, "audioId": audio_id}, extra_input=extra_input, **kwargs)


class KieTopazImageUpscaleOperator(KieModelOperator):
    """
    Upscale an image 1x, 2x, 4x or 8x with Topaz.

    Runs kie.ai model ``topaz/image-upscale`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/topaz/image-upscale); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: Url of the image to be upscaled (File URL after upload, not file content; Accepted types:
        image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        image/jpeg, image/png, image/webp.
    :param upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height). Optional. Allowed: one of
        '1', '2', '4', '8'. kie.ai's default: '2'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["topaz/image-upscale"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal["1", "2", "4", "8"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieTopazVideoUpscaleOperator(KieModelOperator):
    """
    Topaz video upscale.

    Runs kie.ai model ``topaz/video-upscale`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/topaz/video-upscale); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param video_url: URL of the video to upscale (File URL after upload, not file content; Accepted types: video/mp4,
        video/quicktime, video/x-matroska; Max size: 50.0MB). Required. Allowed: an http(s) URL of a file of type
        video/mp4, video/quicktime, video/x-matroska.
    :param upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height). Optional. Allowed: one of
        '1', '2', '4'. kie.ai's default: '2'.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["topaz/video-upscale"]

    def __init__(
        self,
        *,
        video_url: FileInput,
        upscale_factor: Literal["1", "2", "4"] | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "video_url": video_url,
                "upscale_factor": upscale_factor,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieVeoExtendOperator(KieModelOperator):
    """
    Extend a Veo 3.1 video made earlier, from its taskId.

    Runs kie.ai model ``veo/extend`` (output: video/mp4; Veo 3.1 extend's ``/api/v1/veo/extend``, documented at
    https://docs.kie.ai/veo3-api/extend-video); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param source_task_id: Task ID of the original video generation. Must be a valid taskId returned from the video
        generation interface. Note: Videos generated after 1080P generation cannot be extended. Required (``taskId`` on
        the wire). Allowed: a string.
    :param prompt: Text prompt describing the extended video content. Should detail how you want the video to be
        extended, including actions, scene changes, style, etc. Required. Allowed: a string.
    :param seeds: Random seed parameter for controlling the randomness of generated content. Range: 10000-99999. Same
        seeds will generate similar video content, different seeds will generate different video content. If not
        specified, the system will automatically assign random seeds. Optional. Allowed: an integer from 10000 to 99999.
    :param model_version: Model type for video extension (optional). Defaults to `fast` if not specified. - **fast**:
        Fast generation mode - **quality**: High quality generation mode - **lite**: Most cost-effective generation
        mode. Optional (``model`` on the wire). Allowed: one of 'fast', 'quality', 'lite'. kie.ai's default: 'fast'.
    :param watermark: Watermark text (optional). If provided, a watermark will be added to the generated video.
        Optional. Allowed: a string.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["veo/extend"]

    def __init__(
        self,
        *,
        source_task_id: str,
        prompt: str,
        seeds: int | str | None = None,
        model_version: Literal["fast", "quality", "lite"] | str | None = None,
        watermark: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "taskId": source_task_id,
                "prompt": prompt,
                "seeds": seeds,
                "model": model_version,
                "watermark": watermark,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieVeoGenerateOperator(KieModelOperator):
    """
    Generate a video (text or images to video) with Google Veo 3.1.

    Runs kie.ai model ``veo/generate`` (output: video/mp4; Veo 3.1's ``/api/v1/veo/generate``, documented at
    https://docs.kie.ai/veo3-api/generate-veo-3-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompt describing the desired video content. Required for all generation modes. - Should be
        detailed and specific in describing video content - Can include actions, scenes, style and other information -
        For image-to-video, describe how you want the image to come alive. Required. Allowed: a string.
    :param image_urls: Image URL list (used in image-to-video mode). Supports 1 or 2 images: - **1 image**: The
        generated video will unfold around this image, with the image content presented dynamically - **2 images**: The
        first image serves as the video's first frame, and the second image serves as the video's last fram. Optional
        (``imageUrls`` on the wire). Allowed: a list of 1 to 3 http(s) URLs of files of type image/jpeg, image/png,
        image/webp.
    :param model_version: veo3 = Veo 3.1 Quality; veo3_fast = Veo 3.1 Fast. Optional (``model`` on the wire). Allowed:
        one of 'veo3', 'veo3_fast', 'veo3_lite'. kie.ai's default: 'veo3_fast'.
    :param generation_type: Video generation mode (optional). Specifies different video generation approaches: -
        **TEXT_2_VIDEO**: Text-to-video - Generate videos using only text prompts - **FIRST_AND_LAST_FRAMES_2_VIDEO**:
        First and last frames to video - Flexible image-to-video generation mode - 1 image: Generate video based.
        Optional (``generationType`` on the wire). Allowed: one of 'TEXT_2_VIDEO', 'FIRST_AND_LAST_FRAMES_2_VIDEO',
        'REFERENCE_2_VIDEO'.
    :param aspect_ratio: Video aspect ratio. Specifies the dimension ratio of the generated video. Available options: -
        16:9: Landscape video format. - 9:16: Portrait video format, suitable for mobile short videos - Auto: In auto
        mode, the video will be automatically center-cropped based on whether your uploaded image is cl. Optional.
        Allowed: one of '16:9', '9:16', 'Auto'. kie.ai's default: '16:9'.
    :param enable_fallback: Deprecated Enable fallback functionality. When set to true, if the official Veo3.1 video
        generation service is unavailable or encounters exceptions, the system will automatically switch to a backup
        model for video generation to ensure task continuity and reliability. Default value is false. - When f. Optional
        (``enableFallback`` on the wire). Allowed: true or false. kie.ai's default: False.
    :param enable_translation: Enable prompt translation to English. When set to true, the system will automatically
        translate prompts to English before video generation for better generation results. Default value is true. -
        true: Enable translation, prompts will be automatically translated to English - false: Disable translatio.
        Optional (``enableTranslation`` on the wire). Allowed: true or false. kie.ai's default: False.
    :param watermark: Watermark text. - Optional parameter - If provided, a watermark will be added to the generated
        video. Optional. Allowed: a string.
    :param resolution: Controls the pixel dimensions of the generated image. Higher resolution results in greater
        clarity and detail, while lower resolution allows for faster generation. Optional. Allowed: one of '720p',
        '1080p', '4k'. kie.ai's default: '720p'.
    :param duration: The duration of the generated video, in seconds. Optional values are 4, 6, 8. **Important Note**: -
        The REFERENCE_2_VIDEO mode currently only supports a duration of 8 seconds. Optional. Allowed: one of 4, 6, 8.
        kie.ai's default: 8.
    :param seeds: Random seed, 10000-99999. Optional. Allowed: an integer from 10000 to 99999.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["veo/generate"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str | None = None,
        model_version: Literal["veo3", "veo3_fast", "veo3_lite"] | str | None = None,
        generation_type: Literal["TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"]
        | str
        | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | str | None = None,
        enable_fallback: bool | str | None = None,
        enable_translation: bool | str | None = None,
        watermark: str | None = None,
        resolution: Literal["720p", "1080p", "4k"] | str | None = None,
        duration: Literal[4, 6, 8] | int | str | None = None,
        seeds: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "imageUrls": image_urls,
                "model": model_version,
                "generationType": generation_type,
                "aspect_ratio": aspect_ratio,
                "enableFallback": enable_fallback,
                "enableTranslation": enable_translation,
                "watermark": watermark,
                "resolution": resolution,
                "duration": duration,
                "seeds": seeds,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieVolcengineVideoToVideoLipSyncOperator(KieModelOperator):
    """
    Volcengine video to video lip sync

    Runs kie.ai model ``volcengine/video-to-video-lip-sync`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/volcengine/video-to-video-lip-sync); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param mode: Service mode for lip-sync generation. - `lite`: For single-person frontal videos. Faster processing. -
        `basic`: For single-person complex scenes. Supports scene segmentation and speaker identification. Required.
        Allowed: one of 'lite', 'basic'.
    :param video_url: Video URL. Supported resolution: 360p–1080p. Videos above 1080p will be compressed to 1080p, while
        videos below 360p are not supported. Supported formats: MOV, MP4, HDR. Recommended codec: H.264. Other
        formats/codecs may be transcoded. Max file size: 500 MB. Bitrate: 1–30 Mbps. Frame rate: 24–60 fps. Required.
        Allowed: an http(s) URL.
    :param audio_url: Target pure vocal audio URL; used to drive video lip movements. Accepted file types: audio/mpeg,
        audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg. Max file size: 10MB. Required. Allowed: an http(s) URL.
    :param separate_vocal: Enable vocal separation to suppress background noise. Default value: `false`. Optional.
        Allowed: true or false. kie.ai's default: False.
    :param open_scenedet: Whether to enable scene segmentation and speaker identification. Supported only in Basic mode.
        Default value: `false`. Optional. Allowed: true or false. kie.ai's default: False.
    :param align_audio: Supported in Lite mode. Whether to loop the video when the audio is longer than the video.
        Default value: `true`. Optional. Allowed: true or false. kie.ai's default: True.
    :param align_audio_reverse: Supported in Lite mode. Whether to loop the video in reverse (backward). Requires
        `align_audio` to be set to `true`. Default value: `false`. Optional. Allowed: true or false. kie.ai's default:
        False.
    :param templ_start_seconds: Supported in Lite mode. Start time of the template video, in seconds. Default value:
        `0`. Optional. Allowed: a number. kie.ai's default: 0.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["volcengine/video-to-video-lip-sync"]

    def __init__(
        self,
        *,
        mode: Literal["lite", "basic"] | str,
        video_url: FileInput,
        audio_url: FileInput,
        separate_vocal: bool | str | None = None,
        open_scenedet: bool | str | None = None,
        align_audio: bool | str | None = None,
        align_audio_reverse: bool | str | None = None,
        templ_start_seconds: float | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "mode": mode,
                "video_url": video_url,
                "audio_url": audio_url,
                "separate_vocal": separate_vocal,
                "open_scenedet": open_scenedet,
                "align_audio": align_audio,
                "align_audio_reverse": align_audio_reverse,
                "templ_start_seconds": templ_start_seconds,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan22A14bImageToVideoTurboOperator(KieModelOperator):
    """
    Wan - 2.2 A14B Image to Video Turbo

    Runs kie.ai model ``wan/2-2-a14b-image-to-video-turbo`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-2-a14b-image-to-video-turbo); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized
        and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp;
        Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param prompt: The text prompt to guide video generation. (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param resolution: Resolution of the generated video (480p or 720p). Default value: "720p". Optional. Allowed: one
        of '480p', '720p'. kie.ai's default: '720p'.
    :param enable_prompt_expansion: Whether to enable prompt expansion. This will use a large language model to expand
        the prompt with additional details while maintaining the original meaning. (Boolean value (true/false)).
        Optional. Allowed: true or false.
    :param seed: Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1)
        (step: 1). Optional. Allowed: a number from 0 to 2.14748e+09. kie.ai's default: 0.
    :param acceleration: Acceleration level to use. The more acceleration, the faster the generation, but with lower
        quality. The recommended value is 'none'. Default value: "none". Optional. Allowed: one of 'none', 'regular'.
        kie.ai's default: 'none'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-2-a14b-image-to-video-turbo"]

    def __init__(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        resolution: Literal["480p", "720p"] | str | None = None,
        enable_prompt_expansion: bool | str | None = None,
        seed: float | str | None = None,
        acceleration: Literal["none", "regular"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "acceleration": acceleration,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan22A14bSpeechToVideoTurboOperator(KieModelOperator):
    """
    Wan - 2.2 A14B Speech to Video Turbo

    Runs kie.ai model ``wan/2-2-a14b-speech-to-video-turbo`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-2-a14b-speech-to-video-turbo); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt used for video generation (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized
        and center cropped (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp;
        Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param audio_url: The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mp3,
        audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg; Max size: 10.0MB). Required.
        Allowed: an http(s) URL of a file of type audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac,
        audio/x-ms-wma, audio/mpeg.
    :param num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple of 4) (Min: 40, Max:
        120, Step: 4) (step: 4). Optional. Allowed: a number from 40 to 120. kie.ai's default: 80.
    :param frames_per_second: Frames per second of the generated video. Must be between 4 to 60. When using
        interpolation and adjust_fps_for_interpolation is set to true (default true,) the final FPS will be multiplied
        by the number of interpolated frames plus one. For example, if the generated frames per second is 16 and the nu.
        Optional. Allowed: a number from 4 to 60. kie.ai's default: 16.
    :param resolution: Resolution of the generated video (480p, 580p, or 720p). Optional. Allowed: one of '480p',
        '580p', '720p'. kie.ai's default: '480p'.
    :param negative_prompt: Negative prompt for video generation (Max length: 500 characters). Optional. Allowed: a
        string of at most 500 characters.
    :param seed: Random seed for reproducibility. If None, a random seed is chosen. Optional. Allowed: an integer.
    :param num_inference_steps: Number of inference steps for sampling. Higher values give better quality but take
        longer (Min: 2, Max: 40, Step: 1) (step: 1). Optional. Allowed: a number from 2 to 40. kie.ai's default: 27.
    :param guidance_scale: Classifier-free guidance scale. Higher values give better adherence to the prompt but may
        decrease quality (Min: 1, Max: 10, Step: 0.1) (step: 0.1). Optional. Allowed: a number from 1 to 10. kie.ai's
        default: 3.5.
    :param shift: Shift value for the video. Must be between 1.0 and 10.0 (Min: 1, Max: 10, Step: 0.1) (step: 0.1).
        Optional. Allowed: a number from 1 to 10. kie.ai's default: 5.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-2-a14b-speech-to-video-turbo"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput,
        num_frames: float | str | None = None,
        frames_per_second: float | str | None = None,
        resolution: Literal["480p", "580p", "720p"] | str | None = None,
        negative_prompt: str | None = None,
        seed: int | str | None = None,
        num_inference_steps: float | str | None = None,
        guidance_scale: float | str | None = None,
        shift: float | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan22A14bTextToVideoTurboOperator(KieModelOperator):
    """
    Wan - 2.2 A14B Text to Video Turbo

    Runs kie.ai model ``wan/2-2-a14b-text-to-video-turbo`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-2-a14b-text-to-video-turbo); see :class:`KieCreateTaskOperator` for waiting,
    retries, durability and the return value. Every input field is templated; file fields also take a local path,
    storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt to guide video generation. (Max length: 5000 characters). Required. Allowed: a string
        of at most 5000 characters.
    :param resolution: Resolution of the generated video (480p or 720p). Default value: "720p". Optional. Allowed: one
        of '480p', '720p'. kie.ai's default: '720p'.
    :param aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default value: "16:9". Optional. Allowed:
        one of '16:9', '9:16'. kie.ai's default: '16:9'.
    :param enable_prompt_expansion: Whether to enable prompt expansion. This will use a large language model to expand
        the prompt with additional details while maintaining the original meaning. (Boolean value (true/false)).
        Optional. Allowed: true or false.
    :param seed: Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1)
        (step: 1). Optional. Allowed: a number from 0 to 2.14748e+09. kie.ai's default: 0.
    :param acceleration: Acceleration level to use. The more acceleration, the faster the generation, but with lower
        quality. The recommended value is 'none'. Default value: "none". Optional. Allowed: one of 'none', 'regular'.
        kie.ai's default: 'none'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-2-a14b-text-to-video-turbo"]

    def __init__(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16"] | str | None = None,
        enable_prompt_expansion: bool | str | None = None,
        seed: float | str | None = None,
        acceleration: Literal["none", "regular"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "acceleration": acceleration,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan22AnimateMoveOperator(KieModelOperator):
    """
    Wan - Animate Move

    Runs kie.ai model ``wan/2-2-animate-move`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-2-animate-move); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param video_url: URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4,
        video/quicktime, video/x-matroska; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        video/mp4, video/quicktime, video/x-matroska.
    :param image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized
        and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp;
        Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param resolution: Resolution of the generated video (480p, 580p, or 720p). Optional. Allowed: one of '480p',
        '580p', '720p'. kie.ai's default: '480p'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-2-animate-move"]

    def __init__(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "video_url": video_url,
                "image_url": image_url,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan22AnimateReplaceOperator(KieModelOperator):
    """
    Wan - Animate Replace

    Runs kie.ai model ``wan/2-2-animate-replace`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-2-animate-replace); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param video_url: URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4,
        video/quicktime, video/x-matroska; Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type
        video/mp4, video/quicktime, video/x-matroska.
    :param image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized
        and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp;
        Max size: 10.0MB). Required. Allowed: an http(s) URL of a file of type image/jpeg, image/png, image/webp.
    :param resolution: Resolution of the generated video (480p, 580p, or 720p). Optional. Allowed: one of '480p',
        '580p', '720p'. kie.ai's default: '480p'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-2-animate-replace"]

    def __init__(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "video_url": video_url,
                "image_url": image_url,
                "resolution": resolution,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan25ImageToVideoOperator(KieModelOperator):
    """
    Wan 2.5 image-to-video.

    Runs kie.ai model ``wan/2-5-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-5-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt describing the desired video motion. Maximum length: 800 characters. Required.
        Allowed: a string of at most 800 characters.
    :param image_url: URL of the image to use as the first frame. Must be publicly accessible. - Please provide the URL
        of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size:
        10.0MB. Required. Allowed: an http(s) URL.
    :param duration: The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds. Required.
        Allowed: one of '5', '10'.
    :param resolution: Video resolution. Valid values: `720p`, `1080p`. Optional. Allowed: one of '720p', '1080p'.
    :param negative_prompt: Negative prompt used to describe content to avoid. Maximum length: 500 characters. Optional.
        Allowed: a string of at most 500 characters.
    :param enable_prompt_expansion: Whether to enable prompt rewriting using LLM. - Boolean value: `true` / `false`.
        Optional. Allowed: true or false.
    :param seed: Random seed for reproducibility. If omitted, a random seed is chosen. Optional. Allowed: an integer.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-5-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | str,
        resolution: Literal["720p", "1080p"] | str | None = None,
        negative_prompt: str | None = None,
        enable_prompt_expansion: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieWan25TextToVideoOperator(KieModelOperator):
    """
    Wan 2.5 text-to-video.

    Runs kie.ai model ``wan/2-5-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-5-text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: The text prompt for video generation. Supports Chinese and English. Maximum length: 800 characters.
        Required. Allowed: a string of at most 800 characters.
    :param duration: The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds. Required.
        Allowed: one of '5', '10'.
    :param aspect_ratio: The aspect ratio of the generated video. - `16:9`: Landscape - `9:16`: Portrait - `1:1`:
        Square. Optional. Allowed: one of '16:9', '9:16', '1:1'.
    :param resolution: Video resolution tier. - `720p`: 720p - `1080p`: 1080p. Optional. Allowed: one of '720p',
        '1080p'.
    :param negative_prompt: Negative prompt used to describe content to avoid. Maximum length: 500 characters. Optional.
        Allowed: a string of at most 500 characters.
    :param enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results for short prompts but
        increases processing time. - Boolean value: `true` / `false`. Optional. Allowed: true or false.
    :param seed: Random seed for reproducibility. If omitted, a random seed is chosen. Optional. Allowed: an integer.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-5-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        negative_prompt: str | None = None,
        enable_prompt_expansion: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
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
            extra_input=extra_input,
            **kwargs,
        )


class KieWan26FlashImageToVideoOperator(KieModelOperator):
    """
    Wan - 2.6-flash-image-to-video

    Runs kie.ai model ``wan/2-6-flash-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-6-flash-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters
        and a maximum of 5,000 characters. (Max length: 1500 characters). Required. Allowed: a string of at most 1500
        characters.
    :param image_urls: A list of image URLs. All images must be at least 256x256px. (File URL after upload, not file
        content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Required. Allowed: a list of 1 to
        1 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10', '15'. kie.ai's
        default: '5'.
    :param resolution: Video resolution tier. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param audio: Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between
        videos with sound and silent videos. (Boolean value (true/false)). Required. Allowed: true or false.
    :param multi_shots: The multi shots parameter controls the shot composition style during AI video generation,
        determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean
        value (true/false)). Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-6-flash-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        duration: Literal["5", "10", "15"] | str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        audio: bool | str,
        multi_shots: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "duration": duration,
                "resolution": resolution,
                "audio": audio,
                "multi_shots": multi_shots,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan26FlashVideoToVideoOperator(KieModelOperator):
    """
    Wan - 2-6-flash-video-to-video

    Runs kie.ai model ``wan/2-6-flash-video-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-6-flash-video-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters
        and a maximum of 5,000 characters. (Max length: 1500 characters). Required. Allowed: a string of at most 1500
        characters.
    :param video_urls: The URL of the image used to generate video (File URL after upload, not file content; Accepted
        types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB). Required. Allowed: a list of 1 to 3
        http(s) URLs of files of type video/mp4, video/quicktime, video/x-matroska.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's
        default: '5'.
    :param resolution: Video resolution tier. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param audio: Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between
        videos with sound and silent videos. (Boolean value (true/false)). Optional. Allowed: true or false.
    :param multi_shots: The multi shots parameter controls the shot composition style during AI video generation,
        determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean
        value (true/false)). Optional. Allowed: true or false.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-6-flash-video-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        video_urls: Sequence[FileInput] | str,
        duration: Literal["5", "10"] | str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        audio: bool | str | None = None,
        multi_shots: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "video_urls": video_urls,
                "duration": duration,
                "resolution": resolution,
                "audio": audio,
                "multi_shots": multi_shots,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan26ImageToVideoOperator(KieModelOperator):
    """
    Wan 2.6 image-to-video.

    Runs kie.ai model ``wan/2-6-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-6-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters
        and a maximum of 5,000 characters. (Max length: 5000 characters). Required. Allowed: a string of at most 5000
        characters.
    :param image_urls: Upload an image file to use as input for the API (File URL after upload, not file content;
        Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB),All images must be at least 256x256px.
        Required. Allowed: a list of 1 to 1 http(s) URLs of files of type image/jpeg, image/png, image/webp.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10', '15'. kie.ai's
        default: '5'.
    :param resolution: Video resolution tier. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param multi_shots: The multi shots parameter controls the shot composition style during AI video generation,
        determining whether the generated video is a single continuous shot or multiple shots with transitions.
        Optional. Allowed: true or false. kie.ai's default: False.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-6-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        image_urls: Sequence[FileInput] | str,
        duration: Literal["5", "10", "15"] | str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        multi_shots: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "image_urls": image_urls,
                "duration": duration,
                "resolution": resolution,
                "multi_shots": multi_shots,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan26TextToVideoOperator(KieModelOperator):
    """
    Wan 2.6 text-to-video.

    Runs kie.ai model ``wan/2-6-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-6-text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 1 characters
        and a maximum of 5,000 characters. (Max length: 5000 characters). Required. Allowed: a string of at most 5000
        characters.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10', '15'. kie.ai's
        default: '5'.
    :param resolution: Video resolution tier. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param multi_shots: The multi shots parameter controls the shot composition style during AI video generation,
        determining whether the generated video is a single continuous shot or multiple shots with transitions.
        Optional. Allowed: true or false. kie.ai's default: False.
    :param nsfw_checker: Sent by the page's request example (nsfw_checker). Optional. Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-6-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10", "15"] | str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        multi_shots: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "multi_shots": multi_shots,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan26VideoToVideoOperator(KieModelOperator):
    """
    Wan 2.6 video-to-video.

    Runs kie.ai model ``wan/2-6-video-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-6-video-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters
        and a maximum of 5,000 characters. (Max length: 5000 characters). Required. Allowed: a string of at most 5000
        characters.
    :param video_urls: The URL of the image used to generate video (File URL after upload, not file content; Accepted
        types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB). Required. Allowed: a list of 1 to 3
        http(s) URLs of files of type video/mp4, video/quicktime, video/x-matroska.
    :param duration: The duration of the generated video in seconds. Optional. Allowed: one of '5', '10'. kie.ai's
        default: '5'.
    :param resolution: Video resolution tier. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param multi_shots: The multi shots parameter controls the shot composition style during AI video generation,
        determining whether the generated video is a single continuous shot or multiple shots with transitions.
        Optional. Allowed: true or false. kie.ai's default: False.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-6-video-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        video_urls: Sequence[FileInput] | str,
        duration: Literal["5", "10"] | str | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        multi_shots: bool | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "video_urls": video_urls,
                "duration": duration,
                "resolution": resolution,
                "multi_shots": multi_shots,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan27ImageOperator(KieModelOperator):
    """
    Wan 2.7 Image

    Runs kie.ai model ``wan/2-7-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-7-image); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Prompt for image generation or editing. This field supports both Chinese and English, with a maximum
        length of 5000 characters as per Alibaba Cloud documentation. Required. Allowed: a string of at most 5000
        characters.
    :param input_urls: (Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field.
        Optional. Allowed: a list of 1 to 9 http(s) URLs.
    :param aspect_ratio: (Optional) Output aspect ratio when no image input is provided. Optional. Allowed: one of
        '1:1', '16:9', '4:3', '21:9', '3:4', '9:16', '8:1', '1:8'.
    :param enable_sequential: Whether to enable sequential/group image mode. Default is false. Optional. Allowed: true
        or false. kie.ai's default: False.
    :param n: Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when
        `enable_sequential=true` (default: 12). Optional. Allowed: an integer.
    :param resolution: Output resolution. The current project uses `resolution` as a wrapper field corresponding to the
        underlying resolution parameter. Optional. Allowed: one of '1K', '2K', '4K'. kie.ai's default: '2K'.
    :param thinking_mode: Whether to enable thinking mode. Only available when `enable_sequential=false` and
        `input_urls` is empty; the frontend will automatically disable it in other cases. Optional. Allowed: true or
        false. kie.ai's default: False.
    :param color_palette: (Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10
        colors, 8 recommended. Optional. Allowed: a list of up to 10 items.
    :param bbox_list: (Optional) Interactive editing bounding box areas. The outer list length should match
        `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`. Optional. Allowed: a list.
    :param watermark: Whether to add watermark. Optional. Allowed: true or false. kie.ai's default: False.
    :param seed: Random seed, range 0-2147483647. Optional. Allowed: an integer from 0 to 2.14748e+09. kie.ai's default:
        0.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-7-image"]

    def __init__(
        self,
        *,
        prompt: str,
        input_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"] | str | None = None,
        enable_sequential: bool | str | None = None,
        n: int | str | None = None,
        resolution: Literal["1K", "2K", "4K"] | str | None = None,
        thinking_mode: bool | str | None = None,
        color_palette: Sequence[Any] | str | None = None,
        bbox_list: Sequence[Any] | str | None = None,
        watermark: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "input_urls": input_urls,
                "aspect_ratio": aspect_ratio,
                "enable_sequential": enable_sequential,
                "n": n,
                "resolution": resolution,
                "thinking_mode": thinking_mode,
                "color_palette": color_palette,
                "bbox_list": bbox_list,
                "watermark": watermark,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan27ImageProOperator(KieModelOperator):
    """
    Wan 2.7 Image Pro

    Runs kie.ai model ``wan/2-7-image-pro`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-7-image-pro); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Prompt for image generation or editing. This field supports both Chinese and English, with a maximum
        length of 5000 characters as per Alibaba Cloud documentation. Required. Allowed: a string of at most 5000
        characters.
    :param input_urls: (Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field.
        Optional. Allowed: a list of 1 to 9 http(s) URLs.
    :param aspect_ratio: (Optional) Output aspect ratio when no image input is provided. Optional. Allowed: one of
        '1:1', '16:9', '4:3', '21:9', '3:4', '9:16', '8:1', '1:8'.
    :param enable_sequential: Whether to enable sequential/group image mode. Default is false. Optional. Allowed: true
        or false. kie.ai's default: False.
    :param n: Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when
        `enable_sequential=true` (default: 12). Optional. Allowed: an integer.
    :param resolution: Output resolution. The current project uses `resolution` as a wrapper field corresponding to the
        underlying resolution parameter.(4K generation is available only for text-to-image in Standard Mode). Optional.
        Allowed: one of '1K', '2K', '4K'. kie.ai's default: '2K'.
    :param thinking_mode: Whether to enable thinking mode. Only available when `enable_sequential=false` and
        `input_urls` is empty; the frontend will automatically disable it in other cases. Optional. Allowed: true or
        false. kie.ai's default: False.
    :param color_palette: (Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10
        colors, 8 recommended. Optional. Allowed: a list of up to 10 items.
    :param bbox_list: (Optional) Interactive editing bounding box areas. The outer list length should match
        `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`. Optional. Allowed: a list.
    :param watermark: Whether to add watermark. Optional. Allowed: true or false. kie.ai's default: False.
    :param seed: Random seed, range 0-2147483647. Optional. Allowed: an integer from 0 to 2.14748e+09. kie.ai's default:
        0.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-7-image-pro"]

    def __init__(
        self,
        *,
        prompt: str,
        input_urls: Sequence[FileInput] | str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"] | str | None = None,
        enable_sequential: bool | str | None = None,
        n: int | str | None = None,
        resolution: Literal["1K", "2K", "4K"] | str | None = None,
        thinking_mode: bool | str | None = None,
        color_palette: Sequence[Any] | str | None = None,
        bbox_list: Sequence[Any] | str | None = None,
        watermark: bool | str | None = None,
        seed: int | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "input_urls": input_urls,
                "aspect_ratio": aspect_ratio,
                "enable_sequential": enable_sequential,
                "n": n,
                "resolution": resolution,
                "thinking_mode": thinking_mode,
                "color_palette": color_palette,
                "bbox_list": bbox_list,
                "watermark": watermark,
                "seed": seed,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan27ImageToVideoOperator(KieModelOperator):
    """
    Wan 2.7 - Image to Video

    Runs kie.ai model ``wan/2-7-image-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-7-image-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Positive prompt. Maximum length: 5000 characters. Required. Allowed: a string of at most 5000
        characters.
    :param negative_prompt: Negative prompt. Maximum length: 500 characters. Optional. Allowed: a string of at most 500
        characters.
    :param first_frame_url: First frame image URL. Optional. Allowed: an http(s) URL.
    :param last_frame_url: Last frame image URL. Optional. Allowed: an http(s) URL.
    :param first_clip_url: First clip video URL, used for video continuation. Optional. Allowed: an http(s) URL.
    :param driving_audio_url: Driving audio URL. Optional. Allowed: an http(s) URL.
    :param resolution: Video resolution. - `720p`: 720p - `1080p`: 1080p. Optional. Allowed: one of '720p', '1080p'.
        kie.ai's default: '1080p'.
    :param duration: Total output video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`. Optional.
        Allowed: an integer from 2 to 15. kie.ai's default: 5.
    :param prompt_extend: Whether to enable intelligent prompt rewriting. Default value: `true`. Optional. Allowed: true
        or false. kie.ai's default: True.
    :param watermark: Whether to add an AI-generated watermark. Default value: `false`. Optional. Allowed: true or
        false. kie.ai's default: False.
    :param seed: Random seed. - Minimum: `0` - Maximum: `2147483647`. Optional. Allowed: an integer from 0 to
        2.14748e+09.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-7-image-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        first_frame_url: FileInput | None = None,
        last_frame_url: FileInput | None = None,
        first_clip_url: FileInput | None = None,
        driving_audio_url: FileInput | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        duration: int | str | None = None,
        prompt_extend: bool | str | None = None,
        watermark: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "first_clip_url": first_clip_url,
                "driving_audio_url": driving_audio_url,
                "resolution": resolution,
                "duration": duration,
                "prompt_extend": prompt_extend,
                "watermark": watermark,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan27R2vOperator(KieModelOperator):
    """
    Wan 2.7 - Reference to Video

    Runs kie.ai model ``wan/2-7-r2v`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-7-r2v); see :class:`KieCreateTaskOperator` for waiting, retries, durability and the
    return value. Every input field is templated; file fields also take a local path, storage URI, ``ObjectStoragePath``
    or bytes, uploaded before the task is created.

    :param prompt: Text prompt. Required. Describes the desired elements and visual features in the generated video.
        Supports Chinese and English. Maximum length: 5000 characters. Required. Allowed: a string of at most 5000
        characters.
    :param negative_prompt: Optional negative prompt describing what should not appear in the video. Supports Chinese
        and English. Maximum length: 500 characters. Optional. Allowed: a string of at most 500 characters.
    :param reference_image: Array of reference image URLs. At least one of `reference_image` or `reference_video` must
        be provided. The total number of images and videos cannot exceed 5. Optional. Allowed: a list of 1 to 5 http(s)
        URLs.
    :param reference_video: Array of reference video URLs. At least one of `reference_image` or `reference_video` must
        be provided. The total number of images and videos cannot exceed 5. Optional. Allowed: a list of 1 to 5 http(s)
        URLs.
    :param first_frame: First frame image URL. At most one image can be provided. If supplied, `aspect_ratio` is ignored
        and the output uses a ratio close to the first frame image. Optional. Allowed: an http(s) URL.
    :param reference_voice: Audio URL used to specify the voice timbre of the subject in the reference material. Rules:
        - If `reference_video` contains audio and `reference_voice` is not provided, the original video audio is used by
        default - If both `reference_video` and `reference_voice` are provided, `reference_voice` takes. Optional.
        Allowed: an http(s) URL.
    :param resolution: Output video resolution tier. Available values: `720p`, `1080p`. Default value: `1080p`.
        Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param aspect_ratio: Output video aspect ratio. Effective logic: - If `first_frame` is not provided: the video is
        generated using the specified `aspect_ratio` - If `first_frame` is provided: `aspect_ratio` is ignored and the
        output uses a ratio close to the first frame image. Optional. Allowed: one of '16:9', '9:16', '1:1', '4:3',
        '3:4'. kie.ai's default: '16:9'.
    :param duration: Output video duration in seconds. Valid range is an integer from `2` to `10`. Default value: `5`.
        Optional. Allowed: an integer from 2 to 10. kie.ai's default: 5.
    :param prompt_extend: Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This
        usually works better for short prompts but increases processing time. Optional. Allowed: true or false. kie.ai's
        default: True.
    :param watermark: Whether to add a watermark. The watermark is placed in the lower-right corner of the video with
        the fixed text "AI generated". Optional. Allowed: true or false. kie.ai's default: False.
    :param seed: Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically. Optional.
        Allowed: an integer from 0 to 2.14748e+09.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-7-r2v"]

    def __init__(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        reference_image: Sequence[FileInput] | str | None = None,
        reference_video: Sequence[FileInput] | str | None = None,
        first_frame: FileInput | None = None,
        reference_voice: FileInput | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | str | None = None,
        duration: int | str | None = None,
        prompt_extend: bool | str | None = None,
        watermark: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_image": reference_image,
                "reference_video": reference_video,
                "first_frame": first_frame,
                "reference_voice": reference_voice,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "prompt_extend": prompt_extend,
                "watermark": watermark,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan27TextToVideoOperator(KieModelOperator):
    """
    Wan 2.7 - Text to Video

    Runs kie.ai model ``wan/2-7-text-to-video`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-7-text-to-video); see :class:`KieCreateTaskOperator` for waiting, retries,
    durability and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Positive prompt. Minimum length: 1 character. Maximum length: 5000 characters. Required. Allowed: a
        string of at most 5000 characters.
    :param negative_prompt: Negative prompt. Maximum length: 500 characters. Optional. Allowed: a string of at most 500
        characters.
    :param audio_url: Optional custom audio URL. Optional. Allowed: an http(s) URL.
    :param resolution: Video resolution. - `720p`: 720p - `1080p`: 1080p. Optional. Allowed: one of '720p', '1080p'.
        kie.ai's default: '1080p'.
    :param ratio: Video aspect ratio. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square - `4:3`: Landscape 4:3 -
        `3:4`: Portrait 3:4. Optional. Allowed: one of '16:9', '9:16', '1:1', '4:3', '3:4'. kie.ai's default: '16:9'.
    :param duration: Video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`. Optional. Allowed: an
        integer from 2 to 15. kie.ai's default: 5.
    :param prompt_extend: Whether to enable intelligent prompt rewriting. Default value: `true`. Optional. Allowed: true
        or false. kie.ai's default: True.
    :param watermark: Whether to add an AI-generated watermark. Default value: `false`. Optional. Allowed: true or
        false. kie.ai's default: False.
    :param seed: Random seed. - Minimum: `0` - Maximum: `2147483647`. Optional. Allowed: an integer from 0 to
        2.14748e+09.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-7-text-to-video"]

    def __init__(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        audio_url: FileInput | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | str | None = None,
        duration: int | str | None = None,
        prompt_extend: bool | str | None = None,
        watermark: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "audio_url": audio_url,
                "resolution": resolution,
                "ratio": ratio,
                "duration": duration,
                "prompt_extend": prompt_extend,
                "watermark": watermark,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieWan27VideoeditOperator(KieModelOperator):
    """
    Wan 2.7 - Video Edit

    Runs kie.ai model ``wan/2-7-videoedit`` (output: video/mp4; the Market's createTask, documented at
    https://docs.kie.ai/market/wan/2-7-videoedit); see :class:`KieCreateTaskOperator` for waiting, retries, durability
    and the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: Optional text prompt describing the expected elements and visual features in the generated video.
        Supports Chinese and English. Maximum length: 5000 characters. Optional. Allowed: a string of at most 5000
        characters.
    :param negative_prompt: Optional negative prompt describing content that should not appear in the video. Supports
        Chinese and English. Maximum length: 500 characters. Optional. Allowed: a string of at most 500 characters.
    :param video_url: URL of the source video to edit. Required. Only one video is supported. - Formats: `mp4`, `mov` -
        Duration: `2` to `10` seconds - Resolution: width and height range `[240,4096]` pixels - Aspect ratio: `1:8` to
        `8:1` - File size: up to `100MB` - Supports public `http/https` URLs or temporary `oss` UR. Required. Allowed:
        an http(s) URL.
    :param reference_image: Optional reference image URL for character, clothing, or style guidance. - Formats: `JPEG`,
        `JPG`, `PNG` (no alpha channel), `BMP`, `WEBP` - Resolution: width and height range `[240,8000]` pixels - Aspect
        ratio: `1:8` to `8:1` - Supports public `http/https` URLs or temporary `oss` URLs. Optional. Allowed: an http(s)
        URL.
    :param resolution: Output video resolution tier. `1080p` costs more than `720p`. Default value: `1080p`. - `720p`:
        720p - `1080p`: 1080p. Optional. Allowed: one of '720p', '1080p'. kie.ai's default: '1080p'.
    :param aspect_ratio: Output video aspect ratio. - If omitted: the output uses an aspect ratio close to the input
        video - If provided: the output uses the specified aspect ratio - Available values: `16:9`, `9:16`, `1:1`,
        `4:3`, `3:4`. Optional. Allowed: one of '16:9', '9:16', '1:1', '4:3', '3:4'.
    :param duration: Output video duration in seconds. - Default `0` means using the full input video duration without
        truncation - If a value is provided, the output is clipped from second `0` to the specified length - Valid
        values are `0` or any integer in `[2,10]`. Optional. Allowed: an integer from 0 to 10. kie.ai's default: 0.
    :param audio_setting: Video audio setting. - `auto`: default, the model decides whether to regenerate audio based on
        the `prompt` - `origin`: force keeping the original input video audio. Optional. Allowed: one of 'auto',
        'origin'. kie.ai's default: 'auto'.
    :param prompt_extend: Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This
        usually works better for short prompts but increases processing time. Optional. Allowed: true or false. kie.ai's
        default: True.
    :param watermark: Whether to add a watermark. The watermark is placed in the lower-right corner of the video with
        the fixed text "AI generated". Optional. Allowed: true or false. kie.ai's default: False.
    :param seed: Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically. Optional.
        Allowed: an integer from 0 to 2.14748e+09.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["wan/2-7-videoedit"]

    def __init__(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        video_url: FileInput,
        reference_image: FileInput | None = None,
        resolution: Literal["720p", "1080p"] | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | str | None = None,
        duration: int | str | None = None,
        audio_setting: Literal["auto", "origin"] | str | None = None,
        prompt_extend: bool | str | None = None,
        watermark: bool | str | None = None,
        seed: int | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "video_url": video_url,
                "reference_image": reference_image,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "prompt_extend": prompt_extend,
                "watermark": watermark,
                "seed": seed,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


class KieZImageOperator(KieModelOperator):
    """
    Z-Image

    Runs kie.ai model ``z-image`` (output: image/png; the Market's createTask, documented at
    https://docs.kie.ai/market/z-image/z-image); see :class:`KieCreateTaskOperator` for waiting, retries, durability and
    the return value. Every input field is templated; file fields also take a local path, storage URI,
    ``ObjectStoragePath`` or bytes, uploaded before the task is created.

    :param prompt: A text description of the image you want to generate (Max length: 1000 characters). Required.
        Allowed: a string of at most 1000 characters.
    :param aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio
        (requires input image). Optional. Allowed: one of '1:1', '4:3', '3:4', '16:9', '9:16'. kie.ai's default: '1:1'.
    :param nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content
        filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no
        guarantee that everything can be filtered out; if you are not satisfied with the results, you will. Optional.
        Allowed: true or false.
    :param extra_input: fields newer than this package, by wire name: sent as given with a warning
        (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,
        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).
    """

    model_spec = CATALOGUE["z-image"]

    def __init__(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16"] | str | None = None,
        nsfw_checker: bool | str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            fields={
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "nsfw_checker": nsfw_checker,
            },
            extra_input=extra_input,
            **kwargs,
        )


#: The operator class of each catalogue model.
MODEL_OPERATORS: dict[str, type[KieModelOperator]] = {
    "bytedance/seedance-1.5-pro": KieSeedance15ProOperator,
    "bytedance/seedance-2": KieSeedance2Operator,
    "bytedance/seedance-2-5": KieBytedanceSeedance25Operator,
    "bytedance/seedance-2-fast": KieSeedance2FastOperator,
    "bytedance/seedance-2-mini": KieBytedanceSeedance2MiniOperator,
    "bytedance/seedream": KieBytedanceSeedreamOperator,
    "bytedance/seedream-v4-edit": KieSeedreamV4EditOperator,
    "bytedance/seedream-v4-text-to-image": KieSeedreamV4TextToImageOperator,
    "bytedance/v1-lite-image-to-video": KieBytedanceV1LiteImageToVideoOperator,
    "bytedance/v1-lite-text-to-video": KieBytedanceV1LiteTextToVideoOperator,
    "bytedance/v1-pro-fast-image-to-video": KieBytedanceV1ProFastImageToVideoOperator,
    "bytedance/v1-pro-image-to-video": KieBytedanceV1ProImageToVideoOperator,
    "bytedance/v1-pro-text-to-video": KieBytedanceV1ProTextToVideoOperator,
    "elevenlabs/audio-isolation": KieElevenlabsAudioIsolationOperator,
    "elevenlabs/text-to-dialogue-v3": KieElevenlabsTextToDialogueV3Operator,
    "elevenlabs/text-to-speech-multilingual-v2": KieElevenLabsTextToSpeechMultilingualV2Operator,
    "elevenlabs/text-to-speech-turbo-2-5": KieElevenLabsTextToSpeechTurbo25Operator,
    "flux-2/flex-image-to-image": KieFlux2FlexImageToImageOperator,
    "flux-2/flex-text-to-image": KieFlux2FlexTextToImageOperator,
    "flux-2/pro-image-to-image": KieFlux2ProImageToImageOperator,
    "flux-2/pro-text-to-image": KieFlux2ProTextToImageOperator,
    "flux-kontext/generate": KieFluxKontextOperator,
    "gemini-omni-video": KieGeminiOmniVideoOperator,
    "google/gemini-2-5-pro-tts": KieGoogleGemini25ProTtsOperator,
    "google/gemini-3-1-flash-tts": KieGoogleGemini31FlashTtsOperator,
    "google/imagen4": KieImagen4Operator,
    "google/imagen4-fast": KieImagen4FastOperator,
    "google/imagen4-ultra": KieImagen4UltraOperator,
    "google/nano-banana": KieNanoBananaOperator,
    "google/nano-banana-edit": KieNanoBananaEditOperator,
    "gpt-image-2-image-to-image": KieGptImage2ImageToImageOperator,
    "gpt-image-2-text-to-image": KieGptImage2TextToImageOperator,
    "gpt-image/1.5-image-to-image": KieGptImage15ImageToImageOperator,
    "gpt-image/1.5-text-to-image": KieGptImage15TextToImageOperator,
    "gpt4o-image/generate": KieGpt4oImageOperator,
    "grok-imagine-image-2-0/image-edit": KieGrokImagineImage20ImageEditOperator,
    "grok-imagine-image-2-0/segment-map": KieGrokImagineImage20SegmentMapOperator,
    "grok-imagine-image-2-0/text-to-image": KieGrokImagineImage20TextToImageOperator,
    "grok-imagine-video-1-5-preview": KieGrokImagineVideo15PreviewOperator,
    "grok-imagine/extend": KieGrokImagineExtendOperator,
    "grok-imagine/image-to-image": KieGrokImagineImageToImageOperator,
    "grok-imagine/image-to-video": KieGrokImagineImageToVideoOperator,
    "grok-imagine/text-to-image": KieGrokImagineTextToImageOperator,
    "grok-imagine/text-to-video": KieGrokImagineTextToVideoOperator,
    "grok-imagine/upscale": KieGrokImagineUpscaleOperator,
    "hailuo/02-image-to-video-pro": KieHailuo02ImageToVideoProOperator,
    "hailuo/02-image-to-video-standard": KieHailuo02ImageToVideoStandardOperator,
    "hailuo/02-text-to-video-pro": KieHailuo02TextToVideoProOperator,
    "hailuo/02-text-to-video-standard": KieHailuo02TextToVideoStandardOperator,
    "hailuo/2-3-image-to-video-pro": KieHailuo23ImageToVideoProOperator,
    "hailuo/2-3-image-to-video-standard": KieHailuo23ImageToVideoStandardOperator,
    "happyhorse-1-1/image-to-video": KieHappyhorse11ImageToVideoOperator,
    "happyhorse-1-1/reference-to-video": KieHappyhorse11ReferenceToVideoOperator,
    "happyhorse-1-1/text-to-video": KieHappyhorse11TextToVideoOperator,
    "happyhorse/image-to-video": KieHappyhorseImageToVideoOperator,
    "happyhorse/reference-to-video": KieHappyhorseReferenceToVideoOperator,
    "happyhorse/text-to-video": KieHappyhorseTextToVideoOperator,
    "happyhorse/video-edit": KieHappyhorseVideoEditOperator,
    "ideogram/character": KieIdeogramCharacterOperator,
    "ideogram/character-edit": KieIdeogramCharacterEditOperator,
    "ideogram/character-remix": KieIdeogramCharacterRemixOperator,
    "ideogram/v3-edit": KieIdeogramV3EditOperator,
    "ideogram/v3-remix": KieIdeogramV3RemixOperator,
    "ideogram/v3-text-to-image": KieIdeogramV3TextToImageOperator,
    "infinitalk/from-audio": KieInfinitalkFromAudioOperator,
    "kling-2.6/image-to-video": KieKling26ImageToVideoOperator,
    "kling-2.6/motion-control": KieKling26MotionControlOperator,
    "kling-2.6/text-to-video": KieKling26TextToVideoOperator,
    "kling-3.0-omni/image-to-video": KieKling30OmniImageToVideoOperator,
    "kling-3.0-omni/reference-to-video": KieKling30OmniReferenceToVideoOperator,
    "kling-3.0-omni/text-to-video": KieKling30OmniTextToVideoOperator,
    "kling-3.0-omni/transformation": KieKling30OmniTransformationOperator,
    "kling-3.0/motion-control": KieKling30MotionControlOperator,
    "kling-3.0/video": KieKling30VideoOperator,
    "kling/ai-avatar-pro": KieKlingAiAvatarProOperator,
    "kling/ai-avatar-standard": KieKlingAiAvatarStandardOperator,
    "kling/v1-avatar-standard": KieKlingV1AvatarStandardOperator,
    "kling/v2-1-master-image-to-video": KieKlingV21MasterImageToVideoOperator,
    "kling/v2-1-master-text-to-video": KieKlingV21MasterTextToVideoOperator,
    "kling/v2-1-pro": KieKlingV21ProOperator,
    "kling/v2-1-standard": KieKlingV21StandardOperator,
    "kling/v2-5-turbo-image-to-video-pro": KieKlingV25TurboImageToVideoProOperator,
    "kling/v2-5-turbo-text-to-video-pro": KieKlingV25TurboTextToVideoProOperator,
    "kling/v3-turbo-image-to-video": KieKlingV3TurboImageToVideoOperator,
    "kling/v3-turbo-text-to-video": KieKlingV3TurboTextToVideoOperator,
    "minimax-h3/image-to-video": KieMinimaxH3ImageToVideoOperator,
    "minimax-h3/reference-to-video": KieMinimaxH3ReferenceToVideoOperator,
    "minimax-h3/text-to-video": KieMinimaxH3TextToVideoOperator,
    "mj/generate": KieMidjourneyOperator,
    "nano-banana-2": KieNanoBanana2Operator,
    "nano-banana-2-lite": KieNanoBanana2LiteOperator,
    "nano-banana-pro": KieNanoBananaProOperator,
    "omnihuman-1-5": KieOmnihuman15Operator,
    "omnihuman-1-5/human-identification": KieOmnihuman15HumanIdentificationOperator,
    "omnihuman-1-5/subject-detection": KieOmnihuman15SubjectDetectionOperator,
    "pixverse-v6/extend": KiePixverseV6ExtendOperator,
    "pixverse-v6/image-to-video": KiePixverseV6ImageToVideoOperator,
    "pixverse-v6/reference-to-video": KiePixverseV6ReferenceToVideoOperator,
    "pixverse-v6/text-to-video": KiePixverseV6TextToVideoOperator,
    "pixverse-v6/transition": KiePixverseV6TransitionOperator,
    "qwen/image-edit": KieQwenImageEditOperator,
    "qwen/image-to-image": KieQwenImageToImageOperator,
    "qwen/text-to-image": KieQwenTextToImageOperator,
    "qwen2/image-edit": KieQwen2ImageEditOperator,
    "qwen2/text-to-image": KieQwen2TextToImageOperator,
    "qwen3/image-to-image": KieQwen3ImageToImageOperator,
    "qwen3/pro-image-to-image": KieQwen3ProImageToImageOperator,
    "qwen3/pro-text-to-image": KieQwen3ProTextToImageOperator,
    "qwen3/text-to-image": KieQwen3TextToImageOperator,
    "recraft/crisp-upscale": KieRecraftCrispUpscaleOperator,
    "recraft/remove-background": KieRecraftRemoveBackgroundOperator,
    "runway/extend": KieRunwayExtendOperator,
    "runway/generate": KieRunwayGenerateOperator,
    "seedream/4.5-edit": KieSeedream45EditOperator,
    "seedream/4.5-text-to-image": KieSeedream45TextToImageOperator,
    "seedream/5-lite-image-to-image": KieSeedream5LiteImageToImageOperator,
    "seedream/5-lite-text-to-image": KieSeedream5LiteTextToImageOperator,
    "seedream/5-pro-image-to-image": KieSeedream5ProImageToImageOperator,
    "seedream/5-pro-layer-decomposition": KieSeedream5ProLayerDecompositionOperator,
    "seedream/5-pro-text-to-image": KieSeedream5ProTextToImageOperator,
    "sora-2-image-to-video": KieSora2ImageToVideoOperator,
    "sora-2-text-to-video": KieSora2TextToVideoOperator,
    "suno/extend": KieSunoExtendOperator,
    "suno/generate": KieSunoGenerateOperator,
    "suno/mp4": KieSunoMusicVideoOperator,
    "suno/vocal-removal": KieSunoVocalRemovalOperator,
    "suno/wav": KieSunoWavOperator,
    "topaz/image-upscale": KieTopazImageUpscaleOperator,
    "topaz/video-upscale": KieTopazVideoUpscaleOperator,
    "veo/extend": KieVeoExtendOperator,
    "veo/generate": KieVeoGenerateOperator,
    "volcengine/video-to-video-lip-sync": KieVolcengineVideoToVideoLipSyncOperator,
    "wan/2-2-a14b-image-to-video-turbo": KieWan22A14bImageToVideoTurboOperator,
    "wan/2-2-a14b-speech-to-video-turbo": KieWan22A14bSpeechToVideoTurboOperator,
    "wan/2-2-a14b-text-to-video-turbo": KieWan22A14bTextToVideoTurboOperator,
    "wan/2-2-animate-move": KieWan22AnimateMoveOperator,
    "wan/2-2-animate-replace": KieWan22AnimateReplaceOperator,
    "wan/2-5-image-to-video": KieWan25ImageToVideoOperator,
    "wan/2-5-text-to-video": KieWan25TextToVideoOperator,
    "wan/2-6-flash-image-to-video": KieWan26FlashImageToVideoOperator,
    "wan/2-6-flash-video-to-video": KieWan26FlashVideoToVideoOperator,
    "wan/2-6-image-to-video": KieWan26ImageToVideoOperator,
    "wan/2-6-text-to-video": KieWan26TextToVideoOperator,
    "wan/2-6-video-to-video": KieWan26VideoToVideoOperator,
    "wan/2-7-image": KieWan27ImageOperator,
    "wan/2-7-image-pro": KieWan27ImageProOperator,
    "wan/2-7-image-to-video": KieWan27ImageToVideoOperator,
    "wan/2-7-r2v": KieWan27R2vOperator,
    "wan/2-7-text-to-video": KieWan27TextToVideoOperator,
    "wan/2-7-videoedit": KieWan27VideoeditOperator,
    "z-image": KieZImageOperator,
}

__all__ = [
    "KieBytedanceSeedance25Operator",
    "KieBytedanceSeedance2MiniOperator",
    "KieBytedanceSeedreamOperator",
    "KieBytedanceV1LiteImageToVideoOperator",
    "KieBytedanceV1LiteTextToVideoOperator",
    "KieBytedanceV1ProFastImageToVideoOperator",
    "KieBytedanceV1ProImageToVideoOperator",
    "KieBytedanceV1ProTextToVideoOperator",
    "KieCreateTaskOperator",
    "KieElevenLabsTextToSpeechMultilingualV2Operator",
    "KieElevenLabsTextToSpeechTurbo25Operator",
    "KieElevenlabsAudioIsolationOperator",
    "KieElevenlabsTextToDialogueV3Operator",
    "KieFlux2FlexImageToImageOperator",
    "KieFlux2FlexTextToImageOperator",
    "KieFlux2ProImageToImageOperator",
    "KieFlux2ProTextToImageOperator",
    "KieFluxKontextOperator",
    "KieGeminiOmniVideoOperator",
    "KieGoogleGemini25ProTtsOperator",
    "KieGoogleGemini31FlashTtsOperator",
    "KieGpt4oImageOperator",
    "KieGptImage15ImageToImageOperator",
    "KieGptImage15TextToImageOperator",
    "KieGptImage2ImageToImageOperator",
    "KieGptImage2TextToImageOperator",
    "KieGrokImagineExtendOperator",
    "KieGrokImagineImage20ImageEditOperator",
    "KieGrokImagineImage20SegmentMapOperator",
    "KieGrokImagineImage20TextToImageOperator",
    "KieGrokImagineImageToImageOperator",
    "KieGrokImagineImageToVideoOperator",
    "KieGrokImagineTextToImageOperator",
    "KieGrokImagineTextToVideoOperator",
    "KieGrokImagineUpscaleOperator",
    "KieGrokImagineVideo15PreviewOperator",
    "KieHailuo02ImageToVideoProOperator",
    "KieHailuo02ImageToVideoStandardOperator",
    "KieHailuo02TextToVideoProOperator",
    "KieHailuo02TextToVideoStandardOperator",
    "KieHailuo23ImageToVideoProOperator",
    "KieHailuo23ImageToVideoStandardOperator",
    "KieHappyhorse11ImageToVideoOperator",
    "KieHappyhorse11ReferenceToVideoOperator",
    "KieHappyhorse11TextToVideoOperator",
    "KieHappyhorseImageToVideoOperator",
    "KieHappyhorseReferenceToVideoOperator",
    "KieHappyhorseTextToVideoOperator",
    "KieHappyhorseVideoEditOperator",
    "KieIdeogramCharacterEditOperator",
    "KieIdeogramCharacterOperator",
    "KieIdeogramCharacterRemixOperator",
    "KieIdeogramV3EditOperator",
    "KieIdeogramV3RemixOperator",
    "KieIdeogramV3TextToImageOperator",
    "KieImagen4FastOperator",
    "KieImagen4Operator",
    "KieImagen4UltraOperator",
    "KieInfinitalkFromAudioOperator",
    "KieKling26ImageToVideoOperator",
    "KieKling26MotionControlOperator",
    "KieKling26TextToVideoOperator",
    "KieKling30MotionControlOperator",
    "KieKling30OmniImageToVideoOperator",
    "KieKling30OmniReferenceToVideoOperator",
    "KieKling30OmniTextToVideoOperator",
    "KieKling30OmniTransformationOperator",
    "KieKling30VideoOperator",
    "KieKlingAiAvatarProOperator",
    "KieKlingAiAvatarStandardOperator",
    "KieKlingV1AvatarStandardOperator",
    "KieKlingV21MasterImageToVideoOperator",
    "KieKlingV21MasterTextToVideoOperator",
    "KieKlingV21ProOperator",
    "KieKlingV21StandardOperator",
    "KieKlingV25TurboImageToVideoProOperator",
    "KieKlingV25TurboTextToVideoProOperator",
    "KieKlingV3TurboImageToVideoOperator",
    "KieKlingV3TurboTextToVideoOperator",
    "KieMidjourneyOperator",
    "KieMinimaxH3ImageToVideoOperator",
    "KieMinimaxH3ReferenceToVideoOperator",
    "KieMinimaxH3TextToVideoOperator",
    "KieModelOperator",
    "KieNanoBanana2LiteOperator",
    "KieNanoBanana2Operator",
    "KieNanoBananaEditOperator",
    "KieNanoBananaOperator",
    "KieNanoBananaProOperator",
    "KieOmnihuman15HumanIdentificationOperator",
    "KieOmnihuman15Operator",
    "KieOmnihuman15SubjectDetectionOperator",
    "KiePixverseV6ExtendOperator",
    "KiePixverseV6ImageToVideoOperator",
    "KiePixverseV6ReferenceToVideoOperator",
    "KiePixverseV6TextToVideoOperator",
    "KiePixverseV6TransitionOperator",
    "KieQwen2ImageEditOperator",
    "KieQwen2TextToImageOperator",
    "KieQwen3ImageToImageOperator",
    "KieQwen3ProImageToImageOperator",
    "KieQwen3ProTextToImageOperator",
    "KieQwen3TextToImageOperator",
    "KieQwenImageEditOperator",
    "KieQwenImageToImageOperator",
    "KieQwenTextToImageOperator",
    "KieRecraftCrispUpscaleOperator",
    "KieRecraftRemoveBackgroundOperator",
    "KieRunwayExtendOperator",
    "KieRunwayGenerateOperator",
    "KieSeedance15ProOperator",
    "KieSeedance2FastOperator",
    "KieSeedance2Operator",
    "KieSeedream45EditOperator",
    "KieSeedream45TextToImageOperator",
    "KieSeedream5LiteImageToImageOperator",
    "KieSeedream5LiteTextToImageOperator",
    "KieSeedream5ProImageToImageOperator",
    "KieSeedream5ProLayerDecompositionOperator",
    "KieSeedream5ProTextToImageOperator",
    "KieSeedreamV4EditOperator",
    "KieSeedreamV4TextToImageOperator",
    "KieSora2ImageToVideoOperator",
    "KieSora2TextToVideoOperator",
    "KieSunoExtendOperator",
    "KieSunoGenerateOperator",
    "KieSunoMusicVideoOperator",
    "KieSunoVocalRemovalOperator",
    "KieSunoWavOperator",
    "KieTopazImageUpscaleOperator",
    "KieTopazVideoUpscaleOperator",
    "KieVeoExtendOperator",
    "KieVeoGenerateOperator",
    "KieVolcengineVideoToVideoLipSyncOperator",
    "KieWan22A14bImageToVideoTurboOperator",
    "KieWan22A14bSpeechToVideoTurboOperator",
    "KieWan22A14bTextToVideoTurboOperator",
    "KieWan22AnimateMoveOperator",
    "KieWan22AnimateReplaceOperator",
    "KieWan25ImageToVideoOperator",
    "KieWan25TextToVideoOperator",
    "KieWan26FlashImageToVideoOperator",
    "KieWan26FlashVideoToVideoOperator",
    "KieWan26ImageToVideoOperator",
    "KieWan26TextToVideoOperator",
    "KieWan26VideoToVideoOperator",
    "KieWan27ImageOperator",
    "KieWan27ImageProOperator",
    "KieWan27ImageToVideoOperator",
    "KieWan27R2vOperator",
    "KieWan27TextToVideoOperator",
    "KieWan27VideoeditOperator",
    "KieZImageOperator",
    "MODEL_OPERATORS",
]

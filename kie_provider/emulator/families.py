"""
The kie.ai API families the emulator speaks, as data (named as the provider names them,
:mod:`kie_provider.family_names`): each family's endpoints, where its records
carry the status and the status value of each phase, and its adapter. The provider side can read
:data:`FAMILIES` to see which families (and which encodings) the emulator serves.
"""

from __future__ import annotations

from collections.abc import Mapping

from kie_provider import family_names as names
from kie_provider.emulator.adapters import (
    FluxKontextAdapter,
    Gpt4oImageAdapter,
    MidjourneyAdapter,
    RunwayAdapter,
    SunoAdapter,
    ms,
    runway_extra,
)
from kie_provider.emulator.book import Family
from kie_provider.emulator.market import MARKET
from kie_provider.emulator.suno_tools import SunoToolAdapter, VocalRemovalAdapter, suno_tool_extra
from kie_provider.emulator.veo import VeoAdapter, veo_extra

_FLAGS = {"waiting": 0, "queuing": 0, "generating": 0, "success": 1, "fail": (2, 3)}

VEO = Family(
    name=names.VEO,
    create={"veo/generate": ("POST", "/api/v1/veo/generate")},
    record=("veo/record-info", "GET", "/api/v1/veo/record-info"),
    adapter=VeoAdapter(
        default_model="veo", prices={"veo3": 250, "veo3_fast": 60, "veo3_lite": 30, "veo3-4k": 120, "*": 60}
    ),
    status_field="successFlag",
    statuses=_FLAGS,
    extra={
        "veo/get-1080p-video": ("GET", "/api/v1/veo/get-1080p-video"),
        "veo/get-4k-video": ("POST", "/api/v1/veo/get-4k-video"),
        "veo/extend": ("POST", "/api/v1/veo/extend"),
    },
    extra_handler=veo_extra,
)

SUNO = Family(
    name=names.SUNO,
    create={"suno/generate": ("POST", "/api/v1/generate"), "suno/extend": ("POST", "/api/v1/generate/extend")},
    record=("suno/record-info", "GET", "/api/v1/generate/record-info"),
    adapter=SunoAdapter(
        required=(),
        enums={"model": ("V3_5", "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5")},
        prices={"*": 12},
        default_model="V3_5",
        output_type="audio/mpeg",
        extension=".mp3",
        side_files={".png": "image/png"},
    ),
    record_per_second=3,
    status_field="status",
    statuses={
        "waiting": "PENDING",
        "queuing": "PENDING",
        "generating": ("PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS"),
        "success": "SUCCESS",
        "fail": SunoAdapter.FAILURES,
    },
)


def _suno_tool(name: str, path: str, adapter: SunoToolAdapter) -> Family:
    """
    One of Suno's tools on a finished track (WAV, vocal separation, music video): ``<path>/generate`` creates,
    ``<path>/record-info`` reports ``successFlag`` PENDING, SUCCESS or one of the adapter's failures.
    """
    return Family(
        name=name,
        create={},
        record=(f"{path}/record-info", "GET", f"/api/v1/{path}/record-info"),
        adapter=adapter,
        status_field="successFlag",
        statuses={
            "waiting": "PENDING",
            "queuing": "PENDING",
            "generating": "PENDING",
            "success": "SUCCESS",
            "fail": adapter.failures,
        },
        extra={f"{path}/generate": ("POST", f"/api/v1/{path}/generate")},
        extra_handler=suno_tool_extra(name),
    )


SUNO_WAV = _suno_tool(
    names.SUNO_WAV,
    "wav",
    SunoToolAdapter(
        failures=("CREATE_TASK_FAILED", "GENERATE_WAV_FAILED"),
        result_fields=("audioWavUrl",),
        prices={"*": 0.4},
        default_model="suno-wav",
        output_type="audio/wav",
        extension=".wav",
    ),
)
SUNO_VOCAL_REMOVAL = _suno_tool(
    names.SUNO_VOCAL_REMOVAL,
    "vocal-removal",
    VocalRemovalAdapter(
        failures=("CREATE_TASK_FAILED", "GENERATE_AUDIO_FAILED"),
        result_fields=(*VocalRemovalAdapter.STEMS, "instrumentalUrl"),
        times=ms,
        prices={"*": 10},
        default_model="suno-vocal-removal",
        output_type="audio/mpeg",
        extension=".mp3",
    ),
)
SUNO_MP4 = _suno_tool(
    names.SUNO_MP4,
    "mp4",
    SunoToolAdapter(
        failures=("CREATE_TASK_FAILED", "GENERATE_MP4_FAILED"),
        result_fields=("videoUrl",),
        prices={"*": 2},
        default_model="suno-mp4",
        output_type="video/mp4",
        extension=".mp4",
    ),
)

RUNWAY = Family(
    name=names.RUNWAY,
    create={"runway/generate": ("POST", "/api/v1/runway/generate")},
    record=("runway/record-detail", "GET", "/api/v1/runway/record-detail"),
    adapter=RunwayAdapter(
        enums={"duration": (5, 8, 10), "quality": ("720p", "1080p")},
        prices={"*": 12},
        default_model="runway",
        output_type="video/mp4",
        extension=".mp4",
        side_files={".png": "image/png"},
    ),
    statuses=RunwayAdapter.STATES,
    extra={"runway/extend": ("POST", "/api/v1/runway/extend")},
    extra_handler=runway_extra,
)

GPT4O_IMAGE = Family(
    name=names.GPT4O_IMAGE,
    create={"gpt4o-image/generate": ("POST", "/api/v1/gpt4o-image/generate")},
    record=("gpt4o-image/record-info", "GET", "/api/v1/gpt4o-image/record-info"),
    adapter=Gpt4oImageAdapter(
        default_model="gpt4o-image",
        required=("size",),
        enums={"size": ("1:1", "3:2", "2:3"), "nVariants": (1, 2, 4)},
        prices={"*": 6},
        model_field=None,
    ),
    record_per_second=3,
    status_field="status",
    statuses={
        "waiting": "GENERATING",
        "queuing": "GENERATING",
        "generating": "GENERATING",
        "success": "SUCCESS",
        "fail": ("CREATE_TASK_FAILED", "GENERATE_FAILED"),
    },
)

FLUX_KONTEXT = Family(
    name=names.FLUX_KONTEXT,
    create={"flux-kontext/generate": ("POST", "/api/v1/flux/kontext/generate")},
    record=("flux-kontext/record-info", "GET", "/api/v1/flux/kontext/record-info"),
    adapter=FluxKontextAdapter(
        enums={"model": ("flux-kontext-pro", "flux-kontext-max")},
        prices={"flux-kontext-max": 10, "*": 5},
        default_model="flux-kontext-pro",
    ),
    status_field="successFlag",
    statuses=_FLAGS,
)

MIDJOURNEY = Family(
    name=names.MIDJOURNEY,
    create={"mj/generate": ("POST", "/api/v1/mj/generate")},
    record=("mj/record-info", "GET", "/api/v1/mj/record-info"),
    adapter=MidjourneyAdapter(
        default_model="mj",
        required=("taskType", "prompt"),
        enums={
            "taskType": ("mj_txt2img", "mj_img2img", "mj_video", "mj_style_reference", "mj_omni_reference"),
            "speed": ("relaxed", "fast", "turbo"),
        },
        prices={"*": 8},
        model_field="taskType",
    ),
    status_field="successFlag",
    statuses=_FLAGS,
)

FAMILIES: Mapping[str, Family] = {
    f.name: f
    for f in (MARKET, VEO, SUNO, SUNO_WAV, SUNO_VOCAL_REMOVAL, SUNO_MP4, RUNWAY, GPT4O_IMAGE, FLUX_KONTEXT, MIDJOURNEY)
}

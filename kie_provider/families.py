"""kie.ai's API families as data: where each creates and polls its tasks, and how its records read as a KieTask.

The Market (``/api/v1/jobs/...``) serves most models; Veo, Suno, Runway, 4o Image, Flux Kontext and
Midjourney each have their own endpoints and their own way of reporting status (extending a Veo, Suno or
Runway result is a family of its own: another create path, the same record endpoint and reader). A family is a small
adapter: its paths, the shape of its create body, and a reader that maps its record (its status
field and values, where results and failures live) onto the provider's states. The readers themselves
live in :mod:`kie_provider.records`, beside the Market's and the callbacks' (one module reads every
record kie.ai sends). The hook, trigger, sensor, durable reattach and money-safe create are
the same for every family. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kie_provider.exceptions import KieValidationError
from kie_provider.family_names import (
    FLUX_KONTEXT,
    GPT4O_IMAGE,
    MIDJOURNEY,
    RUNWAY,
    RUNWAY_EXTEND,
    SUNO,
    SUNO_EXTEND,
    SUNO_MP4,
    SUNO_VOCAL_REMOVAL,
    SUNO_WAV,
    VEO,
    VEO_EXTEND,
)
from kie_provider.family_names import MARKET as MARKET  # re-exported: wire and others import it from here
from kie_provider.models import KieTask
from kie_provider.records import (  # every record reader lives in kie_provider.records; re-exported here
    read_flux_kontext,
    read_gpt4o_image,
    read_market,
    read_midjourney,
    read_runway,
    read_suno,
    read_suno_mp4,
    read_suno_vocal_removal,
    read_suno_wav,
    read_veo,
)
from kie_provider.urls import is_http_url


@dataclass(frozen=True)
class ApiFamily:
    """
    One kie.ai API family.

    :param name: the family's short name (``market``, ``veo`` ...), used in trigger and sensor arguments.
    :param title: how people call it.
    :param create_path: the endpoint that creates (and charges) a task.
    :param record_path: the endpoint that reports a task's status, with ``?taskId=``.
    :param docs: the family's kie.ai documentation page.
    :param reader: reads the record endpoint's ``data`` into a :class:`KieTask`.
    :param wraps_input: the create body is ``{"model", "input", "callBackUrl"}`` (Market) rather than the
        input's fields themselves next to ``callBackUrl``.
    :param min_poll_interval: the shortest interval kie.ai allows between polls of one task (seconds).
    :param callback_required: kie.ai refuses a create without ``callBackUrl``.
    :param model: the catalogue model a dedicated family's records belong to (their records name none).
    """

    name: str
    title: str
    create_path: str
    record_path: str
    docs: str
    reader: Callable[[str, Mapping[str, Any], str], KieTask]
    wraps_input: bool = False
    min_poll_interval: float = 0.0
    callback_required: bool = False
    model: str = ""

    def create_body(self, model: str, input: Mapping[str, Any], callback_url: str | None) -> dict[str, Any]:
        """
        The createTask body for this family.

        :param model: the catalogue model (sent as ``model`` by the Market only).
        :param input: the validated input, wire names as keys.
        :param callback_url: the checked callback URL, if any.
        """
        if self.wraps_input:
            body: dict[str, Any] = {"model": model}
            if callback_url:
                body["callBackUrl"] = callback_url
            body["input"] = dict(input)
            return body
        body = dict(input)
        if callback_url:
            body["callBackUrl"] = callback_url
        return body

    def read(self, task_id: str, data: Mapping[str, Any]) -> KieTask:
        """
        The record as a :class:`KieTask`; the asked-for taskId fills in a record that names none.

        :param task_id: the taskId asked for.
        :param data: the record endpoint's ``data``.
        """
        task = self.reader(task_id, data, self.model)
        if not task.task_id:
            task.task_id = task_id
        return task


FAMILIES: dict[str, ApiFamily] = {
    family.name: family
    for family in (
        ApiFamily(
            MARKET,
            "Market",
            "/api/v1/jobs/createTask",
            "/api/v1/jobs/recordInfo",
            "https://docs.kie.ai/market/common/get-task-detail",
            read_market,
            wraps_input=True,
        ),
        ApiFamily(
            VEO,
            "Veo 3.1",
            "/api/v1/veo/generate",
            "/api/v1/veo/record-info",
            "https://docs.kie.ai/veo3-api/generate-veo-3-video",
            read_veo,
            model="veo/generate",
        ),
        ApiFamily(
            VEO_EXTEND,
            "Veo 3.1 extend",
            "/api/v1/veo/extend",
            "/api/v1/veo/record-info",
            "https://docs.kie.ai/veo3-api/extend-video",
            read_veo,
            model="veo/extend",
        ),
        ApiFamily(
            SUNO,
            "Suno",
            "/api/v1/generate",
            "/api/v1/generate/record-info",
            "https://docs.kie.ai/suno-api/generate-music",
            read_suno,
            min_poll_interval=0.34,
            callback_required=True,
            model="suno/generate",
        ),
        ApiFamily(
            # "taskId ... from a Generate Music or an Extend Music task" (the record page's parameter), and the
            # extend page's callback has Suno's three stages (text, first, complete): Suno's record and reader.
            SUNO_EXTEND,
            "Suno extend",
            "/api/v1/generate/extend",
            "/api/v1/generate/record-info",
            "https://docs.kie.ai/suno-api/extend-music",
            read_suno,
            min_poll_interval=0.34,
            callback_required=True,  # the page's schema lists callBackUrl as required
            model="suno/extend",
        ),
        ApiFamily(
            # A Suno track (taskId and audioId) as WAV; its own record endpoint and successFlag strings
            # (https://docs.kie.ai/cn/suno-api/get-wav-details), callBackUrl required by the page's schema.
            SUNO_WAV,
            "Suno WAV conversion",
            "/api/v1/wav/generate",
            "/api/v1/wav/record-info",
            "https://docs.kie.ai/suno-api/convert-to-wav",
            read_suno_wav,
            callback_required=True,
            model="suno/wav",
        ),
        ApiFamily(
            # A Suno track split into vocals and instrumental, or stems; its own record endpoint and successFlag
            # strings (https://docs.kie.ai/cn/suno-api/get-vocal-separation-details); callBackUrl required.
            SUNO_VOCAL_REMOVAL,
            "Suno vocal separation",
            "/api/v1/vocal-removal/generate",
            "/api/v1/vocal-removal/record-info",
            "https://docs.kie.ai/suno-api/separate-vocals",
            read_suno_vocal_removal,
            callback_required=True,
            model="suno/vocal-removal",
        ),
        ApiFamily(
            # A music video of a Suno track; its own record endpoint and successFlag strings
            # (https://docs.kie.ai/suno-api/get-music-video-details); callBackUrl required by the page's schema.
            SUNO_MP4,
            "Suno music video",
            "/api/v1/mp4/generate",
            "/api/v1/mp4/record-info",
            "https://docs.kie.ai/suno-api/create-music-video",
            read_suno_mp4,
            callback_required=True,
            model="suno/mp4",
        ),
        ApiFamily(
            RUNWAY,
            "Runway",
            "/api/v1/runway/generate",
            "/api/v1/runway/record-detail",
            "https://docs.kie.ai/runway-api/generate-ai-video",
            read_runway,
            model="runway/generate",
        ),
        ApiFamily(
            # record-detail reports "the video generation or extension task" (its page's taskId parameter).
            RUNWAY_EXTEND,
            "Runway extend",
            "/api/v1/runway/extend",
            "/api/v1/runway/record-detail",
            "https://docs.kie.ai/runway-api/extend-ai-video",
            read_runway,
            model="runway/extend",
        ),
        ApiFamily(
            GPT4O_IMAGE,
            "4o Image",
            "/api/v1/gpt4o-image/generate",
            "/api/v1/gpt4o-image/record-info",
            "https://docs.kie.ai/4o-image-api/generate-4-o-image",
            read_gpt4o_image,
            min_poll_interval=0.34,  # "Maximum query rate is 3 times per second per task"
            model="gpt4o-image/generate",
        ),
        ApiFamily(
            FLUX_KONTEXT,
            "Flux Kontext",
            "/api/v1/flux/kontext/generate",
            "/api/v1/flux/kontext/record-info",
            "https://docs.kie.ai/flux-kontext-api/generate-or-edit-image",
            read_flux_kontext,
            model="flux-kontext/generate",
        ),
        ApiFamily(
            MIDJOURNEY,
            "Midjourney",
            "/api/v1/mj/generate",
            "/api/v1/mj/record-info",
            "https://docs.kie.ai/mj-api/generate-mj-image",
            read_midjourney,
            model="mj/generate",
        ),
    )
}


def check_callback_url(callback_url: Any, family: ApiFamily | None = None) -> str | None:
    """
    The callback URL to send (stripped), or ``None``; refuse one that is not http(s), or a missing one a family needs.

    :param callback_url: the operator's ``callback_url``.
    :param family: the task's API family.
    """
    if callback_url in (None, ""):
        if family is not None and family.callback_required:
            raise KieValidationError(
                f"kie.ai's {family.title} API refuses a task without callBackUrl: give callback_url, an http(s) "
                "URL kie.ai can POST to (the provider polls for the result all the same)",
                problems=[("callback_url", callback_url, "an http(s) URL")],
            )
        return None
    if not is_http_url(callback_url):
        raise KieValidationError(
            f"callback_url {callback_url!r} is not an http(s) URL",
            problems=[("callback_url", callback_url, "an http(s) URL")],
        )
    return str(callback_url).strip()


def get_family(name: str | None) -> ApiFamily:
    """
    The family called ``name`` (``None`` means the Market); an unknown name raises ``ValueError`` listing them.

    :param name: a family's short name.
    """
    family = FAMILIES.get(name or MARKET)
    if family is None:
        raise ValueError(f"unknown kie.ai API family {name!r}; known: {', '.join(FAMILIES)}")
    return family

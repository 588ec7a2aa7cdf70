"""Extra links on kie.ai tasks in the Airflow UI: kie.ai's logs page and the first generated file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from airflow.providers.common.compat.sdk import BaseOperatorLink, XCom

from kie_provider.config import LOGS_URL
from kie_provider.urls import is_http_url

if TYPE_CHECKING:
    from airflow.providers.common.compat.sdk import TaskInstanceKey


class KieLogsLink(BaseOperatorLink):
    """kie.ai's logs page, where every task of the account is listed with its cost and outcome."""

    name = "kie.ai logs"

    def get_link(self, operator: Any, *, ti_key: TaskInstanceKey) -> str:
        """
        The logs page (kie.ai has no per-task page).

        :param operator: the operator.
        :param ti_key: the task instance.
        """
        return LOGS_URL


class KieResultLink(BaseOperatorLink):
    """The first file the finished task generated (``result_urls[0]`` of its return value)."""

    name = "kie.ai result"

    def get_link(self, operator: Any, *, ti_key: TaskInstanceKey) -> str:
        """
        The first result URL, or ``""`` while there is none (the UI then shows no link).

        :param operator: the operator.
        :param ti_key: the task instance.
        """
        record = XCom.get_value(ti_key=ti_key, key="return_value")
        urls = record.get("result_urls") if isinstance(record, dict) else None
        if isinstance(urls, list) and urls and isinstance(urls[0], str):
            # Only http(s): a link the UI renders must not become a javascript: or file: URL.
            if is_http_url(urls[0]):
                return urls[0].strip()
        return ""

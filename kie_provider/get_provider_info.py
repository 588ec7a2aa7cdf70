"""Provider metadata read by Airflow through the ``apache_airflow_provider`` entry point."""

from __future__ import annotations

from typing import Any

from kie_provider import __version__
from kie_provider.config import CONN_FIELDS, CONN_TYPE, UI_FIELD_BEHAVIOUR

#: The ``[kie]`` section of ``airflow.cfg``: every deployment setting the provider reads.
KIE_CONFIG: dict[str, Any] = {
    "kie": {
        "description": "The kie.ai provider's deployment settings.",
        "options": {
            "templated_file_roots": {
                "description": (
                    "Comma-separated local folders and storage URI prefixes under which a file field's "
                    "templated value (params, dag_run.conf, XCom) may name a file to upload to kie.ai. "
                    "Empty: templated values may only be http(s) URLs. Paths written in the DAG file and "
                    "ObjectStoragePath objects are always allowed."
                ),
                "version_added": "0.1.0",
                "type": "string",
                "example": "/data/kie-inputs,s3://aws_default@media-bucket/inputs",
                "default": "",
            },
            "templated_output_roots": {
                "description": (
                    "Comma-separated local folders and storage URI prefixes (with their connection, "
                    "s3://conn_id@bucket/prefix) under which a templated output_path (params, "
                    "dag_run.conf, XCom) may name a folder to store results in. Empty: a templated "
                    "output_path is refused. Paths written in the DAG file and ObjectStoragePath "
                    "objects are always allowed."
                ),
                "version_added": "0.1.0",
                "type": "string",
                "example": "/data/kie-outputs,s3://aws_default@media-bucket/outputs",
                "default": "",
            },
            "allow_private_downloads": {
                "description": (
                    "Let a result download follow a redirect from a public file host into a loopback, "
                    "link-local or private address. Off: such a redirect fails the download."
                ),
                "version_added": "0.1.0",
                "type": "boolean",
                "example": "True",
                "default": "False",
            },
            "max_download_bytes": {
                "description": "The most bytes one downloaded result may have; a larger one fails.",
                "version_added": "0.1.0",
                "type": "integer",
                "example": "524288000",
                "default": "2147483648",
            },
            "strict_validation": {
                "description": (
                    "Refuse before sending, instead of sending with a warning in the task log, an enum "
                    "value the catalogue does not list and an input field it does not know. An operator's "
                    "strict_validation argument overrides it."
                ),
                "version_added": "0.1.0",
                "type": "boolean",
                "example": "True",
                "default": "False",
            },
            "catalogue_override": {
                "description": (
                    "A local catalogue file (written by `airflow kie catalogue refresh` from docs.kie.ai) "
                    "whose entries replace the package's, by model id, so that a model or field kie.ai "
                    "added after this release validates without an upgrade. Empty: the package's catalogue."
                ),
                "version_added": "0.1.0",
                "type": "string",
                "example": "/opt/airflow/kie_catalogue.json",
                "default": "",
            },
            "callback_base_url": {
                "description": (
                    "The public base URL of the Airflow api-server, as kie.ai can reach it. With "
                    "callback_channel set too, a deferrable operator given no callback_url sends "
                    "callBackUrl <this>/kie/callback/<conn_id>, and kie.ai's callback wakes its wait at "
                    "once (the connection needs the webhook_hmac_secret that verifies callbacks). Empty: "
                    "waits poll."
                ),
                "version_added": "0.1.0",
                "type": "string",
                "example": "https://airflow.example.com",
                "default": "",
            },
            "callback_channel": {
                "description": (
                    "A postgresql:// URL (the deployment's PostgreSQL) through which the api-server that "
                    "receives a kie.ai callback wakes the triggerer holding its wait (LISTEN/NOTIFY, one "
                    "listening connection per triggerer; a small table kie_callback_hint refuses "
                    "replays). Needs psycopg2 on the api-server and triggerers. Empty: no wake-ups."
                ),
                "version_added": "0.1.0",
                "type": "string",
                "example": "postgresql://airflow:secret@db.internal:5432/airflow",
                "default": "",
            },
            "callback_safety_poll_seconds": {
                "description": (
                    "How often a wait woken by callbacks still polls kie.ai, in case a callback never "
                    "comes (at least 1)."
                ),
                "version_added": "0.1.0",
                "type": "float",
                "example": "600",
                "default": "300",
            },
            "trigger_polls_per_second": {
                "description": (
                    "The most kie.ai status polls one triggerer sends per second, for all its deferred "
                    "waits together. Waits resumed at once (a triggerer restart) are spread out at this "
                    "rate instead of polling in the same instant. 0 turns the pacing off."
                ),
                "version_added": "0.1.0",
                "type": "float",
                "example": "100",
                "default": "200",
            },
        },
    }
}


def get_provider_info() -> dict[str, Any]:
    """Describe the provider: its hooks, operators, sensors, triggers, connection type and links."""
    integration = "kie.ai"
    return {
        "package-name": "kie-provider",
        "name": "kie.ai",
        "description": "Run kie.ai image and video generation jobs from Apache Airflow.",
        "versions": [__version__],
        "integrations": [
            {"integration-name": integration, "external-doc-url": "https://docs.kie.ai", "tags": ["service"]}
        ],
        "hooks": [{"integration-name": integration, "python-modules": ["kie_provider.hooks.kie"]}],
        "operators": [
            {
                "integration-name": integration,
                "python-modules": ["kie_provider.operators.kie", "kie_provider.operators.veo"],
            }
        ],
        "sensors": [{"integration-name": integration, "python-modules": ["kie_provider.sensors.kie"]}],
        "triggers": [
            {
                "integration-name": integration,
                "python-modules": ["kie_provider.triggers.kie", "kie_provider.triggers.veo"],
            }
        ],
        "connection-types": [
            {
                "hook-class-name": "kie_provider.hooks.kie.KieHook",
                "hook-name": "kie.ai",
                "connection-type": CONN_TYPE,
                "conn-fields": CONN_FIELDS,
                "ui-field-behaviour": {key.replace("_", "-"): value for key, value in UI_FIELD_BEHAVIOUR.items()},
            }
        ],
        "extra-links": ["kie_provider.links.KieLogsLink", "kie_provider.links.KieResultLink"],
        "cli": ["kie_provider.cli.get_kie_cli_commands"],
        "config": KIE_CONFIG,
    }

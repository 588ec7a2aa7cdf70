"""Example DAG pair: a producer stores kie.ai images and announces them as an asset; a consumer runs on it.

The producer's operator streams the generated files to ``output_path`` (a local folder here; an
``s3://`` or ``gs://`` URI or an ``ObjectStoragePath`` works the same) before kie.ai deletes them,
and its asset event carries ``model``, ``task_id``, ``result_urls`` and ``output_paths`` in
``extra``. The consumer is scheduled on that asset and reads the triggering events' ``extra``.
The folder comes from a Param (templated), so the deployment lists it in ``[kie] templated_output_roots``.
"""

from __future__ import annotations

from typing import Any

import pendulum
from airflow.sdk import DAG, Asset, Param, task

from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator

KIE_IMAGES = Asset("kie_example_images")

with DAG(
    "kie_assets_producer",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    params={
        "prompt": Param(
            "a lighthouse on a cliff at dawn, watercolour", type="string", description="What Seedream draws."
        ),
        "output_root": Param(
            "/tmp/kie-results", type="string", description="Folder (or storage URI) the image is saved under."
        ),
    },
    tags=["kie", "example"],
) as producer:
    KieSeedreamV4TextToImageOperator(
        task_id="generate",
        prompt="{{ params.prompt }}",
        max_images=2,
        image_size="square_hd",
        output_path="{{ params.output_root }}/{{ dag_run.run_after | ds_nodash }}",
        outlets=[KIE_IMAGES],
    )

with DAG(
    "kie_assets_consumer",
    schedule=[KIE_IMAGES],
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    tags=["kie", "example"],
) as consumer:

    @task
    def report(triggering_asset_events: Any = None) -> list[str]:
        """
        List the stored files of every kie.ai result that triggered this run.

        :param triggering_asset_events: the asset events that triggered the run (filled in by Airflow).
        """
        paths: list[str] = []
        for event in triggering_asset_events[KIE_IMAGES]:
            extra = event.extra or {}
            print(f"kie.ai task {extra.get('task_id')} ({extra.get('model')}): {extra.get('output_paths')}")
            paths.extend(extra.get("output_paths") or [])
        return paths

    report()

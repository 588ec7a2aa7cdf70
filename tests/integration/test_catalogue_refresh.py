"""``airflow kie catalogue refresh`` against a local docs site: llms.txt and pages' markdown with their OpenAPI YAML."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kie_provider.catalogue import load_catalogue
from kie_provider.catalogue_refresh import index_links, pages_from_markdown, refresh, refresh_command
from kie_provider.exceptions import KieValidationError
from kie_provider.schema import validate_fields

# A page as docs.kie.ai publishes it: markdown, then its OpenAPI document in a four-backtick yaml fence.
NEW_MODEL_PAGE = """# Acme Motion - Image to Video

> Animate an image with Acme Motion.

## OpenAPI

````yaml market/acme/motion.json post /api/v1/jobs/createTask
openapi: 3.0.0
info:
  title: Acme API
  version: 1.0.0
paths:
  /api/v1/jobs/createTask:
    post:
      summary: Acme Motion image to video
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [model, input]
              properties:
                model:
                  type: string
                  enum: [acme/motion-image-to-video]
                callBackUrl:
                  type: string
                  format: uri
                input:
                  type: object
                  required: [prompt, image_url]
                  properties:
                    prompt:
                      type: string
                      maxLength: 2000
                      description: What happens in the video.
                    image_url:
                      type: string
                      description: "First frame (Accepted types: image/jpeg, image/png; Max size: 10.0MB)"
                    duration:
                      type: integer
                      enum: [5, 10]
                    nsfw_checker:
                      $ref: '#/components/schemas/nsfw_checker'
            example:
              model: acme/motion-image-to-video
              input:
                prompt: A kite over the sea
                image_url: https://example.com/kite.png
                duration: 5
components:
  schemas:
    nsfw_checker:
      type: boolean
      description: Content filter.
````
"""

# An existing model, documented anew with a field this package does not know yet.
TOPAZ_PAGE = """# Topaz Image Upscale

````yaml market/topaz/image-upscale.json post /api/v1/jobs/createTask
openapi: 3.0.0
info: {title: Topaz, version: 1.0.0}
paths:
  /api/v1/jobs/createTask:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                model: {type: string, enum: [topaz/image-upscale]}
                input:
                  type: object
                  required: [image_url, upscale_factor]
                  properties:
                    image_url: {type: string, description: The image.}
                    upscale_factor: {type: string, enum: ["1", "2", "4"]}
                    face_enhance: {type: boolean, description: Restore faces.}
````
"""

INDEX = """# kie.ai

## Market

- [Acme Motion](/market/acme/motion.md): Animate an image.
- [Topaz Image Upscale](https://HOST/market/topaz/image-upscale.md): Upscale images.
- [Missing page](/market/gone.md): listed, but the server answers 404.
"""


@pytest.fixture
def docs_site():
    """A local docs site serving the index and two pages; yields the index's URL."""
    pages: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/markdown; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "not found").encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    host = f"127.0.0.1:{server.server_address[1]}"
    pages.update(
        {
            "/llms.txt": INDEX.replace("https://HOST", f"http://{host}"),
            "/market/acme/motion.md": NEW_MODEL_PAGE,
            "/market/topaz/image-upscale.md": TOPAZ_PAGE,
        }
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{host}/llms.txt"
    server.shutdown()
    server.server_close()


def test_index_links_are_resolved_against_the_index():
    links = index_links(INDEX, "https://docs.kie.ai/llms.txt")
    assert links == [
        "https://docs.kie.ai/market/acme/motion.md",
        "https://HOST/market/topaz/image-upscale.md",
        "https://docs.kie.ai/market/gone.md",
    ]


def test_a_page_markdown_yields_its_operation_with_refs_resolved():
    (page,) = pages_from_markdown("https://docs.kie.ai/market/acme/motion.md", NEW_MODEL_PAGE)
    assert page["path"] == "/api/v1/jobs/createTask" and page["method"] == "POST"
    schema = page["request"]["application/json"]["schema"]
    assert schema["properties"]["input"]["properties"]["nsfw_checker"]["type"] == "boolean"
    assert page["request"]["application/json"]["example"]["model"] == "acme/motion-image-to-video"


def test_refresh_writes_an_override_that_adds_new_models_and_fields(docs_site, tmp_path):
    output = tmp_path / "kie" / "catalogue.json"
    summary = refresh(output, docs_site)
    assert summary["pages"] == 2 and "acme/motion-image-to-video" in summary["new"]
    catalogue = load_catalogue(override=output)
    acme = catalogue["acme/motion-image-to-video"]
    assert acme.source == f"{docs_site.rsplit('/', 1)[0]}/market/acme/motion"
    assert acme.field("image_url").type == "url" and acme.field("image_url").accept == ("image/jpeg", "image/png")
    assert acme.field("image_url").max_bytes == 10 * 1024 * 1024
    assert acme.output_type == "video/mp4" and acme.operator_name == "KieAcmeMotionImageToVideoOperator"
    assert validate_fields(acme.model, acme, dict(acme.example_input), strict=True) == acme.example_input
    with pytest.raises(KieValidationError, match="did you mean `image_url`"):
        validate_fields(acme.model, acme, {"prompt": "p", "image_urls": ["https://example.com/a.png"]})
    # The refreshed topaz entry knows the new field; the overlay keeps the seed's operator name and value "8".
    topaz = catalogue["topaz/image-upscale"]
    assert topaz.operator_name == "KieTopazImageUpscaleOperator" and "8" in topaz.field("upscale_factor").options
    wire = {"image_url": "https://example.com/a.png", "upscale_factor": "8", "face_enhance": True}
    assert validate_fields(topaz.model, topaz, wire, strict=True) == wire
    # Entries the live docs did not list stay as the package ships them.
    assert catalogue["veo/generate"] == load_catalogue()["veo/generate"]


def test_the_command_writes_where_the_option_says_and_the_provider_reads_it(docs_site, tmp_path, monkeypatch):
    output = tmp_path / "override.json"
    monkeypatch.setenv("AIRFLOW__KIE__CATALOGUE_OVERRIDE", str(output))
    refresh_command(argparse.Namespace(index_url=docs_site, output=None))
    assert json.loads(output.read_text())
    probe = "from kie_provider.catalogue import CATALOGUE; print('acme/motion-image-to-video' in CATALOGUE)"
    env = {**os.environ, "AIRFLOW__KIE__CATALOGUE_OVERRIDE": str(output)}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "True"


def test_the_command_says_what_to_set_when_no_file_is_named(monkeypatch):
    monkeypatch.delenv("AIRFLOW__KIE__CATALOGUE_OVERRIDE", raising=False)
    with pytest.raises(SystemExit, match=r"\[kie\] catalogue_override"):
        refresh_command(argparse.Namespace(index_url="http://127.0.0.1:9/llms.txt", output=None))


def test_docs_that_cannot_be_read_leave_the_override_untouched(tmp_path):
    output = tmp_path / "override.json"
    output.write_text("[]")
    with pytest.raises(SystemExit, match="could not read"):
        refresh_command(argparse.Namespace(index_url="http://127.0.0.1:9/llms.txt", output=str(output)))
    assert output.read_text() == "[]"


def test_an_override_path_that_does_not_exist_falls_back_to_the_package(tmp_path):
    missing = Path(tmp_path / "nope.json")
    probe = "from kie_provider.catalogue import CATALOGUE; print(len(CATALOGUE))"
    env = {**os.environ, "AIRFLOW__KIE__CATALOGUE_OVERRIDE": str(missing)}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert int(done.stdout.strip().splitlines()[-1]) == len(load_catalogue())
